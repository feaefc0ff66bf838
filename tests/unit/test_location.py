from __future__ import annotations

from pathlib import Path

import pytest

from issp_desktop.db.location import is_network_path, is_unc_path, mount_fs_type

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/office nfs4 rw 0 0
//nas/centre /media/nas\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("\\\\server\\share\\centre.sqlite", True),
        ("//server/share/centre.sqlite", True),
        ("\\\\?\\UNC\\server\\share\\x.sqlite", True),
        ("\\\\?\\C:\\data\\x.sqlite", False),
        ("C:\\data\\x.sqlite", False),
        ("/home/me/x.sqlite", False),
    ],
)
def test_unc_paths(path: str, expected: bool) -> None:
    assert is_unc_path(path) is expected


def test_mount_type_uses_the_longest_matching_mount_point() -> None:
    assert mount_fs_type(Path("/mnt/office/centre.sqlite"), MOUNTS) == "nfs4"
    assert mount_fs_type(Path("/media/nas share/c.sqlite"), MOUNTS) == "cifs"
    assert mount_fs_type(Path("/mnt/officeX/c.sqlite"), MOUNTS) == "ext4"
    assert mount_fs_type(Path("/tmp/c.sqlite"), MOUNTS) == "tmpfs"


def test_network_mounts_are_refused_local_ones_not() -> None:
    assert is_network_path(Path("/mnt/office/centre.sqlite"), mounts_text=MOUNTS)
    assert is_network_path(Path("/media/nas share/centre.sqlite"), mounts_text=MOUNTS)
    assert not is_network_path(Path("/home/centre.sqlite"), mounts_text=MOUNTS)
    assert is_network_path(Path("//server/share/centre.sqlite"), mounts_text=MOUNTS)

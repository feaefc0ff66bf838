"""Is a path on a network share? SQLite must not live there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "davfs", "fuse.davfs2", "fuse.rclone",
    "lustre", "gpfs", "beegfs", "ocfs2",
})


def is_unc_path(path: str) -> bool:
    """``\\\\server\\share\\...`` or ``//server/share/...`` (but not a ``\\\\?\\C:`` local path)."""
    if path.startswith(("\\\\?\\", "//?/")):
        rest = path[4:]
        return rest.upper().startswith("UNC\\") or rest.upper().startswith("UNC/")
    return path.startswith(("\\\\", "//"))


def mount_fs_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the mount holding ``path``, from /proc/mounts-formatted text."""
    best_point = ""
    best_type: str | None = None
    target = path.as_posix()
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        prefix = point.rstrip("/") + "/"
        if (target == point or target.startswith(prefix) or point == "/") and len(point) > len(
            best_point
        ):
            best_point, best_type = point, parts[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]


def is_network_path(path: Path, *, mounts_text: str | None = None) -> bool:
    raw = str(path)
    if is_unc_path(raw):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_drive_is_remote(path)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = path.resolve() if path.exists() else path.parent.resolve() / path.name
    fs = mount_fs_type(resolved, mounts_text)
    return fs is not None and fs.lower() in NETWORK_FS_TYPES

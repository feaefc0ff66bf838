"""Backups of an encrypted centre stay encrypted and travel with their key file."""

from __future__ import annotations

from pathlib import Path

import pytest

from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.db import crypto
from issp_desktop.db.backup import KEYS_SUFFIX, check_backup, plain_opener
from issp_desktop.domain.access import Role
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser
from tests.conftest import FAST_HASHER

pytestmark = pytest.mark.skipif(not crypto.sqlcipher_available(),
                                reason="SQLCipher (sqlcipher3) is not installed here")
PASS = "Jambo, Wanjirũ! 2026"


@pytest.fixture
def encrypted(tmp_path: Path) -> tuple[Services, str]:
    paths = resolve_paths(tmp_path / "data")
    assert paths.sqlite_path is not None
    paths.data_dir.mkdir(parents=True)
    data_key, recovery = crypto.create_keyfile(paths.sqlite_path, PASS)
    svc = open_services(paths, create=True, data_key=data_key)
    svc.ctx.hasher = FAST_HASHER
    svc.centre.first_run(CentreSetup("Siri Centre"),
                         NewUser("boss", Role.MANAGER, "correct horse battery"))
    svc.users.login("boss", "correct horse battery")
    return svc, recovery


def test_encrypted_backup_with_its_key_file(encrypted: tuple[Services, str],
                                            tmp_path: Path) -> None:
    svc, _ = encrypted
    made = svc.backups.create("manual").backup
    assert KEYS_SUFFIX == crypto.KEYFILE_SUFFIX
    assert Path(str(made.path) + KEYS_SUFFIX).is_file()
    raw = made.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Siri Centre" not in raw
    assert not check_backup(made.path, opener=plain_opener).ok  # unreadable without the key
    key = crypto.unlock(made.path, PASS)
    assert check_backup(made.path, opener=crypto.encrypted_opener(key)).ok
    stick = svc.backups.copy_to(made.path, tmp_path / "usb")
    assert Path(str(stick) + KEYS_SUFFIX).is_file()
    assert crypto.unlock(stick, PASS) == key


def test_restore_of_an_encrypted_backup(encrypted: tuple[Services, str]) -> None:
    svc, _ = encrypted
    made = svc.backups.create("manual").backup
    svc.centre.update(CentreSetup("Changed after the backup"))
    svc.backups.restore(made.path)
    assert svc.centre.require().name == "Siri Centre"
    assert svc.audit.verify().ok


def test_thinning_deletes_key_files_with_their_backups(encrypted: tuple[Services, str]) -> None:
    from datetime import UTC, datetime, timedelta

    from issp_desktop.db.backup import create_backup, thin_backups

    svc, _ = encrypted
    path = svc.db.sqlite_path
    assert path is not None
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(6):
        create_backup(path, svc.backups_dir, "auto", opener=svc.ctx.opener,
                      now=base + timedelta(minutes=i))
    deleted = thin_backups(svc.backups_dir, path.stem, now=base + timedelta(hours=1), newest=1,
                           daily=1, weekly=0, monthly=0)
    assert deleted
    for gone in deleted:
        assert not Path(str(gone) + KEYS_SUFFIX).exists()
    keys = list(svc.backups_dir.glob("*" + KEYS_SUFFIX))
    backups = [p for p in svc.backups_dir.glob("*.sqlite")]
    assert len(keys) == len(backups)

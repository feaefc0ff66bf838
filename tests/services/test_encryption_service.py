"""Encrypting a live centre, changing its passphrase, and a new recovery key, through the
services the Settings page and `issp db` use."""

from __future__ import annotations

from pathlib import Path

import pytest

from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.db import crypto
from issp_desktop.domain.access import Role
from issp_desktop.errors import (
    PassphraseRequiredError,
    PermissionDeniedError,
    ValidationError,
    WrongPassphraseError,
)
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser

pytestmark = pytest.mark.skipif(not crypto.sqlcipher_available(),
                                reason="SQLCipher (sqlcipher3) is not installed here")
PASS = "mvua ya asubuhi ni baraka"

pytestmark = pytest.mark.sqlite_only  # encryption at rest is of the SQLite file (SQLCipher)


@pytest.fixture
def centre(services: Services) -> Services:
    services.centre.first_run(CentreSetup("Kisumu Centre"),
                              NewUser("boss", Role.MANAGER, "correct horse battery"))
    services.users.login("boss", "correct horse battery")
    services.backups.create("manual")
    return services


def test_encrypt_a_live_centre(centre: Services, tmp_path: Path) -> None:
    path = centre.db.sqlite_path
    assert path is not None
    assert not centre.encryption.status().encrypted
    recovery = centre.encryption.encrypt(PASS)
    assert centre.encryption.status().encrypted
    assert centre.centre.require().name == "Kisumu Centre"  # the app carries on
    assert b"Kisumu Centre" not in path.read_bytes()
    centre.db.dispose()
    with pytest.raises(PassphraseRequiredError):
        open_services(resolve_paths(tmp_path / "data"))
    again = open_services(resolve_paths(tmp_path / "data"),
                          data_key=crypto.unlock(path, recovery))
    assert again.centre.require().name == "Kisumu Centre"
    again.db.dispose()


def test_passphrase_rules_and_roles(centre: Services) -> None:
    with pytest.raises(ValidationError, match="at least"):
        centre.encryption.encrypt("short")
    centre.users.add(NewUser("sup", Role.SUPERVISOR, "supervisor pass"))
    centre.users.login("sup", "supervisor pass")
    with pytest.raises(PermissionDeniedError):
        centre.encryption.encrypt(PASS)


def test_change_passphrase_and_new_recovery_key(centre: Services) -> None:
    path = centre.db.sqlite_path
    assert path is not None
    first_recovery = centre.encryption.encrypt(PASS)
    centre.encryption.change_passphrase(PASS, "a brand new sentence here")
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, PASS)
    second = centre.encryption.new_recovery_key("a brand new sentence here")
    assert second != first_recovery
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, first_recovery)
    assert crypto.unlock(path, second) == centre.db.data_key
    assert centre.centre.require().name == "Kisumu Centre"
    assert [e.use_case for e in centre.audit.page(limit=3)] == [
        "encryption.new_recovery_key", "encryption.change_passphrase", "encryption.encrypt"]

"""Encryption at rest as use cases: encrypt an existing centre, change the passphrase, make a
new recovery key. Each needs the database closed for a moment; the services reopen it with
the new key, so the app carries on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from issp_desktop.db import crypto
from issp_desktop.db.store import open_store
from issp_desktop.domain.access import Permission
from issp_desktop.errors import IsspError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case

MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class EncryptionStatus:
    available: bool
    encrypted: bool
    key_id: str | None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase",
                              f"must be at least {MIN_PASSPHRASE} characters (a short sentence "
                              "is easy to remember and hard to guess)")


class EncryptionService(Service):
    def _path(self) -> Path:
        path = self.db.sqlite_path
        if path is None:
            raise IsspError("Encryption applies to a SQLite file; protect a server database "
                            "on the server.")
        return path

    def status(self) -> EncryptionStatus:
        key = self.db.data_key if self.db.is_encrypted else None
        return EncryptionStatus(crypto.sqlcipher_available(), self.db.is_encrypted,
                                crypto.key_id(key) if key else None)

    def _reopen(self, data_key: bytes | None) -> None:
        old = self.ctx.db
        db = open_store(old.url, backups_dir=self.ctx.backups_dir, data_key=data_key)
        self.ctx.db = db
        self.ctx.opener = db.opener

    @use_case("encryption.encrypt", Permission.USERS_MANAGE)
    def encrypt(self, passphrase: str) -> str:
        """Encrypt this (plain) centre; returns the recovery key to print and keep safe."""
        check_passphrase(passphrase)
        path = self._path()
        if self.db.is_encrypted:
            raise ValidationError("database", "is encrypted already")
        crypto.sqlcipher_dbapi(str(path))  # says clearly when SQLCipher is missing
        self.db.dispose()
        try:
            recovery = crypto.encrypt_existing(path, passphrase)
        finally:
            self.db.dispose()
        self._reopen(crypto.unlock(path, passphrase))
        with self.db.write() as s:
            audit.record(s, self.actor, "encryption.encrypt", "centre", 1)
        return recovery

    @use_case("encryption.change_passphrase", Permission.USERS_MANAGE)
    def change_passphrase(self, current: str, new: str) -> None:
        check_passphrase(new)
        path = self._path()
        if not self.db.is_encrypted:
            raise ValidationError("database", "is not encrypted")
        crypto.change_passphrase(path, current, new)
        with self.db.write() as s:
            audit.record(s, self.actor, "encryption.change_passphrase", "centre", 1)

    @use_case("encryption.new_recovery_key", Permission.USERS_MANAGE)
    def new_recovery_key(self, passphrase: str) -> str:
        """A new data key and recovery key (e.g. after a recovery sheet went missing). The old
        recovery key stops working; backups made before keep opening with the old one."""
        path = self._path()
        if not self.db.is_encrypted:
            raise ValidationError("database", "is not encrypted")
        crypto.unlock(path, passphrase)  # a wrong passphrase stops here, nothing changed
        self.db.dispose()
        recovery = crypto.rekey_database(path, passphrase)
        self._reopen(crypto.unlock(path, passphrase))
        with self.db.write() as s:
            audit.record(s, self.actor, "encryption.new_recovery_key", "centre", 1)
        return recovery

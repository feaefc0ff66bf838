"""Opening the store safely.

A SQLite file is first looked at read-only (``db.peek``), then checked for write access, and
only then opened for real and upgraded. Anything wrong raises a typed ``StoreError`` naming the
file; the file is left exactly as it was.

An encrypted file is opened with its raw data key (``data_key``, from ``crypto.unlock``);
without one it raises ``PassphraseRequiredError``, with a wrong one ``WrongPassphraseError``.
Creating with a key makes a new encrypted file (``crypto.create_keyfile`` gives the key).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy.exc import OperationalError

from issp_desktop.db.engine import Database
from issp_desktop.db.location import is_network_path
from issp_desktop.db.migrate import upgrade
from issp_desktop.db.peek import Peek, peek_sqlite
from issp_desktop.errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    NetworkShareError,
    ServerUnavailableError,
)

__all__ = ["Peek", "open_store", "peek_sqlite", "remove_sqlite_files"]


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnlyError(str(path))
    if not os.access(folder, os.W_OK):
        raise DatabaseReadOnlyError(str(path))


def open_store(
    url: str,
    *,
    create: bool = False,
    migrate: bool = True,
    backups_dir: Path | None = None,
    quick_check: bool = True,
    data_key: bytes | None = None,
) -> Database:
    """Open (and, if allowed, create and upgrade) the store at ``url``.

    ``data_key``: the raw key of an encrypted SQLite file (``crypto.unlock``/``create_keyfile``).
    """
    db = Database(url, data_key=data_key)
    path = db.sqlite_path
    if path is not None:
        if is_network_path(path):
            db.dispose()
            raise NetworkShareError(str(path))
        try:
            peek = peek_sqlite(path, check=quick_check, data_key=data_key)
        except Exception:
            db.dispose()
            raise
        if not peek.exists:
            if not create:
                db.dispose()
                raise DatabaseMissingError(str(path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                db.dispose()
                raise DatabaseReadOnlyError(str(path)) from exc
        _check_writable(path)
    else:
        try:
            with db.engine.connect():
                pass
        except OperationalError as exc:
            db.dispose()
            raise ServerUnavailableError(db.location, str(exc.orig).strip()) from exc
    if migrate:
        try:
            result = upgrade(db, backups_dir, opener=db.opener)
            if result.changed:
                db.optimize()  # the planner's statistics for the new schema
            if result.backup is not None and db.is_encrypted and path is not None:
                from issp_desktop.db.crypto import copy_keyfile

                copy_keyfile(path, result.backup)  # the copy opens with the same passphrase
        except OperationalError as exc:
            db.dispose()
            text = str(exc.orig).lower()
            if "locked" in text or "busy" in text:
                raise DatabaseLockedError(db.location) from exc
            if "readonly" in text or "read-only" in text:
                raise DatabaseReadOnlyError(db.location) from exc
            raise
        except Exception:
            db.dispose()
            raise
    return db


def remove_sqlite_files(path: Path, *, keys: bool = False) -> None:
    """Delete a SQLite file with its ``-wal`` and ``-shm`` companions, and with ``keys=True``
    its ``.keys`` file too (only once a copy of the key file is kept with the backup)."""
    suffixes = ["", "-wal", "-shm", "-journal"]
    if keys:
        suffixes.append(".keys")
    for suffix in suffixes:
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()

"""Opening the store safely.

A SQLite file is first looked at read-only (``db.peek``), then checked for write access, and
only then opened for real and upgraded. Anything wrong raises a typed ``StoreError`` naming the
file; the file is left exactly as it was.
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
) -> Database:
    """Open (and, if allowed, create and upgrade) the store at ``url``."""
    db = Database(url)
    path = db.sqlite_path
    if path is not None:
        if is_network_path(path):
            db.dispose()
            raise NetworkShareError(str(path))
        peek = peek_sqlite(path, check=quick_check)
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
            upgrade(db, backups_dir)
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


def remove_sqlite_files(path: Path) -> None:
    """Delete a SQLite file with its ``-wal`` and ``-shm`` companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()

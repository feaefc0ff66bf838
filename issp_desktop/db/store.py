"""Opening the store safely.

A SQLite file is first looked at through a read-only connection that changes nothing: is it
there, is it SQLite, is it ours, is it newer than this app, does ``quick_check`` pass, can we
write to it? Only then is it opened for real and upgraded. Anything wrong raises a typed
``StoreError`` naming the file; the file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from issp_desktop.db.engine import Database
from issp_desktop.db.location import is_network_path
from issp_desktop.db.migrate import head_revision, is_known_revision, upgrade
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseNotIsspError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NetworkShareError,
    ServerUnavailableError,
    StoreError,
)


@dataclass(frozen=True)
class Peek:
    """What a read-only look at a SQLite file found."""

    exists: bool
    revision: str | None
    has_tables: bool


def peek_sqlite(path: Path, *, check: bool = True) -> Peek:
    """Inspect ``path`` without changing it. Raises ``StoreError`` subclasses on problems."""
    location = str(path)
    if not path.exists():
        return Peek(False, None, False)
    if path.is_dir():
        raise DatabaseNotIsspError(location)
    if path.stat().st_size == 0:
        return Peek(True, None, False)
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=2)
    except sqlite3.OperationalError as exc:
        raise DatabaseReadOnlyError(location) from exc
    try:
        names = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        user_tables = {n for n in names if not n.startswith("sqlite_")}
        if user_tables and "alembic_version" not in names:
            raise DatabaseNotIsspError(location)
        if revision is not None and not is_known_revision(revision):
            raise DatabaseTooNewError(location, revision, head_revision())
        if check:
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise DatabaseCorruptError(location, "; ".join(result[:3]))
        return Peek(True, revision, bool(user_tables))
    except sqlite3.DatabaseError as exc:
        raise _classify(location, exc) from exc
    finally:
        conn.close()


def _classify(location: str, exc: sqlite3.DatabaseError) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(location)
    if "not a database" in text:
        return DatabaseNotIsspError(location)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseReadOnlyError(location)
    return DatabaseCorruptError(location, str(exc))


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
) -> Database:
    """Open (and, if allowed, create and upgrade) the store at ``url``."""
    db = Database(url)
    path = db.sqlite_path
    if path is not None:
        if is_network_path(path):
            db.dispose()
            raise NetworkShareError(str(path))
        peek = peek_sqlite(path)
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

"""A read-only look at a SQLite file that changes nothing, using only the standard library.

Is it there, is it SQLite, is it ours, is it newer than this app, does ``quick_check`` pass,
which centre is it? Start-up uses this before loading anything heavy.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from issp_desktop.db.revisions import HEAD_REVISION, is_known
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseNotIsspError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    StoreError,
)


@dataclass(frozen=True)
class Peek:
    """What a read-only look at a SQLite file found."""

    exists: bool
    revision: str | None
    has_tables: bool
    centre_name: str | None = None

    @property
    def current(self) -> bool:
        return self.revision == HEAD_REVISION


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
        if revision is not None and not is_known(revision):
            raise DatabaseTooNewError(location, revision, HEAD_REVISION)
        if check:
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise DatabaseCorruptError(location, "; ".join(result[:3]))
        centre = None
        if "centre" in names:
            row = conn.execute("SELECT name FROM centre ORDER BY id LIMIT 1").fetchone()
            centre = row[0] if row else None
        return Peek(True, revision, bool(user_tables), centre)
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



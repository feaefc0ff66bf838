"""A read-only look at a SQLite file that changes nothing, using only the standard library.

Is it there, is it SQLite, is it ours, is it newer than this app, does ``quick_check`` pass,
which centre is it? Start-up uses this before loading anything heavy.

An encrypted (SQLCipher) file is recognised by its header without loading SQLCipher: without a
data key it raises ``PassphraseRequiredError``; with one, the same look is taken through
``sqlcipher3`` (a wrong key: ``WrongPassphraseError``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from issp_desktop.db.revisions import HEAD_REVISION, is_known
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseNotEncryptedError,
    DatabaseNotIsspError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    PassphraseRequiredError,
    StoreError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def _head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def has_sqlite_header(path: Path) -> bool:
    """A plaintext SQLite file starts with ``SQLite format 3\\0``."""
    return _head(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC


def is_encrypted_file(path: Path) -> bool:
    """Does ``path`` look like an SQLCipher database?

    An SQLCipher file has no plaintext header: it starts with a random salt and is whole
    pages of ciphertext. So: not the SQLite header, a whole number of 512-byte units, and a
    first kilobyte that looks random (a text file, or an empty one, does not).
    """
    try:
        if not path.is_file():
            return False
        size = path.stat().st_size
    except OSError:
        return False
    if size < 1024 or size % 512:
        return False
    head = _head(path, 1024)
    return head[:16] != SQLITE_MAGIC and len(set(head)) >= 192


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


def peek_sqlite(path: Path, *, check: bool = True, data_key: bytes | None = None) -> Peek:
    """Inspect ``path`` without changing it. Raises ``StoreError`` subclasses on problems.

    ``data_key`` is the raw key of an encrypted file (``crypto.unlock``). An encrypted file
    without it raises ``PassphraseRequiredError``; a plaintext file with it raises
    ``DatabaseNotEncryptedError`` (never fall back silently to writing unencrypted data)."""
    location = str(path)
    if not path.exists():
        return Peek(False, None, False)
    if path.is_dir():
        raise DatabaseNotIsspError(location)
    if path.stat().st_size == 0:
        return Peek(True, None, False)
    if is_encrypted_file(path):
        if data_key is None:
            raise PassphraseRequiredError(location)
        from issp_desktop.db import crypto  # sqlcipher3 loads only when there is a key

        dbapi = crypto.sqlcipher_dbapi(location)
        try:
            conn = crypto.connect_encrypted(path, data_key, read_only=True, timeout=2)
        except dbapi.Error as exc:
            raise classify_error(location, exc) from exc
        return _look(conn, location, check, dbapi.DatabaseError)
    if data_key is not None and has_sqlite_header(path):
        raise DatabaseNotEncryptedError(location)
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=2)
    except sqlite3.OperationalError as exc:
        raise DatabaseReadOnlyError(location) from exc
    return _look(conn, location, check, sqlite3.DatabaseError)


def _plausible_revision(revision: object) -> bool:
    return isinstance(revision, str) and bool(re.fullmatch(r"[0-9A-Za-z_]{1,32}", revision))


def _look(conn: Any, location: str, check: bool,
          database_error: type[Exception]) -> Peek:
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
            # A sound file from a newer version, or damage that garbled the revision row?
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"] or not _plausible_revision(revision):
                raise DatabaseCorruptError(location, "; ".join(map(str, result[:3]))
                                           if result != ["ok"] else "unreadable schema revision")
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
    except database_error as exc:
        raise classify_error(location, exc) from exc
    finally:
        conn.close()


def classify_error(location: str, exc: BaseException) -> StoreError:
    """The ``StoreError`` for a driver error (``sqlite3`` or ``sqlcipher3``) on ``location``."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(location)
    if "not a database" in text:
        return DatabaseNotIsspError(location)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseReadOnlyError(location)
    return DatabaseCorruptError(location, str(exc))


_classify = classify_error

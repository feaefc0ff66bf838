"""Engines and sessions.

Every SQLite connection runs in WAL mode with ``synchronous=FULL`` (survives power cuts on a
local disk), enforces foreign keys and waits for a busy lock instead of failing at once. The
Python ``sqlite3`` driver's own transaction handling is switched off (``isolation_level=None``)
and transactions are begun explicitly: ``BEGIN`` for reads, ``BEGIN IMMEDIATE`` for writes, so
a writer takes the write lock up front and never fails half-way with "database is locked".

An encrypted SQLite file (``data_key`` given) is opened through ``sqlcipher3`` with the raw
data key (see ``db.crypto``): the engine keeps the file URL (so ``sqlite_path`` and
``location`` name the file) and SQLAlchemy's sqlite dialect, with a ``creator`` that keys each
connection and ``module=sqlcipher3.dbapi2`` so driver errors are wrapped as usual
(``IntegrityError``, ``OperationalError``). The same pragmas and BEGIN rules apply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlmodel import Session

from issp_desktop.config.paths import redact_url, sqlite_path_from_url

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "issp_write"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, *, data_key: bytes | None = None) -> Engine:
    """An engine for ``url`` with the app's connection rules applied.

    ``data_key``: the raw key of an encrypted SQLite file (``crypto.unlock``); SQLite only.
    Raises ``EncryptionUnavailableError`` when SQLCipher is not installed."""
    if data_key is not None:
        return _encrypted_engine(url, data_key)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        _listen_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _listen_sqlite(engine: Engine) -> None:
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)


def _encrypted_engine(url: str, data_key: bytes) -> Engine:
    from issp_desktop.db import crypto

    path = sqlite_path_from_url(url)
    if path is None:
        raise ValueError("only a SQLite database file can be encrypted")
    if len(data_key) != crypto.DATA_KEY_BYTES:
        raise ValueError("a data key is 32 raw bytes")
    dbapi = crypto.sqlcipher_dbapi(str(path))
    key = bytes(data_key)

    def creator() -> Any:
        return crypto.connect_encrypted(
            path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine(url, creator=creator, module=dbapi)
    _listen_sqlite(engine)
    return engine


class Database:
    """One store: a read engine and a write view of it that begins IMMEDIATE transactions."""

    def __init__(self, url: str, data_key: bytes | None = None) -> None:
        self.url = url
        self.engine = make_engine(url, data_key=data_key)
        self.write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._data_key = None if data_key is None else bytes(data_key)

    def __repr__(self) -> str:  # never shows the key
        flag = ", encrypted" if self.is_encrypted else ""
        return f"<Database {self.location}{flag}>"

    @property
    def is_encrypted(self) -> bool:
        return self._data_key is not None

    @property
    def data_key(self) -> bytes | None:
        return self._data_key

    @property
    def opener(self) -> Callable[[Path, bool], Any]:
        """``opener(path, read_only)`` -> a DB-API connection for files of this store's kind:
        keyed sqlcipher3 connections for an encrypted store, ``sqlite3`` otherwise. Give it to
        the backup code so that ``src.backup(dst)`` makes a copy encrypted with the same key."""
        if self._data_key is None:
            from issp_desktop.db.backup import plain_opener

            return plain_opener
        from issp_desktop.db.crypto import encrypted_opener

        return encrypted_opener(self._data_key)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path_from_url(self.url)

    @property
    def location(self) -> str:
        path = self.sqlite_path
        return str(path) if path is not None else redact_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; its transaction is rolled back at the end."""
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: commits when the block ends, rolls back on any error."""
        with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

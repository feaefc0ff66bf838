"""Engines and sessions.

Every SQLite connection runs in WAL mode with ``synchronous=FULL`` (survives power cuts on a
local disk), enforces foreign keys and waits for a busy lock instead of failing at once. The
Python ``sqlite3`` driver's own transaction handling is switched off (``isolation_level=None``)
and transactions are begun explicitly: ``BEGIN`` for reads, ``BEGIN IMMEDIATE`` for writes, so
a writer takes the write lock up front and never fails half-way with "database is locked".
"""

from __future__ import annotations

from collections.abc import Iterator
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


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the app's connection rules applied."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One store: a read engine and a write view of it that begins IMMEDIATE transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})

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

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

A PostgreSQL store (``postgresql://`` URLs use psycopg 3) keeps the same rule for writers: a
write transaction first takes one transaction-scoped advisory lock (``pg_advisory_xact_lock``),
so writers queue one after another exactly as ``BEGIN IMMEDIATE`` makes them queue on SQLite,
while readers never wait (MVCC). Every service was written for that rule: a version check
followed by an update, the next certificate serial, a payroll close, a duplicate or overlap
check before an insert all stay atomic under PostgreSQL's READ COMMITTED. A writer waits at
most ``PG_LOCK_TIMEOUT_MS`` for the lock (``DatabaseLockedError`` after that, nothing saved).
A server that cannot be reached, or drops the connection mid-transaction, raises
``ServerUnavailableError``; nothing half-done is kept (the server rolls the transaction back).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlmodel import Session

from issp_desktop.config.paths import redact_url, sqlite_path_from_url
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseMovedError,
    DatabaseReadOnlyError,
    DatabaseWriteError,
    DiskFullError,
    ServerUnavailableError,
    StoreError,
)

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
        # temporary b-trees (sorts, a trigger's statement journal) in memory, not temp files
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


PG_CONNECT_TIMEOUT_S = 10
PG_LOCK_TIMEOUT_MS = 30_000
PG_WRITE_LOCK_KEY = int.from_bytes(b"ISSPwrit", "big")  # one app-wide writer lock
_PG_LOCKED = {"55P03", "40001", "40P01"}  # lock timeout, serialization failure, deadlock
_PG_GONE_PREFIX = "08"  # connection exceptions


class DriverMissingError(StoreError):
    """The Python driver for a server URL is not installed (e.g. psycopg for PostgreSQL)."""

    def __init__(self, location: str, module: str) -> None:
        super().__init__(
            location,
            f"ISSP Desktop cannot talk to the database server {location}: its driver "
            f"({module}) is not installed. Install it with: pip install "
            "'issp-desktop[postgresql]'.",
        )


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` URLs use psycopg (version 3), the driver the app
    ships with; every other URL is returned as it is."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql", "postgres://"))


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
            hide_parameters=True,  # values (names, IDs, hashes) never reach messages or logs
        )
        _listen_sqlite(engine)
        return engine
    url = normalise_url(url)
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql+psycopg"):
        connect_args = {"connect_timeout": PG_CONNECT_TIMEOUT_S,
                        "application_name": "ISSP Desktop",
                        "options": f"-c lock_timeout={PG_LOCK_TIMEOUT_MS} -c timezone=UTC"}
    try:
        engine = create_engine(url, hide_parameters=True, connect_args=connect_args)
    except ImportError as exc:
        raise DriverMissingError(redact_url(url), exc.name or "the database driver") from exc
    event.listen(engine, "checkin", _on_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _on_postgres_begin)
    return engine


PING_AFTER_IDLE_S = 2.0  # a pooled server connection unused this long is tested before use


def _on_checkin(dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, proxy: Any) -> None:
    """SQLAlchemy's pre-ping, only for connections that sat idle in the pool: a server
    restart or a dropped network is then found before the connection is used (the pool
    replaces it), while the back-to-back statements of a busy door cost no extra round trip.
    """
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
        return
    try:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT 1")
        finally:
            cursor.close()
        if not getattr(dbapi_connection, "autocommit", True):
            dbapi_connection.rollback()  # end the transaction the driver began for the ping
    except Exception as exc:  # any failure: let the pool open a fresh connection
        raise DisconnectionError(str(exc)) from exc


def holds_write_lock(conn: Connection) -> bool:
    """Whether this connection's transaction is a write transaction of ``Database.write``, which
    holds the app-wide writer lock (on PostgreSQL, taken when the transaction began)."""
    return bool(conn.get_execution_options().get(_WRITE_OPTION))


def _on_postgres_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_WRITE_OPTION):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})")


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

    engine = create_engine(url, creator=creator, module=dbapi, hide_parameters=True)
    _listen_sqlite(engine)
    return engine


def translate_error(exc: DBAPIError, location: str) -> StoreError | None:
    """The store's own faults as typed errors the user can act on (None: not one of them)."""
    orig = exc.orig
    if type(orig).__module__.startswith("psycopg"):
        return _translate_postgres(exc, location)
    name = str(getattr(orig, "sqlite_errorname", "") or "")
    text = str(orig).lower()
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFullError(location)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(location)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return DatabaseLockedError(location)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return DatabaseCorruptError(location, str(orig))
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DatabaseWriteError(location, "disk I/O error")
    return None


def _translate_postgres(exc: DBAPIError, location: str) -> StoreError | None:
    orig = exc.orig
    state = str(getattr(orig, "sqlstate", "") or "")
    if state in _PG_LOCKED:
        return DatabaseLockedError(location)
    if state == "53100":  # disk_full
        return DiskFullError(location)
    if state == "25006":  # read_only_sql_transaction (a standby server)
        return DatabaseReadOnlyError(location)
    if state.startswith(_PG_GONE_PREFIX) or exc.connection_invalidated or (
            not state and type(orig).__name__ in ("OperationalError", "InterfaceError")):
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else "connection lost"
        return ServerUnavailableError(location, first)
    return None


ANALYSIS_LIMIT = 400  # index rows each ANALYZE samples: approximate statistics, quickly
OPTIMIZE_BUSY_TIMEOUT_MS = 100


def _analyze(dbapi_connection: Any, statement: str) -> None:
    """Run ``ANALYZE`` or ``PRAGMA optimize`` on a SQLite connection (in autocommit), sampled
    and without waiting long for a writer (the connection's busy timeout is put back)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {OPTIMIZE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        cursor.execute(statement)
    finally:
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Database:
    """One store: a read engine and a write view of it that begins IMMEDIATE transactions."""

    def __init__(self, url: str, data_key: bytes | None = None) -> None:
        self.url = url
        self.engine = make_engine(url, data_key=data_key)
        self.write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._data_key = None if data_key is None else bytes(data_key)
        self._identity: tuple[int, int] | None = None
        if self.sqlite_path is not None:
            self._watch_file()

    # --- the file must stay the file we opened ---------------------------------------------
    # In WAL mode SQLite keeps writing to a file that was deleted or replaced under it (the
    # write "succeeds" into the old inode and is lost), and on close it may leave its -wal
    # beside the replacement, to be replayed into it. So each connection and each transaction
    # checks that the path still names the file first opened, and a connection closing after
    # the file moved checkpoints its -wal away first.

    def _watch_file(self) -> None:
        event.listen(self.engine, "connect", self._on_connect_check_file, insert=True)
        event.listen(self.engine, "begin", self._on_begin_check_file, insert=True)
        event.listen(self.engine.pool, "close", self._on_close_tidy_wal)
        event.listen(self.engine.pool, "close", self._on_close_optimize)

    def _moved(self) -> bool:
        path = self.sqlite_path
        assert path is not None
        now = _file_identity(path)
        if self._identity is None:
            self._identity = now
            return False
        return now != self._identity

    def _on_connect_check_file(self, _dbapi_connection: Any, _record: Any) -> None:
        if self._moved():
            raise DatabaseMovedError(self.location)

    def _on_begin_check_file(self, _conn: Connection) -> None:
        if self._moved():
            raise DatabaseMovedError(self.location)

    def _on_close_tidy_wal(self, dbapi_connection: Any, _record: Any) -> None:
        path = self.sqlite_path
        if self._identity is None or path is None or _file_identity(path) == self._identity:
            return
        with contextlib.suppress(Exception):  # the connection is going anyway
            dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- statistics for the query planner ------------------------------------------------------
    # A store that was never ANALYZEd plans with guesses (every table "a million rows"), and
    # a big report can then walk a whole table where an index range would do. SQLite's advice
    # is PRAGMA optimize as each connection closes: it ANALYZEs only the tables that this
    # connection's queries used and that lack statistics or have grown or shrunk a lot since,
    # usually nothing at all. ``analysis_limit`` keeps each ANALYZE to a sample (milliseconds
    # even for a 600,000-row table), and a short busy timeout keeps a close from waiting for
    # another writer: when the file is busy, the statistics wait for the next close.

    def _on_close_optimize(self, dbapi_connection: Any, _record: Any) -> None:
        path = self.sqlite_path
        if self._identity is None or path is None or _file_identity(path) != self._identity:
            return  # never opened, or the file moved: leave both files alone
        with contextlib.suppress(Exception):  # read-only, busy or closing: the next close will
            _analyze(dbapi_connection, "PRAGMA optimize")

    def optimize(self) -> None:
        """Fresh planner statistics for every table, sampled (a few milliseconds): for after a
        bulk change such as a schema upgrade, a demo build or an import. SQLite only (a
        PostgreSQL server keeps its own statistics with autovacuum); never raises."""
        if not self.is_sqlite:
            return
        with contextlib.suppress(Exception), self.engine.connect() as conn:
            _analyze(conn.connection.dbapi_connection, "ANALYZE")

    def forget_file(self) -> None:
        """The app itself put a new file in place (restore, re-key): accept it from now on."""
        self.dispose()
        self._identity = None

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
        try:
            with Session(self.engine) as session:
                yield session
        except DBAPIError as exc:
            raise translate_error(exc, self.location) or exc from exc

    @contextmanager
    def single_reads(self) -> Iterator[Connection]:
        """A connection for reads that each stand alone (every statement sees the data as it
        is when it runs). On PostgreSQL they run in autocommit, with no BEGIN and ROLLBACK
        round trips to the server; on SQLite it is an ordinary read transaction."""
        try:
            with self.engine.connect() as conn:
                if conn.dialect.name == "postgresql":
                    conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                yield conn
                if conn.in_transaction():
                    conn.rollback()
        except DBAPIError as exc:
            raise translate_error(exc, self.location) or exc from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: commits when the block ends, rolls back on any error.

        A full disk, a read-only or vanished file, a lock or damage raise a typed
        ``StoreError`` saying that nothing was saved."""
        try:
            with Session(self.write_engine, expire_on_commit=False) as session, \
                    session.begin():
                yield session
        except DBAPIError as exc:
            raise translate_error(exc, self.location) or exc from exc

    def dispose(self) -> None:
        self.engine.dispose()

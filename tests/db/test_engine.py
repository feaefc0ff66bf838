from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlmodel import select

from issp_desktop.db.engine import Database
from issp_desktop.db.models import Centre
from issp_desktop.db.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_store(f"sqlite:///{tmp_path / 'c.sqlite'}", create=True)
    yield database
    database.dispose()


def test_every_connection_gets_the_safety_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_write_transactions_take_the_write_lock_at_begin(db: Database) -> None:
    path = db.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with db.write() as session:
            session.execute(text("SELECT 1"))  # nothing written yet, but BEGIN IMMEDIATE ran
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after the commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_sessions_do_not_block_writers(db: Database) -> None:
    path = db.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with db.read() as session:
            session.execute(text("SELECT COUNT(*) FROM centre")).scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_write_block_is_all_or_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Centre(name="A"))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM centre")).scalar() == 0


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as session:
        session.execute(text(
            "INSERT INTO stage_change (person_id, to_stage, changed_on, reason, recorded_at) "
            "VALUES (999, 'trainee', '2026-01-01', '', '2026-01-01T00:00:00+00:00')"
        ))


def test_instants_are_stored_in_utc_and_come_back_aware(db: Database) -> None:
    nairobi = timezone(timedelta(hours=3))
    at = datetime(2026, 3, 1, 0, 30, tzinfo=nairobi)  # 21:30 UTC the day before
    with db.write() as session:
        session.add(Centre(name="A", created_at=at, updated_at=at))
    with db.engine.connect() as conn:
        raw = conn.execute(text("SELECT created_at FROM centre")).scalar()
    assert raw == "2026-02-28T21:30:00.000000+00:00"
    with db.read() as session:
        row = session.exec(select(Centre)).one()
        assert row.created_at == at
        assert row.created_at.tzinfo is not None
        assert row.created_at.utcoffset() == timedelta(0)


def test_naive_instants_are_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="naive"), db.write() as session:
        session.add(Centre(name="A", created_at=datetime(2026, 1, 1)))
        session.flush()
    assert datetime.now(UTC).tzinfo is UTC

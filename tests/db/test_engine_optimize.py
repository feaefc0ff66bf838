"""Planner statistics on SQLite: ``PRAGMA optimize`` as each connection closes, a sampled
``ANALYZE`` on demand (``Database.optimize``), both quick and never in the way of a writer."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, insert, text

from issp_desktop.db.engine import BUSY_TIMEOUT_MS, Database
from issp_desktop.db.models import Cohort, TrainingSession
from issp_desktop.db.store import open_store

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store with a cohort and 3,000 training sessions, never analyzed."""
    path = tmp_path / "c.sqlite"
    db = open_store(f"sqlite:///{path}", create=True)
    with db.write() as s:
        s.execute(insert(Cohort.__table__), [  # type: ignore[attr-defined]
            {"id": 1, "name": "C", "start_date": date(2026, 1, 1), "end_date": date(2026, 3, 31)}
        ])
        s.execute(insert(TrainingSession.__table__), [  # type: ignore[attr-defined]
            {"cohort_id": 1, "held_on": date(2020, 1, 1) + timedelta(days=n), "topic": ""}
            for n in range(3000)])
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    try:  # the statistics the schema upgrade wrote, gone (closing checkpoints the WAL)
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    finally:
        conn.close()
    return path


def _stats(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return {}
        return {f"{t}.{i}": stat for t, i, stat in conn.execute(
            "SELECT tbl, idx, stat FROM sqlite_stat1")}


def test_closing_a_connection_analyzes_the_tables_its_queries_used(store: Path) -> None:
    db = Database(f"sqlite:///{store}")
    with db.read() as s:
        s.execute(text("SELECT count(*) FROM training_session WHERE cohort_id = 1")).one()
    assert _stats(store) == {}
    db.dispose()
    stats = _stats(store)
    assert any(key.startswith("training_session.") for key in stats), stats
    assert not any(key.startswith("payslip.") for key in stats)  # not used: left alone


def test_optimize_samples_every_table_quickly_and_keeps_the_busy_timeout(store: Path) -> None:
    db = Database(f"sqlite:///{store}")
    try:
        began = time.perf_counter()
        db.optimize()
        assert time.perf_counter() - began < 5  # sampled: milliseconds, not a full scan
        stats = _stats(store)
        rows = int(stats["training_session.ix_training_session_cohort_id"].split()[0])
        assert 1000 <= rows <= 10_000  # a sampled estimate of the 3,000 rows
        assert any(key.startswith("cohort.") for key in stats)
        with db.read() as s:  # the pooled connection waits for writers as long as before
            timeout = s.execute(text("PRAGMA busy_timeout")).scalar_one()
        assert timeout == BUSY_TIMEOUT_MS
    finally:
        db.dispose()


def test_a_busy_file_does_not_hold_up_a_close_or_optimize(store: Path) -> None:
    db = Database(f"sqlite:///{store}")
    with db.read() as s:
        s.execute(text("SELECT count(*) FROM training_session WHERE cohort_id = 1")).one()
    writer = sqlite3.connect(store, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        began = time.perf_counter()
        db.optimize()
        db.dispose()
        assert time.perf_counter() - began < BUSY_TIMEOUT_MS / 1000 / 2
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _stats(store) == {}  # nothing written while it was busy; the next close will


def test_a_moved_file_is_left_alone(store: Path, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{store}")
    with db.read() as s:
        s.execute(text("SELECT count(*) FROM training_session WHERE cohort_id = 1")).one()
    store.rename(tmp_path / "elsewhere.sqlite")
    store.write_bytes((tmp_path / "elsewhere.sqlite").read_bytes())  # a copy put in its place
    db.dispose()
    assert _stats(store) == {} and _stats(tmp_path / "elsewhere.sqlite") == {}


def test_optimize_leaves_a_postgresql_server_alone() -> None:
    url = os.environ.get("ISSP_TEST_PG_URL")
    if not url:
        pytest.skip("no PostgreSQL server (ISSP_TEST_PG_URL)")
    db = Database(url)
    sent: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    try:
        assert not db.is_sqlite
        db.optimize()  # autovacuum keeps the server's statistics: nothing is sent
        assert sent == []
    finally:
        db.dispose()

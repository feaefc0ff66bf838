from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from issp_desktop.services import Services


def test_dashboard_counts_come_from_the_database(demo_services: Services) -> None:
    today = date(2026, 11, 16)
    counts = demo_services.dashboard.counts(today)
    with demo_services.db.engine.connect() as conn:
        for stage, n in counts.people_by_stage.items():
            assert conn.execute(
                text("SELECT COUNT(*) FROM person WHERE stage = :s"), {"s": stage}
            ).scalar() == n
        running = conn.execute(text(
            "SELECT COUNT(*) FROM cohort WHERE start_date <= :d AND end_date >= :d"),
            {"d": today.isoformat()}).scalar()
    assert counts.people_total == 120
    assert counts.cohorts_running == running
    assert counts.centre_name.startswith("Tumaini")
    # 2026-11-16 is a Monday: Nairobi's day runs 21:00 UTC the day before to 21:00 UTC
    with demo_services.db.engine.connect() as conn:
        shifts = conn.execute(text(
            "SELECT COUNT(*) FROM shift WHERE starts_at >= '2026-11-15T21:00:00' "
            "AND starts_at < '2026-11-16T21:00:00'")).scalar()
        due = conn.execute(text(
            "SELECT COUNT(*) FROM batch WHERE status IN ('received', 'in_progress', 'in_qa', "
            "'rework') AND due_on BETWEEN '2026-11-16' AND '2026-11-22'")).scalar()
        late = conn.execute(text(
            "SELECT COUNT(*) FROM batch WHERE status IN ('received', 'in_progress', 'in_qa', "
            "'rework') AND due_on < '2026-11-16'")).scalar()
    assert counts.shifts_today == shifts > 10
    assert counts.batches_due_this_week == due
    assert counts.batches_late == late


def test_clocked_in_now_follows_the_latest_effective_punch(services: Services) -> None:
    from datetime import UTC, datetime

    from issp_desktop.db.models import ClockEvent, Person

    with services.db.write() as s:
        people = [Person(first_name=f"P{i}", last_name="X", stage="worker") for i in range(4)]
        s.add_all(people)
        s.flush()
        a, b, c, d = (p.id for p in people)

        def punch(pid: int | None, kind: str, hour: int, **kw: object) -> ClockEvent:
            event = ClockEvent(person_id=pid, kind=kind,
                               at=datetime(2026, 11, 16, hour, tzinfo=UTC), **kw)
            s.add(event)
            s.flush()
            return event

        punch(a, "in", 5)  # in
        punch(b, "in", 5)
        punch(b, "out", 9)  # came and went
        wrong = punch(c, "out", 6)
        punch(c, "in", 5)
        punch(c, "void", 7, source="correction", replaces_id=wrong.id, reason="double tap")
        punch(d, "in", 5, )
        punch(d, "in", 4, source="correction", replaces_id=None, reason="earlier")
        yesterday = ClockEvent(person_id=b, kind="in",
                               at=datetime(2026, 11, 15, 5, tzinfo=UTC))
        s.add(yesterday)
    counts = services.dashboard.counts(date(2026, 11, 16))
    assert counts.clocked_in_now == 3  # a, c (its wrong clock-out voided) and d


def test_dashboard_on_an_empty_centre(services: Services) -> None:
    counts = services.dashboard.counts()
    assert counts.people_total == 0
    assert counts.centre_name == ""


@pytest.mark.sqlite_only  # SQLite backend, file size and PRAGMA checks
def test_info_and_check_on_a_demo(demo_services: Services) -> None:
    info = demo_services.admin.info()
    assert info.up_to_date
    assert info.row_counts["person"] == 120
    assert info.backend == "sqlite"
    result = demo_services.admin.check()
    assert result.ok, result


@pytest.mark.sqlite_only  # PRAGMA foreign_key_check on the file
def test_check_finds_broken_foreign_keys(demo_services: Services) -> None:
    raw = sqlite3.connect(str(demo_services.db.sqlite_path))
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("UPDATE person SET cohort_id = 999 WHERE id = 1")
    raw.commit()
    raw.close()
    result = demo_services.admin.check()
    assert not result.ok
    assert any("person" in p for p in result.foreign_key_problems)


@pytest.mark.sqlite_only  # backups are of the SQLite file
def test_last_backup_is_the_newest_good_backup(services: Services) -> None:
    assert services.admin.last_backup() is None
    first = services.backups.create("manual").backup
    second = services.backups.create("manual").backup
    assert second.created_at > first.created_at
    assert services.admin.last_backup() == second.created_at
    (services.backups_dir / "notes.sqlite").write_bytes(b"not a backup")
    assert services.admin.last_backup() == second.created_at

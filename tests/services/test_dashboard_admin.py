from __future__ import annotations

import sqlite3
from datetime import date

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
    assert counts.shifts_today is None  # not recorded by this version: shown as such


def test_dashboard_on_an_empty_centre(services: Services) -> None:
    counts = services.dashboard.counts()
    assert counts.people_total == 0
    assert counts.centre_name == ""


def test_info_and_check_on_a_demo(demo_services: Services) -> None:
    info = demo_services.admin.info()
    assert info.up_to_date
    assert info.row_counts["person"] == 120
    assert info.backend == "sqlite"
    result = demo_services.admin.check()
    assert result.ok, result


def test_check_finds_broken_foreign_keys(demo_services: Services) -> None:
    raw = sqlite3.connect(str(demo_services.db.sqlite_path))
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("UPDATE person SET cohort_id = 999 WHERE id = 1")
    raw.commit()
    raw.close()
    result = demo_services.admin.check()
    assert not result.ok
    assert any("person" in p for p in result.foreign_key_problems)


def test_last_backup_is_the_newest_good_backup(services: Services) -> None:
    assert services.admin.last_backup() is None
    first = services.backups.create("manual").backup
    second = services.backups.create("manual").backup
    assert second.created_at > first.created_at
    assert services.admin.last_backup() == second.created_at
    (services.backups_dir / "notes.sqlite").write_bytes(b"not a backup")
    assert services.admin.last_backup() == second.created_at

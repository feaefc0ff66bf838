"""``issp attendance|badges|holidays``: output, --json, exit codes, --confirm."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from issp_desktop import cli
from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.db.models import Person, Shift

NBO = ZoneInfo("Africa/Nairobi")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def centre(tmp_path: Path) -> str:
    """A centre without accounts (commands act as the system): two workers without badges,
    and shifts for the first yesterday and today 07:00-15:00 local."""
    d = tmp_path / "centre"
    services = open_services(resolve_paths(d), create=True)
    try:
        with services.db.write() as s:
            w = Person(first_name="Wanjiru", last_name="Kamau", stage="worker")
            s.add_all([w, Person(first_name="Otieno", last_name="Ouma", stage="worker")])
            s.flush()
            today = datetime.now(NBO).date()
            for day in (today - timedelta(days=1), today):
                a = datetime(day.year, day.month, day.day, 7, tzinfo=NBO)
                s.add(Shift(person_id=w.id, starts_at=a, ends_at=a + timedelta(hours=8),
                            break_minutes=30))
    finally:
        services.db.dispose()
    return str(d)


def test_badges_then_clock_in_and_out(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", centre, "badges", "assign")
    assert code == 0, err
    assert "Gave 2 people badge numbers B00001 to B00002." in out
    code, out, _ = run(capsys, "--data-dir", centre, "badges", "list", "--json")
    assert {r["badge"] for r in json.loads(out)} == {"B00001", "B00002"}
    today = datetime.now(NBO).date().isoformat()
    code, out, err = run(capsys, "--data-dir", centre, "attendance", "clock-in", "B00001",
                         "--at", f"{today}T07:12")
    assert code == 0, err
    assert out.startswith("Clocked in: Wanjiru Kamau (B00001) at ") and "late 12 min" in out
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "clock-in", "B00001",
                          "--at", f"{today}T07:20")
    assert code == 1 and "already clocked in" in err
    code, out, err = run(capsys, "--data-dir", centre, "attendance", "clock-out", "b00001",
                         "--at", f"{today}T15:00", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "on time"
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "clock-out", "B00002")
    assert code == 1 and "Otieno Ouma is not clocked in" in err


def test_unknown_badge_and_bad_times(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "clock-in", "B77777")
    assert code == 1 and err.strip() == (
        "issp: Unknown badge 'B77777': nobody has this badge number.")
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "clock-in", "B1",
                          "--at", "yesterday")
    assert code == 1 and "is not a date and time" in err


def test_a_clock_warning_needs_confirm(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--data-dir", centre, "badges", "assign")
    far = (datetime.now(NBO) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "clock-in", "B00002",
                          "--at", far)
    assert code == 1 and "away from this computer's clock" in err and "--confirm" in err
    code, out, err = run(capsys, "--data-dir", centre, "attendance", "clock-in", "B00002",
                         "--at", far, "--confirm")
    assert code == 0, err
    assert "saved with the warning" in out


def test_correct_punches_and_summary(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--data-dir", centre, "badges", "assign")
    today = (datetime.now(NBO).date() - timedelta(days=1)).isoformat()  # yesterday
    run(capsys, "--data-dir", centre, "attendance", "clock-in", "B00001", "--at",
        f"{today}T07:00")
    code, out, err = run(capsys, "--data-dir", centre, "attendance", "correct", "B00001",
                         "--kind", "out", "--at", f"{today}T15:00",
                         "--reason", "Forgot to clock out")
    assert code == 0, err
    assert "Recorded a corrected clock-out for Wanjiru Kamau" in out
    code, out, _ = run(capsys, "--data-dir", centre, "attendance", "correct", "B00001",
                       "--kind", "out", "--at", f"{today}T15:00", "--reason", " ")
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "correct", "B00001",
                          "--kind", "void", "--reason", "oops")
    assert code == 1 and "choose the punch to void" in err
    code, out, _ = run(capsys, "--data-dir", centre, "attendance", "punches", "--date", today,
                       "--json")
    rows = json.loads(out)
    assert [(r["kind"], r["source"]) for r in rows] == [("in", "cli"), ("out", "correction")]
    code, out, err = run(capsys, "--data-dir", centre, "attendance", "summary", "--from",
                         today, "--to", today, "--json")
    assert code == 0, err
    first = json.loads(out)[0]
    assert (first["name"], first["planned_hours"], first["worked_hours"]) == (
        "Wanjiru Kamau", "7.50", "7.50")
    assert first["minutes"]["worked_minutes"] == 450
    code, out, err = run(capsys, "--data-dir", centre, "attendance", "summary", "--from",
                         today, "--to", today)
    assert code == 0, err
    assert "Wanjiru Kamau" in out and "7.50" in out and "Total" in out
    code, _out, err = run(capsys, "--data-dir", centre, "attendance", "summary", "--from",
                          today, "--to", "2000-01-01")
    assert code == 1 and "before" in err


def test_holidays(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", centre, "holidays", "load", "--year", "2026")
    assert code == 0, err
    assert "Added 12 public holiday(s) for 2026" in out
    code, out, _ = run(capsys, "--data-dir", centre, "holidays", "list", "--year", "2026")
    assert "2026-12-12  Sat  Jamhuri Day" in out
    code, out, err = run(capsys, "--data-dir", centre, "holidays", "add", "2026-11-13",
                         "Tree Growing Day")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", centre, "holidays", "delete", "13/11/2026")
    assert code == 0 and "Deleted 2026-11-13 Tree Growing Day." in out
    code, _out, err = run(capsys, "--data-dir", centre, "holidays", "delete", "2026-11-14")
    assert code == 1

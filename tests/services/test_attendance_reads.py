"""How the attendance summary reads the month (``services.attendance_load``): the month's shifts
from the covering index, the same figures whichever way the people are asked for (all, a long
list, one by one), and corrections recorded long after the punch they fix."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select

from issp_desktop.db.models import ClockEvent, Person, Shift
from issp_desktop.services import Services
from issp_desktop.services.attendance import Correction
from issp_desktop.services.attendance_load import FEW_PEOPLE, punch_sql, shift_sql

NBO = ZoneInfo("Africa/Nairobi")
MON = date(2026, 3, 2)
NOW = datetime(2026, 4, 20, 9, tzinfo=UTC)
PEOPLE = FEW_PEOPLE + 6


def local(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=NBO)


@pytest.fixture
def month(services: Services) -> list[int]:
    """PEOPLE workers with ten weekday shifts each in March 2026, punched with some lateness,
    an early leave, a missed clock-out, an absence and overtime."""
    services.attendance.now = lambda: NOW  # type: ignore[method-assign]
    with services.db.write() as s:
        s.execute(insert(Person.__table__), [  # type: ignore[attr-defined]
            {"first_name": f"W{n:03d}", "last_name": "Test", "stage": "worker",
             "badge_no": f"B{n:05d}"} for n in range(PEOPLE)])
        ids = sorted(s.execute(select(Person.id)).scalars())
        shifts, punches = [], []
        for k, pid in enumerate(ids):
            for day in range(10):
                d = MON + timedelta(days=day + day // 5 * 2)
                start = local(d, 7 + k % 3)
                end = start + timedelta(hours=8)
                shifts.append({"person_id": pid, "starts_at": start, "ends_at": end,
                               "break_minutes": 30, "is_night": False,
                               "overtime_approved": day == 3})
                if (k + day) % 11 == 0:
                    continue  # absent
                punches.append({"person_id": pid, "kind": "in", "source": "kiosk",
                                "at": start + timedelta(minutes=(k * 7 + day * 3) % 25 - 8)})
                if (k + day) % 13 == 0:
                    continue  # no clock-out
                punches.append({"person_id": pid, "kind": "out", "source": "kiosk",
                                "at": end + timedelta(minutes=(k * 5 + day) % 70 - 25)})
        s.execute(insert(Shift.__table__), shifts)  # type: ignore[attr-defined]
        s.execute(insert(ClockEvent.__table__), punches)  # type: ignore[attr-defined]
    return ids


def test_the_same_figures_for_all_a_long_list_and_one_by_one(services: Services,
                                                             month: list[int]) -> None:
    att = services.attendance
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    everybody = att.summary(first, last)
    listed = att.summary(first, last, month)  # more than FEW_PEOPLE: the covering index
    assert len(everybody) == PEOPLE
    assert listed == everybody
    by_id = {r.person_id: r for r in everybody}
    for pid in month[:5] + month[-3:]:
        assert att.summary(first, last, [pid]) == [by_id[pid]]
    assert sum(r.absences for r in everybody) > 0
    assert sum(r.missing_punches for r in everybody) > 0
    assert sum(r.late_count for r in everybody) > 0
    assert sum(r.overtime_weekday_minutes for r in everybody) > 0


def test_a_correction_recorded_weeks_later_counts(services: Services, month: list[int]) -> None:
    att = services.attendance
    pid = month[FEW_PEOPLE + 3]  # punched in and out on MON
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    before = att.summary(first, last, month)
    wrong = next(r for r in att.punches(MON, pid) if r.kind == "in")
    # moved to a day weeks away (outside the punches read for March): the March shift has no
    # clock-in any more
    att.correct(Correction(pid, "in", "Badge lent to a visitor", local(date(2026, 4, 14), 8),
                           wrong.id))
    after = {r.person_id: r for r in att.summary(first, last, month)}
    assert {r.person_id: r for r in att.summary(first, last)} == after
    assert after[pid].missing_punches == before[month.index(pid)].missing_punches + 1
    others = [r for r in before if r.person_id != pid]
    assert all(after[r.person_id] == r for r in others)


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN of the SQLite fast path
@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_month_of_shifts_reads_the_covering_index(services: Services,
                                                      month: list[int]) -> None:
    lo, hi = datetime(2026, 2, 22, 21, tzinfo=UTC), datetime(2026, 4, 5, 21, tzinfo=UTC)

    def plan(sql: str, params: tuple[object, ...]) -> str:
        with services.db.read() as s:
            raw = s.connection().connection.driver_connection
            return " | ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params))

    assert "COVERING INDEX ix_shift_starts_cover" in plan(*shift_sql(lo, hi, None))
    assert "COVERING INDEX ix_shift_starts_cover" in plan(*shift_sql(lo, hi, month))
    assert "ix_shift_person_starts" in plan(*shift_sql(lo, hi, month[:3]))
    assert "ix_clock_event_person_at" in plan(*punch_sql(lo, hi, month))
    assert "ix_clock_event_person_at" in plan(*punch_sql(lo, hi, None))

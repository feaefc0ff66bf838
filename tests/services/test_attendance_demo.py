"""The demo centre's attendance: badges, holidays and punches that look like a real door."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from issp_desktop.db.models import ClockEvent, Person, PublicHoliday, Shift
from issp_desktop.services import Services
from issp_desktop.services.demo_attendance import build_demo


def test_demo_has_badges_holidays_and_realistic_punches(demo_services: Services) -> None:
    s_ = demo_services
    with s_.db.read() as s:
        workers = s.execute(select(func.count()).select_from(Person).where(
            Person.stage == "worker")).scalar_one()
        badged = s.execute(select(func.count()).select_from(Person).where(
            Person.stage == "worker", Person.badge_no.is_not(None))).scalar_one()
        assert workers > 0 and badged == workers
        days = set(s.execute(select(PublicHoliday.on)).scalars())
        assert date(2026, 12, 25) in days and date(2027, 1, 1) in days
        kinds = Counter(s.execute(select(ClockEvent.source)).scalars())
        shifts = s.execute(select(func.count()).select_from(Shift)).scalar_one()
        reasons = s.execute(select(ClockEvent.reason).where(
            ClockEvent.source == "correction")).scalars().all()
        approved = s.execute(select(func.count()).select_from(Shift).where(
            Shift.overtime_approved.is_(True))).scalar_one()
    assert shifts > 0 and kinds["kiosk"] > shifts  # about two punches a worked shift
    assert kinds["correction"] > 0 and all(reasons)
    assert approved > 0
    rows = s_.attendance.summary(date(2026, 10, 1), date(2026, 10, 31))
    assert len(rows) >= workers // 2
    late = sum(r.late_count for r in rows)
    absent = sum(r.absences for r in rows)
    planned = sum(r.shifts_planned for r in rows)
    assert 0 < late < planned * 0.25 and 0 < absent < planned * 0.1
    assert sum(r.overtime_weekday_minutes for r in rows) > 0
    assert sum(r.night_minutes for r in rows) > 0
    assert sum(r.worked_minutes for r in rows) > 0.8 * sum(r.planned_minutes for r in rows)


def test_demo_build_on_shifts_made_in_the_test(services: Services) -> None:
    from datetime import UTC, datetime, timedelta

    with services.db.write() as s:
        p = Person(first_name="Amani", last_name="Njeri", stage="worker")
        s.add(p)
        s.flush()
        start = datetime(2026, 3, 2, 4, tzinfo=UTC)
        for d in range(20):
            a = start + timedelta(days=d)
            s.add(Shift(person_id=p.id, starts_at=a, ends_at=a + timedelta(hours=8)))
    now = datetime(2026, 3, 25, 9, tzinfo=UTC)
    with services.db.write() as s:
        counts = build_demo(s, 3, now.date(), now)
    assert counts["badges"] == 1 and counts["public_holidays"] > 0
    assert 30 <= counts["clock_events"] <= 42
    with services.db.read() as s:
        assert s.execute(select(Person.badge_no)).scalar() == "B00001"

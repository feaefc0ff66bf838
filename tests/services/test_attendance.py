"""Attendance use cases on a real SQLite file: the door, corrections, badges, holidays and the
monthly summary payroll reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from issp_desktop.db.models import AuditEntry, ClockEvent, Downtime, Leave, Person, Shift
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.attendance import (
    AlreadyClockedInError,
    BadgeTakenError,
    ClockOutBeforeInError,
    ClockResult,
    ClockWarningError,
    Correction,
    NotClockedInError,
    PersonLeftError,
    UnknownBadgeError,
)

NBO = ZoneInfo("Africa/Nairobi")
MON = date(2026, 3, 2)
NOW = datetime(2026, 4, 2, 9, tzinfo=UTC)  # the PC's clock in these tests (after them all)


def local(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=NBO)


def add_person(services: Services, first: str, last: str, badge: str | None = None,
               stage: str = "worker", national_id: str | None = None) -> int:
    with services.db.write() as s:
        p = Person(first_name=first, last_name=last, stage=stage, badge_no=badge,
                   national_id=national_id, national_id_norm=national_id)
        s.add(p)
        s.flush()
        assert p.id is not None
        return p.id


def add_shift(services: Services, person_id: int, d: date, start: int, hours: int = 8,
              brk: int = 30, *, night: bool = False, approved: bool = False) -> int:
    a = local(d, start)
    with services.db.write() as s:
        sh = Shift(person_id=person_id, starts_at=a, ends_at=a + timedelta(hours=hours),
                   break_minutes=brk, is_night=night, overtime_approved=approved)
        s.add(sh)
        s.flush()
        assert sh.id is not None
        return sh.id


def door(services: Services, kind: str, badge: str, when: datetime) -> ClockResult:
    """A punch at the door at ``when``, as if the PC's clock said ``when``."""
    att = services.attendance
    att.now = lambda: when  # type: ignore[method-assign]
    try:
        fn = {"in": att.clock_in, "out": att.clock_out, "punch": att.punch}[kind]
        return fn(badge, when)
    finally:
        att.now = lambda: NOW  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _fixed_clock(services: Services) -> None:
    services.attendance.now = lambda: NOW  # type: ignore[method-assign]


@pytest.fixture
def wanjiru(services: Services) -> int:
    return add_person(services, "Wanjiru", "Kamau", "B00001", national_id="12345678")


def test_clock_in_then_out_with_status(services: Services, wanjiru: int) -> None:
    add_shift(services, wanjiru, MON, 7)
    got = door(services, "in", "b00001", local(MON, 7, 12))
    assert (got.name, got.kind, got.status, got.badge_no) == (
        "Wanjiru Kamau", "in", "late 12 min", "B00001")
    out = door(services, "out", " B00001 ", local(MON, 15, 20))
    assert (out.kind, out.status) == ("out", "overtime 20 min")
    with services.db.read() as s:
        rows = s.execute(select(ClockEvent.kind, ClockEvent.source)).all()
        assert [tuple(r) for r in rows] == [("in", "kiosk"), ("out", "kiosk")]
        audit_rows = s.execute(select(AuditEntry.use_case).where(
            AuditEntry.use_case.like("attendance.%"))).scalars().all()
        assert audit_rows == ["attendance.clock_in", "attendance.clock_out"]


def test_unplanned_and_the_scan_toggle(services: Services, wanjiru: int) -> None:
    first = door(services, "punch", "B00001", local(MON, 9))
    second = door(services, "punch", "B00001", local(MON, 13))
    assert (first.kind, first.status, second.kind) == ("in", "unplanned", "out")


def test_refusals_save_nothing(services: Services, wanjiru: int) -> None:
    att = services.attendance
    with pytest.raises(UnknownBadgeError, match="Unknown badge 'B99999'"):
        att.clock_in("B99999")
    with pytest.raises(NotClockedInError, match="not clocked in"):
        door(services, "out", "B00001", local(MON, 8))
    door(services, "in", "B00001", local(MON, 7))
    with pytest.raises(AlreadyClockedInError, match="already clocked in"):
        door(services, "in", "B00001", local(MON, 7, 5))
    with pytest.raises(ClockOutBeforeInError, match="before the clock-in"):
        door(services, "out", "B00001", local(MON, 6, 59))
    with pytest.raises(ValidationError, match="badge"):
        att.clock_in("  ")
    with pytest.raises(ValidationError, match="time zone"):
        att.clock_in("B00001", datetime(2026, 3, 2, 9))
    with services.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM clock_event")).scalar() == 1


def test_a_forgotten_clock_out_does_not_lock_the_door(services: Services, wanjiru: int) -> None:
    door(services, "in", "B00001", local(MON, 7))
    nxt = door(services, "punch", "B00001", local(MON + timedelta(days=1), 7))
    assert nxt.kind == "in" and "missing" in nxt.note


def test_left_and_applicants_cannot_punch(services: Services) -> None:
    add_person(services, "Old", "Hand", "B00077", stage="alumnus")
    with pytest.raises(PersonLeftError, match="no longer at the centre"):
        door(services, "in", "B00077", local(MON, 7))


def test_a_clock_far_off_needs_confirmation(services: Services, wanjiru: int) -> None:
    att = services.attendance
    far = NOW + timedelta(days=400)
    with pytest.raises(ClockWarningError, match="away from this computer's clock") as info:
        att.clock_in("B00001", far)
    assert info.value.warnings
    saved = att.clock_in("B00001", far, confirm=True)
    assert "away from this computer's clock" in saved.clock_warning
    with services.db.read() as s:
        assert s.execute(select(ClockEvent.clock_warning)).scalar() == saved.clock_warning


def test_a_clock_out_days_after_the_clock_in_asks(services: Services, wanjiru: int) -> None:
    att = services.attendance
    now = NOW
    att.clock_in("B00001", now - timedelta(hours=30))
    with pytest.raises(ClockWarningError, match="30 h after the clock-in"):
        att.clock_out("B00001", now)
    assert att.clock_out("B00001", now, confirm=True).clock_warning


def test_a_pc_clock_behind_the_punches_already_recorded_asks(services: Services,
                                                            wanjiru: int) -> None:
    other = add_person(services, "Otieno", "Ouma", "B00002")
    att = services.attendance
    now = NOW
    att.clock_in("B00002", now)
    assert other
    with pytest.raises(ClockWarningError, match="earlier than punches already recorded"):
        att.clock_in("B00001", now - timedelta(days=5))


def test_punches_are_never_updated(services: Services, wanjiru: int) -> None:
    door(services, "in", "B00001", local(MON, 7))
    with pytest.raises(DBAPIError), services.db.write() as s:
        s.execute(text("UPDATE clock_event SET kind = 'out'"))


def test_corrections_keep_the_original(services: Services, wanjiru: int) -> None:
    add_shift(services, wanjiru, MON, 7)
    att = services.attendance
    wrong = door(services, "in", "B00001", local(MON, 7, 40))
    with pytest.raises(ValidationError, match="reason"):
        att.correct(Correction(wanjiru, "in", " ", local(MON, 7), wrong.event_id))
    fixed = att.correct(Correction(wanjiru, "in", "Scanner was down at 07:00", local(MON, 7),
                                   wrong.event_id))
    missed = att.correct(Correction(wanjiru, "out", "Forgot to clock out", local(MON, 15)))
    assert fixed.source == "correction" and fixed.replaces_id == wrong.event_id
    with pytest.raises(ValidationError, match="already corrected"):
        att.correct(Correction(wanjiru, "void", "again", None, wrong.event_id))
    rows = att.punches(MON)
    assert [(r.id, r.effective) for r in rows] == [
        (fixed.id, True), (wrong.event_id, False), (missed.id, True)]
    original = next(r for r in rows if r.id == wrong.event_id)
    assert original.replaced_by_id == fixed.id
    summary = att.summary(MON, MON)
    assert (summary[0].worked_minutes, summary[0].late_count) == (450, 0)
    void = att.correct(Correction(wanjiru, "void", "Punched by mistake", None, missed.id))
    assert void.kind == "void"
    assert att.summary(MON, MON)[0].missing_punches == 1
    assert [r.id for r in att.punches(person_id=wanjiru)][-1] == void.id


def test_correct_refuses_bad_input(services: Services, wanjiru: int) -> None:
    att = services.attendance
    with pytest.raises(ValidationError, match="give the time"):
        att.correct(Correction(wanjiru, "in", "why"))
    with pytest.raises(ValidationError, match="future"):
        att.correct(Correction(wanjiru, "in", "why", NOW + timedelta(days=1)))
    with pytest.raises(ValidationError, match="choose the punch"):
        att.correct(Correction(wanjiru, "void", "why"))


def test_badges_assigned_once_and_never_reused(services: Services) -> None:
    a = add_person(services, "Achieng", "Odhiambo")
    b = add_person(services, "Baraka", "Mwangi")
    add_person(services, "Chebet", "Kiprop", stage="trainee")
    att = services.attendance
    done = att.assign_badges()
    assert (done.assigned, done.first, done.last) == (2, "B00001", "B00002")
    assert att.assign_badges().assigned == 0
    assert att.assign_badges(include_trainees=True).first == "B00003"
    with pytest.raises(BadgeTakenError, match="already the badge of Achieng Odhiambo"):
        att.set_badge(b, "b00001")
    assert att.set_badge(b, None).badge_no == "B00004"  # a lost badge: the next number
    assert att.set_badge(a, "KE-17").badge_no == "KE-17"
    new = add_person(services, "Dan", "Kariuki")
    assert new and att.assign_badges().first == "B00005"  # B00001 and B00002 are not reused
    listed = {r.name: r.badge_no for r in att.badges()}
    assert listed["Achieng Odhiambo"] == "KE-17" and listed["Dan Kariuki"] == "B00005"


def test_holidays_load_edit_delete(services: Services) -> None:
    att = services.attendance
    assert att.load_holidays(2026) == 12
    assert att.load_holidays(2026) == 0
    rows = att.holidays(2026)
    idd = next(r for r in rows if r.name.startswith("Idd-ul-Fitr"))
    assert "check" in idd.name
    moved = att.save_holiday(date(2026, 3, 21), "Idd-ul-Fitr", idd.id)
    assert moved.on == date(2026, 3, 21)
    with pytest.raises(ValidationError, match="already a holiday"):
        att.save_holiday(date(2026, 1, 1), "Another")
    extra = att.save_holiday(date(2026, 11, 13), "National Tree Growing Day")
    att.delete_holiday(extra.id)
    assert att.holiday_count(2026) == 12


def test_monthly_summary_figures(services: Services, wanjiru: int) -> None:
    otieno = add_person(services, "Otieno", "Ouma", "B00002")
    tue, wed = MON + timedelta(days=1), MON + timedelta(days=2)
    idd = date(2026, 3, 20)  # Idd-ul-Fitr: all of it is holiday overtime
    for d in (MON, tue, wed, idd):
        add_shift(services, wanjiru, d, 7)
    add_shift(services, otieno, date(2026, 3, 31), 22, brk=0, night=True)  # into April
    add_shift(services, otieno, date(2026, 2, 28), 22, brk=0, night=True)  # from February
    att = services.attendance
    att.load_holidays(2026)
    for when, kind in ((local(MON, 7, 20), "in"), (local(MON, 15, 30), "out"),
                       (local(tue, 6, 55), "in"), (local(tue, 15), "out"),
                       (local(idd, 7), "in"), (local(idd, 15), "out")):
        door(services, kind, "B00001", when)
    door(services, "in", "B00002", local(date(2026, 3, 31), 22))
    door(services, "out", "B00002", local(date(2026, 4, 1), 6, 30))
    with services.db.write() as s:
        s.add(Leave(person_id=wanjiru, kind="unpaid", starts_on=date(2026, 3, 23),
                    ends_on=date(2026, 3, 24)))
        s.add(Downtime(kind="power", starts_at=local(wed, 6), ends_at=local(wed, 16)))
    rows = att.summary(date(2026, 3, 1), date(2026, 3, 31))
    assert [r.name for r in rows] == ["Otieno Ouma", "Wanjiru Kamau"]
    o, w = rows
    assert (o.shifts_planned, o.worked_minutes, o.night_minutes, o.overtime_weekday_minutes) == (
        1, 510, 510, 30)
    assert (w.shifts_planned, w.planned_minutes, w.worked_minutes) == (4, 1800, 1360)
    assert (w.overtime_weekday_minutes, w.overtime_rest_minutes) == (30, 450)
    assert (w.late_count, w.late_minutes, w.absences, w.downtime_minutes) == (1, 20, 0, 480)
    assert (w.leave_days, w.unpaid_leave_days, w.national_id, w.badge_no) == (
        2, 2, "12345678", "B00001")
    only = att.summary(date(2026, 3, 1), date(2026, 3, 31), person_ids=[wanjiru])
    assert only == [w]
    services.ctx.actor = Actor(9, "sup", Role.VIEWER)
    assert att.summary(date(2026, 3, 1), date(2026, 3, 31))[1].national_id is None
    with pytest.raises(PermissionDeniedError):
        att.clock_in("B00001")
    with pytest.raises(PermissionDeniedError):
        att.assign_badges()


def test_summary_refuses_a_backwards_period(services: Services) -> None:
    with pytest.raises(ValidationError, match="before"):
        services.attendance.summary(date(2026, 3, 31), date(2026, 3, 1))


def test_export_summary(services: Services, wanjiru: int, tmp_path: Path) -> None:
    add_shift(services, wanjiru, MON, 7)
    att = services.attendance
    door(services, "in", "B00001", local(MON, 7))
    door(services, "out", "B00001", local(MON, 15))
    done = att.export_summary(tmp_path / "march.csv", date(2026, 3, 1), date(2026, 3, 31))
    lines = done.path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("name,national_id,badge_no,shifts_planned,planned_hours")
    assert lines[1].startswith("Wanjiru Kamau,12345678,B00001,1,7.5,7.5,")
    assert lines[2].startswith("Total,,,1,7.5,7.5")
    from openpyxl import load_workbook

    book = att.export_summary(tmp_path / "march.xlsx", date(2026, 3, 1), date(2026, 3, 31))
    sheet = load_workbook(book.path).active
    assert sheet is not None and sheet["A2"].value == "Wanjiru Kamau" and sheet["E2"].value == 7.5


def test_day_sheet(services: Services, wanjiru: int) -> None:
    add_shift(services, wanjiru, MON, 7)
    door(services, "in", "B00001", local(MON, 7, 30))
    door(services, "out", "B00001", local(MON, 15))
    rows = services.attendance.day_sheet(MON)
    assert [(r.name, r.status, r.late_minutes, r.worked_minutes) for r in rows] == [
        ("Wanjiru Kamau", "late", 30, 420)]

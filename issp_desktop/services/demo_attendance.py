"""The demo centre's attendance data (called inside the demo's one write transaction, after the
roster's demo): badge numbers for every worker, Kenya's public holidays for the years the demo
touches, and the door's punches for the shifts the roster demo planned up to ``now`` — mostly on
time, some late by 5–40 minutes, a few absences, a few forgotten clock-outs put right by a
supervisor's correction (with a reason), a few wrong punches replaced, some approved overtime,
and the people on shift right now clocked in."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlmodel import Session

from issp_desktop.db.models import ClockEvent, Person, PublicHoliday, Shift
from issp_desktop.domain.holidays import kenya_holidays
from issp_desktop.services.attendance_admin import AdminUseCases, badge_number

SUPERVISOR = "supervisor"
MISSED_OUT_REASONS = (
    "Forgot to clock out; left at the end of the shift (confirmed with the team lead)",
    "Scanner was off after the power cut; left on time",
    "Badge left at home; signed the paper register at the gate",
)
WRONG_IN_REASONS = (
    "Scanned a colleague's badge by mistake; arrived on time",
    "Clocked in at the wrong door PC (clock fast); real arrival from the CCTV log",
)


def _table(model: type) -> Any:
    return model.__table__  # type: ignore[attr-defined]


def build_demo(s: Session, seed: int, today: date, now: datetime) -> dict[str, int]:
    """Add this feature's demo rows; return counts by name for the demo summary."""
    rng = random.Random(seed * 67 + 11)
    badges = _badges(s, now)
    shifts = s.execute(select(Shift.id, Shift.person_id, Shift.starts_at, Shift.ends_at)
                       .where(Shift.starts_at < now).order_by(Shift.starts_at, Shift.id)).all()
    first_year = shifts[0][2].year if shifts else today.year
    holidays = _holidays(s, range(min(first_year, today.year), today.year + 2), now)
    next_id = (s.execute(select(func.max(ClockEvent.id))).scalar() or 0) + 1
    events: list[dict[str, Any]] = []
    approved: list[int] = []
    counts = {"absent": 0, "late": 0, "corrections": 0}

    def add(pid: int, kind: str, at: datetime, *, source: str = "kiosk",
            replaces: int | None = None, reason: str = "",
            recorded_at: datetime | None = None) -> int:
        nonlocal next_id
        events.append({"id": next_id, "person_id": pid, "kind": kind, "at": at,
                       "source": source, "replaces_id": replaces, "reason": reason,
                       "clock_warning": "", "recorded_at": recorded_at or at,
                       "recorded_by": SUPERVISOR})
        next_id += 1
        return next_id - 1

    for sid, pid, start, end in shifts:
        roll = rng.random()
        if roll < 0.035:
            counts["absent"] += 1
            continue
        late = roll < 0.16
        arrive = start + timedelta(minutes=rng.randint(5, 40) if late else rng.randint(-14, 6),
                               seconds=rng.randint(0, 59))
        counts["late"] += late
        if end > now:  # on shift right now
            if arrive < now:
                add(pid, "in", arrive)
            continue
        stay = rng.random()
        if stay < 0.04:
            approved.append(sid)
            leave = end + timedelta(minutes=rng.choice((60, 90, 120)), seconds=rng.randint(0, 59))
        elif stay < 0.10:
            leave = end + timedelta(minutes=rng.randint(12, 35), seconds=rng.randint(0, 59))
        elif stay < 0.13:
            leave = end - timedelta(minutes=rng.randint(15, 60))
        else:
            leave = end + timedelta(minutes=rng.randint(-4, 9), seconds=rng.randint(0, 59))
        fix = rng.random()
        if fix < 0.015:  # a wrong clock-in, replaced
            wrong = add(pid, "in", arrive + timedelta(minutes=rng.randint(45, 90)))
            add(pid, "in", arrive, source="correction", replaces=wrong,
                reason=rng.choice(WRONG_IN_REASONS), recorded_at=end + timedelta(hours=2))
            add(pid, "out", leave)
            counts["corrections"] += 1
        elif fix < 0.04:  # a forgotten clock-out, added the next day
            add(pid, "in", arrive)
            add(pid, "out", end, source="correction", reason=rng.choice(MISSED_OUT_REASONS),
                recorded_at=end + timedelta(hours=rng.randint(14, 20)))
            counts["corrections"] += 1
        else:
            add(pid, "in", arrive)
            add(pid, "out", leave)
    if events:
        s.execute(insert(_table(ClockEvent)), events)
    if approved:
        table = _table(Shift)
        s.execute(update(table).where(table.c.id == bindparam("sid")).values(
            overtime_approved=True), [{"sid": sid} for sid in approved])
    return {"badges": badges, "public_holidays": holidays, "clock_events": len(events),
            "absences": counts["absent"], "late_arrivals": counts["late"],
            "punch_corrections": counts["corrections"], "approved_overtime": len(approved)}


def _badges(s: Session, now: datetime) -> int:
    ids = list(s.execute(select(Person.id).where(
        Person.stage == "worker", Person.badge_no.is_(None), Person.erased_at.is_(None))
        .order_by(Person.enrolled_on, Person.id)).scalars())  # type: ignore[union-attr]
    if ids:
        start = AdminUseCases._highest_number(s) + 1
        table = _table(Person)
        s.execute(update(table).where(table.c.id == bindparam("pid")).values(
            badge_no=bindparam("badge"), updated_at=now),
            [{"pid": pid, "badge": badge_number(start + i)} for i, pid in enumerate(ids)])
    return len(ids)


def _holidays(s: Session, years: range, now: datetime) -> int:
    taken = set(s.execute(select(PublicHoliday.on)).scalars())
    rows = [{"on": h.on, "name": h.name + (f" ({h.note})" if h.note else ""),
             "recorded_at": now, "recorded_by": "system"}
            for year in years for h in kenya_holidays(year) if h.on not in taken]
    if rows:
        s.execute(insert(_table(PublicHoliday)), rows)
    return len(rows)

"""The demo centre's roster data (called inside the demo's one write transaction).

Every worker gets two months of shifts up to ``today`` and the coming week: a morning team and
an evening team that change over every week, a night team on five nights a week, two rest days
each (staggered so the floor is covered every day). On top: annual and sick leave (no shifts on
those days), a few swaps, a few doubles accepted with an override reason (too little rest), and
a handful of outages (power cuts of 1–3 h, an internet outage, a client-platform outage)."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import (
    Downtime,
    Leave,
    Person,
    RosterSettings,
    Shift,
    ShiftSwap,
    ShiftTemplate,
)
from issp_desktop.domain.roster import local_start, monday_of
from issp_desktop.services.roster_base import DEFAULT_TEMPLATES, centre_zone

WEEKS_BACK = 9
DOUBLE_REASON = ("Covered a colleague's absence during the client's month-end peak; "
                 "agreed with the worker")
SWAP_REASONS = ("Family event", "Clinic appointment", "Exam at college", "Church meeting")
APPROVERS = ("Peter Otieno", "Grace Wanjirũ")


def _table(model: type) -> Any:
    return model.__table__  # type: ignore[attr-defined]


def build_demo(s: Session, seed: int, today: date, now: datetime) -> dict[str, int]:
    """Add this feature's demo rows; return counts by name for the demo summary."""
    rng = random.Random(seed * 53 + 5)
    tz = centre_zone(s)
    s.execute(insert(_table(RosterSettings)), [{
        "id": 1, "min_rest_hours": 8, "max_week_hours": 52, "max_week_hours_night": 60,
        "grace_minutes": 10, "early_leave_minutes": 10, "clock_jump_hours": 72,
        "payroll_locked_through": None, "updated_at": now, "updated_by": "system",
        "version": 1}])
    base_t = (s.execute(select(func.max(ShiftTemplate.id))).scalar() or 0) + 1
    templates = [dict(t, id=base_t + i, uid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                      active=True, created_at=now, updated_at=now, updated_by="system",
                      version=1) for i, t in enumerate(DEFAULT_TEMPLATES)]
    s.execute(insert(_table(ShiftTemplate)), templates)
    morning, evening, night = templates
    workers = list(s.execute(select(Person.id).where(Person.stage == "worker",
                                                     Person.erased_at.is_(None))
                             .order_by(Person.id)).scalars())  # type: ignore[union-attr]
    first = monday_of(today) - timedelta(weeks=WEEKS_BACK - 1)
    last = monday_of(today) + timedelta(days=13)  # this week and the coming one
    leave_rows, on_leave = _leave(rng, workers, first, today, now)
    shifts: list[dict[str, Any]] = []
    next_id = (s.execute(select(func.max(Shift.id))).scalar() or 0) + 1
    doubles = 0
    for n, pid in enumerate(workers):
        team = "night" if n % 7 == 3 else ("a" if n % 2 else "b")
        rest = rng.choice([(5, 6), (5, 6), (0, 1), (2, 3), (3, 4), (6, 0)])
        day = first
        while day <= last:
            week = (day - first).days // 7
            rotation = (evening, morning) if team == "a" else (morning, evening)
            t = night if team == "night" else rotation[week % 2]
            if day.weekday() not in rest and (pid, day) not in on_leave:
                shifts.append(_shift(next_id, pid, day, t, tz, now, rng))
                next_id += 1
                if (doubles < 4 and t is morning and day < today and day.weekday() == 4
                        and 5 in rest and rng.random() < 0.05):
                    shifts.append(_shift(next_id, pid, day, night, tz, now, rng,
                                         note="Double: cover", reason=DOUBLE_REASON))
                    next_id += 1
                    doubles += 1
            day += timedelta(days=1)
    swaps = _swaps(rng, shifts, today, tz, now)
    for start in range(0, len(shifts), 5000):
        s.execute(insert(_table(Shift)), shifts[start:start + 5000])
    if swaps:
        s.execute(insert(_table(ShiftSwap)), swaps)
    if leave_rows:
        s.execute(insert(_table(Leave)), leave_rows)
    downtime = _downtime(rng, first, today, tz, now)
    s.execute(insert(_table(Downtime)), downtime)
    return {"shift_templates": len(templates), "shifts": len(shifts), "shift_swaps": len(swaps),
            "leave_records": len(leave_rows), "downtime_events": len(downtime)}


def _shift(sid: int, pid: int, day: date, t: dict[str, Any], tz: Any, now: datetime,
           rng: random.Random, note: str = "", reason: str = "") -> dict[str, Any]:
    start = local_start(day, t["start_minute"], tz)
    return {"id": sid, "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "person_id": pid, "template_id": t["id"], "starts_at": start,
            "ends_at": start + timedelta(minutes=t["length_minutes"]),
            "break_minutes": t["break_minutes"], "is_night": t["is_night"], "note": note,
            "override_reason": reason, "overtime_approved": False, "created_at": now,
            "created_by": "supervisor", "updated_at": now, "updated_by": "supervisor",
            "version": 1}


def _leave(rng: random.Random, workers: list[int], first: date, today: date,
           now: datetime) -> tuple[list[dict[str, Any]], set[tuple[int, date]]]:
    rows: list[dict[str, Any]] = []
    days: set[tuple[int, date]] = set()
    span = (today - first).days + 10
    for pid in workers:
        plans = []
        if rng.random() < 0.15:
            plans.append(("annual", rng.randrange(span - 5), rng.choice([3, 5, 5, 7]),
                          "Annual leave"))
        if rng.random() < 0.2:
            plans.append(("sick", rng.randrange(span - 10), rng.choice([1, 1, 2, 3]),
                          "Sick note from the clinic"))
        if rng.random() < 0.02:
            plans.append(("unpaid", rng.randrange(span - 10), 2, "Family matter"))
        taken: set[date] = set()
        for kind, offset, length, note in plans:
            start = first + timedelta(days=offset)
            dates = {start + timedelta(days=i) for i in range(length)}
            if dates & taken:
                continue
            taken |= dates
            days |= {(pid, d) for d in dates}
            rows.append({"person_id": pid, "kind": kind, "starts_on": start,
                         "ends_on": start + timedelta(days=length - 1), "note": note,
                         "recorded_at": now, "recorded_by": "supervisor", "version": 1})
    return rows, days


def _swaps(rng: random.Random, shifts: list[dict[str, Any]], today: date, tz: Any,
           now: datetime) -> list[dict[str, Any]]:
    """A few same-day exchanges of a morning and an evening shift between two workers (the
    shift rows already show the exchanged holders)."""
    by_day: dict[date, list[dict[str, Any]]] = {}
    for sh in shifts:
        if not sh["override_reason"]:
            by_day.setdefault(sh["starts_at"].astimezone(tz).date(), []).append(sh)
    days = sorted(d for d in by_day if d < today and d.weekday() in (1, 2, 3))
    rows: list[dict[str, Any]] = []
    for day in rng.sample(days, min(5, len(days))):
        mornings = [x for x in by_day[day] if x["starts_at"].astimezone(tz).hour == 7]
        evenings = [x for x in by_day[day] if x["starts_at"].astimezone(tz).hour == 15]
        if not mornings or not evenings:
            continue
        a, b = rng.choice(mornings), rng.choice(evenings)
        a["person_id"], b["person_id"] = b["person_id"], a["person_id"]
        rows.append({"shift_a_id": a["id"], "shift_b_id": b["id"],
                     "person_a_id": b["person_id"], "person_b_id": a["person_id"],
                     "approved_by": rng.choice(APPROVERS), "reason": rng.choice(SWAP_REASONS),
                     "swapped_at": now - timedelta(days=(today - day).days + 2),
                     "recorded_by": "supervisor"})
    return rows


def _downtime(rng: random.Random, first: date, today: date, tz: Any,
              now: datetime) -> list[dict[str, Any]]:
    events = [("power", rng.randint(60, 180), "KPLC power cut; generator failed to start"),
              ("power", rng.randint(60, 180), "KPLC power cut"),
              ("power", rng.randint(60, 180), "Power cut across the estate"),
              ("power", rng.randint(60, 120), "Power cut; UPS drained"),
              ("internet", rng.randint(180, 300), "Fibre cut on the main road (ISP ticket)"),
              ("platform", rng.randint(45, 90), "Client annotation platform down")]
    span = (today - first).days - 1
    rows = []
    for kind, minutes, note in events:
        day = first + timedelta(days=rng.randrange(span))
        start = local_start(day, rng.randint(8 * 60, 20 * 60), tz)
        rows.append({"kind": kind, "starts_at": start,
                     "ends_at": start + timedelta(minutes=minutes), "paid": kind != "platform",
                     "note": note, "recorded_at": min(now, start + timedelta(hours=6)),
                     "recorded_by": "supervisor", "version": 1})
    return sorted(rows, key=lambda r: r["starts_at"])


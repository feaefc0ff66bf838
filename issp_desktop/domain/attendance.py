"""Attendance derived from the roster and the door's clock events. Pure rules, no I/O.

Inputs are plain rows: planned shifts, clock events (punches, with corrections), leave,
downtime and public holidays. Output, per shift: what happened (on time, late, left early,
absent, on leave, …) and the minutes that count; per person and period: the totals payroll
reads. All figures are whole minutes; instants are UTC-aware, days are the centre's local days.

The rules (each has a unit test with exact minutes):

* **Effective punches.** A punch replaced by a correction (``replaces_id``) no longer counts; a
  ``void`` correction cancels the punch it names and counts as nothing itself. The originals
  stay in the database and on screen.
* **Presence.** Effective punches in time order pair up ``in`` → ``out``. An ``in`` followed by
  another ``in`` is a *missing clock-out*; an ``out`` with no ``in`` before it is a *missing
  clock-in*; a pair further apart than ``MAX_PAIR`` (24 h) counts as both.
* **Which shift.** A stretch of presence that overlaps one or more planned shifts belongs to
  them: cut at each later shift's start, the part before a shift's start is its early arrival
  and the part after its end its late stay. Presence that overlaps no planned shift is
  *unplanned work*. A day belongs to the local date on which the shift (or the unplanned
  stretch) starts, so a night shift crossing midnight or a month end counts whole for the day
  it starts.
* **Worked minutes** are the minutes that count: presence inside the planned shift, less the
  shift's break (taken in full, never below zero), plus overtime. Early arrival counts only
  when the shift's overtime is approved.
* **Overtime** is presence after the planned end; with ``overtime_approved`` presence before the
  planned start counts too. On a **rest day or public holiday** every worked minute of the shift
  is *rest-day/holiday overtime* (Kenyan wage orders pay time worked on the normal rest day and
  on public holidays at double rate; DOMAIN.md "hours"); on other days only the overtime is,
  as *weekday overtime*. The rest day is Sunday (``REST_WEEKDAYS``), the customary weekly rest
  day in Kenya (Employment Act s.27 requires one rest day in seven); a shift's day is the
  local date of its start.
* **Unplanned work** is reported apart (``unplanned_minutes``) and counted neither as worked
  time nor as overtime until a supervisor plans a shift for it (overtime needs approval).
* **Late**: the first clock-in of a shift later than its start by more than ``grace_minutes``;
  the lateness is counted from the start, less any downtime inside it. **Left early**: the
  last clock-out earlier than the end by more than ``early_leave_minutes``, less downtime.
* **Absent**: a planned shift that has ended with no punch at all, not on recorded leave (leave
  covers shifts starting on its days), and not wholly inside recorded downtime (then its status
  is *downtime*, not held against the worker).
* **Night minutes**: worked minutes between 19:00 and 06:00 local time; for a shift flagged as a
  night shift (``is_night``) every worked minute is a night minute. Measured on the clock and
  capped at the shift's worked minutes (the break is not placed anywhere in particular).
* **Downtime minutes**: minutes of the planned shift that fall inside recorded downtime
  (ongoing downtime counts up to ``now``), whether or not the worker was there; the unpaid part
  (downtime recorded as not paid) is also given apart.
* **Leave days**: calendar days inside the period covered by the person's leave, each day once;
  unpaid leave days apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

REST_WEEKDAYS: frozenset[int] = frozenset({6})  # Sunday (Monday is 0)
NIGHT_START = time(19, 0)
NIGHT_END = time(6, 0)
MAX_PAIR = timedelta(hours=24)  # an in/out pair further apart is two missed punches
OPEN_IN_BEFORE = timedelta(hours=4)  # an unpaired clock-in this early still belongs to a shift
STRAY_OUT_AFTER = timedelta(hours=4)  # an unpaired clock-out this late still belongs to a shift


class Status(StrEnum):
    ON_TIME = "on time"
    LATE = "late"
    LEFT_EARLY = "left early"
    LATE_LEFT_EARLY = "late, left early"
    ABSENT = "absent"
    ON_LEAVE = "on leave"
    DOWNTIME = "downtime"  # absent, but the whole shift was inside recorded downtime
    NO_CLOCK_OUT = "no clock-out"
    NO_CLOCK_IN = "no clock-in"
    IN_PROGRESS = "in progress"
    UPCOMING = "upcoming"
    UNPLANNED = "unplanned"


@dataclass(frozen=True)
class PlannedShift:
    id: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    break_minutes: int = 0
    is_night: bool = False
    overtime_approved: bool = False


@dataclass(frozen=True)
class Punch:
    id: int
    person_id: int
    kind: str  # in | out | void
    at: datetime
    replaces_id: int | None = None


@dataclass(frozen=True)
class LeaveSpan:
    person_id: int
    kind: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class DowntimeSpan:
    starts_at: datetime
    ends_at: datetime | None  # None while ongoing
    paid: bool = True


@dataclass(frozen=True)
class Rules:
    time_zone: str = "Africa/Nairobi"
    grace_minutes: int = 10
    early_leave_minutes: int = 10
    rest_weekdays: frozenset[int] = REST_WEEKDAYS

    @property
    def tz(self) -> ZoneInfo:
        return _zone(self.time_zone)


_ZONES: dict[str, ZoneInfo] = {}


def _zone(name: str) -> ZoneInfo:
    found = _ZONES.get(name)
    if found is None:
        found = _ZONES[name] = ZoneInfo(name)
    return found


@dataclass(frozen=True)
class ShiftResult:
    shift_id: int
    person_id: int
    day: date  # local date of the shift's start
    status: Status
    planned_minutes: int
    worked_minutes: int  # normal + overtime
    normal_minutes: int
    overtime_minutes: int  # beyond the plan (after the end; before the start if approved)
    rest_day: bool  # a rest day or public holiday: all worked minutes are rest-day overtime
    overtime_weekday_minutes: int
    overtime_rest_minutes: int
    night_minutes: int
    downtime_minutes: int
    unpaid_downtime_minutes: int
    late_minutes: int  # 0 unless late
    early_leave_minutes: int  # 0 unless left early
    first_in: datetime | None
    last_out: datetime | None
    missing_punches: int


@dataclass(frozen=True)
class UnplannedWork:
    person_id: int
    day: date
    starts_at: datetime
    ends_at: datetime | None  # None: a clock-in never closed
    minutes: int


@dataclass
class PersonAttendance:
    person_id: int
    shifts: list[ShiftResult] = field(default_factory=list)
    unplanned: list[UnplannedWork] = field(default_factory=list)
    stray_punches: int = 0  # unpaired punches that belong to no shift


@dataclass(frozen=True)
class Totals:
    """A person's figures for a period (whole minutes and counts)."""

    shifts_planned: int = 0
    planned_minutes: int = 0
    worked_minutes: int = 0
    overtime_weekday_minutes: int = 0
    overtime_rest_minutes: int = 0
    night_minutes: int = 0
    downtime_minutes: int = 0
    unpaid_downtime_minutes: int = 0
    unplanned_minutes: int = 0
    late_count: int = 0
    late_minutes: int = 0
    left_early_count: int = 0
    absences: int = 0
    missing_punches: int = 0
    leave_days: int = 0
    unpaid_leave_days: int = 0


# --- intervals ---------------------------------------------------------------------------------

Span = tuple[datetime, datetime]


def merge(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def overlap_seconds(a: datetime, b: datetime, merged: Sequence[Span]) -> int:
    """Seconds of [a, b) inside the merged, sorted spans."""
    if b <= a or not merged:
        return 0
    total = 0.0
    for x, y in merged:
        if x >= b:
            break
        if y <= a:
            continue
        total += (min(b, y) - max(a, x)).total_seconds()
    return int(total)


def night_seconds(a: datetime, b: datetime, tz: ZoneInfo) -> int:
    """Seconds of [a, b) between 19:00 and 06:00 local time."""
    if b <= a:
        return 0
    total = 0.0
    day = a.astimezone(tz).date() - timedelta(days=1)
    last = b.astimezone(tz).date()
    while day <= last:
        start = datetime.combine(day, NIGHT_START, tz)
        end = datetime.combine(day + timedelta(days=1), NIGHT_END, tz)
        lo, hi = max(a, start), min(b, end)
        if hi > lo:
            total += (hi - lo).total_seconds()
        day += timedelta(days=1)
    return int(total)


def _secs(a: datetime, b: datetime) -> int:
    return max(0, int((b - a).total_seconds()))


# --- punches -----------------------------------------------------------------------------------

def effective_punches(punches: Iterable[Punch]) -> list[Punch]:
    """Punches that count, in time order: not replaced by a correction, not voids."""
    rows = list(punches)
    replaced = {p.replaces_id for p in rows if p.replaces_id is not None}
    kept = [p for p in rows if p.id not in replaced and p.kind in ("in", "out")]
    kept.sort(key=lambda p: (p.at, 0 if p.kind == "out" else 1, p.id))
    return kept


@dataclass
class Presence:
    closed: list[Span] = field(default_factory=list)
    open_ins: list[datetime] = field(default_factory=list)  # clock-ins never closed
    stray_outs: list[datetime] = field(default_factory=list)  # clock-outs with no clock-in


def presence(effective: Sequence[Punch]) -> Presence:
    """Pair one person's effective punches (in time order) into stretches of presence."""
    found = Presence()
    open_in: datetime | None = None
    for p in effective:
        if p.kind == "in":
            if open_in is not None:
                found.open_ins.append(open_in)
            open_in = p.at
        elif open_in is None:
            found.stray_outs.append(p.at)
        elif p.at - open_in > MAX_PAIR:
            found.open_ins.append(open_in)
            found.stray_outs.append(p.at)
            open_in = None
        else:
            found.closed.append((open_in, p.at))
            open_in = None
    if open_in is not None:
        found.open_ins.append(open_in)
    return found


# --- one person ------------------------------------------------------------------------------

@dataclass
class _Attached:
    pieces: list[Span] = field(default_factory=list)
    open_ins: list[datetime] = field(default_factory=list)
    stray_outs: list[datetime] = field(default_factory=list)


def _covering(d: date, leaves: Sequence[LeaveSpan]) -> bool:
    return any(lv.starts_on <= d <= lv.ends_on for lv in leaves)


def derive_person(person_id: int, shifts: Sequence[PlannedShift], punches: Iterable[Punch],
                  leaves: Sequence[LeaveSpan], downtime: Sequence[DowntimeSpan],
                  holidays: set[date] | frozenset[date], rules: Rules,
                  now: datetime) -> PersonAttendance:
    """Every shift's result and the unplanned work of one person."""
    tz = rules.tz
    plan = sorted(shifts, key=lambda s: s.starts_at)
    starts = [s.starts_at for s in plan]
    attached = [_Attached() for _ in plan]
    result = PersonAttendance(person_id)
    seen = presence(effective_punches(punches))

    for a, b in seen.closed:
        hi = bisect.bisect_left(starts, b)  # shifts starting before b
        lo = hi
        while lo > 0 and plan[lo - 1].ends_at > a:
            lo -= 1
        if lo == hi:
            local = a.astimezone(tz)
            result.unplanned.append(UnplannedWork(person_id, local.date(), a, b,
                                                  _secs(a, b) // 60))
            continue
        for k in range(lo, hi):
            piece_start = a if k == lo else max(a, plan[k].starts_at)
            piece_end = b if k == hi - 1 else min(b, plan[k + 1].starts_at)
            if piece_end > piece_start:
                attached[k].pieces.append((piece_start, piece_end))
    for t in seen.open_ins:
        k = next((i for i, s in enumerate(plan)
                  if s.starts_at - OPEN_IN_BEFORE <= t < s.ends_at), None)
        if k is None:
            result.unplanned.append(UnplannedWork(person_id, t.astimezone(tz).date(), t, None, 0))
            result.stray_punches += 1
        else:
            attached[k].open_ins.append(t)
    for t in seen.stray_outs:
        k = next((i for i, s in enumerate(plan)
                  if s.starts_at < t <= s.ends_at + STRAY_OUT_AFTER), None)
        if k is None:
            result.stray_punches += 1
        else:
            attached[k].stray_outs.append(t)

    all_down = merge((d.starts_at, d.ends_at or now) for d in downtime)
    unpaid_down = merge((d.starts_at, d.ends_at or now) for d in downtime if not d.paid)
    for shift, got in zip(plan, attached, strict=True):
        result.shifts.append(_shift_result(shift, got, leaves, all_down, unpaid_down, holidays,
                                           rules, tz, now))
    return result


def _shift_result(shift: PlannedShift, got: _Attached, leaves: Sequence[LeaveSpan],
                  all_down: list[Span], unpaid_down: list[Span], holidays: set[date] |
                  frozenset[date], rules: Rules, tz: ZoneInfo, now: datetime) -> ShiftResult:
    start, end = shift.starts_at, shift.ends_at
    day = start.astimezone(tz).date()
    rest_day = day.weekday() in rules.rest_weekdays or day in holidays
    planned = max(0, _secs(start, end) // 60 - shift.break_minutes)
    down = overlap_seconds(start, end, all_down) // 60
    unpaid = overlap_seconds(start, end, unpaid_down) // 60
    pieces = sorted(got.pieces)
    inside = sum(_secs(max(a, start), min(b, end)) for a, b in pieces)
    after = sum(_secs(max(a, end), b) for a, b in pieces)
    before = sum(_secs(a, min(b, start)) for a, b in pieces)
    inside_min = inside // 60
    normal = max(0, inside_min - shift.break_minutes) if pieces else 0
    overtime = (after + (before if shift.overtime_approved else 0)) // 60
    worked = normal + overtime
    if shift.is_night:
        night = worked
    else:
        clock = 0
        for a, b in pieces:
            lo = a if shift.overtime_approved else max(a, start)
            clock += night_seconds(lo, b, tz)
        night = min(worked, clock // 60)
    ins = [a for a, _ in pieces] + got.open_ins
    outs = [b for _, b in pieces] + got.stray_outs
    first_in = min(ins) if ins else None
    last_out = max(outs) if outs else None
    late = 0
    if first_in is not None and first_in > start:
        late_secs = _secs(start, first_in) - overlap_seconds(start, first_in, all_down)
        if late_secs > rules.grace_minutes * 60:
            late = late_secs // 60
    early = 0
    complete = not got.open_ins and not got.stray_outs and bool(pieces)
    if complete and last_out is not None and last_out < end:
        early_secs = _secs(last_out, end) - overlap_seconds(last_out, end, all_down)
        if early_secs > rules.early_leave_minutes * 60:
            early = early_secs // 60
    missing = len(got.open_ins) + len(got.stray_outs)
    status = _status(shift, pieces, got, late, early, leaves, down, now, day)
    return ShiftResult(
        shift.id, shift.person_id, day, status, planned, worked, normal, overtime, rest_day,
        0 if rest_day else overtime, worked if rest_day else 0, night, down, unpaid, late,
        early, first_in, last_out, missing)


def _status(shift: PlannedShift, pieces: list[Span], got: _Attached, late: int, early: int,
            leaves: Sequence[LeaveSpan], down: int, now: datetime, day: date) -> Status:
    punched = bool(pieces or got.open_ins or got.stray_outs)
    if punched:
        if got.stray_outs and not pieces and not got.open_ins:
            return Status.NO_CLOCK_IN
        if got.open_ins:
            return Status.IN_PROGRESS if now < shift.ends_at else Status.NO_CLOCK_OUT
        if got.stray_outs:
            return Status.NO_CLOCK_IN
        if late and early:
            return Status.LATE_LEFT_EARLY
        if late:
            return Status.LATE
        if early:
            return Status.LEFT_EARLY
        return Status.ON_TIME
    if _covering(day, leaves):
        return Status.ON_LEAVE
    if now < shift.starts_at:
        return Status.UPCOMING
    if now < shift.ends_at:
        return Status.IN_PROGRESS
    if down > 0 and down >= _secs(shift.starts_at, shift.ends_at) // 60:
        return Status.DOWNTIME
    return Status.ABSENT


# --- a period --------------------------------------------------------------------------------

def leave_days(leaves: Sequence[LeaveSpan], start: date, end: date) -> tuple[int, int]:
    """(all leave days, unpaid leave days) inside [start, end], each calendar day once."""
    days: set[date] = set()
    unpaid: set[date] = set()
    for lv in leaves:
        d = max(lv.starts_on, start)
        last = min(lv.ends_on, end)
        while d <= last:
            days.add(d)
            if lv.kind == "unpaid":
                unpaid.add(d)
            d += timedelta(days=1)
    return len(days), len(unpaid)


def totals(found: PersonAttendance, leaves: Sequence[LeaveSpan], start: date,
           end: date) -> Totals:
    """Add up one person's shifts (and unplanned work) whose day is inside [start, end]."""
    acc = dict.fromkeys(Totals.__dataclass_fields__, 0)
    for r in found.shifts:
        if not start <= r.day <= end:
            continue
        acc["shifts_planned"] += 1
        acc["planned_minutes"] += r.planned_minutes
        acc["worked_minutes"] += r.worked_minutes
        acc["overtime_weekday_minutes"] += r.overtime_weekday_minutes
        acc["overtime_rest_minutes"] += r.overtime_rest_minutes
        acc["night_minutes"] += r.night_minutes
        acc["downtime_minutes"] += r.downtime_minutes
        acc["unpaid_downtime_minutes"] += r.unpaid_downtime_minutes
        acc["missing_punches"] += r.missing_punches
        if r.late_minutes:
            acc["late_count"] += 1
            acc["late_minutes"] += r.late_minutes
        if r.early_leave_minutes:
            acc["left_early_count"] += 1
        if r.status is Status.ABSENT:
            acc["absences"] += 1
    for u in found.unplanned:
        if start <= u.day <= end:
            acc["unplanned_minutes"] += u.minutes
    acc["leave_days"], acc["unpaid_leave_days"] = leave_days(leaves, start, end)
    return Totals(**acc)


def local_day_bounds(start: date, end: date, tz_name: str) -> tuple[datetime, datetime]:
    """UTC instants of the local midnight starting ``start`` and the one after ``end``."""
    tz = _zone(tz_name)
    lo = datetime.combine(start, time(0), tz).astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time(0), tz).astimezone(UTC)
    return lo, hi


def instant_status(kind: str, at: datetime, shift: PlannedShift | None, rules: Rules) -> str:
    """What the door says right after a punch: "on time", "late 12 min", "left early 20 min",
    "overtime 15 min" or "unplanned" (no shift around that time)."""
    if shift is None:
        return Status.UNPLANNED.value
    if kind == "in":
        late = _secs(shift.starts_at, at) // 60
        return f"late {late} min" if late > rules.grace_minutes else Status.ON_TIME.value
    early = _secs(at, shift.ends_at) // 60
    if early > rules.early_leave_minutes:
        return f"left early {early} min"
    extra = _secs(shift.ends_at, at) // 60
    return f"overtime {extra} min" if extra > 0 else Status.ON_TIME.value

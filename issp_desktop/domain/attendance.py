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
  is *rest-day/holiday overtime* (Kenyan wage orders pay time worked on the weekly rest day and
  on public holidays at double rate; DOMAIN.md "hours"); on other days only the overtime is,
  as *weekday overtime*. A shift's day is the local date of its start.
* **Rest day.** The Employment Act (s.27) gives every worker one rest day in each period of
  seven days. Centres like this one stagger rest days across the week (the floor is covered
  every day), so the rest day is the person's own, not Sunday for all: a shift counts as worked
  on the rest day when the roster gave the person no free day in that Monday–Sunday week — then
  the shifts of the week's last day (Sunday) are the rest day worked. A week with at least one
  free day has no rest-day work; an extra shift that takes the last free day away makes that
  week's Sunday shifts rest-day work.
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

NIGHT_START = time(19, 0)
NIGHT_END = time(6, 0)
MAX_PAIR = timedelta(hours=24)  # an in/out pair further apart is two missed punches
_DAY = timedelta(days=1)
_NIGHT_FROM = timedelta(hours=NIGHT_START.hour, minutes=NIGHT_START.minute)
_NIGHT_TO = _DAY + timedelta(hours=NIGHT_END.hour, minutes=NIGHT_END.minute)
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
    """Seconds of [a, b) between 19:00 and 06:00 local time (the offset at ``a`` is used for
    the whole stretch: a daylight-saving change inside one shift moves it by that hour)."""
    if b <= a:
        return 0
    offset = a.astimezone(tz).utcoffset() or timedelta(0)
    lo = (a + offset).replace(tzinfo=None)
    hi = (b + offset).replace(tzinfo=None)
    total = 0.0
    day = datetime.combine(lo.date(), time(0)) - _DAY
    while day <= hi:
        start, end = day + _NIGHT_FROM, day + _NIGHT_TO
        if end > lo and start < hi:
            total += (min(hi, end) - max(lo, start)).total_seconds()
        day += _DAY
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
# Inside, instants are whole POSIX seconds (ints): a month of a thousand people is some 25,000
# shifts, and integer arithmetic keeps the summary well inside a second.

ISpan = tuple[int, int]


def _ts(d: datetime) -> int:
    return int(d.timestamp())


def _utc(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _overlap(a: int, b: int, merged: Sequence[ISpan]) -> int:
    total = 0
    for x, y in merged:
        if x >= b:
            break
        if y > a:
            total += min(b, y) - max(a, x)
    return total


def _night(a: int, b: int, offset: int) -> int:
    """Seconds of [a, b) between 19:00 and 06:00 local time (``offset``: local − UTC)."""
    lo, hi = a + offset, b + offset
    total = 0
    day = lo // 86400 * 86400 - 86400
    while day <= hi:
        start, end = day + 19 * 3600, day + 30 * 3600
        if end > lo and start < hi:
            total += min(hi, end) - max(lo, start)
        day += 86400
    return total


@dataclass
class _Attached:
    pieces: list[ISpan] = field(default_factory=list)
    open_ins: list[int] = field(default_factory=list)
    stray_outs: list[int] = field(default_factory=list)


def _covering(d: date, leaves: Sequence[LeaveSpan]) -> bool:
    return any(lv.starts_on <= d <= lv.ends_on for lv in leaves)


def _int_merge(spans: Iterable[ISpan]) -> list[ISpan]:
    out: list[ISpan] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def derive_person(person_id: int, shifts: Sequence[PlannedShift], punches: Iterable[Punch],
                  leaves: Sequence[LeaveSpan], downtime: Sequence[DowntimeSpan],
                  holidays: set[date] | frozenset[date], rules: Rules,
                  now: datetime) -> PersonAttendance:
    """Every shift's result and the unplanned work of one person."""
    tz = rules.tz
    now_ts = _ts(now)
    plan = sorted(shifts, key=lambda s: s.starts_at)
    starts = [_ts(s.starts_at) for s in plan]
    ends = [_ts(s.ends_at) for s in plan]
    attached = [_Attached() for _ in plan]
    result = PersonAttendance(person_id)
    seen = presence(effective_punches(punches))
    before, after = int(OPEN_IN_BEFORE.total_seconds()), int(STRAY_OUT_AFTER.total_seconds())

    for a_dt, b_dt in seen.closed:
        a, b = _ts(a_dt), _ts(b_dt)
        hi = bisect.bisect_left(starts, b)  # shifts starting before b
        lo = hi
        while lo > 0 and ends[lo - 1] > a:
            lo -= 1
        if lo == hi:
            result.unplanned.append(UnplannedWork(person_id, a_dt.astimezone(tz).date(), a_dt,
                                                  b_dt, max(0, b - a) // 60))
            continue
        for k in range(lo, hi):
            piece_start = a if k == lo else max(a, starts[k])
            piece_end = b if k == hi - 1 else min(b, starts[k + 1])
            if piece_end > piece_start:
                attached[k].pieces.append((piece_start, piece_end))
    for t_dt in seen.open_ins:
        t = _ts(t_dt)
        k = next((i for i, (s, e) in enumerate(zip(starts, ends, strict=True))
                  if s - before <= t < e), None)
        if k is None:
            result.unplanned.append(
                UnplannedWork(person_id, t_dt.astimezone(tz).date(), t_dt, None, 0))
            result.stray_punches += 1
        else:
            attached[k].open_ins.append(t)
    for t_dt in seen.stray_outs:
        t = _ts(t_dt)
        k = next((i for i, (s, e) in enumerate(zip(starts, ends, strict=True))
                  if s < t <= e + after), None)
        if k is None:
            result.stray_punches += 1
        else:
            attached[k].stray_outs.append(t)

    all_down = _int_merge((_ts(d.starts_at), _ts(d.ends_at or now)) for d in downtime)
    unpaid_down = _int_merge((_ts(d.starts_at), _ts(d.ends_at or now))
                             for d in downtime if not d.paid)
    local = [s.starts_at.astimezone(tz) for s in plan]
    days = [d.date() for d in local]
    rest = rest_days_worked(days)
    for i, shift in enumerate(plan):
        day = days[i]
        offset = local[i].utcoffset()
        result.shifts.append(_shift_result(
            shift, starts[i], ends[i], attached[i], day, day in rest or day in holidays,
            int(offset.total_seconds()) if offset else 0, leaves, all_down, unpaid_down,
            rules, now_ts))
    return result


def rest_days_worked(days: Iterable[date]) -> set[date]:
    """The days worked on the weekly rest day: the Sunday of each Monday–Sunday week in which
    the person has a shift on all seven days (see the module's docstring)."""
    weeks: dict[date, set[date]] = {}
    for d in days:
        weeks.setdefault(d - timedelta(days=d.weekday()), set()).add(d)
    return {monday + timedelta(days=6) for monday, worked in weeks.items() if len(worked) == 7}


def _shift_result(shift: PlannedShift, start: int, end: int, got: _Attached, day: date,
                  rest_day: bool, offset: int, leaves: Sequence[LeaveSpan],
                  all_down: list[ISpan], unpaid_down: list[ISpan], rules: Rules,
                  now: int) -> ShiftResult:
    planned = max(0, (end - start) // 60 - shift.break_minutes)
    down = _overlap(start, end, all_down) // 60 if all_down else 0
    unpaid = _overlap(start, end, unpaid_down) // 60 if unpaid_down else 0
    pieces = sorted(got.pieces)
    inside = after = early_part = 0
    night_clock = 0
    for a, b in pieces:
        inside += max(0, min(b, end) - max(a, start))
        after += max(0, b - max(a, end))
        early_part += max(0, min(b, start) - a)
        if not shift.is_night:
            night_clock += _night(a if shift.overtime_approved else max(a, start), b, offset)
    normal = max(0, inside // 60 - shift.break_minutes) if pieces else 0
    overtime = (after + (early_part if shift.overtime_approved else 0)) // 60
    worked = normal + overtime
    night = worked if shift.is_night else min(worked, night_clock // 60)
    ins = [a for a, _ in pieces] + got.open_ins
    outs = [b for _, b in pieces] + got.stray_outs
    first_in = min(ins) if ins else None
    last_out = max(outs) if outs else None
    late = 0
    if first_in is not None and first_in > start:
        late_secs = first_in - start - (_overlap(start, first_in, all_down) if all_down else 0)
        if late_secs > rules.grace_minutes * 60:
            late = late_secs // 60
    early = 0
    complete = not got.open_ins and not got.stray_outs and bool(pieces)
    if complete and last_out is not None and last_out < end:
        early_secs = end - last_out - (_overlap(last_out, end, all_down) if all_down else 0)
        if early_secs > rules.early_leave_minutes * 60:
            early = early_secs // 60
    missing = len(got.open_ins) + len(got.stray_outs)
    status = _status(start, end, bool(pieces), got, late, early, leaves, down, now, day)
    return ShiftResult(
        shift.id, shift.person_id, day, status, planned, worked, normal, overtime, rest_day,
        0 if rest_day else overtime, worked if rest_day else 0, night, down, unpaid, late,
        early, _utc(first_in) if first_in is not None else None,
        _utc(last_out) if last_out is not None else None, missing)


def _status(start: int, end: int, worked: bool, got: _Attached, late: int, early: int,
            leaves: Sequence[LeaveSpan], down: int, now: int, day: date) -> Status:
    if worked or got.open_ins or got.stray_outs:
        if got.open_ins:
            return Status.IN_PROGRESS if now < end else Status.NO_CLOCK_OUT
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
    if now < start:
        return Status.UPCOMING
    if now < end:
        return Status.IN_PROGRESS
    if down > 0 and down >= (end - start) // 60:
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

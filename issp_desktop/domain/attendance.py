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
import functools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo

# Instants inside the rules are whole POSIX seconds (UTC) held in ints: a month of a thousand
# people is some 25,000 shifts and 50,000 punches, and integer arithmetic keeps the summary
# well inside a second. ``ts``/``utc`` convert at the edges.
NIGHT_START = time(19, 0)
NIGHT_END = time(6, 0)
_NIGHT_FROM = NIGHT_START.hour * 3600 + NIGHT_START.minute * 60
_NIGHT_TO = 86400 + NIGHT_END.hour * 3600 + NIGHT_END.minute * 60
MAX_PAIR = 24 * 3600  # an in/out pair further apart is two missed punches
OPEN_IN_BEFORE = 4 * 3600  # an unpaired clock-in this early still belongs to a shift
STRAY_OUT_AFTER = 4 * 3600  # an unpaired clock-out this late still belongs to a shift
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def ts(d: datetime) -> int:
    """An aware datetime as whole POSIX seconds."""
    return int(d.timestamp())


def utc(t: int) -> datetime:
    return datetime.fromtimestamp(t, UTC)


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


class PlannedShift(NamedTuple):
    """A planned shift; ``start``/``end`` in POSIX seconds (``between`` takes datetimes)."""

    id: int
    person_id: int
    start: int
    end: int
    break_minutes: int = 0
    is_night: bool = False
    overtime_approved: bool = False

    @classmethod
    def between(cls, id: int, person_id: int, starts_at: datetime, ends_at: datetime,
                break_minutes: int = 0, is_night: bool = False,
                overtime_approved: bool = False) -> PlannedShift:
        return cls(id, person_id, ts(starts_at), ts(ends_at), break_minutes, is_night,
                   overtime_approved)

    @property
    def starts_at(self) -> datetime:
        return utc(self.start)

    @property
    def ends_at(self) -> datetime:
        return utc(self.end)


class Punch(NamedTuple):
    """A clock event; ``at`` in POSIX seconds (``made`` takes a datetime)."""

    id: int
    person_id: int
    kind: str  # in | out | void
    at: int
    replaces_id: int | None = None

    @classmethod
    def made(cls, id: int, person_id: int, kind: str, at: datetime,
             replaces_id: int | None = None) -> Punch:
        return cls(id, person_id, kind, ts(at), replaces_id)

    @property
    def when(self) -> datetime:
        return utc(self.at)


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


@functools.cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@functools.lru_cache(maxsize=200_000)
def _offset(zone: str, quarter_hour: int) -> int:
    """The zone's offset from UTC (seconds) in a quarter of an hour (zones change offsets on
    quarter hours only)."""
    found = datetime.fromtimestamp(quarter_hour * 900, _zone(zone)).utcoffset()
    return int(found.total_seconds()) if found else 0


def local_offset(zone: str, t: int) -> int:
    return _offset(zone, t // 900)


@functools.lru_cache(maxsize=200_000)
def day_of(number: int) -> date:
    """The date of a day number (days since 1970-01-01)."""
    return date.fromordinal(_EPOCH_ORDINAL + number)


def local_day_number(zone: str, t: int) -> int:
    return (t + local_offset(zone, t)) // 86400


def local_date(zone: str, t: int) -> date:
    return day_of(local_day_number(zone, t))


class ShiftResult(NamedTuple):
    shift_id: int
    person_id: int
    day: date  # local date of the shift's start
    status: Status
    planned_minutes: int
    worked_minutes: int  # normal + overtime
    normal_minutes: int
    overtime_minutes: int  # beyond the plan (after the end; before the start if approved)
    rest_day: bool  # the rest day worked or a public holiday: all minutes are rest-day overtime
    overtime_weekday_minutes: int
    overtime_rest_minutes: int
    night_minutes: int
    downtime_minutes: int
    unpaid_downtime_minutes: int
    late_minutes: int  # 0 unless late
    early_leave_minutes: int  # 0 unless left early
    first_in: int | None  # POSIX seconds
    last_out: int | None
    missing_punches: int


@dataclass(frozen=True)
class UnplannedWork:
    person_id: int
    day: date
    start: int
    end: int | None  # None: a clock-in never closed
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


TOTAL_FIELDS: tuple[str, ...] = tuple(Totals.__dataclass_fields__)

# --- intervals ---------------------------------------------------------------------------------

Span = tuple[int, int]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans covering the same time."""
    out: list[Span] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def overlap(a: int, b: int, merged: Sequence[Span]) -> int:
    """Seconds of [a, b) inside the merged, sorted spans."""
    total = 0
    for x, y in merged:
        if x >= b:
            break
        if y > a:
            total += min(b, y) - max(a, x)
    return total


_NIGHT_END = NIGHT_END.hour * 3600 + NIGHT_END.minute * 60


def night_seconds(a: int, b: int, offset: int) -> int:
    """Seconds of [a, b) between 19:00 and 06:00 local time (``offset``: local − UTC, taken at
    ``a`` for the whole stretch: a daylight-saving change inside one shift moves it an hour)."""
    lo, hi = a + offset, b + offset
    if lo < hi and lo % 86400 >= _NIGHT_END and lo % 86400 + (hi - lo) <= _NIGHT_FROM:
        return 0  # inside one day's 06:00–19:00
    total = 0
    day = lo // 86400 * 86400 - 86400
    while day <= hi:
        start, end = day + _NIGHT_FROM, day + _NIGHT_TO
        if end > lo and start < hi:
            total += min(hi, end) - max(lo, start)
        day += 86400
    return total


# --- punches -----------------------------------------------------------------------------------

def _punch_order(p: Punch) -> tuple[int, bool, int]:
    return p.at, p.kind != "out", p.id


_AT = operator.itemgetter(3)  # Punch.at


def effective_punches(punches: Iterable[Punch]) -> list[Punch]:
    """Punches that count, in time order: not replaced by a correction, not voids."""
    rows = list(punches)
    replaced = {p.replaces_id for p in rows if p.replaces_id is not None}
    if replaced:
        kept = [p for p in rows if p.kind != "void" and p.id not in replaced]
    else:
        kept = [p for p in rows if p.kind != "void"]
    if len(set(map(_AT, kept))) == len(kept):
        kept.sort(key=_AT)  # no two at the same instant: the time alone orders them
    else:
        kept.sort(key=_punch_order)
    return kept


@dataclass
class Presence:
    closed: list[Span] = field(default_factory=list)
    open_ins: list[int] = field(default_factory=list)  # clock-ins never closed
    stray_outs: list[int] = field(default_factory=list)  # clock-outs with no clock-in


def presence(effective: Sequence[Punch]) -> Presence:
    """Pair one person's effective punches (in time order) into stretches of presence."""
    found = Presence()
    open_in: int | None = None
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

def _covering(d: date, leaves: Sequence[LeaveSpan]) -> bool:
    return any(lv.starts_on <= d <= lv.ends_on for lv in leaves)


def _downtime(downtime: Sequence[DowntimeSpan], now: int, unpaid: bool) -> list[Span]:
    return merge((ts(d.starts_at), ts(d.ends_at) if d.ends_at else now) for d in downtime
                 if not unpaid or not d.paid)


@dataclass(frozen=True)
class Shared:
    """What every person's derivation shares: the rules, ``now``, the holidays and the merged
    downtime (worked out once for a whole summary rather than once a person)."""

    rules: Rules
    now: int
    holidays: set[date] | frozenset[date]
    all_down: list[Span]
    unpaid_down: list[Span]

    @classmethod
    def of(cls, downtime: Sequence[DowntimeSpan], holidays: set[date] | frozenset[date],
           rules: Rules, now: datetime) -> Shared:
        now_ts = ts(now)
        return cls(rules, now_ts, holidays,
                   _downtime(downtime, now_ts, False) if downtime else [],
                   _downtime(downtime, now_ts, True) if downtime else [])


def derive_person(person_id: int, shifts: Sequence[PlannedShift], punches: Iterable[Punch],
                  leaves: Sequence[LeaveSpan], downtime: Sequence[DowntimeSpan],
                  holidays: set[date] | frozenset[date], rules: Rules,
                  now: datetime) -> PersonAttendance:
    """Every shift's result and the unplanned work of one person."""
    return derive_with(person_id, shifts, punches, leaves,
                       Shared.of(downtime, holidays, rules, now))


def derive_with(person_id: int, shifts: Sequence[PlannedShift], punches: Iterable[Punch],
                leaves: Sequence[LeaveSpan], ctx: Shared) -> PersonAttendance:
    """As ``derive_person``, with the shared inputs worked out once (``Shared.of``)."""
    zone = ctx.rules.time_zone
    plan = sorted(shifts, key=_START)
    starts = [s.start for s in plan]
    count = len(plan)
    pieces: list[list[Span] | None] = [None] * count
    open_ins: dict[int, list[int]] = {}
    stray_outs: dict[int, list[int]] = {}
    result = PersonAttendance(person_id)
    seen = presence(effective_punches(punches))

    for a, b in seen.closed:
        hi = bisect.bisect_left(starts, b)  # shifts starting before b
        lo = hi
        while lo > 0 and plan[lo - 1].end > a:
            lo -= 1
        if lo == hi:
            result.unplanned.append(UnplannedWork(person_id, local_date(zone, a), a, b,
                                                  (b - a) // 60))
            continue
        for k in range(lo, hi):
            piece_start = a if k == lo else max(a, starts[k])
            piece_end = b if k == hi - 1 else min(b, starts[k + 1])
            if piece_end > piece_start:
                got = pieces[k]
                if got is None:
                    pieces[k] = [(piece_start, piece_end)]
                else:
                    got.append((piece_start, piece_end))
    for t in seen.open_ins:
        k = next((i for i, s in enumerate(plan) if s.start - OPEN_IN_BEFORE <= t < s.end), None)
        if k is None:
            result.unplanned.append(UnplannedWork(person_id, local_date(zone, t), t, None, 0))
            result.stray_punches += 1
        else:
            open_ins.setdefault(k, []).append(t)
    for t in seen.stray_outs:
        k = next((i for i, s in enumerate(plan) if s.start < t <= s.end + STRAY_OUT_AFTER),
                 None)
        if k is None:
            result.stray_punches += 1
        else:
            stray_outs.setdefault(k, []).append(t)

    offsets = [_offset(zone, s // 900) for s in starts]
    numbers = [(s + off) // 86400 for s, off in zip(starts, offsets, strict=True)]
    rest = rest_day_numbers(numbers)
    holidays = ctx.holidays
    out = result.shifts
    for i, shift in enumerate(plan):
        day = day_of(numbers[i])
        out.append(_shift_result(
            shift, pieces[i], open_ins.get(i, _NONE), stray_outs.get(i, _NONE), day,
            numbers[i] in rest or day in holidays, offsets[i], leaves, ctx))
    return result


_START = operator.itemgetter(2)  # PlannedShift.start
_NONE: list[int] = []  # no punches (never appended to)


def rest_day_numbers(days: Iterable[int]) -> set[int]:
    """Of these local day numbers (days since 1970-01-01, a Thursday), the ones worked on the
    weekly rest day: the Sunday of each Monday–Sunday week worked on all seven days."""
    weeks: dict[int, set[int]] = {}
    for d in days:
        weeks.setdefault((d + 3) // 7, set()).add(d)
    return {week * 7 + 3 for week, worked in weeks.items() if len(worked) == 7}


def rest_days_worked(days: Iterable[date]) -> set[date]:
    """As ``rest_day_numbers``, with dates."""
    numbers = rest_day_numbers(d.toordinal() - _EPOCH_ORDINAL for d in days)
    return {day_of(n) for n in numbers}


def _shift_result(shift: PlannedShift, pieces: list[Span] | None, open_ins: list[int],
                  stray_outs: list[int], day: date, rest_day: bool, offset: int,
                  leaves: Sequence[LeaveSpan], ctx: Shared) -> ShiftResult:
    start, end = shift.start, shift.end
    planned = (end - start) // 60 - shift.break_minutes
    if planned < 0:
        planned = 0
    all_down, unpaid_down = ctx.all_down, ctx.unpaid_down
    down = overlap(start, end, all_down) // 60 if all_down else 0
    unpaid = overlap(start, end, unpaid_down) // 60 if unpaid_down else 0
    if not pieces and not open_ins and not stray_outs:
        status = _unpunched(start, end, day, leaves, down, ctx.now)
        return ShiftResult(shift.id, shift.person_id, day, status, planned, 0, 0, 0, rest_day,
                           0, 0, 0, down, unpaid, 0, 0, None, None, 0)
    approved = shift.overtime_approved
    is_night = shift.is_night
    inside = after = early_part = night_clock = 0
    first_in = last_out = None
    if pieces:
        pieces.sort()
        first_in = pieces[0][0]
        for a, b in pieces:
            if last_out is None or b > last_out:
                last_out = b
            x = a if a > start else start
            y = b if b < end else end
            if y > x:
                inside += y - x
            if b > end:
                after += b - (a if a > end else end)
            if a < start:
                early_part += (b if b < start else start) - a
            if not is_night:
                night_clock += night_seconds(a if approved or a > start else start, b, offset)
        normal = inside // 60 - shift.break_minutes
        if normal < 0:
            normal = 0
    else:
        normal = 0
    overtime = (after + (early_part if approved else 0)) // 60
    worked = normal + overtime
    night = worked if is_night else min(worked, night_clock // 60)
    if open_ins:
        lowest = min(open_ins)
        if first_in is None or lowest < first_in:
            first_in = lowest
    if stray_outs:
        highest = max(stray_outs)
        if last_out is None or highest > last_out:
            last_out = highest
    late = 0
    if first_in is not None and first_in > start:
        late_secs = first_in - start - (overlap(start, first_in, all_down) if all_down else 0)
        if late_secs > ctx.rules.grace_minutes * 60:
            late = late_secs // 60
    early = 0
    if not open_ins and not stray_outs and pieces and last_out is not None and last_out < end:
        early_secs = end - last_out - (overlap(last_out, end, all_down) if all_down else 0)
        if early_secs > ctx.rules.early_leave_minutes * 60:
            early = early_secs // 60
    if open_ins:
        status = Status.IN_PROGRESS if ctx.now < end else Status.NO_CLOCK_OUT
    elif stray_outs:
        status = Status.NO_CLOCK_IN
    elif late and early:
        status = Status.LATE_LEFT_EARLY
    elif late:
        status = Status.LATE
    elif early:
        status = Status.LEFT_EARLY
    else:
        status = Status.ON_TIME
    return ShiftResult(
        shift.id, shift.person_id, day, status, planned, worked, normal, overtime, rest_day,
        0 if rest_day else overtime, worked if rest_day else 0, night, down, unpaid, late,
        early, first_in, last_out, len(open_ins) + len(stray_outs))


def _unpunched(start: int, end: int, day: date, leaves: Sequence[LeaveSpan], down: int,
               now: int) -> Status:
    if leaves and _covering(day, leaves):
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
    n = planned = worked = ot_week = ot_rest = night = down = unpaid = 0
    late_n = late_min = early_n = absent = missing = 0
    for r in found.shifts:
        if not start <= r.day <= end:
            continue
        n += 1
        planned += r.planned_minutes
        worked += r.worked_minutes
        ot_week += r.overtime_weekday_minutes
        ot_rest += r.overtime_rest_minutes
        night += r.night_minutes
        down += r.downtime_minutes
        unpaid += r.unpaid_downtime_minutes
        missing += r.missing_punches
        if r.late_minutes:
            late_n += 1
            late_min += r.late_minutes
        if r.early_leave_minutes:
            early_n += 1
        if r.status is Status.ABSENT:
            absent += 1
    unplanned = sum(u.minutes for u in found.unplanned if start <= u.day <= end)
    days, unpaid_days = leave_days(leaves, start, end) if leaves else (0, 0)
    return Totals(n, planned, worked, ot_week, ot_rest, night, down, unpaid, unplanned, late_n,
                  late_min, early_n, absent, missing, days, unpaid_days)


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
    t = ts(at)
    if kind == "in":
        late = max(0, t - shift.start) // 60
        return f"late {late} min" if late > rules.grace_minutes else Status.ON_TIME.value
    early = max(0, shift.end - t) // 60
    if early > rules.early_leave_minutes:
        return f"left early {early} min"
    extra = max(0, t - shift.end) // 60
    return f"overtime {extra} min" if extra > 0 else Status.ON_TIME.value

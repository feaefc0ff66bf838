"""Roster rules: pure functions over plain shift tuples (no I/O, no Qt).

A shift is a start instant (UTC-aware) and an end instant; the centre's wall clock is a
``ZoneInfo``. A template applied to a local date gives a local start, turned into UTC here, so a
night shift that crosses midnight, a month end or a daylight-saving change is ordinary.

Conflicts
    hard (block a save): two shifts of one person overlap; a shift of 0 minutes or more than
    16 hours; a shift that starts on or before the date the payroll is closed through.
    soft (need an override with a reason): less rest than the minimum between two shifts of one
    person; more hours in a week (Monday to Sunday, centre time) than the weekly maximum (the
    night maximum for a person with a night shift that week); a shift on a day of the person's
    recorded leave. Leave is soft on purpose: leave gets cut short (a worker called back, a
    leave record entered for the wrong dates), and the override reason records why.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from issp_desktop.errors import ValidationError

MAX_SHIFT_MINUTES = 16 * 60
DEFAULT_TIME_ZONE = "Africa/Nairobi"


class Rule(StrEnum):
    OVERLAP = "overlap"
    LENGTH = "length"
    LOCKED = "payroll_locked"
    REST = "rest"
    WEEK_HOURS = "week_hours"
    LEAVE = "leave"


HARD_RULES = frozenset({Rule.OVERLAP, Rule.LENGTH, Rule.LOCKED})
RULE_TITLES = {
    Rule.OVERLAP: "overlapping shifts",
    Rule.LENGTH: "shift length",
    Rule.LOCKED: "payroll closed",
    Rule.REST: "rest between shifts",
    Rule.WEEK_HOURS: "weekly hours",
    Rule.LEAVE: "on leave",
}


class ShiftSpan(NamedTuple):
    """One shift as the rules see it. ``key`` is the shift's id, or any unique key of a shift
    not saved yet (negative numbers, say)."""

    key: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    break_minutes: int = 0
    is_night: bool = False


class LeaveSpan(NamedTuple):
    person_id: int
    starts_on: date
    ends_on: date  # included
    kind: str = "annual"


@dataclass(frozen=True)
class Limits:
    min_rest_hours: int = 8
    max_week_hours: int = 52
    max_week_hours_night: int = 60
    payroll_locked_through: date | None = None


@dataclass(frozen=True)
class Conflict:
    """One broken rule: whose, on which (local) day, which shift, and the facts in words."""

    person_id: int
    day: date
    rule: Rule
    detail: str
    shift_key: int
    other_key: int | None = None

    @property
    def hard(self) -> bool:
        return self.rule in HARD_RULES


# --- time --------------------------------------------------------------------------------------

def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_days(monday: date) -> list[date]:
    return [monday + timedelta(days=i) for i in range(7)]


def local_start(day: date, start_minute: int, tz: ZoneInfo) -> datetime:
    """The UTC instant of ``start_minute`` after local midnight on ``day`` (wall clock)."""
    wall = datetime.combine(day, time(start_minute // 60, start_minute % 60), tzinfo=tz)
    return wall.astimezone(UTC)


def local_day(at: datetime, tz: ZoneInfo) -> date:
    return at.astimezone(tz).date()


def day_bounds(first: date, last: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC instants of local midnight starting ``first`` and ending ``last``."""
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def minutes_of(span: ShiftSpan) -> int:
    return int((span.ends_at - span.starts_at).total_seconds() // 60)


def worked_minutes(span: ShiftSpan) -> int:
    """What a shift counts towards the weekly hours: its length less its break."""
    return max(0, minutes_of(span) - span.break_minutes)


def hours_text(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h" if not m else f"{h} h {m:02d} min"


# --- the rules ---------------------------------------------------------------------------------

def check(changed: Iterable[ShiftSpan], others: Sequence[ShiftSpan],
          leave: Sequence[LeaveSpan], limits: Limits, tz: ZoneInfo) -> list[Conflict]:
    """Every conflict that involves a ``changed`` shift, given the person's ``others`` (the
    rest of their shifts nearby, as they will be after the change) and recorded leave."""
    changed = list(changed)
    by_person: dict[int, list[ShiftSpan]] = defaultdict(list)
    for span in [*others, *changed]:
        by_person[span.person_id].append(span)
    leave_by: dict[int, list[LeaveSpan]] = defaultdict(list)
    for lv in leave:
        leave_by[lv.person_id].append(lv)
    found: list[Conflict] = []
    changed_keys = {c.key for c in changed}
    weeks: dict[tuple[int, date], ShiftSpan] = {}
    seen_pairs: set[tuple[int, int]] = set()
    for span in sorted(changed, key=lambda c: (c.person_id, c.starts_at)):
        day = local_day(span.starts_at, tz)
        found += _own_rules(span, day, limits, leave_by[span.person_id])
        mine = sorted(by_person[span.person_id], key=lambda x: (x.starts_at, x.key))
        found += _neighbour_rules(span, day, mine, limits, seen_pairs, changed_keys, tz)
        weeks.setdefault((span.person_id, monday_of(day)), span)
    for (person_id, monday), span in sorted(weeks.items(), key=lambda kv: kv[0]):
        found += _week_rule(person_id, monday, span, by_person[person_id], limits, tz)
    return found


def _own_rules(span: ShiftSpan, day: date, limits: Limits,
               leave: list[LeaveSpan]) -> list[Conflict]:
    found: list[Conflict] = []
    minutes = minutes_of(span)
    if minutes <= 0:
        found.append(Conflict(span.person_id, day, Rule.LENGTH, "the shift has no length "
                              "(it must end after it starts)", span.key))
    elif minutes > MAX_SHIFT_MINUTES:
        found.append(Conflict(span.person_id, day, Rule.LENGTH, f"{hours_text(minutes)} is "
                              "longer than the 16 h a shift may last", span.key))
    lock = limits.payroll_locked_through
    if lock is not None and day <= lock:
        found.append(Conflict(span.person_id, day, Rule.LOCKED, f"the payroll for "
                              f"{lock.isoformat()} and before is closed", span.key))
    for lv in leave:
        if lv.starts_on <= day <= lv.ends_on:
            found.append(Conflict(span.person_id, day, Rule.LEAVE, f"on {lv.kind} leave "
                                  f"{lv.starts_on.isoformat()} to {lv.ends_on.isoformat()}",
                                  span.key))
            break
    return found


def _neighbour_rules(span: ShiftSpan, day: date, mine: list[ShiftSpan], limits: Limits,
                     seen: set[tuple[int, int]], changed: set[int],
                     tz: ZoneInfo) -> list[Conflict]:
    found: list[Conflict] = []
    rest = timedelta(hours=limits.min_rest_hours)
    for other in mine:
        if other.key == span.key:
            continue
        pair = (min(span.key, other.key), max(span.key, other.key))
        if pair in seen and other.key in changed:
            continue
        if other.starts_at < span.ends_at and span.starts_at < other.ends_at:
            seen.add(pair)
            found.append(Conflict(span.person_id, day, Rule.OVERLAP, "overlaps the shift "
                                  f"{span_text(other, tz)}", span.key, other.key))
            continue
        gap = (span.starts_at - other.ends_at if other.ends_at <= span.starts_at
               else other.starts_at - span.ends_at)
        if timedelta(0) <= gap < rest:
            seen.add(pair)
            found.append(Conflict(span.person_id, day, Rule.REST, f"only "
                                  f"{hours_text(int(gap.total_seconds() // 60))} of rest next "
                                  f"to the shift {span_text(other, tz)} (the minimum is "
                                  f"{limits.min_rest_hours} h)", span.key, other.key))
    return found


def _week_rule(person_id: int, monday: date, span: ShiftSpan, mine: list[ShiftSpan],
               limits: Limits, tz: ZoneInfo) -> list[Conflict]:
    in_week = [x for x in mine if monday_of(local_day(x.starts_at, tz)) == monday]
    total = sum(worked_minutes(x) for x in in_week)
    night = any(x.is_night for x in in_week)
    cap = limits.max_week_hours_night if night else limits.max_week_hours
    if total <= cap * 60:
        return []
    kind = "night-worker " if night else ""
    return [Conflict(person_id, local_day(span.starts_at, tz), Rule.WEEK_HOURS,
                     f"{hours_text(total)} in the week of {monday.isoformat()}, more than the "
                     f"{kind}maximum of {cap} h", span.key)]


def span_text(span: ShiftSpan, tz: ZoneInfo) -> str:
    """``Mon 16 Nov 22:00–06:00`` in the centre's wall clock."""
    start, end = span.starts_at.astimezone(tz), span.ends_at.astimezone(tz)
    return f"{start:%a %d %b %H:%M}–{end:%H:%M}"


def describe(conflict: Conflict, name: str) -> str:
    """One line: person, day, rule, facts."""
    kind = "blocks the save" if conflict.hard else "needs an override"
    return (f"{name}, {conflict.day:%a %d %b %Y}: {RULE_TITLES[conflict.rule]} — "
            f"{conflict.detail} ({kind})")


# --- typed values ------------------------------------------------------------------------------

def parse_instant(field: str, raw: str, tz: ZoneInfo) -> datetime:
    """ISO 8601 date and time; with an offset (``+03:00``, ``Z``) as written, without one in
    the centre's wall clock. Returned in UTC."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError(field, "is required")
    try:
        at = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a date and time like "
                              "2026-11-16T07:00 or 2026-11-16T07:00+03:00") from None
    if at.tzinfo is None:
        at = at.replace(tzinfo=tz)
    return at.astimezone(UTC)


def parse_clock(field: str, raw: str) -> int:
    """``HH:MM`` as minutes after midnight."""
    text = (raw or "").strip()
    parts = text.split(":")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        h, m = int(parts[0]), int(parts[1])
        if 0 <= h < 24 and 0 <= m < 60:
            return h * 60 + m
    raise ValidationError(field, f"'{text}' is not a time of day like 07:00")


def parse_hours(field: str, raw: str | float) -> int:
    """A shift length in hours (``8``, ``7.5``, ``7,5``) as whole minutes: more than 0, at most
    16 hours."""
    text = str(raw).strip().replace(",", ".")
    try:
        hours = float(text)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a number of hours") from None
    if hours != hours or hours <= 0:
        raise ValidationError(field, f"{text} h is not a shift length (it must be more than 0)")
    if hours > MAX_SHIFT_MINUTES / 60:
        raise ValidationError(field, f"{text} h is longer than the 16 h a shift may last")
    return round(hours * 60)

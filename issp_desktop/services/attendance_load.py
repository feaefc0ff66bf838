"""Reading what attendance is derived from, in a few bulk queries (no query per person):
the rules (roster settings and the centre's time zone), planned shifts, punches, leave,
downtime and public holidays for a window of time."""

from __future__ import annotations

import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, Integer, String, cast, func, or_, select, type_coerce
from sqlmodel import Session

from issp_desktop.db.models import Centre, ClockEvent, Downtime, Leave, PublicHoliday, Shift
from issp_desktop.db.models.roster import RosterSettings
from issp_desktop.domain.attendance import (
    DowntimeSpan,
    LeaveSpan,
    PlannedShift,
    Punch,
    Rules,
    ts,
)

MAX_SHIFT = timedelta(hours=16)  # the longest shift the roster allows
PUNCH_MARGIN = timedelta(hours=24)  # punches this far outside a window still pair up


@dataclass(frozen=True)
class Settings:
    rules: Rules
    clock_jump_hours: int
    payroll_locked_through: date | None


def load_settings(s: Session) -> Settings:
    """The roster settings row (id 1), or the model's defaults when there is none."""
    row = s.get(RosterSettings, 1) or RosterSettings()
    tz = s.execute(select(Centre.time_zone).order_by(Centre.id).limit(1)).scalar()
    rules = Rules(time_zone=tz or "Africa/Nairobi", grace_minutes=row.grace_minutes,
                  early_leave_minutes=row.early_leave_minutes)
    return Settings(rules, row.clock_jump_hours, row.payroll_locked_through)


def settings_columns() -> list[Any]:
    """What ``load_settings`` reads, as scalar subqueries to put in another query's columns
    (the time zone, grace minutes, early-leave minutes, clock-jump hours); see
    ``settings_from``."""
    def rs(column: Any) -> Any:
        return select(column).where(RosterSettings.id == 1).scalar_subquery()

    return [select(Centre.time_zone).order_by(Centre.id).limit(1).scalar_subquery(),
            rs(RosterSettings.grace_minutes), rs(RosterSettings.early_leave_minutes),
            rs(RosterSettings.clock_jump_hours)]


def settings_from(tz: str | None, grace: int | None, early: int | None,
                  jump: int | None) -> Settings:
    """The settings from the values of ``settings_columns`` (the model's defaults for what has
    no row). The payroll lock is not among them: ``payroll_locked_through`` is None."""
    d = RosterSettings()
    rules = Rules(time_zone=tz or "Africa/Nairobi",
                  grace_minutes=d.grace_minutes if grace is None else grace,
                  early_leave_minutes=d.early_leave_minutes if early is None else early)
    return Settings(rules, d.clock_jump_hours if jump is None else jump, None)


def holidays_between(s: Session, start: date, end: date) -> frozenset[date]:
    return frozenset(s.execute(select(PublicHoliday.on).where(
        PublicHoliday.on >= start, PublicHoliday.on <= end)).scalars())


def _people_filter(column: object, person_ids: Iterable[int] | None) -> list[object]:
    if person_ids is None:
        return []
    return [column.in_(list(person_ids))]  # type: ignore[attr-defined]


def _at(value: object) -> int:
    """An instant as POSIX seconds, whatever the database gave (see ``_epoch``)."""
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str):
        found = datetime.fromisoformat(value)
        return ts(found if found.tzinfo is not None else found.replace(tzinfo=UTC))
    assert isinstance(value, datetime)
    return ts(value)


def _epoch(column: Any, dialect: str) -> Any:
    """The column as POSIX seconds, computed by the database (no parsing in Python)."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer)
    if dialect == "postgresql":
        return cast(func.extract("epoch", column), BigInteger)
    return type_coerce(column, String)  # parsed by ``_at``


@dataclass
class Window:
    """Everything in [lo, hi) needed to derive attendance, grouped by person."""

    shifts: dict[int, list[PlannedShift]] = field(default_factory=lambda: defaultdict(list))
    punches: dict[int, list[Punch]] = field(default_factory=lambda: defaultdict(list))
    leaves: dict[int, list[LeaveSpan]] = field(default_factory=lambda: defaultdict(list))
    downtime: list[DowntimeSpan] = field(default_factory=list)
    holidays: frozenset[date] = frozenset()


def _iso(at: datetime) -> str:
    """An instant as ``UTCDateTime`` stores it on SQLite (so text comparisons are exact)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


_SHIFT_SQL = ("SELECT id, person_id, CAST(strftime('%s', starts_at) AS INTEGER), "
              "CAST(strftime('%s', ends_at) AS INTEGER), break_minutes, is_night, "
              "overtime_approved FROM shift WHERE starts_at >= ? AND starts_at < ?")
_PUNCH_COLS = ("SELECT id, person_id, kind, CAST(strftime('%s', at) AS INTEGER), replaces_id "
               "FROM clock_event WHERE ")
# corrections recorded at a time outside the window of the punch they replace: found from the
# (rare) corrections through the replaces_id index, the replaced punch by its id
_CORRECTION_SQL = ("SELECT c.id, c.person_id, c.kind, CAST(strftime('%s', c.at) AS INTEGER), "
                   "c.replaces_id FROM clock_event c JOIN clock_event o ON o.id = c.replaces_id "
                   "WHERE c.replaces_id IS NOT NULL AND o.at >= ? AND o.at < ?")
MAX_SQLITE_IDS = 30_000  # SQLite's limit on bound values is 32,766
FEW_PEOPLE = 64  # up to this many people, read their shifts person by person (index on person)


def shift_sql(lo: datetime, hi: datetime, ids: list[int] | None) -> tuple[str, tuple[Any, ...]]:
    """The SQLite query of the shifts starting in [lo, hi) (of these people): from the
    covering index ``ix_shift_starts_cover`` — the list of people is checked on its entries
    (``+person_id`` keeps SQLite from choosing the person index and a table look-up a shift) —
    unless only a few people are asked for (then the index on person and start)."""
    if ids is None:
        return _SHIFT_SQL, (_iso(lo), _iso(hi))
    column = "person_id" if len(ids) <= FEW_PEOPLE else "+person_id"
    return (f"{_SHIFT_SQL} AND {column} IN ({', '.join('?' * len(ids))})",
            (_iso(lo), _iso(hi), *ids))


def punch_sql(p_lo: datetime, p_hi: datetime, ids: list[int] | None
              ) -> tuple[str, tuple[Any, ...]]:
    """The SQLite query of the punches in [p_lo, p_hi) (of these people), through the index on
    (person, at), one seek a person: measured faster than look-ups from the index on ``at``."""
    window = (_iso(p_lo), _iso(p_hi))
    if ids is None:
        return (_PUNCH_COLS + "at >= ? AND at < ? AND person_id IN (SELECT id FROM person)",
                window)
    return (f"{_PUNCH_COLS}at >= ? AND at < ? AND person_id IN ({', '.join('?' * len(ids))})",
            (*window, *ids))


# the driver's rows (exactly the fields, in order) made into the named tuples without a Python
# call a row
_NEW_SHIFT = functools.partial(tuple.__new__, PlannedShift)
_NEW_PUNCH = functools.partial(tuple.__new__, Punch)
_PERSON = operator.itemgetter(1)


def _group(into: dict[int, list[Any]], rows: Iterable[tuple[Any, ...]],
           make: Callable[[tuple[Any, ...]], Any]) -> set[int]:
    """Rows (id, person id, ...) into per-person lists, each in the order read; the ids."""
    made = list(map(make, rows))
    for pid, mine in itertools.groupby(sorted(made, key=_PERSON), _PERSON):
        into[pid].extend(mine)
    return set(map(operator.itemgetter(0), made))


def _sqlite_rows(raw: Any, w: Window, lo: datetime, hi: datetime, p_lo: datetime,
                 p_hi: datetime, ids: list[int] | None) -> None:
    """The shifts and punches straight from the SQLite driver: plain tuples, the instants
    turned into POSIX seconds by SQLite — a month of a thousand people in a fraction of the
    time SQLAlchemy rows take."""
    _group(w.shifts, raw.execute(*shift_sql(lo, hi, ids)), _NEW_SHIFT)
    seen = _group(w.punches, raw.execute(*punch_sql(p_lo, p_hi, ids)), _NEW_PUNCH)
    wanted = set(ids) if ids is not None else None
    for row in raw.execute(_CORRECTION_SQL, (_iso(p_lo), _iso(p_hi))).fetchall():
        if row[0] not in seen and (wanted is None or row[1] in wanted):
            seen.add(row[0])
            w.punches[row[1]].append(Punch._make(row))


def _rows(conn: Any, w: Window, lo: datetime, hi: datetime, p_lo: datetime, p_hi: datetime,
          ids: list[int] | None) -> None:
    """As ``_sqlite_rows``, through SQLAlchemy (PostgreSQL, or very long lists of people)."""
    dialect = conn.dialect.name
    fast = dialect in ("sqlite", "postgresql")  # the database gives POSIX seconds
    for sid, pid, a, b, brk, night, ot in conn.execute(
            select(Shift.id, Shift.person_id, _epoch(Shift.starts_at, dialect),
                   _epoch(Shift.ends_at, dialect),
                   Shift.break_minutes, Shift.is_night, Shift.overtime_approved)
            .where(Shift.starts_at >= lo, Shift.starts_at < hi,
                   *_people_filter(Shift.person_id, ids))).all():
        if not fast:
            a, b = _at(a), _at(b)
        w.shifts[pid].append(PlannedShift(sid, pid, a, b, brk, bool(night), bool(ot)))
    cols = (ClockEvent.id, ClockEvent.person_id, ClockEvent.kind,
            _epoch(ClockEvent.at, dialect), ClockEvent.replaces_id)
    people = _people_filter(ClockEvent.person_id, ids)
    inside = ClockEvent.at >= p_lo, ClockEvent.at < p_hi
    seen: set[int] = set()
    in_window = select(ClockEvent.id).where(*inside).scalar_subquery()
    for query in (select(*cols).where(*inside, *people),
                  select(*cols).where(ClockEvent.replaces_id.in_(in_window), *people)):
        for eid, pid, kind, at, rep in conn.execute(query).all():
            if eid not in seen:
                seen.add(eid)
                w.punches[pid].append(Punch(eid, pid, kind, at if fast else _at(at), rep))


def load_window(s: Session, lo: datetime, hi: datetime, first_day: date, last_day: date,
                person_ids: Iterable[int] | None = None) -> Window:
    """Shifts starting in [lo, hi); punches from a day before to a day after (so pairs and
    corrections around the edges are seen); leave touching [first_day, last_day]; downtime
    touching the shifts; holidays of the days."""
    ids = list(person_ids) if person_ids is not None else None
    w = Window()
    conn = s.connection()
    p_lo, p_hi = lo - PUNCH_MARGIN, hi + MAX_SHIFT + PUNCH_MARGIN
    if conn.dialect.name == "sqlite" and (ids is None or len(ids) <= MAX_SQLITE_IDS):
        _sqlite_rows(conn.connection.driver_connection, w, lo, hi, p_lo, p_hi, ids)
    else:
        _rows(conn, w, lo, hi, p_lo, p_hi, ids)
    for pid, kind, a, b in s.execute(
            select(Leave.person_id, Leave.kind, Leave.starts_on, Leave.ends_on)
            .where(Leave.starts_on <= last_day, Leave.ends_on >= first_day,
                   *_people_filter(Leave.person_id, ids))):
        w.leaves[pid].append(LeaveSpan(pid, kind, a, b))
    for a, b, paid in s.execute(
            select(Downtime.starts_at, Downtime.ends_at, Downtime.paid)
            .where(Downtime.starts_at < hi + MAX_SHIFT,
                   or_(Downtime.ends_at.is_(None), Downtime.ends_at > lo))):
        w.downtime.append(DowntimeSpan(a, b, bool(paid)))
    w.holidays = holidays_between(s, first_day, last_day)
    return w

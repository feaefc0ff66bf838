"""Clock-in and clock-out at the door, supervisors' corrections of missed or wrong punches, and
the list of punches (part of ``AttendanceService``).

A punch reads the badge's holder, the rules and the shifts around it first, then, in one write
transaction, the person's last punches (one indexed read), one insert and its audit entry.
Punches are never changed: a correction is a new row naming the punch it replaces (or voids),
with a reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, literal, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from issp_desktop.db.models import ClockEvent, Person, Shift
from issp_desktop.db.models.impact import PersonPhoto
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.attendance import (
    OPEN_IN_BEFORE,
    PlannedShift,
    Punch,
    effective_punches,
    instant_status,
    local_day_bounds,
    ts,
)
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.attendance_load import (
    MAX_SHIFT,
    load_settings,
    settings_columns,
    settings_from,
)
from issp_desktop.services.attendance_types import (
    MAX_BADGE,
    AlreadyClockedInError,
    ClockOutBeforeInError,
    ClockResult,
    ClockWarningError,
    Correction,
    NotClockedInError,
    PersonLeftError,
    PunchRow,
    UnknownBadgeError,
)
from issp_desktop.services.base import Service, use_case

_BADGE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")
MAX_REASON = 300
RECENT = 8  # the person's last punches read to know whether they are clocked in
_EARLY = timedelta(seconds=OPEN_IN_BEFORE)
_CE = ClockEvent.__table__  # type: ignore[attr-defined]


def normalise_badge(raw: str | None) -> str:
    """Trim and upper-case a typed or scanned badge number; refuse what cannot be one."""
    text = (raw or "").strip().upper()
    if not text:
        raise ValidationError("badge", "is empty: type or scan a badge number")
    if len(text) > MAX_BADGE or not _BADGE.match(text):
        raise ValidationError("badge", f"'{raw}' is not a badge number (letters, digits and "
                                       f"'-', at most {MAX_BADGE})")
    return text


def _aware(field: str, at: datetime) -> datetime:
    if not isinstance(at, datetime):
        raise ValidationError(field, f"'{at}' is not a date and time")
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValidationError(field, "needs a time zone (e.g. 2026-03-02T07:05+03:00)")
    return at.astimezone(UTC)


def person_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


@dataclass(frozen=True)
class _State:
    open_in: datetime | None  # the effective clock-in not yet followed by a clock-out
    last: datetime | None  # the newest effective punch


@functools.cache
def _state_query() -> Any:
    """The person's last punches, each with whether a later correction replaces it (built
    once: a statement made anew for every punch costs more than the read)."""
    ce = _CE.c
    later = _CE.alias("later")
    replaced = (select(literal(1)).where(later.c.replaces_id == ce.id)
                .correlate(_CE).exists())
    return (select(ce.id, ce.kind, ce.at, ce.replaces_id, replaced)
            .where(ce.person_id == bindparam("pid"))
            .order_by(ce.at.desc()).limit(RECENT))


def _state(s: Session, person_id: int) -> _State:
    """Whether the person is clocked in, from their last punches: one indexed read."""
    rows = s.connection().execute(_state_query(), {"pid": person_id}).all()
    if not rows:
        return _State(None, None)
    punches = [Punch.made(i, person_id, k, a, r) for i, k, a, r, _ in rows]
    gone = {row[0] for row in rows if row[4]}
    kept = [p for p in effective_punches(punches) if p.id not in gone]
    if not kept:
        return _State(None, None)
    last = kept[-1]
    return _State(last.when if last.kind == "in" else None, last.when)


@functools.cache
def _door_query() -> Any:
    """For the badge ``code``: its holder (id, names, stage, erased, photo and its type), the
    newest punch anywhere, the rules (``settings_columns``), then the holder's planned shifts
    starting in (``lo``, ``hi``] (id, start, end, break, night, overtime approved), one row a
    shift by start (one row with no shift when there is none); no row for an unknown badge.
    Built once."""
    person, photo, shift = Person.__table__.c, PersonPhoto.__table__.c, Shift.__table__.c  # type: ignore[attr-defined]
    return (select(person.id, person.first_name, person.last_name, person.stage,
                   person.erased_at, photo.image, photo.mime,
                   select(func.max(_CE.c.at)).scalar_subquery(), *settings_columns(),
                   shift.id, shift.starts_at, shift.ends_at, shift.break_minutes,
                   shift.is_night, shift.overtime_approved)
            .select_from(Person.__table__.outerjoin(  # type: ignore[attr-defined]
                PersonPhoto.__table__, photo.person_id == person.id)  # type: ignore[attr-defined]
                .outerjoin(Shift.__table__, and_(  # type: ignore[attr-defined]
                    shift.person_id == person.id, shift.starts_at > bindparam("lo"),
                    shift.starts_at <= bindparam("hi"))))
            .where(person.badge_no == bindparam("code"))
            .order_by(shift.starts_at))


@functools.cache
def _insert_punch() -> Any:
    return insert(_CE)


def _shift_near(shifts: list[PlannedShift], at: datetime, kind: str,
                clocked_in: datetime | None) -> PlannedShift | None:
    """Of ``_shifts_around``, the planned shift a punch belongs to (see ``domain.attendance``)."""
    anchor = ts(clocked_in if kind == "out" and clocked_in is not None else at)
    for sh in shifts:
        if sh.start - OPEN_IN_BEFORE <= anchor < sh.end:
            return sh
    if kind == "out":
        t = ts(at)
        for sh in shifts:
            if sh.start < t <= sh.end + OPEN_IN_BEFORE:
                return sh
    return None


def clock_warnings(kind: str, at: datetime, now: datetime, explicit: bool, state: _State,
                   newest_any: datetime | None, jump_hours: int) -> tuple[str, ...]:
    """Why this punch's time looks wrong, if it does (an empty tuple when it looks right)."""
    found: list[str] = []
    jump = timedelta(hours=jump_hours)
    if explicit and abs(at - now) > jump:
        found.append(f"it is {abs(at - now).total_seconds() / 3600:.0f} h away from this "
                     "computer's clock")
    if newest_any is not None and at < newest_any - jump:
        found.append(f"it is earlier than punches already recorded (the newest is "
                     f"{newest_any:%Y-%m-%d %H:%M} UTC): is this computer's clock right?")
    if newest_any is not None and at > newest_any + timedelta(days=366):
        found.append(f"it is more than a year after the newest punch recorded "
                     f"({newest_any:%Y-%m-%d}): is this computer's clock right?")
    if kind == "in" and state.last is not None and at < state.last:
        found.append(f"it is before this person's previous punch "
                     f"({state.last:%Y-%m-%d %H:%M} UTC)")
    if kind == "out" and state.open_in is not None and at - state.open_in > MAX_SHIFT:
        gap = (at - state.open_in).total_seconds() / 3600
        found.append(f"it is {gap:.0f} h after the clock-in: was a clock-out missed?")
    return tuple(found)


class ClockUseCases(Service):
    now: Callable[[], datetime] = staticmethod(utcnow)  # tests set a fixed "now"

    # --- the door ------------------------------------------------------------------------------

    @use_case("attendance.clock_in", Permission.ATTENDANCE_EDIT)
    def clock_in(self, badge: str, at: datetime | None = None, *, confirm: bool = False,
                 source: str = "kiosk") -> ClockResult:
        """Clock the badge's holder in (refused if already in, unknown badge, or left)."""
        return self._punch(badge, "in", at, confirm, source)

    @use_case("attendance.clock_out", Permission.ATTENDANCE_EDIT)
    def clock_out(self, badge: str, at: datetime | None = None, *, confirm: bool = False,
                  source: str = "kiosk") -> ClockResult:
        """Clock the badge's holder out (refused if not clocked in, or before the clock-in)."""
        return self._punch(badge, "out", at, confirm, source)

    @use_case("attendance.punch", Permission.ATTENDANCE_EDIT)
    def punch(self, badge: str, at: datetime | None = None, *, confirm: bool = False,
              source: str = "kiosk") -> ClockResult:
        """A scan at the door: clock out if clocked in (within the longest shift), else in."""
        return self._punch(badge, None, at, confirm, source)

    def _punch(self, badge: str, kind: str | None, at: datetime | None, confirm: bool,
               source: str) -> ClockResult:
        code = normalise_badge(badge)
        now = self.now()
        explicit = at is not None
        at = _aware("time", at) if at is not None else now
        # What needs no lock is read first, in one statement (on PostgreSQL outside any
        # transaction: the write lock is app-wide and five PCs at the door queue on it): the
        # badge's holder and photo, the rules, the newest punch anywhere (for the clock
        # warnings) and, a row each, the holder's shifts around the punch.
        with self.db.single_reads() as conn:
            rows = conn.execute(_door_query(), {"code": code, "lo": at - MAX_SHIFT - _EARLY,
                                                "hi": at + _EARLY}).all()
        if not rows:
            raise UnknownBadgeError(code)
        pid, first, last, stage, erased, image, mime, newest_any, *rules = rows[0][:12]
        name = person_name(first, last)
        if erased is not None or stage in ("alumnus", "applicant"):
            raise PersonLeftError(name, stage)
        settings = settings_from(*rules)
        around = [PlannedShift.between(r[12], pid, r[13], r[14], r[15], bool(r[16]),
                                       bool(r[17])) for r in rows if r[12] is not None]
        # Under the write lock: whether the person is clocked in, the punch and its audit entry.
        with self.db.write() as s:
            state = _state(s, pid)
            recent_in = (state.open_in is not None and at >= state.open_in
                         and at - state.open_in <= MAX_SHIFT)
            if kind is None:
                kind = "out" if recent_in else "in"
            note = ""
            if kind == "in":
                if recent_in:
                    assert state.open_in is not None
                    raise AlreadyClockedInError(name, state.open_in)
                if state.open_in is not None and state.open_in < at:
                    note = (f"the clock-out after the clock-in of "
                            f"{state.open_in:%Y-%m-%d %H:%M} UTC is missing")
            else:
                if state.open_in is None:
                    raise NotClockedInError(name)
                if at <= state.open_in:
                    raise ClockOutBeforeInError(name, state.open_in, at)
            warnings = clock_warnings(kind, at, now, explicit, state, newest_any,
                                      settings.clock_jump_hours)
            if warnings and not confirm:
                raise ClockWarningError(name, kind, at, warnings)
            warning = "; ".join(warnings)[:200]
            try:
                event_id = int(s.connection().execute(_insert_punch(), {
                    "person_id": pid, "kind": kind, "at": at, "source": source[:12],
                    "replaces_id": None, "reason": "", "clock_warning": warning,
                    "recorded_at": now, "recorded_by": self.actor.username[:64],
                }).inserted_primary_key[0])
            except IntegrityError as exc:
                raise ValidationError("time", "this punch is already recorded") from exc
            audit.record(s, self.actor, f"attendance.clock_{kind}", "clock_event", event_id,
                         None, {"person_id": pid, "kind": kind, "at": at, "source": source,
                                "clock_warning": warning})
        shift = _shift_near(around, at, kind, state.open_in if kind == "out" else None)
        status = instant_status(kind, at, shift, settings.rules)
        return ClockResult(event_id, pid, name, code, kind, at, status, warning, note,
                           image, mime or "")

    # --- corrections ---------------------------------------------------------------------------

    @use_case("attendance.correct", Permission.ATTENDANCE_EDIT)
    def correct(self, c: Correction) -> PunchRow:
        """Add a missed punch, replace a wrong one, or void one; the original stays recorded."""
        reason = (c.reason or "").strip()
        if not reason:
            raise ValidationError("reason", "say why the punch is corrected")
        if len(reason) > MAX_REASON:
            raise ValidationError("reason", f"is longer than {MAX_REASON} characters")
        if c.kind not in ("in", "out", "void"):
            raise ValidationError("kind", f"'{c.kind}' is not in, out or void")
        now = self.now()
        with self.db.write() as s:
            if s.get(Person, c.person_id) is None:
                raise NotFoundError("person", c.person_id)
            at: datetime
            original: ClockEvent | None = None
            if c.replaces_id is not None:
                original = s.get(ClockEvent, c.replaces_id)
                if original is None or original.person_id != c.person_id:
                    raise NotFoundError("punch", c.replaces_id)
                taken = s.execute(select(ClockEvent.id).where(
                    ClockEvent.replaces_id == original.id)).first()
                if taken is not None:
                    raise ValidationError("punch", f"punch {original.id} was already corrected "
                                                   f"(by punch {taken[0]})")
                if original.kind == "void":
                    raise ValidationError("punch", "a void cannot itself be corrected")
            if c.kind == "void":
                if original is None:
                    raise ValidationError("punch", "choose the punch to void")
                at = original.at
            else:
                if c.at is None:
                    raise ValidationError("time", "give the time of the missed punch")
                at = _aware("time", c.at)
                if at > now + timedelta(minutes=5):
                    raise ValidationError("time", "is in the future")
            try:
                event_id = int(s.execute(insert(ClockEvent.__table__).values(  # type: ignore[attr-defined]
                    person_id=c.person_id, kind=c.kind, at=at, source="correction",
                    replaces_id=c.replaces_id, reason=reason, clock_warning="",
                    recorded_at=now, recorded_by=self.actor.username[:64],
                )).inserted_primary_key[0])
            except IntegrityError as exc:
                raise ValidationError("time", "the same correction is already recorded") from exc
            audit.record(s, self.actor, "attendance.correct", "clock_event", event_id,
                         _event_values(original) if original is not None else None,
                         {"person_id": c.person_id, "kind": c.kind, "at": at,
                          "replaces_id": c.replaces_id, "reason": reason})
            rows = _punch_rows(s, [ClockEvent.id == event_id])
        return rows[0]

    # --- lists ---------------------------------------------------------------------------------

    @use_case("attendance.punches", Permission.ROSTER_VIEW)
    def punches(self, day: date | None = None, person_id: int | None = None,
                days: int = 1) -> list[PunchRow]:
        """Punches (originals and corrections alike) of ``days`` local days from ``day``,
        optionally of one person; or a person's last 500 punches when no day is given."""
        if day is None and person_id is None:
            raise ValidationError("punches", "choose a day or a person")
        with self.db.read() as s:
            where: list[Any] = []
            if person_id is not None:
                where.append(ClockEvent.person_id == person_id)
            if day is not None:
                tz = load_settings(s).rules.time_zone
                lo, hi = local_day_bounds(day, day + timedelta(days=max(1, days) - 1), tz)
                where += [ClockEvent.at >= lo, ClockEvent.at < hi]
                return _punch_rows(s, where)
            return _punch_rows(s, where, limit=500)

    @use_case("attendance.find_badge", Permission.ROSTER_VIEW)
    def person_for_badge(self, badge: str) -> tuple[int, str]:
        """(person id, name) of a badge's holder."""
        code = normalise_badge(badge)
        with self.db.read() as s:
            row = s.execute(select(Person.id, Person.first_name, Person.last_name)
                            .where(Person.badge_no == code)).first()
        if row is None:
            raise UnknownBadgeError(code)
        return row[0], person_name(row[1], row[2])


def _event_values(e: ClockEvent) -> dict[str, object]:
    return {"id": e.id, "person_id": e.person_id, "kind": e.kind, "at": e.at,
            "source": e.source, "reason": e.reason}


def _punch_rows(s: Session, where: list[Any], limit: int | None = None) -> list[PunchRow]:
    query = (select(ClockEvent.id, ClockEvent.person_id, Person.first_name, Person.last_name,
                    Person.badge_no, ClockEvent.kind, ClockEvent.at, ClockEvent.source,
                    ClockEvent.reason, ClockEvent.clock_warning, ClockEvent.replaces_id,
                    ClockEvent.recorded_at, ClockEvent.recorded_by)
             .join(Person, Person.id == ClockEvent.person_id).where(*where)
             .order_by(*((ClockEvent.at.desc(), ClockEvent.id.desc()) if limit
                         else (ClockEvent.at, ClockEvent.id))))
    if limit:
        query = query.limit(limit)
    rows = s.execute(query).all()
    ids = [r[0] for r in rows]
    replaced: dict[int, int] = {}
    for chunk in range(0, len(ids), 900):
        for rid, by in s.execute(select(ClockEvent.replaces_id, ClockEvent.id).where(
                ClockEvent.replaces_id.in_(ids[chunk:chunk + 900]))):
            replaced[rid] = by
    found = [PunchRow(r[0], r[1], person_name(r[2], r[3]), r[4] or "", r[5], r[6], r[7], r[8],
                      r[9], r[10], replaced.get(r[0]), r[11], r[12]) for r in rows]
    if limit:
        found.reverse()
    return found

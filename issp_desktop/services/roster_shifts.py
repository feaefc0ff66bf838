"""The week grid, staged saves, single shifts, copies and repeats, swaps (part of
``RosterService``). Every write goes through ``roster_apply.apply_changes``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from issp_desktop.db.models import Cohort, Leave, Person, Shift, ShiftSwap, ShiftTemplate
from issp_desktop.domain import roster as rr
from issp_desktop.domain.access import Permission
from issp_desktop.domain.text import normalise_national_id
from issp_desktop.errors import ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import use_case
from issp_desktop.services.roster_apply import apply_changes, check_changes
from issp_desktop.services.roster_base import (
    WORKER,
    RosterBase,
    centre_zone,
    ensure_setup,
    full_name,
    get_row,
    load_rules,
    load_templates,
    names_of,
    shift_row,
)
from issp_desktop.services.roster_types import (
    ConflictRow,
    PersonBrief,
    SaveResult,
    ShiftChanges,
    ShiftInput,
    ShiftRow,
    SwapInput,
    SwapRow,
    TemplateRow,
    WeekGrid,
)

MAX_REPEAT_WEEKS = 26
ROSTERED = "rostered"  # the stage filter that shows only people with a shift that week


def from_template(person_id: int, day: date, t: TemplateRow, tz: ZoneInfo, note: str = "",
                  shift_id: int | None = None) -> ShiftInput:
    """The shift a template gives on a local date."""
    return ShiftInput(person_id, rr.local_start(day, t.start_minute, tz), t.length_minutes,
                      t.id, t.break_minutes, t.is_night, note, shift_id)


def _monday(field: str, day: object) -> date:
    if not isinstance(day, date):
        raise ValidationError(field, f"'{day}' is not a date")
    return rr.monday_of(day)


class ShiftUseCases(RosterBase):
    # --- reading -------------------------------------------------------------------------------

    @use_case("roster.week", Permission.ROSTER_VIEW)
    def week(self, monday: date, cohort_id: int | None = None, text: str = "",
             stage: str | None = WORKER) -> WeekGrid:
        """The week's grid: the people (workers by default, and anyone with a shift that
        week; ``stage=ROSTERED``: only people with a shift that week; ``None``: everybody),
        their shifts and their leave. Three queries, whatever the size."""
        monday = _monday("week", monday)
        self._bootstrap()
        with self.db.read() as s:
            tz = centre_zone(s)
            low, high = rr.day_bounds(monday, monday + timedelta(days=6), tz)
            code = {t.id: t.code for t in load_templates(s)}
            shifts = [shift_row(sh, code.get(sh.template_id or 0, ""), tz) for sh in
                      s.execute(select(Shift).where(Shift.starts_at >= low,
                                                    Shift.starts_at < high)
                                .order_by(Shift.starts_at)).scalars()]
            with_shift = {sh.person_id for sh in shifts}
            query = (select(Person.id, Person.first_name, Person.last_name, Person.other_names,
                            Person.national_id, Person.stage, Cohort.name)
                     .outerjoin(Cohort, Cohort.id == Person.cohort_id)
                     .where(Person.erased_at.is_(None)))  # type: ignore[union-attr]
            if stage == ROSTERED:
                query = query.where(Person.id.in_(with_shift))  # type: ignore[union-attr]
            elif stage:
                query = query.where(or_(Person.stage == stage,
                                        Person.id.in_(with_shift)))  # type: ignore[union-attr]
            if cohort_id is not None:
                query = query.where(Person.cohort_id == cohort_id)
            words = (text or "").strip().casefold()
            people = []
            for pid, first, last, other, nid, st, cohort in s.execute(
                    query.order_by(Person.last_name, Person.first_name, Person.id)):
                name = full_name(first, last, other)
                if words and words not in name.casefold() and words not in (nid or ""):
                    continue
                people.append(PersonBrief(pid, name, nid or "", st, cohort or ""))
            shown = {p.id for p in people}
            leave: dict[tuple[int, date], str] = {}
            for pid, start, end, kind in s.execute(
                    select(Leave.person_id, Leave.starts_on, Leave.ends_on, Leave.kind).where(
                        Leave.starts_on <= monday + timedelta(days=6),
                        Leave.ends_on >= monday)):
                if pid in shown:
                    for day in rr.week_days(monday):
                        if start <= day <= end:
                            leave[(pid, day)] = kind
            rules = load_rules(s)
            return WeekGrid(monday, tz.key, tuple(people),
                            tuple(sh for sh in shifts if sh.person_id in shown), leave,
                            tuple(load_templates(s)), rules.payroll_locked_through)

    @use_case("roster.shifts", Permission.ROSTER_VIEW)
    def shifts_between(self, first: date, last: date,
                       person_id: int | None = None) -> list[ShiftRow]:
        """Shifts that start on the local dates ``first``..``last``."""
        if not isinstance(first, date) or not isinstance(last, date) or last < first:
            raise ValidationError("dates", "need a first date on or before the last")
        with self.db.read() as s:
            tz = centre_zone(s)
            low, high = rr.day_bounds(first, last, tz)
            code = {t.id: t.code for t in load_templates(s)}
            query = select(Shift).where(Shift.starts_at >= low, Shift.starts_at < high)
            if person_id is not None:
                query = query.where(Shift.person_id == person_id)
            return [shift_row(sh, code.get(sh.template_id or 0, ""), tz)
                    for sh in s.execute(query.order_by(Shift.starts_at)).scalars()]

    @use_case("roster.workers", Permission.ROSTER_VIEW)
    def workers(self, cohort_id: int | None = None) -> list[PersonBrief]:
        """Workers (of one cohort, or all), by name: who a whole-team assignment covers."""
        with self.db.read() as s:
            query = (select(Person.id, Person.first_name, Person.last_name, Person.other_names,
                            Person.national_id, Person.stage, Cohort.name)
                     .outerjoin(Cohort, Cohort.id == Person.cohort_id)
                     .where(Person.stage == WORKER,
                            Person.erased_at.is_(None)))  # type: ignore[union-attr]
            if cohort_id is not None:
                query = query.where(Person.cohort_id == cohort_id)
            return [PersonBrief(pid, full_name(f, la, o), nid or "", st, c or "")
                    for pid, f, la, o, nid, st, c in s.execute(
                        query.order_by(Person.last_name, Person.first_name))]

    @use_case("roster.find_person", Permission.ROSTER_VIEW)
    def person_by_national_id(self, national_id: str) -> PersonBrief:
        key = normalise_national_id(str(national_id or ""))
        if not key:
            raise ValidationError("national ID", "is required")
        with self.db.read() as s:
            row = s.execute(select(Person.id, Person.first_name, Person.last_name,
                                   Person.other_names, Person.national_id, Person.stage)
                            .where(Person.national_id_norm == key)).first()
        if row is None:
            raise ValidationError("national ID", f"no person has national ID "
                                  f"'{str(national_id).strip()}'")
        pid, first, last, other, nid, stage = row
        return PersonBrief(pid, full_name(first, last, other), nid or "", stage, "")

    def time_zone(self) -> str:
        """The centre's time zone name (the roster's wall clock)."""
        return self._zone().key

    # --- checking and saving -------------------------------------------------------------------

    @use_case("roster.check", Permission.ROSTER_VIEW)
    def check(self, changes: ShiftChanges) -> list[ConflictRow]:
        """Every conflict the staged changes would bring (nothing is written)."""
        with self.db.read() as s:
            return check_changes(s, changes)[0]

    @use_case("roster.save", Permission.ROSTER_EDIT)
    def save(self, changes: ShiftChanges, override_reason: str = "") -> SaveResult:
        """Write a staged batch, all or nothing (see ``apply_changes`` for the rules)."""
        with self.db.write() as s:
            ensure_setup(s, self.actor)
            return apply_changes(s, self.actor, "roster.save", changes, override_reason)

    @use_case("roster.add_shift", Permission.ROSTER_EDIT)
    def add_shift(self, shift: ShiftInput, override_reason: str = "") -> ShiftRow:
        with self.db.write() as s:
            ensure_setup(s, self.actor)
            apply_changes(s, self.actor, "roster.add_shift", ShiftChanges((shift,)),
                          override_reason)
            row = s.execute(select(Shift).where(Shift.person_id == shift.person_id,
                                                Shift.starts_at == shift.starts_at)).scalar_one()
            t = s.get(ShiftTemplate, row.template_id) if row.template_id else None
            return shift_row(row, t.code if t else "", centre_zone(s))

    @use_case("roster.note", Permission.ROSTER_EDIT)
    def set_note(self, shift_id: int, note: str) -> None:
        text = (note or "").strip()
        if len(text) > 300:
            raise ValidationError("note", "is longer than 300 characters")
        with self.db.write() as s:
            row = get_row(s, Shift, shift_id, "shift")
            old = row.note
            row.note = text
            row.version += 1
            audit.record(s, self.actor, "roster.note", "shift", shift_id, {"note": old},
                         {"note": text})

    # --- planning helpers (reads: the grid stages what they return) ---------------------------

    @use_case("roster.plan_copy", Permission.ROSTER_VIEW)
    def plan_copy(self, from_monday: date, to_monday: date,
                  person_ids: Sequence[int] | None = None) -> list[ShiftInput]:
        """The shifts of one week moved to another, same local wall-clock times (a week later
        in Nairobi is 7 × 24 h; in a zone with summer time the local time is kept)."""
        src, dst = _monday("from week", from_monday), _monday("to week", to_monday)
        wanted = set(person_ids) if person_ids is not None else None
        with self.db.read() as s:
            tz = centre_zone(s)
            low, high = rr.day_bounds(src, src + timedelta(days=6), tz)
            out: list[ShiftInput] = []
            for sh in s.execute(select(Shift).where(Shift.starts_at >= low,
                                                    Shift.starts_at < high)
                                .order_by(Shift.person_id, Shift.starts_at)).scalars():
                if wanted is not None and sh.person_id not in wanted:
                    continue
                out.append(_moved(sh, (dst - src).days, tz))
            return out

    @use_case("roster.repeat", Permission.ROSTER_EDIT)
    def repeat_week(self, monday: date, weeks: int, person_ids: Sequence[int] | None = None,
                    override_reason: str = "") -> SaveResult:
        """Repeat a week's pattern for the next ``weeks`` weeks (added to what is there; a
        clash with a shift already planned is an overlap and stops the whole repeat)."""
        if isinstance(weeks, bool) or not isinstance(weeks, int) \
                or not 1 <= weeks <= MAX_REPEAT_WEEKS:
            raise ValidationError("weeks", f"'{weeks}' should be 1–{MAX_REPEAT_WEEKS}")
        src = _monday("week", monday)
        pattern = self.plan_copy(src, src, person_ids)
        if not pattern:
            raise ValidationError("week", f"the week of {src.isoformat()} has no shifts to "
                                  "repeat")
        tz = self._zone()
        shifts = tuple(_shifted(p, 7 * n, tz) for n in range(1, weeks + 1) for p in pattern)
        with self.db.write() as s:
            ensure_setup(s, self.actor)
            return apply_changes(s, self.actor, "roster.repeat", ShiftChanges(shifts),
                                 override_reason)

    # --- swaps ---------------------------------------------------------------------------------

    @use_case("roster.swap", Permission.ROSTER_EDIT)
    def swap(self, swap: SwapInput, override_reason: str = "") -> SwapRow:
        """Exchange shift A and shift B between their two people, or hand shift A over to
        person B; the rules are checked for both people after the swap."""
        if not isinstance(swap, SwapInput):
            raise ValidationError("swap", "is missing")
        approver = (swap.approved_by or "").strip()
        if not approver:
            raise ValidationError("approved by", "say who approved the swap")
        if len(approver) > 120 or len(swap.reason or "") > 300:
            raise ValidationError("reason", "is too long")
        with self.db.write() as s:
            ensure_setup(s, self.actor)
            a = get_row(s, Shift, swap.shift_a_id, "shift")
            b = (get_row(s, Shift, swap.shift_b_id, "shift") if swap.shift_b_id is not None
                 else None)
            person_b = b.person_id if b is not None else swap.person_b_id
            if person_b == a.person_id:
                raise ValidationError("swap", "both shifts belong to the same person")
            if b is not None and swap.person_b_id not in (None, b.person_id):
                raise ValidationError("swap", "shift B does not belong to person B")
            moves = [_same(a, person_b)]
            if b is not None:
                moves.append(_same(b, a.person_id))
            person_a = a.person_id
            apply_changes(s, self.actor, "roster.swap", ShiftChanges(tuple(moves)),
                          override_reason)
            row = ShiftSwap(shift_a_id=a.id, shift_b_id=b.id if b else None,
                            person_a_id=person_a, person_b_id=person_b,
                            approved_by=approver, reason=(swap.reason or "").strip(),
                            recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "roster.swap", "shift_swap", row.id, None, {
                "shift_a_id": row.shift_a_id, "shift_b_id": row.shift_b_id,
                "person_a_id": person_a, "person_b_id": person_b, "approved_by": approver})
            names = names_of(s, [person_a, person_b])
            assert row.id is not None
            return SwapRow(row.id, row.shift_a_id, row.shift_b_id, names[person_a],
                           names[person_b], approver, row.reason, row.swapped_at)

    @use_case("roster.swaps", Permission.ROSTER_VIEW)
    def swaps(self, limit: int = 200) -> list[SwapRow]:
        with self.db.read() as s:
            rows = list(s.execute(select(ShiftSwap).order_by(ShiftSwap.id.desc())  # type: ignore
                                  .limit(limit)).scalars())
            names = names_of(s, {r.person_a_id for r in rows} | {r.person_b_id for r in rows})
            return [SwapRow(r.id or 0, r.shift_a_id, r.shift_b_id, names.get(r.person_a_id, ""),
                            names.get(r.person_b_id, ""), r.approved_by, r.reason,
                            r.swapped_at) for r in rows]


def _same(sh: Shift, person_id: int) -> ShiftInput:
    return ShiftInput(person_id, sh.starts_at, int((sh.ends_at - sh.starts_at).total_seconds()
                                                   // 60), sh.template_id, sh.break_minutes,
                      sh.is_night, sh.note, sh.id)


def _moved(sh: Shift, days: int, tz: ZoneInfo) -> ShiftInput:
    return _shifted(_same(sh, sh.person_id), days, tz)


def _shifted(p: ShiftInput, days: int, tz: ZoneInfo) -> ShiftInput:
    wall = p.starts_at.astimezone(tz).replace(tzinfo=None) + timedelta(days=days)
    start = datetime.combine(wall.date(), wall.time(), tzinfo=tz).astimezone(rr.UTC)
    return ShiftInput(p.person_id, start, p.minutes, p.template_id, p.break_minutes,
                      p.is_night, p.note)

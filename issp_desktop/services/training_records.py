"""Assessments, training sessions with their roll-call, and stipends (part of
``TrainingService``). Batches are all-or-nothing: every entry is checked first, every problem
is reported, and nothing is written if one entry is bad."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from issp_desktop.db.models import (
    Assessment,
    Module,
    Person,
    RollCall,
    Stipend,
    TrainingSession,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain import people as rules
from issp_desktop.domain.access import Permission
from issp_desktop.domain.people import Attendance
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services import training_progress as tp
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.training_cohorts import clean_text, load_cohort
from issp_desktop.services.training_rules import (
    ACCURACY,
    MAX_SCORE,
    MAX_SESSION_MINUTES,
    MAX_WPM,
    SCORE,
    TAKING_PART,
    WPM,
    check_accuracy_bp,
    check_range,
    parse_status,
)
from issp_desktop.services.training_types import (
    AssessmentEntry,
    AssessmentGrid,
    BatchError,
    EntryProblem,
    ModuleKind,
    ModuleRow,
    RollCallSheet,
    SavedAssessments,
    SessionInput,
    SessionRow,
    StipendInput,
    StipendKind,
    StipendList,
    StipendRow,
)


def _not_future(field: str, on: date) -> date:
    if not isinstance(on, date):
        raise ValidationError(field, f"'{on}' is not a date")
    if on > date.today() + timedelta(days=1):
        raise ValidationError(field, f"{on.isoformat()} is in the future")
    return on


def _member_ids(s: Session, cohort_id: int) -> set[int]:
    return set(s.execute(select(Person.id).where(Person.cohort_id == cohort_id)).scalars())


def _check_entry(module: ModuleRow, e: AssessmentEntry) -> tuple[str, str] | None:
    """(field, reason) of the first thing wrong with one grid entry, or None."""
    try:
        if module.kind is ModuleKind.TYPING:
            if e.wpm is None or e.accuracy_bp is None:
                return ("typing", "needs both words per minute and accuracy %")
            check_range(WPM, e.wpm, 0, MAX_WPM)
            check_accuracy_bp(ACCURACY, e.accuracy_bp)
            if e.score is not None:
                check_range(SCORE, e.score, 0, MAX_SCORE)
        else:
            if e.score is None:
                return (SCORE, "is missing")
            check_range(SCORE, e.score, 0, MAX_SCORE)
            if e.wpm is not None or e.accuracy_bp is not None:
                return ("typing", f"'{module.name}' is not a typing module")
    except ValidationError as exc:
        return (exc.field, exc.reason)
    return None


class RecordUseCases(Service):
    # --- assessments ------------------------------------------------------------------------

    @use_case("assessments.grid", Permission.TRAINING_VIEW)
    def assessment_grid(self, cohort_id: int) -> AssessmentGrid:
        """Trainees × the cohort's modules, with the latest attempt in each cell."""
        with self.db.read() as s:
            load_cohort(s, cohort_id)
            modules = tp.curricula(s, [cohort_id]).get(cohort_id, [])
            trainees = tp.members(s, [cohort_id]).get(cohort_id, [])
            wanted = {m.id for m in modules}
            cells = {key: cell for key, cell in tp.latest_results(s, [cohort_id]).items()
                     if key[1] in wanted}
        return AssessmentGrid(cohort_id, tuple(modules), tuple(trainees), cells)

    @use_case("assessments.save", Permission.TRAINING_EDIT)
    def save_assessments(self, cohort_id: int, entries: Sequence[AssessmentEntry],
                         taken_on: date | None = None) -> SavedAssessments:
        """Each entry becomes a new attempt; ``passed`` follows the module's rule now."""
        taken_on = _not_future("date taken", taken_on or date.today())
        entries = list(entries)
        if not entries:
            raise ValidationError("assessments", "there is nothing to save")
        with self.db.write() as s:
            load_cohort(s, cohort_id)
            members = _member_ids(s, cohort_id)
            modules = {m.id: m for m in tp.curricula(s, [cohort_id]).get(cohort_id, [])}
            problems: list[EntryProblem] = []
            seen: set[tuple[int, int]] = set()
            for i, e in enumerate(entries):
                module = modules.get(e.module_id)
                bad: tuple[str, str] | None = None
                if e.person_id not in members:
                    bad = ("trainee", f"person {e.person_id} is not in this cohort")
                elif module is None:
                    bad = ("module", f"module {e.module_id} is not in this cohort's curriculum")
                elif (e.person_id, e.module_id) in seen:
                    bad = ("entry", "the same trainee and module appear twice")
                else:
                    bad = _check_entry(module, e)
                seen.add((e.person_id, e.module_id))
                if bad is not None:
                    problems.append(EntryProblem(i, e.person_id, e.module_id, *bad))
            if problems:
                raise BatchError("assessments", problems)
            attempts = dict(((p, m), int(n)) for p, m, n in s.execute(
                select(Assessment.person_id, Assessment.module_id, func.max(Assessment.attempt))
                .where(Assessment.person_id.in_({e.person_id for e in entries}))
                .group_by(Assessment.person_id, Assessment.module_id)).all())
            ids: list[int] = []
            logged: list[dict[str, Any]] = []
            for e in entries:
                module = modules[e.module_id]
                passed = rules.module_passed(module.kind.value, module.pass_mark, module.min_wpm,
                                             module.min_accuracy_bp, e.score, e.wpm,
                                             e.accuracy_bp)
                row = Assessment(person_id=e.person_id, module_id=e.module_id,
                                 cohort_id=cohort_id, taken_on=taken_on, score=e.score,
                                 wpm=e.wpm, accuracy_bp=e.accuracy_bp, passed=passed,
                                 attempt=attempts.get((e.person_id, e.module_id), 0) + 1,
                                 recorded_by=self.actor.username)
                s.add(row)
                s.flush()
                assert row.id is not None
                ids.append(row.id)
                logged.append({"id": row.id, "person_id": e.person_id, "module_id": e.module_id,
                               "score": e.score, "wpm": e.wpm, "accuracy_bp": e.accuracy_bp,
                               "passed": passed, "attempt": row.attempt})
            audit.record(s, self.actor, "assessments.save", "cohort", cohort_id, None,
                         {"taken_on": taken_on, "assessments": logged})
        return SavedAssessments(len(ids), sum(1 for x in logged if x["passed"]), tuple(ids))

    # --- sessions and roll-call -------------------------------------------------------------

    @use_case("training_sessions.list", Permission.TRAINING_VIEW)
    def list_sessions(self, cohort_id: int) -> list[SessionRow]:
        """The cohort's sessions, newest first, with how many were marked of each status."""
        with self.db.read() as s:
            load_cohort(s, cohort_id)
            sessions = list(s.execute(select(TrainingSession)
                                      .where(TrainingSession.cohort_id == cohort_id)
                                      .order_by(TrainingSession.held_on.desc(),
                                                TrainingSession.id.desc())).scalars())
            counts: dict[int, dict[str, int]] = defaultdict(dict)
            for sid, status, n in s.execute(
                    select(RollCall.session_id, RollCall.status, func.count())
                    .join(TrainingSession, TrainingSession.id == RollCall.session_id)
                    .where(TrainingSession.cohort_id == cohort_id)
                    .group_by(RollCall.session_id, RollCall.status)).all():
                counts[sid][status] = int(n)
            names = self._module_names(s)
            return [self._session_row(t, names, counts.get(t.id or 0, {})) for t in sessions]

    @staticmethod
    def _module_names(s: Session) -> dict[int, str]:
        return {i: n for i, n in s.execute(select(Module.id, Module.name)).all()}

    @staticmethod
    def _session_row(t: TrainingSession, names: dict[int, str],
                     counts: dict[str, int]) -> SessionRow:
        assert t.id is not None
        return SessionRow(t.id, t.cohort_id, t.held_on, t.minutes, t.topic, t.module_id,
                          names.get(t.module_id or 0, ""), sum(counts.values()), dict(counts))

    @use_case("training_sessions.create", Permission.TRAINING_EDIT)
    def create_session(self, cohort_id: int, new: SessionInput) -> SessionRow:
        with self.db.write() as s:
            cohort = load_cohort(s, cohort_id)
            held_on = _not_future("date", new.held_on)
            if held_on < cohort.start_date:
                raise ValidationError("date", f"{held_on.isoformat()} is before the cohort "
                                      f"starts ({cohort.start_date.isoformat()})")
            values: dict[str, Any] = {
                "cohort_id": cohort_id, "held_on": held_on,
                "minutes": check_range("minutes", new.minutes, 1, MAX_SESSION_MINUTES),
                "topic": clean_text("topic", new.topic, 200), "module_id": new.module_id,
            }
            if new.module_id is not None:
                plan = tp.curricula(s, [cohort_id]).get(cohort_id, [])
                if new.module_id not in {m.id for m in plan}:
                    raise ValidationError("module", "is not in this cohort's curriculum")
            clash = s.execute(select(TrainingSession.id).where(
                TrainingSession.cohort_id == cohort_id, TrainingSession.held_on == held_on,
                TrainingSession.topic == values["topic"])).first()
            if clash:
                raise ValidationError("session", f"there is already one on "
                                      f"{held_on.isoformat()} with the topic "
                                      f"'{values['topic']}'")
            session = TrainingSession(**values, recorded_by=self.actor.username)
            s.add(session)
            try:
                s.flush()
            except IntegrityError:  # another PC added the same session a moment ago
                raise ValidationError("session", "was just added by someone else") from None
            audit.record(s, self.actor, "training_sessions.create", "training_session",
                         session.id, None, values)
            return self._session_row(session, self._module_names(s), {})

    @use_case("roll_call.get", Permission.TRAINING_VIEW)
    def roll_call(self, session_id: int) -> RollCallSheet:
        """The marks taken so far, and who is on the roll: the cohort's people still in
        training (applicants and trainees) and anybody already marked. Workers and alumni of
        the cohort are not asked for again."""
        with self.db.read() as s:
            session = self._session(s, session_id)
            marks = {pid: Attendance(status) for pid, status in s.execute(
                select(RollCall.person_id, RollCall.status)
                .where(RollCall.session_id == session_id)).all()}
            trainees = [t for t in tp.members(s, [session.cohort_id]).get(session.cohort_id, [])
                        if t.stage in TAKING_PART or t.id in marks]
            counts: dict[str, int] = defaultdict(int)
            for status in marks.values():
                counts[status.value] += 1
            row = self._session_row(session, self._module_names(s), dict(counts))
        return RollCallSheet(row, tuple(trainees), marks)

    @use_case("roll_call.take", Permission.TRAINING_EDIT)
    def take_roll(self, session_id: int,
                  marks: Mapping[int, Attendance | str]) -> SessionRow:
        """Replace the session's marks for the cohort's trainees with ``marks``."""
        if not marks:
            raise ValidationError("roll-call", "mark at least one trainee")
        with self.db.write() as s:
            session = self._session(s, session_id)
            members = _member_ids(s, session.cohort_id)
            clean: dict[int, Attendance] = {}
            problems: list[EntryProblem] = []
            for i, (pid, raw) in enumerate(marks.items()):
                try:
                    if pid not in members:
                        raise ValidationError("trainee", f"person {pid} is not in this cohort")
                    clean[pid] = parse_status(str(raw))
                except ValidationError as exc:
                    problems.append(EntryProblem(i, pid, None, exc.field, exc.reason))
            if problems:
                raise BatchError("roll-call", problems)
            old = {str(pid): status for pid, status in s.execute(
                select(RollCall.person_id, RollCall.status)
                .where(RollCall.session_id == session_id)).all() if pid in members}
            s.execute(delete(RollCall).where(RollCall.session_id == session_id,
                                             RollCall.person_id.in_(members)))
            now = utcnow()
            s.execute(insert(RollCall), [
                {"session_id": session_id, "person_id": pid, "status": status.value,
                 "recorded_at": now, "recorded_by": self.actor.username}
                for pid, status in clean.items()])
            new = {str(pid): status.value for pid, status in clean.items()}
            audit.record(s, self.actor, "roll_call.take", "training_session", session_id,
                         old or None, new)
            counts: dict[str, int] = defaultdict(int)
            for status in clean.values():
                counts[status.value] += 1
            return self._session_row(session, self._module_names(s), dict(counts))

    @staticmethod
    def _session(s: Session, session_id: int) -> TrainingSession:
        session = s.get(TrainingSession, session_id) if isinstance(session_id, int) else None
        if session is None:
            raise NotFoundError("training session", session_id)
        return session

    # --- stipends ---------------------------------------------------------------------------

    @use_case("stipends.list", Permission.TRAINING_VIEW)
    def list_stipends(self, cohort_id: int | None = None,
                      person_id: int | None = None) -> StipendList:
        """Stipends of a cohort or a person, newest first. Amounts only for those who may see
        pay figures (PAY_VIEW or STIPENDS_EDIT); a trainer sees dates and kinds only."""
        visible = (self.actor.can(Permission.PAY_VIEW)
                   or self.actor.can(Permission.STIPENDS_EDIT))
        with self.db.read() as s:
            q = (select(Stipend.id, Stipend.person_id, Person.first_name, Person.last_name,
                        Stipend.cohort_id, Stipend.on, Stipend.amount_cents, Stipend.kind,
                        Stipend.note, Stipend.recorded_by)
                 .join(Person, Person.id == Stipend.person_id)
                 .order_by(Stipend.on.desc(), Stipend.id.desc()))
            if cohort_id is not None:
                q = q.where(Stipend.cohort_id == cohort_id)
            if person_id is not None:
                q = q.where(Stipend.person_id == person_id)
            rows = tuple(
                StipendRow(sid, pid, tp.person_name(first, last), cid, on,
                           cents if visible else None, kind, note, by)
                for sid, pid, first, last, cid, on, cents, kind, note, by in s.execute(q).all())
        total = sum(r.amount_cents or 0 for r in rows) if visible else None
        return StipendList(rows, visible, total)

    @use_case("stipends.record", Permission.STIPENDS_EDIT)
    def record_stipends(self, cohort_id: int,
                        entries: Sequence[StipendInput]) -> list[StipendRow]:
        """Record stipends owed to the cohort's trainees (the payroll feature pays them)."""
        entries = list(entries)
        if not entries:
            raise ValidationError("stipends", "there is nothing to save")
        with self.db.write() as s:
            load_cohort(s, cohort_id)
            members = _member_ids(s, cohort_id)
            problems: list[EntryProblem] = []
            values: list[dict[str, Any]] = []
            for i, e in enumerate(entries):
                try:
                    if e.person_id not in members:
                        raise ValidationError("trainee", f"person {e.person_id} is not in "
                                              "this cohort")
                    cents = rules.parse_amount_cents("amount", str(e.amount))
                    if cents == 0:
                        raise ValidationError("amount", "must be more than zero")
                    try:
                        kind = StipendKind(e.kind)
                    except ValueError:
                        raise ValidationError("kind", f"'{e.kind}' is not transport, meals "
                                              "or other") from None
                    values.append({"person_id": e.person_id, "cohort_id": cohort_id,
                                   "on": _not_future("date", e.on), "amount_cents": cents,
                                   "kind": kind.value, "note": clean_text("note", e.note, 200),
                                   "recorded_by": self.actor.username})
                except ValidationError as exc:
                    problems.append(EntryProblem(i, e.person_id, None, exc.field, exc.reason))
            if problems:
                raise BatchError("stipends", problems)
            rows = [Stipend(**v) for v in values]
            s.add_all(rows)
            s.flush()
            audit.record(s, self.actor, "stipends.record", "cohort", cohort_id, None, {
                "stipends": [{"id": r.id, "person_id": r.person_id, "on": r.on.isoformat(),
                              "amount_cents": r.amount_cents, "kind": r.kind} for r in rows]})
            names = {pid: tp.person_name(f, la) for pid, f, la in s.execute(
                select(Person.id, Person.first_name, Person.last_name)
                .where(Person.id.in_(members)))}
            return [StipendRow(r.id or 0, r.person_id, names.get(r.person_id, ""),
                               r.cohort_id, r.on, r.amount_cents, r.kind, r.note,
                               r.recorded_by) for r in rows]

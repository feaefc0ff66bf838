"""Training records: the assessment grid and its all-or-nothing saves, sessions and
roll-call, stipends and who may see their amounts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from issp_desktop.db.models import Assessment, AuditEntry, Person, RollCall, Stipend
from issp_desktop.domain.access import Actor, Role
from issp_desktop.domain.people import Attendance
from issp_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.training import (
    AssessmentEntry,
    BatchError,
    CohortInput,
    ModuleInput,
    ModuleRow,
    SessionInput,
    StipendInput,
    TrainingService,
)

START, END = date(2026, 1, 5), date(2026, 3, 27)
ON = date(2026, 1, 16)


@dataclass
class Cohort:
    services: Services
    training: TrainingService
    id: int
    typing: ModuleRow
    english: ModuleRow
    soft: ModuleRow  # exists, not in the curriculum
    people: list[int]
    outsider: int


@pytest.fixture
def cohort(services: Services) -> Cohort:
    training = TrainingService(services.ctx)
    typing = training.create_module(ModuleInput("Typing", "typing", 60, 0, 30, 9500))
    english = training.create_module(ModuleInput("English", "test", 40, 60))
    soft = training.create_module(ModuleInput("Soft skills", "test", 24, 50))
    row = training.create_cohort(CohortInput("Kibera 2026-01", START, END,
                                             module_ids=(typing.id, english.id)))
    ids: list[int] = []
    with services.db.write() as s:
        for name, cohort_id in (("Amina", row.id), ("Brian", row.id), ("Chao", row.id),
                                ("Dede", None)):
            person = Person(first_name=name, last_name="Otieno", stage="trainee",
                            cohort_id=cohort_id)
            s.add(person)
            s.flush()
            assert person.id is not None
            ids.append(person.id)
    return Cohort(services, training, row.id, typing, english, soft, ids[:3], ids[3])


def count(services: Services, model: type, *where: object) -> int:
    with services.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)
                             ).scalar_one())


def audit_of(services: Services, use_case: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.use_case == use_case)
                              ).scalars())


# --- assessments ---------------------------------------------------------------------------------


def test_the_grid_shows_the_latest_attempt(cohort: Cohort) -> None:
    t = cohort.training
    amina, brian, _ = cohort.people
    first = t.save_assessments(cohort.id, [
        AssessmentEntry(amina, cohort.english.id, score=40),
        AssessmentEntry(brian, cohort.typing.id, wpm=30, accuracy_bp=9500),
    ], ON)
    assert (first.count, first.passed) == (2, 1)
    t.save_assessments(cohort.id, [AssessmentEntry(amina, cohort.english.id, score=65)],
                       ON + timedelta(days=7))
    grid = t.assessment_grid(cohort.id)
    assert [m.name for m in grid.modules] == ["Typing", "English"]
    assert [p.name for p in grid.trainees] == ["Amina Otieno", "Brian Otieno", "Chao Otieno"]
    cell = grid.cell(amina, cohort.english.id)
    assert cell is not None and (cell.score, cell.passed, cell.attempt) == (65, True, 2)
    typing = grid.cell(brian, cohort.typing.id)
    assert typing is not None and typing.passed  # exactly at the minimums
    assert grid.cell(amina, cohort.typing.id) is None
    assert count(cohort.services, Assessment) == 3  # attempts are kept, never overwritten


def test_a_bad_cell_saves_nothing(cohort: Cohort) -> None:
    amina, brian, chao = cohort.people
    good = [AssessmentEntry(amina, cohort.english.id, score=70),
            AssessmentEntry(brian, cohort.typing.id, wpm=41, accuracy_bp=9700)]
    bad = AssessmentEntry(chao, cohort.english.id, score=101)
    with pytest.raises(BatchError) as info:
        cohort.training.save_assessments(cohort.id, [*good, bad], ON)
    [problem] = info.value.problems
    assert (problem.index, problem.person_id, problem.field) == (2, chao, "score")
    assert "101 is outside 0–100" in problem.reason
    assert count(cohort.services, Assessment) == 0
    assert audit_of(cohort.services, "assessments.save") == []


@pytest.mark.parametrize(("entry", "field", "reason"), [
    (lambda c: AssessmentEntry(c.outsider, c.english.id, score=70), "trainee",
     "not in this cohort"),
    (lambda c: AssessmentEntry(c.people[0], c.soft.id, score=70), "module",
     "not in this cohort's curriculum"),
    (lambda c: AssessmentEntry(c.people[0], c.typing.id, wpm=40), "typing",
     "needs both"),
    (lambda c: AssessmentEntry(c.people[0], c.typing.id, wpm=251, accuracy_bp=9500),
     "words per minute", "outside 0–250"),
    (lambda c: AssessmentEntry(c.people[0], c.typing.id, wpm=40, accuracy_bp=10_001),
     "accuracy %", "outside 0–100 %"),
    (lambda c: AssessmentEntry(c.people[0], c.english.id), "score", "missing"),
    (lambda c: AssessmentEntry(c.people[0], c.english.id, score=-1), "score", "outside"),
    (lambda c: AssessmentEntry(c.people[0], c.english.id, score=70, wpm=40), "typing",
     "not a typing module"),
])
def test_bad_entries_are_refused(cohort: Cohort, entry: object, field: str,
                                 reason: str) -> None:
    made = entry(cohort)  # type: ignore[operator]
    with pytest.raises(BatchError) as info:
        cohort.training.save_assessments(cohort.id, [made], ON)
    [problem] = info.value.problems
    assert problem.field == field and reason in problem.reason
    assert count(cohort.services, Assessment) == 0


def test_every_problem_is_reported(cohort: Cohort) -> None:
    amina = cohort.people[0]
    with pytest.raises(BatchError) as info:
        cohort.training.save_assessments(cohort.id, [
            AssessmentEntry(amina, cohort.english.id, score=500),
            AssessmentEntry(amina, cohort.english.id, score=50),
            AssessmentEntry(cohort.outsider, cohort.english.id, score=50),
        ], ON)
    assert [p.index for p in info.value.problems] == [0, 1, 2]
    assert "appear twice" in info.value.problems[1].reason
    assert "3 problem(s), nothing was saved" in str(info.value)


def test_empty_batches_future_dates_and_unknown_cohorts(cohort: Cohort) -> None:
    t = cohort.training
    with pytest.raises(ValidationError, match="nothing to save"):
        t.save_assessments(cohort.id, [], ON)
    entry = AssessmentEntry(cohort.people[0], cohort.english.id, score=70)
    with pytest.raises(ValidationError, match="in the future"):
        t.save_assessments(cohort.id, [entry], date.today() + timedelta(days=30))
    with pytest.raises(NotFoundError):
        t.save_assessments(9999, [entry], ON)


def test_saving_is_audited_with_the_values(cohort: Cohort) -> None:
    amina = cohort.people[0]
    saved = cohort.training.save_assessments(
        cohort.id, [AssessmentEntry(amina, cohort.typing.id, wpm=29, accuracy_bp=9900)], ON)
    [entry] = audit_of(cohort.services, "assessments.save")
    logged = json.loads(entry.new_values or "{}")
    assert logged["taken_on"] == ON.isoformat()
    assert logged["assessments"] == [{"id": saved.ids[0], "person_id": amina,
                                      "module_id": cohort.typing.id, "score": None, "wpm": 29,
                                      "accuracy_bp": 9900, "passed": False, "attempt": 1}]


# --- sessions and roll-call ----------------------------------------------------------------------


def test_roll_call_taken_and_retaken(cohort: Cohort) -> None:
    t = cohort.training
    amina, brian, chao = cohort.people
    session = t.create_session(cohort.id, SessionInput(ON, 240, "Typing drill",
                                                       cohort.typing.id))
    assert (session.module_name, session.marked) == ("Typing", 0)
    sheet = t.roll_call(session.id)
    assert [p.id for p in sheet.trainees] == [amina, brian, chao] and sheet.marks == {}
    first = t.take_roll(session.id, {amina: "present", brian: "L", chao: Attendance.ABSENT})
    assert first.counts == {"present": 1, "late": 1, "absent": 1}
    again = t.take_roll(session.id, {amina: "excused", brian: "present", chao: "present"})
    assert again.marked == 3
    assert t.roll_call(session.id).marks == {amina: Attendance.EXCUSED,
                                             brian: Attendance.PRESENT,
                                             chao: Attendance.PRESENT}
    assert count(cohort.services, RollCall) == 3
    [_, retake] = audit_of(cohort.services, "roll_call.take")
    assert json.loads(retake.old_values or "{}") == {str(amina): "present",
                                                      str(brian): "late", str(chao): "absent"}
    assert json.loads(retake.new_values or "{}")[str(amina)] == "excused"
    [listed] = t.list_sessions(cohort.id)
    assert listed.counts == {"excused": 1, "present": 2}


def test_a_bad_mark_saves_none(cohort: Cohort) -> None:
    t = cohort.training
    amina, brian, _ = cohort.people
    session = t.create_session(cohort.id, SessionInput(ON))
    t.take_roll(session.id, {amina: "present"})
    with pytest.raises(BatchError) as info:
        t.take_roll(session.id, {amina: "absent", brian: "asleep", cohort.outsider: "present"})
    assert [p.field for p in info.value.problems] == ["attendance", "trainee"]
    assert t.roll_call(session.id).marks == {amina: Attendance.PRESENT}
    with pytest.raises(ValidationError, match="at least one"):
        t.take_roll(session.id, {})
    with pytest.raises(NotFoundError):
        t.take_roll(9999, {amina: "present"})


@pytest.mark.parametrize(("new", "field"), [
    (SessionInput(START - timedelta(days=1)), "date"),
    (SessionInput(date.today() + timedelta(days=10)), "date"),
    (SessionInput(ON, 0), "minutes"),
    (SessionInput(ON, 24 * 60 + 1), "minutes"),
    (SessionInput(ON, 60, "t" * 201), "topic"),
])
def test_bad_sessions_are_refused(cohort: Cohort, new: SessionInput, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        cohort.training.create_session(cohort.id, new)
    assert info.value.field == field


def test_one_session_per_day_and_topic_and_only_curriculum_modules(cohort: Cohort) -> None:
    t = cohort.training
    t.create_session(cohort.id, SessionInput(ON, 240, "English"))
    t.create_session(cohort.id, SessionInput(ON, 180, "Typing"))
    with pytest.raises(ValidationError, match="already one"):
        t.create_session(cohort.id, SessionInput(ON, 60, "English"))
    with pytest.raises(ValidationError, match="curriculum"):
        t.create_session(cohort.id, SessionInput(ON, 60, "Soft", cohort.soft.id))
    assert [s.topic for s in t.list_sessions(cohort.id)] == ["Typing", "English"]
    assert len(audit_of(cohort.services, "training_sessions.create")) == 2


def test_a_trainer_takes_the_roll_a_viewer_cannot(cohort: Cohort) -> None:
    t = cohort.training
    cohort.services.ctx.actor = Actor(None, "mercy", Role.TRAINER)
    session = t.create_session(cohort.id, SessionInput(ON))
    t.take_roll(session.id, dict.fromkeys(cohort.people, "present"))
    t.save_assessments(cohort.id, [AssessmentEntry(cohort.people[0], cohort.english.id,
                                                   score=80)], ON)
    cohort.services.ctx.actor = Actor(None, "zoe", Role.VIEWER)
    assert t.roll_call(session.id).marks
    assert t.assessment_grid(cohort.id).cells
    with pytest.raises(PermissionDeniedError):
        t.take_roll(session.id, dict.fromkeys(cohort.people, "absent"))
    with pytest.raises(PermissionDeniedError):
        t.create_session(cohort.id, SessionInput(ON, 60, "Other"))
    with pytest.raises(PermissionDeniedError):
        t.save_assessments(cohort.id, [AssessmentEntry(cohort.people[0], cohort.english.id,
                                                       score=10)], ON)
    assert count(cohort.services, Assessment) == 1


# --- stipends ------------------------------------------------------------------------------------


def test_stipends_recorded_and_listed(cohort: Cohort) -> None:
    t = cohort.training
    amina, brian, _ = cohort.people
    cohort.services.ctx.actor = Actor(None, "peter", Role.SUPERVISOR)
    rows = t.record_stipends(cohort.id, [
        StipendInput(amina, ON, "KES 1,200.50", "transport", "Week 2"),
        StipendInput(brian, ON, "300", "meals"),
    ])
    assert [r.amount_cents for r in rows] == [120_050, 30_000]
    listed = t.list_stipends(cohort.id)
    assert listed.amounts_visible and listed.total_cents == 150_050
    assert {r.person_name for r in listed.rows} == {"Amina Otieno", "Brian Otieno"}
    assert [r.amount_cents for r in t.list_stipends(person_id=amina).rows] == [120_050]
    [entry] = audit_of(cohort.services, "stipends.record")
    assert json.loads(entry.new_values or "{}")["stipends"][0]["amount_cents"] == 120_050


def test_a_trainer_sees_no_stipend_amounts_and_records_none(cohort: Cohort) -> None:
    t = cohort.training
    t.record_stipends(cohort.id, [StipendInput(cohort.people[0], ON, "500")])
    cohort.services.ctx.actor = Actor(None, "mercy", Role.TRAINER)
    listed = t.list_stipends(cohort.id)
    assert len(listed.rows) == 1
    assert listed.rows[0].amount_cents is None and listed.total_cents is None
    assert not listed.amounts_visible
    with pytest.raises(PermissionDeniedError):
        t.record_stipends(cohort.id, [StipendInput(cohort.people[0], ON, "500")])
    cohort.services.ctx.actor = Actor(None, "hassan", Role.PAYROLL_CLERK)
    assert t.list_stipends(cohort.id).rows[0].amount_cents == 50_000


@pytest.mark.parametrize(("amount", "kind", "field"), [
    ("-500", "transport", "amount"), ("abc", "transport", "amount"),
    ("0", "transport", "amount"), ("12,00", "transport", "amount"),
    ("500", "bonus", "kind"),
])
def test_bad_stipends_save_nothing(cohort: Cohort, amount: str, kind: str, field: str) -> None:
    with pytest.raises(BatchError) as info:
        cohort.training.record_stipends(cohort.id, [
            StipendInput(cohort.people[0], ON, "500"),
            StipendInput(cohort.people[1], ON, amount, kind),
        ])
    assert [p.field for p in info.value.problems] == [field]
    assert count(cohort.services, Stipend) == 0


def test_stipends_only_for_the_cohorts_trainees(cohort: Cohort) -> None:
    with pytest.raises(BatchError, match="not in this cohort"):
        cohort.training.record_stipends(cohort.id, [StipendInput(cohort.outsider, ON, "500")])
    with pytest.raises(ValidationError, match="nothing to save"):
        cohort.training.record_stipends(cohort.id, [])


def test_the_roll_lists_people_still_in_training(cohort: Cohort) -> None:
    t = cohort.training
    amina, brian, chao = cohort.people
    with cohort.services.db.write() as s:
        hired = s.get(Person, chao)
        assert hired is not None
        hired.stage = "worker"
    first = t.create_session(cohort.id, SessionInput(ON, 60, "First"))
    assert [p.id for p in t.roll_call(first.id).trainees] == [amina, brian]
    t.take_roll(first.id, {amina: "present", brian: "present", chao: "late"})  # may be marked
    assert [p.id for p in t.roll_call(first.id).trainees] == [amina, brian, chao]

"""Training service: cohorts, modules and curricula, progress figures, who may do what."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from issp_desktop.db.models import AuditEntry, Person
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import (
    NotFoundError,
    PermissionDeniedError,
    StaleRecordError,
    ValidationError,
)
from issp_desktop.services import Services
from issp_desktop.services.training import (
    AssessmentEntry,
    CohortInput,
    ModuleInput,
    ModuleKind,
    ModuleRow,
    SessionInput,
    TrainingService,
)

START, END = date(2026, 1, 5), date(2026, 3, 27)
TRAINER = Actor(None, "mercy", Role.TRAINER, "Mercy Chebet")
VIEWER = Actor(None, "zoe", Role.VIEWER)
SUPERVISOR = Actor(None, "peter", Role.SUPERVISOR)


@pytest.fixture
def training(services: Services) -> TrainingService:
    return TrainingService(services.ctx)


@pytest.fixture
def modules(training: TrainingService) -> tuple[ModuleRow, ModuleRow]:
    typing = training.create_module(ModuleInput("Typing", ModuleKind.TYPING, 60, 0, 30, 9500))
    english = training.create_module(ModuleInput("English", "test", 40, 60))
    return typing, english


def add_people(services: Services, cohort_id: int | None, names: list[str]) -> list[int]:
    ids: list[int] = []
    with services.db.write() as s:
        for name in names:
            person = Person(first_name=name, last_name="Wanjiru", stage="trainee",
                            cohort_id=cohort_id, enrolled_on=START)
            s.add(person)
            s.flush()
            assert person.id is not None
            ids.append(person.id)
    return ids


def audit_entries(services: Services, use_case: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.use_case == use_case)
                              ).scalars())


def cohort_input(**changes: object) -> CohortInput:
    base = CohortInput("2026-01 Kibera Data Entry", START, END, "Mercy Chebet", "Data Entry",
                       30, 80, "Morning group")
    return replace(base, **changes)  # type: ignore[arg-type]


# --- cohorts -------------------------------------------------------------------------------------


def test_create_a_cohort_with_its_curriculum(services: Services, training: TrainingService,
                                             modules: tuple[ModuleRow, ModuleRow]) -> None:
    typing, english = modules
    row = training.create_cohort(cohort_input(module_ids=(english.id, typing.id)))
    assert row.module_ids == (english.id, typing.id)
    assert (row.trainees, row.completed, row.at_risk, row.attendance_pct) == (0, 0, 0, None)
    assert row.version == 1
    [entry] = audit_entries(services, "cohorts.create")
    assert entry.entity == "cohort" and entry.entity_id == str(row.id)
    assert json.loads(entry.new_values or "{}")["module_ids"] == [english.id, typing.id]
    listed = training.list_cohorts()
    assert [c.name for c in listed] == ["2026-01 Kibera Data Entry"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"end_date": START}, "end date"),
    ({"end_date": date(2025, 12, 1)}, "end date"),
    ({"name": "   "}, "name"),
    ({"name": "x" * 121}, "name"),
    ({"name": "Kibera\u202e"}, "name"),
    ({"capacity": 0}, "capacity"),
    ({"attendance_threshold_pct": 101}, "attendance threshold %"),
    ({"attendance_threshold_pct": -1}, "attendance threshold %"),
    ({"trainer": "y" * 121}, "trainer"),
    ({"module_ids": (1, 1)}, "curriculum"),
])
def test_bad_cohorts_are_refused(services: Services, training: TrainingService,
                                 modules: tuple[ModuleRow, ModuleRow],
                                 changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        training.create_cohort(cohort_input(**changes))
    assert info.value.field == field
    assert training.list_cohorts() == []
    assert audit_entries(services, "cohorts.create") == []


def test_cohort_names_are_unique_whatever_the_case(training: TrainingService) -> None:
    training.create_cohort(cohort_input())
    with pytest.raises(ValidationError, match="already a cohort"):
        training.create_cohort(cohort_input(name="2026-01 KIBERA  data entry"))


def test_an_unknown_module_is_refused(training: TrainingService) -> None:
    with pytest.raises(NotFoundError):
        training.create_cohort(cohort_input(module_ids=(999,)))
    assert training.list_cohorts() == []


def test_update_is_version_checked_and_audited(services: Services,
                                               training: TrainingService) -> None:
    row = training.create_cohort(cohort_input())
    updated = training.update_cohort(row.id, cohort_input(capacity=25, trainer="Ann"),
                                     row.version)
    assert (updated.capacity, updated.trainer, updated.version) == (25, "Ann", 2)
    [entry] = audit_entries(services, "cohorts.update")
    assert json.loads(entry.old_values or "{}") == {"capacity": 30, "trainer": "Mercy Chebet"}
    assert json.loads(entry.new_values or "{}") == {"capacity": 25, "trainer": "Ann"}
    with pytest.raises(StaleRecordError):
        training.update_cohort(row.id, cohort_input(capacity=20), row.version)
    assert training.find_cohort(row.name).capacity == 25


def test_curriculum_add_remove_reorder(services: Services, training: TrainingService,
                                       modules: tuple[ModuleRow, ModuleRow]) -> None:
    typing, english = modules
    row = training.create_cohort(cohort_input(module_ids=(typing.id,)))
    row = training.set_curriculum(row.id, [english.id, typing.id], row.version)
    assert row.module_ids == (english.id, typing.id)
    row = training.set_curriculum(row.id, [typing.id], row.version)
    assert row.module_ids == (typing.id,)
    with pytest.raises(StaleRecordError):
        training.set_curriculum(row.id, [], row.version - 1)
    assert len(audit_entries(services, "cohorts.set_curriculum")) == 2


def test_a_retired_module_cannot_be_added_but_may_stay(training: TrainingService,
                                                       modules: tuple[ModuleRow, ModuleRow]
                                                       ) -> None:
    typing, english = modules
    row = training.create_cohort(cohort_input(module_ids=(typing.id,)))
    retired = training.update_module(english.id, ModuleInput("English", "test", 40, 60,
                                                             active=False), english.version)
    assert not retired.active
    with pytest.raises(ValidationError, match="retired"):
        training.set_curriculum(row.id, [typing.id, english.id], row.version)
    training.update_module(typing.id, ModuleInput("Typing", "typing", 60, 0, 30, 9500,
                                                  active=False), typing.version)
    assert training.set_curriculum(row.id, [typing.id], row.version).module_ids == (typing.id,)


def test_find_cohort(training: TrainingService) -> None:
    row = training.create_cohort(cohort_input())
    assert training.find_cohort("  2026-01 kibera data entry ").id == row.id
    with pytest.raises(NotFoundError):
        training.find_cohort("Nowhere")


# --- modules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("new", "field"), [
    (ModuleInput("Typing", "typing", 60, 0, None, 9500), "typing module"),
    (ModuleInput("Typing", "typing", 60, 0, 30, None), "typing module"),
    (ModuleInput("Typing", "typing", 60, 0, 251, 9500), "minimum words per minute"),
    (ModuleInput("Typing", "typing", 60, 0, 30, 10_001), "minimum accuracy %"),
    (ModuleInput("English", "test", 40, 101), "pass mark"),
    (ModuleInput("English", "test", -1, 50), "hours"),
    (ModuleInput("English", "essay", 40, 50), "kind"),
    (ModuleInput("", "test", 40, 50), "name"),
])
def test_bad_modules_are_refused(training: TrainingService, new: ModuleInput,
                                 field: str) -> None:
    with pytest.raises(ValidationError) as info:
        training.create_module(new)
    assert info.value.field == field
    assert training.list_modules() == []


def test_a_test_module_keeps_no_typing_minimums(training: TrainingService) -> None:
    row = training.create_module(ModuleInput("Soft skills", "test", 24, 50, 30, 9000))
    assert (row.min_wpm, row.min_accuracy_bp) == (None, None)


def test_module_update_is_version_checked_and_kind_frozen_by_results(
        services: Services, training: TrainingService,
        modules: tuple[ModuleRow, ModuleRow]) -> None:
    english = modules[1]
    changed = training.update_module(english.id, ModuleInput("English for work", "test", 40,
                                                             55), english.version)
    assert (changed.name, changed.pass_mark, changed.version) == ("English for work", 55, 2)
    with pytest.raises(StaleRecordError):
        training.update_module(english.id, ModuleInput("English", "test", 40, 55), 1)
    with pytest.raises(ValidationError, match="already a module"):
        training.create_module(ModuleInput("english FOR work", "test"))
    cohort = training.create_cohort(cohort_input(module_ids=(english.id,)))
    [pid] = add_people(services, cohort.id, ["Amina"])
    training.save_assessments(cohort.id, [AssessmentEntry(pid, english.id, score=70)], START)
    with pytest.raises(ValidationError, match="cannot change"):
        training.update_module(english.id, ModuleInput("English for work", "typing", 40, 0,
                                                       30, 9000), changed.version)
    assert len(audit_entries(services, "modules.update")) == 1
    assert len(audit_entries(services, "modules.create")) == 2


# --- progress ------------------------------------------------------------------------------------


def test_an_empty_cohort_has_no_figures(training: TrainingService) -> None:
    row = training.create_cohort(cohort_input())
    progress = training.cohort_progress(row.id)
    assert progress.trainees == ()
    assert (progress.cohort.trainees, progress.cohort.attendance_pct) == (0, None)


def test_without_modules_nobody_completes(services: Services, training: TrainingService) -> None:
    row = training.create_cohort(cohort_input())
    people = add_people(services, row.id, ["Amina", "Brian"])
    session = training.create_session(row.id, SessionInput(START, 420, "Welcome"))
    training.take_roll(session.id, dict.fromkeys(people, "present"))
    progress = training.cohort_progress(row.id)
    assert [t.attendance_pct for t in progress.trainees] == [100.0, 100.0]
    assert not any(t.complete for t in progress.trainees)
    assert not any(t.at_risk for t in progress.trainees)


def test_progress_end_to_end(services: Services, training: TrainingService,
                             modules: tuple[ModuleRow, ModuleRow]) -> None:
    """Threshold exactly met completes; excused sessions do not count; a failed assessment
    or low attendance puts a trainee at risk; hours attended count present and late."""
    typing, english = modules
    row = training.create_cohort(cohort_input(module_ids=(typing.id, english.id)))
    amina, brian, chao = add_people(services, row.id, ["Amina", "Brian", "Chao"])
    add_people(services, None, ["Outsider"])
    days = [date(2026, 1, d) for d in (5, 6, 7, 8, 9, 12)]
    marks = {  # amina: 3 present, 1 late, 1 absent, 1 excused -> 4/5 = 80 % exactly
        amina: ["present", "present", "late", "absent", "excused", "present"],
        brian: ["present"] * 6,
        chao: ["absent", "absent", "present", "present", "present", "excused"],
    }
    for n, day in enumerate(days):
        session = training.create_session(row.id, SessionInput(day, 240 if n else 420, "Day"))
        training.take_roll(session.id, {pid: marks[pid][n] for pid in marks})
    training.save_assessments(row.id, [
        AssessmentEntry(amina, typing.id, wpm=30, accuracy_bp=9500),  # exactly the minimums
        AssessmentEntry(amina, english.id, score=60),  # exactly the pass mark
        AssessmentEntry(brian, typing.id, wpm=45, accuracy_bp=9800),
        AssessmentEntry(brian, english.id, score=59),  # failed
        AssessmentEntry(chao, typing.id, wpm=50, accuracy_bp=9900),
        AssessmentEntry(chao, english.id, score=90),
    ], date(2026, 1, 12))
    by_id = {t.person_id: t for t in training.cohort_progress(row.id).trainees}
    a, b, c = by_id[amina], by_id[brian], by_id[chao]
    assert a.attendance_pct == 80.0 and (a.present, a.late, a.absent, a.excused) == (3, 1, 1, 1)
    assert a.modules_passed == 2 and a.complete and not a.at_risk
    assert a.hours_attended == (420 + 240 * 3) / 60  # days 1, 2, 3 and 6
    assert b.attendance_pct == 100.0 and b.modules_failed == 1
    assert b.at_risk and not b.complete and not b.low_attendance
    assert c.attendance_pct == 60.0 and c.low_attendance and c.at_risk and not c.complete
    figures = training.list_cohorts()[0]
    assert (figures.trainees, figures.completed, figures.at_risk, figures.sessions) == (3, 1, 2, 6)
    assert figures.attendance_pct == pytest.approx((80 + 100 + 60) / 3)
    # a retake that passes takes brian off the risk list
    training.save_assessments(row.id, [AssessmentEntry(brian, english.id, score=75)],
                              date(2026, 1, 19))
    b = {t.person_id: t for t in training.cohort_progress(row.id).trainees}[brian]
    assert b.complete and not b.at_risk


def test_demo_cohorts_have_figures(demo_services: Services) -> None:
    training = TrainingService(demo_services.ctx)
    rows = training.list_cohorts()
    assert len(rows) == 12
    assert sum(r.trainees for r in rows) > 0
    assert any(r.completed for r in rows) and any(r.at_risk for r in rows)
    with demo_services.db.engine.connect() as conn:
        in_cohorts = conn.execute(text(
            "SELECT COUNT(*) FROM person WHERE cohort_id IS NOT NULL")).scalar()
    assert sum(r.trainees for r in rows) == in_cohorts


# --- who may do what -----------------------------------------------------------------------------


def test_a_trainer_does_training_work(services: Services, training: TrainingService,
                                      modules: tuple[ModuleRow, ModuleRow]) -> None:
    services.ctx.actor = TRAINER
    row = training.create_cohort(cohort_input(module_ids=(modules[1].id,)))
    training.create_module(ModuleInput("Financial literacy", "test", 16, 50))
    training.update_cohort(row.id, cohort_input(capacity=20), row.version)
    assert audit_entries(services, "cohorts.create")[0].username == "mercy"


@pytest.mark.parametrize("actor", [VIEWER, SUPERVISOR])
def test_read_only_roles_may_look_but_not_change(services: Services, training: TrainingService,
                                                 actor: Actor) -> None:
    row = training.create_cohort(cohort_input())
    services.ctx.actor = actor
    assert training.list_cohorts()[0].id == row.id
    assert training.cohort_progress(row.id).cohort.id == row.id
    for attempt in (lambda: training.create_cohort(cohort_input(name="Other")),
                    lambda: training.update_cohort(row.id, cohort_input(), row.version),
                    lambda: training.set_curriculum(row.id, [], row.version),
                    lambda: training.create_module(ModuleInput("Sneaky"))):
        with pytest.raises(PermissionDeniedError):
            attempt()
    services.ctx.actor = Actor(None, "gone", Role.NONE)
    with pytest.raises(PermissionDeniedError):
        training.list_cohorts()


def test_trainer_names_come_from_trainer_accounts(demo_services: Services) -> None:
    assert TrainingService(demo_services.ctx).trainer_names() == ["Mercy Chebet"]

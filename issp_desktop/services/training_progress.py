"""Reading training records: members of cohorts, curricula, attendance counts and latest
assessment results, and each trainee's progress from them (the rules of ``domain.people``).

Every function takes an open Session and returns plain data. The counting is done by SQL
(``GROUP BY``); the per-trainee rules then run in Python on one row per trainee."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from issp_desktop.db.models import (
    Assessment,
    Cohort,
    CohortModule,
    Module,
    Person,
    RollCall,
    TrainingSession,
)
from issp_desktop.domain import people as rules
from issp_desktop.domain.people import Attendance
from issp_desktop.services.training_types import (
    CohortRow,
    GridCell,
    ModuleKind,
    ModuleRow,
    TraineeBrief,
    TraineeProgress,
)


def module_row(m: Module) -> ModuleRow:
    assert m.id is not None
    return ModuleRow(m.id, m.name, ModuleKind(m.kind), m.hours, m.pass_mark, m.min_wpm,
                     m.min_accuracy_bp, m.description, m.active, m.version)


def person_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def curricula(s: Session, cohort_ids: Iterable[int] | None = None
              ) -> dict[int, list[ModuleRow]]:
    """cohort id -> its modules in teaching order."""
    q = (select(CohortModule.cohort_id, Module)
         .join(Module, Module.id == CohortModule.module_id)
         .order_by(CohortModule.cohort_id, CohortModule.position, Module.name))
    if cohort_ids is not None:
        q = q.where(CohortModule.cohort_id.in_(list(cohort_ids)))
    found: dict[int, list[ModuleRow]] = defaultdict(list)
    for cohort_id, module in s.execute(q).all():
        found[cohort_id].append(module_row(module))
    return found


def members(s: Session, cohort_ids: Iterable[int] | None = None
            ) -> dict[int, list[TraineeBrief]]:
    """cohort id -> the people in it, by last then first name."""
    q = (select(Person.cohort_id, Person.id, Person.first_name, Person.last_name, Person.stage)
         .where(Person.cohort_id.is_not(None))
         .order_by(Person.last_name, Person.first_name, Person.id))
    if cohort_ids is not None:
        q = q.where(Person.cohort_id.in_(list(cohort_ids)))
    found: dict[int, list[TraineeBrief]] = defaultdict(list)
    for cohort_id, pid, first, last, stage in s.connection().execute(q).all():
        found[cohort_id].append(TraineeBrief(pid, person_name(first, last), stage))
    return found


@dataclass
class _Attendance:
    counts: dict[str, int]
    minutes: int = 0


def attendance(s: Session, cohort_ids: Iterable[int] | None = None
               ) -> dict[int, _Attendance]:
    """person id -> roll-call counts at the sessions of the cohort the person is in now."""
    q = (select(RollCall.person_id, RollCall.status, func.count(),
                func.coalesce(func.sum(TrainingSession.minutes), 0))
         .join(TrainingSession, TrainingSession.id == RollCall.session_id)
         .join(Person, (Person.id == RollCall.person_id)
               & (Person.cohort_id == TrainingSession.cohort_id))
         .group_by(RollCall.person_id, RollCall.status))
    if cohort_ids is not None:
        q = q.where(TrainingSession.cohort_id.in_(list(cohort_ids)))
    found: dict[int, _Attendance] = {}
    attended = {Attendance.PRESENT.value, Attendance.LATE.value}
    for pid, status, n, minutes in s.connection().execute(q).all():
        entry = found.setdefault(pid, _Attendance(defaultdict(int)))
        entry.counts[status] += int(n)
        if status in attended:
            entry.minutes += int(minutes)
    return found


def _latest_ids(cohort_ids: Iterable[int] | None) -> Any:
    people = select(Person.id).where(Person.cohort_id.is_not(None))
    if cohort_ids is not None:
        people = people.where(Person.cohort_id.in_(list(cohort_ids)))
    return (select(func.max(Assessment.id))
            .where(Assessment.person_id.in_(people))
            .group_by(Assessment.person_id, Assessment.module_id))


def latest_results(s: Session, cohort_ids: Iterable[int] | None = None
                   ) -> dict[tuple[int, int], GridCell]:
    """(person id, module id) -> the latest attempt, for the people of these cohorts."""
    rows = s.execute(select(Assessment.person_id, Assessment.module_id, Assessment.score,
                            Assessment.wpm, Assessment.accuracy_bp, Assessment.passed,
                            Assessment.attempt, Assessment.taken_on)
                     .where(Assessment.id.in_(_latest_ids(cohort_ids)))).all()
    return {(pid, mid): GridCell(score, wpm, acc, bool(passed), attempt, taken_on)
            for pid, mid, score, wpm, acc, passed, attempt, taken_on in rows}


def latest_passed(s: Session, cohort_ids: Iterable[int] | None = None
                  ) -> dict[tuple[int, int], bool]:
    """(person id, module id) -> whether the latest attempt passed (what progress needs)."""
    rows = s.connection().execute(
        select(Assessment.person_id, Assessment.module_id, Assessment.passed)
        .where(Assessment.id.in_(_latest_ids(cohort_ids)))).all()
    return {(pid, mid): bool(passed) for pid, mid, passed in rows}


def session_counts(s: Session, cohort_ids: Iterable[int] | None = None) -> dict[int, int]:
    q = select(TrainingSession.cohort_id, func.count()).group_by(TrainingSession.cohort_id)
    if cohort_ids is not None:
        q = q.where(TrainingSession.cohort_id.in_(list(cohort_ids)))
    return {cid: int(n) for cid, n in s.execute(q).all()}


def trainee_progress(trainee: TraineeBrief, modules: list[ModuleRow], threshold_pct: int,
                     att: _Attendance | None,
                     results: dict[tuple[int, int], bool]) -> TraineeProgress:
    counts = att.counts if att is not None else {}
    present = counts.get(Attendance.PRESENT.value, 0)
    late = counts.get(Attendance.LATE.value, 0)
    absent = counts.get(Attendance.ABSENT.value, 0)
    excused = counts.get(Attendance.EXCUSED.value, 0)
    pct = rules.attendance_pct(present, late, absent)
    passed = failed = 0
    for module in modules:
        result = results.get((trainee.id, module.id))
        if result is None:
            continue
        if result:
            passed += 1
        else:
            failed += 1
    return TraineeProgress(
        person_id=trainee.id, name=trainee.name, stage=trainee.stage,
        present=present, late=late, absent=absent, excused=excused, attendance_pct=pct,
        minutes_attended=att.minutes if att is not None else 0,
        modules_total=len(modules), modules_passed=passed, modules_failed=failed,
        complete=rules.programme_complete(len(modules), passed, pct, threshold_pct),
        at_risk=rules.at_risk(pct, threshold_pct, failed),
        low_attendance=pct is not None and pct < threshold_pct,
    )


def progress_of(s: Session, cohorts: list[Cohort]
                ) -> tuple[dict[int, list[ModuleRow]], dict[int, list[TraineeProgress]],
                           dict[int, int]]:
    """For each cohort: its curriculum, its trainees' progress and its number of sessions."""
    ids = [c.id for c in cohorts if c.id is not None]
    plans = curricula(s, ids)
    people = members(s, ids)
    att = attendance(s, ids)
    results = latest_passed(s, ids)
    sessions = session_counts(s, ids)
    progress: dict[int, list[TraineeProgress]] = {}
    for cohort in cohorts:
        assert cohort.id is not None
        modules = plans.get(cohort.id, [])
        progress[cohort.id] = [
            trainee_progress(t, modules, cohort.attendance_threshold_pct, att.get(t.id), results)
            for t in people.get(cohort.id, [])
        ]
    return plans, progress, sessions


def completers(s: Session, cohorts: list[Cohort]) -> set[int]:
    """The people who completed these cohorts: the same rule as ``progress_of`` gives
    (``rules.programme_complete`` on every module's latest attempt and the attendance at the
    cohort's sessions), read for those who can complete only. A cohort without modules has no
    completers, and attendance is counted only for members who passed every module."""
    by_id = {c.id: c for c in cohorts if c.id is not None}
    plans = {cid: modules for cid, modules in curricula(s, list(by_id)).items() if modules}
    if not plans:
        return set()
    ids = list(plans)
    results = latest_passed(s, ids)
    candidates: dict[int, tuple[int, int]] = {}  # person -> (cohort, modules passed)
    for pid, cid in s.connection().execute(
            select(Person.id, Person.cohort_id).where(Person.cohort_id.in_(ids))):
        passed = sum(1 for m in plans[cid] if results.get((pid, m.id)))
        if passed >= len(plans[cid]):
            candidates[pid] = (cid, passed)
    if not candidates:
        return set()
    counts: dict[int, dict[str, int]] = {}
    q = (select(RollCall.person_id, TrainingSession.cohort_id, RollCall.status, func.count())
         .join(RollCall, RollCall.session_id == TrainingSession.id)
         .where(TrainingSession.cohort_id.in_(sorted({c for c, _ in candidates.values()})))
         .group_by(RollCall.person_id, TrainingSession.cohort_id, RollCall.status))
    for pid, cid, status, n in s.connection().execute(q):
        mine = candidates.get(pid)
        if mine is not None and mine[0] == cid:  # sessions of the cohort the person is in now
            counts.setdefault(pid, {})[status] = int(n)
    present, late, absent = (Attendance.PRESENT.value, Attendance.LATE.value,
                             Attendance.ABSENT.value)
    found = set()
    for pid, (cid, passed) in candidates.items():
        mine = counts.get(pid, {})
        pct = rules.attendance_pct(mine.get(present, 0), mine.get(late, 0), mine.get(absent, 0))
        if rules.programme_complete(len(plans[cid]), passed, pct,
                                    by_id[cid].attendance_threshold_pct):
            found.add(pid)
    return found


def cohort_row(c: Cohort, modules: list[ModuleRow], trainees: list[TraineeProgress],
               sessions: int) -> CohortRow:
    assert c.id is not None
    known = [t.attendance_pct for t in trainees if t.attendance_pct is not None]
    return CohortRow(
        id=c.id, name=c.name, start_date=c.start_date, end_date=c.end_date, trainer=c.trainer,
        programme=c.programme, capacity=c.capacity,
        attendance_threshold_pct=c.attendance_threshold_pct, notes=c.notes, version=c.version,
        module_ids=tuple(m.id for m in modules), trainees=len(trainees),
        completed=sum(t.complete for t in trainees), at_risk=sum(t.at_risk for t in trainees),
        attendance_pct=sum(known) / len(known) if known else None, sessions=sessions,
    )

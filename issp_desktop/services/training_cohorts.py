"""Cohorts, curriculum modules and what each cohort teaches (part of ``TrainingService``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import Assessment, Cohort, CohortModule, Module, User
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission, Role
from issp_desktop.domain.text import clean_name, has_invisible
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services import training_progress as tp
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.training_rules import (
    MAX_CAPACITY,
    MAX_HOURS,
    MAX_SCORE,
    MAX_WPM,
    check_accuracy_bp,
    check_range,
)
from issp_desktop.services.training_types import (
    CohortInput,
    CohortProgress,
    CohortRow,
    ModuleInput,
    ModuleKind,
    ModuleRow,
    TraineeBrief,
)

_COHORT_FIELDS = ("name", "start_date", "end_date", "trainer", "programme", "capacity",
                  "attendance_threshold_pct", "notes")
_MODULE_FIELDS = ("name", "kind", "hours", "pass_mark", "min_wpm", "min_accuracy_bp",
                  "description", "active")


def clean_text(field: str, raw: str, limit: int, *, required: bool = False) -> str:
    if has_invisible(raw):
        raise ValidationError(field, "contains invisible or direction-changing characters")
    text = clean_name(raw)
    if required and not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > limit:
        raise ValidationError(field, f"is {len(text):,} characters long; at most {limit}")
    return text


def _minute(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "?"


def _touch(row: Cohort | Module, username: str) -> None:
    row.updated_at = utcnow()
    row.updated_by = username
    row.version += 1


def load_cohort(s: Session, cohort_id: int) -> Cohort:
    cohort = s.get(Cohort, cohort_id) if isinstance(cohort_id, int) else None
    if cohort is None:
        raise NotFoundError("cohort", cohort_id)
    return cohort


def _load_module(s: Session, module_id: int) -> Module:
    module = s.get(Module, module_id) if isinstance(module_id, int) else None
    if module is None:
        raise NotFoundError("module", module_id)
    return module


def _check_cohort(s: Session, new: CohortInput, cohort_id: int | None) -> dict[str, Any]:
    name = clean_text("name", new.name, 120, required=True)
    same = select(Cohort.id).where(func.lower(Cohort.name) == name.lower())
    if cohort_id is not None:
        same = same.where(Cohort.id != cohort_id)
    if s.execute(same).first():
        raise ValidationError("name", f"there is already a cohort called '{name}'")
    if new.end_date <= new.start_date:
        raise ValidationError("end date", "must be after the start date")
    return {
        "name": name, "start_date": new.start_date, "end_date": new.end_date,
        "trainer": clean_text("trainer", new.trainer, 120),
        "programme": clean_text("programme", new.programme, 80),
        "capacity": check_range("capacity", new.capacity, 1, MAX_CAPACITY),
        "attendance_threshold_pct": check_range("attendance threshold %",
                                                new.attendance_threshold_pct, 0, 100),
        "notes": clean_text("notes", new.notes, 2000),
    }


def _check_module(s: Session, new: ModuleInput, module_id: int | None) -> dict[str, Any]:
    name = clean_text("name", new.name, 120, required=True)
    same = select(Module.id).where(func.lower(Module.name) == name.lower())
    if module_id is not None:
        same = same.where(Module.id != module_id)
    if s.execute(same).first():
        raise ValidationError("name", f"there is already a module called '{name}'")
    try:
        kind = ModuleKind(new.kind)
    except ValueError:
        raise ValidationError("kind", f"'{new.kind}' is not test or typing") from None
    values: dict[str, Any] = {
        "name": name, "kind": kind.value,
        "hours": check_range("hours", new.hours, 0, MAX_HOURS),
        "pass_mark": check_range("pass mark", new.pass_mark, 0, MAX_SCORE),
        "min_wpm": None, "min_accuracy_bp": None,
        "description": clean_text("description", new.description, 500),
        "active": bool(new.active),
    }
    if kind is ModuleKind.TYPING:
        if new.min_wpm is None or new.min_accuracy_bp is None:
            raise ValidationError("typing module", "needs a minimum speed and accuracy")
        values["min_wpm"] = check_range("minimum words per minute", new.min_wpm, 0, MAX_WPM)
        values["min_accuracy_bp"] = check_accuracy_bp("minimum accuracy %",
                                                      new.min_accuracy_bp)
    return values


def _changes(row: Any, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    old = {k: getattr(row, k) for k, v in values.items() if getattr(row, k) != v}
    return old, {k: values[k] for k in old}


class CohortUseCases(Service):
    # --- cohorts ------------------------------------------------------------------------------

    @use_case("cohorts.list", Permission.TRAINING_VIEW)
    def list_cohorts(self) -> list[CohortRow]:
        """Every cohort, newest first, with its progress figures."""
        with self.db.read() as s:
            cohorts = list(s.execute(select(Cohort).order_by(Cohort.start_date.desc(),
                                                             Cohort.name)).scalars())
            plans, progress, sessions = tp.progress_of(s, cohorts)
            return [tp.cohort_row(c, plans.get(c.id or 0, []), progress[c.id or 0],
                                  sessions.get(c.id or 0, 0)) for c in cohorts]

    @use_case("cohorts.find", Permission.TRAINING_VIEW)
    def find_cohort(self, name: str) -> CohortRow:
        """A cohort by its name (case and spacing ignored), with its progress figures."""
        wanted = clean_name(name).lower()
        with self.db.read() as s:
            cohort = s.execute(select(Cohort).where(func.lower(Cohort.name) == wanted)
                               ).scalar_one_or_none()
            if cohort is None:
                raise NotFoundError("cohort", name)
            return self._row(s, cohort)

    @use_case("cohorts.progress", Permission.TRAINING_VIEW)
    def cohort_progress(self, cohort_id: int) -> CohortProgress:
        """Each trainee's attendance, modules passed, completion and risk."""
        with self.db.read() as s:
            cohort = load_cohort(s, cohort_id)
            plans, progress, sessions = tp.progress_of(s, [cohort])
            modules = plans.get(cohort_id, [])
            trainees = progress[cohort_id]
            row = tp.cohort_row(cohort, modules, trainees, sessions.get(cohort_id, 0))
            return CohortProgress(row, tuple(modules), tuple(trainees))

    @use_case("cohorts.trainees", Permission.TRAINING_VIEW)
    def cohort_trainees(self, cohort_id: int) -> list[TraineeBrief]:
        """The people in the cohort, by last then first name."""
        with self.db.read() as s:
            load_cohort(s, cohort_id)
            return tp.members(s, [cohort_id]).get(cohort_id, [])

    def _row(self, s: Session, cohort: Cohort) -> CohortRow:
        plans, progress, sessions = tp.progress_of(s, [cohort])
        assert cohort.id is not None
        return tp.cohort_row(cohort, plans.get(cohort.id, []), progress[cohort.id],
                             sessions.get(cohort.id, 0))

    @use_case("cohorts.create", Permission.TRAINING_EDIT)
    def create_cohort(self, new: CohortInput) -> CohortRow:
        with self.db.write() as s:
            values = _check_cohort(s, new, None)
            cohort = Cohort(**values, updated_by=self.actor.username)
            s.add(cohort)
            s.flush()
            assert cohort.id is not None
            modules = self._write_curriculum(s, cohort.id, new.module_ids or ())
            audit.record(s, self.actor, "cohorts.create", "cohort", cohort.id, None,
                         {**values, "module_ids": list(modules)})
            return self._row(s, cohort)

    @use_case("cohorts.update", Permission.TRAINING_EDIT)
    def update_cohort(self, cohort_id: int, new: CohortInput,
                      expected_version: int) -> CohortRow:
        with self.db.write() as s:
            cohort = self._cohort_at(s, cohort_id, expected_version)
            values = _check_cohort(s, new, cohort_id)
            old, changed = _changes(cohort, values)
            if new.module_ids is not None:
                before = self._curriculum_ids(s, cohort_id)
                after = self._write_curriculum(s, cohort_id, new.module_ids)
                if after != before:
                    old["module_ids"], changed["module_ids"] = list(before), list(after)
            for key, value in values.items():
                setattr(cohort, key, value)
            _touch(cohort, self.actor.username)
            audit.record(s, self.actor, "cohorts.update", "cohort", cohort_id, old, changed)
            return self._row(s, cohort)

    @use_case("cohorts.set_curriculum", Permission.TRAINING_EDIT)
    def set_curriculum(self, cohort_id: int, module_ids: Sequence[int],
                       expected_version: int) -> CohortRow:
        """The cohort's modules in teaching order (add, remove and reorder in one go). Past
        assessments of a removed module stay in the records; adding it back shows them."""
        with self.db.write() as s:
            cohort = self._cohort_at(s, cohort_id, expected_version)
            before = self._curriculum_ids(s, cohort_id)
            after = self._write_curriculum(s, cohort_id, module_ids)
            _touch(cohort, self.actor.username)
            audit.record(s, self.actor, "cohorts.set_curriculum", "cohort", cohort_id,
                         {"module_ids": list(before)}, {"module_ids": list(after)})
            return self._row(s, cohort)

    def _cohort_at(self, s: Session, cohort_id: int, expected_version: int) -> Cohort:
        cohort = load_cohort(s, cohort_id)
        if cohort.version != expected_version:
            raise StaleRecordError("cohort", cohort.updated_by or "?", _minute(cohort.updated_at))
        return cohort

    @staticmethod
    def _curriculum_ids(s: Session, cohort_id: int) -> tuple[int, ...]:
        return tuple(s.execute(select(CohortModule.module_id)
                               .where(CohortModule.cohort_id == cohort_id)
                               .order_by(CohortModule.position)).scalars())

    @staticmethod
    def _write_curriculum(s: Session, cohort_id: int,
                          module_ids: Sequence[int]) -> tuple[int, ...]:
        ids = tuple(module_ids)
        if len(set(ids)) != len(ids):
            raise ValidationError("curriculum", "lists a module twice")
        current = set(s.execute(select(CohortModule.module_id)
                                .where(CohortModule.cohort_id == cohort_id)).scalars())
        for module_id in ids:
            module = _load_module(s, module_id)
            if not module.active and module_id not in current:
                raise ValidationError("curriculum", f"the module '{module.name}' is retired")
        s.execute(delete(CohortModule).where(CohortModule.cohort_id == cohort_id))
        if ids:
            s.execute(insert(CohortModule), [
                {"cohort_id": cohort_id, "module_id": m, "position": i}
                for i, m in enumerate(ids)])
        return ids

    @use_case("cohorts.trainer_names", Permission.TRAINING_VIEW)
    def trainer_names(self) -> list[str]:
        """Names of the centre's active trainer accounts, to suggest for a cohort."""
        with self.db.read() as s:
            rows = s.execute(select(User.display_name, User.username)
                             .where(User.role == Role.TRAINER.value, User.active.is_(True))
                             .order_by(User.display_name, User.username)).all()
        return [display or username for display, username in rows]

    # --- modules ------------------------------------------------------------------------------

    @use_case("modules.list", Permission.TRAINING_VIEW)
    def list_modules(self, include_retired: bool = True) -> list[ModuleRow]:
        with self.db.read() as s:
            q = select(Module).order_by(Module.name)
            if not include_retired:
                q = q.where(Module.active.is_(True))
            return [tp.module_row(m) for m in s.execute(q).scalars()]

    @use_case("modules.create", Permission.TRAINING_EDIT)
    def create_module(self, new: ModuleInput) -> ModuleRow:
        with self.db.write() as s:
            values = _check_module(s, new, None)
            module = Module(**values, updated_by=self.actor.username)
            s.add(module)
            s.flush()
            audit.record(s, self.actor, "modules.create", "module", module.id, None, values)
            return tp.module_row(module)

    @use_case("modules.update", Permission.TRAINING_EDIT)
    def update_module(self, module_id: int, new: ModuleInput,
                      expected_version: int) -> ModuleRow:
        """Changed pass marks apply to attempts saved from now on; earlier attempts keep the
        result they had (history is not rewritten)."""
        with self.db.write() as s:
            module = _load_module(s, module_id)
            if module.version != expected_version:
                raise StaleRecordError("module", module.updated_by or "?",
                                       _minute(module.updated_at))
            values = _check_module(s, new, module_id)
            if values["kind"] != module.kind and s.execute(
                    select(Assessment.id).where(Assessment.module_id == module_id)).first():
                raise ValidationError("kind", "cannot change once results are recorded")
            old, changed = _changes(module, values)
            for key, value in values.items():
                setattr(module, key, value)
            _touch(module, self.actor.username)
            audit.record(s, self.actor, "modules.update", "module", module_id, old, changed)
            return tp.module_row(module)

"""Clients, their projects (contracts), the error taxonomy and the quality-check settings."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from issp_desktop.db.models.deliverables import (
    Batch,
    Client,
    DeliverablesSettings,
    ErrorCategory,
    Project,
    QaError,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain import deliverables as rules
from issp_desktop.domain.access import Permission
from issp_desktop.domain.text import clean_name, has_invisible
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.deliverables_types import (
    CategoryRow,
    ClientInput,
    ClientRow,
    ProjectInput,
    ProjectRow,
)

MAX_PRICE_CENTS = 100_000_000  # 1,000,000.00 per unit
DEFAULT_MIN_SAMPLE = 50


class CategoryInUseError(ValidationError):
    """A category that quality checks counted errors in cannot be deleted."""

    def __init__(self, name: str, uses: int) -> None:
        super().__init__("category", f"'{name}' is used in {uses:,} quality check(s); "
                         "deactivate it instead, so those checks keep their error counts")
        self.name, self.uses = name, uses


def clean_text(field: str, raw: str, limit: int, *, required: bool = False) -> str:
    if has_invisible(raw or ""):
        raise ValidationError(field, "contains invisible or direction-changing characters")
    text = clean_name(raw or "")
    if required and not text:
        raise ValidationError(field, "is needed")
    if len(text) > limit:
        raise ValidationError(field, f"is {len(text):,} characters long; at most {limit}")
    return text


def _code(field: str, raw: str, size: int) -> str:
    text = (raw or "").strip().upper()
    if not re.fullmatch(rf"[A-Z]{{{size}}}", text):
        raise ValidationError(field, f"'{raw}' is not a {size}-letter code")
    return text


def load_client(s: Session, client_id: int) -> Client:
    row = s.get(Client, client_id)
    if row is None:
        raise NotFoundError("client", client_id)
    return row


def load_project(s: Session, project_id: int) -> Project:
    row = s.get(Project, project_id)
    if row is None:
        raise NotFoundError("project", project_id)
    return row


def min_sample(s: Session) -> int:
    value = s.execute(select(DeliverablesSettings.qa_min_sample)
                      .where(DeliverablesSettings.id == 1)).scalar_one_or_none()
    return DEFAULT_MIN_SAMPLE if value is None else int(value)


def _stale(what: str, row: Any, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        raise StaleRecordError(what, row.updated_by or "somebody", row.updated_at)


def _client_values(row: Client) -> dict[str, Any]:
    return {"name": row.name, "contact": row.contact, "country": row.country,
            "currency": row.currency, "active": row.active}


def _project_values(row: Project) -> dict[str, Any]:
    return {k: getattr(row, k) for k in (
        "client_id", "name", "unit", "price_per_unit_cents", "piece_rate_cents",
        "accuracy_target_bp", "qa_sample_bp", "turnaround_days", "active_from", "active_to")}


def check_client(inp: ClientInput) -> dict[str, Any]:
    return {"name": clean_text("client name", inp.name, 120, required=True),
            "contact": clean_text("contact", inp.contact, 200),
            "country": _code("country", inp.country, 2),
            "currency": _code("currency", inp.currency, 3), "active": bool(inp.active)}


def check_project(inp: ProjectInput, today: date) -> dict[str, Any]:
    unit = clean_text("unit", inp.unit, 20, required=True).lower().replace(" ", "_")
    price = rules.check_count("price per unit", inp.price_per_unit_cents, high=MAX_PRICE_CENTS)
    rate = inp.piece_rate_cents
    if rate is not None:
        rate = rules.check_count("piece rate", rate, high=MAX_PRICE_CENTS)
    target = rules.check_bp("accuracy target", inp.accuracy_target_bp, low=1)
    sample = rules.check_bp("QA sample", inp.qa_sample_bp, low=1)
    days = rules.check_count("turnaround days", inp.turnaround_days, low=1, high=365)
    start = inp.active_from or today
    if inp.active_to is not None and inp.active_to < start:
        raise ValidationError("active to", f"{inp.active_to.isoformat()} is before the start "
                              f"{start.isoformat()}")
    return {"client_id": inp.client_id, "name": clean_text("project name", inp.name, 120,
                                                           required=True),
            "unit": unit, "price_per_unit_cents": price, "piece_rate_cents": rate,
            "accuracy_target_bp": target, "qa_sample_bp": sample, "turnaround_days": days,
            "active_from": start, "active_to": inp.active_to}


def project_row(p: Project, c: Client) -> ProjectRow:
    assert p.id is not None
    return ProjectRow(p.id, p.client_id, c.name, c.currency, p.name, p.unit,
                      p.price_per_unit_cents, p.piece_rate_cents, p.accuracy_target_bp,
                      p.qa_sample_bp, p.turnaround_days, p.active_from, p.active_to, p.version)


class ClientUseCases(Service):
    # --- clients ----------------------------------------------------------------------------

    @use_case("clients.list", Permission.DELIVERABLES_VIEW)
    def list_clients(self, include_inactive: bool = True) -> list[ClientRow]:
        with self.db.read() as s:
            projects = dict(s.execute(select(Project.client_id, func.count())
                                      .group_by(Project.client_id)).all())
            open_ = dict(s.execute(
                select(Project.client_id, func.count(Batch.id))
                .join(Batch, Batch.project_id == Project.id)
                .where(Batch.status.in_([st.value for st in rules.OPEN]))
                .group_by(Project.client_id)).all())
            q = select(Client).order_by(Client.name)
            if not include_inactive:
                q = q.where(Client.active.is_(True))
            return [ClientRow(c.id or 0, c.name, c.contact, c.country, c.currency, c.active,
                              int(projects.get(c.id, 0)), int(open_.get(c.id, 0)), c.version)
                    for c in s.execute(q).scalars()]

    @use_case("clients.find", Permission.DELIVERABLES_VIEW)
    def find_client(self, name: str) -> ClientRow:
        """The client named ``name`` (any case and spacing)."""
        wanted = clean_name(name or "").casefold()
        for row in self.list_clients():
            if row.name.casefold() == wanted:
                return row
        raise NotFoundError("client", name)

    @use_case("clients.create", Permission.DELIVERABLES_EDIT)
    def create_client(self, inp: ClientInput) -> ClientRow:
        values = check_client(inp)
        with self.db.write() as s:
            self._unique_client(s, values["name"], None)
            row = Client(**values, updated_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "clients.create", "client", row.id, None, values)
            return ClientRow(row.id or 0, row.name, row.contact, row.country, row.currency,
                             row.active, 0, 0, row.version)

    @use_case("clients.update", Permission.DELIVERABLES_EDIT)
    def update_client(self, client_id: int, inp: ClientInput,
                      expected_version: int | None = None) -> ClientRow:
        values = check_client(inp)
        with self.db.write() as s:
            row = load_client(s, client_id)
            _stale("client", row, expected_version)
            self._unique_client(s, values["name"], client_id)
            if values["currency"] != row.currency and s.execute(
                    select(func.count(Batch.id)).join(Project, Project.id == Batch.project_id)
                    .where(Project.client_id == client_id)).scalar_one():
                raise ValidationError("currency", "the client already has batches priced in "
                                      f"{row.currency}; add a new client for another currency")
            old = _client_values(row)
            for k, v in values.items():
                setattr(row, k, v)
            row.version += 1
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            audit.record(s, self.actor, "clients.update", "client", client_id, old, values)
        return next(c for c in self.list_clients() if c.id == client_id)

    @staticmethod
    def _unique_client(s: Session, name: str, own_id: int | None) -> None:
        for cid, other in s.execute(select(Client.id, Client.name)):
            if other.casefold() == name.casefold() and cid != own_id:
                raise ValidationError("client name", f"there is already a client named "
                                      f"'{other}'")

    # --- projects ---------------------------------------------------------------------------

    @use_case("projects.list", Permission.DELIVERABLES_VIEW)
    def list_projects(self, client_id: int | None = None) -> list[ProjectRow]:
        with self.db.read() as s:
            q = (select(Project, Client).join(Client, Client.id == Project.client_id)
                 .order_by(Client.name, Project.name))
            if client_id is not None:
                q = q.where(Project.client_id == client_id)
            return [project_row(p, c) for p, c in s.execute(q)]

    @use_case("projects.create", Permission.DELIVERABLES_EDIT)
    def create_project(self, inp: ProjectInput) -> ProjectRow:
        values = check_project(inp, date.today())
        with self.db.write() as s:
            client = load_client(s, inp.client_id)
            self._unique_project(s, inp.client_id, values["name"], None)
            row = Project(**values, updated_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "projects.create", "project", row.id, None, values)
            return project_row(row, client)

    @use_case("projects.update", Permission.DELIVERABLES_EDIT)
    def update_project(self, project_id: int, inp: ProjectInput,
                       expected_version: int | None = None) -> ProjectRow:
        values = check_project(inp, date.today())
        with self.db.write() as s:
            row = load_project(s, project_id)
            _stale("project", row, expected_version)
            if inp.client_id != row.client_id:
                raise ValidationError("client", "a project cannot move to another client")
            self._unique_project(s, row.client_id, values["name"], project_id)
            old = _project_values(row)
            for k, v in values.items():
                setattr(row, k, v)
            row.version += 1
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            audit.record(s, self.actor, "projects.update", "project", project_id, old, values)
            return project_row(row, load_client(s, row.client_id))

    @staticmethod
    def _unique_project(s: Session, client_id: int, name: str, own_id: int | None) -> None:
        for pid, other in s.execute(select(Project.id, Project.name)
                                    .where(Project.client_id == client_id)):
            if other.casefold() == name.casefold() and pid != own_id:
                raise ValidationError("project name", f"this client already has a project "
                                      f"named '{other}'")

    # --- error categories and settings ------------------------------------------------------

    @use_case("qa_categories.list", Permission.DELIVERABLES_VIEW)
    def list_categories(self, include_inactive: bool = False) -> list[CategoryRow]:
        with self.db.read() as s:
            uses = dict(s.execute(select(QaError.category_id, func.count())
                                  .group_by(QaError.category_id)).all())
            q = select(ErrorCategory).order_by(ErrorCategory.position, ErrorCategory.name)
            if not include_inactive:
                q = q.where(ErrorCategory.active.is_(True))
            return [CategoryRow(c.id or 0, c.name, c.description, c.active,
                                int(uses.get(c.id, 0)))
                    for c in s.execute(q).scalars()]

    @staticmethod
    def _category_name(s: Session, raw: str, own_id: int | None) -> str:
        clean = clean_text("category", raw, 60, required=True).lower()
        for cid, other in s.execute(select(ErrorCategory.id, ErrorCategory.name)):
            if other.casefold() == clean.casefold() and cid != own_id:
                raise ValidationError("category", f"'{other}' already exists")
        return clean

    @staticmethod
    def _load_category(s: Session, category_id: int) -> ErrorCategory:
        row = s.get(ErrorCategory, category_id)
        if row is None:
            raise NotFoundError("error category", category_id)
        return row

    @staticmethod
    def _category_row(s: Session, row: ErrorCategory) -> CategoryRow:
        uses = s.execute(select(func.count()).select_from(QaError)
                         .where(QaError.category_id == row.id)).scalar_one()
        return CategoryRow(row.id or 0, row.name, row.description, row.active, int(uses))

    @use_case("qa_categories.create", Permission.DELIVERABLES_EDIT)
    def create_category(self, name: str, description: str = "") -> CategoryRow:
        text = clean_text("description", description, 200)
        with self.db.write() as s:
            clean = self._category_name(s, name, None)
            last = s.execute(select(func.max(ErrorCategory.position))).scalar_one() or 0
            row = ErrorCategory(name=clean, description=text, position=last + 1)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "qa_categories.create", "error_category", row.id, None,
                         {"name": clean, "description": text})
            return CategoryRow(row.id or 0, clean, text, True)

    @use_case("qa_categories.update", Permission.DELIVERABLES_EDIT)
    def update_category(self, category_id: int, name: str, description: str = ""
                        ) -> CategoryRow:
        """Rename a category or change its description; past checks show the new name."""
        text = clean_text("description", description, 200)
        with self.db.write() as s:
            row = self._load_category(s, category_id)
            clean = self._category_name(s, name, category_id)
            old = {"name": row.name, "description": row.description}
            new = {"name": clean, "description": text}
            if old != new:
                row.name, row.description = clean, text
                audit.record(s, self.actor, "qa_categories.update", "error_category",
                             category_id, old, new)
            return self._category_row(s, row)

    @use_case("qa_categories.set_active", Permission.DELIVERABLES_EDIT)
    def set_category_active(self, category_id: int, active: bool) -> CategoryRow:
        """Deactivate a category (new checks no longer offer it; past counts keep it) or bring
        it back."""
        if not isinstance(active, bool):
            raise ValidationError("active", "must be yes or no")
        with self.db.write() as s:
            row = self._load_category(s, category_id)
            if row.active != active:
                audit.record(s, self.actor, "qa_categories.set_active", "error_category",
                             category_id, {"active": row.active}, {"active": active})
                row.active = active
            return self._category_row(s, row)

    @use_case("qa_categories.delete", Permission.DELIVERABLES_EDIT)
    def delete_category(self, category_id: int) -> None:
        """Delete a category no quality check has used (a typo); a used one is refused: it
        can only be deactivated, so past checks keep their error counts."""
        with self.db.write() as s:
            row = self._load_category(s, category_id)
            uses = self._category_row(s, row).uses
            if uses:
                raise CategoryInUseError(row.name, uses)
            audit.record(s, self.actor, "qa_categories.delete", "error_category", category_id,
                         {"name": row.name, "description": row.description,
                          "active": row.active}, None)
            s.delete(row)

    @use_case("qa_settings.get", Permission.DELIVERABLES_VIEW)
    def qa_min_sample(self) -> int:
        with self.db.read() as s:
            return min_sample(s)

    @use_case("qa_settings.update", Permission.DELIVERABLES_EDIT)
    def set_qa_min_sample(self, units: int) -> int:
        """The smallest sample a quality check proposes (the whole batch when smaller)."""
        value = rules.check_count("minimum sample", units, low=1, high=100_000)
        with self.db.write() as s:
            row = s.get(DeliverablesSettings, 1)
            old = None if row is None else {"qa_min_sample": row.qa_min_sample}
            if row is None:
                row = DeliverablesSettings(id=1)
                s.add(row)
            row.qa_min_sample = value
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            row.version = (row.version or 0) + (1 if old else 0)
            audit.record(s, self.actor, "qa_settings.update", "deliverables_settings", 1, old,
                         {"qa_min_sample": value})
        return value

"""Batches: the board (searched, filtered, sorted and paged in SQL), one batch's detail, new
batches, the workers on them and their moves through the status machine."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, insert, or_, select
from sqlmodel import Session

from issp_desktop.db.models import Person
from issp_desktop.db.models.deliverables import (
    Batch,
    BatchStatusChange,
    BatchWorker,
    Client,
    ErrorCategory,
    Project,
    QaCheck,
    QaError,
    WorkLog,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain import deliverables as rules
from issp_desktop.domain.access import Permission
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.deliverables_clients import clean_text, load_project, min_sample
from issp_desktop.services.deliverables_types import (
    BOARD_PAGE,
    BatchDetail,
    BatchInput,
    BatchPage,
    BatchQuery,
    BatchRow,
    QaCheckRow,
    StatusChangeRow,
    WorkerBrief,
    WorkLogRow,
)

VIEWS = ("all", "open", "due_week", "late", "failed_qa")
_OPEN = [s.value for s in rules.OPEN]
_COLUMNS = (Batch.id, Batch.reference, Client.name, Project.name, Batch.project_id,
            Project.unit, Batch.units_expected, Batch.units_done, Batch.received_on,
            Batch.due_on, Batch.status, Batch.delivered_on, Batch.last_accuracy_bp,
            Batch.last_qa_passed, Batch.version)
_SORTS: dict[str, tuple[Any, ...]] = {
    "due": (Batch.due_on,), "reference": (Batch.reference,), "status": (Batch.status,
                                                                        Batch.due_on),
    "received": (Batch.received_on,), "units": (Batch.units_expected,),
    "client": (Client.name, Batch.due_on), "project": (Project.name, Batch.due_on),
    "done": (Batch.units_done,), "delivered": (Batch.delivered_on,),
    "accuracy": (Batch.last_accuracy_bp,),
}


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def board_filter(s: Session, q: BatchQuery, today: date) -> list[Any]:
    """The WHERE terms of a board query on ``batch`` (clients resolved to their projects)."""
    terms: list[Any] = []
    if q.view not in VIEWS:
        raise ValidationError("view", f"'{q.view}' is not one of {', '.join(VIEWS)}")
    if q.client_id is not None:
        ids = list(s.execute(select(Project.id).where(Project.client_id == q.client_id))
                   .scalars())
        terms.append(Batch.project_id.in_(ids))
    if q.project_id is not None:
        terms.append(Batch.project_id == q.project_id)
    if q.status:
        terms.append(Batch.status == rules.parse_status(q.status).value)
    if q.text.strip():
        terms.append(Batch.reference.like(_like(q.text.strip()), escape="\\"))
    if q.view == "open":
        terms.append(Batch.status.in_(_OPEN))
    elif q.view == "due_week":
        sunday = today + timedelta(days=6 - today.weekday())
        terms += [Batch.status.in_(_OPEN), Batch.due_on >= today, Batch.due_on <= sunday]
    elif q.view == "late":
        terms.append(or_(and_(Batch.status.in_(_OPEN), Batch.due_on < today),
                         Batch.delivered_on > Batch.due_on))
    elif q.view == "failed_qa":
        terms.append(Batch.last_qa_passed.is_(False))
    return terms


def _row(r: Any, today: date) -> BatchRow:
    return BatchRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                    r[12], r[13], rules.is_late(r[10], r[9], r[11], today), r[14])


def find_batch_id(s: Session, reference: str) -> int:
    text = " ".join((reference or "").split())
    found = s.execute(select(Batch.id).where(Batch.reference == text)).scalar_one_or_none()
    if found is None:
        found = s.execute(select(Batch.id).where(func.lower(Batch.reference) == text.lower())
                          ).scalars().first()
    if found is None:
        raise NotFoundError("batch", text)
    return int(found)


def load_batch(s: Session, batch_id: int) -> Batch:
    row = s.get(Batch, batch_id)
    if row is None:
        raise NotFoundError("batch", batch_id)
    return row


def change_status(s: Session, batch: Batch, to: rules.Status, by: str, note: str,
                  at: datetime, on: date) -> None:
    """Move ``batch`` to ``to`` (already checked) and write the dated, attributed change."""
    s.execute(insert(BatchStatusChange.__table__), [{  # type: ignore[attr-defined]
        "batch_id": batch.id, "from_status": batch.status, "to_status": to.value, "at": at,
        "by": by, "note": note[:300]}])
    if to is rules.Status.DELIVERED:
        batch.delivered_on = on
    elif to in (rules.Status.ACCEPTED, rules.Status.REJECTED):
        batch.decided_on = on
    elif rules.Status(batch.status) is rules.Status.REJECTED:
        batch.delivered_on = batch.decided_on = None  # back for rework: delivered again later
    batch.status = to.value
    batch.status_changed_at = at
    batch.version += 1
    batch.updated_at, batch.updated_by = at, by


def worker_names(s: Session, batch_id: int) -> list[str]:
    return [f"{f} {la}" for f, la in s.execute(
        select(Person.first_name, Person.last_name)
        .join(BatchWorker, BatchWorker.person_id == Person.id)
        .where(BatchWorker.batch_id == batch_id).order_by(Person.last_name, Person.first_name))]


class BatchUseCases(Service):
    today_fn = staticmethod(date.today)

    # --- the board --------------------------------------------------------------------------

    @staticmethod
    def _board(s: Session, q: BatchQuery, today: date, terms: list[Any]) -> Select[Any]:
        order = _SORTS.get(q.sort)
        if order is None:
            raise ValidationError("sort", f"'{q.sort}' is not a column to sort by")
        keys = [*order, Batch.id]
        stmt = (select(*_COLUMNS).join(Project, Project.id == Batch.project_id)
                .join(Client, Client.id == Project.client_id).where(*terms))
        return stmt.order_by(*[k.desc() if q.descending else k for k in keys])

    @use_case("batches.board", Permission.DELIVERABLES_VIEW)
    def board(self, query: BatchQuery | None = None, limit: int = BOARD_PAGE,
              today: date | None = None) -> BatchPage:
        """The first ``limit`` batches for ``query`` and how many match."""
        q = query or BatchQuery()
        today = today or self.today_fn()
        with self.db.read() as s:
            terms = board_filter(s, q, today)
            stmt = self._board(s, q, today, terms)
            rows = tuple(_row(r, today) for r in s.execute(stmt.limit(limit)))
            if len(rows) < limit:
                total = len(rows)
            else:
                total = int(s.execute(select(func.count()).select_from(Batch)
                                      .where(*terms)).scalar_one())
        return BatchPage(q, rows, total, today)

    @use_case("batches.board_more", Permission.DELIVERABLES_VIEW)
    def board_more(self, page: BatchPage, offset: int, limit: int = BOARD_PAGE
                   ) -> list[BatchRow]:
        with self.db.read() as s:
            terms = board_filter(s, page.query, page.today)
            stmt = self._board(s, page.query, page.today, terms).offset(offset).limit(limit)
            return [_row(r, page.today) for r in s.execute(stmt)]

    @use_case("batches.find", Permission.DELIVERABLES_VIEW)
    def find_batch(self, reference: str) -> BatchRow:
        with self.db.read() as s:
            bid = find_batch_id(s, reference)
        return self._one(bid)

    def _one(self, batch_id: int) -> BatchRow:
        today = self.today_fn()
        stmt = (select(*_COLUMNS).join(Project, Project.id == Batch.project_id)
                .join(Client, Client.id == Project.client_id).where(Batch.id == batch_id))
        with self.db.read() as s:
            found = s.execute(stmt).first()
        if found is None:
            raise NotFoundError("batch", batch_id)
        return _row(found, today)

    # --- one batch --------------------------------------------------------------------------

    @use_case("batches.detail", Permission.DELIVERABLES_VIEW)
    def batch_detail(self, batch_id: int) -> BatchDetail:
        row = self._one(batch_id)
        identity = self.actor.can(Permission.PEOPLE_IDENTITY)
        with self.db.read() as s:
            b = load_batch(s, batch_id)
            p = load_project(s, b.project_id)
            currency = s.execute(select(Client.currency).where(Client.id == p.client_id)
                                 ).scalar_one()
            done = {pid: (int(u), int(m)) for pid, u, m in s.execute(
                select(WorkLog.person_id, func.sum(WorkLog.units), func.sum(WorkLog.minutes))
                .where(WorkLog.batch_id == batch_id).group_by(WorkLog.person_id))}
            workers = tuple(
                WorkerBrief(pid, f"{f} {la}", (nid or "") if identity else "",
                            *done.get(pid, (0, 0)))
                for pid, f, la, nid in s.execute(
                    select(Person.id, Person.first_name, Person.last_name, Person.national_id)
                    .join(BatchWorker, BatchWorker.person_id == Person.id)
                    .where(BatchWorker.batch_id == batch_id)
                    .order_by(Person.last_name, Person.first_name)))
            history = tuple(StatusChangeRow(*r) for r in s.execute(
                select(BatchStatusChange.from_status, BatchStatusChange.to_status,
                       BatchStatusChange.at, BatchStatusChange.by, BatchStatusChange.note)
                .where(BatchStatusChange.batch_id == batch_id)
                .order_by(BatchStatusChange.at, BatchStatusChange.id)))
            logs = tuple(WorkLogRow(i, pid, f"{f} {la}", on, u, m, src, by) for
                         i, pid, f, la, on, u, m, src, by in s.execute(
                select(WorkLog.id, WorkLog.person_id, Person.first_name, Person.last_name,
                       WorkLog.worked_on, WorkLog.units, WorkLog.minutes, WorkLog.source,
                       WorkLog.recorded_by)
                .join(Person, Person.id == WorkLog.person_id)
                .where(WorkLog.batch_id == batch_id)
                .order_by(WorkLog.worked_on.desc(), WorkLog.id.desc())))
            by_check: dict[int, dict[str, int]] = {}
            for cid, name, n in s.execute(
                    select(QaError.qa_check_id, ErrorCategory.name, QaError.count)
                    .join(ErrorCategory, ErrorCategory.id == QaError.category_id)
                    .join(QaCheck, QaCheck.id == QaError.qa_check_id)
                    .where(QaCheck.batch_id == batch_id)):
                by_check.setdefault(cid, {})[name] = int(n)
            checks = tuple(QaCheckRow(c.id or 0, c.round, c.sample_size, c.checked, c.errors,
                                      c.accuracy_bp, c.target_bp, c.passed, c.checked_by,
                                      c.checked_at, by_check.get(c.id or 0, {}))
                           for c in s.execute(select(QaCheck).where(QaCheck.batch_id == batch_id)
                                              .order_by(QaCheck.round)).scalars())
            proposed = rules.sample_size(b.units_expected, p.qa_sample_bp, min_sample(s))
        return BatchDetail(row, b.note, p.accuracy_target_bp, p.qa_sample_bp, proposed,
                           p.price_per_unit_cents, currency, workers, history, logs, checks,
                           tuple(m.value for m in rules.MOVES[rules.Status(b.status)]))

    @use_case("batches.create", Permission.DELIVERABLES_EDIT)
    def create_batch(self, inp: BatchInput) -> BatchRow:
        """A new batch, received; the due date defaults to received + the turnaround."""
        reference = rules.check_reference(inp.reference)
        units = rules.check_count("units expected", inp.units_expected, low=1)
        if not isinstance(inp.received_on, date):
            raise ValidationError("received date", "is needed")
        if inp.received_on > self.today_fn() + timedelta(days=1):
            raise ValidationError("received date", f"{inp.received_on.isoformat()} is in the "
                                  "future")
        note = clean_text("note", inp.note, 300)
        now = utcnow()
        with self.db.write() as s:
            project = load_project(s, inp.project_id)
            due = inp.due_on or inp.received_on + timedelta(days=project.turnaround_days)
            rules.check_dates(inp.received_on, due)
            if s.execute(select(Batch.id).where(func.lower(Batch.reference)
                                                == reference.lower())).first():
                raise ValidationError("reference", f"there is already a batch '{reference}'")
            row = Batch(project_id=project.id or 0, reference=reference, units_expected=units,
                        received_on=inp.received_on, due_on=due, note=note,
                        status=rules.Status.RECEIVED.value, status_changed_at=now,
                        created_at=now, created_by=self.actor.username, updated_at=now,
                        updated_by=self.actor.username)
            s.add(row)
            s.flush()
            s.add(BatchStatusChange(batch_id=row.id or 0, from_status=None,
                                    to_status=row.status, at=now, by=self.actor.username,
                                    note="received"))
            audit.record(s, self.actor, "batches.create", "batch", row.id, None, {
                "reference": reference, "project_id": project.id, "units_expected": units,
                "received_on": inp.received_on, "due_on": due})
            bid = row.id or 0
        return self._one(bid)

    @use_case("batches.move", Permission.DELIVERABLES_EDIT)
    def move_batch(self, batch_id: int, to: str, note: str = "", on: date | None = None,
                   expected_version: int | None = None) -> BatchRow:
        """Move a batch to another status (see ``domain.deliverables`` for what is allowed);
        ``on`` dates a delivery or the client's answer (today by default)."""
        target = rules.parse_status(to)
        note = clean_text("note", note, 300)
        on = on or self.today_fn()
        with self.db.write() as s:
            b = load_batch(s, batch_id)
            if expected_version is not None and b.version != expected_version:
                raise StaleRecordError("batch", b.updated_by or "somebody", b.updated_at)
            rules.check_move(b.status, target, last_qa_passed=b.last_qa_passed)
            if target is rules.Status.DELIVERED and on < b.received_on:
                raise ValidationError("delivered date", f"{on.isoformat()} is before the "
                                      f"batch was received ({b.received_on.isoformat()})")
            old = {"status": b.status}
            change_status(s, b, target, self.actor.username, note, utcnow(), on)
            audit.record(s, self.actor, "batches.move", "batch", batch_id, old,
                         {"status": target.value, "note": note, "on": on})
        return self._one(batch_id)

    @use_case("batches.assign", Permission.DELIVERABLES_EDIT)
    def assign_workers(self, batch_id: int, person_ids: Sequence[int]) -> tuple[str, ...]:
        """Put workers (people at stage 'worker') on a batch; those already on it stay."""
        ids = sorted({int(i) for i in person_ids or ()})
        if not ids:
            raise ValidationError("workers", "choose at least one worker")
        now = utcnow()
        with self.db.write() as s:
            b = load_batch(s, batch_id)
            if b.status in (rules.Status.ACCEPTED.value, rules.Status.DELIVERED.value):
                raise ValidationError("workers", f"batch {b.reference} is already "
                                      f"{b.status}")
            found = {pid: (f"{f} {la}", st) for pid, f, la, st in s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.stage)
                .where(Person.id.in_(ids), Person.erased_at.is_(None)))}
            for pid in ids:
                if pid not in found:
                    raise NotFoundError("person", pid)
                name, stage = found[pid]
                if stage != "worker":
                    raise ValidationError("worker", f"{name} is {stage_word(stage)}, not a "
                                          "worker")
            have = set(s.execute(select(BatchWorker.person_id)
                                 .where(BatchWorker.batch_id == batch_id)).scalars())
            new = [pid for pid in ids if pid not in have]
            if new:
                s.execute(insert(BatchWorker.__table__), [  # type: ignore[attr-defined]
                    {"batch_id": batch_id, "person_id": pid, "assigned_at": now,
                     "assigned_by": self.actor.username} for pid in new])
                audit.record(s, self.actor, "batches.assign", "batch", batch_id, None,
                             {"person_ids": new})
            return tuple(found[pid][0] for pid in new)

    @use_case("batches.unassign", Permission.DELIVERABLES_EDIT)
    def unassign_worker(self, batch_id: int, person_id: int) -> None:
        """Take a worker off a batch. Refused once the worker has work logged on it (the logs
        and the rework attribution keep them on it) or when the batch is delivered or
        accepted."""
        with self.db.write() as s:
            b = load_batch(s, batch_id)
            if b.status in (rules.Status.ACCEPTED.value, rules.Status.DELIVERED.value):
                raise ValidationError("worker", f"batch {b.reference} is already {b.status}; "
                                      "its workers stay as they were")
            logged = s.execute(select(func.count(WorkLog.id), func.sum(WorkLog.units))
                               .where(WorkLog.batch_id == batch_id,
                                      WorkLog.person_id == person_id)).one()
            if logged[0]:
                name = " ".join(s.execute(select(Person.first_name, Person.last_name)
                                          .where(Person.id == person_id)).one())
                raise ValidationError("worker", (
                    f"{name} has {int(logged[0]):,} work log(s) ({int(logged[1] or 0):,} "
                    f"units) on {b.reference}; the logs keep them on the batch, so they "
                    "cannot be removed"))
            row = s.execute(select(BatchWorker).where(BatchWorker.batch_id == batch_id,
                                                      BatchWorker.person_id == person_id)
                            ).scalar_one_or_none()
            if row is None:
                raise NotFoundError("worker on this batch", person_id)
            s.delete(row)
            audit.record(s, self.actor, "batches.unassign", "batch", batch_id,
                         {"person_id": person_id}, None)

    @use_case("batches.workers_available", Permission.DELIVERABLES_VIEW)
    def available_workers(self) -> list[WorkerBrief]:
        """Everybody at stage 'worker', by name."""
        identity = self.actor.can(Permission.PEOPLE_IDENTITY)
        with self.db.read() as s:
            return [WorkerBrief(pid, f"{f} {la}", (nid or "") if identity else "")
                    for pid, f, la, nid in s.execute(
                        select(Person.id, Person.first_name, Person.last_name,
                               Person.national_id)
                        .where(Person.stage == "worker", Person.erased_at.is_(None))
                        .order_by(Person.last_name, Person.first_name))]


def stage_word(stage: str) -> str:
    return {"trainee": "a trainee", "applicant": "an applicant",
            "alumnus": "an alumnus (no longer at the centre)"}.get(stage, stage)

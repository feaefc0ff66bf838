"""Quality checks and the client delivery report.

A check may be recorded while a batch is in progress, in QA or in rework (it is then in QA).
Round 1 is the first check; each re-check after rework is a new row with the next round. Below
the project's accuracy target the batch goes to rework, attributed to the workers on it (named
in the status change and the result).

The delivery report lists a client's batches *delivered* in the period. Accepted units are the
units done, at most the units the client sent, on batches the client accepted; rejected and
still unanswered batches bill nothing. Total = Σ accepted units × the project's price per unit,
in integer cents of the client's currency.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from issp_desktop.db.models import Centre
from issp_desktop.db.models.deliverables import (
    Batch,
    ErrorCategory,
    Project,
    QaCheck,
    QaError,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain import deliverables as rules
from issp_desktop.domain.access import Permission
from issp_desktop.errors import IsspError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.deliverables_batches import change_status, load_batch, worker_names
from issp_desktop.services.deliverables_clients import (
    clean_text,
    load_client,
    load_project,
    min_sample,
)
from issp_desktop.services.deliverables_types import (
    DeliveryLine,
    DeliveryReport,
    QaInput,
    QaResult,
)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class ReportCancelledError(IsspError):
    def __init__(self) -> None:
        super().__init__("Cancelled; no report was written.")


class QaUseCases(Service):
    today_fn: Callable[[], date]

    @use_case("qa.record", Permission.DELIVERABLES_EDIT)
    def record_qa(self, inp: QaInput, checked_at: datetime | None = None) -> QaResult:
        """Record a quality check of a batch and move the batch on (see the module)."""
        accuracy = rules.accuracy_bp(inp.checked, inp.errors)
        checked_by = clean_text("checked by", inp.checked_by or self.actor.label, 120)
        note = clean_text("note", inp.note, 300)
        at = checked_at or utcnow()
        with self.db.write() as s:
            b = load_batch(s, inp.batch_id)
            if rules.Status(b.status) not in rules.QA_FROM:
                raise ValidationError("batch", f"{b.reference} is {b.status.replace('_', ' ')}"
                                      "; a quality check is recorded while a batch is in "
                                      "progress, in QA or in rework")
            known = {n.casefold(): (i, n) for i, n in s.execute(
                select(ErrorCategory.id, ErrorCategory.name)
                .where(ErrorCategory.active.is_(True)))}
            by_id: dict[int, int] = {}
            for name in inp.categories or {}:
                if known.get(" ".join(str(name).split()).casefold()) is None:
                    raise ValidationError("category", f"'{name}' is not an error category "
                                          f"(known: {', '.join(n for _, n in known.values())})")
            counts = rules.check_category_counts(inp.errors, {
                str(k): v for k, v in (inp.categories or {}).items()})
            for name, count in counts.items():
                cid = known[" ".join(name.split()).casefold()][0]
                by_id[cid] = by_id.get(cid, 0) + count
            project = load_project(s, b.project_id)
            target = project.accuracy_target_bp
            passed = rules.qa_passed(inp.checked, inp.errors, target)
            sample = rules.sample_size(b.units_expected, project.qa_sample_bp, min_sample(s))
            round_ = (s.execute(select(func.max(QaCheck.round))
                                .where(QaCheck.batch_id == b.id)).scalar_one() or 0) + 1
            row = QaCheck(batch_id=b.id or 0, round=round_, sample_size=sample,
                          checked=inp.checked, errors=inp.errors, accuracy_bp=accuracy,
                          target_bp=target, passed=passed, checked_by=checked_by,
                          checked_at=at, note=note, recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            if by_id:
                s.execute(insert(QaError.__table__), [  # type: ignore[attr-defined]
                    {"qa_check_id": row.id, "category_id": cid, "count": n}
                    for cid, n in by_id.items() if n])
            old = {"status": b.status}
            who, today = self.actor.username, self.today_fn()
            if b.status != rules.Status.IN_QA.value:
                change_status(s, b, rules.Status.IN_QA, who, f"quality check round {round_}",
                              at, today)
            workers = tuple(worker_names(s, b.id or 0))
            if not passed:
                change_status(s, b, rules.Status.REWORK, who, (
                    f"QA round {round_}: accuracy {rules.fmt_bp(accuracy)} % below the target "
                    f"{rules.fmt_bp(target)} %; rework by {', '.join(workers) or 'nobody yet'}"
                )[:300], at, today)
            b.qa_rounds, b.last_accuracy_bp, b.last_qa_passed = round_, accuracy, passed
            audit.record(s, self.actor, "qa.record", "batch", b.id, old, {
                "status": b.status, "round": round_, "checked": inp.checked,
                "errors": inp.errors, "accuracy_bp": accuracy, "passed": passed,
                "categories": {str(k): v for k, v in by_id.items()}})
            return QaResult(row.id or 0, b.reference, round_, sample, inp.checked, inp.errors,
                            accuracy, target, passed, b.status, workers)

    # --- the delivery report ----------------------------------------------------------------

    @use_case("reports.delivery_data", Permission.DELIVERABLES_VIEW)
    def delivery_report(self, client_id: int, start: date, end: date) -> DeliveryReport:
        if not isinstance(start, date) or not isinstance(end, date):
            raise ValidationError("period", "needs a start and an end date")
        if end < start:
            raise ValidationError("to", f"{end.isoformat()} is before the start "
                                  f"{start.isoformat()}")
        with self.db.read() as s:
            client = load_client(s, client_id)
            centre = s.execute(select(Centre.name).limit(1)).scalar_one_or_none() or ""
            lines = []
            for b, p in s.execute(
                    select(Batch, Project).join(Project, Project.id == Batch.project_id)
                    .where(Project.client_id == client_id, Batch.delivered_on >= start,
                           Batch.delivered_on <= end)
                    .order_by(Batch.delivered_on, Batch.reference)):
                assert b.delivered_on is not None
                accepted = (min(b.units_done, b.units_expected)
                            if b.status == rules.Status.ACCEPTED.value else 0)
                lines.append(DeliveryLine(
                    b.reference, p.name, p.unit, b.units_expected, b.units_done, b.received_on,
                    b.due_on, b.delivered_on, b.status, b.delivered_on <= b.due_on,
                    b.last_accuracy_bp, accepted, p.price_per_unit_cents,
                    rules.line_total_cents(accepted, p.price_per_unit_cents)))
        return DeliveryReport(centre, client.name, client.contact, client.currency, start, end,
                              tuple(lines), sum(line.amount_cents for line in lines),
                              datetime.now(UTC), self.actor.label)

    @use_case("reports.delivery", Permission.DELIVERABLES_VIEW)
    def write_delivery_report(self, client_id: int, start: date, end: date, path: Path, *,
                              progress: ProgressFn | None = None,
                              cancelled: CancelledFn | None = None) -> DeliveryReport:
        """The delivery report as ``path`` (.pdf or .xlsx), written whole or not at all."""
        from issp_desktop.reports import delivery_report as writer

        path = Path(path)
        fmt = path.suffix.lower()
        if fmt not in (".pdf", ".xlsx"):
            raise ValidationError("file", f"{path.name}: choose a .pdf or .xlsx file name")
        report = self.delivery_report(client_id, start, end)
        if cancelled is not None and cancelled():
            raise ReportCancelledError()
        if progress is not None:
            progress(0, 1, "Writing the report…")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            if fmt == ".pdf":
                writer.build_delivery_pdf(report, tmp)
            else:
                writer.build_delivery_xlsx(report, tmp)
            if cancelled is not None and cancelled():
                raise ReportCancelledError()
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        with self.db.write() as s:
            audit.record(s, self.actor, "reports.delivery", "client", client_id, None, {
                "from": start, "to": end, "format": fmt.lstrip("."),
                "batches": len(report.lines), "total_cents": report.total_cents})
        if progress is not None:
            progress(1, 1, "Done")
        return replace(report)

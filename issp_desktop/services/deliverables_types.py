"""Plain data in and out of ``DeliverablesService``, and its errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from issp_desktop.errors import ValidationError

BOARD_PAGE = 200


# --- contracts other features call ---------------------------------------------------------------

@dataclass(frozen=True)
class ProductionAccuracy:
    """First-round quality-check results of the batches a person was assigned to."""

    person_id: int
    batches: int  # batches the person worked on that had a quality check
    checked: int
    errors: int
    accuracy_bp: int | None  # None without any check


@dataclass(frozen=True)
class AcceptedUnits:
    """Units of one person on one project's batches the client accepted in a period."""

    person_id: int
    project_id: int
    project: str
    client: str
    units: int
    piece_rate_cents: int | None  # per accepted unit, in the centre's currency; None: no rate

    @property
    def amount_cents(self) -> int:
        return self.units * (self.piece_rate_cents or 0)


# --- clients and projects -----------------------------------------------------------------------

@dataclass(frozen=True)
class ClientInput:
    name: str
    contact: str = ""
    country: str = "KE"
    currency: str = "KES"
    active: bool = True


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    contact: str
    country: str
    currency: str
    active: bool
    projects: int
    open_batches: int
    version: int


@dataclass(frozen=True)
class ProjectInput:
    client_id: int
    name: str
    unit: str = "record"
    price_per_unit_cents: int = 0
    piece_rate_cents: int | None = None
    accuracy_target_bp: int = 9900
    qa_sample_bp: int = 500
    turnaround_days: int = 5
    active_from: date | None = None
    active_to: date | None = None


@dataclass(frozen=True)
class ProjectRow:
    id: int
    client_id: int
    client: str
    currency: str
    name: str
    unit: str
    price_per_unit_cents: int
    piece_rate_cents: int | None
    accuracy_target_bp: int
    qa_sample_bp: int
    turnaround_days: int
    active_from: date
    active_to: date | None
    version: int


# --- batches ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BatchInput:
    project_id: int
    reference: str
    units_expected: int
    received_on: date
    due_on: date | None = None  # None: received + the project's turnaround
    note: str = ""


@dataclass(frozen=True)
class BatchQuery:
    client_id: int | None = None
    project_id: int | None = None
    status: str | None = None
    view: str = "all"  # all | open | due_week | late | failed_qa
    text: str = ""  # part of the reference
    sort: str = "due"  # due | reference | status | received | units | client
    descending: bool = False


@dataclass(frozen=True)
class BatchRow:
    id: int
    reference: str
    client: str
    project: str
    project_id: int
    unit: str
    units_expected: int
    units_done: int
    received_on: date
    due_on: date
    status: str
    delivered_on: date | None
    last_accuracy_bp: int | None
    last_qa_passed: bool | None
    late: bool
    version: int


@dataclass(frozen=True)
class BatchPage:
    query: BatchQuery
    rows: tuple[BatchRow, ...]
    total: int
    today: date


@dataclass(frozen=True)
class WorkerBrief:
    person_id: int
    name: str
    national_id: str
    units: int = 0
    minutes: int = 0


@dataclass(frozen=True)
class StatusChangeRow:
    from_status: str | None
    to_status: str
    at: datetime
    by: str
    note: str


@dataclass(frozen=True)
class WorkLogRow:
    id: int
    person_id: int
    name: str
    worked_on: date
    units: int
    minutes: int
    source: str
    recorded_by: str


@dataclass(frozen=True)
class QaCheckRow:
    id: int
    round: int
    sample_size: int
    checked: int
    errors: int
    accuracy_bp: int
    target_bp: int
    passed: bool
    checked_by: str
    checked_at: datetime
    errors_by_category: dict[str, int]


@dataclass(frozen=True)
class BatchDetail:
    batch: BatchRow
    note: str
    accuracy_target_bp: int
    qa_sample_bp: int
    proposed_sample: int
    price_per_unit_cents: int
    currency: str
    workers: tuple[WorkerBrief, ...]
    history: tuple[StatusChangeRow, ...]
    logs: tuple[WorkLogRow, ...]
    checks: tuple[QaCheckRow, ...]
    allowed_moves: tuple[str, ...]


# --- work logs and quality checks ---------------------------------------------------------------

@dataclass(frozen=True)
class WorkLogInput:
    batch_id: int
    person_id: int
    worked_on: date
    units: int
    minutes: int


@dataclass(frozen=True)
class WorkLogSaved:
    count: int
    units: int
    over_expected: tuple[str, ...]  # batches now past their expected units (confirmed)


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.reason}"


@dataclass(frozen=True)
class WorkLogImportResult:
    rows: int
    created: int
    problems: list[ImportProblem]
    warnings: list[str]
    dry_run: bool
    preview: tuple[tuple[str, str, str, int, int], ...] = ()  # ref, person, date, units, mins
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class QaInput:
    batch_id: int
    checked: int
    errors: int
    categories: dict[str, int] = field(default_factory=dict)  # category name -> errors
    checked_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class QaResult:
    check_id: int
    reference: str
    round: int
    sample_size: int
    checked: int
    errors: int
    accuracy_bp: int
    target_bp: int
    passed: bool
    status: str
    workers: tuple[str, ...]  # who the rework is attributed to


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    description: str
    active: bool
    uses: int = 0  # error counts in quality checks that name it (then it can't be deleted)


@dataclass(frozen=True)
class WorkerBatch:
    """An open batch a worker is assigned to, for typing the worker's day across batches."""

    batch_id: int
    reference: str
    client: str
    project: str
    unit: str
    units_expected: int
    units_done: int
    received_on: date
    due_on: date
    status: str
    logged_units: int | None = None  # already logged by the worker on the day asked about


# --- productivity and the delivery report ---------------------------------------------------------

@dataclass(frozen=True)
class ProductivityRow:
    person_id: int
    name: str
    units: int
    minutes: int  # logged
    downtime_minutes: int  # taken off the logged minutes (see the service's rule)
    units_per_hour_x100: int | None
    batches: int
    checked: int
    errors: int
    accuracy_bp: int | None
    reworked: int  # of those batches, how many failed a check


@dataclass(frozen=True)
class ProductivityPoint:
    start: date  # the week's Monday or the month's first day
    units: int
    minutes: int
    units_per_hour_x100: int | None
    accuracy_bp: int | None


@dataclass(frozen=True)
class DeliveryLine:
    reference: str
    project: str
    unit: str
    units_expected: int
    units_done: int
    received_on: date
    due_on: date
    delivered_on: date | None
    status: str
    on_time: bool
    accuracy_bp: int | None
    accepted_units: int
    price_per_unit_cents: int
    amount_cents: int


@dataclass(frozen=True)
class DeliveryReport:
    centre: str
    client: str
    contact: str
    currency: str
    start: date
    end: date
    lines: tuple[DeliveryLine, ...]
    total_cents: int
    made_at: datetime
    made_by: str

    @property
    def on_time(self) -> int:
        return sum(1 for line in self.lines if line.on_time)


# --- errors -------------------------------------------------------------------------------------

class OverExpectedError(ValidationError):
    """More units logged than the batch expects: the user may confirm (``force=True``)."""

    def __init__(self, reference: str, expected: int, would_be: int) -> None:
        super().__init__("units", f"batch {reference} expects {expected:,} units; with these "
                         f"logs it would have {would_be:,}. Confirm to save anyway")
        self.reference = reference
        self.expected = expected
        self.would_be = would_be


class WorkLogBatchError(ValidationError):
    """Every bad entry of a set of work logs, as ``(index, field, reason)``."""

    def __init__(self, problems: list[tuple[int, str, str]]) -> None:
        first = problems[0]
        super().__init__(first[1], first[2])
        self.problems = problems
        self.message = "; ".join(f"entry {i + 1}: {f}: {r}" for i, f, r in problems)

"""Plain data that crosses the training service's boundary: inputs in, rows out.

No ORM object and no Session ever leaves the service; these frozen dataclasses do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from issp_desktop.domain.people import Attendance
from issp_desktop.errors import ValidationError


class ModuleKind(StrEnum):
    TEST = "test"  # passed with a score at or above the pass mark
    TYPING = "typing"  # passed at or above a speed (wpm) and an accuracy


class StipendKind(StrEnum):
    TRANSPORT = "transport"
    MEALS = "meals"
    OTHER = "other"


# --- modules and cohorts -----------------------------------------------------------------------

@dataclass(frozen=True)
class ModuleInput:
    name: str
    kind: ModuleKind | str = ModuleKind.TEST
    hours: int = 0
    pass_mark: int = 50
    min_wpm: int | None = None  # typing only
    min_accuracy_bp: int | None = None  # typing only; basis points (9550 = 95.50 %)
    description: str = ""
    active: bool = True


@dataclass(frozen=True)
class ModuleRow:
    id: int
    name: str
    kind: ModuleKind
    hours: int
    pass_mark: int
    min_wpm: int | None
    min_accuracy_bp: int | None
    description: str
    active: bool
    version: int

    @property
    def is_typing(self) -> bool:
        return self.kind is ModuleKind.TYPING


@dataclass(frozen=True)
class CohortInput:
    name: str
    start_date: date
    end_date: date
    trainer: str = ""
    programme: str = ""
    capacity: int = 30
    attendance_threshold_pct: int = 80
    notes: str = ""
    # The curriculum in teaching order. On update, ``None`` leaves it as it is.
    module_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class CohortRow:
    """A cohort with its progress figures (as the cohort list and ``issp cohorts list`` show)."""

    id: int
    name: str
    start_date: date
    end_date: date
    trainer: str
    programme: str
    capacity: int
    attendance_threshold_pct: int
    notes: str
    version: int
    module_ids: tuple[int, ...]
    trainees: int = 0
    completed: int = 0
    at_risk: int = 0
    attendance_pct: float | None = None  # the average of the trainees' attendance
    sessions: int = 0


# --- progress ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TraineeBrief:
    id: int
    name: str
    stage: str


@dataclass(frozen=True)
class TraineeProgress:
    person_id: int
    name: str
    stage: str
    present: int
    late: int
    absent: int
    excused: int
    attendance_pct: float | None  # None until a session counts
    minutes_attended: int
    modules_total: int
    modules_passed: int
    modules_failed: int  # latest attempt not passed
    complete: bool
    at_risk: bool
    low_attendance: bool

    @property
    def hours_attended(self) -> float:
        return self.minutes_attended / 60


@dataclass(frozen=True)
class CohortProgress:
    cohort: CohortRow
    modules: tuple[ModuleRow, ...]
    trainees: tuple[TraineeProgress, ...]


# --- assessments -------------------------------------------------------------------------------

@dataclass(frozen=True)
class GridCell:
    """The latest attempt of one trainee at one module."""

    score: int | None
    wpm: int | None
    accuracy_bp: int | None
    passed: bool
    attempt: int
    taken_on: date


@dataclass(frozen=True)
class AssessmentGrid:
    cohort_id: int
    modules: tuple[ModuleRow, ...]
    trainees: tuple[TraineeBrief, ...]
    cells: dict[tuple[int, int], GridCell]  # (person_id, module_id) -> latest attempt

    def cell(self, person_id: int, module_id: int) -> GridCell | None:
        return self.cells.get((person_id, module_id))


@dataclass(frozen=True)
class AssessmentEntry:
    """One result to save: a score for a test module, speed and accuracy for typing."""

    person_id: int
    module_id: int
    score: int | None = None
    wpm: int | None = None
    accuracy_bp: int | None = None


@dataclass(frozen=True)
class EntryProblem:
    index: int  # position in the batch
    person_id: int | None
    module_id: int | None
    field: str
    reason: str

    def __str__(self) -> str:
        return f"entry {self.index + 1}: {self.field}: {self.reason}"


class BatchError(ValidationError):
    """A batch (assessments, roll-call, stipends) had bad entries; nothing was saved."""

    def __init__(self, what: str, problems: list[EntryProblem]) -> None:
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(what, f"{len(problems)} problem(s), nothing was saved: {shown}{more}")
        self.problems = problems


@dataclass(frozen=True)
class SavedAssessments:
    count: int
    passed: int
    ids: tuple[int, ...]


# --- sessions and roll-call ----------------------------------------------------------------

@dataclass(frozen=True)
class SessionInput:
    held_on: date
    minutes: int = 420
    topic: str = ""
    module_id: int | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    cohort_id: int
    held_on: date
    minutes: int
    topic: str
    module_id: int | None
    module_name: str
    marked: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # status -> trainees


@dataclass(frozen=True)
class RollCallSheet:
    session: SessionRow
    trainees: tuple[TraineeBrief, ...]
    marks: dict[int, Attendance]  # person_id -> status; a trainee not yet marked has none


# --- stipends ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class StipendInput:
    person_id: int
    on: date
    amount: str  # as typed: "500", "1,200.50", "KES 300"
    kind: StipendKind | str = StipendKind.TRANSPORT
    note: str = ""


@dataclass(frozen=True)
class StipendRow:
    id: int
    person_id: int
    person_name: str
    cohort_id: int | None
    on: date
    amount_cents: int | None  # None when the reader may not see amounts (e.g. a trainer)
    kind: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class StipendList:
    rows: tuple[StipendRow, ...]
    amounts_visible: bool
    total_cents: int | None

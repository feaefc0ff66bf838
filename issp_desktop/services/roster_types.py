"""What crosses the roster service's boundary: plain inputs and rows, and the typed errors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from issp_desktop.domain.roster import Conflict
from issp_desktop.errors import IsspError


class LeaveKind(StrEnum):
    ANNUAL = "annual"
    SICK = "sick"
    UNPAID = "unpaid"
    OTHER = "other"


class DowntimeKind(StrEnum):
    POWER = "power"
    INTERNET = "internet"
    PLATFORM = "platform"
    OTHER = "other"


# --- templates and rules -----------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateInput:
    name: str
    code: str
    start_minute: int  # local wall clock, minutes after midnight
    length_minutes: int
    break_minutes: int = 0
    is_night: bool = False
    colour: str = ""
    active: bool = True


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    code: str
    start_minute: int
    length_minutes: int
    break_minutes: int
    is_night: bool
    colour: str
    active: bool
    version: int

    @property
    def start_text(self) -> str:
        return f"{self.start_minute // 60:02d}:{self.start_minute % 60:02d}"

    @property
    def end_text(self) -> str:
        end = (self.start_minute + self.length_minutes) % 1440
        return f"{end // 60:02d}:{end % 60:02d}"


@dataclass(frozen=True)
class RosterRules:
    min_rest_hours: int = 8
    max_week_hours: int = 52
    max_week_hours_night: int = 60
    grace_minutes: int = 10
    early_leave_minutes: int = 10
    clock_jump_hours: int = 72
    payroll_locked_through: date | None = None
    version: int = 1


# --- shifts ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShiftInput:
    """A shift to add (``shift_id`` None) or the new state of an existing shift."""

    person_id: int
    starts_at: datetime  # UTC-aware (or any aware instant)
    minutes: int
    template_id: int | None = None
    break_minutes: int = 0
    is_night: bool = False
    note: str = ""
    shift_id: int | None = None


@dataclass(frozen=True)
class ShiftChanges:
    """A staged batch: shifts to add or move (``upsert``) and shifts to delete (ids)."""

    upsert: tuple[ShiftInput, ...] = ()
    delete: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.upsert and not self.delete


@dataclass(frozen=True)
class ShiftRow:
    id: int
    person_id: int
    template_id: int | None
    code: str
    starts_at: datetime
    ends_at: datetime
    break_minutes: int
    is_night: bool
    note: str
    override_reason: str
    day: date  # local date of the start

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class PersonBrief:
    id: int
    name: str
    national_id: str
    stage: str
    cohort: str


@dataclass(frozen=True)
class WeekGrid:
    """People × the seven local days of a week (Monday first), with shifts and leave."""

    monday: date
    time_zone: str
    people: tuple[PersonBrief, ...]
    shifts: tuple[ShiftRow, ...]
    leave: dict[tuple[int, date], str]  # (person, day) -> leave kind
    templates: tuple[TemplateRow, ...]
    locked_through: date | None = None

    @property
    def days(self) -> list[date]:
        from issp_desktop.domain.roster import week_days

        return week_days(self.monday)


@dataclass(frozen=True)
class ConflictRow:
    person_id: int
    person: str
    day: date
    rule: str
    hard: bool
    detail: str
    shift_id: int | None  # None for a shift not saved yet
    key: int = 0  # the shift's key in the checked batch (its id, or negative when new)

    @classmethod
    def of(cls, c: Conflict, person: str) -> ConflictRow:
        return cls(c.person_id, person, c.day, c.rule.value, c.hard, c.detail,
                   c.shift_key if c.shift_key > 0 else None, c.shift_key)

    def __str__(self) -> str:
        from issp_desktop.domain.roster import RULE_TITLES, Rule

        kind = "blocks the save" if self.hard else "needs an override with a reason"
        return (f"{self.person}, {self.day:%a %d %b %Y}: {RULE_TITLES[Rule(self.rule)]}: "
                f"{self.detail} ({kind})")


@dataclass(frozen=True)
class SaveResult:
    added: int
    changed: int
    deleted: int
    overridden: tuple[ConflictRow, ...] = ()


# --- swaps, leave, downtime --------------------------------------------------------------------

@dataclass(frozen=True)
class SwapInput:
    shift_a_id: int
    person_b_id: int
    shift_b_id: int | None  # None: person B takes shift A over
    approved_by: str
    reason: str = ""


@dataclass(frozen=True)
class SwapRow:
    id: int
    shift_a_id: int
    shift_b_id: int | None
    person_a: str
    person_b: str
    approved_by: str
    reason: str
    swapped_at: datetime


@dataclass(frozen=True)
class LeaveInput:
    person_id: int
    kind: str
    starts_on: date
    ends_on: date
    note: str = ""


@dataclass(frozen=True)
class LeaveRow:
    id: int
    person_id: int
    person: str
    kind: str
    starts_on: date
    ends_on: date
    note: str
    days: int


@dataclass(frozen=True)
class DowntimeInput:
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    paid: bool = True
    note: str = ""


@dataclass(frozen=True)
class DowntimeRow:
    id: int
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    paid: bool
    note: str
    version: int

    @property
    def minutes(self) -> int | None:
        if self.ends_at is None:
            return None
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


# --- errors ------------------------------------------------------------------------------------

class RosterConflictError(IsspError):
    """A save broke roster rules: ``conflicts`` lists every one. With any hard conflict nothing
    can be saved; with soft ones only, an override reason lets it through."""

    def __init__(self, conflicts: Sequence[ConflictRow]) -> None:
        self.conflicts = list(conflicts)
        hard = [c for c in self.conflicts if c.hard]
        first = (hard or self.conflicts)[0]
        more = f" (and {len(self.conflicts) - 1} more)" if len(self.conflicts) > 1 else ""
        if hard:
            text = f"Not saved: {first}{more}."
        else:
            text = (f"Not saved without an override reason: {first}{more}.")
        super().__init__(text)

    @property
    def hard(self) -> bool:
        return any(c.hard for c in self.conflicts)

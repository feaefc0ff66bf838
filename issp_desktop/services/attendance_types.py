"""What the attendance use cases take and return (plain frozen dataclasses) and the errors they
raise (each carries its facts; ``str(err)`` is one plain English line for the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from issp_desktop.errors import IsspError, NotFoundError, ValidationError

MAX_BADGE = 20


# --- errors ------------------------------------------------------------------------------------

class UnknownBadgeError(NotFoundError):
    def __init__(self, badge: str) -> None:
        super().__init__("badge", badge)
        self.badge = badge
        self.message = f"Unknown badge '{badge}': nobody has this badge number."


class AlreadyClockedInError(IsspError):
    def __init__(self, name: str, since: datetime) -> None:
        super().__init__(f"{name} is already clocked in (since {since:%Y-%m-%d %H:%M} UTC); "
                         "nothing was saved.")
        self.name = name
        self.since = since


class NotClockedInError(IsspError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not clocked in, so there is nothing to clock out; "
                         "nothing was saved.")
        self.name = name


class ClockOutBeforeInError(IsspError):
    def __init__(self, name: str, clocked_in: datetime, at: datetime) -> None:
        super().__init__(f"The clock-out for {name} at {at:%Y-%m-%d %H:%M} UTC is before the "
                         f"clock-in at {clocked_in:%Y-%m-%d %H:%M} UTC; nothing was saved.")
        self.name = name
        self.clocked_in = clocked_in
        self.at = at


class PersonLeftError(IsspError):
    def __init__(self, name: str, stage: str) -> None:
        super().__init__(f"{name} is no longer at the centre ({stage}); their badge does not "
                         "clock in or out.")
        self.name = name
        self.stage = stage


class ClockWarningError(IsspError):
    """The punch looks wrong (a PC clock far off, a clock-out days after the clock-in): nothing
    was saved; repeat with ``confirm=True`` (CLI ``--confirm``) to save it anyway."""

    def __init__(self, name: str, kind: str, at: datetime, warnings: tuple[str, ...]) -> None:
        super().__init__(
            f"Check the time of this clock-{kind} for {name} ({at:%Y-%m-%d %H:%M} UTC): "
            + "; ".join(warnings) + ". Nothing was saved; confirm to save it anyway.")
        self.name = name
        self.kind = kind
        self.at = at
        self.warnings = warnings


class BadgeTakenError(ValidationError):
    def __init__(self, badge: str, holder: str) -> None:
        super().__init__("badge", f"'{badge}' is already the badge of {holder}")
        self.badge = badge
        self.holder = holder


# --- rows --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClockResult:
    """What the door shows after a punch."""

    event_id: int
    person_id: int
    name: str
    badge_no: str
    kind: str  # in | out
    at: datetime
    status: str  # "on time", "late 12 min", "left early 20 min", "overtime 15 min", "unplanned"
    clock_warning: str = ""  # what was confirmed, if anything
    note: str = ""  # e.g. an earlier clock-out is missing
    photo: bytes | None = None
    photo_mime: str = ""


@dataclass(frozen=True)
class PunchRow:
    id: int
    person_id: int
    name: str
    badge_no: str
    kind: str  # in | out | void
    at: datetime
    source: str
    reason: str
    clock_warning: str
    replaces_id: int | None
    replaced_by_id: int | None  # the correction that replaced or voided this punch
    recorded_at: datetime
    recorded_by: str

    @property
    def effective(self) -> bool:
        return self.replaced_by_id is None and self.kind in ("in", "out")


@dataclass(frozen=True)
class Correction:
    """A supervisor's correction. ``kind`` 'in'/'out' adds a punch at ``at`` (replacing
    ``replaces_id`` when given); 'void' cancels ``replaces_id``."""

    person_id: int
    kind: str
    reason: str
    at: datetime | None = None
    replaces_id: int | None = None


@dataclass(frozen=True)
class HolidayRow:
    id: int
    on: date
    name: str


@dataclass(frozen=True)
class BadgeRow:
    person_id: int
    name: str
    stage: str
    badge_no: str | None


@dataclass(frozen=True)
class BadgeAssignment:
    assigned: int
    first: str | None
    last: str | None


@dataclass(frozen=True)
class AttendanceSummaryRow:
    """One person's attendance for a period: what payroll reads.

    Every figure is whole **minutes** or a count; the rules are in
    ``issp_desktop.domain.attendance`` (module docstring). ``worked_minutes`` are the minutes
    that count (inside planned shifts less breaks, plus overtime); ``overtime_rest_minutes``
    are all minutes worked on rest days (Sunday) and public holidays; ``unplanned_minutes`` are
    presence with no planned shift, counted in neither. ``national_id`` is ``None`` for roles
    that may not see identity numbers.
    """

    person_id: int
    national_id: str | None
    name: str
    badge_no: str | None
    shifts_planned: int
    planned_minutes: int
    worked_minutes: int
    overtime_weekday_minutes: int
    overtime_rest_minutes: int
    night_minutes: int
    downtime_minutes: int
    unpaid_downtime_minutes: int
    unplanned_minutes: int
    late_count: int
    late_minutes: int
    left_early_count: int
    absences: int
    missing_punches: int
    leave_days: int
    unpaid_leave_days: int


MINUTE_FIELDS: tuple[str, ...] = (
    "planned_minutes", "worked_minutes", "overtime_weekday_minutes", "overtime_rest_minutes",
    "night_minutes", "downtime_minutes", "unpaid_downtime_minutes", "unplanned_minutes",
)
COUNT_FIELDS: tuple[str, ...] = (
    "shifts_planned", "late_count", "late_minutes", "left_early_count", "absences",
    "missing_punches", "leave_days", "unpaid_leave_days",
)


@dataclass(frozen=True)
class DayShiftRow:
    """One planned shift of a day with what happened (the Punches tab's day sheet)."""

    shift_id: int
    person_id: int
    name: str
    starts_at: datetime
    ends_at: datetime
    status: str
    late_minutes: int
    worked_minutes: int
    first_in: datetime | None
    last_out: datetime | None


def hours(minutes: int) -> str:
    """Minutes as hours with two decimals, rounded half up ("7.50")."""
    sign = "-" if minutes < 0 else ""
    hundredths = (abs(minutes) * 100 * 2 + 60) // 120
    return f"{sign}{hundredths // 100}.{hundredths % 100:02d}"

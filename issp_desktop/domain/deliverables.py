"""Rules of client deliverables (pure: no I/O, no Qt).

Status machine of a batch::

    received ──> in_progress ──> in_qa ──> delivered ──> accepted
                     ^  │          │  ^        │
                     │  └──────────┘  │        └──────> rejected ──> rework
                     │   (QA failed)  │
                     └──── rework ────┘

Allowed moves (anything else is refused with the list of what is allowed):

- received → in_progress (work starts)
- in_progress → in_qa (handed to the checker)
- in_qa → rework (the check failed; recording a failed check does this itself)
- in_qa → in_progress (the checker hands it back unfinished)
- in_qa → delivered (only once the newest quality check passed)
- rework → in_qa (re-check after the rework) and rework → in_progress
- delivered → accepted | rejected (the client's answer)
- rejected → rework (the client sends it back to be fixed; it is delivered again later)

Accepted is final. A quality check may be recorded while a batch is in progress, in QA or in
rework; the batch is then in QA (and goes to rework if the check fails).

Quality: accuracy = 1 − errors ÷ checked, in basis points truncated (never rounded up); pass
is decided exactly: ``errors × 10 000 ≤ checked × (10 000 − target)``. The proposed sample is
the project's sample share of the batch's units, rounded up, at least the centre's minimum,
and the whole batch when it is smaller than that.

Late: the due date has passed and the batch is not delivered, or it was delivered after its
due date.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from issp_desktop.errors import ValidationError

BP = 10_000  # basis points in 100 %
MAX_UNITS = 10_000_000  # per batch
MAX_DAY_MINUTES = 24 * 60
MAX_CHECKED = 100_000_000


class Status(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    IN_QA = "in_qa"
    REWORK = "rework"
    DELIVERED = "delivered"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


STATUS_TITLES: dict[Status, str] = {
    Status.RECEIVED: "Received", Status.IN_PROGRESS: "In progress", Status.IN_QA: "In QA",
    Status.REWORK: "Rework", Status.DELIVERED: "Delivered", Status.ACCEPTED: "Accepted",
    Status.REJECTED: "Rejected",
}

MOVES: dict[Status, tuple[Status, ...]] = {
    Status.RECEIVED: (Status.IN_PROGRESS,),
    Status.IN_PROGRESS: (Status.IN_QA,),
    Status.IN_QA: (Status.DELIVERED, Status.REWORK, Status.IN_PROGRESS),
    Status.REWORK: (Status.IN_QA, Status.IN_PROGRESS),
    Status.DELIVERED: (Status.ACCEPTED, Status.REJECTED),
    Status.ACCEPTED: (),
    Status.REJECTED: (Status.REWORK,),
}
OPEN = (Status.RECEIVED, Status.IN_PROGRESS, Status.IN_QA, Status.REWORK)  # not delivered yet
QA_FROM = (Status.IN_PROGRESS, Status.IN_QA, Status.REWORK)  # where a check may be recorded
WORK_FROM = (Status.RECEIVED, Status.IN_PROGRESS, Status.IN_QA, Status.REWORK)  # logs allowed


class Unit(StrEnum):
    RECORD = "record"
    FORM = "form"
    PAGE = "page"
    IMAGE = "image"
    AUDIO_MINUTE = "audio_minute"
    DOCUMENT = "document"
    FIELD = "field"


def parse_status(raw: str, field: str = "status") -> Status:
    text = (raw or "").strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Status(text)
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise ValidationError(field, f"'{raw}' is not a status ({allowed})") from None


def check_move(current: Status | str, target: Status | str, *,
               last_qa_passed: bool | None = None) -> Status:
    """``target`` if a batch in ``current`` may move there, else a ``ValidationError``."""
    cur, to = Status(current), Status(target)
    allowed = MOVES[cur]
    if to not in allowed:
        if not allowed:
            raise ValidationError("status", f"the batch is {STATUS_TITLES[cur].lower()}; "
                                  "that is final")
        names = " or ".join(STATUS_TITLES[s].lower() for s in allowed)
        raise ValidationError("status", f"a batch that is {STATUS_TITLES[cur].lower()} can "
                              f"only move to {names}, not to {STATUS_TITLES[to].lower()}")
    if to is Status.DELIVERED and last_qa_passed is not True:
        why = "has had no quality check" if last_qa_passed is None else "failed its last check"
        raise ValidationError("status", f"the batch {why}; record a passing quality check "
                              "before delivering it")
    return to


def sample_size(units: int, sample_bp: int, minimum: int) -> int:
    """Units to check: ``sample_bp`` of ``units`` rounded up, at least ``minimum``, at most
    the whole batch."""
    if units <= 0:
        return 0
    share = -(-units * max(sample_bp, 0) // BP)  # ceiling without floats
    return min(units, max(share, max(minimum, 0)))


def check_count(field: str, value: object, *, low: int = 0, high: int = MAX_UNITS) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"'{value}' is not a whole number")
    if value < 0:
        raise ValidationError(field, f"{value} is negative")
    if not low <= value <= high:
        raise ValidationError(field, f"{value:,} is outside {low:,}–{high:,}")
    return value


def accuracy_bp(checked: int, errors: int) -> int:
    """1 − errors ÷ checked in basis points, truncated; refuses impossible counts."""
    check_count("checked", checked, low=1, high=MAX_CHECKED)
    check_count("errors", errors, high=MAX_CHECKED)
    if errors > checked:
        raise ValidationError("errors", f"{errors:,} errors is more than the {checked:,} "
                              "fields checked")
    return (checked - errors) * BP // checked


def qa_passed(checked: int, errors: int, target_bp: int) -> bool:
    """Exactly: accuracy ≥ target, without rounding."""
    return errors * BP <= checked * (BP - target_bp)


def check_category_counts(errors: int, counts: Mapping[str, int]) -> dict[str, int]:
    """The errors by category: each a whole number ≥ 0, adding up to ``errors`` when given."""
    clean: dict[str, int] = {}
    for name, n in counts.items():
        clean[name] = check_count(f"category {name}", n, high=MAX_CHECKED)
    if clean and sum(clean.values()) != errors:
        raise ValidationError("categories", f"the errors by category add up to "
                              f"{sum(clean.values()):,}, not to the {errors:,} errors found")
    return clean


def check_dates(received_on: date, due_on: date) -> None:
    if due_on < received_on:
        raise ValidationError("due date", f"{due_on.isoformat()} is before the received date "
                              f"{received_on.isoformat()}")


def is_late(status: Status | str, due_on: date, delivered_on: date | None, today: date) -> bool:
    if delivered_on is not None and Status(status) not in OPEN:
        return delivered_on > due_on
    return today > due_on


def check_bp(field: str, value: int, *, low: int = 0, high: int = BP) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, f"{fmt_bp(value) if isinstance(value, int) else value} "
                              f"is outside {fmt_bp(low)}–{fmt_bp(high)} %")
    return value


def parse_percent_bp(field: str, raw: str) -> int:
    """``99.5`` or ``99.5 %`` -> 9950; at most two decimals, 0–100."""
    text = (raw or "").strip().rstrip("%").strip().replace(",", ".")
    whole, _, frac = text.partition(".")
    if not whole.isdigit() or (frac and (not frac.isdigit() or len(frac) > 2)):
        raise ValidationError(field, f"'{raw}' is not a percentage (e.g. 99.5)")
    value = int(whole) * 100 + int(frac.ljust(2, "0") or 0)
    return check_bp(field, value)


def fmt_bp(bp: int | None) -> str:
    """9950 -> '99.50'; None -> '—'."""
    if bp is None:
        return "—"
    return f"{bp // 100}.{bp % 100:02d}"


def units_per_hour_x100(units: int, minutes: int) -> int | None:
    """Units per hour × 100 (integer, rounded half up), or None without minutes."""
    if minutes <= 0:
        return None
    return (units * 6000 * 2 + minutes) // (minutes * 2)


def line_total_cents(units: int, price_per_unit_cents: int) -> int:
    return units * price_per_unit_cents


def check_reference(raw: str) -> str:
    text = " ".join((raw or "").split())
    if not text:
        raise ValidationError("reference", "is needed")
    if len(text) > 40:
        raise ValidationError("reference", f"is {len(text)} characters long; at most 40")
    if any(not (c.isalnum() or c in "-_/. #") for c in text):
        raise ValidationError("reference", f"'{text}' may hold only letters, digits, spaces "
                              "and - _ / . #")
    return text

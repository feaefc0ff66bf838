"""Pay periods (names, bounds, states), M-Pesa phone numbers and payment-file columns.
Pure rules, no I/O."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from issp_desktop.domain.payroll import PeriodKind
from issp_desktop.errors import ValidationError


class PeriodState(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    CLOSED = "closed"


# Allowed moves: run (draft → draft), review (draft → reviewed), back to draft, close.
MOVES: dict[PeriodState, tuple[PeriodState, ...]] = {
    PeriodState.DRAFT: (PeriodState.REVIEWED,),
    PeriodState.REVIEWED: (PeriodState.DRAFT, PeriodState.CLOSED),
    PeriodState.CLOSED: (),
}


@dataclass(frozen=True)
class Bounds:
    name: str
    kind: PeriodKind
    starts_on: date
    ends_on: date

    @property
    def pay_date(self) -> date:
        return self.ends_on


def month_bounds(year: int, month: int) -> Bounds:
    last = calendar.monthrange(year, month)[1]
    return Bounds(f"{year:04d}-{month:02d}", PeriodKind.MONTHLY, date(year, month, 1),
                  date(year, month, last))


def bounds_containing(kind: PeriodKind, on: date) -> Bounds:
    """The period of ``kind`` that contains ``on`` (weeks run Monday to Sunday; fortnights
    are ISO weeks taken in pairs: odd week + the next)."""
    if kind is PeriodKind.MONTHLY:
        return month_bounds(on.year, on.month)
    monday = on - timedelta(days=on.weekday())
    if kind is PeriodKind.WEEKLY:
        year, week, _ = monday.isocalendar()
        return Bounds(f"{year}-W{week:02d}", kind, monday, monday + timedelta(days=6))
    year, week, _ = monday.isocalendar()
    if week % 2 == 0:
        monday -= timedelta(days=7)
    year, week, _ = monday.isocalendar()
    return Bounds(f"{year}-F{week:02d}", kind, monday, monday + timedelta(days=13))


def next_bounds(kind: PeriodKind, last_end: date | None, today: date) -> Bounds:
    """The period after the last one (or the one containing ``today`` when there is none)."""
    if last_end is None:
        return bounds_containing(kind, today)
    return bounds_containing(kind, last_end + timedelta(days=1))


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_period_name(raw: str) -> str:
    """'2026-11' (also '2026-1' → '2026-01'); weekly and fortnightly names pass as typed."""
    text = (raw or "").strip()
    m = _MONTH.match(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise ValidationError("period", f"'{raw}' is not a month (YYYY-MM)")
        return f"{year:04d}-{month:02d}"
    if re.fullmatch(r"\d{4}-[WF]\d{2}", text):
        return text
    raise ValidationError("period", f"'{raw}' is not a period name (e.g. 2026-11)")


def overlaps(a_start: date, a_end: date, b_start: date, b_end: date) -> bool:
    return a_start <= b_end and b_start <= a_end


# --- M-Pesa and payment files ---------------------------------------------------------------

def mpesa_msisdn(phone: str) -> str | None:
    """A Kenyan mobile number as M-Pesa wants it (2547XXXXXXXX / 2541XXXXXXXX), or None."""
    digits = re.sub(r"[\s\-().]", "", phone or "")
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit():
        return None
    if digits.startswith("254"):
        rest = digits[3:]
    elif digits.startswith("0"):
        rest = digits[1:]
    else:
        rest = digits
    if len(rest) == 9 and rest[0] in "17":
        return "254" + rest
    return None


MPESA_FIELDS: dict[str, str] = {
    "phone": "phone number, 2547XXXXXXXX",
    "amount": "net pay, two decimals",
    "amount_whole": "net pay in whole shillings",
    "name": "the person's name",
    "reference": "the payment reference (e.g. PAY-2026-11-000123)",
    "national_id": "national ID number",
    "period": "the pay period",
    "narration": "'Salary 2026-11'",
}
DEFAULT_MPESA_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Phone Number", "phone"), ("Amount", "amount"), ("Name", "name"),
    ("Reference", "reference"),
)


def parse_mpesa_columns(raw: str) -> tuple[tuple[str, str], ...]:
    """The M-Pesa file's columns from settings: JSON ``[[header, field], ...]``; '' = default."""
    if not (raw or "").strip():
        return DEFAULT_MPESA_COLUMNS
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError("M-Pesa columns", f"is not JSON: {exc.msg}") from exc
    if not isinstance(data, list) or not data:
        raise ValidationError("M-Pesa columns", "must be a list of [header, field] pairs")
    found: list[tuple[str, str]] = []
    for i, item in enumerate(data, 1):
        if (not isinstance(item, list) or len(item) != 2
                or not all(isinstance(x, str) for x in item)):
            raise ValidationError("M-Pesa columns", f"column {i} must be [header, field]")
        header, key = item[0].strip(), item[1].strip()
        if not header:
            raise ValidationError("M-Pesa columns", f"column {i} has no header")
        if key not in MPESA_FIELDS:
            raise ValidationError("M-Pesa columns", f"column {i}: unknown field '{key}' "
                                  f"(known: {', '.join(MPESA_FIELDS)})")
        found.append((header, key))
    if not any(k == "phone" for _, k in found) or not any(
            k in ("amount", "amount_whole") for _, k in found):
        raise ValidationError("M-Pesa columns", "need at least a phone and an amount column")
    return tuple(found)


def columns_json(columns: tuple[tuple[str, str], ...]) -> str:
    return json.dumps([list(c) for c in columns], ensure_ascii=False)


def payment_reference(period_name: str, payslip_id: int) -> str:
    return f"PAY-{period_name}-{payslip_id:06d}"


def days_in_stage(changes: list[tuple[date, str]], current: str, stage: str, start: date,
                  end: date) -> int:
    """Days of [start, end] a person spent in ``stage``, from their dated stage changes (each
    the first day of the new stage; oldest first). With no changes, ``current`` held always."""
    if not changes:
        return (end - start).days + 1 if current == stage else 0
    total = 0
    for i, (since, to_stage) in enumerate(changes):
        if to_stage != stage:
            continue
        until = changes[i + 1][0] - timedelta(days=1) if i + 1 < len(changes) else end
        lo, hi = max(since, start), min(until, end)
        if lo <= hi:
            total += (hi - lo).days + 1
    return total

"""Plain data in and out of ``PayrollService``, and its errors (each carries its facts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from issp_desktop.errors import IsspError, ValidationError

# --- errors -------------------------------------------------------------------------------------


class PeriodClosedError(IsspError):
    """The period is closed: nothing in it may change (fix mistakes with adjustments)."""

    def __init__(self, name: str, action: str) -> None:
        super().__init__(f"Pay period {name} is closed, so it cannot be {action}. Closed "
                         "periods never change; correct a mistake with an adjustment in an "
                         "open period.")
        self.name = name
        self.action = action


class PayrollCancelled(IsspError):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was cancelled; nothing was saved.")
        self.what = what


class PeriodStateError(IsspError):
    def __init__(self, name: str, state: str, action: str, needed: str) -> None:
        super().__init__(f"Pay period {name} is {state}; it must be {needed} to be {action}.")
        self.name = name
        self.state = state
        self.action = action
        self.needed = needed


class PeriodOverlapError(ValidationError):
    def __init__(self, name: str, other: str, starts_on: date, ends_on: date) -> None:
        super().__init__("period", f"{name} overlaps pay period {other} "
                                   f"({starts_on.isoformat()} to {ends_on.isoformat()})")
        self.other = other


class MissingTermsError(ValidationError):
    """People on the period's payroll without pay terms: listed, never guessed."""

    def __init__(self, period: str, names: list[str]) -> None:
        shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20
                                         else "")
        super().__init__("pay terms", f"{len(names)} person(s) on the {period} payroll have no "
                                      f"pay terms: {shown}. Add their terms, then run again; "
                                      "nothing was saved")
        self.names = names


class NegativeNetError(ValidationError):
    def __init__(self, period: str, names: list[tuple[str, int]]) -> None:
        from issp_desktop.domain.payroll import money

        shown = ", ".join(f"{n} ({money(c)})" for n, c in names[:20])
        super().__init__("deductions", f"in {period} the deductions are more than the pay of "
                                       f"{len(names)} person(s): {shown}. Reduce the advances "
                                       "or loans; nothing was saved")
        self.names = names


class BadPhonesError(ValidationError):
    """People paid by M-Pesa whose phone cannot become 2547XXXXXXXX: listed before export."""

    def __init__(self, people: list[tuple[str, str]]) -> None:
        shown = "; ".join(f"{n}: '{p}'" for n, p in people[:20]) + (
            f" and {len(people) - 20} more" if len(people) > 20 else "")
        super().__init__("phone", f"{len(people)} person(s) have no phone number M-Pesa can "
                                  f"pay (2547XXXXXXXX or 2541XXXXXXXX): {shown}. Fix their "
                                  "phone or pay terms; no file was written")
        self.people = people


class PaymentImportError(ValidationError):
    """Every bad line of a payment-references file; nothing was marked."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("file", "; ".join(problems[:20]) + (
            f"; and {len(problems) - 20} more" if len(problems) > 20 else "")
            + "; nothing was marked paid")
        self.problems = problems


# --- terms, minimum wages, settings -------------------------------------------------------------

@dataclass(frozen=True)
class TermsInput:
    person_id: int
    effective_from: date
    kind: str  # monthly | daily | hourly | piece | stipend
    amount_cents: int = 0
    hourly_rate_cents: int | None = None
    overtime_weekday_bp: int = 15000
    overtime_rest_bp: int = 20000
    job_category: str = ""
    location: str = ""
    statutory: bool | None = None  # None: yes, except for stipends
    method: str = "mpesa"
    phone: str = ""
    bank_name: str = ""
    bank_branch: str = ""
    bank_account: str = ""
    note: str = ""


@dataclass(frozen=True)
class TermsRow:
    id: int
    person_id: int
    name: str
    effective_from: date
    kind: str
    amount_cents: int
    hourly_rate_cents: int | None
    overtime_weekday_bp: int
    overtime_rest_bp: int
    job_category: str
    location: str
    statutory: bool
    method: str
    phone: str
    bank_name: str
    bank_branch: str
    bank_account: str
    note: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class MinimumWageInput:
    category: str
    location: str
    effective_from: date
    monthly_cents: int
    hourly_cents: int | None = None
    source: str = ""


@dataclass(frozen=True)
class MinimumWageRow:
    id: int
    category: str
    location: str
    effective_from: date
    monthly_cents: int
    hourly_cents: int | None
    source: str
    recorded_by: str


@dataclass(frozen=True)
class PayrollSettingsRow:
    pack_code: str
    period_kind: str
    hours_per_month: int
    days_per_month: int
    mpesa_columns: tuple[tuple[str, str], ...]
    version: int


@dataclass(frozen=True)
class PayrollSettingsInput:
    pack_code: str
    period_kind: str
    hours_per_month: int
    days_per_month: int
    mpesa_columns: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PackVersionRow:
    pack_code: str
    effective_from: date
    label: str
    origin: str  # shipped | centre
    recorded_by: str = ""


# --- periods and payslips -----------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodRow:
    id: int
    name: str
    kind: str
    starts_on: date
    ends_on: date
    pay_date: date
    state: str
    pack_code: str
    run_at: datetime | None
    run_by: str
    reviewed_at: datetime | None
    reviewed_by: str
    closed_at: datetime | None
    closed_by: str
    payslips: int
    gross_cents: int
    deductions_cents: int
    net_cents: int
    employer_cents: int
    paid: int
    version: int


@dataclass(frozen=True)
class PayslipRow:
    id: int
    period_id: int
    person_id: int
    name: str
    national_id: str
    phone: str
    method: str
    kind: str
    gross_cents: int
    deductions_cents: int
    net_cents: int
    employer_cents: int
    deductions: dict[str, int] = field(default_factory=dict)  # by code
    paid_reference: str = ""


@dataclass(frozen=True)
class PayslipLineRow:
    section: str
    code: str
    label: str
    quantity: int | None
    unit: str
    rate_cents: int | None
    amount_cents: int
    working: str


@dataclass(frozen=True)
class AdjustmentRow:
    id: int
    period_id: int
    period: str
    person_id: int
    name: str
    corrects_payslip_id: int
    corrects_period: str
    amount_cents: int
    taxable: bool
    reason: str
    on: date
    recorded_by: str


@dataclass(frozen=True)
class PayslipDetail:
    payslip: PayslipRow
    period: PeriodRow
    bank: str
    job_category: str
    pack_version_from: date | None
    lines: tuple[PayslipLineRow, ...]
    corrected_by: tuple[AdjustmentRow, ...]  # adjustments in later periods pointing here


@dataclass(frozen=True)
class ItemInput:
    period_id: int
    person_id: int
    kind: str  # allowance | advance | loan | union | deduction
    amount_cents: int
    label: str = ""
    taxable: bool = True


@dataclass(frozen=True)
class ItemRow:
    id: int
    period_id: int
    person_id: int
    name: str
    kind: str
    label: str
    amount_cents: int
    taxable: bool
    recorded_by: str


@dataclass(frozen=True)
class AdjustmentInput:
    period_id: int
    corrects_payslip_id: int
    amount_cents: int
    reason: str
    taxable: bool = True


@dataclass(frozen=True)
class RunResult:
    period_id: int
    name: str
    payslips: int
    gross_cents: int
    deductions_cents: int
    net_cents: int
    employer_cents: int
    without_pay: int  # on the payroll but nothing to pay (e.g. no hours)
    seconds: float


@dataclass(frozen=True)
class PayeeRow:
    """Somebody the clerk may give terms, items or adjustments to."""

    person_id: int
    name: str
    stage: str
    national_id: str
    has_terms: bool


# --- payments and reports -----------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentPreview:
    period: str
    format: str
    count: int
    total_cents: int
    bad_phones: tuple[tuple[str, str], ...]
    already_paid: int


@dataclass(frozen=True)
class PaymentExportResult:
    export_id: int
    path: Path
    format: str
    count: int
    total_cents: int


@dataclass(frozen=True)
class MarkPaidResult:
    marked: int
    total_cents: int


@dataclass(frozen=True)
class Register:
    period: PeriodRow
    centre: str
    currency: str
    codes: tuple[str, ...]  # deduction codes, in order
    rows: tuple[PayslipRow, ...]
    gross_cents: int
    deductions_cents: int
    net_cents: int
    employer_cents: int
    by_code: dict[str, int]

    @property
    def reconciles(self) -> bool:
        return (self.net_cents + self.deductions_cents == self.gross_cents
                and sum(self.by_code.values()) == self.deductions_cents)


@dataclass(frozen=True)
class DocumentResult:
    path: Path
    pages: int

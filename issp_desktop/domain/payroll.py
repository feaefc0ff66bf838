"""One person's pay for one period, worked out line by line. Pure rules, no I/O.

Money is integer cents; each line is rounded half up to the cent on its own, then added up, so
``net = gross − deductions`` exactly. Quantities are exact integers (minutes, units, days).

The rules (each line carries its working so the clerk can check it):

* **Hourly rate**: the terms' own hourly rate when given; else monthly ÷ ``hours_per_month``
  (225 by default, DOMAIN.md "hours"), daily × ``days_per_month`` ÷ ``hours_per_month``
  (26 working days), or the hourly amount itself. Rounded to the cent before use.
* **Monthly salary**: the whole salary for a monthly period (weekly or fortnightly periods: the
  salary × 12 × days ÷ 365). A person on the payroll only part of the period (hired or left
  inside it, or whose terms start inside it) gets it pro rata by calendar days. **Unpaid days**
  (absences from planned shifts and unpaid leave days) take off monthly ÷ ``days_per_month``
  (26) each — the usual Kenyan daily rate of a monthly wage — never below zero.
* **Hourly and daily terms**: normal minutes (worked minutes less overtime) × the hourly rate.
  **Paid standby**: the paid-outage minutes inside planned shifts that were not worked
  (at most the planned minutes not worked) are paid at the hourly rate; unpaid outages give
  nothing, and minutes actually worked are always paid.
* **Overtime** (any terms with an hourly rate, monthly too): weekday overtime minutes × rate ×
  the weekday multiplier (1.5× default); rest-day and public-holiday minutes × rate × the rest
  multiplier (2× default).
* **Piece rate** (piece terms only; units logged by people on other terms pay nothing extra):
  accepted units × the project's piece rate, one line a project. A piece-rate worker with an
  hourly rate in the terms is paid for hours too.
* **Minimum-wage floor** (piece, hourly and daily terms with a job category that has a
  minimum): the floor's hourly rate (its own, else its monthly ÷ ``hours_per_month``) × the
  paid minutes, overtime at the person's multipliers. When what was earned from hours, standby,
  overtime and pieces is less, a **top-up** line makes up the difference.
* **Stipends** (trainees) are paid in the period containing their date; they are not wages: no
  statutory deduction is taken on them.
* **Allowances** are earnings (taxable unless marked otherwise); **advances, loans, union
  dues** and other deductions are deducted after the statutory ones.
* **Adjustments** are earnings with a sign (+ owed to the person, − recovered) that name the
  closed payslip they correct.
* **Statutory deductions** come from the rule pack's version in force on the pay date,
  computed on the statutory base (wages: everything earned but stipends and non-taxable items).
  For weekly and fortnightly periods the base is taken to a monthly equivalent (× 52 ÷ 12 or
  × 26 ÷ 12), the pack applied, and each figure taken back (× 12 ÷ 52 or × 12 ÷ 26).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from issp_desktop.domain.rule_pack import PackVersion
from issp_desktop.domain.statutory import (
    MAX_GROSS_CENTS,
    StatutoryResult,
    compute,
    fmt_cents,
)
from issp_desktop.errors import ValidationError


class PayKind(StrEnum):
    MONTHLY = "monthly"
    DAILY = "daily"
    HOURLY = "hourly"
    PIECE = "piece"
    STIPEND = "stipend"


class Method(StrEnum):
    MPESA = "mpesa"
    BANK = "bank"
    CASH = "cash"


class PeriodKind(StrEnum):
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"


class ItemKind(StrEnum):
    ALLOWANCE = "allowance"
    ADVANCE = "advance"
    LOAN = "loan"
    UNION = "union"
    DEDUCTION = "deduction"


ITEM_CODES: dict[ItemKind, str] = {
    ItemKind.ALLOWANCE: "ALLOW", ItemKind.ADVANCE: "ADVANCE", ItemKind.LOAN: "LOAN",
    ItemKind.UNION: "UNION", ItemKind.DEDUCTION: "OTHER",
}
ITEM_LABELS: dict[ItemKind, str] = {
    ItemKind.ALLOWANCE: "Allowance", ItemKind.ADVANCE: "Salary advance",
    ItemKind.LOAN: "Loan repayment", ItemKind.UNION: "Union dues",
    ItemKind.DEDUCTION: "Other deduction",
}

# What is absurd for a rate (cents): a clear refusal rather than a payslip nobody meant.
MAX_RATE_CENTS: dict[PayKind, int] = {
    PayKind.MONTHLY: 1_000_000_000,  # KES 10 million a month
    PayKind.DAILY: 50_000_000,  # KES 500,000 a day
    PayKind.HOURLY: 10_000_000,  # KES 100,000 an hour
    PayKind.PIECE: 10_000_000,
    PayKind.STIPEND: 100_000_000,
}
MIN_MULTIPLIER_BP = 10_000  # 1×
MAX_MULTIPLIER_BP = 40_000  # 4×
MAX_ITEM_CENTS = 100_000_000_000  # KES 1 billion: far past any allowance or loan


class Section(StrEnum):
    EARNING = "earning"
    DEDUCTION = "deduction"
    EMPLOYER = "employer"
    INFO = "info"


def mul_div(a: int, b: int, c: int) -> int:
    """``a × b ÷ c`` rounded half up (away from zero), in exact integers."""
    if c <= 0:
        raise ValueError("divisor must be positive")
    n = a * b
    sign = -1 if n < 0 else 1
    q, r = divmod(abs(n), c)
    if 2 * r >= c:
        q += 1
    return sign * q


def money(cents: int) -> str:
    """'25,000.00' for the working text."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{part:02d}"


def hours_text(minutes: int) -> str:
    """Minutes as hours with two decimals ('7.50 h')."""
    hundredths = mul_div(minutes, 100, 60)
    return f"{hundredths // 100}.{hundredths % 100:02d} h"


def multiplier_text(bp: int) -> str:
    return f"{bp / 10000:g}×"  # display only; never used in arithmetic


@dataclass(frozen=True)
class Terms:
    kind: PayKind
    amount_cents: int
    hourly_rate_cents: int | None = None
    overtime_weekday_bp: int = 15000
    overtime_rest_bp: int = 20000
    job_category: str = ""
    location: str = ""
    statutory: bool = True


@dataclass(frozen=True)
class Hours:
    """A person's attendance for the period, in whole minutes (and counts of days)."""

    planned: int = 0
    worked: int = 0
    overtime_weekday: int = 0
    overtime_rest: int = 0
    downtime: int = 0
    unpaid_downtime: int = 0
    absences: int = 0
    unpaid_leave_days: int = 0

    @property
    def normal(self) -> int:
        return max(0, self.worked - self.overtime_weekday - self.overtime_rest)

    @property
    def standby(self) -> int:
        paid_down = max(0, self.downtime - self.unpaid_downtime)
        return min(paid_down, max(0, self.planned - self.normal))


@dataclass(frozen=True)
class Piece:
    project: str
    client: str
    units: int
    rate_cents: int | None


@dataclass(frozen=True)
class StipendIn:
    on: date
    kind: str
    amount_cents: int


@dataclass(frozen=True)
class ItemIn:
    kind: ItemKind
    label: str
    amount_cents: int
    taxable: bool = True


@dataclass(frozen=True)
class AdjustmentIn:
    amount_cents: int
    reason: str
    corrects: str  # e.g. "payslip 2026-10 #123"
    taxable: bool = True


@dataclass(frozen=True)
class Floor:
    category: str
    location: str
    effective_from: date
    monthly_cents: int
    hourly_cents: int | None
    source: str = ""


@dataclass(frozen=True)
class PeriodIn:
    starts_on: date
    ends_on: date
    kind: PeriodKind = PeriodKind.MONTHLY
    employed_days: int | None = None  # days on the payroll inside the period (None: all)

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1


@dataclass(frozen=True)
class Divisors:
    hours_per_month: int = 225
    days_per_month: int = 26


@dataclass(frozen=True)
class PayLine:
    section: Section
    code: str
    label: str
    amount_cents: int
    quantity: int | None = None
    unit: str = ""  # min | unit | day
    rate_cents: int | None = None
    working: str = ""


@dataclass(frozen=True)
class PayResult:
    lines: tuple[PayLine, ...]
    gross_cents: int
    deductions_cents: int
    net_cents: int
    employer_cents: int
    statutory_base_cents: int
    version_from: date | None = None

    def by_code(self, section: Section) -> dict[str, int]:
        found: dict[str, int] = {}
        for line in self.lines:
            if line.section is section:
                found[line.code] = found.get(line.code, 0) + line.amount_cents
        return found


@dataclass
class _Builder:
    lines: list[PayLine] = field(default_factory=list)
    base: int = 0  # statutory base

    def earn(self, code: str, label: str, amount: int, *, wage: bool = True, **kw: object
             ) -> None:
        self.lines.append(PayLine(Section.EARNING, code, label, amount, **kw))  # type: ignore
        if wage:
            self.base += amount

    def deduct(self, code: str, label: str, amount: int, working: str = "") -> None:
        self.lines.append(PayLine(Section.DEDUCTION, code, label, amount, working=working))

    def info(self, code: str, label: str, amount: int = 0, working: str = "") -> None:
        self.lines.append(PayLine(Section.INFO, code, label, amount, working=working))


def hourly_rate(terms: Terms, div: Divisors) -> tuple[int, str]:
    """The hourly rate (cents) of the terms and how it was found."""
    if terms.hourly_rate_cents is not None:
        return terms.hourly_rate_cents, f"{money(terms.hourly_rate_cents)} an hour (terms)"
    if terms.kind is PayKind.MONTHLY:
        rate = mul_div(terms.amount_cents, 1, div.hours_per_month)
        return rate, (f"monthly {money(terms.amount_cents)} ÷ {div.hours_per_month} = "
                      f"{money(rate)} an hour")
    if terms.kind is PayKind.DAILY:
        rate = mul_div(terms.amount_cents, div.days_per_month, div.hours_per_month)
        return rate, (f"daily {money(terms.amount_cents)} × {div.days_per_month} ÷ "
                      f"{div.hours_per_month} = {money(rate)} an hour")
    if terms.kind is PayKind.HOURLY:
        return terms.amount_cents, f"{money(terms.amount_cents)} an hour"
    return 0, "no hourly rate"


def _minutes_pay(minutes: int, rate: int, bp: int = 10000) -> int:
    return mul_div(minutes * rate, bp, 60 * 10000)


def _salary(b: _Builder, terms: Terms, period: PeriodIn, hours: Hours, div: Divisors) -> None:
    if period.kind is PeriodKind.MONTHLY:
        full, how = terms.amount_cents, f"monthly salary {money(terms.amount_cents)}"
    else:
        full = mul_div(terms.amount_cents, 12 * period.days, 365)
        how = (f"monthly {money(terms.amount_cents)} × 12 × {period.days} days ÷ 365 = "
               f"{money(full)}")
    employed = period.days if period.employed_days is None else period.employed_days
    if employed <= 0:
        return  # not on the payroll as a salaried worker on any day of the period
    if employed < period.days:
        basic = mul_div(full, employed, period.days)
        how += (f"; on the payroll {employed} of {period.days} days: × {employed} ÷ "
                f"{period.days} = {money(basic)}")
    else:
        basic = full
    b.earn("BASIC", "Basic pay", basic, working=how)
    days = hours.absences + hours.unpaid_leave_days
    if days and basic:
        daily = mul_div(terms.amount_cents, 1, div.days_per_month)
        less = min(basic, days * daily)
        b.earn("UNPAID", "Less unpaid days", -less, quantity=days, unit="day",
               rate_cents=daily,
               working=(f"{hours.absences} absence(s) + {hours.unpaid_leave_days} unpaid leave "
                        f"day(s) = {days} × {money(daily)} (monthly ÷ {div.days_per_month})"
                        + (", limited to the basic pay" if less < days * daily else "")))


def _overtime(b: _Builder, terms: Terms, hours: Hours, rate: int, rate_how: str) -> int:
    earned = 0
    for code, label, minutes, bp in (
            ("OT_WEEKDAY", "Overtime (weekdays)", hours.overtime_weekday,
             terms.overtime_weekday_bp),
            ("OT_REST", "Overtime (rest days, public holidays)", hours.overtime_rest,
             terms.overtime_rest_bp)):
        if minutes and rate:
            amount = _minutes_pay(minutes, rate, bp)
            earned += amount
            b.earn(code, label, amount, quantity=minutes, unit="min", rate_cents=rate,
                   working=(f"{hours_text(minutes)} × {money(rate)} × {multiplier_text(bp)} = "
                            f"{money(amount)} ({rate_how})"))
    return earned


def _timed(b: _Builder, hours: Hours, rate: int, rate_how: str) -> int:
    earned = 0
    if hours.normal:
        amount = _minutes_pay(hours.normal, rate)
        earned += amount
        b.earn("HOURS", "Hours worked", amount, quantity=hours.normal, unit="min",
               rate_cents=rate, working=(f"{hours_text(hours.normal)} × {money(rate)} = "
                                         f"{money(amount)} ({rate_how})"))
    if hours.standby:
        amount = _minutes_pay(hours.standby, rate)
        earned += amount
        b.earn("STANDBY", "Paid standby (outages)", amount, quantity=hours.standby, unit="min",
               rate_cents=rate, working=(f"{hours_text(hours.standby)} of paid outage inside "
                                         f"planned shifts, not worked × {money(rate)} = "
                                         f"{money(amount)}"))
    return earned


def _pieces(b: _Builder, pieces: Sequence[Piece]) -> int:
    earned = 0
    for p in pieces:
        if p.rate_cents is None:
            b.info("PIECE_NO_RATE", f"No piece rate: {p.project}", 0,
                   f"{p.units:,} accepted units on {p.project} ({p.client}); the project has "
                   "no piece rate, so they pay nothing")
            continue
        amount = p.units * p.rate_cents
        earned += amount
        b.earn("PIECE", f"Piece rate: {p.project}", amount, quantity=p.units, unit="unit",
               rate_cents=p.rate_cents,
               working=(f"{p.units:,} accepted units × {money(p.rate_cents)} = {money(amount)} "
                        f"({p.client})"))
    return earned


def _floor(b: _Builder, terms: Terms, hours: Hours, floor: Floor | None, earned: int,
           div: Divisors) -> None:
    if not terms.job_category:
        b.info("FLOOR", "Minimum wage", 0, "no job category in the terms: no minimum-wage check")
        return
    if floor is None:
        b.info("FLOOR", "Minimum wage", 0,
               f"no minimum wage recorded for '{terms.job_category}' in "
               f"'{terms.location or 'any location'}': no check")
        return
    if floor.hourly_cents is not None:
        rate, how = floor.hourly_cents, f"{money(floor.hourly_cents)} an hour"
    else:
        rate = mul_div(floor.monthly_cents, 1, div.hours_per_month)
        how = f"monthly {money(floor.monthly_cents)} ÷ {div.hours_per_month} = {money(rate)}/h"
    paid = hours.normal + hours.standby
    owed = (_minutes_pay(paid, rate) + _minutes_pay(hours.overtime_weekday, rate,
                                                    terms.overtime_weekday_bp)
            + _minutes_pay(hours.overtime_rest, rate, terms.overtime_rest_bp))
    working = (f"floor {floor.category}, {floor.location} from "
               f"{floor.effective_from.isoformat()}: {how}; {hours_text(paid)} normal"
               + (f" + {hours_text(hours.overtime_weekday)} weekday overtime"
                  if hours.overtime_weekday else "")
               + (f" + {hours_text(hours.overtime_rest)} rest-day overtime"
                  if hours.overtime_rest else "")
               + f" = {money(owed)}; earned {money(earned)}")
    if earned < owed:
        b.earn("TOPUP", "Minimum-wage top-up", owed - earned, rate_cents=rate,
               working=working + f"; top-up {money(owed - earned)}")
    else:
        b.info("FLOOR", "Minimum wage", owed, working + ": at or above the floor")


def _scale(kind: PeriodKind) -> tuple[int, int]:
    """(to monthly numerator, denominator): monthly equivalent = amount × n ÷ d."""
    if kind is PeriodKind.WEEKLY:
        return 52, 12
    if kind is PeriodKind.FORTNIGHTLY:
        return 26, 12
    return 1, 1


_BREAKDOWNS: dict[tuple[int, int, str], tuple[PackVersion, StatutoryResult]] = {}
_BREAKDOWNS_MAX = 20_000


def _breakdown(version: PackVersion, monthly: int, pack_code: str) -> StatutoryResult:
    """``statutory.compute``, remembered: a payroll run meets the same monthly gross many times
    (everyone on the same salary), and the breakdown depends on nothing else. The result is
    immutable, so it is shared; the version is kept beside it (its id is the key)."""
    key = (id(version), monthly, pack_code)
    found = _BREAKDOWNS.get(key)
    if found is not None and found[0] is version:
        return found[1]
    result = compute(version, monthly, pack_code=pack_code)
    if len(_BREAKDOWNS) >= _BREAKDOWNS_MAX:
        _BREAKDOWNS.clear()
    _BREAKDOWNS[key] = (version, result)
    return result


def _statutory(b: _Builder, version: PackVersion, pack_code: str, kind: PeriodKind) -> int:
    n, d = _scale(kind)
    base = max(0, b.base)
    monthly = mul_div(base, n, d)
    if monthly > MAX_GROSS_CENTS:
        raise ValidationError("gross", f"{fmt_cents(monthly)} a month is past what a payslip "
                                       "can hold; check the rates and units")
    result = _breakdown(version, monthly, pack_code)
    back = "" if n == d else f" (monthly equivalent {money(monthly)}, × {d} ÷ {n})"
    employer = 0
    for line in (*result.contributions, *([result.tax] if result.tax else [])):
        amount = mul_div(line.employee_cents, d, n)
        b.deduct(line.code, line.name, amount, line.working + back)
    for line in result.contributions:
        if line.employer_cents:
            amount = mul_div(line.employer_cents, d, n)
            employer += amount
            b.lines.append(PayLine(Section.EMPLOYER, line.code, f"{line.name} (employer)",
                                   amount, working="employer's share, not deducted" + back))
    b.info("TAXABLE", "Taxable pay", mul_div(result.taxable_cents, d, n),
           f"statutory base {money(base)}{back}; rules from "
           f"{result.version_from.isoformat()}")
    return employer


def compute_pay(terms: Terms, period: PeriodIn, *, hours: Hours | None = None,
                pieces: Sequence[Piece] = (), stipends: Sequence[StipendIn] = (),
                items: Sequence[ItemIn] = (), adjustments: Sequence[AdjustmentIn] = (),
                floor: Floor | None = None, divisors: Divisors | None = None,
                version: PackVersion | None = None, pack_code: str = "") -> PayResult:
    """Every line of one person's pay for the period; see the module's rules."""
    hours = hours or Hours()
    div = divisors or Divisors()
    b = _Builder()
    rate, rate_how = hourly_rate(terms, div)
    if terms.kind is PayKind.MONTHLY:
        _salary(b, terms, period, hours, div)
        _overtime(b, terms, hours, rate, rate_how)
    elif terms.kind in (PayKind.HOURLY, PayKind.DAILY, PayKind.PIECE):
        earned = 0
        if terms.kind is not PayKind.PIECE or terms.hourly_rate_cents is not None:
            earned += _timed(b, hours, rate, rate_how)
            earned += _overtime(b, terms, hours, rate, rate_how)
        earned += _pieces(b, pieces)
        _floor(b, terms, hours, floor, earned, div)
    elif terms.amount_cents:
        b.earn("STIPEND", "Stipend (terms)", terms.amount_cents, wage=False,
               working=f"fixed stipend {money(terms.amount_cents)} a period; not wages")
    for st in stipends:
        b.earn("STIPEND", f"Stipend: {st.kind}", st.amount_cents, wage=False,
               working=f"recorded for {st.on.isoformat()}; stipends are not wages")
    for item in items:
        code = ITEM_CODES[item.kind]
        label = item.label or ITEM_LABELS[item.kind]
        if item.kind is ItemKind.ALLOWANCE:
            b.earn(code, label, item.amount_cents, wage=item.taxable,
                   working="allowance" + ("" if item.taxable else ", not taxable"))
    for adj in adjustments:
        b.earn("ADJ", "Adjustment", adj.amount_cents, wage=adj.taxable,
               working=f"corrects {adj.corrects}: {adj.reason}"
               + ("" if adj.taxable else " (not taxable)"))
    employer = 0
    version_from = None
    if terms.statutory and version is not None and b.base > 0:
        employer = _statutory(b, version, pack_code, period.kind)
        version_from = version.effective_from
    for item in items:
        if item.kind is not ItemKind.ALLOWANCE:
            b.deduct(ITEM_CODES[item.kind], item.label or ITEM_LABELS[item.kind],
                     item.amount_cents, ITEM_LABELS[item.kind].lower())
    gross = sum(x.amount_cents for x in b.lines if x.section is Section.EARNING)
    deductions = sum(x.amount_cents for x in b.lines if x.section is Section.DEDUCTION)
    return PayResult(tuple(b.lines), gross, deductions, gross - deductions, employer,
                     max(0, b.base), version_from)

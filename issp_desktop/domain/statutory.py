"""Statutory deductions for one monthly gross, by a rule pack's version in force on a date.

Order (as Kenyan payroll does it): contributions on gross (NSSF, SHIF/NHIF, housing levy);
taxable pay = gross − the deductible contributions (each up to its cap); income tax on taxable
pay by bands, less the personal relief and any reliefs (a rate of a contribution, up to a cap),
never below zero; net = gross − employee contributions − tax. Employer shares are reported,
never deducted. Amounts are integer cents in and out; ``Decimal`` inside; each figure is
rounded by its own rule (half up) before it is added up, so net + deductions = gross exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from issp_desktop.domain.rule_pack import (
    Band,
    Component,
    ComponentKind,
    IncomeTax,
    PackVersion,
    Rounding,
    RulePack,
)
from issp_desktop.errors import ValidationError

CENT = Decimal("0.01")
MAX_GROSS_CENTS = 10**13  # KES 100 billion a month: beyond any payslip, well inside int64


def to_cents(amount: Decimal, rounding: Rounding = Rounding.CENT) -> int:
    """``amount`` (currency units) as integer cents after the pack's rounding rule."""
    step = Decimal(1) if rounding is Rounding.WHOLE else CENT
    return int((amount.quantize(step, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def fmt_cents(cents: int) -> str:
    """'5845.85' — a decimal string with two places, as JSON and CSV files carry money."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


@dataclass(frozen=True)
class Line:
    """One figure with how it was worked out, for the payroll detail view and payslips."""

    code: str
    name: str
    employee_cents: int
    employer_cents: int = 0
    working: str = ""


@dataclass(frozen=True)
class StatutoryResult:
    pack: str
    version_from: date
    gross_cents: int
    taxable_cents: int
    tax_before_relief_cents: int
    relief_cents: int
    contributions: tuple[Line, ...]
    tax: Line | None
    net_cents: int
    reliefs: tuple[Line, ...] = field(default_factory=tuple)

    @property
    def deductions(self) -> dict[str, int]:
        """Employee deductions by code, in order (contributions, then tax)."""
        found = {line.code: line.employee_cents for line in self.contributions}
        if self.tax is not None:
            found[self.tax.code] = self.tax.employee_cents
        return found

    @property
    def employer(self) -> dict[str, int]:
        return {line.code: line.employer_cents for line in self.contributions
                if line.employer_cents}

    @property
    def total_deductions_cents(self) -> int:
        return sum(self.deductions.values())


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _pct(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}%"


def _contribution(c: Component, gross: Decimal) -> Line:
    if c.kind is ComponentKind.TIERED:
        assert c.lower_limit is not None and c.upper_limit is not None
        tier1 = min(gross, c.lower_limit)
        tier2 = max(Decimal(0), min(gross, c.upper_limit) - c.lower_limit)
        employee = to_cents(tier1 * c.employee_rate, c.rounding) + to_cents(
            tier2 * c.employee_rate, c.rounding)
        employer = to_cents(tier1 * c.employer_rate, c.rounding) + to_cents(
            tier2 * c.employer_rate, c.rounding)
        working = (f"Tier I {_pct(c.employee_rate)} × {_money(tier1)}"
                   f" + Tier II {_pct(c.employee_rate)} × {_money(tier2)}"
                   f" (limits {_money(c.lower_limit)} / {_money(c.upper_limit)})")
        return Line(c.code, c.name, employee, employer, working)
    if c.kind is ComponentKind.BAND_TABLE:
        amount = _band_value(c.bands, gross)
        return Line(c.code, c.name, to_cents(amount, c.rounding), 0,
                    f"band for gross {_money(gross)}: {_money(amount)}")
    employee_amount = gross * c.employee_rate
    working = f"{_pct(c.employee_rate)} × {_money(gross)}"
    if c.minimum is not None and employee_amount < c.minimum:
        employee_amount = c.minimum
        working += f", raised to the minimum {_money(c.minimum)}"
    if c.maximum is not None and employee_amount > c.maximum:
        employee_amount = c.maximum
        working += f", capped at {_money(c.maximum)}"
    return Line(c.code, c.name, to_cents(employee_amount, c.rounding),
                to_cents(gross * c.employer_rate, c.rounding), working)


def _band_value(bands: tuple[Band, ...], amount: Decimal) -> Decimal:
    for band in bands:
        if band.upto is None or amount <= band.upto:
            return band.value
    return bands[-1].value


def banded_tax(bands: tuple[Band, ...], taxable: Decimal) -> tuple[Decimal, list[str]]:
    """Tax on ``taxable`` by rising bands (each rate on the slice inside its band)."""
    tax = Decimal(0)
    lower = Decimal(0)
    parts: list[str] = []
    for band in bands:
        if taxable <= lower:
            break
        top = taxable if band.upto is None else min(taxable, band.upto)
        slice_ = top - lower
        if slice_ > 0:
            tax += slice_ * band.value
            parts.append(f"{_pct(band.value)} × {_money(slice_)}")
        if band.upto is None:
            break
        lower = band.upto
    return tax, parts


def _income_tax(t: IncomeTax, gross_cents: int, lines: dict[str, Line]
                ) -> tuple[int, int, int, Line, tuple[Line, ...]]:
    taxable_cents = gross_cents
    for d in t.deductible:
        amount = lines[d.code].employee_cents
        if d.cap is not None:
            amount = min(amount, to_cents(d.cap))
        taxable_cents -= amount
    taxable_cents = max(0, taxable_cents)
    before, parts = banded_tax(t.bands, from_cents(taxable_cents))
    before_cents = to_cents(before, t.rounding)
    reliefs: list[Line] = [Line("PERSONAL_RELIEF", "personal relief",
                                to_cents(t.personal_relief), 0, "")]
    for r in t.reliefs:
        amount = from_cents(lines[r.code].employee_cents) * r.rate
        if r.cap is not None:
            amount = min(amount, r.cap)
        reliefs.append(Line(f"{r.code}_RELIEF", r.name, to_cents(amount, t.rounding), 0,
                            f"{_pct(r.rate)} of {r.code}"))
    relief_cents = sum(line.employee_cents for line in reliefs)
    tax_cents = max(0, before_cents - relief_cents)
    working = (f"on taxable {_money(from_cents(taxable_cents))}: " + " + ".join(parts)
               + f" = {_money(from_cents(before_cents))}, less reliefs "
               f"{_money(from_cents(relief_cents))}")
    return (taxable_cents, before_cents, relief_cents,
            Line(t.code, t.name, tax_cents, 0, working), tuple(reliefs))


def compute(version: PackVersion, gross_cents: int, *, pack_code: str = "") -> StatutoryResult:
    """The statutory breakdown of a monthly gross under one pack version."""
    if not isinstance(gross_cents, int) or isinstance(gross_cents, bool):
        raise ValidationError("gross", "must be a whole number of cents")
    if gross_cents < 0:
        raise ValidationError("gross", "cannot be negative")
    if gross_cents > MAX_GROSS_CENTS:
        raise ValidationError("gross", f"is more than {fmt_cents(MAX_GROSS_CENTS)} a month; "
                                       "check the amount")
    gross = from_cents(gross_cents)
    lines = {c.code: _contribution(c, gross) for c in version.components}
    contributions = tuple(lines.values())
    if version.tax is None:
        taxable, before, relief, tax_line, reliefs = gross_cents, 0, 0, None, ()
    else:
        taxable, before, relief, tax_line, reliefs = _income_tax(version.tax, gross_cents,
                                                                 lines)
    total = sum(line.employee_cents for line in contributions) + (
        tax_line.employee_cents if tax_line else 0)
    return StatutoryResult(pack_code, version.effective_from, gross_cents, taxable, before,
                           relief, contributions, tax_line, gross_cents - total, reliefs)


def compute_on(pack: RulePack, gross_cents: int, on: date) -> StatutoryResult:
    return compute(pack.version_on(on), gross_cents, pack_code=pack.code)

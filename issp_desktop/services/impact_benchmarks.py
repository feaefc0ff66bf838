"""The benchmarks the impact report compares earnings with: Kenyan defaults shipped as data
with their sources, checking a new dated row, and reading the table.

Figures marked "check the source" were copied from secondary reporting and should be checked
against the publication before a centre relies on them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from issp_desktop.db.models.impact_benchmarks import ImpactBenchmark
from issp_desktop.errors import ValidationError
from issp_desktop.services.impact_types import BenchmarkInput, BenchmarkKind, BenchmarkRow

CHECK = "check the source"
_WAGES_ORDER = ("Regulation of Wages (General) (Amendment) Order, general labourer, "
                "Nairobi, Mombasa and Kisumu (cities)")
_CITIES = "Nairobi, Mombasa, Kisumu"

KENYA_DEFAULTS: tuple[BenchmarkInput, ...] = (
    BenchmarkInput(BenchmarkKind.MINIMUM_WAGE, date(2018, 5, 1), 1_357_290, "KES", _CITIES,
                   f"{_WAGES_ORDER}, 2018 (+5 %)", date(2018, 5, 1)),
    BenchmarkInput(BenchmarkKind.MINIMUM_WAGE, date(2022, 5, 1), 1_520_165, "KES", _CITIES,
                   f"{_WAGES_ORDER}, 2022 (+12 %)", date(2022, 5, 1)),
    BenchmarkInput(BenchmarkKind.MINIMUM_WAGE, date(2024, 11, 1), 1_611_375, "KES", _CITIES,
                   f"{_WAGES_ORDER}, Legal Notice 164 of 2024 (+6 % from 1 Nov 2024)",
                   date(2024, 11, 1)),
    BenchmarkInput(BenchmarkKind.POVERTY_LINE, date(2016, 1, 1), 599_500, "KES", "urban Kenya",
                   "KNBS, Basic Report on Well-Being in Kenya (KIHBS 2015/16): overall poverty "
                   "line, urban, per adult equivalent a month", date(2018, 3, 1), CHECK),
    BenchmarkInput(BenchmarkKind.POVERTY_LINE, date(2021, 1, 1), 741_200, "KES", "urban Kenya",
                   "KNBS, The Kenya Poverty Report 2021 (KCHS 2021): overall poverty line, "
                   "urban, per adult equivalent a month", date(2023, 1, 1), CHECK),
    BenchmarkInput(BenchmarkKind.LIVING_WAGE, date(2019, 9, 1), 3_120_000, "KES", "Kenya",
                   "WageIndicator Foundation, Living Wage Series Kenya, September 2019: "
                   "standard family (two adults, two children, 1.8 working), gross, lower "
                   "bound. No Anker/Global Living Wage Coalition benchmark for Nairobi was to "
                   "hand", date(2019, 9, 1), CHECK),
)


def row_of(b: ImpactBenchmark) -> BenchmarkRow:
    assert b.id is not None
    return BenchmarkRow(b.id, b.kind, b.effective_from, b.amount_cents, b.currency, b.area,
                        b.source, b.source_date, b.note, b.recorded_at, b.recorded_by)


def all_rows(s: Session) -> list[BenchmarkRow]:
    q = select(ImpactBenchmark).order_by(ImpactBenchmark.kind,
                                         ImpactBenchmark.effective_from.desc(),
                                         ImpactBenchmark.id.desc())
    return [row_of(b) for b in s.execute(q).scalars()]


def checked(row: BenchmarkInput | None) -> dict[str, object]:
    """The row's columns, or ValidationError naming the first wrong field."""
    if not isinstance(row, BenchmarkInput):
        raise ValidationError("benchmark", "is missing")
    if row.kind not in set(BenchmarkKind):
        raise ValidationError("kind", "choose minimum wage, living wage or poverty line")
    if not isinstance(row.effective_from, date):
        raise ValidationError("effective_from", "needs the date the figure applies from")
    if (not isinstance(row.amount_cents, int) or isinstance(row.amount_cents, bool)
            or row.amount_cents <= 0):
        raise ValidationError("amount", "must be an amount a month above zero")
    if row.amount_cents >= 10**13:
        raise ValidationError("amount", "is too large for a monthly figure")
    currency = (row.currency or "").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError("currency", "must be a three-letter code such as KES")
    source = (row.source or "").strip()
    if not source:
        raise ValidationError("source", "name where the figure comes from")
    if len(source) > 300:
        raise ValidationError("source", "must be at most 300 characters")
    if len(row.area or "") > 120:
        raise ValidationError("area", "must be at most 120 characters")
    if len(row.note or "") > 300:
        raise ValidationError("note", "must be at most 300 characters")
    if row.source_date is not None and not isinstance(row.source_date, date):
        raise ValidationError("source_date", "must be a date")
    return {"kind": str(row.kind), "effective_from": row.effective_from,
            "amount_cents": row.amount_cents, "currency": currency,
            "area": (row.area or "").strip(), "source": source,
            "source_date": row.source_date, "note": (row.note or "").strip()}

"""Plain data the impact use cases take and return: benchmarks, and the report with every
figure, its previous-period value, breakdown tables, chart series, definitions and notes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

Cell = int | float | str | None  # a table cell: numbers stay numbers; "<5" and "—" are text


class BenchmarkKind(StrEnum):
    MINIMUM_WAGE = "minimum_wage"
    LIVING_WAGE = "living_wage"
    POVERTY_LINE = "poverty_line"


BENCHMARK_TITLES: dict[str, str] = {
    BenchmarkKind.MINIMUM_WAGE: "Minimum wage",
    BenchmarkKind.LIVING_WAGE: "Living wage",
    BenchmarkKind.POVERTY_LINE: "Poverty line",
}


@dataclass(frozen=True)
class BenchmarkInput:
    kind: str
    effective_from: date
    amount_cents: int  # per month
    currency: str = "KES"
    area: str = ""
    source: str = ""
    source_date: date | None = None
    note: str = ""


@dataclass(frozen=True)
class BenchmarkRow:
    id: int
    kind: str
    effective_from: date
    amount_cents: int
    currency: str
    area: str
    source: str
    source_date: date | None
    note: str
    recorded_at: datetime
    recorded_by: str

    @property
    def title(self) -> str:
        return BENCHMARK_TITLES.get(self.kind, self.kind)


@dataclass(frozen=True)
class Figure:
    """One headline figure: a number (for XLSX/JSON), its text, and last period's."""

    key: str  # a key of domain.impact.DEFINITIONS
    section: str  # Reach | Income | Staying and leaving | Training | Progression | Operations
    label: str
    value: int | float | None
    text: str  # e.g. "42.5 %", "KES 12,300", "—"
    previous: int | float | None
    previous_text: str
    unit: str = ""  # people | % | KES | hours | months | × | batches
    detail: str = ""  # e.g. "17 of 40"
    iris: str = ""

    @property
    def change_text(self) -> str:
        if self.value is None or self.previous is None:
            return ""
        diff = self.value - self.previous
        if diff == 0:
            return "no change"
        sign = "+" if diff > 0 else "−"
        amount = abs(diff)
        if not isinstance(amount, float):
            return f"{sign}{amount:,}"
        if self.unit == "%":
            return f"{sign}{amount:,.1f} pts"
        if self.unit == "×":
            return f"{sign}{amount:,.2f}"
        if len(self.unit) == 3 and self.unit.isupper():  # money, in the centre's currency
            return f"{sign}{self.unit} {amount:,.0f}"
        return f"{sign}{amount:,.1f}"


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class MonthRow:
    month: date
    headcount: int
    hires: int
    voluntary: int
    involuntary: int
    positive: int


@dataclass(frozen=True)
class DefinitionRow:
    key: str
    title: str
    text: str
    iris: str = ""


@dataclass(frozen=True)
class ImpactReport:
    centre: str
    currency: str
    start: date
    end: date
    previous_start: date
    previous_end: date
    by: str | None
    generated_at: datetime
    people_considered: int
    figures: tuple[Figure, ...]
    tables: tuple[Table, ...]
    months: tuple[MonthRow, ...]
    income_bands: tuple[tuple[str, int, int], ...]  # band, before, after
    funnel: tuple[tuple[str, int], ...]
    benchmarks: tuple[BenchmarkRow, ...]  # in force at the period's end
    definitions: tuple[DefinitionRow, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def figure(self, key: str) -> Figure:
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(key)

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO text, decimals as numbers)."""
        return _plain(asdict(self))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value

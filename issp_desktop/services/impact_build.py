"""Turning the gathered facts into the report: headline figures with last period's values,
breakdown tables with small cells suppressed, chart series, definitions and data notes."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from issp_desktop.domain import impact as fig
from issp_desktop.domain.impact import (
    DEFINITIONS,
    SMALL_CELL,
    Breakdown,
    OperationsFacts,
    PersonFacts,
    Ratio,
)
from issp_desktop.services.impact_types import (
    BENCHMARK_TITLES,
    BenchmarkKind,
    BenchmarkRow,
    Cell,
    DefinitionRow,
    Figure,
    ImpactReport,
    MonthRow,
    Table,
)

DASH = "—"
SMALL = f"<{SMALL_CELL}"


@dataclass(frozen=True)
class PeriodFigures:
    reach: fig.Reach
    income: fig.IncomeFigures
    retention: fig.Retention
    training: fig.TrainingFigures
    operations: fig.OperationsFigures
    benchmarks: dict[str, BenchmarkRow]


def in_force(rows: Sequence[BenchmarkRow], on: date, currency: str) -> dict[str, BenchmarkRow]:
    """The benchmark of each kind in force on ``on`` in the centre's currency."""
    found: dict[str, BenchmarkRow] = {}
    for row in sorted(rows, key=lambda r: (r.effective_from, r.id)):
        if row.effective_from <= on and row.currency == currency:
            found[row.kind] = row
    return found


def compute(people: Sequence[PersonFacts], ops: OperationsFacts, start: date, end: date,
            benchmarks: dict[str, BenchmarkRow]) -> PeriodFigures:
    at_end = [p for p in people if p.employed_on(end)]

    def amount(kind: BenchmarkKind) -> int | None:
        row = benchmarks.get(kind)
        return row.amount_cents if row is not None else None

    return PeriodFigures(
        fig.reach(people, start, end),
        fig.income(at_end, poverty_line_cents=amount(BenchmarkKind.POVERTY_LINE),
                   minimum_wage_cents=amount(BenchmarkKind.MINIMUM_WAGE),
                   living_wage_cents=amount(BenchmarkKind.LIVING_WAGE)),
        fig.retention(people, start, end),
        fig.training(people, start, end),
        fig.operations(ops),
        benchmarks,
    )


# --- formatting ---------------------------------------------------------------------------------

def _pct(r: Ratio | None) -> float | None:
    if r is None or r.percent is None:
        return None
    return float(r.percent)


def _num(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def _money(cents: int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def _text(value: int | float | None, unit: str, currency: str) -> str:
    if value is None:
        return DASH
    if unit == "%":
        return f"{value:,.1f} %"
    if unit == "money":
        return f"{currency} {value:,.0f}"
    if unit == "×":
        return f"{value:,.2f}×"
    if isinstance(value, float):
        return f"{value:,.1f}" + (f" {unit}" if unit in ("hours", "months") else "")
    return f"{value:,}"


def _of(r: Ratio | None) -> str:
    return "" if r is None or r.denominator == 0 else f"{r.numerator:,} of {r.denominator:,}"


FigureSpec = tuple[str, str, str, Callable[[PeriodFigures], int | float | None],
                   Callable[[PeriodFigures], str]]

SPECS: tuple[FigureSpec, ...] = (
    ("recruited", "Reach", "people", lambda f: f.reach.recruited, lambda f: ""),
    ("trained", "Reach", "people", lambda f: f.reach.trained, lambda f: ""),
    ("completed", "Reach", "people", lambda f: f.reach.completed, lambda f: ""),
    ("hired", "Reach", "people", lambda f: f.reach.hired, lambda f: ""),
    ("headcount", "Reach", "people", lambda f: f.reach.headcount_end,
     lambda f: f"{f.reach.headcount_start:,} at the start"),
    ("impact_share", "Reach", "%", lambda f: _pct(f.reach.impact_share),
     lambda f: _of(f.reach.impact_share)),
    ("impact_share_new_hires", "Reach", "%", lambda f: _pct(f.reach.impact_share_new_hires),
     lambda f: _of(f.reach.impact_share_new_hires)),
    ("fte", "Reach", "fte", lambda f: _num(f.reach.fte), lambda f: ""),
    ("people_impacted", "Reach", "people", lambda f: f.reach.people_impacted,
     lambda f: f"{f.reach.headcount_end:,} workers + "
               f"{f.reach.people_impacted - f.reach.headcount_end:,} dependents"),
    ("income_ratio", "Income", "×", lambda f: _num(f.income.median_ratio),
     lambda f: f"{f.income.compared:,} workers compared" if f.income.compared else ""),
    ("income_difference", "Income", "money",
     lambda f: _money(f.income.median_difference_cents), lambda f: "a month"),
    ("from_zero", "Income", "people", lambda f: f.income.from_zero,
     lambda f: "" if f.income.from_zero_median_current_cents is None
     else f"median now {f.income.from_zero_median_current_cents / 100:,.0f} a month"),
    ("above_poverty_line", "Income", "%", lambda f: _pct(f.income.above_poverty_line),
     lambda f: _of(f.income.above_poverty_line)),
    ("above_minimum_wage", "Income", "%", lambda f: _pct(f.income.above_minimum_wage),
     lambda f: _of(f.income.above_minimum_wage)),
    ("wage_multiple", "Income", "×", lambda f: _num(f.income.wage_multiple_of_minimum),
     lambda f: ""),
    ("above_living_wage", "Income", "%", lambda f: _pct(f.income.above_living_wage),
     lambda f: _of(f.income.above_living_wage)),
    ("turnover_voluntary", "Staying and leaving", "%",
     lambda f: _rate(f.retention.turnover_voluntary),
     lambda f: f"{f.retention.departures_voluntary:,} left"),
    ("turnover_involuntary", "Staying and leaving", "%",
     lambda f: _rate(f.retention.turnover_involuntary),
     lambda f: f"{f.retention.departures_involuntary:,} let go"),
    ("positive_exits", "Staying and leaving", "people", lambda f: f.retention.positive_exits,
     lambda f: ""),
    ("average_tenure", "Staying and leaving", "months",
     lambda f: _num(f.retention.average_tenure_months), lambda f: ""),
    ("retention_6m", "Staying and leaving", "%", lambda f: _pct(f.retention.retained_6m),
     lambda f: _of(f.retention.retained_6m)),
    ("retention_12m", "Staying and leaving", "%", lambda f: _pct(f.retention.retained_12m),
     lambda f: _of(f.retention.retained_12m)),
    ("training_hours", "Training", "hours", lambda f: _num(f.training.training_hours),
     lambda f: ""),
    ("hours_per_trainee", "Training", "hours", lambda f: _num(f.training.hours_per_trainee),
     lambda f: f"{f.training.trainees:,} trainees"),
    ("completion_rate", "Training", "%", lambda f: _pct(f.training.completion),
     lambda f: _of(f.training.completion)),
    ("placement_rate", "Training", "%", lambda f: _pct(f.training.placement),
     lambda f: _of(f.training.placement)),
    ("promoted", "Progression", "%", lambda f: _pct(f.training.promoted),
     lambda f: _of(f.training.promoted)),
    ("skill_certificates", "Progression", "certificates",
     lambda f: f.training.skill_certificates, lambda f: ""),
    ("accuracy", "Operations", "%", lambda f: _num(f.operations.accuracy_pct),
     lambda f: f"{f.operations.checked:,} fields checked" if f.operations.checked else ""),
    ("on_time", "Operations", "%", lambda f: _pct(f.operations.on_time),
     lambda f: _of(f.operations.on_time)),
    ("utilisation", "Operations", "%", lambda f: _num(f.operations.utilisation_pct),
     lambda f: f"{f.operations.productive_hours:,} of {f.operations.paid_hours:,} hours"
     if f.operations.paid_hours else ""),
    ("downtime_hours", "Operations", "hours", lambda f: _num(f.operations.downtime_hours),
     lambda f: ""),
)


def _rate(d: Decimal | None) -> float | None:
    return None if d is None else float((d * 100).quantize(Decimal("0.1")))


def figures(now: PeriodFigures, before: PeriodFigures, currency: str) -> tuple[Figure, ...]:
    out = []
    for key, section, unit, value, detail in SPECS:
        d = DEFINITIONS[key]
        v, p = value(now), value(before)
        out.append(Figure(key, section, d.title, v, _text(v, unit, currency), p,
                          _text(p, unit, currency), currency if unit == "money" else unit,
                          detail(now), d.iris))
    return tuple(out)


# --- tables ---------------------------------------------------------------------------------------

def count_cell(n: int) -> Cell:
    return SMALL if 0 < n < SMALL_CELL else n


def share_cell(r: Ratio) -> Cell:
    if r.denominator == 0:
        return DASH
    if r.denominator < SMALL_CELL:
        return SMALL
    return _pct(r)


def reached(people: Sequence[PersonFacts], start: date, end: date) -> list[PersonFacts]:
    """People the centre worked with in the period: applied, trained or employed in it."""
    found = []
    for p in people:
        if ((p.applied_on is not None and start <= p.applied_on <= end)
                or fig.trained_in(p, start, end)
                or any(e.start <= end and (e.end is None or e.end >= start)
                       for e in p.employments)):
            found.append(p)
    return found


BREAKDOWN_COLUMNS = ("Group", "Reached", "At end", "Hired", "Left", "Turnover %",
                     "Impact %", "Trained", "Finished", "Income ×", "≥ min. wage %")
BREAKDOWN_NOTE = ("Reached: applied, trained or employed in the period. At end: headcount on "
                  "the last day. Left: voluntary and involuntary departures. Finished: completed "
                  "training in a cohort that ended in the period. Impact %: "
                  "impact-worker share at the end. Income ×: median current earnings ÷ "
                  "baseline. ≥ min. wage %: workers at the end earning at least the minimum "
                  "wage. ")


@dataclass(slots=True)
class _Flags:
    """What a breakdown row counts about one person, worked out once for all four tables."""

    person: PersonFacts
    at_start: bool
    at_end: bool
    hired: bool
    left: bool  # a voluntary or involuntary departure in the period
    trained: bool
    finished: bool
    ratio: Decimal | None  # current ÷ baseline, workers at the end with a non-zero baseline
    current: int | None  # current earnings, workers at the end


def _flags(people: Sequence[PersonFacts], start: date, end: date) -> list[_Flags]:
    found = []
    for p in reached(people, start, end):
        at_end = p.employed_on(end)
        ratio = None
        if (at_end and p.baseline_income_cents and p.current_income_cents is not None):
            ratio = Decimal(p.current_income_cents) / Decimal(p.baseline_income_cents)
        found.append(_Flags(
            p, p.employed_on(start), at_end, p.hired_between(start, end),
            any(e.end is not None and start <= e.end <= end
                and e.exit_kind in ("voluntary", "involuntary") for e in p.employments),
            fig.trained_in(p, start, end),
            p.completed and p.cohort_end is not None and start <= p.cohort_end <= end,
            ratio, p.current_income_cents if at_end else None))
    return found


def breakdown_table(flags: Sequence[_Flags], by: Breakdown, end: date,
                    minimum_wage_cents: int | None) -> Table:
    """One row per group (largest first, 'unknown' last): the same counts as the domain's
    ``reach``/``retention``/``income`` give for the group's people, in one pass."""
    groups: dict[str, list[_Flags]] = {}
    for f in flags:
        groups.setdefault(fig.group_key(f.person, by, end), []).append(f)
    order = sorted(groups, key=lambda k: (k == fig.UNKNOWN, -len(groups[k]), k))
    rows = []
    for key in order:
        g = groups[key]
        at_end = [f for f in g if f.at_end]
        average = Decimal(sum(f.at_start for f in g) + len(at_end)) / 2
        leavers = sum(f.left for f in g)
        turnover: Cell = DASH if average == 0 else (
            SMALL if average < SMALL_CELL else _rate(
                (Decimal(leavers) / average).quantize(Decimal("0.0001"))))
        ratios = sorted(f.ratio for f in at_end if f.ratio is not None)
        median: Cell = DASH if not ratios else (SMALL if len(ratios) < SMALL_CELL else float(
            Decimal(statistics.median(ratios)).quantize(Decimal("0.01"), ROUND_HALF_UP)))
        earning = [f.current for f in at_end if f.current is not None]
        minimum: Cell = DASH if minimum_wage_cents is None else share_cell(
            Ratio(sum(1 for c in earning if c >= minimum_wage_cents), len(earning)))
        impact = Ratio(sum(1 for f in at_end if f.person.impact_worker), len(at_end))
        rows.append((key, count_cell(len(g)), count_cell(len(at_end)),
                     count_cell(sum(f.hired for f in g)), count_cell(leavers), turnover,
                     share_cell(impact), count_cell(sum(f.trained for f in g)),
                     count_cell(sum(f.finished for f in g)), median, minimum))
    title = {Breakdown.GENDER: "By gender", Breakdown.DISABILITY: "By disability",
             Breakdown.AGE: "By age band (age at the period's end)",
             Breakdown.COUNTY: "By county"}[by]
    return Table(f"breakdown_{by.value}", title, BREAKDOWN_COLUMNS, tuple(rows),
                 BREAKDOWN_NOTE + DEFINITIONS["small_cells"].text)


def figures_table(items: Sequence[Figure]) -> Table:
    rows = tuple((f.section, f.label, f.value, f.unit, f.previous, f.detail, f.iris)
                 for f in items)
    return Table("figures", "Headline figures",
                 ("Section", "Figure", "This period", "Unit", "Previous period", "Detail",
                  "IRIS+"), rows)


def month_rows(people: Sequence[PersonFacts], start: date, end: date) -> tuple[MonthRow, ...]:
    return tuple(MonthRow(p.month, p.headcount, p.hires, p.voluntary, p.involuntary, p.positive)
                 for p in fig.monthly_series(people, start, end))


def months_table(months: Sequence[MonthRow]) -> Table:
    rows = tuple((m.month.strftime("%Y-%m"), m.headcount, m.hires, m.voluntary, m.involuntary,
                  m.positive) for m in months)
    return Table("months", "Headcount and departures by month",
                 ("Month", "Headcount at month end", "Hires", "Left voluntarily", "Let go",
                  "Positive exits"), rows,
                 "Centre-wide counts, as the headcount chart shows them (not a breakdown).")


def income_tables(bands: Sequence[tuple[str, int, int]],
                  distribution: Sequence[tuple[str, int]], currency: str) -> list[Table]:
    return [
        Table("income_bands", f"Monthly income before and after ({currency})",
              ("Monthly income", "At baseline", "Now"),
              tuple(bands),
              "Workers at the period's end with both a baseline and current earnings."),
        Table("income_ratio_bands", "Current earnings ÷ baseline income",
              ("Ratio", "Workers"),
              tuple(distribution),
              "Workers with a non-zero baseline."),
    ]


def benchmarks_table(rows: Sequence[BenchmarkRow]) -> Table:
    return Table("benchmarks", "Benchmarks in force at the period's end",
                 ("Benchmark", "Amount a month", "Currency", "In force from", "Applies to",
                  "Source", "Source date", "Note"),
                 tuple((BENCHMARK_TITLES.get(r.kind, r.kind), r.amount_cents / 100, r.currency,
                        r.effective_from.isoformat(), r.area, r.source,
                        r.source_date.isoformat() if r.source_date else "", r.note)
                       for r in rows))


def definition_rows() -> tuple[DefinitionRow, ...]:
    return tuple(DefinitionRow(k, d.title, d.text, d.iris) for k, d in DEFINITIONS.items())


def build(*, centre: str, currency: str, start: date, end: date, previous: tuple[date, date],
          by: Breakdown | None, generated_at: datetime, people: Sequence[PersonFacts],
          now: PeriodFigures, before: PeriodFigures, notes: Sequence[str]) -> ImpactReport:
    items = figures(now, before, currency)
    at_end = [p for p in people if p.employed_on(end)]
    bands = tuple(fig.income_bands(at_end))
    months = month_rows(people, start, end)
    minimum = now.benchmarks.get(BenchmarkKind.MINIMUM_WAGE)
    dims = [by] if by is not None else list(Breakdown)
    tables = [figures_table(items)]
    flags = _flags(people, start, end)
    tables += [breakdown_table(flags, d, end, minimum.amount_cents if minimum else None)
               for d in dims]
    tables += income_tables(bands, now.income.distribution, currency)
    tables.append(months_table(months))
    used = tuple(now.benchmarks[k] for k in BenchmarkKind if k in now.benchmarks)
    tables.append(benchmarks_table(used))
    r = now.reach
    funnel = (("Recruited", r.recruited), ("Trained", r.trained), ("Completed", r.completed),
              ("Hired", r.hired))
    return ImpactReport(
        centre=centre, currency=currency, start=start, end=end, previous_start=previous[0],
        previous_end=previous[1], by=by.value if by else None, generated_at=generated_at,
        people_considered=len(flags), figures=items,
        tables=tuple(tables), months=months, income_bands=bands, funnel=funnel,
        benchmarks=used, definitions=definition_rows(), notes=tuple(notes))

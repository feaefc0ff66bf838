"""The report's data notes: plainly, what is missing and how many people it affects."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from issp_desktop.domain.impact import OperationsFacts
from issp_desktop.services.impact_build import PeriodFigures, reached
from issp_desktop.services.impact_facts import SURVEY_FALLBACK_DAYS, PeriodFacts
from issp_desktop.services.impact_types import BENCHMARK_TITLES, BenchmarkKind, BenchmarkRow

_USES = {
    BenchmarkKind.MINIMUM_WAGE: "the share at or above the minimum wage and the average wage "
                                "as a multiple of it",
    BenchmarkKind.LIVING_WAGE: "the share at or above a living wage",
    BenchmarkKind.POVERTY_LINE: "the share at or above the poverty line",
}


def _people(n: int) -> str:
    return f"{n:,} {'person' if n == 1 else 'people'}"


def _workers(n: int) -> str:
    return f"{n:,} {'worker' if n == 1 else 'workers'}"


def data_notes(period: PeriodFacts, figures: PeriodFigures, ops: OperationsFacts, start: date,
               end: date, before: tuple[date, date], today: date, currency: str,
               all_benchmarks: Sequence[BenchmarkRow]) -> list[str]:
    notes = [f"Period {start.isoformat()} to {end.isoformat()}, compared with "
             f"{before[0].isoformat()} to {before[1].isoformat()} (the same length just "
             "before)."]
    people = period.people
    if end > today:
        notes.append(f"The period ends after today ({today.isoformat()}): figures 'at the "
                     "end' use what is recorded so far.")
    if not reached(people, start, end):
        notes.append("Nobody was recruited, trained or employed in this period: every count "
                     "is zero and shares cannot be worked out.")
    at_end = [p for p in people if p.employed_on(end)]
    income = figures.income
    if income.missing_baseline:
        notes.append(f"{_workers(income.missing_baseline)} at the period's end have no "
                     "baseline income recorded: they are left out of the income uplift.")
    if income.missing_current:
        notes.append(f"{_workers(income.missing_current)} at the period's end have neither a "
                     "closed monthly payslip in the period nor a recent follow-up survey: "
                     "they are left out of the income uplift.")
    by_source = {"payslip": 0, "survey": 0}
    for p in at_end:
        kind = period.earnings_source.get(p.person_id)
        if kind is not None and p.current_income_cents is not None:
            by_source[kind] += 1
    if at_end:
        notes.append(f"Current earnings of the workers at the period's end: "
                     f"{by_source['payslip']:,} from payslips, {by_source['survey']:,} from "
                     f"follow-up surveys (taken within {SURVEY_FALLBACK_DAYS} days of the "
                     "period's end, used when there is no payslip).")
    with_earnings = sum(1 for p in at_end if p.current_income_cents is not None)
    for kind in BenchmarkKind:
        row = figures.benchmarks.get(kind)
        title = BENCHMARK_TITLES[kind]
        if row is None:
            other = [r for r in all_benchmarks if r.kind == kind and r.currency != currency]
            why = (f"none in {currency}" if other
                   else f"none in force on {end.isoformat()}")
            notes.append(f"No {title.lower()} benchmark ({why}): {_USES[kind]} cannot be "
                         f"worked out for the {_workers(with_earnings)} with current "
                         "earnings. Add one under Impact → Benchmarks.")
        elif row.note:
            notes.append(f"{title} benchmark {currency} {row.amount_cents / 100:,.2f} "
                         f"(from {row.effective_from.isoformat()}): {row.note}.")
    reach = figures.reach
    if reach.dependents_missing:
        notes.append(f"{_workers(reach.dependents_missing)} at the period's end have no "
                     "income dependents recorded: people impacted counts them alone.")
    if reach.fte_without_roster:
        notes.append(f"{_workers(reach.fte_without_roster)} at the period's end have no "
                     "planned shifts in its last four weeks: each counts as one full-time "
                     "equivalent.")
    if ops.checked == 0:
        notes.append("No first-round quality checks in the period: accuracy cannot be "
                     "worked out.")
    if ops.batches_due == 0:
        notes.append("No batches were due (and delivered or overdue) in the period: on-time "
                     "delivery cannot be worked out.")
    if ops.paid_minutes == 0:
        notes.append("No planned shifts in the period: utilisation cannot be worked out.")
    return notes

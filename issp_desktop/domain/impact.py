"""The figures a centre reports to its funders, computed from plain facts about people.

Pure functions (no database, no Qt): ``services/impact.py`` gathers one ``PersonFacts`` per
person with a few SQL queries, and these functions count. Definitions follow DOMAIN.md (Global
Impact Sourcing Coalition; IRIS+ where the definition truly matches):

- **headcount on a day**: people employed as workers on that day (hired on or before it, not
  yet left).
- **impact worker**: a person with at least one documented eligibility criterion recorded at
  intake (frozen at hire). **Impact-worker share** = impact workers ÷ headcount at the period's
  end; the same for the period's new hires.
- **people impacted** = workers at the period's end + their recorded income dependents.
- **income uplift**: current monthly earnings against the frozen baseline income: difference
  and ratio, median and distribution. People whose baseline was zero are reported apart (a
  ratio is meaningless); people without a baseline or without current earnings are counted as
  missing.
- **turnover** (IRIS+ OI1638 voluntary / OI3989 involuntary): departures in the period ÷
  average headcount (mean of the headcount at the start and at the end). Positive exits (study,
  a better job) are reported apart and are not attrition.
- **average tenure** (IRIS+ OI2248): mean months employed of the workers at the period's end.
- **retention at N months**: of the people whose N-month anniversary of hire falls within the
  period, the share still employed on that day.
- **completion rate**: trainees whose cohort ended within the period who completed ÷ those
  trainees. **Placement rate** (IRIS+ PI3527 where it matches): of those completers and
  leavers, the share who became workers or left for a job or study.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum

SMALL_CELL = 5  # breakdown cells with fewer people are shown as "<5" in exports
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (("15–24", 15, 24), ("25–35", 25, 35),
                                                      ("36+", 36, None))
UNKNOWN = "unknown"
FULL_TIME_WEEK_MINUTES = 40 * 60  # a full-time week for full-time equivalents
_ONE_DAY = timedelta(days=1)
FTE_WINDOW_DAYS = 28  # planned minutes a week = rostered minutes in the last 4 weeks ÷ 4


class Breakdown(StrEnum):
    GENDER = "gender"
    DISABILITY = "disability"
    AGE = "age"
    COUNTY = "county"


@dataclass(frozen=True)
class Employment:
    """One spell as a worker: hired on ``start``; left on ``end`` (None = still employed)."""

    start: date
    end: date | None = None
    exit_kind: str | None = None  # positive | voluntary | involuntary when it ended


@dataclass(slots=True)
class PersonFacts:
    """What the figures need to know about one person. Treated as read-only: made once per
    period by ``services/impact_facts.py`` (not frozen, so 10,000 of them build quickly)."""

    person_id: int
    gender: str = ""
    has_disability: bool = False
    birth_date: date | None = None
    county: str = ""
    impact_worker: bool = False  # a documented eligibility criterion at intake
    applied_on: date | None = None
    trained_from: date | None = None  # first day as a trainee
    cohort_end: date | None = None
    completed: bool = False  # finished the programme (passed modules and attendance)
    training_minutes: int = 0  # attended training time
    employments: tuple[Employment, ...] = ()
    left_training_on: date | None = None  # left as a trainee (not hired)
    left_training_kind: str | None = None
    baseline_income_cents: int | None = None
    current_income_cents: int | None = None  # monthly earnings now (latest closed payslip)
    dependents: int | None = None
    promoted: bool = False  # a raise or a move up recorded in the period
    skill_certificates: int = 0  # skill certificates issued in the period (not revoked)
    planned_week_minutes: int | None = None  # rostered minutes a week near the end; None = none

    def employed_on(self, day: date) -> bool:
        for e in self.employments:  # noqa: SIM110 (a plain loop is twice as fast as any())
            if e.start <= day and (e.end is None or e.end > day):
                return True
        return False

    def hired_between(self, start: date, end: date) -> bool:
        for e in self.employments:  # noqa: SIM110 (as above)
            if start <= e.start <= end:
                return True
        return False

    def first_hire(self) -> date | None:
        spells = self.employments
        if not spells:  # most people: called tens of thousands of times a report
            return None
        first = spells[0].start
        for e in spells:
            if e.start < first:
                first = e.start
        return first


@dataclass(frozen=True)
class Ratio:
    """A share with its numerator and denominator, so reports can show both."""

    numerator: int
    denominator: int

    @property
    def value(self) -> Decimal | None:
        if self.denominator == 0:
            return None
        return (Decimal(self.numerator) / Decimal(self.denominator)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP)

    @property
    def percent(self) -> Decimal | None:
        v = self.value
        return None if v is None else (v * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


# --- reach --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reach:
    recruited: int  # applied in the period
    trained: int  # were trainees at some time in the period
    completed: int  # completed a programme whose cohort ended in the period
    hired: int  # became workers in the period
    headcount_start: int
    headcount_end: int
    impact_share: Ratio  # impact workers among the headcount at the end
    impact_share_new_hires: Ratio
    people_impacted: int  # workers at the end + their income dependents
    dependents_missing: int  # workers at the end with no recorded dependents
    fte: Decimal = Decimal(0)  # full-time equivalents at the end (part-timers pro rata)
    fte_without_roster: int = 0  # workers at the end with no planned shifts: counted as 1


def headcount(people: Iterable[PersonFacts], day: date) -> int:
    return sum(1 for p in people if p.employed_on(day))


def trained_in(p: PersonFacts, start: date, end: date) -> bool:
    if p.trained_from is None or p.trained_from > end:
        return False
    finished = (p.first_hire() if p.employments else None) or p.left_training_on or p.cohort_end
    return finished is None or finished >= start


def fte(workers: Sequence[PersonFacts],
        full_time_week_minutes: int = FULL_TIME_WEEK_MINUTES) -> tuple[Decimal, int]:
    """Full-time equivalents of ``workers``: each counts planned minutes a week ÷ a full-time
    week, at most 1; a worker with no planned shifts counts as 1 (and is counted apart)."""
    total = Decimal(0)
    unplanned = 0
    for p in workers:
        if p.planned_week_minutes is None:
            unplanned += 1
            total += 1
        else:
            total += min(Decimal(1), Decimal(p.planned_week_minutes) / full_time_week_minutes)
    return total.quantize(Decimal("0.1"), ROUND_HALF_UP), unplanned


def reach(people: Sequence[PersonFacts], start: date, end: date, *,
          full_time_week_minutes: int = FULL_TIME_WEEK_MINUTES) -> Reach:
    at_end = [p for p in people if p.employed_on(end)]
    equivalents, unplanned = fte(at_end, full_time_week_minutes)
    new_hires = [p for p in people if p.hired_between(start, end)]
    return Reach(
        recruited=sum(1 for p in people if p.applied_on and start <= p.applied_on <= end),
        trained=sum(1 for p in people if trained_in(p, start, end)),
        completed=sum(1 for p in people if p.completed and p.cohort_end
                      and start <= p.cohort_end <= end),
        hired=len(new_hires),
        headcount_start=headcount(people, start),
        headcount_end=len(at_end),
        impact_share=Ratio(sum(1 for p in at_end if p.impact_worker), len(at_end)),
        impact_share_new_hires=Ratio(sum(1 for p in new_hires if p.impact_worker),
                                     len(new_hires)),
        people_impacted=len(at_end) + sum(p.dependents or 0 for p in at_end),
        dependents_missing=sum(1 for p in at_end if p.dependents is None),
        fte=equivalents,
        fte_without_roster=unplanned,
    )


# --- income ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IncomeFigures:
    compared: int  # workers with a non-zero baseline and current earnings
    median_baseline_cents: int | None
    median_current_cents: int | None
    median_difference_cents: int | None
    median_ratio: Decimal | None  # current ÷ baseline
    from_zero: int  # started from no income (reported apart)
    from_zero_median_current_cents: int | None
    missing_baseline: int
    missing_current: int
    distribution: tuple[tuple[str, int], ...]  # ratio bands: how many people in each
    above_poverty_line: Ratio | None = None
    above_minimum_wage: Ratio | None = None
    wage_multiple_of_minimum: Decimal | None = None  # IRIS+ OI6176: average wage ÷ min wage
    above_living_wage: Ratio | None = None


RATIO_BANDS: tuple[tuple[str, Decimal | None], ...] = (
    ("below 1×", Decimal(1)), ("1–1.5×", Decimal("1.5")), ("1.5–2×", Decimal(2)),
    ("2–3×", Decimal(3)), ("3× or more", None),
)


def _median(values: Sequence[int]) -> int | None:
    if not values:
        return None
    return int(Decimal(statistics.median(values)).to_integral_value(ROUND_HALF_UP))


def income(workers: Sequence[PersonFacts], *, poverty_line_cents: int | None = None,
           minimum_wage_cents: int | None = None,
           living_wage_cents: int | None = None) -> IncomeFigures:
    """Income figures for ``workers`` (normally the workers at the period's end)."""
    pairs: list[tuple[int, int]] = []
    from_zero: list[int] = []
    missing_baseline = missing_current = 0
    for p in workers:
        if p.baseline_income_cents is None:
            missing_baseline += 1
            continue
        if p.current_income_cents is None:
            missing_current += 1
            continue
        if p.baseline_income_cents == 0:
            from_zero.append(p.current_income_cents)
        else:
            pairs.append((p.baseline_income_cents, p.current_income_cents))
    ratios = sorted(Decimal(c) / Decimal(b) for b, c in pairs)
    counts = dict.fromkeys((label for label, _ in RATIO_BANDS), 0)
    for r in ratios:
        for label, upper in RATIO_BANDS:
            if upper is None or r < upper:
                counts[label] += 1
                break
    current = [p.current_income_cents for p in workers if p.current_income_cents is not None]

    def share(limit: int | None) -> Ratio | None:
        if limit is None:
            return None
        return Ratio(sum(1 for c in current if c >= limit), len(current))

    multiple = None
    if minimum_wage_cents and current:
        multiple = (Decimal(sum(current)) / len(current) / minimum_wage_cents).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
    median_ratio = None
    if ratios:
        median_ratio = Decimal(statistics.median(ratios)).quantize(Decimal("0.01"),
                                                                   ROUND_HALF_UP)
    return IncomeFigures(
        compared=len(pairs),
        median_baseline_cents=_median([b for b, _ in pairs]),
        median_current_cents=_median([c for _, c in pairs]),
        median_difference_cents=_median([c - b for b, c in pairs]),
        median_ratio=median_ratio,
        from_zero=len(from_zero),
        from_zero_median_current_cents=_median(from_zero),
        missing_baseline=missing_baseline,
        missing_current=missing_current,
        distribution=tuple(counts.items()),
        above_poverty_line=share(poverty_line_cents),
        above_minimum_wage=share(minimum_wage_cents),
        wage_multiple_of_minimum=multiple,
        above_living_wage=share(living_wage_cents),
    )


# --- staying and leaving --------------------------------------------------------------------------

@dataclass(frozen=True)
class Retention:
    departures_voluntary: int
    departures_involuntary: int
    positive_exits: int  # reported apart, not attrition
    average_headcount: Decimal
    turnover_voluntary: Decimal | None  # departures ÷ average headcount
    turnover_involuntary: Decimal | None
    average_tenure_months: Decimal | None  # of the workers at the period's end
    retained_6m: Ratio
    retained_12m: Ratio


def _months_between(start: date, end: date) -> Decimal:
    return (Decimal((end - start).days) / Decimal("30.4375")).quantize(Decimal("0.1"),
                                                                       ROUND_HALF_UP)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30,
            31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last))


def _retained(people: Sequence[PersonFacts], start: date, end: date, months: int) -> Ratio:
    eligible = kept = 0
    marks: dict[date, date] = {}  # hire day -> anniversary (hires share days)
    for p in people:
        for e in p.employments:
            mark = marks.get(e.start)
            if mark is None:
                mark = marks[e.start] = _add_months(e.start, months)
            if not start <= mark <= end:
                continue
            eligible += 1
            if e.end is None or e.end > mark:  # the leaving day is not a day employed
                kept += 1
    return Ratio(kept, eligible)


def retention(people: Sequence[PersonFacts], start: date, end: date) -> Retention:
    kinds = {"voluntary": 0, "involuntary": 0, "positive": 0}
    for p in people:
        for e in p.employments:
            if e.end is not None and start <= e.end <= end and e.exit_kind in kinds:
                kinds[e.exit_kind] += 1
    average = (Decimal(headcount(people, start) + headcount(people, end)) / 2)

    def rate(n: int) -> Decimal | None:
        if average == 0:
            return None
        return (Decimal(n) / average).quantize(Decimal("0.0001"), ROUND_HALF_UP)

    firsts: dict[date, int] = {}  # first hire -> workers at the end (each day's months once)
    for p in people:
        if p.employed_on(end):
            spells = p.employments
            first = (spells[0].start if len(spells) == 1
                     else min(e.start for e in spells if e.start <= end))
            firsts[first] = firsts.get(first, 0) + 1
    tenure = None
    if firsts:
        total = sum((_months_between(day, end) * n for day, n in firsts.items()), Decimal(0))
        tenure = (total / sum(firsts.values())).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return Retention(kinds["voluntary"], kinds["involuntary"], kinds["positive"], average,
                     rate(kinds["voluntary"]), rate(kinds["involuntary"]), tenure,
                     _retained(people, start, end, 6), _retained(people, start, end, 12))


# --- training and progression ------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingFigures:
    training_hours: Decimal  # attended hours of everybody trained in the period
    trainees: int
    hours_per_trainee: Decimal | None
    completion: Ratio  # of trainees whose cohort ended in the period
    placement: Ratio  # of those, hired as workers or left for a job/study
    promoted: Ratio  # of the workers at the end: promoted or given a raise
    skill_certificates: int


def training(people: Sequence[PersonFacts], start: date, end: date) -> TrainingFigures:
    trained = [p for p in people if trained_in(p, start, end)]
    minutes = sum(p.training_minutes for p in trained)
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP)
    finished = [p for p in people if p.trained_from and p.cohort_end
                and start <= p.cohort_end <= end]
    placed = sum(1 for p in finished
                 if p.employments or p.left_training_kind == "positive")
    at_end = [p for p in people if p.employed_on(end)]
    return TrainingFigures(
        training_hours=hours,
        trainees=len(trained),
        hours_per_trainee=(hours / len(trained)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if trained else None,
        completion=Ratio(sum(1 for p in finished if p.completed), len(finished)),
        placement=Ratio(placed, len(finished)),
        promoted=Ratio(sum(1 for p in at_end if p.promoted), len(at_end)),
        skill_certificates=sum(p.skill_certificates for p in people),
    )


# --- breakdowns ----------------------------------------------------------------------------------

def age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return UNKNOWN
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for label, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return "under 15"


def group_key(p: PersonFacts, by: Breakdown, on: date) -> str:
    if by is Breakdown.GENDER:
        return p.gender or UNKNOWN
    if by is Breakdown.DISABILITY:
        return "with disability" if p.has_disability else "without disability"
    if by is Breakdown.AGE:
        return age_band(p.birth_date, on)
    return p.county or UNKNOWN


@dataclass
class Group:
    key: str
    people: list[PersonFacts] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.people)


def breakdown(people: Sequence[PersonFacts], by: Breakdown, on: date) -> list[Group]:
    """People grouped by ``by`` (age at ``on``), largest group first, 'unknown' last."""
    groups: dict[str, Group] = {}
    for p in people:
        key = group_key(p, by, on)
        groups.setdefault(key, Group(key)).people.append(p)
    return sorted(groups.values(), key=lambda g: (g.key == UNKNOWN, -g.size, g.key))


def suppress(count: int | None, *, threshold: int = SMALL_CELL) -> str:
    """A count for an export: '<5' when it could identify somebody, '—' when unknown."""
    if count is None:
        return "—"
    if 0 < count < threshold:
        return f"<{threshold}"
    return str(count)


def per_group(people: Sequence[PersonFacts], by: Breakdown, on: date,
              figure: Callable[[Sequence[PersonFacts]], object]) -> list[tuple[str, int, object]]:
    """``figure`` computed for each group: (group, people in it, value)."""
    return [(g.key, g.size, figure(g.people)) for g in breakdown(people, by, on)]


# --- over time and distributions ---------------------------------------------------------------

@dataclass(frozen=True)
class MonthPoint:
    month: date  # the first day of the month
    headcount: int  # at the month's last day inside the range
    hires: int
    voluntary: int
    involuntary: int
    positive: int


def _month_starts(start: date, end: date) -> list[date]:
    months = []
    day = date(start.year, start.month, 1)
    while day <= end:
        months.append(day)
        day = _add_months(day, 1)
    return months


def monthly_series(people: Sequence[PersonFacts], start: date, end: date) -> list[MonthPoint]:
    """Headcount at each month's end (or the range's end) and the hires and departures of each
    month of the range; one sweep over sorted dates, not a pass over people per month."""
    starts = sorted(e.start for p in people for e in p.employments)
    ends = sorted(e.end for p in people for e in p.employments if e.end is not None)
    hires: dict[date, int] = {}
    leaves: dict[tuple[date, str], int] = {}
    for p in people:
        for e in p.employments:
            if start <= e.start <= end:
                key = date(e.start.year, e.start.month, 1)
                hires[key] = hires.get(key, 0) + 1
            if e.end is not None and start <= e.end <= end and e.exit_kind:
                lkey = (date(e.end.year, e.end.month, 1), e.exit_kind)
                leaves[lkey] = leaves.get(lkey, 0) + 1
    points = []
    for month in _month_starts(start, end):
        last = min(_add_months(month, 1) - _ONE_DAY, end)
        count = bisect.bisect_right(starts, last) - bisect.bisect_right(ends, last)
        points.append(MonthPoint(month, count, hires.get(month, 0),
                                 leaves.get((month, "voluntary"), 0),
                                 leaves.get((month, "involuntary"), 0),
                                 leaves.get((month, "positive"), 0)))
    return points


INCOME_BANDS: tuple[tuple[str, int | None], ...] = (
    ("no income", 1), ("under 5,000", 500_000), ("5,000–9,999", 1_000_000),
    ("10,000–14,999", 1_500_000), ("15,000–19,999", 2_000_000), ("20,000–29,999", 3_000_000),
    ("30,000 or more", None),
)  # monthly, in the centre's currency; upper bounds in cents, exclusive


def _band(cents: int) -> str:
    for label, upper in INCOME_BANDS:
        if upper is None or cents < upper:
            return label
    return INCOME_BANDS[-1][0]


def income_bands(workers: Sequence[PersonFacts]) -> list[tuple[str, int, int]]:
    """(band, people whose baseline was in it, people whose current earnings are in it), for the
    workers with both figures: the before/after distribution."""
    before = dict.fromkeys((label for label, _ in INCOME_BANDS), 0)
    after = dict(before)
    for p in workers:
        if p.baseline_income_cents is None or p.current_income_cents is None:
            continue
        before[_band(p.baseline_income_cents)] += 1
        after[_band(p.current_income_cents)] += 1
    return [(label, before[label], after[label]) for label, _ in INCOME_BANDS]


# --- operations -------------------------------------------------------------------------------

@dataclass(frozen=True)
class OperationsFacts:
    """Centre-wide counts for the period (summed in SQL; not broken down by group)."""

    checked: int = 0  # fields or characters checked in first-round quality checks
    errors: int = 0
    batches_due: int = 0  # due in the period and delivered, or not delivered and overdue
    batches_on_time: int = 0  # of those, delivered on or before the due date
    productive_minutes: int = 0  # work-log minutes on days the worker had a planned shift
    paid_minutes: int = 0  # planned shift minutes less breaks
    downtime_minutes: int = 0  # outage minutes inside the period


@dataclass(frozen=True)
class OperationsFigures:
    accuracy_pct: Decimal | None  # 100 × (1 − errors ÷ checked), truncated to 0.01
    on_time: Ratio
    utilisation_pct: Decimal | None  # 100 × productive ÷ paid hours
    productive_hours: Decimal
    paid_hours: Decimal
    downtime_hours: Decimal
    checked: int


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP)


def operations(f: OperationsFacts) -> OperationsFigures:
    accuracy = None
    if f.checked > 0:
        accuracy = (Decimal(100) * (1 - Decimal(f.errors) / Decimal(f.checked))).quantize(
            Decimal("0.01"), ROUND_DOWN)
    utilisation = None
    if f.paid_minutes > 0:
        utilisation = (Decimal(100) * f.productive_minutes / f.paid_minutes).quantize(
            Decimal("0.1"), ROUND_HALF_UP)
    return OperationsFigures(accuracy, Ratio(f.batches_on_time, f.batches_due), utilisation,
                             _hours(f.productive_minutes), _hours(f.paid_minutes),
                             _hours(f.downtime_minutes), f.checked)


def on_time_counts(batches: Iterable[tuple[date, date | None]], start: date, end: date,
                   today: date) -> tuple[int, int]:
    """(due, on time) for batches given as (due date, delivered date): a batch due in the
    period counts when it was delivered, or when it is still not delivered and overdue today."""
    due = on_time = 0
    for due_on, delivered_on in batches:
        if not start <= due_on <= end:
            continue
        if delivered_on is None:
            if due_on < today:
                due += 1
            continue
        due += 1
        if delivered_on <= due_on:
            on_time += 1
    return due, on_time


# --- definitions: the one text the report, the page and the help file print ---------------------

@dataclass(frozen=True)
class Definition:
    title: str
    text: str
    iris: str = ""  # an IRIS+ metric code, only where the definition truly matches


DEFINITIONS: dict[str, Definition] = {
    "recruited": Definition("Recruited", "People who applied during the period."),
    "trained": Definition("Trained", "People who were trainees at some time in the period."),
    "completed": Definition(
        "Completed training", "Trainees whose cohort ended in the period and who completed the "
        "programme: every module of the cohort passed (latest attempt) and attendance at or "
        "above the cohort's threshold."),
    "hired": Definition("Hired", "People who became workers during the period."),
    "headcount": Definition(
        "Headcount", "Workers employed on the period's last day (hired on or before it and not "
        "yet left)."),
    "impact_share": Definition(
        "Impact-worker share", "Workers at the period's end who met at least one documented "
        "eligibility criterion at intake (long-term unemployed, below the poverty line, "
        "disability, youth not in employment, education or training, other), ÷ headcount at "
        "the period's end. Global Impact Sourcing Coalition definition."),
    "impact_share_new_hires": Definition(
        "Impact-worker share of new hires", "The same share among the people hired in the "
        "period."),
    "fte": Definition(
        "Full-time equivalents", "Each worker at the period's end counts their rostered hours "
        "a week (planned shifts less breaks in the last four weeks of the period, ÷ 4) divided "
        "by a 40-hour full-time week, at most 1. A worker with no planned shifts counts as 1."),
    "people_impacted": Definition(
        "People impacted", "Workers at the period's end plus the income dependents recorded in "
        "their latest survey."),
    "current_earnings": Definition(
        "Current monthly earnings", "A worker's gross pay on their latest closed monthly "
        "payslip in the period; when there is none, the monthly income of their latest "
        "follow-up survey (6- or 12-month, or exit) taken in the year up to the period's end."),
    "income_ratio": Definition(
        "Income uplift (median ratio)", "For workers at the period's end with a non-zero "
        "baseline income and current earnings: the median of current earnings ÷ baseline "
        "monthly income (the baseline survey, frozen at hire). People who started from no "
        "income are reported apart, since a ratio to zero means nothing."),
    "income_difference": Definition(
        "Income uplift (median difference)", "The median of current earnings − baseline "
        "income for the same workers, per month."),
    "from_zero": Definition(
        "Started from no income", "Workers at the period's end whose baseline income was zero; "
        "the median of their current earnings is shown beside."),
    "above_poverty_line": Definition(
        "Earning at or above the poverty line", "Workers with current earnings at or above the "
        "poverty line benchmark in force at the period's end, ÷ workers with current earnings. "
        "The line is per adult equivalent; household size is not taken into account."),
    "above_minimum_wage": Definition(
        "Earning at or above the minimum wage", "Workers with current earnings at or above the "
        "minimum wage benchmark in force at the period's end, ÷ workers with current "
        "earnings."),
    "wage_multiple": Definition(
        "Average wage as a multiple of the minimum wage", "Mean current earnings of the workers "
        "at the period's end ÷ the minimum wage benchmark in force at the period's end.",
        "OI6176"),
    "above_living_wage": Definition(
        "Earning at or above a living wage", "Workers with current earnings at or above the "
        "living wage benchmark in force at the period's end (named in the benchmarks table), "
        "÷ workers with current earnings.", "OI4724"),
    "turnover_voluntary": Definition(
        "Voluntary turnover", "Workers who left of their own accord in the period ÷ average "
        "headcount (mean of the headcount on the first and the last day). Positive exits are "
        "not counted.", "OI1638"),
    "turnover_involuntary": Definition(
        "Involuntary turnover", "Workers dismissed or let go in the period ÷ average headcount.",
        "OI3989"),
    "positive_exits": Definition(
        "Positive exits", "Workers who left in the period for study or a better job; reported "
        "apart, not as attrition."),
    "average_tenure": Definition(
        "Average tenure", "Mean months since first hire of the workers at the period's end "
        "(30.44 days a month).", "OI2248"),
    "retention_6m": Definition(
        "Retention at 6 months", "Of the hires whose 6-month anniversary falls in the period, "
        "the share still employed on that day."),
    "retention_12m": Definition(
        "Retention at 12 months", "Of the hires whose 12-month anniversary falls in the "
        "period, the share still employed on that day."),
    "training_hours": Definition(
        "Training hours", "Hours of training sessions held in the period that trainees "
        "attended (present or late), summed over trainees.", "OI7877"),
    "hours_per_trainee": Definition(
        "Training hours per trainee", "Training hours ÷ people trained in the period."),
    "completion_rate": Definition(
        "Completion rate", "Trainees whose cohort ended in the period who completed ÷ those "
        "trainees."),
    "placement_rate": Definition(
        "Placement rate", "Of the trainees whose cohort ended in the period, the share who "
        "became workers or left for a job or study. (IRIS+ PI3527 counts jobs only, so no code "
        "is given.)"),
    "promoted": Definition(
        "Promoted or given a raise", "Workers at the period's end with new pay terms in the "
        "period that raised their pay or moved them to another job category, ÷ headcount at "
        "the end."),
    "skill_certificates": Definition(
        "Skill certificates issued", "Skill certificates issued in the period and not revoked."),
    "accuracy": Definition(
        "Accuracy", "1 − errors ÷ fields checked, over the first-round quality checks (before "
        "any rework) made in the period; truncated, never rounded up. Centre-wide."),
    "on_time": Definition(
        "On-time delivery", "Of the batches due in the period that were delivered, or are not "
        "delivered and overdue, the share delivered on or before the due date. Centre-wide."),
    "utilisation": Definition(
        "Utilisation", "Productive hours (work-log time on the days a worker had a planned "
        "shift) ÷ paid hours (planned shifts less breaks) in the period. Centre-wide."),
    "downtime_hours": Definition(
        "Downtime hours", "Hours of recorded power, internet or platform outages inside the "
        "period (an outage still going counts up to the period's end or now)."),
    "small_cells": Definition(
        "Small cells", f"In breakdown tables a count of 1 to {SMALL_CELL - 1} people, and any "
        f"share or median worked out from fewer than {SMALL_CELL} people, is shown as "
        f"\"<{SMALL_CELL}\" so that nobody can be identified. Age bands use the age on the "
        "period's last day."),
}


def definitions_markdown() -> str:
    """The help file's text (``resources/help/impact-figures.md`` is this, kept in step by a
    test)."""
    lines = ["# Impact figures: what each one means", "",
             "The Impact page and the funder report (PDF, XLSX, JSON) print these definitions "
             "beside the figures. IRIS+ codes are named only where the definition matches.", ""]
    for d in DEFINITIONS.values():
        code = f" (IRIS+ {d.iris})" if d.iris else ""
        lines += [f"## {d.title}{code}", "", d.text, ""]
    return "\n".join(lines)

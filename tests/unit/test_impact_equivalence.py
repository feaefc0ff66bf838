"""The faster loops of ``domain.impact`` (first hire and hires in a range without generators,
tenure summed once per first-hire day, anniversaries worked out once per hire day) count
exactly what the plain versions counted.

``_reference_*`` below are the rules as they stood before the speed work (kept verbatim as the
oracle); random people — no spells, several spells out of order, spells still open, leaving on
the period's edges, hires on month ends and leap days — are counted both ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from issp_desktop.domain.impact import (
    Employment,
    PersonFacts,
    Ratio,
    Retention,
    _add_months,
    _months_between,
    headcount,
    reach,
    retention,
    trained_in,
    training,
)

# --- the reference (the rules before the speed work) ---------------------------------------------


def _reference_hired_between(p: PersonFacts, start: date, end: date) -> bool:
    return any(start <= e.start <= end for e in p.employments)


def _reference_first_hire(p: PersonFacts) -> date | None:
    return min((e.start for e in p.employments), default=None)


def _reference_trained_in(p: PersonFacts, start: date, end: date) -> bool:
    if p.trained_from is None or p.trained_from > end:
        return False
    finished = _reference_first_hire(p) or p.left_training_on or p.cohort_end
    return finished is None or finished >= start


def _reference_retained(people: Sequence[PersonFacts], start: date, end: date,
                        months: int) -> Ratio:
    eligible = kept = 0
    for p in people:
        for e in p.employments:
            mark = _add_months(e.start, months)
            if not start <= mark <= end:
                continue
            eligible += 1
            if e.end is None or e.end > mark:
                kept += 1
    return Ratio(kept, eligible)


def _reference_retention(people: Sequence[PersonFacts], start: date, end: date) -> Retention:
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

    tenures = [_months_between(min(e.start for e in p.employments if e.start <= end), end)
               for p in people if p.employed_on(end)]
    tenure = None
    if tenures:
        tenure = (sum(tenures, Decimal(0)) / len(tenures)).quantize(Decimal("0.1"),
                                                                     ROUND_HALF_UP)
    return Retention(kinds["voluntary"], kinds["involuntary"], kinds["positive"], average,
                     rate(kinds["voluntary"]), rate(kinds["involuntary"]), tenure,
                     _reference_retained(people, start, end, 6),
                     _reference_retained(people, start, end, 12))


# --- random people -----------------------------------------------------------------------------

BASE = date(2023, 1, 31)  # month ends and a leap day within reach
days = st.integers(min_value=0, max_value=5 * 366)


@st.composite
def spells(draw: st.DrawFn) -> tuple[Employment, ...]:
    found = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        start = BASE + timedelta(days=draw(days))
        end = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=900)))
        kind = draw(st.sampled_from((None, "voluntary", "involuntary", "positive", "other")))
        found.append(Employment(start, None if end is None else start + timedelta(days=end),
                                None if end is None else kind))
    return tuple(draw(st.permutations(found)))  # any order: the rules must not rely on it


@st.composite
def people(draw: st.DrawFn) -> list[PersonFacts]:
    found = []
    for pid in range(draw(st.integers(min_value=0, max_value=25))):
        maybe_day = st.one_of(st.none(), days.map(lambda d: BASE + timedelta(days=d)))
        found.append(PersonFacts(
            pid, employments=draw(spells()), trained_from=draw(maybe_day),
            left_training_on=draw(maybe_day), cohort_end=draw(maybe_day),
            completed=draw(st.booleans()), training_minutes=draw(st.integers(0, 5000))))
    return found


periods = st.tuples(days, st.integers(min_value=0, max_value=800)).map(
    lambda t: (BASE + timedelta(days=t[0]), BASE + timedelta(days=t[0] + t[1])))


@settings(max_examples=150, deadline=None)
@given(people(), periods)
def test_the_fast_rules_count_what_the_plain_rules_counted(
        crowd: list[PersonFacts], period: tuple[date, date]) -> None:
    start, end = period
    for p in crowd:
        assert p.first_hire() == _reference_first_hire(p)
        assert p.hired_between(start, end) == _reference_hired_between(p, start, end)
        assert trained_in(p, start, end) == _reference_trained_in(p, start, end)
    assert retention(crowd, start, end) == _reference_retention(crowd, start, end)
    trained = [p for p in crowd if _reference_trained_in(p, start, end)]
    assert training(crowd, start, end).trainees == len(trained)
    assert reach(crowd, start, end).trained == len(trained)
    assert reach(crowd, start, end).hired == sum(
        1 for p in crowd if _reference_hired_between(p, start, end))

"""Impact figures on hand-made people: each definition checked against a count done by hand."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from issp_desktop.domain.impact import (
    DEFINITIONS,
    Breakdown,
    Employment,
    OperationsFacts,
    PersonFacts,
    Ratio,
    age_band,
    breakdown,
    definitions_markdown,
    fte,
    headcount,
    income,
    income_bands,
    monthly_series,
    on_time_counts,
    operations,
    per_group,
    reach,
    retention,
    suppress,
    training,
)

START, END = date(2026, 1, 1), date(2026, 12, 31)


def _p(pid: int, **kw: object) -> PersonFacts:
    return PersonFacts(person_id=pid, **kw)  # type: ignore[arg-type]


PEOPLE = [
    # employed all year, impact worker, 3 dependents
    _p(1, gender="female", impact_worker=True, dependents=3, county="Nairobi",
       birth_date=date(2003, 5, 1), employments=(Employment(date(2025, 6, 1)),),
       baseline_income_cents=500_000, current_income_cents=1_500_000),
    # hired in the year, impact worker, no dependents recorded
    _p(2, gender="male", impact_worker=True, county="Nairobi", birth_date=date(1999, 1, 1),
       applied_on=date(2026, 1, 10), trained_from=date(2026, 2, 1),
       cohort_end=date(2026, 4, 30), completed=True, training_minutes=6000,
       employments=(Employment(date(2026, 5, 10)),),
       baseline_income_cents=0, current_income_cents=1_200_000),
    # hired in the year, not an impact worker, left voluntarily in the year
    _p(3, gender="female", dependents=1, county="Kiambu", birth_date=date(1985, 3, 3),
       employments=(Employment(date(2026, 2, 1), date(2026, 9, 1), "voluntary"),),
       baseline_income_cents=800_000, current_income_cents=1_000_000),
    # left for a better job (positive exit) in the year
    _p(4, gender="male", has_disability=True, impact_worker=True, county="Kisumu",
       employments=(Employment(date(2024, 1, 15), date(2026, 6, 30), "positive"),)),
    # trainee who did not complete, left
    _p(5, gender="female", applied_on=date(2026, 3, 1), trained_from=date(2026, 3, 15),
       cohort_end=date(2026, 6, 15), training_minutes=3000, left_training_on=date(2026, 5, 1),
       left_training_kind="voluntary"),
    # employed all year, fired in the year
    _p(6, gender="male", impact_worker=True, dependents=2,
       employments=(Employment(date(2025, 1, 1), date(2026, 3, 1), "involuntary"),)),
]


def test_headcount_counts_spells_covering_the_day() -> None:
    assert headcount(PEOPLE, START) == 3  # 1, 4, 6
    assert headcount(PEOPLE, END) == 2  # 1, 2
    assert headcount(PEOPLE, date(2026, 9, 1)) == 2  # 3 left that day


def test_reach() -> None:
    r = reach(PEOPLE, START, END)
    assert (r.recruited, r.trained, r.completed, r.hired) == (2, 2, 1, 2)
    assert (r.headcount_start, r.headcount_end) == (3, 2)
    assert r.impact_share == Ratio(2, 2)
    assert r.impact_share_new_hires == Ratio(1, 2)  # 2 yes, 3 no
    assert r.people_impacted == 2 + 3  # workers at the end + person 1's dependents
    assert r.dependents_missing == 1


def test_income_uplift_reports_zero_baselines_apart() -> None:
    workers = [p for p in PEOPLE if p.employed_on(END)] + [PEOPLE[2]]
    f = income(workers, poverty_line_cents=1_100_000, minimum_wage_cents=1_000_000)
    assert f.compared == 2  # persons 1 and 3
    assert f.median_ratio == Decimal("2.13")  # median of 3.0 and 1.25 = 2.125, half up
    assert f.from_zero == 1 and f.from_zero_median_current_cents == 1_200_000
    assert f.median_difference_cents == (1_000_000 + 200_000) // 2
    assert dict(f.distribution)["3× or more"] == 1
    assert dict(f.distribution)["1–1.5×"] == 1
    assert f.above_poverty_line == Ratio(2, 3)
    assert f.above_minimum_wage == Ratio(3, 3)
    assert f.wage_multiple_of_minimum == Decimal("1.23")  # (15+12+10)/3 ÷ 10


def test_income_counts_what_is_missing() -> None:
    f = income([_p(1), _p(2, baseline_income_cents=100), _p(3, current_income_cents=5)])
    assert (f.missing_baseline, f.missing_current, f.compared) == (2, 1, 0)
    assert f.median_ratio is None


def test_retention_turnover_tenure() -> None:
    r = retention(PEOPLE, START, END)
    assert (r.departures_voluntary, r.departures_involuntary, r.positive_exits) == (1, 1, 1)
    assert r.average_headcount == Decimal("2.5")
    assert r.turnover_voluntary == Decimal("0.4000")
    assert r.average_tenure_months is not None
    # tenure at the end: person 1 hired 2025-06-01 (19.0 months), person 2 2026-05-10 (7.7)
    assert r.average_tenure_months == Decimal("13.4")
    # 6-month anniversaries inside 2026: person 2 (Nov, employed) and 3 (Aug, left in Sep)
    assert r.retained_6m == Ratio(2, 2)
    # 12-month anniversaries inside 2026: person 1 (June) and 6 (January, left in March)
    assert r.retained_12m == Ratio(2, 2)


def test_retention_counts_who_had_left_by_the_anniversary() -> None:
    people = [
        _p(1, employments=(Employment(date(2025, 10, 1), date(2026, 2, 1), "voluntary"),)),
        _p(2, employments=(Employment(date(2025, 10, 1)),)),
        _p(3, employments=(Employment(date(2025, 3, 1), date(2026, 3, 1), "involuntary"),)),
        _p(4, employments=(Employment(date(2025, 2, 1), date(2026, 1, 31), "voluntary"),)),
    ]
    r = retention(people, START, END)
    assert r.retained_6m == Ratio(1, 2)  # anniversaries 2026-04-01: 1 had left, 2 stayed
    # 12-month anniversaries in 2026: 1 and 2 (October), 3 (left on the anniversary itself,
    # 2026-03-01: not employed that day), 4 (left the day before): only 2 stayed
    assert r.retained_12m == Ratio(1, 4)


def test_training_figures() -> None:
    t = training(PEOPLE, START, END)
    assert t.trainees == 2
    assert t.training_hours == Decimal("150.0")
    assert t.hours_per_trainee == Decimal("75.0")
    assert t.completion == Ratio(1, 2)
    assert t.placement == Ratio(1, 2)  # person 2 hired; person 5 left, not for a job


def test_breakdowns_and_small_cells() -> None:
    groups = breakdown(PEOPLE, Breakdown.GENDER, END)
    assert [(g.key, g.size) for g in groups] == [("female", 3), ("male", 3)]
    disability = {g.key: g.size for g in breakdown(PEOPLE, Breakdown.DISABILITY, END)}
    assert disability == {"with disability": 1, "without disability": 5}
    ages = {g.key: g.size for g in breakdown(PEOPLE, Breakdown.AGE, END)}
    assert ages == {"15–24": 1, "25–35": 1, "36+": 1, "unknown": 3}
    assert per_group(PEOPLE, Breakdown.COUNTY, END, len) == [
        ("Nairobi", 2, 2), ("Kiambu", 1, 1), ("Kisumu", 1, 1), ("unknown", 2, 2)]
    assert suppress(3) == "<5" and suppress(0) == "0" and suppress(5) == "5"
    assert suppress(None) == "—"


def test_age_band_edges() -> None:
    on = date(2026, 6, 1)
    assert age_band(date(2001, 6, 2), on) == "15–24"  # 24 the day before a birthday
    assert age_band(date(2001, 6, 1), on) == "25–35"
    assert age_band(date(1990, 6, 2), on) == "25–35"
    assert age_band(date(1990, 6, 1), on) == "36+"
    assert age_band(date(2015, 1, 1), on) == "under 15"


def test_empty_ranges_give_no_division_by_zero() -> None:
    r = reach([], START, END)
    assert r.impact_share.value is None
    assert retention([], START, END).turnover_voluntary is None
    assert training([], START, END).hours_per_trainee is None


def test_fte_counts_part_timers_pro_rata() -> None:
    workers = [_p(1, planned_week_minutes=40 * 60), _p(2, planned_week_minutes=20 * 60),
               _p(3, planned_week_minutes=50 * 60), _p(4), _p(5, planned_week_minutes=0)]
    # 1 + 0.5 + 1 (capped) + 1 (no roster, counted apart) + 0
    assert fte(workers) == (Decimal("3.5"), 1)
    assert fte(workers, full_time_week_minutes=45 * 60) == (Decimal("3.3"), 1)  # 0.889+0.444
    r = reach(PEOPLE, START, END)
    assert (r.fte, r.fte_without_roster) == (Decimal("2.0"), 2)


def test_monthly_series_sweeps_hires_and_departures() -> None:
    points = monthly_series(PEOPLE, START, END)
    assert len(points) == 12 and points[0].month == date(2026, 1, 1)
    by_month = {p.month.month: p for p in points}
    assert by_month[1].headcount == 3  # 1, 4, 6 on 31 January
    assert by_month[2].headcount == 4 and by_month[2].hires == 1  # 3 hired 1 February
    assert by_month[3].involuntary == 1 and by_month[3].headcount == 3  # 6 left 1 March
    assert by_month[6].positive == 1  # 4 left 30 June: not employed that day
    assert by_month[6].headcount == 3  # 1, 2, 3
    assert by_month[9].voluntary == 1 and by_month[12].headcount == headcount(PEOPLE, END)
    # every month's headcount agrees with the person-by-person count
    for p in points:
        following = date(2026 + p.month.month // 12, p.month.month % 12 + 1, 1)
        assert p.headcount == headcount(PEOPLE, following - timedelta(days=1))
    short = monthly_series(PEOPLE, date(2026, 3, 15), date(2026, 4, 10))
    assert [(p.month, p.headcount) for p in short] == [(date(2026, 3, 1), 3),
                                                       (date(2026, 4, 1), 3)]


def test_income_bands_before_and_after() -> None:
    bands = dict((label, (b, a)) for label, b, a in income_bands(PEOPLE))
    # 1: 5,000 -> 15,000; 2: 0 -> 12,000; 3: 8,000 -> 10,000; others lack figures
    assert bands["no income"] == (1, 0)
    assert bands["5,000–9,999"] == (2, 0)
    assert bands["10,000–14,999"] == (0, 2)
    assert bands["15,000–19,999"] == (0, 1)
    assert sum(b for b, _ in bands.values()) == sum(a for _, a in bands.values()) == 3


def test_operations_figures() -> None:
    f = operations(OperationsFacts(checked=3000, errors=7, batches_due=8, batches_on_time=6,
                                   productive_minutes=5400, paid_minutes=7200,
                                   downtime_minutes=95))
    assert f.accuracy_pct == Decimal("99.76")  # 99.7666… truncated, never rounded up
    assert f.on_time == Ratio(6, 8) and f.on_time.percent == Decimal("75.0")
    assert f.utilisation_pct == Decimal("75.0")
    assert (f.productive_hours, f.paid_hours, f.downtime_hours) == (
        Decimal("90.0"), Decimal("120.0"), Decimal("1.6"))
    empty = operations(OperationsFacts())
    assert empty.accuracy_pct is None and empty.utilisation_pct is None
    assert empty.on_time.value is None


def test_on_time_counts_overdue_but_not_pending_batches() -> None:
    batches = [(date(2026, 3, 10), date(2026, 3, 9)),  # early
               (date(2026, 3, 10), date(2026, 3, 10)),  # on the day
               (date(2026, 3, 10), date(2026, 3, 12)),  # late
               (date(2026, 3, 20), None),  # overdue on the 25th
               (date(2026, 3, 30), None),  # not yet due on the 25th: not counted
               (date(2026, 2, 27), date(2026, 3, 1))]  # due outside the period
    assert on_time_counts(batches, date(2026, 3, 1), date(2026, 3, 31),
                          date(2026, 3, 25)) == (4, 2)


def test_every_definition_is_in_the_help_text() -> None:
    text = definitions_markdown()
    for key, d in DEFINITIONS.items():
        assert d.title in text and d.text in text, key
    coded = {d.iris for d in DEFINITIONS.values() if d.iris}
    assert coded == {"OI6176", "OI4724", "OI1638", "OI3989", "OI2248", "OI7877"}

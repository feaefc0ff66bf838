"""The pay rules (domain.payroll, domain.payroll_periods): exact cents at the edges, and
properties — net = gross − deductions for any terms and inputs, register totals reconcile."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from issp_desktop.domain import payroll as pay
from issp_desktop.domain.payroll_periods import (
    bounds_containing,
    days_in_stage,
    month_bounds,
    mpesa_msisdn,
    next_bounds,
    parse_mpesa_columns,
    parse_period_name,
)
from issp_desktop.errors import ValidationError
from issp_desktop.services.rule_packs import shipped_pack

KE = shipped_pack("KE")
OCT = pay.PeriodIn(date(2026, 10, 1), date(2026, 10, 31))


def test_mul_div_rounds_half_up_both_signs() -> None:
    assert pay.mul_div(1, 1, 2) == 1
    assert pay.mul_div(-1, 1, 2) == -1
    assert pay.mul_div(10, 1, 3) == 3
    assert pay.mul_div(2_500_000, 1, 225) == 11_111


def test_hourly_rate_of_each_kind() -> None:
    div = pay.Divisors()
    assert pay.hourly_rate(pay.Terms(pay.PayKind.MONTHLY, 2_250_000), div)[0] == 10_000
    assert pay.hourly_rate(pay.Terms(pay.PayKind.DAILY, 90_000), div)[0] == 10_400
    assert pay.hourly_rate(pay.Terms(pay.PayKind.HOURLY, 12_345), div)[0] == 12_345
    assert pay.hourly_rate(pay.Terms(pay.PayKind.MONTHLY, 1, hourly_rate_cents=500), div)[0] \
        == 500


def test_salary_pro_rata_and_unpaid_days() -> None:
    terms = pay.Terms(pay.PayKind.MONTHLY, 3_100_000, statutory=False)
    half = pay.compute_pay(terms, pay.PeriodIn(OCT.starts_on, OCT.ends_on, employed_days=10))
    assert half.gross_cents == 1_000_000  # 31,000 × 10 ÷ 31
    unpaid = pay.compute_pay(terms, OCT, hours=pay.Hours(absences=1, unpaid_leave_days=1))
    assert unpaid.by_code(pay.Section.EARNING)["UNPAID"] == -2 * pay.mul_div(3_100_000, 1, 26)
    none = pay.compute_pay(terms, pay.PeriodIn(OCT.starts_on, OCT.ends_on, employed_days=0))
    assert none.gross_cents == 0 and not none.lines
    everything = pay.compute_pay(terms, OCT, hours=pay.Hours(absences=40))
    assert everything.gross_cents == 0  # never below zero


def test_weekly_salary_and_statutory_scaling() -> None:
    week = pay.PeriodIn(date(2026, 11, 2), date(2026, 11, 8), pay.PeriodKind.WEEKLY)
    r = pay.compute_pay(pay.Terms(pay.PayKind.MONTHLY, 3_650_000), week,
                        version=KE.version_on(date(2026, 11, 8)), pack_code="KE")
    assert r.by_code(pay.Section.EARNING)["BASIC"] == pay.mul_div(3_650_000, 12 * 7, 365)
    assert "monthly equivalent" in next(x.working for x in r.lines if x.code == "NSSF")
    assert r.net_cents == r.gross_cents - r.deductions_cents


def test_standby_counts_only_paid_outage_not_worked() -> None:
    h = pay.Hours(planned=480, worked=300, downtime=240, unpaid_downtime=60)
    assert h.normal == 300 and h.standby == 180
    h = pay.Hours(planned=480, worked=480, downtime=240)
    assert h.standby == 0


def test_floor_top_up_only_when_below() -> None:
    floor = pay.Floor("General labourer", "Nairobi", date(2024, 11, 1), 2_250_000, None)
    terms = pay.Terms(pay.PayKind.PIECE, 0, job_category="General labourer", location="Nairobi",
                      statutory=False)
    hours = pay.Hours(planned=600, worked=600, overtime_weekday=60)
    low = pay.compute_pay(terms, OCT, hours=hours, floor=floor,
                          pieces=[pay.Piece("Forms", "Jamii", 100, 100)])
    owed = 9 * 10_000 + 15_000  # 9 h normal + 1 h at 1.5×, floor 100.00/h
    assert low.gross_cents == owed
    assert low.by_code(pay.Section.EARNING)["TOPUP"] == owed - 10_000
    high = pay.compute_pay(terms, OCT, hours=hours, floor=floor,
                           pieces=[pay.Piece("Forms", "Jamii", 10_000, 100)])
    assert "TOPUP" not in high.by_code(pay.Section.EARNING)
    no_floor = pay.compute_pay(pay.Terms(pay.PayKind.PIECE, 0, statutory=False), OCT,
                               hours=hours, pieces=[pay.Piece("Forms", "Jamii", 1, None)])
    assert no_floor.gross_cents == 0
    assert any(x.code == "PIECE_NO_RATE" for x in no_floor.lines)


def test_stipends_are_not_wages() -> None:
    r = pay.compute_pay(pay.Terms(pay.PayKind.STIPEND, 0), OCT,
                        stipends=[pay.StipendIn(date(2026, 10, 9), "transport", 150_000)],
                        version=KE.version_on(date(2026, 10, 31)), pack_code="KE")
    assert r.gross_cents == 150_000 and r.deductions_cents == 0 and r.statutory_base_cents == 0


def test_absurd_gross_is_refused() -> None:
    with pytest.raises(ValidationError, match="past what a payslip"):
        pay.compute_pay(pay.Terms(pay.PayKind.HOURLY, 10_000_000), OCT,
                        hours=pay.Hours(worked=10**9), version=KE.version_on(OCT.ends_on))


terms_st = st.builds(
    pay.Terms, st.sampled_from(list(pay.PayKind)), st.integers(0, 50_000_000),
    st.one_of(st.none(), st.integers(1, 500_000)), st.integers(10_000, 40_000),
    st.integers(10_000, 40_000), st.sampled_from(["", "General labourer"]),
    st.just("Nairobi"), st.booleans())
hours_st = st.builds(pay.Hours, st.integers(0, 15_000), st.integers(0, 15_000),
                     st.integers(0, 3_000), st.integers(0, 3_000), st.integers(0, 2_000),
                     st.integers(0, 1_000), st.integers(0, 5), st.integers(0, 5))
items_st = st.lists(st.builds(pay.ItemIn, st.sampled_from(list(pay.ItemKind)), st.just(""),
                              st.integers(1, 1_000_000), st.booleans()), max_size=4)
adj_st = st.lists(st.builds(pay.AdjustmentIn, st.integers(-500_000, 500_000).filter(bool),
                            st.just("fix"), st.just("payslip 2026-09 #1"), st.booleans()),
                  max_size=3)
day_st = st.dates(date(2024, 2, 1), date(2027, 12, 31))


@settings(max_examples=300, deadline=None)
@given(terms_st, hours_st, items_st, adj_st, day_st,
       st.lists(st.integers(0, 200_000), max_size=3), st.integers(0, 31))
def test_net_is_gross_minus_deductions(terms: pay.Terms, hours: pay.Hours,
                                       items: list[pay.ItemIn], adjs: list[pay.AdjustmentIn],
                                       on: date, stipends: list[int], employed: int) -> None:
    floor = pay.Floor("General labourer", "Nairobi", date(2024, 11, 1), 1_611_375, None)
    period = pay.PeriodIn(date(on.year, on.month, 1), on, employed_days=min(employed, on.day))
    r = pay.compute_pay(terms, period, hours=hours, items=items, adjustments=adjs, floor=floor,
                        pieces=[pay.Piece("P", "C", 1000, 7)],
                        stipends=[pay.StipendIn(on, "transport", c) for c in stipends],
                        version=KE.version_on(on), pack_code="KE")
    earnings = sum(x.amount_cents for x in r.lines if x.section is pay.Section.EARNING)
    deductions = sum(x.amount_cents for x in r.lines if x.section is pay.Section.DEDUCTION)
    assert r.gross_cents == earnings and r.deductions_cents == deductions
    assert r.net_cents == r.gross_cents - r.deductions_cents
    assert all(x.amount_cents >= 0 for x in r.lines if x.section is pay.Section.DEDUCTION)
    assert all(isinstance(x.amount_cents, int) for x in r.lines)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(terms_st, hours_st, items_st), min_size=1, max_size=12))
def test_register_totals_reconcile(people: list[tuple[pay.Terms, pay.Hours,
                                                      list[pay.ItemIn]]]) -> None:
    results = [pay.compute_pay(t, OCT, hours=h, items=i, version=KE.version_on(OCT.ends_on),
                               pack_code="KE") for t, h, i in people]
    by_code: dict[str, int] = {}
    for r in results:
        for code, cents in r.by_code(pay.Section.DEDUCTION).items():
            by_code[code] = by_code.get(code, 0) + cents
    gross = sum(r.gross_cents for r in results)
    deductions = sum(r.deductions_cents for r in results)
    net = sum(r.net_cents for r in results)
    assert net + deductions == gross
    assert sum(by_code.values()) == deductions


def test_period_names_and_bounds() -> None:
    assert month_bounds(2024, 2).ends_on == date(2024, 2, 29)
    assert parse_period_name("2026-1") == "2026-01"
    with pytest.raises(ValidationError):
        parse_period_name("2026-13")
    with pytest.raises(ValidationError):
        parse_period_name("November")
    week = bounds_containing(pay.PeriodKind.WEEKLY, date(2026, 11, 18))
    assert (week.name, week.starts_on, week.ends_on) == ("2026-W47", date(2026, 11, 16),
                                                         date(2026, 11, 22))
    fort = bounds_containing(pay.PeriodKind.FORTNIGHTLY, date(2026, 11, 18))
    assert (fort.ends_on - fort.starts_on).days == 13 and fort.starts_on.weekday() == 0
    nxt = next_bounds(pay.PeriodKind.MONTHLY, date(2026, 12, 31), date(2020, 1, 1))
    assert nxt.name == "2027-01"


def test_mpesa_numbers_and_columns() -> None:
    assert mpesa_msisdn("+254 712 345 678") == "254712345678"
    assert mpesa_msisdn("0112345678") == "254112345678"
    for bad in ("", "0812345678", "+256712345678", "07123", "phone"):
        assert mpesa_msisdn(bad) is None
    assert parse_mpesa_columns("")[0] == ("Phone Number", "phone")
    assert parse_mpesa_columns('[["MSISDN","phone"],["Amt","amount_whole"]]')[1] == (
        "Amt", "amount_whole")
    for bad, message in (('[["A","nope"]]', "unknown field"), ("{", "not JSON"),
                         ('[["A","name"]]', "phone and an amount")):
        with pytest.raises(ValidationError, match=message):
            parse_mpesa_columns(bad)


def test_days_in_stage() -> None:
    changes = [(date(2026, 1, 5), "trainee"), (date(2026, 10, 10), "worker"),
               (date(2026, 10, 25), "alumnus")]
    assert days_in_stage(changes, "alumnus", "worker", date(2026, 10, 1),
                         date(2026, 10, 31)) == 15
    assert days_in_stage(changes, "alumnus", "trainee", date(2026, 10, 1),
                         date(2026, 10, 31)) == 9
    assert days_in_stage([], "worker", "worker", date(2026, 10, 1), date(2026, 10, 31)) == 31

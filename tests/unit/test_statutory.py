"""Kenyan statutory deductions: the published worked example, every band edge, every
effective date, and properties that hold for any gross."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from issp_desktop.domain.rule_pack import parse_pack, with_version
from issp_desktop.domain.statutory import banded_tax, compute, compute_on, fmt_cents
from issp_desktop.errors import ValidationError
from issp_desktop.services.rule_packs import shipped_codes, shipped_pack

KE = shipped_pack("KE")
KES = 100  # cents per shilling


def _d(on: date, gross_kes: Decimal | int) -> dict[str, int]:
    return compute_on(KE, int(Decimal(gross_kes) * KES), on).deductions


def test_published_example_february_2025() -> None:
    r = compute_on(KE, 50_000 * KES, date(2025, 2, 28))
    assert r.deductions == {"NSSF": 300_000, "SHIF": 137_500, "AHL": 75_000, "PAYE": 584_585}
    assert r.taxable_cents == 4_487_500
    assert r.net_cents == 3_902_915
    assert r.employer == {"NSSF": 300_000, "AHL": 75_000}


def test_shipped_packs_parse_and_cite_their_sources() -> None:
    assert {"KE", "none"} <= set(shipped_codes())
    for version in KE.versions:
        for component in version.components:
            assert component.source, (version.effective_from, component.code)
        assert version.tax is not None and version.tax.source


@pytest.mark.parametrize(("effective", "lower", "upper"), [
    (date(2024, 2, 1), 7_000, 36_000),
    (date(2025, 2, 1), 8_000, 72_000),
    (date(2026, 2, 1), 9_000, 108_000),
])
def test_nssf_tiers_at_each_limit(effective: date, lower: int, upper: int) -> None:
    assert _d(effective, lower)["NSSF"] == lower * 6  # 6% in cents: lower * 100 * 0.06
    assert _d(effective, lower + 1)["NSSF"] == (lower + 1) * 6
    assert _d(effective, upper)["NSSF"] == upper * 6
    assert _d(effective, upper + 1)["NSSF"] == upper * 6  # capped at the upper limit
    assert _d(effective, upper * 3)["NSSF"] == upper * 6
    employer = compute_on(KE, upper * 3 * KES, effective).employer["NSSF"]
    assert employer == upper * 6


def test_nssf_limits_change_on_the_effective_day_not_before() -> None:
    for effective, before_cap, after_cap in ((date(2025, 2, 1), 36_000, 72_000),
                                             (date(2026, 2, 1), 72_000, 108_000)):
        assert _d(effective - timedelta(days=1), 200_000)["NSSF"] == before_cap * 6
        assert _d(effective, 200_000)["NSSF"] == after_cap * 6


def test_shif_rate_and_minimum_edge() -> None:
    on = date(2025, 6, 1)
    # 2.75% reaches the KES 300 minimum at gross 10,909.09...
    assert _d(on, 10_000)["SHIF"] == 300 * KES
    assert _d(on, Decimal("10909.09"))["SHIF"] == 300 * KES
    assert _d(on, Decimal("10909.10"))["SHIF"] == 30_000  # 299.999... rounds to 300.00
    assert _d(on, 11_000)["SHIF"] == 30_250
    assert _d(on, 0)["SHIF"] == 300 * KES  # the minimum applies even to a tiny gross


def test_shif_replaces_nhif_on_1_october_2024() -> None:
    before = _d(date(2024, 9, 30), 50_000)
    after = _d(date(2024, 10, 1), 50_000)
    assert "NHIF" in before and "SHIF" not in before
    assert before["NHIF"] == 1_200 * KES
    assert "SHIF" in after and "NHIF" not in after


@pytest.mark.parametrize(("gross", "nhif"), [
    (5_999, 150), (6_000, 300), (7_999, 300), (8_000, 400), (49_999, 1_100),
    (50_000, 1_200), (99_999, 1_600), (100_000, 1_700), (1_000_000, 1_700),
])
def test_nhif_band_edges(gross: int, nhif: int) -> None:
    assert _d(date(2024, 6, 1), gross)["NHIF"] == nhif * KES


def test_housing_levy_both_shares() -> None:
    r = compute_on(KE, 123_456 * KES, date(2026, 3, 1))
    assert r.deductions["AHL"] == 185_184  # 1.5% of 123,456.00 = 1,851.84
    assert r.employer["AHL"] == 185_184


@pytest.mark.parametrize(("taxable", "tax"), [
    ("24000", "2400.00"), ("24000.01", "2400.00"),  # 0.0025 rounds to 0.00
    ("24000.04", "2400.01"), ("32333", "4483.25"), ("32334", "4483.55"),
    ("500000", "144783.35"), ("500001", "144783.68"), ("800000", "242283.35"),
    ("800001", "242283.70"),
])
def test_paye_band_edges(taxable: str, tax: str) -> None:
    version = KE.version_on(date(2026, 3, 1))
    assert version.tax is not None
    amount, _parts = banded_tax(version.tax.bands, Decimal(taxable))
    assert f"{amount.quantize(Decimal('0.01')):f}" == tax


def test_paye_never_negative_below_the_personal_relief() -> None:
    assert _d(date(2026, 3, 1), 20_000)["PAYE"] == 0


def test_shif_and_levy_deductible_from_27_december_2024() -> None:
    before = compute_on(KE, 50_000 * KES, date(2024, 12, 26))
    after = compute_on(KE, 50_000 * KES, date(2024, 12, 27))
    # before: taxable = gross - NSSF; reliefs of 15% on SHIF and AHL
    assert before.taxable_cents == (50_000 - 2_160) * KES
    assert {r.code for r in before.reliefs} == {"PERSONAL_RELIEF", "SHIF_RELIEF", "AHL_RELIEF"}
    # after: SHIF and AHL come off taxable pay; no insurance or housing relief
    assert after.taxable_cents == (50_000 - 2_160 - 1_375 - 750) * KES
    assert {r.code for r in after.reliefs} == {"PERSONAL_RELIEF"}


def test_pension_deduction_cap_in_taxable_pay() -> None:
    # a pack version whose NSSF exceeds the 30,000 cap: only 30,000 comes off taxable pay
    raw = {
        "code": "T", "versions": [{
            "effective_from": "2025-01-01",
            "components": [{"code": "NSSF", "kind": "percent", "employee_rate": "0.5"}],
            "tax": {"bands": [[None, "0.1"]], "personal_relief": "0",
                    "deductible": [{"code": "NSSF", "cap": "30000"}]},
        }],
    }
    pack = parse_pack(raw)
    r = compute_on(pack, 100_000 * KES, date(2025, 1, 1))
    assert r.deductions["NSSF"] == 50_000 * KES
    assert r.taxable_cents == 70_000 * KES


def test_none_pack_pays_gross_as_net() -> None:
    r = compute_on(shipped_pack("none"), 12_345_67, date(2026, 1, 1))
    assert r.deductions == {}
    assert r.net_cents == 12_345_67


def test_whole_shilling_rounding_is_part_of_the_pack() -> None:
    raw = {
        "code": "R", "versions": [{
            "effective_from": "2025-01-01",
            "components": [{"code": "SHIF", "kind": "percent", "employee_rate": "0.0275",
                            "rounding": "whole"}],
            "tax": None,
        }],
    }
    r = compute_on(parse_pack(raw), 33_333 * KES, date(2025, 1, 1))
    assert r.deductions["SHIF"] == 917 * KES  # 916.66 rounds to 917


@pytest.mark.parametrize(("raw", "message"), [
    ({"code": "X", "versions": []}, "has no versions"),
    ({"code": "X", "versions": [{"effective_from": "2025-13-01"}]}, "effective_from"),
    ({"code": "X", "versions": [{"effective_from": "2025-01-01", "components": [
        {"code": "A", "kind": "percent", "employee_rate": 0.05}]}]}, "not a float"),
    ({"code": "X", "versions": [{"effective_from": "2025-01-01", "components": [
        {"code": "A", "kind": "percent", "employee_rate": "6"}]}]}, "above 100%"),
    ({"code": "X", "versions": [{"effective_from": "2025-01-01", "components": [
        {"code": "A", "kind": "tiered", "lower_limit": "9", "upper_limit": "3",
         "employee_rate": "0.06"}]}]}, "below the lower"),
    ({"code": "X", "versions": [{"effective_from": "2025-01-01", "components": [],
                                 "tax": {"bands": [["100", "0.1"]]}}]}, "open-ended"),
    ({"code": "X", "versions": [{"effective_from": "2025-01-01", "components": [],
                                 "tax": {"bands": [[None, "0.1"]],
                                         "deductible": [{"code": "NSSF"}]}}]},
     "not a component"),
    ({"code": "X", "versions": [{"effective_from": "2025-02-01"},
                                {"effective_from": "2025-01-01"}]}, "rising dates"),
])
def test_bad_packs_are_refused_with_the_reason(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_pack(raw)


def test_dates_before_the_pack_and_bad_gross_are_refused() -> None:
    with pytest.raises(ValidationError, match="before the KE rule pack"):
        compute_on(KE, 100, date(2023, 1, 1))
    with pytest.raises(ValidationError, match="negative"):
        compute(KE.versions[-1], -1)
    with pytest.raises(ValidationError, match="check the amount"):
        compute(KE.versions[-1], 10**15)


def test_a_centre_version_replaces_the_same_date_and_adds_after() -> None:
    extra = parse_pack({"code": "KE", "versions": [{
        "effective_from": "2027-01-01", "components": [], "tax": None}]}).versions[0]
    pack = with_version(KE, extra)
    assert pack.version_on(date(2027, 5, 1)).components == ()
    assert pack.version_on(date(2026, 5, 1)) == KE.version_on(date(2026, 5, 1))


@settings(max_examples=300, deadline=None)
@given(gross=st.integers(min_value=0, max_value=5_000_000 * KES),
       on=st.dates(min_value=date(2024, 2, 1), max_value=date(2027, 12, 31)))
def test_net_plus_deductions_is_gross(gross: int, on: date) -> None:
    r = compute_on(KE, gross, on)
    assert r.net_cents + r.total_deductions_cents == gross
    assert all(v >= 0 for v in r.deductions.values())
    assert all(v >= 0 for v in r.employer.values())
    assert 0 <= r.taxable_cents <= gross
    assert fmt_cents(r.net_cents).count(".") == 1


@settings(max_examples=200, deadline=None)
@given(a=st.integers(min_value=0, max_value=2_000_000 * KES),
       b=st.integers(min_value=0, max_value=2_000_000 * KES))
def test_paye_rises_with_taxable_pay(a: int, b: int) -> None:
    version = KE.version_on(date(2026, 3, 1))
    assert version.tax is not None
    low, high = sorted((a, b))
    tax_low, _ = banded_tax(version.tax.bands, Decimal(low) / 100)
    tax_high, _ = banded_tax(version.tax.bands, Decimal(high) / 100)
    assert tax_low <= tax_high

"""The pure rules of deliverables: status moves, sample sizes, accuracy, lateness, money."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from issp_desktop.domain import deliverables as r
from issp_desktop.errors import ValidationError

S = r.Status


@pytest.mark.parametrize(("now", "to"), [
    (S.RECEIVED, S.IN_PROGRESS), (S.IN_PROGRESS, S.IN_QA), (S.IN_QA, S.REWORK),
    (S.REWORK, S.IN_QA), (S.DELIVERED, S.ACCEPTED), (S.DELIVERED, S.REJECTED),
    (S.REJECTED, S.REWORK), (S.IN_QA, S.IN_PROGRESS)])
def test_allowed_moves(now: r.Status, to: r.Status) -> None:
    assert r.check_move(now, to) is to


@pytest.mark.parametrize(("now", "to", "words"), [
    (S.RECEIVED, S.DELIVERED, "can only move to in progress, not to delivered"),
    (S.ACCEPTED, S.REWORK, "accepted; that is final"),
    (S.IN_PROGRESS, S.ACCEPTED, "can only move to in qa"),
])
def test_refused_moves(now: r.Status, to: r.Status, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        r.check_move(now, to)


def test_delivery_needs_a_passing_check() -> None:
    with pytest.raises(ValidationError, match="has had no quality check"):
        r.check_move(S.IN_QA, S.DELIVERED)
    with pytest.raises(ValidationError, match="failed its last check"):
        r.check_move(S.IN_QA, S.DELIVERED, last_qa_passed=False)
    assert r.check_move(S.IN_QA, S.DELIVERED, last_qa_passed=True) is S.DELIVERED


@pytest.mark.parametrize(("units", "bp", "minimum", "want"), [
    (1000, 500, 50, 50), (2000, 500, 50, 100), (2001, 500, 50, 101), (30, 500, 50, 30),
    (0, 500, 50, 0), (10_000, 1000, 0, 1000), (7, 10_000, 1, 7)])
def test_sample_size(units: int, bp: int, minimum: int, want: int) -> None:
    assert r.sample_size(units, bp, minimum) == want


@given(st.integers(1, 10**7), st.integers(0, 10_000), st.integers(0, 500))
def test_sample_never_exceeds_the_batch(units: int, bp: int, minimum: int) -> None:
    size = r.sample_size(units, bp, minimum)
    assert min(units, minimum) <= size <= units


def test_accuracy_and_pass() -> None:
    assert r.accuracy_bp(2000, 10) == 9950
    assert r.accuracy_bp(3, 1) == 6666  # truncated, never rounded up
    assert r.qa_passed(2000, 10, 9950) and not r.qa_passed(2000, 11, 9950)
    with pytest.raises(ValidationError, match="errors: 5 errors is more than the 4 fields"):
        r.accuracy_bp(4, 5)
    with pytest.raises(ValidationError, match="errors: -1 is negative"):
        r.accuracy_bp(4, -1)
    with pytest.raises(ValidationError, match="checked: 0 is outside"):
        r.accuracy_bp(0, 0)


@given(st.integers(1, 10**6), st.data())
def test_pass_agrees_with_accuracy(checked: int, data: st.DataObject) -> None:
    errors = data.draw(st.integers(0, checked))
    target = data.draw(st.integers(1, 10_000))
    exact = (checked - errors) / checked * 10_000
    assert r.qa_passed(checked, errors, target) == (exact >= target - 1e-9)


def test_category_counts_must_add_up() -> None:
    assert r.check_category_counts(5, {"omission": 2, "formatting": 3}) == {
        "omission": 2, "formatting": 3}
    assert r.check_category_counts(5, {}) == {}
    with pytest.raises(ValidationError, match="add up to 4, not to the 5"):
        r.check_category_counts(5, {"omission": 4})
    with pytest.raises(ValidationError, match="category omission: -1 is negative"):
        r.check_category_counts(0, {"omission": -1})


def test_late() -> None:
    due = date(2026, 3, 31)
    assert r.is_late(S.IN_PROGRESS, due, None, date(2026, 4, 1))
    assert not r.is_late(S.IN_PROGRESS, due, None, due)
    assert r.is_late(S.ACCEPTED, due, date(2026, 4, 2), date(2026, 4, 3))
    assert not r.is_late(S.DELIVERED, due, date(2026, 3, 30), date(2026, 5, 1))
    assert r.is_late(S.REWORK, due, date(2026, 3, 30), date(2026, 4, 5))  # back, not out
    with pytest.raises(ValidationError, match="due date: 2026-03-30 is before the received"):
        r.check_dates(date(2026, 3, 31), date(2026, 3, 30))


def test_percent_and_units_per_hour() -> None:
    assert r.parse_percent_bp("x", "99.5 %") == 9950
    assert r.parse_percent_bp("x", "100") == 10_000
    with pytest.raises(ValidationError):
        r.parse_percent_bp("x", "99.555")
    with pytest.raises(ValidationError):
        r.parse_percent_bp("x", "101")
    assert r.fmt_bp(9905) == "99.05" and r.fmt_bp(None) == "—"
    assert r.units_per_hour_x100(100, 60) == 10_000
    assert r.units_per_hour_x100(1, 7) == 857  # 8.571… -> 8.57
    assert r.units_per_hour_x100(5, 0) is None
    assert r.check_reference("  JB 0001 ") == "JB 0001"
    with pytest.raises(ValidationError, match="reference"):
        r.check_reference("a=b")

"""Training rules at their edges: attendance with excused sessions, thresholds met exactly,
typing passed at exactly the minimums, no modules, and the parsing of typed grid values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from issp_desktop.domain.people import (
    Attendance,
    at_risk,
    attendance_pct,
    module_passed,
    programme_complete,
)
from issp_desktop.errors import ValidationError
from issp_desktop.services.training_rules import (
    check_accuracy_bp,
    check_range,
    format_accuracy,
    parse_accuracy_bp,
    parse_score,
    parse_status,
    parse_wpm,
)

# --- attendance --------------------------------------------------------------------------------


def test_excused_sessions_do_not_count() -> None:
    assert attendance_pct(present=3, late=1, absent=0) == 100.0
    assert attendance_pct(present=4, late=0, absent=1) == 80.0


def test_only_excused_or_no_sessions_means_no_figure_yet() -> None:
    assert attendance_pct(0, 0, 0) is None
    assert not at_risk(None, 80, 0)  # nothing known yet: not at risk for attendance
    assert not programme_complete(3, 3, None, 80)  # and not complete either


def test_late_counts_as_attended() -> None:
    assert attendance_pct(present=0, late=5, absent=0) == 100.0


# --- thresholds --------------------------------------------------------------------------------


def test_attendance_threshold_exactly_met_completes() -> None:
    assert programme_complete(2, 2, 80.0, 80)
    assert not at_risk(80.0, 80, 0)


def test_just_under_the_threshold_is_at_risk_and_not_complete() -> None:
    just_under = attendance_pct(present=79, late=0, absent=21)
    assert just_under == 79.0
    assert not programme_complete(2, 2, just_under, 80)
    assert at_risk(just_under, 80, 0)
    assert not programme_complete(2, 2, 79.99, 80)


def test_a_failed_module_is_a_risk_even_with_full_attendance() -> None:
    assert at_risk(100.0, 80, 1)


def test_no_modules_never_completes() -> None:
    assert not programme_complete(0, 0, 100.0, 80)


def test_threshold_zero_completes_with_any_attendance() -> None:
    assert programme_complete(1, 1, 0.0, 0)


# --- passing a module --------------------------------------------------------------------------


def test_typing_passed_at_exactly_the_minimums() -> None:
    assert module_passed("typing", 0, 30, 9500, None, 30, 9500)
    assert not module_passed("typing", 0, 30, 9500, None, 29, 9999)
    assert not module_passed("typing", 0, 30, 9500, None, 60, 9499)
    assert not module_passed("typing", 0, 30, 9500, None, 30, None)


def test_test_module_passed_at_exactly_the_pass_mark() -> None:
    assert module_passed("test", 60, None, None, 60, None, None)
    assert not module_passed("test", 60, None, None, 59, None, None)
    assert not module_passed("test", 60, None, None, None, None, None)
    assert module_passed("test", 0, None, None, 0, None, None)


# --- typed values ------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "bp"), [
    ("95", 9500), ("95.5", 9550), ("95.25", 9525), ("95.05", 9505), ("0", 0), ("100", 10_000),
    (" 96.5 % ", 9650), ("100.00", 10_000), ("7", 700),
])
def test_accuracy_to_basis_points(raw: str, bp: int) -> None:
    assert parse_accuracy_bp(raw) == bp


@pytest.mark.parametrize(("raw", "why"), [
    ("100.01", "over 100"), ("101", "over 100"), ("95.255", "more than 2 decimals"),
    ("-1", "not a percentage"), ("abc", "not a percentage"), ("", "not a percentage"),
    ("95,5", "not a percentage"), ("1e2", "not a percentage"), ("9 5", "not a percentage"),
])
def test_bad_accuracy_is_refused(raw: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_accuracy_bp(raw)
    assert why in info.value.reason


@given(st.integers(min_value=0, max_value=10_000))
def test_accuracy_round_trips(bp: int) -> None:
    assert parse_accuracy_bp(format_accuracy(bp)) == bp


def test_format_accuracy() -> None:
    assert format_accuracy(9500) == "95"
    assert format_accuracy(9550) == "95.5"
    assert format_accuracy(9505) == "95.05"
    assert format_accuracy(None) == ""


@pytest.mark.parametrize("raw", ["0", "100", " 55 "])
def test_scores_in_range(raw: str) -> None:
    assert 0 <= parse_score(raw) <= 100


@pytest.mark.parametrize(("raw", "why"), [
    ("101", "outside 0–100"), ("-1", "not a whole number"), ("7.5", "not a whole number"),
    ("", "not a whole number"), ("seventy", "not a whole number"),
])
def test_bad_scores_are_refused(raw: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_score(raw)
    assert why in info.value.reason


def test_words_per_minute_up_to_250() -> None:
    assert parse_wpm("250") == 250
    assert parse_wpm("0") == 0
    with pytest.raises(ValidationError, match="outside 0–250"):
        parse_wpm("251")


def test_check_range_refuses_bools_and_floats() -> None:
    with pytest.raises(ValidationError):
        check_range("score", True, 0, 100)
    with pytest.raises(ValidationError):
        check_range("score", 50.0, 0, 100)
    with pytest.raises(ValidationError, match="outside 0–100 %"):
        check_accuracy_bp("accuracy", 10_001)


@pytest.mark.parametrize(("raw", "status"), [
    ("P", Attendance.PRESENT), ("l", Attendance.LATE), ("absent", Attendance.ABSENT),
    ("E", Attendance.EXCUSED), (" Excused ", Attendance.EXCUSED),
])
def test_roll_call_statuses(raw: str, status: Attendance) -> None:
    assert parse_status(raw) is status


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValidationError, match="not present, late"):
        parse_status("X")

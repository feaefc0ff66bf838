"""The roster rules at their edges: overlap, length, payroll lock, rest, weekly hours (night
maximum), leave; local wall clock to UTC in Nairobi and across a summer-time change."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from issp_desktop.domain import roster as rr
from issp_desktop.errors import ValidationError

NBO = ZoneInfo("Africa/Nairobi")
LIMITS = rr.Limits()


def span(key: int, start: datetime, hours: float, person: int = 1, night: bool = False,
         brk: int = 0) -> rr.ShiftSpan:
    return rr.ShiftSpan(key, person, start, start + timedelta(minutes=round(hours * 60)), brk,
                        night)


def at(day: date, hh: int, mm: int = 0, tz: ZoneInfo = NBO) -> datetime:
    return rr.local_start(day, hh * 60 + mm, tz)


def rules(conflicts: list[rr.Conflict]) -> list[rr.Rule]:
    return [c.rule for c in conflicts]


MON = date(2026, 11, 23)


def test_local_start_nairobi_is_utc_plus_three() -> None:
    assert rr.local_start(MON, 7 * 60, NBO) == datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    assert rr.local_start(MON, 0, NBO) == datetime(2026, 11, 22, 21, 0, tzinfo=UTC)


def test_local_start_keeps_the_wall_clock_across_summer_time() -> None:
    paris = ZoneInfo("Europe/Paris")
    before = rr.local_start(date(2026, 3, 28), 7 * 60, paris)  # CET, UTC+1
    after = rr.local_start(date(2026, 3, 29), 7 * 60, paris)  # CEST, UTC+2
    assert before == datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    assert after == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
    assert after - before == timedelta(hours=23)
    # a night shift over the change is 7 real hours though the wall clock shows 8
    night = rr.local_start(date(2026, 3, 28), 22 * 60, paris)
    morning = rr.local_start(date(2026, 3, 29), 6 * 60, paris)
    assert morning - night == timedelta(hours=7)


def test_night_shift_over_midnight_and_month_end_is_ordinary() -> None:
    night = span(1, at(date(2026, 11, 30), 22), 8, night=True)
    assert night.ends_at.astimezone(NBO).date() == date(2026, 12, 1)
    next_night = span(2, at(date(2026, 12, 1), 22), 8, night=True)
    assert rr.check([night, next_night], [], [], LIMITS, NBO) == []
    assert rr.local_day(night.starts_at, NBO) == date(2026, 11, 30)


def test_overlap_is_hard_and_reported_once() -> None:
    a = span(-1, at(MON, 7), 8)
    b = span(-2, at(MON, 14), 8)
    found = rr.check([a, b], [], [], LIMITS, NBO)
    assert rules(found) == [rr.Rule.OVERLAP]
    assert found[0].hard and found[0].day == MON
    # touching shifts do not overlap (but leave no rest)
    c = span(-3, at(MON, 15), 8)
    assert rules(rr.check([a], [c], [], LIMITS, NBO)) == [rr.Rule.REST]


def test_other_people_never_conflict() -> None:
    a = span(-1, at(MON, 7), 8, person=1)
    b = span(-2, at(MON, 7), 8, person=2)
    assert rr.check([a, b], [], [], LIMITS, NBO) == []


@pytest.mark.parametrize(("hours", "bad"), [(0, True), (-1, True), (16, False), (16.02, True),
                                            (0.5, False)])
def test_length(hours: float, bad: bool) -> None:
    found = rr.check([span(-1, at(MON, 7), hours)], [], [], LIMITS, NBO)
    assert (rr.Rule.LENGTH in rules(found)) is bad
    if bad:
        assert found[0].hard


def test_payroll_lock_on_the_day_and_before() -> None:
    limits = rr.Limits(payroll_locked_through=MON)
    on = rr.check([span(-1, at(MON, 7), 8)], [], [], limits, NBO)
    assert rules(on) == [rr.Rule.LOCKED] and on[0].hard
    assert "closed" in on[0].detail
    after = rr.check([span(-1, at(MON + timedelta(days=1), 0, 30), 8)], [], [], limits, NBO)
    assert after == []
    # 00:30 Tuesday in Nairobi is still Monday in UTC: the local date decides
    assert at(MON + timedelta(days=1), 0, 30).date() == MON


def test_rest_minimum_is_soft_and_exact_minimum_passes() -> None:
    evening = span(1, at(MON, 15), 8)  # ends 23:00
    morning_ok = span(-1, at(MON + timedelta(days=1), 7), 8)  # 8 h later
    assert rr.check([morning_ok], [evening], [], LIMITS, NBO) == []
    morning_bad = span(-2, at(MON + timedelta(days=1), 6, 59), 8)
    found = rr.check([morning_bad], [evening], [], LIMITS, NBO)
    assert rules(found) == [rr.Rule.REST] and not found[0].hard
    assert "7 h 59 min" in found[0].detail
    loose = rr.Limits(min_rest_hours=7)
    assert rr.check([morning_bad], [evening], [], loose, NBO) == []


def test_weekly_hours_over_the_maximum() -> None:
    week = [span(i + 1, at(MON + timedelta(days=i), 7), 8, brk=30) for i in range(6)]  # 45 h
    extra = span(-1, at(MON + timedelta(days=6), 7), 8, brk=30)  # 52.5 h
    found = rr.check([extra], week, [], LIMITS, NBO)
    assert rules(found) == [rr.Rule.WEEK_HOURS] and not found[0].hard
    assert "52 h 30 min" in found[0].detail
    no_break = [s._replace(break_minutes=0) for s in week]
    assert rules(rr.check([extra._replace(break_minutes=60)], no_break, [], LIMITS,
                          NBO)) == [rr.Rule.WEEK_HOURS]  # 48 + 7 = 55 h


def test_night_workers_have_the_higher_maximum() -> None:
    nights = [span(i + 1, at(MON + timedelta(days=i), 22), 9, night=True) for i in range(6)]
    extra = span(-1, at(MON + timedelta(days=6), 22), 9, night=True)  # 63 h
    assert rules(rr.check([extra], nights[:5], [], LIMITS, NBO)) == []  # 54 h < 60
    assert rules(rr.check([extra], nights, [], LIMITS, NBO)) == [rr.Rule.WEEK_HOURS]


def test_weekly_hours_count_the_local_week_only() -> None:
    last_week = [span(i + 1, at(MON - timedelta(days=7 - i), 7), 12) for i in range(7)]
    assert rr.check([span(-1, at(MON, 7), 12)], last_week, [], LIMITS, NBO) == []


def test_shift_on_leave_is_soft() -> None:
    leave = [rr.LeaveSpan(1, MON, MON + timedelta(days=4), "sick")]
    found = rr.check([span(-1, at(MON + timedelta(days=4), 7), 8)], [], leave, LIMITS, NBO)
    assert rules(found) == [rr.Rule.LEAVE] and not found[0].hard
    assert "sick leave" in found[0].detail
    assert rr.check([span(-1, at(MON + timedelta(days=5), 7), 8)], [], leave, LIMITS,
                    NBO) == []


def test_describe_names_person_day_and_rule() -> None:
    c = rr.check([span(-1, at(MON, 7), 0)], [], [], LIMITS, NBO)[0]
    text = rr.describe(c, "Wanjirũ Kamau")
    assert "Wanjirũ Kamau" in text and "Mon 23 Nov 2026" in text and "shift length" in text


def test_parse_instant_naive_is_centre_time_and_offsets_are_kept() -> None:
    assert rr.parse_instant("start", "2026-11-23T07:00", NBO) == datetime(
        2026, 11, 23, 4, tzinfo=UTC)
    assert rr.parse_instant("start", "2026-11-23 07:00+00:00", NBO) == datetime(
        2026, 11, 23, 7, tzinfo=UTC)
    assert rr.parse_instant("start", "2026-11-23T04:00Z", NBO).hour == 4
    with pytest.raises(ValidationError, match="start"):
        rr.parse_instant("start", "tomorrow", NBO)


@pytest.mark.parametrize(("raw", "minutes"), [("8", 480), ("7.5", 450), ("7,5", 450),
                                              ("16", 960)])
def test_parse_hours(raw: str, minutes: int) -> None:
    assert rr.parse_hours("hours", raw) == minutes


@pytest.mark.parametrize("raw", ["0", "-2", "16.5", "abc", "nan"])
def test_parse_hours_refuses(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        rr.parse_hours("hours", raw)
    assert err.value.field == "hours"


@given(st.lists(st.tuples(st.integers(0, 13 * 24), st.integers(1, 16 * 60)), min_size=1,
                max_size=12))
def test_no_overlap_survives_a_clean_check(raw: list[tuple[int, int]]) -> None:
    """Whatever the batch, a check without overlap conflicts means no two shifts overlap."""
    base = datetime(2026, 11, 23, tzinfo=UTC)
    spans = [rr.ShiftSpan(-(i + 1), 1, base + timedelta(hours=h),
                          base + timedelta(hours=h, minutes=m)) for i, (h, m) in enumerate(raw)]
    found = rr.check(spans, [], [], LIMITS, NBO)
    if rr.Rule.OVERLAP not in rules(found):
        ordered = sorted(spans, key=lambda s: s.starts_at)
        assert all(a.ends_at <= b.starts_at for a, b in itertools.pairwise(ordered))

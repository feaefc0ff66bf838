"""Backup thinning: which backups survive, at the edges of days, weeks, months and years."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from issp_desktop.domain.backup_policy import backups_to_keep


def at(year: int, month: int, day: int, hour: int = 12, minute: int = 0, second: int = 0,
       micro: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


ONLY_DAILY = {"daily": 100, "weekly": 0, "monthly": 0, "newest": 0}
ONLY_WEEKLY = {"daily": 0, "weekly": 100, "monthly": 0, "newest": 0}
ONLY_MONTHLY = {"daily": 0, "weekly": 0, "monthly": 100, "newest": 0}


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], at(2026, 11, 16)) == set()


def test_a_single_backup_is_kept() -> None:
    only = at(2026, 11, 16, 9)
    assert backups_to_keep([only], at(2026, 11, 16, 10)) == {only}


def test_many_backups_in_one_day_keep_the_newest_three() -> None:
    now = at(2026, 11, 16, 23, 59)
    stamps = [at(2026, 11, 16, 0) + timedelta(minutes=30 * i) for i in range(48)]
    kept = backups_to_keep(stamps, now)
    assert kept == set(stamps[-3:])


def test_many_backups_in_one_day_without_newest_keep_only_the_last_of_the_day() -> None:
    now = at(2026, 11, 17)
    stamps = [at(2026, 11, 16, 0) + timedelta(minutes=30 * i) for i in range(48)]
    assert backups_to_keep(stamps, now, newest=0) == {at(2026, 11, 16, 23, 30)}


def test_daily_keeps_the_newest_of_each_of_the_last_days_that_have_backups() -> None:
    now = at(2026, 11, 30, 18)
    # two backups a day for 30 days, but nothing on the 20th to the 24th
    stamps = [at(2026, 11, d, h) for d in range(1, 31) if not 20 <= d <= 24 for h in (8, 17)]
    kept = backups_to_keep(stamps, now, daily=5, weekly=0, monthly=0, newest=0)
    assert kept == {at(2026, 11, d, 17) for d in (30, 29, 28, 27, 26)}
    kept = backups_to_keep(stamps, now, daily=8, weekly=0, monthly=0, newest=0)
    # days without backups are skipped, not counted
    assert kept == {at(2026, 11, d, 17) for d in (30, 29, 28, 27, 26, 25, 19, 18)}


def test_newest_take_no_daily_slot_and_daily_continues_below_them() -> None:
    now = at(2026, 11, 30, 23)
    stamps = [at(2026, 11, d, h) for d in range(1, 31) for h in (8, 17)]
    kept = backups_to_keep(stamps, now, daily=2, weekly=0, monthly=0, newest=3)
    # newest three: 30th 17:00, 30th 08:00, 29th 17:00; then the next two other days
    assert kept == {
        at(2026, 11, 30, 17), at(2026, 11, 30, 8), at(2026, 11, 29, 17),
        at(2026, 11, 28, 17), at(2026, 11, 27, 17),
    }


def test_day_boundary_is_midnight_utc_to_the_microsecond() -> None:
    now = at(2026, 12, 2)
    last_of_day = at(2026, 11, 30, 23, 59, 59, 999_999)
    first_of_next = at(2026, 12, 1, 0, 0, 0)
    earlier = at(2026, 11, 30, 10)
    kept = backups_to_keep([earlier, last_of_day, first_of_next], now, **ONLY_DAILY)
    assert kept == {last_of_day, first_of_next}


def test_month_ends_keep_the_last_backup_of_each_month() -> None:
    stamps = [
        at(2026, 1, 15),
        at(2026, 1, 31, 23, 59, 59, 999_999),
        at(2026, 2, 1, 0, 0, 0),
        at(2026, 2, 28, 23),
        at(2026, 3, 1, 0, 0, 0, 1),
        at(2026, 4, 30, 22),
        at(2026, 4, 30, 21),
    ]
    kept = backups_to_keep(stamps, at(2026, 5, 1), **ONLY_MONTHLY)
    assert kept == {
        at(2026, 4, 30, 22),
        at(2026, 3, 1, 0, 0, 0, 1),
        at(2026, 2, 28, 23),
        at(2026, 1, 31, 23, 59, 59, 999_999),
    }


def test_year_boundary_splits_days_and_months() -> None:
    dec31 = at(2026, 12, 31, 23, 59, 59)
    dec30 = at(2026, 12, 30, 8)
    jan1 = at(2027, 1, 1, 0, 0, 1)
    jan2 = at(2027, 1, 2, 9)
    now = at(2027, 1, 3)
    assert backups_to_keep([dec30, dec31, jan1, jan2], now, **ONLY_MONTHLY) == {jan2, dec31}
    assert backups_to_keep([dec30, dec31, jan1, jan2], now, **ONLY_DAILY) == {
        dec30, dec31, jan1, jan2
    }


def test_iso_week_53_spans_the_new_year() -> None:
    assert date(2026, 12, 28).isocalendar()[:2] == (2026, 53)
    assert date(2027, 1, 3).isocalendar()[:2] == (2026, 53)
    sun_w52 = at(2026, 12, 27)
    mon_w53 = at(2026, 12, 28)
    thu_w53 = at(2026, 12, 31)
    sun_w53 = at(2027, 1, 3)  # still 2026-W53 although the calendar year changed
    mon_w01 = at(2027, 1, 4)
    stamps = [sun_w52, mon_w53, thu_w53, sun_w53, mon_w01]
    kept = backups_to_keep(stamps, at(2027, 1, 5), **ONLY_WEEKLY)
    assert kept == {mon_w01, sun_w53, sun_w52}


def test_week_starts_on_monday() -> None:
    sunday = at(2026, 11, 15, 23)
    monday = at(2026, 11, 16, 1)
    saturday = at(2026, 11, 14)
    kept = backups_to_keep([saturday, sunday, monday], at(2026, 11, 17), **ONLY_WEEKLY)
    assert kept == {monday, sunday}


def test_leap_day() -> None:
    feb28 = at(2028, 2, 28)
    feb29 = at(2028, 2, 29, 23)
    mar1 = at(2028, 3, 1, 1)
    now = at(2028, 3, 2)
    assert backups_to_keep([feb28, feb29, mar1], now, **ONLY_DAILY) == {feb28, feb29, mar1}
    assert backups_to_keep([feb28, feb29, mar1], now, **ONLY_MONTHLY) == {feb29, mar1}


def test_stages_follow_each_other_over_a_year_of_daily_backups() -> None:
    now = at(2027, 1, 1, 0, 30)
    stamps = [at(2026, 12, 31) - timedelta(days=i) for i in range(365)]
    kept = sorted(backups_to_keep(stamps, now), reverse=True)
    assert len(kept) == 3 + 12 + 10 + 9
    # newest three and twelve daily: fifteen consecutive days
    assert kept[:15] == stamps[:15]
    oldest_daily = kept[14]
    weekly = kept[15:25]
    # weekly: the Sunday closing each earlier ISO week, one week apart
    assert all(s.isoweekday() == 7 for s in weekly)
    assert weekly[0].isocalendar()[:2] < oldest_daily.isocalendar()[:2]
    assert weekly[0] > oldest_daily - timedelta(days=8)
    assert all(a - b == timedelta(days=7) for a, b in itertools.pairwise(weekly))
    monthly = kept[25:]
    # monthly: the last day of each earlier month
    assert all((s + timedelta(days=1)).day == 1 for s in monthly)
    assert (monthly[0].year, monthly[0].month) < (weekly[-1].year, weekly[-1].month)
    months = [(s.year, s.month) for s in monthly]
    assert len(set(months)) == 9
    assert months == sorted(months, reverse=True)


def test_limits_are_respected_exactly() -> None:
    now = at(2027, 1, 1)
    stamps = [now - timedelta(hours=7 * i + 1) for i in range(2000)]
    kept = backups_to_keep(stamps, now, daily=4, weekly=3, monthly=2, newest=1)
    assert len(kept) == 4 + 3 + 2 + 1
    assert max(stamps) in kept


def test_all_limits_zero_keeps_only_future_stamps() -> None:
    now = at(2026, 11, 16)
    future = at(2026, 11, 17)
    stamps = [at(2026, 11, 15), at(2026, 11, 16), future]
    kept = backups_to_keep(stamps, now, daily=0, weekly=0, monthly=0, newest=0)
    assert kept == {future}


def test_future_dated_stamps_are_kept_and_take_no_slot() -> None:
    now = at(2026, 11, 16, 12)
    futures = [at(2026, 11, 16, 12, 0, 1), at(2027, 6, 1), at(2031, 1, 1)]
    past = [at(2026, 11, 16 - i, 9) for i in range(10)]
    kept = backups_to_keep(past + futures, now, daily=2, weekly=0, monthly=0, newest=1)
    assert kept == set(futures) | {at(2026, 11, 16, 9), at(2026, 11, 15, 9), at(2026, 11, 14, 9)}


def test_a_stamp_equal_to_now_is_not_from_the_future() -> None:
    now = at(2026, 11, 16, 12)
    older = at(2026, 11, 16, 11)
    assert backups_to_keep([older, now], now, newest=1, daily=0, weekly=0, monthly=0) == {now}


def test_other_time_zones_are_bucketed_in_utc() -> None:
    nairobi = timezone(timedelta(hours=3))
    # 1 March 01:00 in Nairobi is still 28 February in UTC
    late_feb = datetime(2026, 3, 1, 1, 0, tzinfo=nairobi)
    earlier_feb = at(2026, 2, 27)
    march = at(2026, 3, 2)
    kept = backups_to_keep([earlier_feb, late_feb, march], at(2026, 3, 3), **ONLY_MONTHLY)
    assert kept == {march, late_feb}


def test_duplicate_stamps_count_once() -> None:
    stamp = at(2026, 11, 16, 9)
    older = at(2026, 11, 16, 8)
    kept = backups_to_keep([stamp, stamp, older], at(2026, 11, 17), newest=1, daily=0,
                           weekly=0, monthly=0)
    assert kept == {stamp}


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        backups_to_keep([datetime(2026, 11, 16)], at(2026, 11, 17))
    with pytest.raises(ValueError, match="aware"):
        backups_to_keep([at(2026, 11, 16)], datetime(2026, 11, 17))


def test_negative_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="weekly"):
        backups_to_keep([], at(2026, 11, 17), weekly=-1)


# --- properties --------------------------------------------------------------------------------

stamps_strategy = st.lists(
    st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31),
        timezones=st.just(UTC),
    ),
    max_size=200,
)
limit = st.integers(min_value=0, max_value=15)


@settings(max_examples=150, deadline=None)
@given(
    stamps=stamps_strategy,
    now=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2029, 1, 1),
                     timezones=st.just(UTC)),
    daily=limit, weekly=limit, monthly=limit,
    newest=st.integers(min_value=1, max_value=5),
)
def test_thinning_properties(stamps: list[datetime], now: datetime, daily: int, weekly: int,
                             monthly: int, newest: int) -> None:
    limits = {"daily": daily, "weekly": weekly, "monthly": monthly, "newest": newest}
    kept = backups_to_keep(stamps, now, **limits)
    assert kept <= set(stamps)
    if stamps:
        assert max(stamps) in kept
    future = {s for s in stamps if s > now}
    assert future <= kept
    assert len(kept - future) <= daily + weekly + monthly + newest
    past = sorted({s for s in stamps if s <= now}, reverse=True)
    assert set(past[:newest]) <= kept
    assert backups_to_keep(sorted(kept), now, **limits) == kept

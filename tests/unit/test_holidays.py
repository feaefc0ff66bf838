"""Kenya's public holidays: fixed dates, Easter, Idd from the shipped table, Sunday rule."""

from __future__ import annotations

from datetime import date

import pytest

from issp_desktop.domain.holidays import (
    CHECK_NOTE,
    IDD_DATES,
    easter_sunday,
    has_idd_dates,
    kenya_holidays,
)


@pytest.mark.parametrize(("year", "easter"), [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)), (2028, date(2028, 4, 16)), (2038, date(2038, 4, 25)),
])
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_2026_in_full() -> None:
    got = [(h.on, h.name) for h in kenya_holidays(2026)]
    assert got == [
        (date(2026, 1, 1), "New Year's Day"),
        (date(2026, 3, 20), "Idd-ul-Fitr"),
        (date(2026, 4, 3), "Good Friday"),
        (date(2026, 4, 6), "Easter Monday"),
        (date(2026, 5, 1), "Labour Day"),
        (date(2026, 5, 27), "Idd-ul-Adha"),
        (date(2026, 6, 1), "Madaraka Day"),
        (date(2026, 10, 10), "Mazingira Day"),
        (date(2026, 10, 20), "Mashujaa Day"),
        (date(2026, 12, 12), "Jamhuri Day"),
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 26), "Boxing Day"),
    ]


def test_a_sunday_holiday_is_observed_on_the_next_free_day() -> None:
    by_day = {h.on: h.name for h in kenya_holidays(2025)}
    assert by_day[date(2025, 6, 1)] == "Madaraka Day"  # a Sunday
    assert by_day[date(2025, 6, 2)] == "Madaraka Day (observed)"
    by_day = {h.on: h.name for h in kenya_holidays(2027)}
    assert by_day[date(2027, 12, 26)] == "Boxing Day"  # Sunday, after Christmas on Saturday
    assert by_day[date(2027, 12, 27)] == "Boxing Day (observed)"
    by_day = {h.on: h.name for h in kenya_holidays(2022)}  # Christmas on Sunday, Boxing Monday
    assert by_day[date(2022, 12, 27)] == "Christmas Day (observed)"


def test_idd_dates_come_from_the_table_and_say_check() -> None:
    for year in range(2025, 2029):
        assert has_idd_dates(year)
        idd = [h for h in kenya_holidays(year) if h.name.startswith("Idd")]
        assert {h.on for h in idd} == set(IDD_DATES[year])
        assert all(h.note == CHECK_NOTE for h in idd)
    assert not [h for h in kenya_holidays(2031) if h.name.startswith("Idd")]


def test_ten_october_was_moi_day_before_2024() -> None:
    assert {h.name for h in kenya_holidays(2023) if h.on == date(2023, 10, 10)} == {"Moi Day"}


def test_a_year_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        kenya_holidays(1800)

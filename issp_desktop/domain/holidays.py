"""Kenyan public holidays: the defaults a centre loads for a year, then edits.

Sources: the Public Holidays Act (Cap. 110) as amended, most recently by the Public Holidays
(Amendment) Act 2024, which made 10 October *Mazingira Day*. The fixed-date holidays are:
New Year's Day (1 Jan), Labour Day (1 May), Madaraka Day (1 Jun), Mazingira Day (10 Oct),
Mashujaa Day (20 Oct), Jamhuri Day (12 Dec), Christmas Day (25 Dec) and Boxing Day (26 Dec).
Good Friday and Easter Monday move with Easter (Western churches' date, computed here).

Idd-ul-Fitr and Idd-ul-Adha follow the sighting of the moon; the Cabinet Secretary for the
Interior gazettes each year's date, sometimes only days before. ``IDD_DATES`` holds the dates
announced or expected for 2025–2028: *date as gazetted; check* each year against the Kenya
Gazette and edit the list in the Public holidays tab. The government may also declare one-off
holidays by notice; a centre adds those by hand.

Section 2 of the Act: when a public holiday falls on a Sunday, the next following day that is
not itself a public holiday is a public holiday. ``kenya_holidays`` lists both days: the Sunday
(it is still the holiday) and the day observed after it, named "… (observed)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

CHECK_NOTE = "date as gazetted; check"

FIXED: tuple[tuple[int, int, str], ...] = (
    (1, 1, "New Year's Day"),
    (5, 1, "Labour Day"),
    (6, 1, "Madaraka Day"),
    (10, 10, "Mazingira Day"),
    (10, 20, "Mashujaa Day"),
    (12, 12, "Jamhuri Day"),
    (12, 25, "Christmas Day"),
    (12, 26, "Boxing Day"),
)

# (Idd-ul-Fitr, Idd-ul-Adha) by year: announced or expected dates; date as gazetted; check.
IDD_DATES: dict[int, tuple[date, date]] = {
    2025: (date(2025, 3, 31), date(2025, 6, 6)),
    2026: (date(2026, 3, 20), date(2026, 5, 27)),
    2027: (date(2027, 3, 10), date(2027, 5, 17)),
    2028: (date(2028, 2, 26), date(2028, 5, 5)),
}

FIRST_YEAR, LAST_YEAR = 1970, 2100


@dataclass(frozen=True)
class HolidayDefault:
    on: date
    name: str
    note: str = ""  # e.g. CHECK_NOTE for a moon-sighted date


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _named(year: int) -> list[HolidayDefault]:
    found = [HolidayDefault(date(year, m, d), name) for m, d, name in FIXED]
    if year < 2024:  # 10 October was Moi Day (Utamaduni Day) before the 2024 amendment
        found = [h if h.on.month != 10 or h.on.day != 10 else
                 HolidayDefault(h.on, "Moi Day") for h in found]
    easter = easter_sunday(year)
    found.append(HolidayDefault(easter - timedelta(days=2), "Good Friday"))
    found.append(HolidayDefault(easter + timedelta(days=1), "Easter Monday"))
    idd = IDD_DATES.get(year)
    if idd is not None:
        found.append(HolidayDefault(idd[0], "Idd-ul-Fitr", CHECK_NOTE))
        found.append(HolidayDefault(idd[1], "Idd-ul-Adha", CHECK_NOTE))
    return sorted(found, key=lambda h: h.on)


def kenya_holidays(year: int) -> list[HolidayDefault]:
    """The year's public holidays in date order, with the days observed for those that fall on
    a Sunday (the next day that is not already a holiday). Years without Idd dates in
    ``IDD_DATES`` get no Idd holidays: add them by hand when gazetted."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is outside {FIRST_YEAR}–{LAST_YEAR}")
    named = _named(year)
    taken = {h.on for h in named}
    observed: list[HolidayDefault] = []
    for h in named:
        if h.on.weekday() != 6:
            continue
        day = h.on + timedelta(days=1)
        while day in taken:
            day += timedelta(days=1)
        taken.add(day)
        observed.append(HolidayDefault(day, f"{h.name} (observed)", h.note))
    return sorted([*named, *observed], key=lambda h: h.on)


def has_idd_dates(year: int) -> bool:
    return year in IDD_DATES

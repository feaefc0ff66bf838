"""Dates, numbers and money written for the user's language (``QLocale`` default, set by
``ui/translation.install_language``): "16 Nov 2026" in English, "16 nov. 2026" in French,
thousands separators, the centre's currency code."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()


def _short_month_format(_locale: QLocale) -> str:
    """Day, short month, year in every language (QLocale writes the month's name)."""
    return "d MMM yyyy"


def format_date(value: date | None) -> str:
    """A day with its month written short: "16 Nov 2026", "16 nov. 2026", "16 Nov 2026"."""
    if value is None:
        return ""
    locale = _locale()
    return locale.toString(QDate(value.year, value.month, value.day),
                           _short_month_format(locale))


def format_long_date(value: date) -> str:
    """The day written out: "Sunday 29 November 2026", "Jumapili 29 Novemba 2026"."""
    return _locale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")


def format_day(value: date, year: bool = False) -> str:
    """A day with its weekday, short: "Mon 30 Nov", "lun. 30 nov." (and the year if asked)."""
    return _locale().toString(QDate(value.year, value.month, value.day),
                              "ddd d MMM yyyy" if year else "ddd d MMM")


def format_datetime(value: datetime | None) -> str:
    """An instant in local time: "16 Nov 2026 14:05". Aware values are shown in the PC's zone."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    locale = _locale()
    moment = QDateTime(QDate(local.year, local.month, local.day),
                       QTime(local.hour, local.minute))
    return locale.toString(moment, _short_month_format(locale) + " HH:mm")


def format_number(value: int | float, decimals: int = 0) -> str:
    """Thousands separated for the language: 12,345 / 12 345."""
    locale = _locale()
    if decimals == 0 and isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def format_money(cents: int | None, currency: str = "KES") -> str:
    """Integer cents with the centre's currency code: "KES 12,345.50" / "12 345,50 KES"."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    locale = _locale()
    number = f"{sign}{locale.toString(whole)}{locale.decimalPoint()}{part:02d}"
    if locale.language() == QLocale.Language.French:
        return f"{number}\u00a0{currency}"
    return f"{currency}\u00a0{number}"


def format_percent(value: float, decimals: int = 1) -> str:
    locale = _locale()
    number = locale.toString(float(value), "f", decimals)
    if locale.language() == QLocale.Language.French:
        return f"{number}\u00a0%"
    return f"{number}%"

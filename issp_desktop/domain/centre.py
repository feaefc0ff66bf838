"""The centre's identity and locale, and the rules a setup must meet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from issp_desktop.domain.locales import COUNTRIES
from issp_desktop.domain.text import clean_name, has_invisible
from issp_desktop.errors import ValidationError

MAX_NAME = 200


@dataclass(frozen=True)
class CentreSetup:
    name: str
    country: str = "KE"
    time_zone: str = "Africa/Nairobi"
    currency: str = "KES"


@dataclass(frozen=True)
class CentreInfo:
    name: str
    country: str
    time_zone: str
    currency: str
    is_demo: bool
    version: int


def validate_setup(setup: CentreSetup) -> CentreSetup:
    """Return the cleaned setup, or raise ``ValidationError`` naming the field."""
    if has_invisible(setup.name):
        raise ValidationError("name", "contains invisible or direction-changing characters")
    name = clean_name(setup.name)
    if not name:
        raise ValidationError("name", "the centre needs a name")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"is {len(name)} characters long; at most {MAX_NAME}")
    country = setup.country.strip().upper()
    if country not in {c.code for c in COUNTRIES}:
        raise ValidationError("country", f"unknown country code '{setup.country}'")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # loaded only when validating

    tz = setup.time_zone.strip()
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("time zone", f"'{setup.time_zone}' is not a known time zone") from exc
    currency = setup.currency.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValidationError("currency", f"'{setup.currency}' is not a 3-letter currency code")
    return CentreSetup(name, country, tz, currency)


@dataclass(frozen=True)
class SafetySettings:
    """How the centre protects its data (Settings → Data safety, manager only)."""

    idle_lock_minutes: int = 10
    backup_every_minutes: int = 30
    backup_copy_folder: str = ""
    alumni_retention_months: int = 0


def validate_safety(settings: SafetySettings) -> SafetySettings:
    checks = (
        ("idle lock", settings.idle_lock_minutes, 0, 240, "minutes (0 = never)"),
        ("automatic backup", settings.backup_every_minutes, 0, 24 * 60, "minutes (0 = off)"),
        ("alumni retention", settings.alumni_retention_months, 0, 1200, "months (0 = keep)"),
    )
    for field, value, low, high, unit in checks:
        if not low <= value <= high:
            raise ValidationError(field, f"must be between {low} and {high} {unit}")
    folder = settings.backup_copy_folder.strip()
    if len(folder) > 500:
        raise ValidationError("backup copy folder", "is too long (at most 500 characters)")
    return SafetySettings(settings.idle_lock_minutes, settings.backup_every_minutes, folder,
                          settings.alumni_retention_months)

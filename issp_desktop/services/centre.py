"""The centre's own settings: name, country, time zone, currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import select

from issp_desktop.db.engine import Database
from issp_desktop.db.models import Centre
from issp_desktop.db.types import utcnow
from issp_desktop.domain.locales import COUNTRIES
from issp_desktop.domain.text import clean_name, has_invisible
from issp_desktop.errors import NotSetUpError, ValidationError

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
    tz = setup.time_zone.strip()
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("time zone", f"'{setup.time_zone}' is not a known time zone") from exc
    currency = setup.currency.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValidationError("currency", f"'{setup.currency}' is not a 3-letter currency code")
    return CentreSetup(name, country, tz, currency)


def _info(row: Centre) -> CentreInfo:
    return CentreInfo(row.name, row.country, row.time_zone, row.currency, row.is_demo, row.version)


class CentreService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> CentreInfo | None:
        with self.db.read() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            return _info(row) if row else None

    def require(self) -> CentreInfo:
        info = self.get()
        if info is None:
            raise NotSetUpError()
        return info

    def setup(self, setup: CentreSetup, *, is_demo: bool = False) -> CentreInfo:
        """First-run: record the centre. Updates it if it exists already."""
        clean = validate_setup(setup)
        with self.db.write() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            if row is None:
                row = Centre(
                    name=clean.name,
                    country=clean.country,
                    time_zone=clean.time_zone,
                    currency=clean.currency,
                    is_demo=is_demo,
                )
                s.add(row)
            else:
                self._apply(row, clean)
            s.flush()
            return _info(row)

    def update(self, setup: CentreSetup) -> CentreInfo:
        clean = validate_setup(setup)
        with self.db.write() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            if row is None:
                raise NotSetUpError()
            self._apply(row, clean)
            s.flush()
            return _info(row)

    @staticmethod
    def _apply(row: Centre, clean: CentreSetup) -> None:
        row.name = clean.name
        row.country = clean.country
        row.time_zone = clean.time_zone
        row.currency = clean.currency
        row.updated_at = utcnow()
        row.version += 1

"""The centre's own settings: name, country, time zone, currency."""

from __future__ import annotations

from sqlmodel import select

from issp_desktop.db.engine import Database
from issp_desktop.db.models import Centre
from issp_desktop.db.types import utcnow
from issp_desktop.domain.centre import CentreInfo, CentreSetup, validate_setup
from issp_desktop.errors import NotSetUpError

__all__ = ["CentreInfo", "CentreService", "CentreSetup", "validate_setup"]

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

"""The centre's own settings (name, country, time zone, currency) and first-run set-up."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from issp_desktop.db.models import Centre, User
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.centre import (
    CentreInfo,
    CentreSetup,
    SafetySettings,
    validate_safety,
    validate_setup,
)
from issp_desktop.errors import NotSetUpError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.users import NewUser, UserService

__all__ = ["CentreInfo", "CentreService", "CentreSetup", "validate_setup"]


def _info(row: Centre) -> CentreInfo:
    return CentreInfo(row.name, row.country, row.time_zone, row.currency, row.is_demo, row.version)


def _values(row: Centre) -> dict[str, object]:
    return {"name": row.name, "country": row.country, "time_zone": row.time_zone,
            "currency": row.currency}


def _check_version(row: Centre, expected_version: int | None) -> None:
    """Refuse a save over a version somebody else saved since the form was loaded."""
    if expected_version is not None and row.version != expected_version:
        raise StaleRecordError("centre", row.updated_by or "?",
                               row.updated_at.strftime("%Y-%m-%d %H:%M"))


class CentreService(Service):
    @use_case("centre.view", None)
    def get(self) -> CentreInfo | None:
        with self.db.read() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            return _info(row) if row else None

    def require(self) -> CentreInfo:
        info = self.get()
        if info is None:
            raise NotSetUpError()
        return info

    def needs_setup(self) -> bool:
        """True until the centre exists and has at least one user account."""
        with self.db.read() as s:
            has_centre = s.exec(select(func.count()).select_from(Centre)).one()
            has_users = s.exec(select(func.count()).select_from(User)).one()
        return not (has_centre and has_users)

    @use_case("centre.first_run", None)
    def first_run(self, setup: CentreSetup, manager: NewUser) -> CentreInfo:
        """Record the centre and its first manager account, in one transaction.

        Allowed only while the centre has no user accounts (the very first start, or a database
        made before accounts existed)."""
        clean = validate_setup(setup)
        with self.db.write() as s:
            if s.exec(select(func.count()).select_from(User)).one():
                raise ValidationError("centre", "is already set up; sign in instead")
            row = self._upsert(s, clean)
            UserService(self.ctx).create_first_manager(s, manager)
            return _info(row)

    def _upsert(self, s: Session, clean: CentreSetup, *, is_demo: bool = False) -> Centre:
        row = s.exec(select(Centre).order_by(Centre.id)).first()
        if row is None:
            row = Centre(name=clean.name, country=clean.country, time_zone=clean.time_zone,
                         currency=clean.currency, is_demo=is_demo,
                         updated_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "centre.create", "centre", row.id, None, _values(row))
        else:
            old = _values(row)
            self._apply(row, clean)
            s.flush()
            audit.record(s, self.actor, "centre.update", "centre", row.id, old, _values(row))
        return row

    @use_case("centre.update", Permission.CENTRE_EDIT)
    def update(self, setup: CentreSetup, expected_version: int | None = None) -> CentreInfo:
        """Change the centre's details. ``expected_version`` is the version the form was loaded
        with: if somebody saved in between, the save is refused instead of overwriting."""
        clean = validate_setup(setup)
        with self.db.write() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            if row is None:
                raise NotSetUpError()
            _check_version(row, expected_version)
            old = _values(row)
            self._apply(row, clean)
            s.flush()
            audit.record(s, self.actor, "centre.update", "centre", row.id, old, _values(row))
            return _info(row)

    @use_case("centre.safety_view", None)
    def safety(self) -> SafetySettings:
        with self.db.read() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            if row is None:
                return SafetySettings()
            return SafetySettings(row.idle_lock_minutes, row.backup_every_minutes,
                                  row.backup_copy_folder, row.alumni_retention_months)

    @use_case("centre.safety_update", Permission.CENTRE_EDIT)
    def update_safety(self, settings: SafetySettings,
                      expected_version: int | None = None) -> SafetySettings:
        clean = validate_safety(settings)
        with self.db.write() as s:
            row = s.exec(select(Centre).order_by(Centre.id)).first()
            if row is None:
                raise NotSetUpError()
            _check_version(row, expected_version)
            old = self._safety_values(row)
            row.idle_lock_minutes = clean.idle_lock_minutes
            row.backup_every_minutes = clean.backup_every_minutes
            row.backup_copy_folder = clean.backup_copy_folder
            row.alumni_retention_months = clean.alumni_retention_months
            row.updated_at = utcnow()
            row.updated_by = self.actor.username
            row.version += 1
            audit.record(s, self.actor, "centre.safety_update", "centre", row.id, old,
                         self._safety_values(row))
            return clean

    @staticmethod
    def _safety_values(row: Centre) -> dict[str, object]:
        return {"idle_lock_minutes": row.idle_lock_minutes,
                "backup_every_minutes": row.backup_every_minutes,
                "backup_copy_folder": row.backup_copy_folder,
                "alumni_retention_months": row.alumni_retention_months}

    def _apply(self, row: Centre, clean: CentreSetup) -> None:
        row.name = clean.name
        row.country = clean.country
        row.time_zone = clean.time_zone
        row.currency = clean.currency
        row.updated_at = utcnow()
        row.updated_by = self.actor.username
        row.version += 1

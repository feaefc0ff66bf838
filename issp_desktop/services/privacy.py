"""Personal-data requests under the Kenya Data Protection Act 2019: show a person everything
held about them (JSON + PDF), correct it, erase it on request, and keep alumni's data no longer
than the centre's retention setting.

Erasure *pseudonymises*: names, IDs, date of birth and contact details are removed, while the
records the centre must keep (stage history, wage and audit records) stay, pointing at a person
now known only by a reference. Gender and county stay, unlinked to anyone, for the impact
figures. Nothing personal is written to the (permanent) audit trail.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlmodel import Session

from issp_desktop.db.models import AuditEntry, Cohort, Person, StageChange
from issp_desktop.db.models.certificates import Certificate, CertificateRevocation
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import SYSTEM, Permission
from issp_desktop.domain.stages import Stage
from issp_desktop.domain.text import clean_name, has_invisible, normalise_national_id
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case

ERASED_FIRST_NAME = "Erased"


@dataclass(frozen=True)
class PersonBrief:
    id: int
    uid: str
    name: str
    national_id: str | None
    stage: str
    cohort: str | None
    erased: bool
    version: int


@dataclass(frozen=True)
class PersonCorrection:
    first_name: str
    last_name: str
    other_names: str = ""
    national_id: str | None = None
    date_of_birth: date | None = None
    gender: str = ""
    phone: str = ""
    county: str = ""


@dataclass
class PersonExport:
    """Everything the centre holds about one person."""

    exported_at: str
    centre: str
    person: dict[str, Any]
    cohort: dict[str, Any] | None
    stage_history: list[dict[str, Any]]
    audit_trail: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, default=str)


ERASURE_REVOCATION = "personal data erased at the person's request"


def _revoke_certificates(s: Session, person_id: int, username: str) -> int:
    """Revoke every certificate of ``person_id`` not revoked yet; how many were."""
    open_ids = s.execute(
        select(Certificate.id).where(
            Certificate.person_id == person_id,
            Certificate.id.not_in(select(CertificateRevocation.certificate_id)))  # type: ignore[union-attr]
    ).scalars().all()
    if open_ids:
        s.execute(insert(CertificateRevocation), [
            {"certificate_id": cid, "reason": ERASURE_REVOCATION, "revoked_by": username}
            for cid in open_ids])
    return len(open_ids)


def _plain(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    values = {k: v for k, v in row.model_dump().items() if k not in skip}
    return {k: (v.isoformat() if isinstance(v, date | datetime) else v)
            for k, v in values.items()}


class PrivacyService(Service):
    # --- finding the person ---------------------------------------------------------------

    @use_case("privacy.find", Permission.DATA_SUBJECT)
    def find(self, text: str, limit: int = 50) -> list[PersonBrief]:
        """People whose name, national ID, phone or reference contains ``text``."""
        needle = clean_name(text)
        if not needle:
            return []
        like = f"%{needle}%"
        id_like = f"%{normalise_national_id(needle)}%"
        with self.db.read() as s:
            rows = s.execute(
                select(Person, Cohort.name).outerjoin(Cohort, Cohort.id == Person.cohort_id)
                .where(or_(
                    (Person.first_name + " " + Person.last_name).like(like),
                    Person.last_name.like(like), Person.national_id_norm.like(id_like),
                    Person.phone.like(like), Person.uid.like(like),
                ))
                .order_by(Person.last_name, Person.first_name).limit(limit)
            ).all()
        return [self._brief(p, cohort) for p, cohort in rows]

    @staticmethod
    def _brief(p: Person, cohort: str | None) -> PersonBrief:
        assert p.id is not None
        return PersonBrief(p.id, p.uid, f"{p.first_name} {p.last_name}".strip(),
                           p.national_id, p.stage, cohort, p.erased_at is not None, p.version)

    def _person(self, s: Session, person_id: int) -> Person:
        person = s.get(Person, person_id) if isinstance(person_id, int) else None
        if person is None:
            raise NotFoundError("person", person_id)
        return person

    # --- access: everything held about them --------------------------------------------------

    @use_case("privacy.export", Permission.DATA_SUBJECT)
    def export(self, person_id: int) -> PersonExport:
        with self.db.write() as s:
            person = self._person(s, person_id)
            cohort = s.get(Cohort, person.cohort_id) if person.cohort_id else None
            history = s.execute(select(StageChange).where(StageChange.person_id == person_id)
                                .order_by(StageChange.changed_on, StageChange.id)).scalars()
            trail = s.execute(select(AuditEntry).where(
                AuditEntry.entity == "person", AuditEntry.entity_id == str(person_id))
                .order_by(AuditEntry.id)).scalars()
            from issp_desktop.db.models import Centre

            centre = s.execute(select(Centre.name).order_by(Centre.id)).scalar() or ""
            export = PersonExport(
                exported_at=utcnow().isoformat(timespec="seconds"),
                centre=centre,
                person=_plain(person, skip=("national_id_norm",)),
                cohort=_plain(cohort, skip=("uid", "version")) if cohort else None,
                stage_history=[_plain(h, skip=("person_id",)) for h in history],
                audit_trail=[{"at": a.at.isoformat(timespec="seconds"), "by": a.username,
                              "action": a.use_case, "before": a.old_values,
                              "after": a.new_values} for a in trail],
            )
            audit.record(s, self.actor, "privacy.export", "person", person_id)
        return export

    @use_case("privacy.export_files", Permission.DATA_SUBJECT)
    def export_files(self, person_id: int, folder: Path) -> tuple[Path, Path]:
        """Write ``<ref>.json`` and ``<ref>.pdf`` into ``folder``; returns both paths."""
        from issp_desktop.reports.person_record import build_person_record_pdf

        data = self.export(person_id)
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"personal-data-{data.person['uid'][:8]}"
        json_path = folder / f"{stem}.json"
        pdf_path = folder / f"{stem}.pdf"
        tmp = json_path.with_suffix(".json.tmp")
        tmp.write_text(data.to_json(), encoding="utf-8")
        tmp.replace(json_path)
        build_person_record_pdf(data, pdf_path)
        return json_path, pdf_path

    # --- correction -----------------------------------------------------------------------------

    @use_case("privacy.correct", Permission.PEOPLE_EDIT)
    def correct(self, person_id: int, fix: PersonCorrection, expected_version: int) -> PersonBrief:
        first, last = clean_name(fix.first_name), clean_name(fix.last_name)
        for label, raw, clean in (("first name", fix.first_name, first),
                                  ("last name", fix.last_name, last)):
            if has_invisible(raw):
                raise ValidationError(label, "contains invisible or direction-changing characters")
            if not clean:
                raise ValidationError(label, "must not be empty")
            if len(clean) > 100:
                raise ValidationError(label, "is longer than 100 characters")
        if fix.date_of_birth and fix.date_of_birth > date.today():
            raise ValidationError("date of birth", "is in the future")
        with self.db.write() as s:
            person = self._person(s, person_id)
            if person.erased_at is not None:
                raise ValidationError("person", "was erased on request; nothing to correct")
            if person.version != expected_version:
                raise StaleRecordError("person", person.updated_by or "?",
                                       person.updated_at.strftime("%Y-%m-%d %H:%M"))
            norm = normalise_national_id(fix.national_id) if fix.national_id else None
            if norm:
                clash = s.execute(select(Person.id).where(Person.national_id_norm == norm,
                                                          Person.id != person_id)).first()
                if clash:
                    raise ValidationError("national ID", "belongs to another person already")
            before = self._fields(person)
            person.first_name, person.last_name = first, last
            person.other_names = clean_name(fix.other_names)
            person.national_id = fix.national_id.strip() if fix.national_id else None
            person.national_id_norm = norm
            person.date_of_birth = fix.date_of_birth
            person.gender, person.phone = fix.gender.strip(), fix.phone.strip()
            person.county = clean_name(fix.county)
            self._touch(person)
            after = self._fields(person)
            changed = {k for k in after if after[k] != before[k]}
            audit.record(s, self.actor, "privacy.correct", "person", person_id,
                         {k: before[k] for k in changed}, {k: after[k] for k in changed})
            cohort = s.get(Cohort, person.cohort_id) if person.cohort_id else None
            return self._brief(person, cohort.name if cohort else None)

    @staticmethod
    def _fields(p: Person) -> dict[str, Any]:
        return {"first_name": p.first_name, "last_name": p.last_name,
                "other_names": p.other_names, "national_id": p.national_id,
                "date_of_birth": p.date_of_birth, "gender": p.gender, "phone": p.phone,
                "county": p.county}

    def _touch(self, person: Person) -> None:
        person.updated_at = utcnow()
        person.updated_by = self.actor.username
        person.version += 1

    # --- erasure --------------------------------------------------------------------------------

    @use_case("privacy.erase", Permission.DATA_SUBJECT)
    def erase(self, person_id: int, reason: str) -> PersonBrief:
        reason = clean_name(reason)
        if len(reason) < 3:
            raise ValidationError("reason", "say why (e.g. 'request by the person, 3 March')")
        with self.db.write() as s:
            person = self._person(s, person_id)
            if person.erased_at is not None:
                raise ValidationError("person", "was already erased")
            self._pseudonymise(person)
            revoked = _revoke_certificates(s, person_id, self.actor.username)
            audit.record(s, self.actor, "privacy.erase", "person", person_id, None,
                         {"reason": reason[:300], "certificates_revoked": revoked})
            return self._brief(person, None)

    def _pseudonymise(self, person: Person) -> None:
        # Issued certificates are permanent signed evidence (the register's triggers refuse
        # any change); erasure revokes them so that a code can no longer vouch for the person.
        person.first_name = ERASED_FIRST_NAME
        person.last_name = f"#{person.uid[:8]}"
        person.other_names = ""
        person.national_id = None
        person.national_id_norm = None
        person.date_of_birth = None
        person.phone = ""
        person.erased_at = utcnow()
        self._touch(person)

    # --- retention ------------------------------------------------------------------------------

    @use_case("privacy.retention", None)
    def apply_retention(self, *, today: date | None = None, dry_run: bool = False) -> int:
        """Pseudonymise alumni who left more than the retention setting's months ago.

        Runs by itself (as the system) once a day when the app starts; returns how many."""
        from issp_desktop.services.centre import CentreService

        months = CentreService(self.ctx).safety().alumni_retention_months
        if months <= 0:
            return 0
        today = today or date.today()
        cutoff = today - timedelta(days=round(months * 30.44))
        with self.db.write() as s:
            left = (select(StageChange.person_id, func.max(StageChange.changed_on).label("on"))
                    .where(StageChange.to_stage == Stage.ALUMNUS.value)
                    .group_by(StageChange.person_id).subquery())
            due = s.execute(
                select(Person).join(left, left.c.person_id == Person.id)
                .where(Person.stage == Stage.ALUMNUS.value, Person.erased_at.is_(None),
                       left.c.on < cutoff)
            ).scalars().all()
            if dry_run:
                return len(due)
            for person in due:
                self._pseudonymise(person)
            if due:
                audit.record(s, SYSTEM, "privacy.retention", "person", "", None,
                             {"erased": len(due), "left_before": cutoff.isoformat(),
                              "months": months})
        return len(due)

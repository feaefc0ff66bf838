"""ID badges (part of ``CertificateService``): a printable badge per person with their badge
number as a QR code and a Code 128 barcode, for the attendance kiosk's scanner. Only people
with a badge number get one; the others are listed so the user knows whom to give one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select

from issp_desktop.db.models import Cohort, Person, PersonPhoto
from issp_desktop.domain.access import Permission
from issp_desktop.errors import ValidationError
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.certificate_content import full_name
from issp_desktop.services.certificate_issue import check_output
from issp_desktop.services.certificate_settings import branding_of
from issp_desktop.services.certificate_types import BadgeRow, BadgeSheet

STAGES = ("applicant", "trainee", "worker", "alumnus")
MAX_BADGES = 5000


class BadgeUseCases(Service):
    @use_case("badges.people", Permission.PEOPLE_VIEW)
    def badge_people(self, stage: str | None = "worker", cohort_id: int | None = None
                     ) -> list[BadgeRow]:
        """People to choose from (no photos), by last then first name."""
        if stage is not None and stage not in STAGES:
            raise ValidationError("stage", f"'{stage}' is not one of {', '.join(STAGES)}")
        q = (select(Person.id, Person.first_name, Person.other_names, Person.last_name,
                    Person.stage, Person.badge_no, Cohort.name)
             .outerjoin(Cohort, Cohort.id == Person.cohort_id)
             .where(Person.erased_at.is_(None))
             .order_by(Person.last_name, Person.first_name, Person.id))
        if stage is not None:
            q = q.where(Person.stage == stage)
        if cohort_id is not None:
            q = q.where(Person.cohort_id == cohort_id)
        with self.db.read() as s:
            return [BadgeRow(pid, full_name(first, other, last), st, badge, cohort or "")
                    for pid, first, other, last, st, badge, cohort in s.execute(q).all()]

    @use_case("badges.sheet", Permission.ATTENDANCE_EDIT)
    def badge_sheet(self, person_ids: Sequence[int]) -> BadgeSheet:
        """The badges of these people (with photos), and who among them has no number."""
        ids = list(dict.fromkeys(int(p) for p in person_ids))
        if not ids:
            raise ValidationError("badges", "choose at least one person")
        if len(ids) > MAX_BADGES:
            raise ValidationError("badges", f"at most {MAX_BADGES:,} at a time")
        with self.db.read() as s:
            rows = s.execute(select(Person.id, Person.first_name, Person.other_names,
                                    Person.last_name, Person.stage, Person.badge_no,
                                    Cohort.name)
                             .outerjoin(Cohort, Cohort.id == Person.cohort_id)
                             .where(Person.id.in_(ids), Person.erased_at.is_(None))
                             .order_by(Person.last_name, Person.first_name, Person.id)).all()
            with_badge = [r[0] for r in rows if r[5]]
            photos = dict(s.execute(select(PersonPhoto.person_id, PersonPhoto.image)
                                    .where(PersonPhoto.person_id.in_(with_badge))).all()) \
                if with_badge else {}
            branding = branding_of(s)
        badges, missing = [], []
        for pid, first, other, last, stage, badge, cohort in rows:
            row = BadgeRow(pid, full_name(first, other, last), stage, badge, cohort or "",
                           photos.get(pid))
            (badges if badge else missing).append(row)
        if len(rows) < len(ids):
            known = {r[0] for r in rows}
            missing += [BadgeRow(p, f"person {p} (not found)", "", None, "")
                        for p in ids if p not in known]
        return BadgeSheet(branding.centre_name, branding.accent_colour, branding.logo_png,
                          tuple(badges), tuple(missing))

    @use_case("badges.pdf", Permission.ATTENDANCE_EDIT)
    def badge_pdf(self, person_ids: Sequence[int], path: Path,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> BadgeSheet:
        """Write the badges (ten to an A4 page) to ``path``; returns the sheet, whose
        ``missing`` lists the people left out for want of a badge number."""
        from issp_desktop.reports.badge_pdf import build_badges_pdf

        target = check_output(path)
        sheet = self.badge_sheet(person_ids)
        if not sheet.badges:
            raise ValidationError("badges", f"none of the {len(sheet.missing)} people chosen "
                                            "has a badge number yet")
        partial = target.with_name(f".{target.name}.partial")
        try:
            build_badges_pdf(sheet, partial, progress, cancelled)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return sheet

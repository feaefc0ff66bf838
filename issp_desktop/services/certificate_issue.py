"""Issuing certificates (part of ``CertificateService``): who is eligible, a preview, issuing
to the register, and issuing straight into one PDF.

Issuing signs each certificate's content with the centre's key, gives it the next serial of
the year and a random short code, and writes it to the register, all in one transaction. Into
a PDF, the pages are drawn inside that same transaction: cancelling, or any failure, leaves
neither register rows nor a file behind.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import Cohort, Person
from issp_desktop.db.models.certificates import Certificate
from issp_desktop.domain.access import Permission
from issp_desktop.domain.certificates import (
    CertificateKind,
    encode_body,
    make_code,
    next_serial,
    qr_text,
)
from issp_desktop.errors import PermissionDeniedError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.certificate_content import Candidate, candidates
from issp_desktop.services.certificate_settings import (
    branding_of,
    wording_for,
    wordings_of,
    write_public_key_file,
)
from issp_desktop.services.certificate_types import (
    CertificatePrint,
    Eligibility,
    IssuedCertificate,
    IssueRequest,
    IssueResult,
    NoEligibleError,
    Orientation,
    PrintJob,
)
from issp_desktop.services.training_cohorts import load_cohort

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def _kind(raw: object) -> CertificateKind:
    try:
        return CertificateKind(str(raw))
    except ValueError:
        raise ValidationError("kind", f"'{raw}' is not progress or skill") from None


def _orientation(raw: object) -> Orientation:
    try:
        return Orientation(str(raw))
    except ValueError:
        raise ValidationError("orientation", f"'{raw}' is not landscape or portrait") from None


def check_output(path: Path) -> Path:
    target = Path(path)
    if target.is_dir():
        raise ValidationError("output file", f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise ValidationError("output file", f"the folder {target.parent} does not exist")
    return target


def last_number(s: Session, year: int) -> int:
    serial = s.execute(select(Certificate.serial)
                       .where(Certificate.serial.like(f"{year:04d}-%"))
                       .order_by(func.length(Certificate.serial).desc(),
                                 Certificate.serial.desc()).limit(1)).scalar()
    return int(serial.split("-", 1)[1]) if serial else 0


def new_codes(s: Session, n: int) -> list[str]:
    codes: list[str] = []
    seen: set[str] = set()
    while len(codes) < n:
        batch = [make_code(secrets.token_bytes(7)) for _ in range(n - len(codes))]
        taken = set(s.execute(select(Certificate.code).where(Certificate.code.in_(batch)))
                    .scalars())
        for code in batch:
            if code not in taken and code not in seen:
                seen.add(code)
                codes.append(code)
    return codes


class IssueUseCases(Service):
    def _accuracy(self, person_ids: list[int]) -> dict[int, Any]:
        """Production accuracy per person from the deliverables feature, when it offers it."""
        from issp_desktop.services.deliverables import DeliverablesService

        fn = getattr(DeliverablesService(self.ctx), "production_accuracy", None)
        if fn is None:
            return {}
        try:
            return dict(fn(person_ids))
        except PermissionDeniedError:
            return {}

    def _members(self, cohort_id: int) -> list[int]:
        with self.db.read() as s:
            load_cohort(s, cohort_id)
            return list(s.execute(select(Person.id).where(Person.cohort_id == cohort_id))
                        .scalars())

    def _candidates(self, s: Session, req: IssueRequest, today: date,
                    accuracy: dict[int, Any]) -> tuple[Cohort, list[Candidate]]:
        kind = _kind(req.kind)
        cohort = load_cohort(s, req.cohort_id)
        ids = None if req.person_ids is None else list(req.person_ids)
        return cohort, candidates(s, cohort, kind, today, ids, lambda _ids: accuracy)

    @use_case("certificates.eligibility", Permission.TRAINING_VIEW)
    def eligibility(self, cohort_id: int, kind: CertificateKind | str,
                    person_ids: tuple[int, ...] | None = None) -> list[Eligibility]:
        """Each chosen member: eligible or not, with the reason (or what it will say)."""
        req = IssueRequest(cohort_id, kind, person_ids)
        _kind(kind)
        accuracy = self._accuracy(self._members(cohort_id)) if _kind(kind) is \
            CertificateKind.SKILL else {}
        with self.db.read() as s:
            _, found = self._candidates(s, req, date.today(), accuracy)
            return [c.eligibility for c in found]

    @use_case("certificates.preview", Permission.TRAINING_VIEW)
    def preview(self, req: IssueRequest, today: date | None = None) -> PrintJob:
        """The first eligible person's certificate as it would print, marked as a preview
        (no serial, no code, a QR code that verifies nothing). Nothing is written."""
        orientation = _orientation(req.orientation)
        kind = _kind(req.kind)
        accuracy = self._accuracy(self._members(req.cohort_id)) \
            if kind is CertificateKind.SKILL else {}
        with self.db.read() as s:
            cohort, found = self._candidates(s, req, today or date.today(), accuracy)
            ready = [c for c in found if c.content is not None]
            if not ready:
                raise NoEligibleError(cohort.name, kind.value, len(found),
                                      [f"{c.eligibility.name}: {c.eligibility.reason}"
                                       for c in found])
            content = ready[0].content
            assert content is not None
            key = keys.current_key(s)
            content = replace(content, key_id=key.key_id if key else "00000000",
                              serial=f"{content.issued_on.year:04d}-00000")
            wording = wording_for(wordings_of(s), cohort.programme)
            return PrintJob(branding_of(s), (CertificatePrint(
                content, "", "PREVIEW", orientation, wording, preview=True),))

    def _issue_in(self, s: Session, req: IssueRequest, today: date,
                  accuracy: dict[int, Any]) -> tuple[IssueResult, PrintJob]:
        orientation = _orientation(req.orientation)
        kind = _kind(req.kind)
        cohort, found = self._candidates(s, req, today, accuracy)
        ready = [c for c in found if c.content is not None]
        if not ready:
            raise NoEligibleError(cohort.name, kind.value, len(found),
                                  [f"{c.eligibility.name}: {c.eligibility.reason}"
                                   for c in found])
        key = keys.make_key(s, self.actor.username)
        number = last_number(s, today.year)
        codes = new_codes(s, len(ready))
        wording = wording_for(wordings_of(s), cohort.programme)
        rows: list[dict[str, Any]] = []
        issued: list[IssuedCertificate] = []
        prints: list[CertificatePrint] = []
        for i, cand in enumerate(ready):
            assert cand.content is not None
            content = replace(cand.content, key_id=key.key_id,
                              serial=next_serial(today.year, number + i))
            body = encode_body(content)
            signature = keys.sign(key.private_key, body)
            pid = cand.eligibility.person_id
            rows.append({"serial": content.serial, "code": codes[i], "person_id": pid,
                         "cohort_id": cohort.id, "kind": kind.value, "issued_on": today,
                         "issued_by": self.actor.username, "key_id": key.key_id,
                         "orientation": orientation.value, "body": body,
                         "signature": signature})
            issued.append(IssuedCertificate(content.serial, codes[i], pid, content.person))
            prints.append(CertificatePrint(content, codes[i], qr_text(body, signature),
                                           orientation, wording))
        s.execute(insert(Certificate), rows)
        audit.record(s, self.actor, "certificates.issue", "cohort", cohort.id, None, {
            "kind": kind.value, "count": len(rows), "first_serial": rows[0]["serial"],
            "last_serial": rows[-1]["serial"], "person_ids": [r["person_id"] for r in rows]})
        skipped = tuple(c.eligibility for c in found if c.content is None)
        return (IssueResult(tuple(issued), skipped),
                PrintJob(branding_of(s), tuple(prints)))

    def _after_issue(self) -> None:
        with self.db.read() as s:
            key = keys.current_key(s)
            from issp_desktop.services.certificate_settings import centre_name

            name = centre_name(s)
        if key is not None:
            write_public_key_file(self.ctx.backups_dir.parent, name, key.public_key)

    @use_case("certificates.issue", Permission.CERTIFICATES_ISSUE)
    def issue(self, req: IssueRequest, today: date | None = None
              ) -> tuple[IssueResult, PrintJob]:
        """Issue a certificate to every eligible person asked for (the others are listed as
        skipped, with the reason); returns them and the pages to print."""
        accuracy = self._accuracy(self._members(req.cohort_id)) \
            if _kind(req.kind) is CertificateKind.SKILL else {}
        with self.db.write() as s:
            result = self._issue_in(s, req, today or date.today(), accuracy)
        self._after_issue()
        return result

    @use_case("certificates.issue_pdf", Permission.CERTIFICATES_ISSUE)
    def issue_pdf(self, req: IssueRequest, path: Path, progress: Progress | None = None,
                  cancelled: Cancelled | None = None, today: date | None = None
                  ) -> IssueResult:
        """Issue as ``issue`` and write every certificate into one PDF at ``path``. All or
        nothing: on cancel or failure no certificate is issued and no file is left."""
        from issp_desktop.reports.certificate_pdf import build_certificates_pdf

        target = check_output(path)
        accuracy = self._accuracy(self._members(req.cohort_id)) \
            if _kind(req.kind) is CertificateKind.SKILL else {}
        partial = target.with_name(f".{target.name}.partial")
        try:
            with self.db.write() as s:
                result, job = self._issue_in(s, req, today or date.today(), accuracy)
                build_certificates_pdf(job, partial, progress, cancelled)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        self._after_issue()
        return result

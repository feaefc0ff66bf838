"""The certificate register (part of ``CertificateService``): browsing, reprinting,
revoking, and verifying a scanned QR text or a typed short code.

Verifying a QR text needs only the issuer's public key (ours or a trusted centre's): the
content travels with its signature. A short code finds the entry in this centre's register,
whose stored content is checked against its signature again (a changed row is caught too).
Revocation is known for our own certificates only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlmodel import Session

from issp_desktop.db.models import Cohort, Person
from issp_desktop.db.models.certificates import (
    Certificate,
    CertificateKey,
    CertificateRevocation,
    TrustedCentre,
)
from issp_desktop.domain.access import Permission
from issp_desktop.domain.certificates import (
    CertificateKind,
    CodeError,
    PayloadError,
    decode_body,
    format_code,
    looks_like_qr_text,
    normalise_code,
    qr_text,
    split_qr_text,
)
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.certificate_issue import check_output
from issp_desktop.services.certificate_settings import (
    branding_of,
    centre_name,
    wording_for,
    wordings_of,
)
from issp_desktop.services.certificate_types import (
    CertificatePrint,
    Orientation,
    PrintJob,
    RegisterFilter,
    RegisterRow,
    VerifyResult,
    VerifyStatus,
)
from issp_desktop.services.training_cohorts import clean_text

NOT_GENUINE = VerifyStatus.NOT_GENUINE


def _register_query(f: RegisterFilter) -> Any:
    q = (select(Certificate.id, Certificate.serial, Certificate.code, Certificate.person_id,
                Certificate.body, Certificate.kind, Cohort.name, Certificate.issued_on,
                Certificate.issued_by, CertificateRevocation.revoked_at,
                CertificateRevocation.reason)
         .join(Person, Person.id == Certificate.person_id)
         .outerjoin(Cohort, Cohort.id == Certificate.cohort_id)
         .outerjoin(CertificateRevocation,
                    CertificateRevocation.certificate_id == Certificate.id))
    text = (f.text or "").strip()
    if text:
        like = f"%{text.lower()}%"
        compact = text.upper().replace("-", "").replace(" ", "")
        q = q.where(or_(Certificate.serial.like(f"%{text}%"),
                        Certificate.code.like(f"%{compact}%"),
                        func.lower(Person.first_name + " " + Person.last_name).like(like),
                        func.lower(Person.other_names).like(like)))
    if f.kind is not None:
        q = q.where(Certificate.kind == CertificateKind(f.kind).value)
    if f.cohort_id is not None:
        q = q.where(Certificate.cohort_id == f.cohort_id)
    return q


def _printed_name(body: str) -> str:
    try:
        return decode_body(body).person
    except PayloadError:
        return "?"


def _print_of(row: Certificate, wordings: dict[str, Any]) -> CertificatePrint:
    content = decode_body(row.body)
    return CertificatePrint(content, row.code, qr_text(row.body, row.signature),
                            Orientation(row.orientation),
                            wording_for(wordings, content.programme))


class RegisterUseCases(Service):
    @use_case("certificates.register_count", Permission.TRAINING_VIEW)
    def register_count(self, f: RegisterFilter | None = None) -> int:
        with self.db.read() as s:
            q = _register_query(f or RegisterFilter()).subquery()
            return int(s.execute(select(func.count()).select_from(q)).scalar() or 0)

    @use_case("certificates.register_page", Permission.TRAINING_VIEW)
    def register_page(self, f: RegisterFilter | None = None, offset: int = 0,
                      limit: int = 200) -> list[RegisterRow]:
        """One page of the register, newest first."""
        with self.db.read() as s:
            q = (_register_query(f or RegisterFilter())
                 .order_by(Certificate.issued_at.desc(), Certificate.id.desc())
                 .offset(max(0, int(offset))).limit(max(1, min(int(limit), 1000))))
            return [RegisterRow(cid, serial, code, pid, _printed_name(body),
                                CertificateKind(kind), cohort or "", issued_on, issued_by,
                                revoked_at, reason or "")
                    for (cid, serial, code, pid, body, kind, cohort, issued_on, issued_by,
                         revoked_at, reason) in s.execute(q).all()]

    def _rows(self, s: Session, serials: list[str]) -> list[Certificate]:
        wanted = [str(x).strip() for x in serials]
        found = {r.serial: r for r in s.execute(
            select(Certificate).where(Certificate.serial.in_(wanted))).scalars()}
        missing = [x for x in wanted if x not in found]
        if missing:
            raise NotFoundError("certificate", ", ".join(missing[:5]))
        revoked = set(s.execute(select(Certificate.serial).join(
            CertificateRevocation, CertificateRevocation.certificate_id == Certificate.id)
            .where(Certificate.serial.in_(wanted))).scalars())
        if revoked:
            raise ValidationError("reprint", f"{', '.join(sorted(revoked)[:5])} "
                                             "revoked: a revoked certificate is not reprinted")
        return [found[x] for x in wanted]

    @use_case("certificates.reprint", Permission.CERTIFICATES_ISSUE)
    def reprint(self, serials: list[str]) -> PrintJob:
        """The same certificates again: same content, serial, code and signature."""
        if not serials:
            raise ValidationError("reprint", "choose at least one certificate")
        with self.db.read() as s:
            rows = self._rows(s, list(serials))
            wordings = wordings_of(s)
            return PrintJob(branding_of(s), tuple(_print_of(r, wordings) for r in rows))

    @use_case("certificates.reprint_pdf", Permission.CERTIFICATES_ISSUE)
    def reprint_pdf(self, serials: list[str], path: Path,
                    progress: Callable[[int, int, str], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> int:
        from issp_desktop.reports.certificate_pdf import build_certificates_pdf

        target = check_output(path)
        job = self.reprint(serials)
        partial = target.with_name(f".{target.name}.partial")
        try:
            pages = build_certificates_pdf(job, partial, progress, cancelled)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return pages

    @use_case("certificates.revoke", Permission.CERTIFICATES_ISSUE)
    def revoke(self, serial: str, reason: str) -> RegisterRow:
        why = clean_text("reason", reason or "", 500, required=True)
        with self.db.write() as s:
            row = s.execute(select(Certificate).where(
                Certificate.serial == str(serial).strip())).scalar()
            if row is None:
                raise NotFoundError("certificate", serial)
            done = s.execute(select(CertificateRevocation).where(
                CertificateRevocation.certificate_id == row.id)).scalar()
            if done is not None:
                raise ValidationError("certificate", f"{row.serial} was revoked already on "
                                      f"{done.revoked_at:%Y-%m-%d} by {done.revoked_by}: "
                                      f"{done.reason}")
            s.execute(insert(CertificateRevocation), [{
                "certificate_id": row.id, "reason": why, "revoked_by": self.actor.username}])
            audit.record(s, self.actor, "certificates.revoke", "certificate", row.id, None,
                         {"serial": row.serial, "reason": why})
            found = s.execute(_register_query(RegisterFilter())
                              .where(Certificate.id == row.id)).one()
        (cid, serial_, code, pid, body, kind, cohort, issued_on, issued_by, at, why_) = found
        return RegisterRow(cid, serial_, code, pid, _printed_name(body), CertificateKind(kind),
                           cohort or "", issued_on, issued_by, at, why_ or "")

    # --- verification ----------------------------------------------------------------------

    @use_case("certificates.verify", None)
    def verify(self, text: str) -> VerifyResult:
        """Genuine, not genuine, unknown or revoked, with the signed content when known."""
        raw = (text or "").strip() if isinstance(text, str) else ""
        if not raw:
            return VerifyResult(VerifyStatus.UNKNOWN,
                                "Nothing to check: scan the QR code or type the short code.")
        if looks_like_qr_text(raw):
            return self._verify_qr(raw)
        return self._verify_code(raw)

    def _verify_qr(self, raw: str) -> VerifyResult:
        try:
            body, signature = split_qr_text(raw)
            content = decode_body(body)
        except PayloadError as exc:
            return VerifyResult(NOT_GENUINE, f"The QR text is damaged, cut short or altered: "
                                             f"{exc.reason}.")
        with self.db.read() as s:
            own = s.execute(select(CertificateKey).where(
                CertificateKey.key_id == content.key_id)).scalar()
            if own is not None:
                public, issuer = own.public_key, centre_name(s) or "this centre"
            else:
                other = s.execute(select(TrustedCentre).where(
                    TrustedCentre.key_id == content.key_id)).scalar()
                if other is None:
                    return VerifyResult(
                        VerifyStatus.UNKNOWN,
                        f"Issued by a centre whose key ({content.key_id}) is not trusted here. "
                        "Import that centre's public key (Certificates → Templates & signing) "
                        "to check its certificates.", content)
                public, issuer = other.public_key, other.name
            if not keys.signature_ok(public, body, signature):
                return VerifyResult(NOT_GENUINE, "The signature does not match the content: "
                                    "this certificate has been altered or forged.", None, issuer)
            if own is None:
                return VerifyResult(VerifyStatus.GENUINE,
                                    f"Signed by {issuer}. Whether it was revoked can only be "
                                    "checked at the issuing centre.", content, issuer)
            entry = s.execute(select(Certificate.code, CertificateRevocation.revoked_at,
                                     CertificateRevocation.reason)
                              .outerjoin(CertificateRevocation,
                                         CertificateRevocation.certificate_id == Certificate.id)
                              .where(Certificate.serial == content.serial)).first()
        return self._own_result(content, issuer, entry)

    def _verify_code(self, raw: str) -> VerifyResult:
        try:
            code = normalise_code(raw)
        except CodeError as exc:
            return VerifyResult(VerifyStatus.UNKNOWN, f"Not a valid short code: {exc.reason}.")
        with self.db.read() as s:
            row = s.execute(select(Certificate.body, Certificate.signature, Certificate.key_id)
                            .where(Certificate.code == code)).first()
            if row is None:
                return VerifyResult(
                    VerifyStatus.UNKNOWN,
                    f"No certificate with the code {format_code(code)} is in this centre's "
                    "register. A short code can only be checked at the issuing centre; scan "
                    "the QR code to check it anywhere.", code=code)
            body, signature, key_id = row
            key = s.execute(select(CertificateKey.public_key).where(
                CertificateKey.key_id == key_id)).scalar()
            issuer = centre_name(s) or "this centre"
            if key is None or not keys.signature_ok(key, body, signature):
                return VerifyResult(NOT_GENUINE, "The register entry for this code does not "
                                    "match its signature: it has been altered.", code=code)
            content = decode_body(body)
            entry = s.execute(select(Certificate.code, CertificateRevocation.revoked_at,
                                     CertificateRevocation.reason)
                              .outerjoin(CertificateRevocation,
                                         CertificateRevocation.certificate_id == Certificate.id)
                              .where(Certificate.code == code)).first()
        return self._own_result(content, issuer, entry)

    @staticmethod
    def _own_result(content: Any, issuer: str, entry: Any) -> VerifyResult:
        if entry is None:
            return VerifyResult(VerifyStatus.GENUINE,
                                f"Signed by {issuer}, but it is not in this copy of the "
                                "register (restored from an older backup?).", content, issuer,
                                own=True)
        code, revoked_at, reason = entry
        if revoked_at is not None:
            return VerifyResult(VerifyStatus.REVOKED,
                                f"Revoked on {revoked_at:%Y-%m-%d}: {reason}", content, issuer,
                                own=True, code=code, revoked_at=revoked_at,
                                revoked_reason=reason)
        return VerifyResult(VerifyStatus.GENUINE, f"Issued and signed by {issuer}; not "
                            "revoked.", content, issuer, own=True, code=code)

"""Plain data that crosses the certificate service's boundary, and its typed errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from issp_desktop.domain.certificates import CertificateContent, CertificateKind
from issp_desktop.errors import IsspError, ValidationError


class Orientation(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


class VerifyStatus(StrEnum):
    GENUINE = "genuine"
    NOT_GENUINE = "not genuine"
    UNKNOWN = "unknown"  # no such short code here, or an issuer whose key is not trusted here
    REVOKED = "revoked"


# --- errors ------------------------------------------------------------------------------------

class NoEligibleError(ValidationError):
    """Nobody asked for may receive this kind of certificate; nothing was issued."""

    def __init__(self, cohort: str, kind: str, members: int, reasons: list[str]) -> None:
        if members == 0:
            reason = "has no members"
        else:
            shown = "; ".join(reasons[:3])
            more = f" (and {len(reasons) - 3} more)" if len(reasons) > 3 else ""
            reason = (f"none of its {members} member(s) chosen is eligible for a {kind} "
                      f"certificate: {shown}{more}")
        super().__init__(f"cohort '{cohort}'", reason)
        self.cohort = cohort
        self.kind = kind
        self.members = members


class CertificatesCancelledError(IsspError):
    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was issued and no file was written.")


class KeyFileError(ValidationError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"key file {path}", reason)


# --- what the templates show -----------------------------------------------------------------

DEFAULT_PROGRESS_TITLE = "Certificate of Progress"
DEFAULT_PROGRESS_TEXT = ("has made the following progress in the {programme} programme at "
                         "{centre} (cohort {cohort}).")
DEFAULT_SKILL_TITLE = "Certificate of Skill"
DEFAULT_SKILL_TEXT = ("has completed the {programme} programme at {centre} (cohort {cohort}) "
                      "and has shown the skills below.")
PLACEHOLDERS = ("{programme}", "{cohort}", "{centre}")


@dataclass(frozen=True)
class Wording:
    """Titles and sentences for one programme ('' = the default for every programme). The
    sentences may use {programme}, {cohort} and {centre}."""

    programme: str = ""
    progress_title: str = DEFAULT_PROGRESS_TITLE
    progress_text: str = DEFAULT_PROGRESS_TEXT
    skill_title: str = DEFAULT_SKILL_TITLE
    skill_text: str = DEFAULT_SKILL_TEXT

    def title(self, kind: CertificateKind) -> str:
        return self.skill_title if kind is CertificateKind.SKILL else self.progress_title

    def sentence(self, kind: CertificateKind, programme: str, cohort: str,
                 centre: str) -> str:
        text = self.skill_text if kind is CertificateKind.SKILL else self.progress_text
        for key, value in (("{programme}", programme or "training"),
                           ("{cohort}", cohort or "—"), ("{centre}", centre or "the centre")):
            text = text.replace(key, value)
        return text


@dataclass(frozen=True)
class Branding:
    centre_name: str = ""
    logo_png: bytes | None = None
    accent_colour: str = "#1F5F8B"
    signatory_name: str = ""
    signatory_title: str = ""
    signature_png: bytes | None = None
    version: int = 0  # 0: never saved (the defaults)


@dataclass(frozen=True)
class BrandingInput:
    accent_colour: str = "#1F5F8B"
    signatory_name: str = ""
    signatory_title: str = ""
    logo_png: bytes | None = None  # None keeps the current image (see clear_logo)
    signature_png: bytes | None = None
    clear_logo: bool = False
    clear_signature: bool = False


@dataclass(frozen=True)
class CertificatePrint:
    """One certificate as it is printed."""

    content: CertificateContent
    code: str  # short code, 12 characters without dashes ('' on a preview)
    qr_text: str
    orientation: Orientation
    wording: Wording
    preview: bool = False


@dataclass(frozen=True)
class PrintJob:
    branding: Branding
    certificates: tuple[CertificatePrint, ...]


# --- issuing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class IssueRequest:
    cohort_id: int
    kind: CertificateKind | str = CertificateKind.PROGRESS
    person_ids: tuple[int, ...] | None = None  # None: every member of the cohort
    orientation: Orientation | str = Orientation.LANDSCAPE


@dataclass(frozen=True)
class Eligibility:
    person_id: int
    name: str
    eligible: bool
    reason: str  # why not; or a summary of what the certificate will say


@dataclass(frozen=True)
class IssuedCertificate:
    serial: str
    code: str
    person_id: int
    person: str


@dataclass(frozen=True)
class IssueResult:
    issued: tuple[IssuedCertificate, ...]
    skipped: tuple[Eligibility, ...]


# --- the register and verification ------------------------------------------------------------

@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""  # serial, code or name, case ignored
    kind: CertificateKind | None = None
    cohort_id: int | None = None


@dataclass(frozen=True)
class RegisterRow:
    id: int
    serial: str
    code: str
    person_id: int
    person: str
    kind: CertificateKind
    cohort: str
    issued_on: date
    issued_by: str
    revoked_at: datetime | None
    revoked_reason: str


@dataclass(frozen=True)
class VerifyResult:
    status: VerifyStatus
    reason: str
    content: CertificateContent | None = None
    issuer: str = ""  # the issuing centre's name as known here
    own: bool = False  # issued by this centre (revocation is known)
    code: str = ""
    revoked_at: datetime | None = None
    revoked_reason: str = ""

    @property
    def genuine(self) -> bool:
        return self.status is VerifyStatus.GENUINE


@dataclass(frozen=True)
class KeyInfo:
    centre: str
    key_id: str
    fingerprint: str
    public_key: bytes
    created_at: datetime


@dataclass(frozen=True)
class TrustedCentreRow:
    id: int
    name: str
    key_id: str
    fingerprint: str
    imported_at: datetime
    imported_by: str


# --- badges ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BadgeRow:
    person_id: int
    name: str
    stage: str
    badge_no: str | None
    cohort: str
    photo: bytes | None = None


@dataclass(frozen=True)
class BadgeSheet:
    centre: str
    accent_colour: str
    logo_png: bytes | None
    badges: tuple[BadgeRow, ...]  # people with a badge number
    missing: tuple[BadgeRow, ...]  # people asked for who have none

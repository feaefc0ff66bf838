"""Certificates: the certificate register, revocations, trusted centres, the centre's signing
key, and the branding and wording the templates use.

History is kept: ``certificate`` and ``certificate_revocation`` rows are never updated or
deleted (database triggers refuse it), and the signing key is never deleted.

``centre_branding`` (one row) holds the centre's logo as PNG bytes, its accent colour and the
signatory; payslips and other printed documents may use the logo too.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class CertificateKey(SQLModel, table=True):
    """The centre's Ed25519 key pair (raw 32-byte keys), made at first use. Kept in the
    database so every backup carries it and an encrypted database encrypts it."""

    __tablename__ = "certificate_key"

    id: int | None = Field(default=None, primary_key=True)
    key_id: str = Field(max_length=8, unique=True)
    public_key: bytes
    private_key: bytes
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=64)


class Certificate(SQLModel, table=True):
    """One issued certificate: its signed content exactly as printed. Never changed."""

    __tablename__ = "certificate"

    id: int | None = Field(default=None, primary_key=True)
    serial: str = Field(max_length=20, unique=True)
    code: str = Field(max_length=12, unique=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    cohort_id: int | None = Field(default=None, foreign_key="cohort.id", index=True)
    kind: str = Field(max_length=16)  # progress | skill
    issued_on: date
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    issued_by: str = Field(default="", max_length=64)
    key_id: str = Field(max_length=8)
    orientation: str = Field(default="landscape", max_length=10)  # landscape | portrait
    body: str = Field(max_length=4000)  # the canonical signed text
    signature: bytes


class CertificateRevocation(SQLModel, table=True):
    __tablename__ = "certificate_revocation"

    id: int | None = Field(default=None, primary_key=True)
    certificate_id: int = Field(foreign_key="certificate.id", unique=True)
    reason: str = Field(max_length=500)
    revoked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_by: str = Field(default="", max_length=64)


class TrustedCentre(SQLModel, table=True):
    """Another centre's public key: certificates it signed verify here."""

    __tablename__ = "trusted_centre"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    key_id: str = Field(max_length=8, unique=True)
    fingerprint: str = Field(max_length=19)
    public_key: bytes
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    imported_by: str = Field(default="", max_length=64)


class CentreBranding(SQLModel, table=True):
    """The centre's look on paper (one row, id 1): logo, accent colour, signatory."""

    __tablename__ = "centre_branding"

    id: int | None = Field(default=None, primary_key=True)
    logo_png: bytes | None = None
    accent_colour: str = Field(default="#1F5F8B", max_length=7)
    signatory_name: str = Field(default="", max_length=120)
    signatory_title: str = Field(default="", max_length=120)
    signature_png: bytes | None = None
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class CertificateWording(SQLModel, table=True):
    """Titles and sentences of the certificates of one programme ('' = every programme)."""

    __tablename__ = "certificate_wording"

    id: int | None = Field(default=None, primary_key=True)
    programme: str = Field(max_length=80, unique=True)
    progress_title: str = Field(max_length=120)
    progress_text: str = Field(max_length=600)
    skill_title: str = Field(max_length=120)
    skill_text: str = Field(max_length=600)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)

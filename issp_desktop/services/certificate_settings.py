"""Templates and signing (part of ``CertificateService``): the centre's branding (logo, accent
colour, signatory and signature image; table ``centre_branding``, which payslips may use too),
wording per programme, the centre's public key, and the trusted centres."""

from __future__ import annotations

import logging
import re
import struct
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import delete, select
from sqlmodel import Session

from issp_desktop.db.models import Centre
from issp_desktop.db.models.certificates import (
    CentreBranding,
    CertificateWording,
    TrustedCentre,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.certificates import fingerprint
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.certificate_types import (
    PLACEHOLDERS,
    Branding,
    BrandingInput,
    KeyInfo,
    TrustedCentreRow,
    Wording,
)
from issp_desktop.services.training_cohorts import clean_text

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 4000
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_PNG = b"\x89PNG\r\n\x1a\n"


def centre_name(s: Session) -> str:
    return s.execute(select(Centre.name).limit(1)).scalar() or ""


def branding_of(s: Session) -> Branding:
    row = s.get(CentreBranding, 1)
    name = centre_name(s)
    if row is None:
        return Branding(centre_name=name)
    return Branding(name, row.logo_png, row.accent_colour, row.signatory_name,
                    row.signatory_title, row.signature_png, row.version)


def wordings_of(s: Session) -> dict[str, Wording]:
    return {r.programme: Wording(r.programme, r.progress_title, r.progress_text,
                                 r.skill_title, r.skill_text)
            for r in s.execute(select(CertificateWording)).scalars()}


def wording_for(wordings: dict[str, Wording], programme: str) -> Wording:
    found = wordings.get(programme) or wordings.get("")
    return found if found is not None else Wording()


def check_image(field: str, data: bytes) -> bytes:
    if not isinstance(data, bytes | bytearray) or not data:
        raise ValidationError(field, "is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(field, f"is {len(data) // 1024:,} KB; at most "
                                     f"{MAX_IMAGE_BYTES // 1024 // 1024} MB")
    if data[:8] != _PNG or len(data) < 24 or data[12:16] != b"IHDR":
        raise ValidationError(field, "must be a PNG image")
    w, h = struct.unpack(">II", data[16:24])
    if not (8 <= w <= MAX_IMAGE_SIDE and 8 <= h <= MAX_IMAGE_SIDE):
        raise ValidationError(field, f"is {w}×{h} pixels; each side must be 8 to "
                                     f"{MAX_IMAGE_SIDE}")
    return bytes(data)


def _check_wording_text(field: str, raw: str, limit: int) -> str:
    text = clean_text(field, raw, limit, required=True)
    unknown = set(re.findall(r"\{[^}]*\}", text)) - set(PLACEHOLDERS)
    if unknown:
        raise ValidationError(field, f"uses {', '.join(sorted(unknown))}; only "
                                     f"{', '.join(PLACEHOLDERS)} may be used")
    return text


def write_public_key_file(data_dir: Path, centre: str, public_key: bytes) -> Path | None:
    """The public key beside the database, for handing to other centres (best effort)."""
    path = data_dir / keys.PUBLIC_KEY_FILE
    try:
        text = keys.key_file_text(centre, public_key)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        log.warning("could not write %s: %s", path, exc)
        return None
    return path


class SettingsUseCases(Service):
    @property
    def data_dir(self) -> Path:
        return self.ctx.backups_dir.parent

    # --- branding ----------------------------------------------------------------------------

    @use_case("certificates.branding", Permission.TRAINING_VIEW)
    def branding(self) -> Branding:
        with self.db.read() as s:
            return branding_of(s)

    @use_case("certificates.save_branding", Permission.CERTIFICATES_ISSUE)
    def save_branding(self, new: BrandingInput, expected_version: int) -> Branding:
        colour = (new.accent_colour or "").strip()
        if not _COLOUR.match(colour):
            raise ValidationError("accent colour", f"'{colour}' is not a colour like #1F5F8B")
        values: dict[str, object] = {
            "accent_colour": colour.upper(),
            "signatory_name": clean_text("signatory name", new.signatory_name, 120),
            "signatory_title": clean_text("signatory title", new.signatory_title, 120),
        }
        if new.logo_png is not None:
            values["logo_png"] = check_image("logo", new.logo_png)
        elif new.clear_logo:
            values["logo_png"] = None
        if new.signature_png is not None:
            values["signature_png"] = check_image("signature image", new.signature_png)
        elif new.clear_signature:
            values["signature_png"] = None
        with self.db.write() as s:
            row = s.get(CentreBranding, 1)
            current = row.version if row is not None else 0
            if expected_version != current:
                raise StaleRecordError("branding", row.updated_by if row else "?",
                                       row.updated_at if row else "?")
            if row is None:
                row = CentreBranding(id=1, version=0)
                s.add(row)
            old = {k: getattr(row, k) for k in values}
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = utcnow()
            row.updated_by = self.actor.username
            row.version += 1
            s.flush()

            def shown(v: dict[str, object]) -> dict[str, object]:
                return {k: (f"{len(x):,} bytes" if isinstance(x, bytes) else x)
                        for k, x in v.items()}
            audit.record(s, self.actor, "certificates.save_branding", "centre_branding", 1,
                         shown(old), shown(values))
            return branding_of(s)

    # --- wording -----------------------------------------------------------------------------

    @use_case("certificates.wordings", Permission.TRAINING_VIEW)
    def wordings(self) -> list[Wording]:
        """Saved wordings, the default ('' programme) first; the built-in default if none."""
        with self.db.read() as s:
            found = wordings_of(s)
        if "" not in found:
            found[""] = Wording()
        return [found[k] for k in sorted(found)]

    @use_case("certificates.save_wording", Permission.CERTIFICATES_ISSUE)
    def save_wording(self, wording: Wording) -> Wording:
        clean = Wording(
            programme=clean_text("programme", wording.programme, 80),
            progress_title=clean_text("progress title", wording.progress_title, 120,
                                      required=True),
            progress_text=_check_wording_text("progress wording", wording.progress_text, 600),
            skill_title=clean_text("skill title", wording.skill_title, 120, required=True),
            skill_text=_check_wording_text("skill wording", wording.skill_text, 600),
        )
        with self.db.write() as s:
            row = s.execute(select(CertificateWording).where(
                CertificateWording.programme == clean.programme)).scalar()
            old = None
            if row is None:
                row = CertificateWording(**asdict(clean))
                s.add(row)
            else:
                old = {k: getattr(row, k) for k in asdict(clean)}
                for key, value in asdict(clean).items():
                    setattr(row, key, value)
            row.updated_at = utcnow()
            row.updated_by = self.actor.username
            s.flush()
            audit.record(s, self.actor, "certificates.save_wording", "certificate_wording",
                         row.id, old, asdict(clean))
        return clean

    # --- our key -----------------------------------------------------------------------------

    @use_case("certificates.public_key", None)
    def public_key(self) -> KeyInfo:
        """The centre's public key (the key pair is made now if there is none yet)."""
        with self.db.write() as s:
            key = keys.make_key(s, self.actor.username)
            info = KeyInfo(centre_name(s), key.key_id, fingerprint(key.public_key),
                           key.public_key, key.created_at)
        write_public_key_file(self.data_dir, info.centre, info.public_key)
        return info

    @use_case("certificates.export_key", None)
    def export_public_key(self, path: Path) -> KeyInfo:
        """Write the centre's public-key file to ``path`` for another centre to trust."""
        target = Path(path)
        info = self.public_key()
        if not target.parent.is_dir():
            raise ValidationError("output file", f"the folder {target.parent} does not exist")
        try:
            target.write_text(keys.key_file_text(info.centre, info.public_key),
                              encoding="utf-8")
        except OSError as exc:
            raise ValidationError("output file", f"{target} cannot be written "
                                  f"({exc.strerror or exc})") from None
        return info

    # --- trusted centres ---------------------------------------------------------------------

    @use_case("certificates.trusted", Permission.TRAINING_VIEW)
    def trusted_centres(self) -> list[TrustedCentreRow]:
        with self.db.read() as s:
            rows = s.execute(select(TrustedCentre).order_by(TrustedCentre.name)).scalars()
            return [TrustedCentreRow(r.id or 0, r.name, r.key_id, r.fingerprint,
                                     r.imported_at, r.imported_by) for r in rows]

    @use_case("certificates.trust", Permission.CERTIFICATES_ISSUE)
    def trust(self, path: Path, name: str = "") -> TrustedCentreRow:
        """Trust the centre whose public-key file is at ``path`` (``name`` overrides the name
        the file gives)."""
        found = keys.read_key_file(Path(path))
        label = clean_text("centre name", name, 120) if name else found.centre
        with self.db.write() as s:
            own = keys.current_key(s)
            if own is not None and own.key_id == found.key_id:
                raise ValidationError("key file", "is this centre's own key; it is trusted "
                                                  "already")
            if s.execute(select(TrustedCentre.id).where(
                    TrustedCentre.key_id == found.key_id)).first():
                raise ValidationError("key file", f"the key {found.fingerprint} is trusted "
                                                  "already")
            row = TrustedCentre(name=label, key_id=found.key_id, fingerprint=found.fingerprint,
                                public_key=found.public_key, imported_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "certificates.trust", "trusted_centre", row.id, None,
                         {"name": label, "key_id": found.key_id,
                          "fingerprint": found.fingerprint})
            return TrustedCentreRow(row.id or 0, row.name, row.key_id, row.fingerprint,
                                    row.imported_at, row.imported_by)

    @use_case("certificates.untrust", Permission.CERTIFICATES_ISSUE)
    def remove_trusted(self, trusted_id: int) -> None:
        with self.db.write() as s:
            row = s.get(TrustedCentre, trusted_id) if isinstance(trusted_id, int) else None
            if row is None:
                raise NotFoundError("trusted centre", trusted_id)
            old = {"name": row.name, "key_id": row.key_id, "fingerprint": row.fingerprint}
            s.execute(delete(TrustedCentre).where(TrustedCentre.id == trusted_id))
            audit.record(s, self.actor, "certificates.untrust", "trusted_centre", trusted_id,
                         old, None)

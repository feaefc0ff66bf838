"""Reading, checking and writing exchange files (bundles and acknowledgements): signed with
this centre's Ed25519 key (the certificates' key), checked against the trusted centres."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from issp_desktop import __version__
from issp_desktop.db.models.certificates import TrustedCentre
from issp_desktop.domain.exchange import (
    FORMAT_VERSION,
    BundleFormatError,
    Envelope,
    compress,
    decompress,
    header_bytes,
    pack,
    unpack,
)
from issp_desktop.errors import ValidationError
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.exchange_types import (
    BundleError,
    NewerFormatError,
    SignatureError,
    UntrustedCentreError,
    WrongRecipientError,
)

MAX_FILE = 2 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class Checked:
    """A file whose signature, sender and recipient were checked."""

    path: Path
    header: dict[str, Any]
    envelope: Envelope
    sender_key: str
    sender_name: str

    @property
    def kind(self) -> str:
        return str(self.header.get("kind", ""))

    def body(self) -> dict[str, Any]:
        try:
            return decompress(self.envelope.body)
        except BundleFormatError as exc:
            raise BundleError(str(self.path), exc.reason) from None


def read_envelope(path: Path) -> Envelope:
    where = str(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise BundleError(where, "is far too big to be an exchange file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(where, "does not exist") from None
    except IsADirectoryError:
        raise BundleError(where, "is a folder, not a file") from None
    except OSError as exc:
        raise BundleError(where, f"cannot be read ({exc.strerror or exc})") from None
    if not data:
        raise BundleError(where, "is empty")
    try:
        return unpack(data)
    except BundleFormatError as exc:
        if exc.newer is not None:
            raise NewerFormatError(where, exc.reason) from None
        raise BundleError(where, exc.reason) from None


def check(s: Session, path: Path, envelope: Envelope, me: str) -> Checked:
    """The sender is trusted, the signature holds, and the file is addressed to us."""
    where = str(path)
    h = envelope.header
    sender = h.get("from") if isinstance(h.get("from"), dict) else {}
    to = h.get("to") if isinstance(h.get("to"), dict) else {}
    key_id = str(sender.get("key_id", ""))
    name = str(sender.get("name", "")) or key_id
    if h.get("kind") not in ("bundle", "ack") or not key_id:
        raise BundleError(where, "is damaged (its header is incomplete)")
    if key_id == me:
        raise BundleError(where, "was written by this centre itself; import it at the centre "
                          "it is addressed to")
    trusted = s.execute(select(TrustedCentre).where(TrustedCentre.key_id == key_id)).scalar()
    if trusted is None:
        raise UntrustedCentreError(where, name, key_id)
    try:
        Ed25519PublicKey.from_public_bytes(trusted.public_key).verify(
            envelope.signature, envelope.signed_part())
    except (InvalidSignature, ValueError):
        raise SignatureError(where, trusted.name) from None
    if str(to.get("key_id", "")) != me:
        raise WrongRecipientError(where, str(to.get("name", "")) or str(to.get("key_id", "")))
    return Checked(path, h, envelope, key_id, trusted.name)


def write_signed(path: Path, header: dict[str, Any], body: dict[str, Any],
                 private_key: bytes) -> int:
    """Write a signed file atomically (a temporary file renamed into place); its size."""
    packed_body = compress(body)
    header = {**header, "format": FORMAT_VERSION, "app": __version__,
              "body_size": len(packed_body)}
    head = header_bytes(header)
    signature = keys._private(private_key).sign(head + packed_body)
    data = pack(head, signature, packed_body)
    target = Path(path)
    if not target.parent.is_dir():
        raise ValidationError("output file", f"the folder {target.parent} does not exist")
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("output file", f"{target} cannot be written "
                              f"({exc.strerror or exc})") from None
    return len(data)


def default_ack_path(bundle: Path) -> Path:
    name = bundle.name
    stem = name[:-5] if name.endswith(".issp") else name
    return bundle.with_name(f"{stem}.ack.issp")

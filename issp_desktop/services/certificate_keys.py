"""The centre's Ed25519 signing key and the public-key files centres exchange.

The key pair is made at first use and kept in the database (table ``certificate_key``), so every
backup carries it and an encrypted database keeps it encrypted; the public key is also written
to ``certificate-public-key.json`` in the data folder, ready to hand to another centre.

A key file is small JSON: ``{"format": "issp-centre-key", "version": 1, "centre": ...,
"key_id": ..., "fingerprint": ..., "public_key": base64 of the raw 32 bytes}``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import select
from sqlmodel import Session

from issp_desktop.db.models.certificates import CertificateKey
from issp_desktop.domain.certificates import fingerprint, key_id
from issp_desktop.services.certificate_types import KeyFileError

KEY_FILE_FORMAT = "issp-centre-key"
PUBLIC_KEY_FILE = "certificate-public-key.json"
MAX_KEY_FILE = 64 * 1024


def current_key(s: Session) -> CertificateKey | None:
    return s.execute(select(CertificateKey).order_by(CertificateKey.id).limit(1)).scalar()


def make_key(s: Session, username: str) -> CertificateKey:
    """The centre's key pair, made now if there is none yet (inside a write transaction)."""
    found = current_key(s)
    if found is not None:
        return found
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                   serialization.PublicFormat.Raw)
    row = CertificateKey(key_id=key_id(raw_public), public_key=raw_public,
                         private_key=raw_private, created_by=username)
    s.add(row)
    s.flush()
    return row


@lru_cache(maxsize=8)
def _private(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


@lru_cache(maxsize=64)
def _public(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def sign(private_key: bytes, body: str) -> bytes:
    return _private(private_key).sign(body.encode("utf-8"))


def signature_ok(public_key: bytes, body: str, signature: bytes) -> bool:
    try:
        _public(public_key).verify(signature, body.encode("utf-8"))
    except (InvalidSignature, ValueError):
        return False
    return True


# --- key files ---------------------------------------------------------------------------------

def key_file_text(centre: str, public_key: bytes) -> str:
    return json.dumps({
        "format": KEY_FILE_FORMAT, "version": 1, "centre": centre,
        "key_id": key_id(public_key), "fingerprint": fingerprint(public_key),
        "public_key": base64.b64encode(public_key).decode("ascii"),
    }, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class KeyFile:
    centre: str
    public_key: bytes
    key_id: str
    fingerprint: str


def read_key_file(path: Path) -> KeyFile:
    """A centre's public-key file; ``KeyFileError`` saying what is wrong otherwise."""
    where = str(path)
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise KeyFileError(where, "is far too big to be a centre's key file")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileError(where, "does not exist") from None
    except UnicodeDecodeError:
        raise KeyFileError(where, "is not a text file (expected an ISSP centre key file)"
                           ) from None
    except OSError as exc:
        raise KeyFileError(where, f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        raise KeyFileError(where, "is not an ISSP centre key file (not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise KeyFileError(where, "is not an ISSP centre key file")
    if data.get("version") != 1:
        raise KeyFileError(where, f"has key file version {data.get('version')!r}; this "
                           "version of ISSP Desktop reads version 1")
    centre = data.get("centre")
    if not isinstance(centre, str) or not centre.strip():
        raise KeyFileError(where, "does not name its centre")
    try:
        public = base64.b64decode(str(data.get("public_key", "")), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(where, "has a damaged public key") from None
    if len(public) != 32:
        raise KeyFileError(where, "has a damaged public key (wrong length)")
    try:
        _public(public)
    except ValueError:
        raise KeyFileError(where, "has a public key that is not an Ed25519 key") from None
    if data.get("key_id") not in (None, key_id(public)):
        raise KeyFileError(where, "has a key id that does not match its key (damaged?)")
    return KeyFile(centre.strip()[:120], public, key_id(public), fingerprint(public))

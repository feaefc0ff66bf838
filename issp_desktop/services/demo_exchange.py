"""The demo centre's partner for the exchange: head office, whose public key is trusted, so
File → Exchange with other centres… lists it and a bundle for it can be written at once
(``issp sync export --to-centre "Tumaini Foundation Head Office" -o FILE.issp``).

No bundle is written while the demo is built: an export scans every record of the centre
(about 5 s for the 120-person demo), which would double the demo's build time.

Head office's key pair is made from the seed (the same demo, the same key); its public-key file
is left in the data folder's ``exchange/`` folder, as a centre keeps the file it was sent."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from issp_desktop.services.base import Context
from issp_desktop.services.certificate_keys import key_file_text

HEAD_OFFICE = "Tumaini Foundation Head Office"
FOLDER = "exchange"  # in the data folder, beside backups/


def head_office_key(seed: int) -> tuple[bytes, bytes]:
    """Head office's (raw private, raw public) Ed25519 key of the demo with this seed."""
    private = Ed25519PrivateKey.from_private_bytes(
        hashlib.sha256(f"issp-demo-head-office-{seed}".encode()).digest())
    raw_private = private.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                   serialization.PublicFormat.Raw)
    return raw_private, raw_public


def after_demo(ctx: Context, seed: int, today: date) -> dict[str, int]:
    from issp_desktop.services.certificates import CertificateService

    folder = Path(ctx.backups_dir).parent / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    _private, public = head_office_key(seed)
    key_path = folder / "head-office.key"
    key_path.write_text(key_file_text(HEAD_OFFICE, public), encoding="utf-8")
    CertificateService(ctx).trust(key_path)
    return {"exchange_partners": 1}

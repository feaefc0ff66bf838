"""The demo centre's certificates data (called inside the demo's one write transaction): the
centre's key pair, branding with a drawn logo and signature, progress certificates for the
current cohorts' trainees, skill certificates for the completed cohorts' graduates, and one
revoked certificate. Register rows only; no PDF is drawn here."""

from __future__ import annotations

import math
import random
import struct
import zlib
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from issp_desktop.db.models import Cohort
from issp_desktop.db.models.certificates import (
    CentreBranding,
    Certificate,
    CertificateRevocation,
)
from issp_desktop.domain.certificates import CertificateKind, encode_body, make_code, next_serial
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.certificate_content import candidates

ACCENT = (0x1F, 0x5F, 0x8B)
K = 8807


def png(width: int, height: int, pixel: Any) -> bytes:
    """A tiny PNG writer (RGBA): ``pixel(x, y) -> (r, g, b, a)``."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def demo_logo(size: int = 96) -> bytes:
    """A ring with a rising bar chart inside, in the accent colour."""
    c = size / 2

    def pixel(x: int, y: int) -> tuple[int, int, int, int]:
        r = math.hypot(x + 0.5 - c, y + 0.5 - c)
        if size * 0.40 <= r <= size * 0.47:
            return (*ACCENT, 255)
        for k, top in enumerate((0.62, 0.50, 0.36)):
            left = size * (0.30 + 0.15 * k)
            if left <= x < left + size * 0.10 and size * top <= y < size * 0.72:
                return (0xE6, 0x8A, 0x00, 255) if k == 2 else (*ACCENT, 255)
        return (255, 255, 255, 0)

    return png(size, size, pixel)


def demo_signature(width: int = 240, height: int = 60) -> bytes:
    """A pen stroke that looks enough like a signature."""
    points = {(round(x), round(height / 2 + math.sin(x / 9) * 14 * math.exp(-x / 260)
                            + math.sin(x / 3.1) * 4)) for x in range(10, width - 10)}

    def pixel(x: int, y: int) -> tuple[int, int, int, int]:
        near = any((x, y + d) in points for d in (-1, 0, 1))
        return (20, 30, 90, 255) if near else (255, 255, 255, 0)

    return png(width, height, pixel)


def build_demo(s: Session, seed: int, today: date, now: datetime) -> dict[str, int]:
    """Add this feature's demo rows; return counts by name for the demo summary."""
    rng = random.Random(seed * K + 11)
    key = keys.make_key(s, "demo")
    s.add(CentreBranding(id=1, logo_png=demo_logo(), accent_colour="#1F5F8B",
                         signatory_name="Grace Mũthoni", signatory_title="Centre manager",
                         signature_png=demo_signature(), updated_at=now, updated_by="demo"))
    cohorts = list(s.execute(select(Cohort).order_by(Cohort.start_date)).scalars())
    rows: list[dict[str, Any]] = []
    numbers: dict[int, int] = {}
    seen: set[str] = set()
    for cohort in cohorts:
        if cohort.start_date > today:
            continue
        done = cohort.end_date < today
        kind = CertificateKind.SKILL if done else CertificateKind.PROGRESS
        issued_on = min(today, cohort.end_date + timedelta(days=rng.randint(3, 10))) if done \
            else today - timedelta(days=rng.randint(0, 6))
        for cand in candidates(s, cohort, kind, issued_on):
            if cand.content is None:
                continue
            year = issued_on.year
            numbers[year] = numbers.get(year, 0) + 1
            content = replace(cand.content, key_id=key.key_id,
                              serial=next_serial(year, numbers[year] - 1))
            body = encode_body(content)
            code = make_code(rng.randbytes(7))
            while code in seen:
                code = make_code(rng.randbytes(7))
            seen.add(code)
            at = datetime.combine(issued_on, datetime.min.time(), now.tzinfo) \
                + timedelta(hours=9, minutes=rng.randint(0, 300))
            rows.append({"serial": content.serial, "code": code,
                         "person_id": cand.eligibility.person_id, "cohort_id": cohort.id,
                         "kind": kind.value, "issued_on": issued_on, "issued_at": min(at, now),
                         "issued_by": "demo", "key_id": key.key_id,
                         "orientation": "portrait" if rng.random() < 0.2 else "landscape",
                         "body": body, "signature": keys.sign(key.private_key, body)})
    revoked = 0
    if rows:
        s.execute(insert(Certificate), rows)
        skill = [r for r in rows if r["kind"] == CertificateKind.SKILL.value] or rows
        victim = skill[len(skill) // 2]
        cert_id = s.execute(select(Certificate.id).where(
            Certificate.serial == victim["serial"])).scalar()
        s.execute(insert(CertificateRevocation), [{
            "certificate_id": cert_id, "revoked_at": now, "revoked_by": "demo",
            "reason": "Issued with the wrong cohort's results; replaced by a new certificate"}])
        revoked = 1
    return {"certificates": len(rows), "certificates revoked": revoked}

"""The printable recovery-key sheet for an encrypted centre."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from issp_desktop.reports.fonts import register_fonts


def build_recovery_key_pdf(path: Path, *, centre: str, recovery_key: str, key_id: str,
                           location: str) -> Path:
    regular, bold = register_fonts()
    tmp = path.with_name(path.name + ".tmp")
    canvas = Canvas(str(tmp), pagesize=A4)
    canvas.setTitle(f"Recovery key — {centre}")
    height = A4[1]
    y = height - 30 * mm
    canvas.setFont(bold, 18)
    canvas.drawString(20 * mm, y, "ISSP Desktop — database recovery key")
    y -= 10 * mm
    canvas.setFont(regular, 11)
    for line in (f"Centre: {centre}", f"Database: {location}",
                 f"Key identifier: {key_id}",
                 f"Printed: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"):
        canvas.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    y -= 8 * mm
    canvas.setFont(bold, 22)
    canvas.drawString(20 * mm, y, recovery_key)
    y -= 14 * mm
    canvas.setFont(regular, 10.5)
    for line in (
        "This key opens the centre's encrypted database if the passphrase is forgotten or the",
        "key file (.keys) is lost. Anyone holding it can read the data: keep this sheet locked",
        "away, apart from the PC and from the backup stick. Typing it ignores case, spaces and",
        "dashes. A manager can make a new key in Settings → Data safety; this one then stops",
        "working for the live database (older backups still open with it).",
    ):
        canvas.drawString(20 * mm, y, line)
        y -= 5.5 * mm
    canvas.showPage()
    canvas.save()
    os.replace(tmp, path)
    return path

"""ID badges, ten credit-card-sized badges (85.6 × 54 mm) to an A4 page, with cut lines.

Each badge: the centre's name on an accent band, the photo when there is one, the name, stage
and cohort, and the badge number three ways: as text, as a QR code and as a Code 128 barcode
(the kiosk's scanner reads either)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from issp_desktop.reports import qr
from issp_desktop.reports.certificate_pdf import fit_size, visual_order
from issp_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from issp_desktop.services.certificate_types import (
    BadgeRow,
    BadgeSheet,
    CertificatesCancelledError,
)

log = logging.getLogger(__name__)

CARD_W = 85.6 * mm
CARD_H = 54 * mm
COLUMNS = 2
ROWS = 5
PER_PAGE = COLUMNS * ROWS
STAGE_TITLES = {"worker": "Staff", "trainee": "Trainee", "alumnus": "Alumnus",
                "applicant": "Applicant"}


def _origin(slot: int) -> tuple[float, float]:
    width, height = A4
    left = (width - COLUMNS * CARD_W) / 2
    top = (height + ROWS * CARD_H) / 2
    col, row = slot % COLUMNS, slot // COLUMNS
    return left + col * CARD_W, top - (row + 1) * CARD_H


def _photo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # a photo that cannot be read is left off, the badge still prints
        log.info("a badge photo could not be read; printed without it")
        return None


def draw_badge(c: Canvas, x: float, y: float, badge: BadgeRow, sheet: BadgeSheet) -> None:
    accent = HexColor(sheet.accent_colour or "#1F5F8B")
    c.setStrokeColor(HexColor("#BBBBBB"))
    c.setLineWidth(0.4)
    c.setDash(2, 2)
    c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    c.setDash()
    band = 9 * mm
    c.setFillColor(accent)
    c.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    c.setFillColor(white)
    centre = visual_order(sheet.centre or "ISSP Desktop")
    c.setFont(BOLD, fit_size(centre, 10, CARD_W - 8 * mm, True, 6))
    c.drawString(x + 4 * mm, y + CARD_H - band + 3 * mm, centre)
    pad = 3.5 * mm
    photo_w, photo_h = 18 * mm, 23 * mm
    photo_y = y + CARD_H - band - pad - photo_h
    text_x = x + pad
    picture = _photo(badge.photo)
    if picture is not None:
        iw, ih = picture.getSize()
        scale = min(photo_w / iw, photo_h / ih)
        c.drawImage(picture, x + pad, photo_y + (photo_h - ih * scale), iw * scale,
                    ih * scale, mask="auto")
        text_x = x + pad + photo_w + 2.5 * mm
    qr_side = 19 * mm
    qr_x = x + CARD_W - pad - qr_side
    text_w = qr_x - text_x - 2 * mm
    c.setFillColor(HexColor("#222222"))
    name = visual_order(badge.name)
    c.setFont(BOLD, fit_size(name, 11, text_w, True, 6))
    c.drawString(text_x, photo_y + photo_h - 4 * mm, name)
    c.setFont(REGULAR, 8)
    c.setFillColor(HexColor("#555555"))
    c.drawString(text_x, photo_y + photo_h - 9 * mm, STAGE_TITLES.get(badge.stage,
                                                                      badge.stage.title()))
    if badge.cohort:
        cohort = visual_order(badge.cohort)
        c.setFont(REGULAR, fit_size(cohort, 7, text_w, False, 5))
        c.drawString(text_x, photo_y + photo_h - 13 * mm, cohort)
    number = badge.badge_no or ""
    c.setFillColor(accent)
    c.setFont(BOLD, fit_size(number, 12, text_w, True, 7))
    c.drawString(text_x, photo_y + 1 * mm, number)
    c.addLiteral(qr.pdf_ops(qr.qr_matrix(number), qr_x, photo_y + photo_h - qr_side, qr_side))
    barcode = Code128(number, barHeight=7 * mm, barWidth=0.3 * mm, quiet=False)
    bw = barcode.width
    if bw > CARD_W - 2 * pad:
        barcode = Code128(number, barHeight=7 * mm, barWidth=0.3 * mm * (CARD_W - 2 * pad) / bw,
                          quiet=False)
        bw = barcode.width
    c.setFillColor(HexColor("#000000"))
    barcode.drawOn(c, x + (CARD_W - bw) / 2, y + 2.5 * mm)


def build_badges_pdf(sheet: BadgeSheet, path: Path,
                     progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> int:
    """Write the sheet's badges; returns the number of pages."""
    register_fonts()
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setTitle("ID badges")
    c.setAuthor(sheet.centre or "ISSP Desktop")
    total = len(sheet.badges)
    pages = 0
    for i, badge in enumerate(sheet.badges):
        if cancelled is not None and cancelled():
            raise CertificatesCancelledError()
        slot = i % PER_PAGE
        if slot == 0 and i:
            c.showPage()
        if slot == 0:
            pages += 1
        x, y = _origin(slot)
        draw_badge(c, x, y, badge, sheet)
        if progress is not None and (i % 20 == 0 or i == total - 1):
            progress(i + 1, total, f"Badge {i + 1} of {total}")
    c.showPage()
    c.save()
    return pages

"""Certificates on A4, landscape or portrait: one layout, drawn to PDF here and to the screen
or a printer by the GUI (``ui/widgets/certificate_painter.py``) from the same items.

``layout_certificate`` turns a ``CertificatePrint`` into a ``Page`` of simple items (text, boxes,
pictures, a QR code) in PDF points from the bottom-left corner; ``build_certificates_pdf``
draws many pages into one file. Text is set in DejaVu Sans, which covers Kenyan names with
diacritics; right-to-left runs are put in visual order for the PDF (Qt orders them itself).
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from issp_desktop.domain.certificates import CertificateKind, format_code
from issp_desktop.reports import certificate_words as cw
from issp_desktop.reports import qr
from issp_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from issp_desktop.services.certificate_types import (
    Branding,
    CertificatePrint,
    CertificatesCancelledError,
    Orientation,
    PrintJob,
)

INK = "#222222"
GREY = "#666666"


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    bold: bool = False
    colour: str = INK
    align: str = "left"  # left | centre | right


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0


@dataclass(frozen=True)
class Picture:
    x: float
    y: float
    w: float
    h: float
    png: bytes


@dataclass(frozen=True)
class Code:
    x: float
    y: float
    side: float
    matrix: qr.QrMatrix


Item = Text | Box | Picture | Code


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    items: tuple[Item, ...]


# --- measuring -----------------------------------------------------------------------------

def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return float(stringWidth(text, BOLD if bold else REGULAR, size))


def fit_size(text: str, size: float, max_width: float, bold: bool, smallest: float) -> float:
    while size > smallest and text_width(text, size, bold) > max_width:
        size -= 1
    return size


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and text_width(trial, size, bold) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (0, 0 when it is not a PNG)."""
    if len(png) < 24 or png[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0
    w, h = struct.unpack(">II", png[16:24])
    return int(w), int(h)


def _fit_picture(png: bytes, x: float, y: float, w: float, h: float,
                 align: str = "left") -> Picture | None:
    pw, ph = png_size(png)
    if pw <= 0 or ph <= 0:
        return None
    scale = min(w / pw, h / ph)
    dw, dh = pw * scale, ph * scale
    dx = {"left": 0.0, "centre": (w - dw) / 2, "right": w - dw}[align]
    return Picture(x + dx, y + (h - dh) / 2, dw, dh, png)


def long_date(d: object) -> str:
    """The day in the certificate language in force ("16 November 2026", "16 Novemba 2026")."""
    return cw.long_date(getattr(d, "day", 0), getattr(d, "month", 1), getattr(d, "year", 0))


def _title(wording: Any, kind: CertificateKind) -> str:
    """The programme's title; the default one in the certificate language."""
    title = wording.title(kind)
    default = cw.word("title_skill" if kind is CertificateKind.SKILL else "title_progress", "en")
    if title != default:
        return str(title)
    return cw.word("title_skill" if kind is CertificateKind.SKILL else "title_progress")


def _sentence(wording: Any, kind: CertificateKind, programme: str, cohort: str,
              centre: str) -> str:
    """The programme's sentence; the default one in the certificate language."""
    key = "text_skill" if kind is CertificateKind.SKILL else "text_progress"
    own = wording.skill_text if kind is CertificateKind.SKILL else wording.progress_text
    if own != cw.word(key, "en") or cw.current() == "en":
        return str(wording.sentence(kind, programme, cohort, centre))
    text = cw.word(key)
    for name, value in (("{programme}", programme or cw.word("training")),
                        ("{cohort}", cohort or "—"), ("{centre}", centre or cw.word("the_centre"))):
        text = text.replace(name, value)
    return text


def _result_text(r: Any) -> str:
    if r.wpm is not None:
        return cw.word("typing").format(wpm=r.wpm, accuracy=cw.percent(r.accuracy_bp or 0))
    return cw.word("score").format(score=r.score)


# --- the layout ------------------------------------------------------------------------------

def layout_certificate(cert: CertificatePrint, branding: Branding) -> Page:
    portrait = Orientation(cert.orientation) is Orientation.PORTRAIT
    width, height = A4 if portrait else landscape(A4)
    c = cert.content
    accent = branding.accent_colour or "#1F5F8B"
    items: list[Item] = [
        Box(18, 18, width - 36, height - 36, stroke=accent, width=3),
        Box(26, 26, width - 52, height - 52, stroke=accent, width=0.8),
    ]
    mid = width / 2
    top = height - 48
    if branding.logo_png:
        logo = _fit_picture(branding.logo_png, 48, top - 62, 110, 62)
        if logo is not None:
            items.append(logo)
    centre = branding.centre_name or "ISSP Desktop"
    items.append(Text(mid, top - 28, centre, fit_size(centre, 16, width - 340, True, 10),
                      True, accent, "centre"))
    y = top - (110 if portrait else 78)
    if cert.preview:
        items.append(Text(mid, top - 48, cw.word("preview"), 11, True,
                          "#C0392B", "centre"))
    kind = CertificateKind(c.kind)
    title = _title(cert.wording, kind)
    items.append(Text(mid, y, title, fit_size(title, 30, width - 120, True, 16), True, INK,
                      "centre"))
    y -= 34
    items.append(Text(mid, y, cw.word("certify"), 12, False, GREY, "centre"))
    y -= 40
    name_size = fit_size(c.person, 28, width - 140, True, 16)
    for line in wrap(c.person, name_size, width - 140, True) or [c.person]:
        items.append(Text(mid, y, line, name_size, True, accent, "centre"))
        y -= name_size + 4
    y -= 8
    sentence = _sentence(cert.wording, kind, c.programme, c.cohort, centre)
    for line in wrap(sentence, 12, width - 200):
        items.append(Text(mid, y, line, 12, False, INK, "centre"))
        y -= 16
    y -= 10
    attendance = "—" if c.attendance_bp is None else cw.percent(c.attendance_bp)
    summary = cw.word("summary").format(passed=c.modules_passed, total=c.modules_total,
                                        attendance=attendance, hours=c.hours)
    items.append(Text(mid, y, summary, fit_size(summary, 11, width - 160, False, 7), False,
                      INK, "centre"))
    y -= 22
    bottom = 200 if portrait else 150
    items += _results(c, kind, mid, y, bottom, 460 if not portrait else 440)
    items += _footer(cert, branding, width, accent, portrait)
    return Page(width, height, tuple(items))


def _results(c: object, kind: CertificateKind, mid: float, y: float, bottom: float,
             table_width: float) -> list[Item]:
    results = getattr(c, "results", ())
    batches = getattr(c, "batches", 0)
    accuracy = getattr(c, "production_accuracy_bp", None)
    production = "" if batches <= 0 or accuracy is None else cw.word("evidence").format(
        accuracy=cw.percent(accuracy), batches=batches,
        batch=cw.word("batch_one" if batches == 1 else "batch_many"))
    rows = len(results) + (1 if production else 0)
    if not rows:
        return []
    step = min(16.0, max(8.0, (y - bottom - 18) / max(rows, 1)))
    size = min(10.0, step - 4)
    left = mid - table_width / 2
    out: list[Item] = [
        Text(left, y, cw.word("module"), size, True, GREY),
        Text(left + table_width * 0.55, y, cw.word("result"), size, True, GREY),
    ]
    if kind is CertificateKind.SKILL:
        out.append(Text(left + table_width, y, cw.word("level"), size, True, GREY, "right"))
    y -= 4
    out.append(Box(left, y, table_width, 0.6, fill="#BBBBBB"))
    for r in results:
        y -= step
        out.append(Text(left, y, r.name, fit_size(r.name, size, table_width * 0.53, False, 6),
                        False))
        out.append(Text(left + table_width * 0.55, y, _result_text(r), size))
        if kind is CertificateKind.SKILL:
            out.append(Text(left + table_width, y, cw.word(r.level()), size, True, INK,
                            "right"))
    if production:
        y -= step
        out.append(Text(left, y, production, size, False, INK))
    return out


def _footer(cert: CertificatePrint, branding: Branding, width: float, accent: str,
            portrait: bool) -> list[Item]:
    c = cert.content
    out: list[Item] = []
    base = 60.0 if not portrait else 78.0
    sign_x = 70.0
    if branding.signature_png:
        picture = _fit_picture(branding.signature_png, sign_x, base + 12, 200, 44, "centre")
        if picture is not None:
            out.append(picture)
    out.append(Box(sign_x, base + 8, 200, 0.8, fill=INK))
    if branding.signatory_name:
        out.append(Text(sign_x + 100, base - 6, branding.signatory_name, 10, True, INK,
                        "centre"))
    if branding.signatory_title:
        out.append(Text(sign_x + 100, base - 18, branding.signatory_title, 9, False, GREY,
                        "centre"))
    out.append(Text(sign_x + 100, base + 66, cw.word("issued").format(date=long_date(
        c.issued_on)), 10,
                    False, INK, "centre"))
    side = 104.0
    qx = width - 48 - side
    qy = base + 2
    out.append(Code(qx, qy, side, qr.qr_matrix(cert.qr_text)))
    code = format_code(cert.code) if cert.code else "—"
    out.append(Text(qx + side / 2, qy - 12, code, 10.5, True, accent, "centre"))
    serial = (cw.word("serial").format(serial=c.serial) if not cert.preview
              else cw.word("serial_preview"))
    out.append(Text(qx + side / 2, qy - 23, serial, 7.5, False, GREY, "centre"))
    out.append(Text(qx - 10, qy + 8, cw.word("check_1"),
                    6.5, False, GREY, "right"))
    out.append(Text(qx - 10, qy, cw.word("check_2"),
                    6.5, False, GREY, "right"))
    return out


# --- drawing to PDF --------------------------------------------------------------------------

def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


_MAYBE_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                        "\U0001e800-\U0001efff]")


def visual_order(text: str) -> str:
    """Right-to-left runs (Arabic, Hebrew) reversed for a renderer that lays glyphs out left
    to right; combining marks stay after their base letter. Other text is unchanged."""
    if not _MAYBE_RTL.search(text) or not any(_is_rtl(ch) for ch in text):
        return text
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    out: list[str] = []
    run: list[str] = []
    for cl in clusters:
        if _is_rtl(cl[0]) or (run and cl == " "):
            run.append(cl)
            continue
        out.extend(_close(run))
        run = []
        out.append(cl)
    out.extend(_close(run))
    return "".join(out)


def _close(run: list[str]) -> list[str]:
    trailing = []
    while run and run[-1] == " ":
        trailing.append(run.pop())
    return list(reversed(run)) + trailing


@lru_cache(maxsize=64)
def _colour(hex_colour: str) -> Any:
    return HexColor(hex_colour)


class _PdfPainter:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.images: dict[int, tuple[bytes, ImageReader]] = {}

    def draw(self, page: Page) -> None:
        c = self.c
        font: tuple[bool, float] | None = None
        fill: str | None = None
        for item in page.items:
            if isinstance(item, Text):
                if font != (item.bold, item.size):
                    font = (item.bold, item.size)
                    c.setFont(BOLD if item.bold else REGULAR, item.size)
                if fill != item.colour:
                    fill = item.colour
                    c.setFillColor(_colour(item.colour))
                text = visual_order(item.text)
                if item.align == "centre":
                    c.drawCentredString(item.x, item.y, text)
                elif item.align == "right":
                    c.drawRightString(item.x, item.y, text)
                else:
                    c.drawString(item.x, item.y, text)
            elif isinstance(item, Box):
                if item.fill:
                    fill = item.fill
                    c.setFillColor(_colour(item.fill))
                if item.stroke:
                    c.setStrokeColor(_colour(item.stroke))
                    c.setLineWidth(item.width)
                c.rect(item.x, item.y, item.w, item.h, stroke=1 if item.stroke else 0,
                       fill=1 if item.fill else 0)
            elif isinstance(item, Picture):
                c.drawImage(self._image(item.png), item.x, item.y, item.w, item.h,
                            mask="auto")
            else:
                c.addLiteral(qr.pdf_ops(item.matrix, item.x, item.y, item.side))

    def _image(self, png: bytes) -> ImageReader:
        cached = self.images.get(id(png))
        if cached is None or cached[0] is not png:
            cached = (png, ImageReader(io.BytesIO(png)))
            self.images[id(png)] = cached
        return cached[1]


def build_certificates_pdf(job: PrintJob, path: Path,
                           progress: Callable[[int, int, str], None] | None = None,
                           cancelled: Callable[[], bool] | None = None) -> int:
    """Write every certificate of ``job`` as one page of one PDF; returns the page count.
    ``CertificatesCancelledError`` when ``cancelled()`` turns true (the file is not kept)."""
    register_fonts()
    total = len(job.certificates)
    with _binary_streams():
        _build(job, path, total, progress, cancelled)
    return total


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed page streams without the ASCII85 layer ReportLab adds by default: pure
    Python ASCII85 took a third of the time of a thousand pages, for 25 % bigger files."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _build(job: PrintJob, path: Path, total: int,
           progress: Callable[[int, int, str], None] | None,
           cancelled: Callable[[], bool] | None) -> None:
    canvas = Canvas(str(path), pagesize=landscape(A4), pageCompression=1)
    canvas.setTitle("Certificates")
    canvas.setAuthor(job.branding.centre_name or "ISSP Desktop")
    canvas.setCreator("ISSP Desktop")
    painter = _PdfPainter(canvas)
    for i, cert in enumerate(job.certificates):
        if cancelled is not None and cancelled():
            raise CertificatesCancelledError()
        page = layout_certificate(cert, job.branding)
        canvas.setPageSize((page.width, page.height))
        painter.draw(page)
        canvas.showPage()
        if progress is not None and (i % 25 == 0 or i == total - 1):
            progress(i + 1, total, f"Certificate {i + 1} of {total}")
    canvas.save()

"""Payslips: one A4 page a person, drawn straight on the canvas (fast enough for a thousand
pages), with the centre's name and logo and every label in English with Kiswahili beneath —
or in Kiswahili or French alone (``payslip_words.payslip_language``)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from issp_desktop.reports import payslip_words as pw
from issp_desktop.reports.fonts import BOLD, REGULAR, register_fonts

W, H = A4
M = 16 * mm
GREY = (0.38, 0.38, 0.38)

# The computation shown under a line: in English only, so only on English payslips (an
# adjustment's reason is the clerk's own words and is printed in every language).
WORKING_CODES = ("TOPUP", "ADJ", "UNPAID", "PAYE")


@dataclass(frozen=True)
class SlipLine:
    section: str
    code: str
    label: str
    quantity: int | None
    unit: str
    rate_cents: int | None
    amount_cents: int
    working: str


@dataclass(frozen=True)
class Slip:
    name: str
    national_id: str
    method: str
    account: str  # phone or bank, already masked
    gross_cents: int
    deductions_cents: int
    net_cents: int
    lines: tuple[SlipLine, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlipBook:
    centre: str
    currency: str
    logo_png: bytes | None
    period: str
    starts_on: date
    ends_on: date
    pay_date: date
    draft: bool
    slips: Sequence[Slip]


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # a damaged logo must not stop the payslips
        return None


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _label(c: Canvas, x: float, y: float, pair: tuple[str, str], size: float = 9,
           bold: bool = True, right: bool = False) -> None:
    c.setFont(BOLD if bold else REGULAR, size)
    (c.drawRightString if right else c.drawString)(x, y, pair[0])
    if pair[1]:
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, size - 2)
        (c.drawRightString if right else c.drawString)(x, y - size + 0.5, pair[1])
        c.setFillColorRGB(0, 0, 0)


def _label_width(pair: tuple[str, str], size: float) -> float:
    return max(stringWidth(pair[0], BOLD, size), stringWidth(pair[1], REGULAR, size - 2))


def _detail(line: SlipLine, lang: str) -> str:
    if line.quantity is None:
        return ""
    if line.unit == "min":
        qty = pw.hours(line.quantity, lang)
    elif line.unit == "day":
        qty = pw.word("days", lang).format(line.quantity)
    else:
        qty = pw.count(line.quantity, lang)
    return (f"{qty} × {pw.amount(line.rate_cents, lang)}" if line.rate_cents is not None
            else qty)


class _Page:
    def __init__(self, c: Canvas, book: SlipBook, logo: ImageReader | None, lang: str) -> None:
        self.c, self.book, self.logo, self.lang = c, book, logo, lang
        self.y = H - M

    def label(self, key: str) -> tuple[str, str]:
        return pw.label(key, self.lang)

    def money(self, cents: int) -> str:
        return pw.amount(cents, self.lang)

    def header(self, slip: Slip) -> None:
        c, b, lang = self.c, self.book, self.lang
        x = M
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            h = 16 * mm
            w = min(40 * mm, h * iw / max(ih, 1))
            c.drawImage(self.logo, M, H - M - h, w, h, preserveAspectRatio=True, mask="auto")
            x = M + w + 4 * mm
        title = self.label("title")
        title_w = max(45 * mm, _label_width(title, 14) + 4 * mm)
        c.setFont(BOLD, 13)
        c.drawString(x, H - M - 5 * mm, _fit(b.centre, BOLD, 13, W - x - M - title_w))
        _label(c, W - M, H - M - 5 * mm, title, 14, right=True)
        if b.draft:
            c.setFillColorRGB(0.75, 0.1, 0.1)
            c.setFont(BOLD, 9)
            c.drawRightString(W - M, H - M - 15 * mm, pw.word("draft", lang))
            c.setFillColorRGB(0, 0, 0)
        y = H - M - 24 * mm
        c.setLineWidth(0.6)
        c.line(M, y + 4 * mm, W - M, y + 4 * mm)
        colon = " :" if lang == "fr" else ":"
        cells = [
            ("name", slip.name), ("id", slip.national_id or "—"),
            ("period", f"{b.period}{colon} {b.starts_on:%d/%m}–{b.ends_on:%d/%m/%Y}"),
            ("pay_date", f"{b.pay_date:%d/%m/%Y}"),
            ("payment", (pw.word(slip.method, lang) if slip.method in ("mpesa", "bank", "cash")
                         else slip.method) + (f"{colon} {slip.account}" if slip.account else "")),
        ]
        col = (W - 2 * M) / 2
        # the value starts after the longest label (Kiswahili and French labels are longer)
        gaps = [max(30 * mm, max(_label_width(self.label(k), 8) for k, _v in cells[side::2])
                    + 3 * mm) for side in (0, 1)]
        for i, (key, value) in enumerate(cells):
            cx, gap = M + (i % 2) * col, gaps[i % 2]
            cy = y - (i // 2) * 12 * mm
            _label(c, cx, cy, self.label(key), 8)
            c.setFont(REGULAR, 9.5)
            alone = i == len(cells) - 1 and i % 2 == 0  # the last row's one cell: full width
            room = (W - 2 * M if alone else col) - gap - 1 * mm
            c.drawString(cx + gap, cy, _fit(value, REGULAR, 9.5, room))
        self.y = y - 3 * 12 * mm

    def section(self, key: str, lines: Sequence[SlipLine],
                total: tuple[str, int] | None) -> None:
        c, lang = self.c, self.lang
        if not lines and total is None:
            return
        _label(c, M, self.y, self.label(key), 10)
        _label(c, W - M - 40 * mm, self.y, self.label("detail"), 7, bold=False, right=True)
        head = self.label("amount")
        _label(c, W - M, self.y, (f"{head[0]} ({self.book.currency})".strip(), head[1]), 7,
               bold=False, right=True)
        self.y -= 7 * mm
        c.setLineWidth(0.3)
        c.line(M, self.y + 3 * mm, W - M, self.y + 3 * mm)
        for line in lines:
            if self.y < 40 * mm:
                break
            self.y -= 4.2 * mm
            c.setFont(REGULAR, 9)
            detail = _detail(line, lang)
            room = W - 2 * M - 42 * mm - stringWidth(detail, REGULAR, 9) - 2 * mm
            c.drawString(M, self.y, _fit(pw.line_name(line.label, lang), REGULAR, 9, room))
            c.drawRightString(W - M - 40 * mm, self.y, detail)
            c.drawRightString(W - M, self.y, self.money(line.amount_cents))
            if line.working and line.code in WORKING_CODES and (
                    lang == "en" or line.code == "ADJ"):
                self.y -= 3.4 * mm
                c.setFont(REGULAR, 6.5)
                c.setFillColorRGB(*GREY)
                c.drawString(M + 3 * mm, self.y, _fit(pw.note(line.working, lang), REGULAR,
                                                       6.5, W - 2 * M - 3 * mm))
                c.setFillColorRGB(0, 0, 0)
        if total is not None:
            self.y -= 6 * mm
            c.line(W - M - 45 * mm, self.y + 4.2 * mm, W - M, self.y + 4.2 * mm)
            _label(c, M, self.y, self.label(total[0]), 9)
            c.setFont(BOLD, 10)
            c.drawRightString(W - M, self.y, self.money(total[1]))
        self.y -= 11 * mm

    def net(self, slip: Slip) -> None:
        c = self.c
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.rect(M, self.y - 5 * mm, W - 2 * M, 13 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        net = self.label("net")
        # one line alone sits in the middle of the band; two share it
        _label(c, M + 3 * mm, self.y + (2 * mm if net[1] else 0), net, 12)
        c.setFont(BOLD, 14)
        figure, currency = self.money(slip.net_cents), self.book.currency
        # "KES 11,158.83" in English and Kiswahili, "11 158,83 KES" in French
        text = f"{figure} {currency}" if self.lang == "fr" else f"{currency} {figure}"
        c.drawRightString(W - M - 3 * mm, self.y, text.strip())
        self.y -= 16 * mm

    def notes(self, slip: Slip, taxable: int | None) -> None:
        c = self.c
        rows = [pw.note(n, self.lang) for n in slip.notes]
        if taxable is not None:
            words = " / ".join(w for w in self.label("taxable") if w)
            colon = " :" if self.lang == "fr" else ":"
            rows.insert(0, f"{words}{colon} {self.money(taxable)}")
        if not rows:
            return
        _label(c, M, self.y, self.label("notes"), 8)
        self.y -= 6 * mm
        c.setFont(REGULAR, 7.5)
        for text in rows[:8]:
            if self.y < 18 * mm:
                break
            c.drawString(M, self.y, _fit(text, REGULAR, 7.5, W - 2 * M))
            self.y -= 3.8 * mm

    def footer(self, n: int, total: int) -> None:
        c = self.c
        c.setFont(REGULAR, 7)
        c.setFillColorRGB(*GREY)
        c.drawString(M, 10 * mm, f"{self.book.centre} · {self.book.period}")
        c.drawRightString(W - M, 10 * mm, f"{n} / {total}")
        c.setFillColorRGB(0, 0, 0)


def build_payslips_pdf(path: Path, book: SlipBook,
                       progress: Callable[[int, int, str], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> int:
    """Write one page a payslip to ``path`` in the language in force
    (``payslip_words.payslip_language``); returns the number of pages."""
    register_fonts()
    lang = pw.current()
    logo = _logo(book.logo_png)
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setTitle(f"{pw.label('title_many', lang)[0]} {book.period} — {book.centre}")
    c.setAuthor(book.centre)
    total = len(book.slips)
    for n, slip in enumerate(book.slips, 1):
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        page = _Page(c, book, logo, lang)
        page.header(slip)
        earnings = [x for x in slip.lines if x.section == "earning"]
        deductions = [x for x in slip.lines if x.section == "deduction"]
        employer = [x for x in slip.lines if x.section == "employer"]
        taxable = next((x.amount_cents for x in slip.lines if x.code == "TAXABLE"), None)
        page.section("earnings", earnings, ("gross", slip.gross_cents))
        page.section("deductions", deductions, ("total_ded", slip.deductions_cents))
        page.net(slip)
        page.section("employer", employer, None)
        page.notes(slip, taxable)
        page.footer(n, total)
        c.showPage()
        if progress is not None and n % 50 == 0:
            progress(n, total, pw.word("progress", lang).format(n, total))
    if not total:
        c.setFont(REGULAR, 11)
        c.drawString(M, H - M, pw.word("none", lang).format(centre=book.centre,
                                                             period=book.period))
        c.showPage()
    c.save()
    return max(1, total)

"""Payslips: one A4 page a person, drawn straight on the canvas (fast enough for a thousand
pages), with the centre's name and logo and every label in English with Kiswahili beneath."""

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

from issp_desktop.domain.payroll import hours_text, money
from issp_desktop.reports.fonts import BOLD, REGULAR, register_fonts

W, H = A4
M = 16 * mm
GREY = (0.38, 0.38, 0.38)

# English label, Kiswahili beneath
L_TITLE = ("Payslip", "Hati ya malipo")
L_PERIOD = ("Pay period", "Kipindi cha malipo")
L_PAY_DATE = ("Pay date", "Tarehe ya malipo")
L_NAME = ("Name", "Jina")
L_ID = ("ID number", "Nambari ya kitambulisho")
L_PAYMENT = ("Paid by", "Njia ya malipo")
L_EARNINGS = ("Earnings", "Mapato")
L_DEDUCTIONS = ("Deductions", "Makato")
L_EMPLOYER = ("Employer contributions (not deducted)", "Michango ya mwajiri (haikatwi)")
L_GROSS = ("Gross pay", "Mshahara ghafi")
L_TOTAL_DED = ("Total deductions", "Jumla ya makato")
L_NET = ("Net pay", "Mshahara halisi")
L_TAXABLE = ("Taxable pay", "Mshahara unaotozwa kodi")
L_AMOUNT = ("Amount", "Kiasi")
L_DETAIL = ("Quantity × rate", "Kiasi × kiwango")
L_NOTES = ("Notes", "Maelezo")
METHODS = {"mpesa": "M-Pesa", "bank": "Bank / Benki", "cash": "Cash / Pesa taslimu"}


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
    c.setFillColorRGB(*GREY)
    c.setFont(REGULAR, size - 2)
    (c.drawRightString if right else c.drawString)(x, y - size + 0.5, pair[1])
    c.setFillColorRGB(0, 0, 0)


def _detail(line: SlipLine) -> str:
    if line.quantity is None:
        return ""
    if line.unit == "min":
        qty = hours_text(line.quantity)
    elif line.unit == "day":
        qty = f"{line.quantity} day(s)"
    else:
        qty = f"{line.quantity:,}"
    return f"{qty} × {money(line.rate_cents)}" if line.rate_cents is not None else qty


class _Page:
    def __init__(self, c: Canvas, book: SlipBook, logo: ImageReader | None) -> None:
        self.c, self.book, self.logo = c, book, logo
        self.y = H - M

    def header(self, slip: Slip) -> None:
        c, b = self.c, self.book
        x = M
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            h = 16 * mm
            w = min(40 * mm, h * iw / max(ih, 1))
            c.drawImage(self.logo, M, H - M - h, w, h, preserveAspectRatio=True, mask="auto")
            x = M + w + 4 * mm
        c.setFont(BOLD, 13)
        c.drawString(x, H - M - 5 * mm, _fit(b.centre, BOLD, 13, W - x - M - 45 * mm))
        _label(c, W - M, H - M - 5 * mm, L_TITLE, 14, right=True)
        if b.draft:
            c.setFillColorRGB(0.75, 0.1, 0.1)
            c.setFont(BOLD, 9)
            c.drawRightString(W - M, H - M - 15 * mm, "DRAFT — not final / RASIMU")
            c.setFillColorRGB(0, 0, 0)
        y = H - M - 24 * mm
        c.setLineWidth(0.6)
        c.line(M, y + 4 * mm, W - M, y + 4 * mm)
        cells = [
            (L_NAME, slip.name), (L_ID, slip.national_id or "—"),
            (L_PERIOD, f"{b.period}: {b.starts_on:%d/%m}–{b.ends_on:%d/%m/%Y}"),
            (L_PAY_DATE, f"{b.pay_date:%d/%m/%Y}"),
            (L_PAYMENT, METHODS.get(slip.method, slip.method)
             + (f": {slip.account}" if slip.account else "")),
        ]
        col = (W - 2 * M) / 2
        for i, (pair, value) in enumerate(cells):
            cx = M + (i % 2) * col
            cy = y - (i // 2) * 12 * mm
            _label(c, cx, cy, pair, 8)
            c.setFont(REGULAR, 9.5)
            c.drawString(cx + 30 * mm, cy, _fit(value, REGULAR, 9.5, col - 31 * mm))
        self.y = y - 3 * 12 * mm

    def section(self, pair: tuple[str, str], lines: Sequence[SlipLine], total: tuple[
            tuple[str, str], int] | None) -> None:
        c = self.c
        if not lines and total is None:
            return
        _label(c, M, self.y, pair, 10)
        _label(c, W - M - 40 * mm, self.y, L_DETAIL, 7, bold=False, right=True)
        _label(c, W - M, self.y, (f"{L_AMOUNT[0]} ({self.book.currency})".strip(),
                                  L_AMOUNT[1]), 7, bold=False, right=True)
        self.y -= 7 * mm
        c.setLineWidth(0.3)
        c.line(M, self.y + 3 * mm, W - M, self.y + 3 * mm)
        for line in lines:
            if self.y < 40 * mm:
                break
            self.y -= 4.2 * mm
            c.setFont(REGULAR, 9)
            c.drawString(M, self.y, _fit(line.label, REGULAR, 9, 80 * mm))
            c.drawRightString(W - M - 40 * mm, self.y, _detail(line))
            c.drawRightString(W - M, self.y, money(line.amount_cents))
            if line.working and line.code in ("TOPUP", "ADJ", "UNPAID", "PAYE"):
                self.y -= 3.4 * mm
                c.setFont(REGULAR, 6.5)
                c.setFillColorRGB(*GREY)
                c.drawString(M + 3 * mm, self.y, _fit(line.working, REGULAR, 6.5,
                                                       W - 2 * M - 3 * mm))
                c.setFillColorRGB(0, 0, 0)
        if total is not None:
            self.y -= 6 * mm
            c.line(W - M - 45 * mm, self.y + 4.2 * mm, W - M, self.y + 4.2 * mm)
            _label(c, M, self.y, total[0], 9)
            c.setFont(BOLD, 10)
            c.drawRightString(W - M, self.y, money(total[1]))
        self.y -= 11 * mm

    def net(self, slip: Slip) -> None:
        c = self.c
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.rect(M, self.y - 5 * mm, W - 2 * M, 13 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        _label(c, M + 3 * mm, self.y + 2 * mm, L_NET, 12)
        c.setFont(BOLD, 14)
        c.drawRightString(W - M - 3 * mm, self.y, f"{self.book.currency} "
                          f"{money(slip.net_cents)}".strip())
        self.y -= 16 * mm

    def notes(self, slip: Slip, taxable: int | None) -> None:
        c = self.c
        rows = list(slip.notes)
        if taxable is not None:
            rows.insert(0, f"{L_TAXABLE[0]} / {L_TAXABLE[1]}: {money(taxable)}")
        if not rows:
            return
        _label(c, M, self.y, L_NOTES, 8)
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
    """Write one page a payslip to ``path``; returns the number of pages."""
    register_fonts()
    logo = _logo(book.logo_png)
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setTitle(f"Payslips {book.period} — {book.centre}")
    c.setAuthor(book.centre)
    total = len(book.slips)
    for n, slip in enumerate(book.slips, 1):
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        page = _Page(c, book, logo)
        page.header(slip)
        earnings = [x for x in slip.lines if x.section == "earning"]
        deductions = [x for x in slip.lines if x.section == "deduction"]
        employer = [x for x in slip.lines if x.section == "employer"]
        taxable = next((x.amount_cents for x in slip.lines if x.code == "TAXABLE"), None)
        page.section(L_EARNINGS, earnings, (L_GROSS, slip.gross_cents))
        page.section(L_DEDUCTIONS, deductions, (L_TOTAL_DED, slip.deductions_cents))
        page.net(slip)
        page.section(L_EMPLOYER, employer, None)
        page.notes(slip, taxable)
        page.footer(n, total)
        c.showPage()
        if progress is not None and n % 50 == 0:
            progress(n, total, f"Payslip {n} of {total}")
    if not total:
        c.setFont(REGULAR, 11)
        c.drawString(M, H - M, f"{book.centre}: no payslips in {book.period}.")
        c.showPage()
    c.save()
    return max(1, total)

"""Payment files: the M-Pesa bulk-payment CSV (configurable columns), the bank-transfer CSV and
the cash payout sheet (PDF with a signature column). Each carries its control totals (count and
sum). Amounts are written from integer cents as decimal strings, never floats."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from issp_desktop.domain.payroll import money
from issp_desktop.domain.statutory import fmt_cents
from issp_desktop.reports.fonts import BOLD, REGULAR, register_fonts

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Payee:
    reference: str
    name: str
    national_id: str
    msisdn: str  # 2547XXXXXXXX for M-Pesa, else ''
    bank: str
    bank_branch: str
    bank_account: str
    amount_cents: int


def _safe(value: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading quote."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _field(p: Payee, key: str, period: str) -> str:
    if key == "phone":
        return p.msisdn
    if key == "amount":
        return fmt_cents(p.amount_cents)
    if key == "amount_whole":
        return str((p.amount_cents + 50) // 100)
    if key == "name":
        return _safe(p.name)
    if key == "reference":
        return p.reference
    if key == "national_id":
        return _safe(p.national_id)
    if key == "period":
        return period
    if key == "narration":
        return f"Salary {period}"
    raise ValueError(key)


def write_mpesa_csv(path: Path, payees: Sequence[Payee], columns: Sequence[tuple[str, str]],
                    period: str) -> None:
    """The bulk-payment upload: one header line (the configured titles), one line a payee.
    Control totals go in the export record and the screen, not the file: upload portals refuse
    extra lines."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([title for title, _ in columns])
        for p in payees:
            w.writerow([_field(p, key, period) for _, key in columns])


def write_bank_csv(path: Path, payees: Sequence[Payee], period: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Beneficiary name", "Bank", "Branch", "Account number", "Amount",
                    "Reference", "Narration"])
        for p in payees:
            w.writerow([_safe(p.name), _safe(p.bank), _safe(p.bank_branch),
                        _safe(p.bank_account), fmt_cents(p.amount_cents), p.reference,
                        f"Salary {period}"])
        w.writerow([])
        w.writerow(["Control totals", "", "", f"count {len(payees)}",
                    fmt_cents(sum(p.amount_cents for p in payees)), "", ""])


@dataclass(frozen=True)
class CashSheet:
    centre: str
    currency: str
    period: str
    pay_date: date
    payees: Sequence[Payee]


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-1]
    return text


def write_cash_pdf(path: Path, sheet: CashSheet) -> int:
    """A payout sheet: number, name, ID, amount, a signature box and the date paid; control
    totals at the end. Returns the number of pages."""
    register_fonts()
    w, h = A4
    m = 14 * mm
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setTitle(f"Cash payout {sheet.period} — {sheet.centre}")
    cols = [("#", 10 * mm), ("Name / Jina", 58 * mm), ("ID", 26 * mm),
            (f"Amount / Kiasi {sheet.currency}".strip(), 28 * mm),
            ("Signature / Sahihi", 38 * mm), ("Date / Tarehe", w - 2 * m - 160 * mm)]
    pages = 1
    row_h = 11 * mm

    def head() -> float:
        c.setFont(BOLD, 12)
        c.drawString(m, h - m, f"{sheet.centre} — cash payout sheet / orodha ya malipo taslimu")
        c.setFont(REGULAR, 9)
        c.drawString(m, h - m - 5 * mm, f"Pay period {sheet.period}; pay date "
                                         f"{sheet.pay_date:%d/%m/%Y}. Pay only on sight of the "
                                         "ID; the person signs on receipt.")
        y = h - m - 14 * mm
        x = m
        c.setFont(BOLD, 8)
        for title, cw in cols:
            c.drawString(x + 1 * mm, y, title)
            x += cw
        c.line(m, y - 2 * mm, w - m, y - 2 * mm)
        return y - 2 * mm

    y = head()
    for n, p in enumerate(sheet.payees, 1):
        if y - row_h < m + 20 * mm:
            c.setFont(REGULAR, 7)
            c.drawRightString(w - m, m - 5 * mm, f"page {pages}")
            c.showPage()
            pages += 1
            y = head()
        x = m
        c.setFont(REGULAR, 9)
        values = [str(n), p.name, p.national_id, money(p.amount_cents), "", ""]
        for (title, cw), value in zip(cols, values, strict=True):
            if title.startswith("Amount"):
                c.drawRightString(x + cw - 2 * mm, y - row_h + 4 * mm, value)
            else:
                c.drawString(x + 1 * mm, y - row_h + 4 * mm, _fit(value, REGULAR, 9,
                                                                   cw - 2 * mm))
            c.rect(x, y - row_h, cw, row_h, stroke=1, fill=0)
            x += cw
        y -= row_h
    c.setFont(BOLD, 10)
    total = sum(p.amount_cents for p in sheet.payees)
    c.drawString(m, y - 8 * mm, f"Control totals / Jumla: {len(sheet.payees)} people, "
                                f"{sheet.currency} {money(total)}".replace("  ", " "))
    c.setFont(REGULAR, 9)
    c.drawString(m, y - 18 * mm, "Paid out by / Amelipa: ______________________   "
                                 "Checked by / Amehakiki: ______________________")
    c.setFont(REGULAR, 7)
    c.drawRightString(w - m, m - 5 * mm, f"page {pages}")
    c.showPage()
    c.save()
    return pages

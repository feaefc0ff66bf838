"""The payroll register of a period: one row a person (gross, each deduction by code, net,
employer shares) and totals that reconcile — the sum of nets plus the sum of deductions is the
sum of grosses — as PDF (landscape A4) or XLSX."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from issp_desktop.domain.payroll import money
from issp_desktop.reports.fonts import BOLD, REGULAR, register_fonts


def _amt(cents: int) -> Decimal:
    """Cents as an exact decimal amount for a spreadsheet cell (never a float)."""
    return Decimal(cents).scaleb(-2)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RegisterRow:
    name: str
    national_id: str
    method: str
    gross_cents: int
    deductions: dict[str, int]
    deductions_cents: int
    net_cents: int
    employer_cents: int


@dataclass(frozen=True)
class RegisterDoc:
    centre: str
    currency: str
    period: str
    starts_on: date
    ends_on: date
    state: str
    codes: Sequence[str]
    rows: Sequence[RegisterRow]
    gross_cents: int
    deductions_cents: int
    net_cents: int
    employer_cents: int
    by_code: dict[str, int]


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-1]
    return text


def build_register_pdf(path: Path, doc: RegisterDoc) -> int:
    """Returns the number of pages."""
    register_fonts()
    w, h = landscape(A4)
    m = 12 * mm
    c = Canvas(str(path), pagesize=(w, h), pageCompression=1)
    c.setTitle(f"Payroll register {doc.period} — {doc.centre}")
    codes = list(doc.codes)
    headers = ["#", "Name / Jina", "ID", "Gross / Ghafi", *codes, "Deductions / Makato",
               "Net / Halisi", "Employer / Mwajiri"]
    fixed = [10 * mm, 58 * mm, 24 * mm]
    rest = (w - 2 * m - sum(fixed)) / (len(headers) - 3)
    widths = fixed + [rest] * (len(headers) - 3)
    size = 7.5 if len(codes) <= 6 else 6.5
    pages = 1

    def head(y: float) -> float:
        c.setFont(BOLD, 12)
        c.drawString(m, h - m, f"{doc.centre} — payroll register {doc.period}")
        c.setFont(REGULAR, 8)
        c.drawString(m, h - m - 5 * mm, f"{doc.starts_on:%d/%m/%Y} – {doc.ends_on:%d/%m/%Y}; "
                     f"state: {doc.state}; amounts in {doc.currency}")
        y = h - m - 13 * mm
        x = m
        c.setFont(BOLD, size)
        for title, cw in zip(headers, widths, strict=True):
            if x < m + sum(fixed[:2]):
                c.drawString(x, y, title)
            else:
                c.drawRightString(x + cw - 1 * mm, y, _fit(title, BOLD, size, cw - 2 * mm))
            x += cw
        c.line(m, y - 1.5 * mm, w - m, y - 1.5 * mm)
        return y - 5 * mm

    def line(y: float, values: list[str], bold: bool = False) -> None:
        x = m
        c.setFont(BOLD if bold else REGULAR, size)
        for i, (value, cw) in enumerate(zip(values, widths, strict=True)):
            if i < 3:
                c.drawString(x, y, _fit(value, REGULAR, size, cw - 1.5 * mm))
            else:
                c.drawRightString(x + cw - 1 * mm, y, value)
            x += cw

    y = head(h)
    for n, r in enumerate(doc.rows, 1):
        if y < m + 18 * mm:
            c.setFont(REGULAR, 7)
            c.drawRightString(w - m, m - 4 * mm, f"page {pages}")
            c.showPage()
            pages += 1
            y = head(h)
        line(y, [str(n), r.name, r.national_id, money(r.gross_cents),
                 *(money(r.deductions.get(code, 0)) for code in codes),
                 money(r.deductions_cents), money(r.net_cents), money(r.employer_cents)])
        y -= 4.2 * mm
    c.line(m, y + 2.5 * mm, w - m, y + 2.5 * mm)
    line(y - 1 * mm, ["", f"Totals / Jumla ({len(doc.rows)})", "", money(doc.gross_cents),
                      *(money(doc.by_code.get(code, 0)) for code in codes),
                      money(doc.deductions_cents), money(doc.net_cents),
                      money(doc.employer_cents)], bold=True)
    y -= 10 * mm
    c.setFont(REGULAR, 8)
    ok = doc.net_cents + doc.deductions_cents == doc.gross_cents
    both = money(doc.net_cents + doc.deductions_cents)
    both = money(doc.net_cents + doc.deductions_cents)
    c.drawString(m, y, f"Check: net {money(doc.net_cents)} + deductions "
                       f"{money(doc.deductions_cents)} = {both} {'=' if ok else '≠'} gross "
                       f"{money(doc.gross_cents)}")
    c.setFont(REGULAR, 7)
    c.drawRightString(w - m, m - 4 * mm, f"page {pages}")
    c.showPage()
    c.save()
    return pages


def build_register_xlsx(path: Path, doc: RegisterDoc) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = f"Register {doc.period}"[:31]
    ws.append([f"{doc.centre} — payroll register {doc.period}"])
    ws.append([f"{doc.starts_on.isoformat()} to {doc.ends_on.isoformat()}", f"state: {doc.state}",
               f"currency: {doc.currency}"])
    codes = list(doc.codes)
    ws.append(["Name", "ID number", "Method", "Gross", *codes, "Total deductions", "Net",
               "Employer contributions"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    first = 4
    for r in doc.rows:
        ws.append([_cell(r.name), _cell(r.national_id), r.method, _amt(r.gross_cents),
                   *(_amt(r.deductions.get(code, 0)) for code in codes),
                   _amt(r.deductions_cents), _amt(r.net_cents), _amt(r.employer_cents)])
    ws.append(["Totals", "", "", _amt(doc.gross_cents),
               *(_amt(doc.by_code.get(code, 0)) for code in codes),
               _amt(doc.deductions_cents), _amt(doc.net_cents), _amt(doc.employer_cents)])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=first, max_row=ws.max_row, min_col=4):
        for cell in row:
            cell.number_format = "#,##0.00"
    ws.append([])
    ws.append(["Check: net + deductions − gross (must be 0)", "", "",
               _amt(doc.net_cents + doc.deductions_cents - doc.gross_cents)])
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 14
    ws.freeze_panes = "B4"
    ws.sheet_properties.tabColor = "1F5F8B"
    wb.save(path)

"""The client delivery report: per batch delivered in a period, units, dates, on time or late,
accuracy and the accepted units times the price; an invoice-ready total in the client's
currency. PDF (ReportLab, DejaVu fonts) or XLSX (openpyxl, formula-looking text neutralised).
Amounts are integer cents turned into text with ``Decimal``, never floats."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from issp_desktop.domain.deliverables import STATUS_TITLES, Status, fmt_bp

if TYPE_CHECKING:
    from issp_desktop.services.deliverables_types import DeliveryReport

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADERS = ("Batch", "Project", "Units sent", "Units done", "Received", "Due", "Delivered",
           "On time", "Accuracy %", "Status", "Accepted units", "Price per unit", "Amount")


def money(cents: int) -> str:
    """12345678 -> '123,456.78' (exact, via Decimal)."""
    value = Decimal(cents).scaleb(-2)
    return f"{value:,.2f}"


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _status(line_status: str) -> str:
    title = STATUS_TITLES.get(Status(line_status), line_status)
    return "Awaiting answer" if line_status == Status.DELIVERED.value else title


def _rows(report: DeliveryReport) -> list[list[str]]:
    return [[line.reference, line.project, f"{line.units_expected:,}", f"{line.units_done:,}",
             line.received_on.isoformat(), line.due_on.isoformat(),
             line.delivered_on.isoformat() if line.delivered_on else "",
             "on time" if line.on_time else "LATE", fmt_bp(line.accuracy_bp),
             _status(line.status), f"{line.accepted_units:,}",
             money(line.price_per_unit_cents), money(line.amount_cents)]
            for line in report.lines]


def build_delivery_pdf(report: DeliveryReport, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from issp_desktop.reports.fonts import register_fonts

    regular, bold = register_fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", fontName=bold, fontSize=7.5, leading=9)
    period = f"{report.start.isoformat()} to {report.end.isoformat()}"
    story: list[Any] = [
        Paragraph(escape(report.centre or "ISSP centre"), body),
        Paragraph(f"Delivery report for {escape(report.client)}", title),
        Paragraph(f"Batches delivered {period}. Contact: {escape(report.contact or '—')}. "
                  f"Amounts in {escape(report.currency)}.", body),
        Spacer(1, 4 * mm),
    ]
    data: list[list[Any]] = [[Paragraph(h, head) for h in HEADERS]]
    for row in _rows(report):
        data.append([Paragraph(escape(v), cell) for v in row])
    if not report.lines:
        data.append([Paragraph("No batch was delivered in this period.", cell)]
                    + [""] * (len(HEADERS) - 1))
    total = Paragraph(f"Total to invoice ({escape(report.currency)})", head)
    data.append([total] + [""] * (len(HEADERS) - 2)
                + [Paragraph(money(report.total_cents), head)])
    widths = [31, 33, 15, 15, 20, 20, 20, 14, 16, 21, 18, 19, 25]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (0, len(data) - 1), (-2, len(data) - 1)),
        ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f3f3f3")),
    ]
    for n, line in enumerate(report.lines, start=1):
        if not line.on_time:
            style.append(("TEXTCOLOR", (7, n), (7, n), colors.HexColor("#b00020")))
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 4 * mm), Paragraph(
        f"{len(report.lines)} batches, {report.on_time} on time. Accepted units are units "
        "done (at most the units sent) of batches the client accepted; rejected batches and "
        "batches awaiting an answer are not billed. Produced "
        f"{report.made_at.strftime('%Y-%m-%d %H:%M')} UTC by {escape(report.made_by)}.", body)]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                            title=f"Delivery report {report.client} {period}",
                            author=report.centre or "ISSP Desktop")
    doc.build(story)
    return path


def build_delivery_xlsx(report: DeliveryReport, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Delivery"
    sheet.append([neutralise(report.centre)])
    sheet.append([neutralise(f"Delivery report for {report.client}")])
    sheet.append([f"Batches delivered {report.start.isoformat()} to {report.end.isoformat()}",
                  f"Amounts in {report.currency}"])
    sheet.append([])
    sheet.append(list(HEADERS))
    for cell in sheet[5]:
        cell.font = Font(bold=True)
    for line in report.lines:
        sheet.append([
            neutralise(line.reference), neutralise(line.project), line.units_expected,
            line.units_done, line.received_on, line.due_on, line.delivered_on,
            "on time" if line.on_time else "LATE",
            None if line.accuracy_bp is None else Decimal(line.accuracy_bp).scaleb(-2),
            _status(line.status), line.accepted_units,
            Decimal(line.price_per_unit_cents).scaleb(-2),
            Decimal(line.amount_cents).scaleb(-2)])
    sheet.append([])
    sheet.append([f"Total to invoice ({report.currency})"] + [None] * (len(HEADERS) - 2)
                 + [Decimal(report.total_cents).scaleb(-2)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for row in sheet.iter_rows(min_row=6):
        for c in row:
            if c.column in (12, 13):
                c.number_format = "#,##0.00"
            elif c.column in (5, 6, 7):
                c.number_format = "yyyy-mm-dd"
    for letter, width in zip("ABCDEFGHIJKLM", (16, 28, 11, 11, 12, 12, 12, 9, 11, 16, 14, 14,
                                               16), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)
    return path

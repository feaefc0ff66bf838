"""The funder report: PDF (cover, headline figures with last period's, charts, breakdown
tables, definitions and data notes), XLSX (one sheet per table, numbers as numbers, "<5" as
text) and JSON, all from one ``ImpactReport``."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from issp_desktop.reports import impact_charts as charts
from issp_desktop.reports.fonts import register_fonts
from issp_desktop.services.impact_types import Cell, ImpactReport, Table

FORMATS = (".pdf", ".xlsx", ".json")
SECTIONS = ("Reach", "Income", "Staying and leaving", "Training", "Progression", "Operations")
GRID = colors.HexColor("#c8ced6")
HEAD = colors.HexColor("#e8eef3")


def write_impact_report(report: ImpactReport, path: Path) -> Path:
    """Write ``report`` as PDF, XLSX or JSON by the file's extension (atomically)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return build_impact_pdf(report, path)
    if suffix == ".xlsx":
        return build_impact_xlsx(report, path)
    if suffix == ".json":
        return _atomic(path, lambda tmp: tmp.write_text(
            json.dumps(report.to_json(), ensure_ascii=False, indent=2), encoding="utf-8"))
    raise ValueError(f"{path.name}: choose a .pdf, .xlsx or .json file")


def _atomic(path: Path, write: Any) -> Path:
    tmp = path.with_name(f".{path.name}.part")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def period_text(report: ImpactReport) -> str:
    return f"{report.start:%d %B %Y} – {report.end:%d %B %Y}"


# --- PDF ---------------------------------------------------------------------------------------

class _Styles:
    def __init__(self) -> None:
        self.regular, self.bold = register_fonts()
        self.cover = ParagraphStyle("cover", fontName=self.bold, fontSize=26, leading=32,
                                    spaceAfter=10)
        self.centre = ParagraphStyle("centre", fontName=self.bold, fontSize=15, leading=20,
                                     spaceAfter=6, textColor=charts.AFTER)
        self.h1 = ParagraphStyle("h1", fontName=self.bold, fontSize=14, leading=18,
                                 spaceBefore=6, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=self.bold, fontSize=11, leading=14,
                                 spaceBefore=8, spaceAfter=4)
        self.body = ParagraphStyle("body", fontName=self.regular, fontSize=9.5, leading=12.5,
                                   spaceAfter=4)
        self.cell = ParagraphStyle("cell", fontName=self.regular, fontSize=7.5, leading=9)
        self.num = ParagraphStyle("num", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", fontName=self.bold, fontSize=6.8, leading=8.5)
        self.small = ParagraphStyle("small", fontName=self.regular, fontSize=7.5, leading=9.5,
                                    textColor=colors.HexColor("#4a5560"))


def _cell_text(value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _grid(rows: list[list[Any]], widths: Sequence[float] | None, st: _Styles,
          numeric_from: int = 1) -> PdfTable:
    table = PdfTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.regular),
        ("FONTNAME", (0, 0), (-1, 0), st.bold),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _tiles(report: ImpactReport, st: _Styles) -> PdfTable:
    big = ParagraphStyle("big", fontName=st.bold, fontSize=18, leading=22,
                         textColor=charts.AFTER)
    keys = ("headcount", "people_impacted", "impact_share", "income_ratio", "retention_12m",
            "training_hours")
    tiles = [[Paragraph(escape(report.figure(k).text), big),
              Paragraph(escape(report.figure(k).label), st.small)] for k in keys]
    table = PdfTable([tiles[:3], tiles[3:]], colWidths=[58 * mm] * 3, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.4, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5f8fa")),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _figures(report: ImpactReport, st: _Styles) -> list[Any]:
    story: list[Any] = [Paragraph("Headline figures", st.h1), Paragraph(
        f"This period: {escape(period_text(report))}. Previous period: "
        f"{report.previous_start:%d %b %Y} – {report.previous_end:%d %b %Y}.", st.body)]
    for section in SECTIONS:
        items = [f for f in report.figures if f.section == section]
        rows: list[list[Any]] = [["Figure", "This period", "Previous", "Change", "Detail",
                                  "IRIS+"]]
        for f in items:
            rows.append([Paragraph(escape(f.label), st.cell), f.text, f.previous_text,
                         f.change_text, Paragraph(escape(f.detail), st.cell), f.iris])
        story.append(KeepTogether([Paragraph(section, st.h2), _grid(
            rows, [58 * mm, 24 * mm, 24 * mm, 20 * mm, 42 * mm, 14 * mm], st)]))
    return story


def _widths(t: Table) -> list[float]:
    total = A4[0] - 36 * mm
    if t.key == "benchmarks":
        return [w * mm for w in (20, 18, 13, 18, 22, 53, 17, 13)]
    first = min(32 * mm, total / len(t.columns) * 1.4)
    rest = (total - first) / max(1, len(t.columns) - 1)
    return [first] + [rest] * (len(t.columns) - 1)


def _wraps(column: int, value: Cell) -> bool:
    return column == 0 or isinstance(value, str)


def _table_flowables(t: Table, st: _Styles, shown_notes: set[str]) -> list[Any]:
    head = [Paragraph(escape(c), st.head) for c in t.columns]
    rows: list[list[Any]] = [head]
    for row in t.rows:
        rows.append([Paragraph(escape(_cell_text(c)), st.cell if i == 0 or len(str(c)) > 3
                               else st.num) if _wraps(i, c) else _cell_text(c)
                     for i, c in enumerate(row)])
    widths = _widths(t)
    story: list[Any] = [CondPageBreak(60 * mm), Paragraph(escape(t.title), st.h2),
                        _grid(rows, widths, st)]
    if t.note and t.note not in shown_notes:  # breakdown tables share one note
        shown_notes.add(t.note)
        story.append(Paragraph(escape(t.note), st.small))
    return story


def build_impact_pdf(report: ImpactReport, path: Path) -> Path:
    st = _Styles()
    story: list[Any] = [
        Spacer(1, 50 * mm),
        Paragraph(escape(report.centre or "Impact sourcing centre"), st.centre),
        Paragraph("Impact report", st.cover),
        Paragraph(escape(period_text(report)), st.h1),
        Paragraph(f"Compared with {report.previous_start:%d %B %Y} – "
                  f"{report.previous_end:%d %B %Y}.", st.body),
        Spacer(1, 8 * mm),
    ]
    story.append(_tiles(report, st))
    story += [Spacer(1, 10 * mm), Paragraph(
        f"Produced {report.generated_at:%d %B %Y %H:%M} UTC by ISSP Desktop. Every figure is "
        "defined at the end of this report; counts of fewer than five people in breakdown "
        "tables are shown as “<5”.", st.small), PageBreak()]
    story += _figures(report, st)
    story += [PageBreak(), Paragraph("Charts", st.h1),
              charts.income_chart(report.income_bands, report.currency), Spacer(1, 4 * mm),
              charts.headcount_chart(report.months), Spacer(1, 4 * mm),
              charts.funnel_chart(report.funnel), PageBreak(),
              Paragraph("Tables", st.h1)]
    shown: set[str] = set()
    for t in report.tables:
        if t.key != "figures":
            story += _table_flowables(t, st, shown)
    story += [PageBreak(), Paragraph("Data notes", st.h1)]
    story += [Paragraph("• " + escape(n), st.body) for n in report.notes]
    story.append(Paragraph("Definitions", st.h1))
    for d in report.definitions:
        code = f" <font color='#1f6f8b'>(IRIS+ {d.iris})</font>" if d.iris else ""
        story.append(Paragraph(f"<b>{escape(d.title)}</b>{code}. {escape(d.text)}", st.body))
    footer = f"{report.centre} — impact report {report.start:%d %b %Y} – {report.end:%d %b %Y}"

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(st.regular, 7.5)
        canvas.setFillColor(colors.HexColor("#4a5560"))
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    def write(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm,
                                rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                                title=f"Impact report {period_text(report)}",
                                author=report.centre, subject="Impact report")
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

    return _atomic(path, write)


# --- XLSX --------------------------------------------------------------------------------------

_BAD_SHEET = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_name(title: str, used: set[str]) -> str:
    base = title.translate(_BAD_SHEET).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" {n}"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def build_impact_xlsx(report: ImpactReport, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from issp_desktop.services.people_io import neutralise

    book = Workbook()
    about = book.active
    about.title = "About"
    for row in (("Centre", report.centre), ("Report", "Impact report"),
                ("From", report.start), ("To", report.end),
                ("Previous period from", report.previous_start),
                ("Previous period to", report.previous_end),
                ("Currency", report.currency), ("Produced (UTC)", report.generated_at.replace(
                    tzinfo=None))):
        about.append([row[0], neutralise(row[1])])
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 40
    used = {"about"}
    titles = {"figures": "Figures", "breakdown_gender": "By gender",
              "breakdown_disability": "By disability", "breakdown_age": "By age band",
              "breakdown_county": "By county", "income_bands": "Income before and after",
              "income_ratio_bands": "Income ratio", "months": "By month",
              "benchmarks": "Benchmarks"}
    bold = Font(bold=True)
    for t in report.tables:
        ws = book.create_sheet(sheet_name(titles.get(t.key, t.title), used))
        ws.append(list(t.columns))
        for cell in ws[1]:
            cell.font = bold
        for row in t.rows:
            ws.append([neutralise(c) for c in row])
        if t.note:
            ws.append([])
            ws.append([neutralise(t.note)])
        for i, col in enumerate(t.columns, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, min(45, len(col)
                                                                                  + 4))
        ws.freeze_panes = "A2"
    notes = book.create_sheet(sheet_name("Data notes", used))
    notes.append(["Data note"])
    notes["A1"].font = bold
    for n in report.notes:
        notes.append([neutralise(n)])
    notes.column_dimensions["A"].width = 120
    defs = book.create_sheet(sheet_name("Definitions", used))
    defs.append(["Figure", "Definition", "IRIS+"])
    for cell in defs[1]:
        cell.font = bold
    for d in report.definitions:
        defs.append([d.title, neutralise(d.text), d.iris])
    defs.column_dimensions["A"].width = 34
    defs.column_dimensions["B"].width = 110
    return _atomic(path, lambda tmp: book.save(tmp))

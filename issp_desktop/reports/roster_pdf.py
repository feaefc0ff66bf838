"""The week's roster as a landscape PDF for the notice board: people × Monday..Sunday, each
cell the shift's code and local times (or the person's leave), page breaks with the header
repeated, the centre's name and the week's dates on every page."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from issp_desktop.domain.roster import zone
from issp_desktop.reports.fonts import register_fonts

if TYPE_CHECKING:
    from issp_desktop.services.roster_types import WeekGrid

LEAVE_FILL = colors.HexColor("#e6e6e6")


def week_cells(grid: WeekGrid) -> dict[tuple[int, date], str]:
    """(person, day) -> what the cell says: ``M 07:00–15:00``, several lines for several
    shifts, ``Leave (sick)`` on a day of leave without a shift."""
    tz = zone(grid.time_zone)
    cells: dict[tuple[int, date], list[str]] = defaultdict(list)
    for sh in grid.shifts:
        start, end = sh.starts_at.astimezone(tz), sh.ends_at.astimezone(tz)
        code = sh.code or "—"
        cells[(sh.person_id, sh.day)].append(f"{code} {start:%H:%M}–{end:%H:%M}")
    out = {key: "\n".join(v) for key, v in cells.items()}
    for key, kind in grid.leave.items():
        out[key] = (out[key] + f"\nLeave ({kind})") if key in out else f"Leave ({kind})"
    return out


def week_title(grid: WeekGrid) -> str:
    last = grid.days[-1]
    return f"Roster, week of {grid.monday:%a %d %b %Y} to {last:%a %d %b %Y}"


def build_roster_pdf(grid: WeekGrid, centre: str, path: Path) -> Path:
    regular, bold = register_fonts()
    title_style = ParagraphStyle("title", fontName=bold, fontSize=14, leading=18)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
    cells = week_cells(grid)
    header = ["Name", "Cohort", *[f"{d:%a %d %b}" for d in grid.days]]
    rows: list[list[str]] = [header]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("LEADING", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for r, person in enumerate(grid.people, start=1):
        rows.append([person.name[:34], person.cohort[:25],
                     *[cells.get((person.id, d), "") for d in grid.days]])
        for c, d in enumerate(grid.days, start=2):
            if (person.id, d) in grid.leave:
                style.append(("BACKGROUND", (c, r), (c, r), LEAVE_FILL))
    codes = ", ".join(f"{t.code} = {t.name} {t.start_text}–{t.end_text}"
                      for t in grid.templates if t.active)
    widths = [52 * mm, 42 * mm] + [26 * mm] * 7
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    printed = date.today().isoformat()

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(12 * mm, 8 * mm, f"{centre} · {week_title(grid)} · times in "
                          f"{grid.time_zone}")
        canvas.drawRightString(285 * mm, 8 * mm, f"Page {doc.page} · printed {printed}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=10 * mm,
                            rightMargin=10 * mm, topMargin=10 * mm, bottomMargin=14 * mm,
                            title=week_title(grid), author=centre)
    story = [Paragraph(f"{_esc(centre)}", small), Paragraph(_esc(week_title(grid)), title_style),
             Paragraph(_esc(f"{len(grid.people)} people · {len(grid.shifts)} shifts · "
                            f"{codes}"), small), table]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)

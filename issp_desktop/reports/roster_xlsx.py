"""The week's roster as an .xlsx workbook: one row per person, one column per day, the same
cell text as the PDF; cells a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from issp_desktop.reports.roster_pdf import week_cells, week_title
from issp_desktop.services.people_io import neutralise

if TYPE_CHECKING:
    from issp_desktop.services.roster_types import WeekGrid


def build_roster_xlsx(grid: WeekGrid, centre: str, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    cells = week_cells(grid)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Week {grid.monday.isoformat()}"
    sheet.append([neutralise(centre)])
    sheet.append([week_title(grid) + f" (times in {grid.time_zone})"])
    sheet.append(["Name", "National ID", "Cohort", *[d.isoformat() for d in grid.days]])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    grey = PatternFill("solid", fgColor="E6E6E6")
    for person in grid.people:
        sheet.append([neutralise(person.name), neutralise(person.national_id),
                      neutralise(person.cohort),
                      *[cells.get((person.id, d), "") for d in grid.days]])
        for col, d in enumerate(grid.days, start=4):
            target = sheet.cell(sheet.max_row, col)
            target.alignment = Alignment(wrap_text=True, vertical="center")
            if (person.id, d) in grid.leave:
                target.fill = grey
    for col, width in zip("ABCDEFGHIJ", (30, 14, 28, *(16,) * 7), strict=True):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "D4"
    book.save(path)
    return path

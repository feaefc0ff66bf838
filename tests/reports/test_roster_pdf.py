"""The week's roster PDF and XLSX read back: 200 people over several landscape pages with the
header repeated, names with diacritics, template codes and local times, leave marked, the centre
and the week on every page; formula-looking names neutralised in the workbook."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from issp_desktop.reports.roster_pdf import build_roster_pdf
from issp_desktop.reports.roster_xlsx import build_roster_xlsx
from issp_desktop.services.roster import PersonBrief, ShiftRow, TemplateRow, WeekGrid

MON = date(2026, 11, 30)
NIGHT = TemplateRow(3, "Night", "N", 22 * 60, 480, 30, True, "#d9d2f0", True, 1)
MORNING = TemplateRow(1, "Morning", "M", 7 * 60, 480, 30, False, "#fff3c4", True, 1)


def grid(people: int = 200) -> WeekGrid:
    persons = tuple(PersonBrief(i, f"Wanjirũ Kamau-{i:03d}", f"2{i:07d}", "worker",
                                "2026-07 Kibera Data Entry") for i in range(1, people + 1))
    persons = (*persons, PersonBrief(999, "=HYPERLINK(\"x\")", "", "worker", ""))
    shifts = []
    for p in persons[:people]:
        for d in range(5):
            day = MON + timedelta(days=d)
            t = NIGHT if p.id % 5 == 0 else MORNING
            start = datetime(day.year, day.month, day.day, t.start_minute // 60,
                             tzinfo=UTC) - timedelta(hours=3)
            shifts.append(ShiftRow(p.id * 10 + d, p.id, t.id, t.code, start,
                                   start + timedelta(hours=8), 30, t.is_night, "", "", day))
    leave = {(2, MON + timedelta(days=5)): "sick", (2, MON + timedelta(days=6)): "sick"}
    return WeekGrid(MON, "Africa/Nairobi", persons, tuple(shifts), leave, (MORNING, NIGHT))


def test_pdf_two_hundred_people(tmp_path: Path) -> None:
    path = build_roster_pdf(grid(), "Tumaini Centre, Kibera", tmp_path / "r.pdf")
    pages = [p.extract_text() for p in PdfReader(path).pages]
    assert len(pages) >= 4  # page breaks
    for text in pages:
        assert "Tumaini Centre, Kibera" in text and "Mon 30 Nov 2026" in text
        assert "Name" in text and "Sun 06 Dec" in text  # the header on every page
    body = "\n".join(pages)
    assert "Wanjirũ Kamau-001" in body and "Wanjirũ Kamau-200" in body
    assert "M 07:00–15:00" in body and "N 22:00–06:00" in body
    assert "Leave (sick)" in body
    assert "M = Morning 07:00–15:00" in body


def test_xlsx_week(tmp_path: Path) -> None:
    path = build_roster_xlsx(grid(3), "Tumaini Centre", tmp_path / "r.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[2][:4] == ("Name", "National ID", "Cohort", "2026-11-30")
    assert rows[3][0] == "Wanjirũ Kamau-001" and rows[3][3] == "M 07:00–15:00"
    assert rows[4][8] == "Leave (sick)"
    assert rows[6][0].startswith("'=")  # a formula-looking name is neutralised

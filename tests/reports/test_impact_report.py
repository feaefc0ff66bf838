"""The funder report written from the demo centre: the PDF's text read back, the XLSX's
numbers checked against the JSON, and a report with nothing in it still renders."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from issp_desktop.reports.impact_report import sheet_name, write_impact_report
from issp_desktop.services import Services
from issp_desktop.services.impact import ImpactService
from issp_desktop.services.impact_types import ImpactReport

TODAY = date(2026, 11, 16)


def _report(services: Services, start: date, end: date, by: str | None = None
            ) -> ImpactReport:
    impact = ImpactService(services.ctx)
    impact.today = staticmethod(lambda: TODAY)  # type: ignore[method-assign]
    if not impact.benchmarks():
        impact.add_default_benchmarks()
    return impact.report(start, end, by)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_xlsx_and_json_agree(demo_services: Services, tmp_path: Path) -> None:
    report = _report(demo_services, date(2025, 11, 17), TODAY)
    pdf = write_impact_report(report, tmp_path / "impact.pdf")
    text = _pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Tumaini Digital Skills Centre (demo)" in text and "Impact report" in text
    assert "17 November 2025 – 16 November 2026" in flat
    for f in report.figures:
        assert f.label in flat, f.key
    assert report.figure("headcount").text in flat
    for code in ("OI1638", "OI3989", "OI2248", "OI6176", "OI4724", "OI7877"):
        assert code in text
    assert "<5" in text and "By county" in text and "Definitions" in text
    for note in report.notes:
        assert " ".join(note.split())[:60] in flat
    for d in report.definitions:
        assert " ".join(d.text.split())[:50] in flat, d.key
    assert len(PdfReader(pdf).pages) >= 5

    data = json.loads(write_impact_report(report, tmp_path / "impact.json").read_text())
    book = load_workbook(write_impact_report(report, tmp_path / "impact.xlsx"))
    assert book.sheetnames[:3] == ["About", "Figures", "By gender"]
    assert {"By disability", "By age band", "By county", "By month", "Benchmarks",
            "Data notes", "Definitions"} <= set(book.sheetnames)
    sheet = book["Figures"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Section", "Figure", "This period", "Unit", "Previous period"]
    by_label = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    numbers = 0
    for f in data["figures"]:
        row = by_label[f["label"]]
        assert row[2] == f["value"] and row[4] == f["previous"]
        if f["value"] is not None:
            assert isinstance(row[2], int | float)
            numbers += 1
    assert numbers > 25
    county = book["By county"]
    rows = list(county.iter_rows(min_row=2, values_only=True))
    table = next(t for t in data["tables"] if t["key"] == "breakdown_county")
    for xlsx_row, json_row in zip(rows, table["rows"], strict=False):
        assert list(xlsx_row) == json_row
        for cell in xlsx_row[1:]:
            assert cell in ("<5", "—") or isinstance(cell, int | float)
    assert any("<5" in r for r in rows)
    months = [r for r in book["By month"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert [r[1] for r in months[:len(data["months"])]] == [
        m["headcount"] for m in data["months"]]


def test_an_empty_period_still_renders_and_says_so(services: Services,
                                                    tmp_path: Path) -> None:
    report = _report(services, date(2026, 1, 1), date(2026, 3, 31), "gender")
    text = " ".join(_pdf_text(write_impact_report(report, tmp_path / "e.pdf")).split())
    assert "Nobody was recruited, trained or employed in this period" in text
    assert "accuracy cannot be worked out" in text
    book = load_workbook(write_impact_report(report, tmp_path / "e.xlsx"))
    assert "By gender" in book.sheetnames and "By county" not in book.sheetnames
    with pytest.raises(ValueError, match=r"choose a \.pdf, \.xlsx or \.json"):
        write_impact_report(report, tmp_path / "e.docx")
    assert not (tmp_path / "e.docx").exists()


def test_sheet_names_are_legal_and_unique() -> None:
    used: set[str] = set()
    assert sheet_name("By county", used) == "By county"
    assert sheet_name("By county", used) == "By county 2"
    assert sheet_name("a/b: [c]?" + "x" * 40, used) == ("a b   c  " + "x" * 40)[:31]

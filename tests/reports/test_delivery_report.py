"""The client delivery report: the PDF's text read back, the XLSX's cells, exact totals."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from issp_desktop.reports.delivery_report import (
    build_delivery_pdf,
    build_delivery_xlsx,
    money,
)
from issp_desktop.services.deliverables_types import DeliveryLine, DeliveryReport


def _report() -> DeliveryReport:
    lines = (
        DeliveryLine("NB-0001", "Account opening forms", "form", 1200, 1200,
                     date(2026, 3, 2), date(2026, 3, 6), date(2026, 3, 5), "accepted", True,
                     9962, 1200, 450, 540_000),
        DeliveryLine("=HYPERLINK(1)", "Loan files", "page", 800, 820, date(2026, 3, 3),
                     date(2026, 3, 7), date(2026, 3, 9), "rejected", False, 9810, 0, 1999, 0),
        DeliveryLine("NB-0003", "Loan files", "page", 333, 333, date(2026, 3, 10),
                     date(2026, 3, 14), date(2026, 3, 13), "accepted", True, None, 333, 1999,
                     665_667),
    )
    return DeliveryReport("Tumaini Digital Skills Centre", "Nyota Bank (Kũria branch)",
                          "ops@nyota.example", "KES", date(2026, 3, 1), date(2026, 3, 31),
                          lines, 1_205_667, datetime(2026, 4, 1, 8, tzinfo=UTC), "Grace")


def test_money_is_exact() -> None:
    assert money(1_205_667) == "12,056.67"
    assert money(10**17 + 1) == "1,000,000,000,000,000.01"
    assert money(0) == "0.00"


def test_pdf_text(tmp_path: Path) -> None:
    path = build_delivery_pdf(_report(), tmp_path / "d.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    for expected in ("Tumaini Digital Skills Centre", "Delivery report for Nyota Bank (Kũria "
                     "branch)", "NB-0001", "2026-03-05", "on time", "LATE", "99.62", "5,400.00",
                     "6,656.67", "Total to invoice (KES)", "12,056.67", "3 batches, 2 on time",
                     "Rejected"):
        assert expected in text, expected


def test_xlsx_cells(tmp_path: Path) -> None:
    path = build_delivery_xlsx(_report(), tmp_path / "d.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "Delivery report for Nyota Bank (Kũria branch)"
    assert rows[4][0] == "Batch" and rows[4][-1] == "Amount"
    assert rows[5][0] == "NB-0001" and rows[5][7] == "on time" and rows[5][-1] == 5400
    assert rows[6][0] == "'=HYPERLINK(1)" and rows[6][7] == "LATE"
    assert rows[-1][0] == "Total to invoice (KES)" and float(rows[-1][-1]) == 12056.67

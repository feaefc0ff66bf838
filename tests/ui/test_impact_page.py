"""The Impact page on the demo centre: figures, charts and breakdowns shown; range and
breakdown choices; a bad range said plainly; export through the task runner; benchmarks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from issp_desktop.domain.access import Actor, Role
from issp_desktop.services import Services
from issp_desktop.services.impact import ImpactService
from issp_desktop.ui.dialogs.benchmark_dialog import BenchmarkDialog
from issp_desktop.ui.dialogs.benchmark_editor_dialog import BenchmarkEditorDialog
from issp_desktop.ui.pages.impact_page import ImpactPage, range_for
from issp_desktop.ui.tasks import TaskRunner

TODAY = date(2026, 11, 16)


@pytest.fixture
def page(demo_services: Services, qtbot: QtBot,
         monkeypatch: pytest.MonkeyPatch) -> ImpactPage:
    monkeypatch.setattr(ImpactService, "today", staticmethod(lambda: TODAY))
    impact = ImpactService(demo_services.ctx)
    if not impact.benchmarks():
        impact.add_default_benchmarks()
    widget = ImpactPage(demo_services, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def test_ranges() -> None:
    assert range_for("this_year", TODAY) == (date(2026, 1, 1), TODAY)
    assert range_for("last_year", TODAY) == (date(2025, 1, 1), date(2025, 12, 31))
    assert range_for("last_12", TODAY) == (date(2025, 11, 17), TODAY)


def test_page_shows_the_demo_figures(page: ImpactPage, qtbot: QtBot) -> None:
    assert page.report is not None and page.period() == (date(2026, 1, 1), TODAY)
    headcount = page.report.figure("headcount")
    assert page.tiles["headcount"][0].text() == headcount.text != "—"
    assert "Headcount" in page.tiles["headcount"][1].text()
    assert page.figures_model.rowCount() == len(page.report.figures) > 25
    labels = [page.figures_model.index(r, 1).data() for r in range(page.figures_model.rowCount())]
    assert "Voluntary turnover" in labels and "Utilisation" in labels
    assert page.breakdown_model.columnCount() == 11
    groups = [page.breakdown_model.index(r, 0).data()
              for r in range(page.breakdown_model.rowCount())]
    assert set(groups) <= {"female", "male", "unknown"} and groups
    assert page.income_chart.bands and page.headcount_chart.months and page.funnel_chart.funnel
    assert "follow-up surveys" in page.notes.text()

    page.by.setCurrentIndex(page.by.findData("county"))
    assert page.breakdown_title.text() == "<b>By county</b>"
    cells = {page.breakdown_model.index(r, c).data()
             for r in range(page.breakdown_model.rowCount()) for c in range(1, 11)}
    assert not any(c.isdigit() and 0 < int(c) < 5 for c in cells)

    page.range.setCurrentIndex(page.range.findData("last_year"))
    assert page.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert page.report.start == date(2025, 1, 1)


def test_a_range_ending_before_it_starts_is_refused_plainly(page: ImpactPage,
                                                            qtbot: QtBot) -> None:
    page.range.setCurrentIndex(page.range.findData("custom"))
    assert page.start.isEnabled() and page.end.isEnabled()
    before = page.report
    page.start.setDate(QDate(2026, 6, 1))
    page.end.setDate(QDate(2026, 5, 1))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert "ends before it starts" in page.error.text() and page.error.isVisibleTo(page)
    assert page.report is before
    page.end.setDate(QDate(2026, 6, 30))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.report is not None and page.report.end == date(2026, 6, 30)


def test_export_writes_the_pdf(page: ImpactPage, tmp_path: Path) -> None:
    target = tmp_path / "impact.pdf"
    page.export(".pdf", target)
    assert "Wrote" in page.status.text()
    text = PdfReader(target).pages[0].extract_text()
    assert "Impact report" in text and "Tumaini" in text


def test_benchmarks_editor_adds_a_row(page: ImpactPage, qtbot: QtBot,
                                      demo_services: Services) -> None:
    editor = BenchmarkEditorDialog(page.impact, page)
    qtbot.addWidget(editor)
    before = editor.model.rowCount()
    assert before >= 5 and editor.add_button.isVisibleTo(editor)
    dialog = BenchmarkDialog(page.impact, editor)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("living_wage"))
    dialog.effective.setDate(QDate(2026, 7, 1))
    dialog.source.setText("Anker Research Institute, Nairobi 2026")
    dialog._on_buttons_accepted()
    assert "amount" in dialog.error.text()  # nothing typed yet
    qtbot.keyClicks(dialog.amount, "35,000")
    dialog._on_buttons_accepted()
    assert dialog.saved is not None and dialog.saved.amount_cents == 3_500_000
    editor.reload()
    assert editor.model.rowCount() == before + 1
    demo_services.ctx.actor = Actor(5, "viewer", Role.VIEWER)
    readonly = BenchmarkEditorDialog(page.impact, page)
    qtbot.addWidget(readonly)
    assert not readonly.add_button.isVisibleTo(readonly)
    assert readonly.model.rowCount() == before + 1

"""Clients & Work with real widgets on the demo database: the board and its filters, a batch's
detail and its buttons (quality check, record work, move), clients and projects, work-log
import, productivity, delivery reports, and what a viewer does not see."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from issp_desktop.db.models import Person
from issp_desktop.db.models.deliverables import Batch
from issp_desktop.domain.access import Actor, Role
from issp_desktop.services import Services
from issp_desktop.services.deliverables import BatchInput, BatchQuery
from issp_desktop.ui.models.batch_board_model import BatchBoardModel
from issp_desktop.ui.pages.clients_page import ClientsPage
from issp_desktop.ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: Any, demo_services: Services) -> ClientsPage:
    widget = ClientsPage(demo_services, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _select(page: ClientsPage, batch_id: int) -> None:
    board = page.board
    board.view_combo.setCurrentIndex(board.view_combo.findData("all"))
    for r, row in enumerate(board.model.rows):
        if row.id == batch_id:
            board.table.selectRow(r)
            return
    board.search_edit.setText(next(b.reference for b in [board.deliverables.batch_detail(
        batch_id).batch]))
    board.table.selectRow(0)


def _open_batch(services: Services) -> tuple[int, int]:
    with services.db.read() as s:
        return s.execute(select(Batch.id, Batch.units_expected - Batch.units_done)
                         .where(Batch.status == "in_progress").limit(1)).one()


def test_the_board_model_passes_qtmodeltester(qtmodeltester: Any,
                                              demo_services: Services) -> None:
    model = BatchBoardModel(demo_services.deliverables)
    model.reload(BatchQuery(view="all"))
    assert model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == min(before + 200, model.total)
    qtmodeltester.check(model)


def test_board_filters_and_highlights(page: ClientsPage) -> None:
    board = page.board
    assert board.model.total > 0 and "batches" in board.count_label.text()
    board.view_combo.setCurrentIndex(board.view_combo.findData("all"))
    everything = board.model.total
    board.view_combo.setCurrentIndex(board.view_combo.findData("late"))
    late = board.model.total
    assert 0 < late < everything
    assert all(r.late for r in board.model.rows)
    index = board.model.index(0, 3)
    assert board.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "late" in board.model.data(index)
    board.client_combo.setCurrentIndex(board.client_combo.findText("Nyota Bank"))
    assert {r.client for r in board.model.rows} == {"Nyota Bank"}
    assert board.project_combo.count() == 3  # all, and Nyota's two projects
    board.view_combo.setCurrentIndex(board.view_combo.findData("all"))
    board.model.sort(0, Qt.SortOrder.DescendingOrder)
    refs = [r.reference for r in board.model.rows]
    assert refs == sorted(refs, reverse=True)
    if board.model.canFetchMore():
        before = len(board.model.rows)
        board.model.fetchMore()
        assert len(board.model.rows) > before


def test_quality_check_from_the_detail_sends_to_rework(page: ClientsPage,
                                                       demo_services: Services) -> None:
    bid, _ = _open_batch(demo_services)
    _select(page, bid)
    detail = page.board.detail
    assert detail.detail is not None and detail.detail.batch.id == bid
    assert detail.qa_button.isEnabled()
    seen: list[Any] = []

    def drive(dialog: Any) -> None:
        seen.append(dialog)
        dialog.checked_spin.setValue(1000)
        dialog.errors_spin.setValue(5)
        dialog.category_spins["omission"].setValue(2)
        _ok(dialog)  # 5 errors but 2 by category: refused, dialog stays
        assert "add up to 2" in dialog.error.text()
        dialog.category_spins["formatting"].setValue(3)
        dialog.errors_spin.setValue(200)
        dialog.category_spins["wrong value"].setValue(195)
        _ok(dialog)

    detail.open_dialog = drive
    detail.qa_button.click()
    assert seen and seen[0].result is not None and not seen[0].result.passed
    assert demo_services.deliverables.find_batch(detail.detail.batch.reference).status == \
        "rework"
    assert "rework" in detail.summary.text().lower()
    assert detail.checks.rowCount() == 1 and "failed" in detail.checks.item(0, 5).text()
    assert detail.history.item(0, 2).text() == "rework"
    assert "Check a sample of" in seen[0].proposal.text()


def test_record_work_over_expected_asks_first(page: ClientsPage,
                                              demo_services: Services) -> None:
    bid, left = _open_batch(demo_services)
    _select(page, bid)
    detail = page.board.detail
    answers: list[bool] = [False, True]

    def drive(dialog: Any) -> None:
        dialog.confirm = lambda text: answers.pop(0)
        _, units, minutes = dialog.spins[0]
        units.setValue(left + 10)
        minutes.setValue(400)
        _ok(dialog)  # declined: nothing saved, dialog stays open
        assert dialog.result() == 0 and dialog.error.text() == ""
        _ok(dialog)  # confirmed

    detail.open_dialog = drive
    before = demo_services.deliverables.find_batch(detail.detail.batch.reference).units_done
    with demo_services.db.read() as s:
        already = s.execute(select(Batch.units_done).where(Batch.id == bid)).scalar_one()
    assert already == before
    detail.work_button.click()
    after = demo_services.deliverables.find_batch(detail.detail.batch.reference)
    assert after.units_done == before + left + 10
    assert not answers


def test_clients_and_projects_dialogs(page: ClientsPage, type_text: Any, qtbot: Any) -> None:
    view = page.clients
    assert view.client_table.rowCount() == 5

    def new_client(dialog: Any) -> None:
        type_text(qtbot, dialog.name_edit, "Nyota Bank")
        _ok(dialog)
        assert "already a client named" in dialog.error.text()
        dialog.name_edit.clear()
        type_text(qtbot, dialog.name_edit, "Mũgĩ Foods")
        dialog.currency_combo.setCurrentText("USD")
        _ok(dialog)

    view.open_dialog = new_client
    view.buttons["new_client"].click()
    names = [view.client_table.item(r, 0).text() for r in range(view.client_table.rowCount())]
    assert "Mũgĩ Foods" in names and view.current_client().name == "Mũgĩ Foods"

    def new_project(dialog: Any) -> None:
        dialog.name_edit.setText("Invoices")
        dialog.price_edit.setText("abc")
        _ok(dialog)
        assert "price per unit" in dialog.error.text()
        dialog.price_edit.setText("0.35")
        dialog.target_edit.setText("99.5")
        _ok(dialog)

    view.open_dialog = new_project
    view.buttons["new_project"].click()
    assert view.project_table.rowCount() == 1
    assert view.project_table.item(0, 2).text() == "USD 0.35"
    assert view.project_table.item(0, 4).text() == "99.50"
    assert page.board.client_combo.findText("Mũgĩ Foods") >= 0


def test_viewer_sees_no_edit_buttons(qtbot: Any, demo_services: Services) -> None:
    demo_services.ctx.actor = Actor(5, "viewer", Role.VIEWER)
    widget = ClientsPage(demo_services, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.board.new_button.isVisible()
    assert not widget.board.detail.qa_button.isVisible()
    assert not any(b.isVisible() for b in widget.clients.buttons.values())
    assert widget.board.model.total > 0


def test_worklog_import_preview_then_import(page: ClientsPage, demo_services: Services,
                                            tmp_path: Path) -> None:
    d = demo_services.deliverables
    with demo_services.db.read() as s:
        pid, nid = s.execute(select(Person.id, Person.national_id).where(
            Person.stage == "worker", Person.national_id.is_not(None)).limit(1)).one()
    day = date.today() - timedelta(days=2)
    project = d.list_projects()[0]
    batch = d.create_batch(BatchInput(project.id, "GUI-IMPORT-1", 500, day))
    d.assign_workers(batch.id, [pid])
    view = page.worklogs
    bad = tmp_path / "bad.csv"
    bad.write_text(f"batch_ref,national_id,date,units,minutes\nGUI-IMPORT-1,{nid},{day},-3,60"
                   f"\nNOPE,{nid},{day},3,60\n", encoding="utf-8")
    view.check_file(bad)
    assert [view.problems.item(i).text() for i in range(view.problems.count())] == [
        "line 2: units: -3 is negative", "line 3: batch_ref: there is no batch 'NOPE'"]
    assert not view.import_button.isEnabled()
    good = tmp_path / "good.csv"
    good.write_text(f"batch_ref,national_id,date,units,minutes\nGUI-IMPORT-1,{nid},{day},"
                    "300,240\n", encoding="utf-8")
    view.check_file(good)
    assert view.problems.count() == 0 and view.import_button.isEnabled()
    assert view.preview.rowCount() == 1 and view.preview.item(0, 3).text() == "300"
    assert d.find_batch("GUI-IMPORT-1").units_done == 0  # checked, not saved
    view.import_button.click()
    assert "Imported 1 work logs" in view.status.text()
    assert d.find_batch("GUI-IMPORT-1").units_done == 300


def test_productivity_tab_and_chart(page: ClientsPage) -> None:
    page.tabs.setCurrentIndex(3)
    view = page.productivity
    assert view is not None
    view.month_combo.setCurrentIndex(1)  # the demo's last full month
    assert view.table.rowCount() > 5
    assert float(view.table.item(0, 4).text()) > 0
    assert view.chart.points and view.chart.title
    image = view.chart.grab()
    assert not image.isNull()


def test_delivery_report_from_the_reports_tab(page: ClientsPage, tmp_path: Path) -> None:
    view = page.reports
    view.client_combo.setCurrentIndex(view.client_combo.findData(
        view.deliverables.find_client("Nyota Bank").id))
    view.from_edit.setDate(view.from_edit.date().addMonths(-3))
    target = tmp_path / "nyota"
    view.pick_path = lambda suggested: str(target)
    view.save_button.click()
    pdf = tmp_path / "nyota.pdf"
    assert pdf.exists() and "Saved" in view.status.text()
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Delivery report for Nyota Bank" in text

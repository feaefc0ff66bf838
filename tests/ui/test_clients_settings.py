"""Clients & Work, the supervisor's settings and extra moves, with real widgets on the demo
database: the Quality settings tab (minimum QA sample, error categories added, renamed,
deactivated, deleted only when unused), taking a worker off a batch, a note on a status move,
and typing one worker's day across their open batches."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from issp_desktop.db.models import AuditEntry, Person
from issp_desktop.db.models.deliverables import Batch, BatchWorker
from issp_desktop.domain.access import Actor, Role
from issp_desktop.services import Services
from issp_desktop.services.deliverables import BatchInput, WorkLogInput
from issp_desktop.ui.pages.clients_page import ClientsPage
from issp_desktop.ui.tasks import TaskRunner

DAY = date.today() - timedelta(days=3)


@pytest.fixture
def page(qtbot: Any, demo_services: Services) -> ClientsPage:
    widget = ClientsPage(demo_services, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _audits(services: Services, use_case: str) -> int:
    with services.db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.use_case == use_case)).scalar_one())


def _free_workers(services: Services, n: int) -> list[tuple[int, str]]:
    """Workers on no open batch, so their open batches are only the test's."""
    with services.db.read() as s:
        busy = (select(BatchWorker.person_id).join(Batch, Batch.id == BatchWorker.batch_id)
                .where(Batch.status.in_(["received", "in_progress", "in_qa", "rework"])))
        return [(pid, f"{f} {la}") for pid, f, la in s.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .where(Person.stage == "worker", Person.erased_at.is_(None),
                   Person.id.not_in(busy)).order_by(Person.id).limit(n))]


def _batch(services: Services, ref: str, units: int, workers: list[int]) -> int:
    d = services.deliverables
    row = d.create_batch(BatchInput(d.list_projects()[0].id, ref, units, DAY))
    d.assign_workers(row.id, workers)
    return row.id


def _show(page: ClientsPage, ref: str) -> Any:
    board = page.board
    board.view_combo.setCurrentIndex(board.view_combo.findData("all"))
    board.search_edit.setText(ref)
    assert [r.reference for r in board.model.rows] == [ref]
    board.table.selectRow(0)
    detail = board.detail
    assert detail.detail is not None and detail.detail.batch.reference == ref
    return detail


def _row(table: Any, text: str) -> int:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == text:
            return r
    raise AssertionError(f"{text!r} is not in the table")


def test_quality_settings_tab_min_sample_and_categories(page: ClientsPage,
                                                        demo_services: Services) -> None:
    d = demo_services.deliverables
    page.tabs.setCurrentWidget(page.quality)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "&Quality settings"
    view = page.quality
    assert view.min_sample_spin.value() == d.qa_min_sample()
    view.min_sample_spin.setValue(80)
    view.min_sample_button.click()
    assert d.qa_min_sample() == 80 and "at least 80 units" in view.min_sample_status.text()
    assert _audits(demo_services, "qa_settings.update") == 1
    table = view.table
    used = next(c for c in view.categories if c.uses)
    assert table.item(_row(table, used.name), 3).text() == f"{used.uses:,}"

    def new(dialog: Any) -> None:
        dialog.name_edit.setText("Omission")
        _ok(dialog)
        assert "'omission' already exists" in dialog.error.text()
        dialog.name_edit.setText("Transposed digits")
        dialog.description_edit.setText("two digits swapped")
        _ok(dialog)

    view.open_dialog = new
    view.buttons["new"].click()
    r = _row(table, "transposed digits")
    assert table.item(r, 2).text() == "yes" and view.current_category().name == \
        "transposed digits"

    def rename(dialog: Any) -> None:
        dialog.name_edit.setText("  ")
        _ok(dialog)
        assert "category: is needed" in dialog.error.text()
        dialog.name_edit.setText("Digit swap")
        _ok(dialog)

    view.open_dialog = rename
    view.buttons["rename"].click()
    assert "digit swap" in [c.name for c in d.list_categories()]
    assert _audits(demo_services, "qa_categories.update") == 1
    # a used category: delete explains inline and keeps it; deactivate takes it off new checks
    table.setCurrentCell(_row(table, used.name), 0)
    view.buttons["delete"].click()
    assert "cannot be deleted; deactivate it instead" in view.error.text()
    assert used.name in [c.name for c in d.list_categories()]
    view.buttons["toggle"].click()
    r = _row(table, used.name)
    assert table.item(r, 2).text() == "no" and view.buttons["toggle"].text() == "&Reactivate"
    assert used.name not in [c.name for c in d.list_categories()]
    assert view.error.text() == ""
    # the unused new one can go, after a confirmation
    table.setCurrentCell(_row(table, "digit swap"), 0)
    view.confirm = lambda text: False
    view.buttons["delete"].click()
    assert "digit swap" in [c.name for c in d.list_categories()]
    view.confirm = lambda text: "Delete the error category 'digit swap'" in text
    view.buttons["delete"].click()
    assert "digit swap" not in [c.name for c in d.list_categories(include_inactive=True)]
    assert all(table.item(r, 0).text() != "digit swap" for r in range(table.rowCount()))
    assert _audits(demo_services, "qa_categories.delete") == 1
    assert _audits(demo_services, "qa_categories.set_active") == 1
    # a quality check now proposes at least 80 and no longer offers the deactivated category
    (pid, _name), = _free_workers(demo_services, 1)
    bid = _batch(demo_services, "GUI-QA-SET", 400, [pid])
    d.record_work([WorkLogInput(bid, pid, DAY, 400, 300)])
    detail = _show(page, "GUI-QA-SET")
    assert "proposed QA sample 80 units" in detail.summary.text()
    seen: list[Any] = []
    detail.open_dialog = seen.append
    detail.qa_button.click()
    assert used.name not in seen[0].category_spins and "omission" in seen[0].category_spins


def test_a_viewer_sees_the_settings_but_cannot_change_them(qtbot: Any,
                                                         demo_services: Services) -> None:
    demo_services.ctx.actor = Actor(5, "viewer", Role.VIEWER)
    widget = ClientsPage(demo_services, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.quality)
    view = widget.quality
    assert view.table.rowCount() >= 3 and view.min_sample_spin.isReadOnly()
    assert not view.min_sample_button.isVisible()
    assert not any(b.isVisible() for b in view.buttons.values())
    assert not widget.board.detail.unassign_button.isVisible()
    assert not widget.board.detail.move_note.isVisible()
    assert not widget.worklogs.worker_day_button.isVisible()


def test_remove_a_worker_from_a_batch(page: ClientsPage, demo_services: Services) -> None:
    (busy, busy_name), (idle, idle_name) = _free_workers(demo_services, 2)
    bid = _batch(demo_services, "GUI-UNASSIGN", 500, [busy, idle])
    demo_services.deliverables.record_work([WorkLogInput(bid, busy, DAY, 120, 90)])
    detail = _show(page, "GUI-UNASSIGN")
    assert not detail.unassign_button.isEnabled()  # nobody chosen yet
    detail.workers.setCurrentCell(_row(detail.workers, busy_name), 0)
    asked: list[str] = []
    detail.confirm = lambda text: asked.append(text) or False
    detail.unassign_button.click()
    assert not asked
    assert f"{busy_name} cannot be removed from GUI-UNASSIGN" in detail.error.text()
    assert "120 units" in detail.error.text()
    detail.workers.setCurrentCell(_row(detail.workers, idle_name), 0)
    detail.unassign_button.click()  # declined
    assert asked == [f"Take {idle_name} off batch GUI-UNASSIGN?"]
    assert detail.workers.rowCount() == 2
    detail.confirm = lambda text: True
    detail.unassign_button.click()
    assert detail.workers.rowCount() == 1 and detail.workers.item(0, 0).text() == busy_name
    assert [w.person_id for w in demo_services.deliverables.batch_detail(bid).workers] == [busy]
    assert detail.error.text() == ""
    assert _audits(demo_services, "batches.unassign") == 1


def test_a_status_move_keeps_its_note(page: ClientsPage, demo_services: Services) -> None:
    (pid, _name), = _free_workers(demo_services, 1)
    bid = _batch(demo_services, "GUI-MOVE-NOTE", 300, [pid])
    detail = _show(page, "GUI-MOVE-NOTE")
    detail.move_combo.setCurrentIndex(detail.move_combo.findData("in_progress"))
    detail.move_note.setText("client phoned: start now")
    detail.move_button.click()
    assert detail.history.item(0, 2).text() == "in_progress"
    assert detail.history.item(0, 4).text() == "client phoned: start now"
    assert detail.move_note.text() == ""
    history = demo_services.deliverables.batch_detail(bid).history
    assert (history[-1].to_status, history[-1].note) == ("in_progress",
                                                         "client phoned: start now")


def test_a_workers_day_across_batches(page: ClientsPage, demo_services: Services) -> None:
    d = demo_services.deliverables
    (pid, name), (other, _other_name) = _free_workers(demo_services, 2)
    first = _batch(demo_services, "GUI-DAY-1", 500, [pid])
    second = _batch(demo_services, "GUI-DAY-2", 200, [pid, other])
    _batch(demo_services, "GUI-DAY-3", 200, [other])  # not theirs
    page.tabs.setCurrentWidget(page.worklogs)
    view = page.worklogs
    assert view.worker_day_button.isVisible()
    seen: list[Any] = []

    def drive(dialog: Any) -> None:
        seen.append(dialog)
        dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findData(pid))
        dialog.day_edit.setDate(dialog.day_edit.date().addDays(-1))
        assert [b.reference for b in dialog.batches] == ["GUI-DAY-1", "GUI-DAY-2"]
        assert dialog.grid.rowCount() == 2 and dialog.grid.item(0, 0).text() == "GUI-DAY-1"
        _ok(dialog)  # nothing typed
        assert "nothing to save" in dialog.error.text()
        spins = {bid: (u, m) for bid, u, m in dialog.spins}
        spins[first][0].setValue(150)
        spins[first][1].setValue(240)
        spins[second][0].setValue(60)
        spins[second][1].setValue(120)
        _ok(dialog)

    view.open_dialog = drive
    view.worker_day_button.click()
    assert seen and seen[0].result() == 1
    assert "Saved 2 work log(s), 210 units" in view.typed_status.text()
    yesterday = date.today() - timedelta(days=1)
    logs = {b: d.batch_detail(b).logs for b in (first, second)}
    assert [(g.person_id, g.worked_on, g.units, g.minutes) for g in logs[first]] == [
        (pid, yesterday, 150, 240)]
    assert [(g.person_id, g.units) for g in logs[second]] == [(pid, 60)]
    assert d.find_batch("GUI-DAY-1").status == "in_progress"

    def again(dialog: Any) -> None:  # the same day again: refused, the figures shown
        dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findData(pid))
        dialog.day_edit.setDate(dialog.day_edit.date().addDays(-1))
        assert dialog.grid.item(0, 3).text() == "150"
        dialog.spins[1][2].setValue(30)  # minutes without units on GUI-DAY-2 are fine
        dialog.spins[0][1].setValue(5)  # units without minutes are not
        _ok(dialog)
        assert "GUI-DAY-1: minutes: 0 is outside" in dialog.error.text()
        dialog.spins[0][2].setValue(10)
        _ok(dialog)
        assert f"GUI-DAY-1: date: {name} already has work logged on GUI-DAY-1" in \
            dialog.error.text()
        seen.append(dialog)

    view.open_dialog = again
    view.worker_day_button.click()
    assert seen[-1].result() == 0
    assert d.find_batch("GUI-DAY-1").units_done == 150

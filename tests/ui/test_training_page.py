"""The Training page: cohort list with figures, progress marked in words, who sees which
buttons and tabs, the cohort and module dialogs, the curriculum and stipends tabs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from issp_desktop.config.paths import AppPaths
from issp_desktop.services import Services
from issp_desktop.ui.pages.training_page import TrainingPage
from issp_desktop.ui.tasks import TaskRunner


def make_page(qtbot: QtBot, services: Services, user: str) -> TrainingPage:
    services.users.login(user, "demo")
    page = TrainingPage(services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.load()
    return page


def sql(services: Services, query: str, **params: object) -> list[tuple[object, ...]]:
    with services.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(query), params).all()]


def test_cohorts_with_progress_figures(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "trainer")
    model = page.model
    assert model.rowCount() == 12
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Cohort", "Start", "End", "Trainees", "Completed", "At risk",
                       "Attendance %"]
    first = page.selected()
    assert first is not None and first.name == model.index(0, 0).data()
    view = page.cohort_view
    assert view.title.text() == first.name
    progress = view.progress_tab.model
    assert progress.rowCount() == first.trainees
    statuses = [progress.index(r, 5).data() for r in range(progress.rowCount())]
    risky = [s for s in statuses if s.startswith("⚠ At risk")]
    assert len(risky) == first.at_risk > 0  # said in words, not only in colour
    assert all(": " in s for s in risky)
    assert f"{first.at_risk} at risk" in view.progress_tab.summary.text()
    # choosing another cohort shows its trainees
    page.table.selectRow(5)
    assert view.title.text() == model.rows[5].name
    assert progress.rowCount() == model.rows[5].trainees


def _visible_buttons(widget: QWidget) -> set[str]:
    return {b.objectName() for b in widget.findChildren(QAbstractButton)
            if b.isVisibleTo(widget) and b.objectName()
            and not b.objectName().startswith("qt_")}


def test_a_viewer_reads_only(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "viewer")
    view = page.cohort_view
    assert not page.new_button.isVisibleTo(page) and not page.edit_button.isVisibleTo(page)
    for tab in (view.assessment_tab, view.roll_call_tab, view.curriculum_tab):
        view.tabs.setCurrentWidget(tab)
        assert _visible_buttons(tab) == set(), type(tab).__name__
    grid = view.assessment_tab.model
    assert grid.rowCount() and not grid.flags(grid.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not view.roll_call_tab.model.mark(0, None)
    assert not view.stipends_shown()


def test_a_trainer_edits_but_sees_no_stipends(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "trainer")
    view = page.cohort_view
    assert page.new_button.isVisibleTo(page)
    view.tabs.setCurrentWidget(view.roll_call_tab)
    assert {"newSessionButton", "saveRollButton"} <= _visible_buttons(view.roll_call_tab)
    assert not view.stipends_shown()


@pytest.mark.parametrize("user", ["clerk", "supervisor", "manager"])
def test_stipends_for_roles_that_see_pay(qtbot: QtBot, demo_services: Services,
                                         user: str) -> None:
    page = make_page(qtbot, demo_services, user)
    view = page.cohort_view
    assert view.stipends_shown()
    tab = view.stipend_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() > 0
    assert tab.model.index(0, 3).data() == "1,000.00"
    assert tab.form_group.isVisibleTo(tab)  # each of these roles may record stipends


def test_supervisor_records_a_stipend_for_every_trainee(qtbot: QtBot,
                                                        demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "supervisor")
    view = page.cohort_view
    tab = view.stipend_tab
    view.tabs.setCurrentWidget(tab)
    cohort = page.selected()
    assert cohort is not None
    before = len(tab.model.rows)
    tab.trainee_combo.setCurrentIndex(0)  # every trainee
    qtbot.keyClicks(tab.amount_edit, "-300")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert "Nothing was recorded" in tab.message.text() and "negative" in tab.message.text()
    tab.amount_edit.clear()
    qtbot.keyClicks(tab.amount_edit, "KES 250")
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("meals"))
    qtbot.keyClicks(tab.note_edit, "Exam day lunch")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert f"Recorded {cohort.trainees} stipend(s)" in tab.message.text()
    assert len(tab.model.rows) == before + cohort.trainees
    rows = sql(demo_services, "SELECT amount_cents, kind FROM stipend WHERE note = "
                              "'Exam day lunch' AND cohort_id = :c", c=cohort.id)
    assert rows == [(25_000, "meals")] * cohort.trainees


def test_new_cohort_dialog(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "trainer")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.cohort_dialog
    assert dialog.isVisible() and dialog.trainer_combo.findText("Mercy Chebet") >= 0
    qtbot.keyClicks(dialog.name_edit, "2027-01 Kibera Transcription")
    dialog.start_edit.setDate(dialog.start_edit.date().fromString("2027-01-04", "yyyy-MM-dd"))
    dialog.end_edit.setDate(dialog.end_edit.date().fromString("2027-01-04", "yyyy-MM-dd"))
    dialog.accept()
    assert dialog.isVisible() and "after the start" in dialog.error_label.text()
    dialog.end_edit.setDate(dialog.end_edit.date().fromString("2027-03-26", "yyyy-MM-dd"))
    dialog.module_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.capacity_spin.setValue(25)
    dialog.accept()
    assert not dialog.isVisible()
    selected = page.selected()
    assert selected is not None and selected.name == "2027-01 Kibera Transcription"
    assert len(selected.module_ids) == 5 and selected.capacity == 25
    assert sql(demo_services, "SELECT start_date, end_date FROM cohort WHERE name = :n",
               n=selected.name) == [("2027-01-04", "2027-03-26")]


def test_edit_cohort_dialog_reports_a_name_clash(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "trainer")
    other = page.model.rows[1].name
    page.edit_cohort()
    dialog = page.cohort_dialog
    assert dialog.windowTitle() == "Edit cohort"
    dialog.name_edit.setText(other.upper())
    dialog.accept()
    assert dialog.isVisible() and "already a cohort" in dialog.error_label.text()
    dialog.name_edit.setText("Renamed cohort")
    dialog.threshold_spin.setValue(75)
    dialog.accept()
    assert not dialog.isVisible()
    assert page.selected().name == "Renamed cohort"  # type: ignore[union-attr]
    assert "attendance needed 75 %" in page.cohort_view.subtitle.text()


def test_curriculum_tab_reorders_and_removes(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "trainer")
    view = page.cohort_view
    tab = view.curriculum_tab
    view.tabs.setCurrentWidget(tab)
    cohort = page.selected()
    assert cohort is not None and tab.ids() == list(cohort.module_ids)
    first, second = tab.ids()[:2]
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    tab.list.setCurrentRow(tab.list.count() - 1)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.add_combo.count() == 1
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Curriculum saved: 5 module(s)" in tab.message.text()
    saved = [r[0] for r in sql(demo_services, "SELECT module_id FROM cohort_module WHERE "
                                              "cohort_id = :c ORDER BY position", c=cohort.id)]
    assert saved[:2] == [second, first] and len(saved) == 5
    assert len(page.selected().module_ids) == 5  # type: ignore[union-attr]  # list reloaded
    view.tabs.setCurrentWidget(view.assessment_tab)
    assert view.assessment_tab.model.grid.modules[0].id == second  # type: ignore[union-attr]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # stale version? no: fresh
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "6 module(s)" in tab.message.text()


def test_modules_dialog_creates_a_typing_module(qtbot: QtBot, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, "trainer")
    view = page.cohort_view
    tab = view.curriculum_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.modules_button, Qt.MouseButton.LeftButton)
    dialog = tab.modules_dialog
    assert dialog.list.count() == 6
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Advanced typing")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("typing"))
    assert dialog.accuracy_edit.isVisibleTo(dialog) and not dialog.pass_spin.isVisibleTo(dialog)
    dialog.wpm_spin.setValue(45)
    dialog.accuracy_edit.setText("97.555")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "more than 2 decimals" in dialog.error_label.text()
    dialog.accuracy_edit.setText("97.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == ""
    assert sql(demo_services, "SELECT kind, min_wpm, min_accuracy_bp FROM module WHERE name = "
                              "'Advanced typing'") == [("typing", 45, 9750)]
    assert dialog.list.count() == 7 and dialog.editing is not None
    dialog.hours_spin.setValue(30)  # edit the module just made
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sql(demo_services, "SELECT hours, version FROM module WHERE name = "
                              "'Advanced typing'") == [(30, 2)]
    assert tab.add_combo.findText("Advanced typing") >= 0  # offered to the cohort at once


def test_the_page_in_the_main_window(qtbot: QtBot, paths: AppPaths,
                                     demo_services: Services) -> None:
    """What the integration gives: the page built for key "training" once wired in."""
    from issp_desktop.ui.main_window import MainWindow

    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    demo_services.users.login("trainer", "demo")
    win.unlock(demo_services.actor)
    win._factories["training"] = lambda: TrainingPage(win.services, win.runner)
    win.show_page("training")
    page = win.page("training")
    assert isinstance(page, TrainingPage)
    assert page.model.rowCount() == 12  # loaded on first visit
    assert page.selected() is not None and date.today() >= page.selected().start_date  # type: ignore[union-attr]

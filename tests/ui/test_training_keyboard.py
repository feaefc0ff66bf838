"""The trainer's keyboard work, end to end on real widgets: the roll taken with P/L/A/E and
saved; assessment results typed into the grid (Enter down, Tab right, bad values refused) and
saved all-or-nothing. Each test checks what reached the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from issp_desktop.domain.people import Attendance
from issp_desktop.services import Services
from issp_desktop.ui.pages.training_page import TrainingPage
from issp_desktop.ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_services: Services) -> TrainingPage:
    demo_services.users.login("trainer", "demo")
    page = TrainingPage(demo_services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.load()
    assert page.selected() is not None
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def sql(services: Services, query: str, **params: object) -> list[tuple[object, ...]]:
    with services.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(query), params).all()]


# --- roll-call -----------------------------------------------------------------------------------


def test_roll_call_by_keystrokes(qtbot: QtBot, page: TrainingPage,
                                 demo_services: Services) -> None:
    view = page.cohort_view
    tab = view.roll_call_tab
    view.tabs.setCurrentWidget(tab)
    sessions_before = len(tab.sessions)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.session_dialog
    dialog.topic_edit.clear()
    qtbot.keyClicks(dialog.topic_edit, "Revision")
    dialog.module_combo.setCurrentIndex(1)
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_label.text()
    assert len(tab.sessions) == sessions_before + 1
    session_id = tab.current_session_id()
    assert tab.sessions[0].topic == "Revision" and session_id == tab.sessions[0].id
    trainees = tab.model.trainees
    assert len(trainees) >= 4 and tab.model.unmarked() == len(trainees)
    assert not tab.save_button.isEnabled()

    tab.view.setFocus()
    keys = "PLAE" + "P" * (len(trainees) - 4)
    for key in keys:
        qtbot.keyClick(tab.view, key)  # one keystroke per trainee; the cursor moves down
    assert tab.model.unmarked() == 0
    assert tab.view.currentIndex().row() == len(trainees) - 1
    assert tab.model.index(0, 1).data().startswith("Present")
    assert tab.model.index(1, 1).data().startswith("Late")
    assert "Present" in tab.counts_label.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Roll-call saved" in tab.message.text()

    marks = dict(sql(demo_services, "SELECT person_id, status FROM roll_call "
                                    "WHERE session_id = :s", s=session_id))
    expected = dict(zip([t.id for t in trainees],
                        ["present", "late", "absent", "excused"] + ["present"] * (len(keys) - 4),
                        strict=True))
    assert marks == expected
    assert sql(demo_services, "SELECT username FROM audit_entry WHERE use_case = "
                              "'roll_call.take' AND entity_id = :s", s=str(session_id)) \
        == [("trainer",)]

    # taking it again: change the first mark, clear and re-mark the second, save
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(tab.view, "a")
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # clears the second trainee's mark
    assert tab.model.unmarked() == 1
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "not marked" in tab.message.text()  # refused: every trainee needs a mark
    qtbot.keyClick(tab.view, "e")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    marks = dict(sql(demo_services, "SELECT person_id, status FROM roll_call "
                                    "WHERE session_id = :s", s=session_id))
    assert (marks[trainees[0].id], marks[trainees[1].id]) == ("absent", "excused")


def test_mark_the_rest_present(qtbot: QtBot, page: TrainingPage) -> None:
    tab = page.cohort_view.roll_call_tab
    page.cohort_view.tabs.setCurrentWidget(tab)
    tab.new_session()
    tab.session_dialog.accept()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, "L")
    qtbot.mouseClick(tab.rest_button, Qt.MouseButton.LeftButton)
    assert tab.model.unmarked() == 0
    assert tab.model.counts()["late"] == 1  # type: ignore[index]


def test_a_session_before_the_cohort_started_is_refused(page: TrainingPage) -> None:
    tab = page.cohort_view.roll_call_tab
    page.cohort_view.tabs.setCurrentWidget(tab)
    tab.new_session()
    dialog = tab.session_dialog
    start = page.selected().start_date  # type: ignore[union-attr]
    dialog.date_edit.setMinimumDate(dialog.date_edit.minimumDate().addYears(-1))
    dialog.date_edit.setDate(dialog.date_edit.minimumDate())
    dialog.accept()
    assert dialog.isVisible()
    assert f"before the cohort starts ({start.isoformat()})" in dialog.error_label.text()


# --- the assessment grid -------------------------------------------------------------------------


def _type(qtbot: QtBot, view: QWidget, keys: str, end: Qt.Key) -> None:
    """Type into the current cell like a user: the first key opens the editor."""
    qtbot.keyClicks(view, keys[0])
    editor = focused()
    if keys[1:]:
        qtbot.keyClicks(editor, keys[1:])
    qtbot.keyClick(editor, end)
    QApplication.processEvents()  # Enter commits through a queued call


def test_assessment_results_from_the_keyboard(qtbot: QtBot, page: TrainingPage,
                                              demo_services: Services) -> None:
    view = page.cohort_view
    tab = view.assessment_tab
    view.tabs.setCurrentWidget(tab)
    grid, model = tab.view, tab.model
    assert model.columns[0].module.is_typing and model.columns[1].field == "accuracy"
    english = next(i for i, c in enumerate(model.columns) if c.module.name == "English for work")
    people = [t.id for t in model.grid.trainees]  # type: ignore[union-attr]
    before = sql(demo_services, "SELECT COUNT(*) FROM assessment")[0][0]
    tab.date_edit.setDate(tab.date_edit.date().addDays(-1))

    grid.setFocus()
    grid.setCurrentIndex(model.index(0, english))
    _type(qtbot, grid, "72", Qt.Key.Key_Return)  # Enter: next trainee, same column
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == english
    _type(qtbot, grid, "40", Qt.Key.Key_Return)
    assert model.index(0, english).data() == "72 •"
    assert tab.pending_label.text() == "2 result(s) not saved"

    _type(qtbot, grid, "105", Qt.Key.Key_Return)  # refused, the cursor stays
    assert grid.currentIndex().row() == 2
    assert "105 is outside 0–100" in tab.message.text()
    _type(qtbot, grid, "abc", Qt.Key.Key_Tab)  # refused with Tab too
    assert grid.currentIndex().column() == english
    assert "not a whole number" in tab.message.text()
    assert len(model.pending) == 2

    grid.setCurrentIndex(model.index(2, 0))  # typing: speed, Tab, accuracy
    _type(qtbot, grid, "31", Qt.Key.Key_Tab)
    assert grid.currentIndex().column() == 1
    assert tab.message.text() == ""
    editor = focused()  # Tab opened the next cell's editor
    qtbot.keyClicks(editor, "96.555")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "more than 2 decimals" in tab.message.text()
    _type(qtbot, grid, "96.5", Qt.Key.Key_Return)
    assert model.index(2, 1).data() == "96.5 •"

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Saved 3 result(s)" in tab.message.text()
    assert model.pending == {}
    rows = sql(demo_services, "SELECT person_id, score, wpm, accuracy_bp, passed FROM assessment "
                              "WHERE id > (SELECT MAX(id) - 3 FROM assessment) ORDER BY id")
    assert sql(demo_services, "SELECT COUNT(*) FROM assessment")[0][0] == before + 3
    assert sorted(rows, key=str) == sorted([
        (people[2], None, 31, 9650, 1),
        (people[0], 72, None, None, 1),
        (people[1], 40, None, None, 0),
    ], key=str)
    assert model.index(0, english).data() == "72 ✔"
    assert model.index(1, english).data() == "40 ✘"
    taken = sql(demo_services, "SELECT DISTINCT taken_on FROM assessment "
                               "WHERE recorded_by = 'trainer' AND id > :n", n=before)
    assert taken == [(tab.taken_on().isoformat(),)] and tab.taken_on() < date.today()


def test_half_a_typing_result_saves_nothing(qtbot: QtBot, page: TrainingPage,
                                            demo_services: Services) -> None:
    view = page.cohort_view
    tab = view.assessment_tab
    view.tabs.setCurrentWidget(tab)
    before = sql(demo_services, "SELECT COUNT(*) FROM assessment")[0][0]
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 2))
    _type(qtbot, tab.view, "80", Qt.Key.Key_Return)
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    _type(qtbot, tab.view, "45", Qt.Key.Key_Return)  # speed without accuracy
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "needs both speed and accuracy" in tab.message.text()
    assert "Nothing was saved" in tab.message.text()
    assert sql(demo_services, "SELECT COUNT(*) FROM assessment")[0][0] == before
    assert len(tab.model.pending) == 2  # still there to fix
    qtbot.mouseClick(tab.discard_button, Qt.MouseButton.LeftButton)
    assert tab.model.pending == {}


def test_a_batch_the_service_refuses_saves_nothing(qtbot: QtBot, page: TrainingPage,
                                                   demo_services: Services) -> None:
    """If a trainee left the cohort after the grid was loaded, the whole batch is refused."""
    view = page.cohort_view
    tab = view.assessment_tab
    view.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    for row in (0, 1):
        tab.view.setCurrentIndex(tab.model.index(row, 2))
        _type(qtbot, tab.view, "90", Qt.Key.Key_Return)
    moved = tab.model.grid.trainees[1]  # type: ignore[union-attr]
    with demo_services.db.engine.begin() as conn:
        conn.execute(text("UPDATE person SET cohort_id = NULL WHERE id = :p"), {"p": moved.id})
    before = sql(demo_services, "SELECT COUNT(*) FROM assessment")[0][0]
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in tab.message.text() and moved.name in tab.message.text()
    assert sql(demo_services, "SELECT COUNT(*) FROM assessment")[0][0] == before


def test_unsaved_results_are_not_dropped_silently(qtbot: QtBot, page: TrainingPage,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view = page.cohort_view
    tab = view.assessment_tab
    view.tabs.setCurrentWidget(tab)
    shown = page.selected()
    assert shown is not None
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 2))
    _type(qtbot, tab.view, "66", Qt.Key.Key_Return)
    asked: list[bool] = []
    monkeypatch.setattr(TrainingPage, "ask_discard", lambda self: asked.append(True) or False)
    page.table.selectRow(3)
    assert asked and page.selected() == shown and view.cohort == shown
    assert len(tab.model.pending) == 1  # kept
    view.tabs.setCurrentWidget(view.roll_call_tab)  # another tab's save keeps them too
    view.roll_call_tab.new_session()
    view.roll_call_tab.session_dialog.accept()
    view.roll_call_tab.model.mark_rest(Attendance.PRESENT)
    view.roll_call_tab.save()
    view.tabs.setCurrentWidget(tab)
    assert len(tab.model.pending) == 1
    monkeypatch.setattr(TrainingPage, "ask_discard", lambda self: True)
    page.table.selectRow(3)
    assert view.cohort is not None and view.cohort.id == page.model.rows[3].id
    assert tab.model.pending == {}

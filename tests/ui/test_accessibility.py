"""The accessibility walk: every page of the main window (every tab of it) and every dialog,
on the demo centre signed in as the manager.

It fails on
- an interactive widget (button, text box, combo, spin box, date edit, list or table, check
  box…) that is visible and enabled but that a screen reader could not name: no accessible
  name, no label pointing at it (``QLabel.setBuddy``, which ``QFormLayout.addRow`` does), and no
  text of its own (a button's or check box's text);
- a focus trap: pressing Tab from the first focusable widget must visit every focusable
  widget of the page or dialog and come back round to where it started, each press moving on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import AppPaths
from issp_desktop.services import Services
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import TaskRunner

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QSlider)
COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView)  # their inner parts are theirs


# --- the checks ------------------------------------------------------------------------------

def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def _interactive(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += root.findChildren(QWidget)
    return [w for w in found if isinstance(w, INTERACTIVE) and not isinstance(w, QHeaderView)
            and not _inside_compound(w) and w.isVisible() and w.isEnabled()]


def _has_name(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def _describe(widget: QWidget) -> str:
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {'/'.join(chain)}"


def unnamed_widgets(root: QWidget) -> list[str]:
    window = root.window()
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel)
               if label.buddy() is not None}
    return [_describe(w) for w in _interactive(root) if not _has_name(w, buddies)]


def each_tab(root: QWidget, where: str,
             seen: set[int] | None = None) -> Iterator[tuple[str, QWidget]]:
    """``root`` and then every tab of every tab widget in it (nested ones too), each shown."""
    seen = set() if seen is None else seen
    yield where, root
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for i in range(tabs.count()):
            if not tabs.isTabEnabled(i) or not tabs.isTabVisible(i):
                continue
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield from each_tab(tabs.widget(i), f"{where}/{tabs.tabText(i)}", seen)


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and not _inside_compound(w)]


def focus_trap(root: QWidget, qtbot: QtBot) -> str | None:
    """Tab round ``root``'s window from ``root``'s first focusable widget; what went wrong."""
    wanted = _focusable(root)
    if not wanted:
        return None
    window = root.window()
    window.activateWindow()
    start = wanted[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited: list[QWidget] = [start]
    limit = 4 * len(window.findChildren(QWidget)) + 20
    for _ in range(limit):
        before = QApplication.focusWidget()
        assert before is not None
        moved_inside = 0
        QTest.keyClick(before, Qt.Key.Key_Tab)
        # A date edit moves through day, month and year first, a grid with Tab navigation
        # through its cells: fine as long as it lets go at its last part.
        parts = 8 if isinstance(before, QAbstractSpinBox) else 0
        if isinstance(before, QAbstractItemView) and before.tabKeyNavigation():
            model = before.model()
            parts = 2 * model.rowCount() * model.columnCount() + 2 if model else 0
        while QApplication.focusWidget() is before and moved_inside < parts:
            moved_inside += 1
            QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is before or now is None:
            return f"Tab does not leave {_describe(before)}"
        if now is start:
            missed = [_describe(w) for w in wanted if w not in visited]
            return f"never reached by Tab: {missed}" if missed else None
        visited.append(now)
    return f"Tab never came back to {_describe(start)}"


# --- the main window -------------------------------------------------------------------------

@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, demo_services: Services) -> MainWindow:
    demo_services.users.login("manager", "demo")
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard_page.title.text() != "", timeout=5000)
    return win


def _pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    for key in window.keys:
        window.show_page(key)
        QApplication.processEvents()
        page = window.page(key)
        assert window.stack.currentWidget() is page
        yield from each_tab(page, key)


def test_every_page_names_every_interactive_widget(window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}
    checked = 0
    for where, widget in _pages(window):
        checked += len(_interactive(widget))
        found = unnamed_widgets(widget)
        if found:
            problems[where] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    assert checked > 200  # the walk really saw the pages' inputs


def test_no_page_traps_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    problems: dict[str, str] = {}
    for where, widget in _pages(window):
        trouble = focus_trap(widget, qtbot)
        if trouble:
            problems[where] = trouble
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_walk_catches_an_unnamed_input_and_a_trap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout()
    named = QLineEdit()
    form.addRow("&Name:", named)
    bare = QLineEdit()
    bare.setObjectName("bare")
    trap = QTextEdit()
    layout = QVBoxLayout(host)
    layout.addLayout(form)
    layout.addWidget(bare)
    layout.addWidget(trap)
    host.show()
    assert unnamed_widgets(host) == [_describe(bare), _describe(trap)]
    assert "does not leave" in (focus_trap(host, qtbot) or "")
    bare.setAccessibleName("Bare")
    trap.setAccessibleName("Notes")
    trap.setTabChangesFocus(True)
    assert unnamed_widgets(host) == []
    assert focus_trap(host, qtbot) is None


# --- every dialog ----------------------------------------------------------------------------

def _dialogs(s: Services, runner: TaskRunner) -> dict[str, Callable[[], QDialog]]:
    """How each dialog under ``ui/dialogs`` is built, with the demo centre's data."""
    from issp_desktop.ui.dialogs import (
        badge_dialog,
        batch_dialog,
        batch_workers_dialog,
        benchmark_dialog,
        benchmark_editor_dialog,
        change_password_dialog,
        client_dialog,
        cohort_dialog,
        downtime_dialog,
        first_run_dialog,
        help_dialog,
        holiday_dialog,
        import_wizard,
        leave_dialog,
        login_dialog,
        module_dialog,
        pay_terms_dialog,
        payroll_item_dialog,
        person_dialog,
        person_eligibility_dialog,
        person_stage_dialog,
        person_survey_dialog,
        privacy_dialog,
        project_dialog,
        punch_correction_dialog,
        qa_category_dialog,
        qa_check_dialog,
        recovery_key_dialog,
        restore_dialog,
        roster_assign_dialog,
        roster_repeat_dialog,
        shift_dialog,
        shift_template_dialog,
        swap_dialog,
        training_session_dialog,
        user_dialog,
        worklog_dialog,
        worklog_worker_dialog,
    )

    tz = ZoneInfo(s.roster.time_zone())
    today = s.roster.today_local()
    monday = today - timedelta(days=today.weekday())
    cohorts = s.training.list_cohorts()
    modules = s.training.list_modules(include_retired=False)
    people = s.roster.workers()
    person = s.people.get(people[0].id)
    batches = s.deliverables.board().rows
    detail = s.deliverables.batch_detail(batches[0].id)
    payees = s.payroll.payees()
    period = s.payroll.periods()[0]

    def swap() -> QDialog:
        grid = s.roster.week(monday - timedelta(days=7))
        shift = grid.shifts[0]
        holder = next(p.name for p in grid.people if p.id == shift.person_id)
        return swap_dialog.SwapDialog(s.roster, runner, shift, holder, list(grid.people),
                                      list(grid.shifts), tz, "Grace")

    return {
        "BadgeDialog": lambda: badge_dialog.BadgeDialog(s.attendance, runner,
                                                        s.attendance.badges()[0]),
        "BatchDialog": lambda: batch_dialog.BatchDialog(s.deliverables,
                                                        s.deliverables.list_projects()),
        "BatchWorkersDialog": lambda: batch_workers_dialog.BatchWorkersDialog(
            s.deliverables, detail),
        "BenchmarkDialog": lambda: benchmark_dialog.BenchmarkDialog(s.impact),
        "BenchmarkEditorDialog": lambda: benchmark_editor_dialog.BenchmarkEditorDialog(
            s.impact),
        "ChangePasswordDialog": lambda: change_password_dialog.ChangePasswordDialog(s, runner),
        "ClientDialog": lambda: client_dialog.ClientDialog(s.deliverables),
        "CohortDialog": lambda: cohort_dialog.CohortDialog(
            s.training, runner, cohorts[0], modules=modules, trainers=s.training.trainer_names()),
        "DowntimeDialog": lambda: downtime_dialog.DowntimeDialog(
            s.roster, runner, tz, datetime.now(tz)),
        "FirstRunDialog": lambda: first_run_dialog.FirstRunDialog("/tmp/centre.sqlite"),
        "HelpDialog": lambda: help_dialog.HelpDialog("impact-figures", "Impact figures"),
        "HolidayDialog": lambda: holiday_dialog.HolidayDialog(s.attendance, runner,
                                                              date(today.year, 1, 1)),
        "ImportWizard": lambda: import_wizard.ImportWizard(s.people_io, runner),
        "LeaveDialog": lambda: leave_dialog.LeaveDialog(s.roster, runner, people, today),
        "LoginDialog": lambda: login_dialog.LoginDialog(s, runner, centre_name="Demo"),
        "ModulesDialog": lambda: module_dialog.ModulesDialog(s.training, runner),
        "PayTermsDialog": lambda: pay_terms_dialog.PayTermsDialog(s.payroll, payees),
        "PayrollItemDialog": lambda: payroll_item_dialog.PayrollItemDialog(
            s.payroll, period.id, payees),
        "PersonDialog": lambda: person_dialog.PersonDialog(s, runner, person.id),
        "PersonEligibilityDialog": lambda: person_eligibility_dialog.PersonEligibilityDialog(
            s.people, runner, person.id, person.eligibility[0] if person.eligibility else None,
            True),
        "PersonStageDialog": lambda: person_stage_dialog.PersonStageDialog(
            s.people, runner, person, today),
        "PersonSurveyDialog": lambda: person_survey_dialog.PersonSurveyDialog(
            s.people, runner, person.id, None, today),
        "CorrectionDialog": lambda: privacy_dialog.CorrectionDialog(
            {"first_name": "Amina", "last_name": "Otieno"}),
        "PrivacyDialog": lambda: privacy_dialog.PrivacyDialog(s, runner),
        "ProjectDialog": lambda: project_dialog.ProjectDialog(
            s.deliverables, s.deliverables.list_clients()),
        "PunchCorrectionDialog": lambda: punch_correction_dialog.PunchCorrectionDialog(
            s.attendance, runner, tz, [(p.id, p.name) for p in people], today),
        "QaCategoryDialog": lambda: qa_category_dialog.QaCategoryDialog(s.deliverables, None),
        "QaCheckDialog": lambda: qa_check_dialog.QaCheckDialog(
            s.deliverables, detail, s.deliverables.list_categories()),
        "RecoveryKeyDialog": lambda: recovery_key_dialog.RecoveryKeyDialog(
            "ABCD-EFGH-IJKL-MNOP", centre="Demo", key_id="k1", location="/tmp/c.sqlite"),
        "RestoreDialog": lambda: restore_dialog.RestoreDialog(s, runner),
        "RosterAssignDialog": lambda: roster_assign_dialog.RosterAssignDialog(
            [(c.id, c.name) for c in cohorts], s.roster.templates(),
            [monday + timedelta(days=d) for d in range(7)]),
        "RosterRepeatDialog": lambda: roster_repeat_dialog.RosterRepeatDialog(monday),
        "ShiftDialog": lambda: shift_dialog.ShiftDialog("Amina, Mon", "bring a badge"),
        "ShiftTemplateDialog": lambda: shift_template_dialog.ShiftTemplateDialog(s.roster,
                                                                                 runner),
        "SwapDialog": swap,
        "TrainingSessionDialog": lambda: training_session_dialog.TrainingSessionDialog(
            s.training, runner, cohorts[0], modules),
        "UserDialog": lambda: user_dialog.UserDialog(),
        "UserDialog (reset)": lambda: user_dialog.UserDialog(username="clerk"),
        "WorkLogDialog": lambda: worklog_dialog.WorkLogDialog(s.deliverables, detail),
        "WorkerDayDialog": lambda: worklog_worker_dialog.WorkerDayDialog(s.deliverables,
                                                                         day=today),
    }


def _dialog_classes() -> set[str]:
    """Every QDialog subclass defined under ``ui/dialogs``."""
    import importlib
    import inspect
    import pkgutil

    import issp_desktop.ui.dialogs as package

    names = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                names.add(name)
    return names


ABSTRACT_DIALOGS = {"FormDialog", "SavingDialog"}  # bases of the person and deliverables forms


def test_every_dialog_is_named_and_free_of_traps(qtbot: QtBot, demo_services: Services) -> None:
    demo_services.users.login("manager", "demo")
    runner = TaskRunner(inline=True)
    factories = _dialogs(demo_services, runner)
    missing = _dialog_classes() - ABSTRACT_DIALOGS - {n.split(" ")[0] for n in factories}
    assert missing == set(), "add a factory for each new dialog"
    problems: dict[str, Any] = {}
    for name, make in factories.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        for where, widget in each_tab(dialog, name):
            found = unnamed_widgets(widget)
            if found:
                problems[where] = found
        trouble = focus_trap(dialog, qtbot)
        if trouble:
            problems[f"{name} (Tab)"] = trouble
        dialog.hide()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())

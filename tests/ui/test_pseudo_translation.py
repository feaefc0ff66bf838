"""Pseudo-translation: every string 40 % longer (as Kiswahili and French often are), and no page
of the main window at its default size (1100 × 700) and no dialog overflows or clips.

What counts as a failure:
- the window has to grow past 1100 × 700 to fit a page or one of its tabs (a row of buttons
  or labels that cannot wrap pushes it wider; a page too tall pushes it taller);
- a dialog needs more than the 1100 × 700 screen;
- a label or button shown narrower than its text needs (``minimumSizeHint``), i.e. clipped by
  a layout that could not give it room;
- a navigation entry whose text is wider than the navigation list (elided).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import AppPaths
from issp_desktop.services import Services
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import TaskRunner

DEFAULT = QSize(1100, 700)
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def lengthen(text: str) -> str:
    """``text`` plus 40 % more letters, in short words so wrapping labels can still wrap."""
    visible = len(text.replace("&", ""))
    extra = math.ceil(visible * 0.4)
    if not extra or not text.strip():
        return text
    words = []
    while extra > 0:
        size = min(extra, 6)
        words.append("ẋ" * size)
        extra -= size + 1
    return text + " " + " ".join(words)


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return lengthen(source)


@pytest.fixture
def pseudo() -> Iterator[None]:
    from issp_desktop.ui.translation import install_language

    install_language("en")
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


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
            yield from each_tab(tabs.widget(i), f"{where}/{i}", seen)


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


def widest_part(root: QWidget, limit: int) -> str:
    """The deepest widget under ``root`` that alone needs more than ``limit`` pixels, with the
    widths its children need: where to fix an overflow."""
    widget = root
    while True:
        wide = [c for c in widget.findChildren(QWidget, options=DIRECT)
                if c.minimumSizeHint().width() > limit]
        if not wide:
            break
        widget = wide[0]
    parts = sorted(((c.minimumSizeHint().width(), _name(c))
                    for c in widget.findChildren(QWidget, options=DIRECT)),
                   reverse=True)[:4]
    return f"{_name(widget)} needs {widget.minimumSizeHint().width()}: {parts}"


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget.parentWidget(), QTabBar):  # its scroll arrows
            continue
        if widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(f"{_name(widget)} {widget.width()} < "
                         f"{widget.minimumSizeHint().width()}")
    return found


def test_the_pseudo_translation_lengthens_and_the_check_catches_a_clip(
        qtbot: QtBot, pseudo: None) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    assert QCoreApplication.translate("MainWindow", "Payroll").startswith("Payroll ẋ")
    assert len(lengthen("Save the payslips")) >= 1.4 * len("Save the payslips")
    assert lengthen("{0}: {1}").startswith("{0}: {1}")
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    label = QLabel(lengthen("A label that cannot wrap"))
    label.setMaximumWidth(60)
    row.addWidget(label)
    host.show()
    QApplication.processEvents()
    assert clipped(host) != []
    label.setWordWrap(True)
    assert clipped(host) == []


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, demo_services: Services, pseudo: None) -> MainWindow:
    demo_services.users.login("manager", "demo")
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.resize(DEFAULT)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard_page.title.text() != "", timeout=5000)
    return win


def test_no_page_overflows_or_clips_at_the_default_size(window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}
    metrics = window.nav.fontMetrics()
    for row in range(window.nav.count()):
        text = window.nav.item(row).text()
        if metrics.horizontalAdvance(text) + 24 > window.nav.viewport().width():
            problems.setdefault("navigation", []).append(f"elided: {text!r}")
    room = window.stack.size()  # what a page gets in the window at its default size
    for key in window.keys:
        window.show_page(key)
        QApplication.processEvents()
        page = window.page(key)
        for where, widget in each_tab(page, key):
            QApplication.processEvents()
            found = clipped(widget)
            need = page.minimumSizeHint()
            if need.width() > room.width() or need.height() > room.height():
                found.append(f"page needs {need.width()} × {need.height()}, has "
                             f"{room.width()} × {room.height()}; "
                             f"{widest_part(widget, room.width())}")
            if found:
                problems[where] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


# How each dialog is built on the demo centre (the same list as the accessibility walk;
# test files may not import one another).
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


def test_no_dialog_overflows_or_clips(qtbot: QtBot, demo_services: Services,
                                      pseudo: None) -> None:
    demo_services.users.login("manager", "demo")
    runner = TaskRunner(inline=True)
    problems: dict[str, list[str]] = {}
    factories = _dialogs(demo_services, runner)
    assert len(factories) > 35
    for name, make in factories.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        for where, widget in each_tab(dialog, name):
            QApplication.processEvents()
            found = clipped(widget)
            need = dialog.minimumSizeHint()
            if need.width() > DEFAULT.width() or need.height() > DEFAULT.height():
                found.append(f"dialog needs {need.width()} × {need.height()}")
            if found:
                problems[where] = found
        dialog.hide()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())

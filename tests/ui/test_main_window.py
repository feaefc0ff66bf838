"""The main window on a real database: navigation, live dashboard counts, status bar, settings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import AppPaths
from issp_desktop.services import Services
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.pages.unavailable_page import UnavailablePage
from issp_desktop.ui.tasks import TaskRunner

SECTIONS = ["Dashboard", "People", "Training", "Roster & Attendance", "Clients & Work",
            "Payroll", "Certificates", "Impact", "Users", "Audit trail", "Settings"]


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, demo_services: Services) -> MainWindow:
    demo_services.users.login("manager", "demo")
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard_page.title.text() != "", timeout=5000)
    assert not win.is_locked
    return win


def test_navigation_lists_every_section(window: MainWindow) -> None:
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == SECTIONS


def test_dashboard_shows_the_real_counts(window: MainWindow, demo_services: Services) -> None:
    counts = demo_services.dashboard.counts(date.today())
    page = window.dashboard_page
    assert page.title.text() == "Tumaini Digital Skills Centre (demo)"
    for stage in ("applicant", "trainee", "worker", "alumnus"):
        assert page.cards[stage].value_text == f"{counts.people_by_stage[stage]:,}"
    assert page.cards["cohorts_running"].value_text == str(counts.cohorts_running)
    assert page.cards["shifts_today"].value_text == f"{counts.shifts_today:,}"
    assert page.cards["batches_late"].value_text == f"{counts.batches_late:,}"
    assert not page.cards["shifts_today"].note_label.isVisible()


def test_status_bar_names_the_database_and_last_backup(window: MainWindow,
                                                       paths: AppPaths) -> None:
    assert str(paths.sqlite_path) in window.location_label.text()
    assert window.backup_label.text() == "Last backup: never"
    assert window.user_label.text() == "Signed in: Grace Wanjirũ (Manager)"


def test_every_section_opens_and_later_ones_say_so_honestly(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    for row, _name in enumerate(SECTIONS):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.page(window.keys[row])
        if isinstance(page, UnavailablePage):
            text = page.findChild(type(window.location_label), "unavailableText").text()
            assert "Not available yet" in text


def test_file_menu_opens_the_door_kiosk_for_those_who_may(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    from issp_desktop.ui.kiosk_window import KioskWindow

    assert window.kiosk_action.isVisible()
    kiosk = window.open_kiosk()
    assert isinstance(kiosk, KioskWindow)
    assert kiosk.isVisible()
    assert window.stack.currentWidget() is window.page("roster")
    kiosk.close_now()
    window.lock()
    assert window.open_kiosk() is None


def test_viewer_has_no_kiosk_action(qtbot: QtBot, paths: AppPaths,
                                    demo_services: Services) -> None:
    demo_services.users.login("viewer", "demo")
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.show()
    assert not win.kiosk_action.isVisible()
    assert win.open_kiosk() is None


def test_help_explains_the_impact_figures(qtbot: QtBot, window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from issp_desktop.ui.dialogs.help_dialog import HelpDialog

    shown: list[str] = []
    monkeypatch.setattr(HelpDialog, "exec",
                        lambda self: shown.append(self.browser.toPlainText()) or 0)
    window.impact_help_action.trigger()
    assert shown and "Impact-worker share" in shown[0]


def test_f1_shows_help_for_the_page_and_the_guide_is_saved(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Any) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from issp_desktop.ui.dialogs.help_dialog import HelpDialog

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(
        (self.windowTitle(), self.browser.toPlainText())) or 0)
    window.show_page("payroll")
    window.page_help_action.trigger()
    assert shown[-1][0] == "Help: Payroll"
    assert "pay period" in shown[-1][1].lower()
    target = tmp_path / "guide.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    window.quick_start_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "quick" in text.lower()


def test_shortcuts_are_installed_after_the_first_paint(window: MainWindow) -> None:
    assert window.shortcuts  # first_shown has fired in the fixture
    assert window.page_scroll.widget() is window.stack


def test_keyboard_shortcut_switches_sections(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "payroll"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "dashboard"


def test_settings_saves_the_centre(qtbot: QtBot, window: MainWindow,
                                   demo_services: Services, type_text: Any) -> None:
    window.show_page("settings")
    page = window.settings_page
    assert page.form.name_edit.text() == "Tumaini Digital Skills Centre (demo)"
    page.form.name_edit.clear()
    type_text(qtbot, page.form.name_edit, "Kibera Wanjirũ Centre")
    with qtbot.waitSignal(page.centre_saved, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert demo_services.centre.require().name == "Kibera Wanjirũ Centre"
    assert page.message.text() == "Saved."
    window.show_page("dashboard")
    assert window.dashboard_page.title.text() == "Kibera Wanjirũ Centre"


def test_settings_refuses_an_empty_name_and_keeps_the_old_one(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    window.show_page("settings")
    page = window.settings_page
    page.form.name_edit.clear()
    qtbot.keyClicks(page.form.name_edit, "   ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in page.message.text()
    assert demo_services.centre.require().name == "Tumaini Digital Skills Centre (demo)"


def test_a_save_over_someone_elses_change_is_refused(qtbot: QtBot, window: MainWindow,
                                                     paths: AppPaths) -> None:
    """Two programs on one file (this window and an `issp` command): no silent overwrite."""
    from issp_desktop.app import open_services
    from issp_desktop.domain.centre import CentreSetup

    window.show_page("settings")
    page = window.settings_page
    other = open_services(paths)
    other.users.login("manager", "demo")
    other.centre.update(CentreSetup("Changed from the command line"))
    other.db.dispose()
    page.form.name_edit.setText("My edit")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "changed by manager" in page.message.text()
    assert "Reload" in page.message.text()
    page.load()
    assert page.form.name_edit.text() == "Changed from the command line"

"""Display on this PC: high contrast and text size kept in settings.json and applied to the whole
program; every page survives 200 % text; shared shortcuts; a help page for every section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from issp_desktop.config.display import DisplaySettings, load_display, save_display
from issp_desktop.config.paths import AppPaths
from issp_desktop.services import Services
from issp_desktop.ui.dialogs.help_dialog import HelpDialog, help_path
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.display_settings import (
    DisplaySettingsBox,
    apply_display,
    apply_saved_display,
)


@pytest.fixture
def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    # widgets earlier tests closed are deleted first: an application-wide style change
    # re-polishes every live widget
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield instance
    apply_display(instance, DisplaySettings())  # the next test starts from the defaults


def test_settings_are_kept_beside_the_language(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"language": "sw"}', encoding="utf-8")
    assert load_display(tmp_path) == DisplaySettings()
    save_display(tmp_path, DisplaySettings(True, 250))
    raw = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert raw == {"language": "sw", "high_contrast": True, "text_size": 200}
    assert load_display(tmp_path) == DisplaySettings(True, 200)
    (tmp_path / "settings.json").write_text("not json", encoding="utf-8")
    assert load_display(tmp_path) == DisplaySettings()


def test_the_box_applies_and_keeps_the_choice(qtbot: QtBot, app: QApplication,
                                              tmp_path: Path) -> None:
    base = app.font().pointSizeF()
    box = DisplaySettingsBox(tmp_path)
    qtbot.addWidget(box)
    box.size_spin.setValue(150)
    box.size_spin.editingFinished.emit()
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    box.contrast_check.setChecked(True)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert "#ffff00" in app.styleSheet() and ":focus" in app.styleSheet()
    assert load_display(tmp_path) == DisplaySettings(True, 150)
    apply_display(app, DisplaySettings())
    assert app.font().pointSizeF() == pytest.approx(base)
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    assert ":focus" in app.styleSheet()  # the focus outline stays in every theme
    assert apply_saved_display(app, tmp_path) == DisplaySettings(True, 150)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, demo_services: Services) -> MainWindow:
    demo_services.users.login("manager", "demo")
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard_page.title.text() != "", timeout=5000)
    return win


def test_section_titles_fit_the_navigation_at_200_percent(qtbot: QtBot, app: QApplication,
                                                          window: MainWindow) -> None:
    """The section list widens with the text size (and narrows back), so no title is cut."""
    def room_short() -> list[str]:
        metrics = window.nav.fontMetrics()
        usable = window.nav.viewport().width() - window.nav.iconSize().width() - 2 * 10
        return [window.nav.item(r).text() for r in range(window.nav.count())
                if metrics.horizontalAdvance(window.nav.item(r).text()) > usable]

    normal = window.nav.width()
    assert room_short() == []
    apply_display(app, DisplaySettings(False, 200))
    QApplication.processEvents()
    assert window.nav.width() > normal and room_short() == []
    apply_display(app, DisplaySettings())
    QApplication.processEvents()
    assert window.nav.width() == normal


def test_every_page_survives_200_percent(qtbot: QtBot, app: QApplication,
                                         window: MainWindow) -> None:
    """At 200 % text on a 1920×1080 screen, no label or button of any tab is squeezed below
    what its text needs (Qt's minimum size hint)."""
    apply_display(app, DisplaySettings(True, 200))
    window.resize(1920, 1040)
    squeezed: dict[str, list[str]] = {}
    for key in window.keys:
        window.show_page(key)
        page = window.page(key)
        tabs = [page, *[t.widget(i) for t in page.findChildren(QTabWidget)
                        for i in range(t.count())]]
        for host in tabs:
            parent = host.parentWidget()
            while parent is not None and parent is not page:
                if isinstance(parent, QTabWidget):
                    parent.setCurrentWidget(host if parent.indexOf(host) >= 0 else
                                            parent.currentWidget())
                parent = parent.parentWidget()
            QApplication.processEvents()
            for w in host.findChildren(QAbstractButton) + host.findChildren(QLabel):
                if not w.isVisible() or (isinstance(w, QLabel) and w.wordWrap()):
                    continue
                need = w.minimumSizeHint().width()
                if w.width() + 1 < need:
                    squeezed.setdefault(key, []).append(
                        f"{w.objectName() or type(w).__name__} {w.width()} < {need}")
    assert squeezed == {}


def test_shared_shortcuts_find_new_save_search_and_tabs(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.shortcuts is not None, timeout=2000)  # after first paint
    window.activateWindow()
    window.show_page("people")
    page = window.page("people")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit) and focus.objectName() == "peopleSearch"
    from issp_desktop.ui import shortcuts

    assert shortcuts.find_new_button(page) is page.findChild(QAbstractButton, "newPersonButton")
    window.show_page("clients")
    clients = window.page("clients")
    tabs = clients.findChild(QTabWidget)
    assert tabs is not None and tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0
    settings = window.page("settings")
    window.show_page("settings")
    assert shortcuts.find_save_button(settings) is not None
    assert shortcuts.find_save_button(settings).objectName().startswith("save")


PAGE_HELP = ("dashboard", "people", "training", "roster", "attendance", "clients", "payroll",
             "certificates", "impact", "users", "audit", "settings")


@pytest.mark.parametrize("name", PAGE_HELP)
def test_every_page_has_help_with_three_tasks(qtbot: QtBot, name: str) -> None:
    text = help_path(name).read_text(encoding="utf-8")
    assert "**What it is for:**" in text
    assert "## The three most common tasks" in text
    tasks = text.split("## The three most common tasks", 1)[1]
    assert all(f"\n{n}. " in tasks for n in (1, 2, 3))
    dialog = HelpDialog(name, name)
    qtbot.addWidget(dialog)
    shown = dialog.browser.toPlainText()
    assert "The three most common tasks" in shown and "is missing from" not in shown


def test_every_section_key_has_a_help_page(window: MainWindow) -> None:
    assert [k for k in window.keys if not help_path(k).exists()] == []

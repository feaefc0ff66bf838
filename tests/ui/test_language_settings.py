"""Choosing the language in Settings: stored per PC, and the next start speaks it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import AppPaths
from issp_desktop.config.preferences import load_preferences
from issp_desktop.services import Services
from issp_desktop.ui.launcher import apply_language
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.translation import current_language, install_language


@pytest.fixture
def english() -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


def _window(qtbot: QtBot, paths: AppPaths, services: Services) -> MainWindow:
    win = MainWindow(paths, services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win


def _nav_texts(win: MainWindow) -> list[str]:
    return [win.nav.item(row).text() for row in range(win.nav.count())]


def test_choosing_kiswahili_is_stored_and_the_next_start_speaks_it(
        qtbot: QtBot, paths: AppPaths, demo_services: Services, english: None) -> None:
    demo_services.users.login("manager", "demo")
    win = _window(qtbot, paths, demo_services)
    assert "People" in _nav_texts(win)
    win.show_page("settings")
    combo = win.findChild(QComboBox, "languageCombo")
    notice = win.findChild(QLabel, "languageNotice")
    assert combo is not None and notice is not None
    assert combo.currentData() == ""  # nothing chosen yet: the system's language
    combo.setCurrentIndex(combo.findData("sw"))
    assert load_preferences(paths.settings_file).language == "sw"
    assert "start ISSP Desktop again" in notice.text()
    assert "People" in _nav_texts(win)  # this window keeps its language until the restart
    win.close()

    assert apply_language(paths) == "sw"  # what run_gui does before building the window
    assert current_language() == "sw"
    again = _window(qtbot, paths, demo_services)
    texts = _nav_texts(again)
    assert "Watu" in texts and "Mishahara" in texts and "Mipangilio" in texts
    assert "People" not in texts
    again.show_page("settings")
    combo = again.findChild(QComboBox, "languageCombo")
    assert combo is not None and combo.currentData() == "sw"
    assert combo.itemText(0) == "Sawa na mfumo wa kompyuta hii"


def test_going_back_to_english(qtbot: QtBot, paths: AppPaths, demo_services: Services,
                               english: None) -> None:
    from issp_desktop.config.preferences import Preferences, save_preferences

    save_preferences(paths.settings_file, Preferences(language="fr"))
    assert apply_language(paths) == "fr"
    demo_services.users.login("manager", "demo")
    win = _window(qtbot, paths, demo_services)
    assert "Paie" in _nav_texts(win)
    win.show_page("settings")
    combo = win.findChild(QComboBox, "languageCombo")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("en"))
    assert load_preferences(paths.settings_file).language == "en"
    assert apply_language(paths) == "en"
    assert current_language() == "en"

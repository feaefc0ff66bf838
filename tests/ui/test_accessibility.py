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

from collections.abc import Iterator
from typing import Any

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


def test_every_dialog_is_named_and_free_of_traps(
        qtbot: QtBot, demo_services: Services, dialog_factories: Any) -> None:
    demo_services.users.login("manager", "demo")
    runner = TaskRunner(inline=True)
    factories = dialog_factories(demo_services, runner)
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

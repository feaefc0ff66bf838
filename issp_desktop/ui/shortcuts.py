"""Keyboard shortcuts every page and form shares, found by the widgets' object names so each
page need not wire its own:

- Ctrl+N: the "new …" button of the page (or of its visible tab): ``new…``/``add…``/``…New…``;
- Ctrl+S: the save button nearest the focus (``save…``), or a dialog's Save/OK button;
- Ctrl+F: the page's search or filter box (``…Search``/``…Filter`` line edits);
- Ctrl+PgDown / Ctrl+PgUp: the next / previous tab of the nearest tab widget.

``install_shortcuts(window)`` is called once for the main window; the shortcuts work in every
window of the program (dialogs too), acting on the window that is active.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)


def _scope() -> QWidget | None:
    """The active dialog, or the current page of the main window."""
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    if window is None:
        return None
    stack = getattr(window, "stack", None)
    if isinstance(window, QMainWindow) and stack is not None:
        return stack.currentWidget()
    return window


def _usable(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _nearest(scope: QWidget, candidates: list[QWidget]) -> QWidget | None:
    """The candidate closest to the focus: inside the focus widget's innermost ancestor that
    holds one, else the first in the scope."""
    usable = [c for c in candidates if _usable(c)]
    if not usable:
        return None
    focus = QApplication.focusWidget()
    ancestor = focus
    while ancestor is not None and ancestor is not scope:
        inside = [c for c in usable if ancestor.isAncestorOf(c)]
        if inside:
            return inside[0]
        ancestor = ancestor.parentWidget()
    return usable[0]


def _is_new(name: str) -> bool:
    return name.startswith(("new", "add")) or "New" in name


def find_new_button(scope: QWidget) -> QAbstractButton | None:
    found = _nearest(scope, [b for b in scope.findChildren(QAbstractButton)
                             if _is_new(b.objectName())])
    return found if isinstance(found, QAbstractButton) else None


def find_save_button(scope: QWidget) -> QAbstractButton | None:
    buttons: list[QWidget] = [b for b in scope.findChildren(QAbstractButton)
                              if b.objectName().lower().startswith("save")]
    if isinstance(scope, QDialog):
        for box in scope.findChildren(QDialogButtonBox):
            for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
                button = box.button(role)
                if button is not None:
                    buttons.append(button)
    found = _nearest(scope, buttons)
    return found if isinstance(found, QAbstractButton) else None


def find_search_box(scope: QWidget) -> QLineEdit | None:
    found = _nearest(scope, [e for e in scope.findChildren(QLineEdit)
                             if e.objectName().endswith(("Search", "Filter", "search"))])
    return found if isinstance(found, QLineEdit) else None


def find_tabs(scope: QWidget) -> QTabWidget | None:
    focus = QApplication.focusWidget()
    widget = focus
    while widget is not None and widget is not scope.window():
        if isinstance(widget, QTabWidget) and scope.isAncestorOf(widget):
            return widget
        widget = widget.parentWidget()
    tabs = [t for t in scope.findChildren(QTabWidget) if t.isVisible()]
    if isinstance(scope, QTabWidget):
        tabs.insert(0, scope)
    return tabs[0] if tabs else None


def new_record() -> bool:
    scope = _scope()
    button = find_new_button(scope) if scope is not None else None
    if button is None:
        return False
    button.click()
    return True


def save() -> bool:
    scope = _scope()
    button = find_save_button(scope) if scope is not None else None
    if button is None:
        return False
    button.click()
    return True


def focus_search() -> bool:
    scope = _scope()
    box = find_search_box(scope) if scope is not None else None
    if box is None:
        return False
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    box.selectAll()
    return True


def turn_tab(step: int) -> bool:
    scope = _scope()
    tabs = find_tabs(scope) if scope is not None else None
    if tabs is None or tabs.count() < 2:
        return False
    index = tabs.currentIndex()
    for _ in range(tabs.count()):
        index = (index + step) % tabs.count()
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            break
    tabs.setCurrentIndex(index)
    return True


SHORTCUTS: tuple[tuple[str, Callable[[], bool]], ...] = (
    ("Ctrl+N", new_record),
    ("Ctrl+S", save),
    ("Ctrl+F", focus_search),
    ("Ctrl+PgDown", lambda: turn_tab(1)),
    ("Ctrl+PgUp", lambda: turn_tab(-1)),
)


def install_shortcuts(window: QWidget) -> list[QShortcut]:
    """The shared shortcuts, alive as long as ``window``; they act on the active window."""
    made = []
    for keys, act in SHORTCUTS:
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(act)
        made.append(shortcut)
    return made

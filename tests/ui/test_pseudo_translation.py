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
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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


def test_no_dialog_overflows_or_clips(qtbot: QtBot, demo_services: Services,
                                      pseudo: None, dialog_factories: Any) -> None:
    demo_services.users.login("manager", "demo")
    runner = TaskRunner(inline=True)
    problems: dict[str, list[str]] = {}
    factories = dialog_factories(demo_services, runner)
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

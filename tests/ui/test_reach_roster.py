"""Text size 200 %: the roster week grid's day headers (two short lines) and the batches board's
columns are as wide as their text, measured with the font in use — at start and after the
size changes while the page is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle
from pytestqt.qtbot import QtBot

from issp_desktop.config.display import DisplaySettings
from issp_desktop.services import Services
from issp_desktop.ui.models.roster_week_model import RosterWeekModel
from issp_desktop.ui.pages.roster_attendance_page import RosterAttendancePage
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.batch_board_view import BatchBoardView
from issp_desktop.ui.widgets.display_settings import apply_display
from issp_desktop.ui.widgets.roster_week_tab import RosterWeekTab


@pytest.fixture
def app() -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield instance
    apply_display(instance, DisplaySettings())  # the next test starts from the defaults


def _margin(header: QHeaderView) -> int:
    return 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)


def _week(qtbot: QtBot, services: Services) -> RosterWeekTab:
    services.users.login("supervisor", "demo")
    tabs = RosterAttendancePage(services, TaskRunner(inline=True))
    qtbot.addWidget(tabs)
    tabs.resize(1300, 800)
    tabs.show()
    qtbot.waitExposed(tabs)
    tab = tabs.widget(0)
    assert isinstance(tab, RosterWeekTab)
    tab.host_window = tabs  # type: ignore[attr-defined]  # keeps it alive
    assert tab.model.rowCount() >= 20
    return tab


def _header_fits(tab: RosterWeekTab) -> bool:
    header = tab.view.horizontalHeader()
    fm = QFontMetrics(header.font())
    model: RosterWeekModel = tab.model
    for column in range(model.columnCount()):
        lines = str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
        widest = max(fm.horizontalAdvance(line) for line in lines)
        if header.sectionSize(column) < widest + _margin(header):
            return False
        if header.sizeHint().height() < len(lines) * fm.height():
            return False
    rows = tab.view.verticalHeader().defaultSectionSize()
    return rows >= QFontMetrics(tab.view.font()).height()


def test_the_week_grid_at_200_percent(qtbot: QtBot, app: QApplication,
                                      demo_services: Services) -> None:
    base = app.font().pointSizeF()
    apply_display(app, DisplaySettings(False, 200))
    tab = _week(qtbot, demo_services)
    assert tab.view.font().pointSizeF() == pytest.approx(base * 2)
    day = str(tab.model.headerData(1, Qt.Orientation.Horizontal))
    assert day.count("\n") == 1 and day.split("\n")[0] == "Mon"  # "Mon" over "30 Nov"
    assert _header_fits(tab)
    # the whole week shows without scrolling sideways in a 1300-pixel window
    header = tab.view.horizontalHeader()
    assert header.sectionPosition(8) + header.sectionSize(8) <= tab.view.viewport().width()


def test_the_grid_follows_a_text_size_change(qtbot: QtBot, app: QApplication,
                                             demo_services: Services) -> None:
    tab = _week(qtbot, demo_services)
    before = tab.view.horizontalHeader().sectionSize(1)
    assert _header_fits(tab)
    apply_display(app, DisplaySettings(False, 200))  # changed in Settings, page open
    qtbot.waitUntil(lambda: _header_fits(tab) and tab.view.horizontalHeader().sectionSize(0)
                    > 220, timeout=3000)
    assert tab.view.horizontalHeader().sectionSize(1) >= before


def _board_fits(board: BatchBoardView) -> bool:
    table, model = board.table, board.model
    header = table.horizontalHeader()
    heads, cells = QFontMetrics(header.font()), QFontMetrics(table.font())
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if header.sectionSize(column) < heads.horizontalAdvance(title) + _margin(header):
            return False
    for column in (4, 5, 6):  # dates and counts show whole
        widest = max(cells.horizontalAdvance(str(model.index(r, column).data() or ""))
                     for r in range(model.rowCount()))
        if header.sectionSize(column) < widest:
            return False
    return table.verticalHeader().defaultSectionSize() >= cells.height()


def test_the_batches_board_at_200_percent(qtbot: QtBot, app: QApplication,
                                          demo_services: Services) -> None:
    board = BatchBoardView(demo_services.deliverables)
    qtbot.addWidget(board)
    board.resize(1300, 800)
    board.show()
    qtbot.waitExposed(board)
    assert board.model.rowCount() > 5
    qtbot.waitUntil(lambda: _board_fits(board), timeout=3000)
    apply_display(app, DisplaySettings(False, 200))
    qtbot.waitUntil(lambda: _board_fits(board) and board.table.horizontalHeader()
                    .sectionSize(4) > QFontMetrics(board.table.font()).horizontalAdvance(
                        "2026-11-30"), timeout=3000)
    header = board.table.horizontalHeader()
    old = QFontMetrics(app.font()).horizontalAdvance("Received")
    assert header.sectionSize(4) > old  # grown with the text

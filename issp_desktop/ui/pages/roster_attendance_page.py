"""Roster & Attendance: one section whose tabs come from the roster feature (week grid, leave,
downtime, shift templates) and the attendance feature (door kiosk, punches and corrections,
monthly summary, public holidays)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services


class _LoadOnShow(QObject):
    """Calls a tab's ``load()`` the first time it is shown, so the section opens fast."""

    def __init__(self, tab: Any) -> None:
        super().__init__(tab)
        self.tab = tab
        self.done = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.done:
            self.done = True
            self.tab.load()
        return False


class RosterAttendancePage(QTabWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from issp_desktop.ui.pages.attendance_page import attendance_tabs
        from issp_desktop.ui.pages.roster_page import roster_tabs

        self.setObjectName("rosterAttendancePage")
        self.setDocumentMode(True)
        self.tabs: dict[str, QWidget] = {}
        for key, title, widget in [*roster_tabs(services, runner),
                                   *attendance_tabs(services, runner)]:
            self.tabs[key] = widget
            widget.installEventFilter(_LoadOnShow(widget))
            self.addTab(widget, title)

    def show_tab(self, key: str) -> QWidget:
        widget = self.tabs[key]
        self.setCurrentWidget(widget)
        return widget

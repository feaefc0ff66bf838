"""What the attendance tabs share: the services, the centre's time zone, a table, a message line
and loading through the task runner (off the GUI thread; inline in tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def date_edit(name: str, on: date, accessible: str, fmt: str = "yyyy-MM-dd") -> QDateEdit:
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setObjectName(name)
    edit.setDisplayFormat(fmt)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible)
    return edit


class AttendanceTab(QWidget):
    """Subclasses implement ``fetch() -> work`` and ``show_result(result)``."""

    edit_permission = Permission.ATTENDANCE_EDIT

    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__()
        self.services = services
        self.attendance = services.attendance
        self.runner = runner
        self.message = FormError()
        self.info = QLabel()
        self.info.setObjectName("infoLabel")
        self.info.setStyleSheet("color: #1b7f3b;")
        self.info.setWordWrap(True)
        self._zone: ZoneInfo | None = None

    @property
    def can_edit(self) -> bool:
        return self.services.actor.can(self.edit_permission)

    @property
    def zone(self) -> ZoneInfo:
        if self._zone is None:
            info = self.services.centre.get()
            self._zone = ZoneInfo(info.time_zone if info else "Africa/Nairobi")
        return self._zone

    def today(self) -> date:
        return datetime.now(self.zone).date()

    def make_table(self, model: QAbstractItemModel, name: str, accessible: str) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        return table

    def selected_row(self, table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # --- loading and writing -----------------------------------------------------------------

    def fetch(self) -> Callable[[Any, Any], Any]:
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def show_info(self, text: str) -> None:
        self.message.clear_message()
        self.info.setText(text)

    def load(self) -> None:
        self.message.clear_message()
        self.runner.submit(self.fetch(), on_done=self.show_result, on_error=self.show_error,
                           name=type(self).__name__)

    def run_write(self, work: Callable[[Any, Any], Any],
                  on_done: Callable[[Any], None]) -> None:
        self.message.clear_message()
        self.info.setText("")
        self.runner.submit(work, write=True, on_done=on_done, on_error=self.show_error)

    def show_error(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.show_message(error_text(exc))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

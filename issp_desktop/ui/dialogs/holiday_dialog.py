"""Add a public holiday (one declared by notice, say) or change the date or name of one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from issp_desktop.services.attendance_types import HolidayRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_tab_base import date_edit, to_date
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.attendance import AttendanceService


class HolidayDialog(QDialog):
    saved = Signal(object)  # HolidayRow

    def __init__(self, attendance: AttendanceService, runner: TaskRunner, on: date,
                 holiday: HolidayRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = attendance
        self.runner = runner
        self.holiday = holiday
        self.setObjectName("holidayDialog")
        self.setWindowTitle(self.tr("Public holiday") if holiday is None
                            else self.tr("Change a public holiday"))
        self.date_edit = date_edit("holidayDate", holiday.on if holiday else on,
                                   self.tr("Date of the holiday"))
        self.name_edit = QLineEdit(holiday.name if holiday else "")
        self.name_edit.setObjectName("holidayName")
        self.name_edit.setAccessibleName(self.tr("Name of the holiday"))
        self.name_edit.setMaxLength(120)
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        attendance, on, name = self.attendance, to_date(self.date_edit), self.name_edit.text()
        holiday_id = self.holiday.id if self.holiday else None
        self.runner.submit(lambda _p, _c: attendance.save_holiday(on, name, holiday_id),
                           write=True, on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.error.show_message(error_text(exc))

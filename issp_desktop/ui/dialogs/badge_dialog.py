"""Change one person's badge number (a lost or damaged badge): type the new number, or leave it
empty for the next unused one. A number somebody else holds is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from issp_desktop.services.attendance_types import MAX_BADGE, BadgeRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.attendance import AttendanceService


class BadgeDialog(QDialog):
    saved = Signal(object)  # BadgeRow

    def __init__(self, attendance: AttendanceService, runner: TaskRunner, person: BadgeRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = attendance
        self.runner = runner
        self.person = person
        self.setObjectName("badgeDialog")
        self.setWindowTitle(self.tr("Badge number"))
        self.badge_edit = QLineEdit(person.badge_no or "")
        self.badge_edit.setObjectName("badgeNumber")
        self.badge_edit.setAccessibleName(self.tr("New badge number"))
        self.badge_edit.setMaxLength(MAX_BADGE)
        self.badge_edit.setPlaceholderText(self.tr("empty: the next unused number"))
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Person:"), QLabel(person.name))
        form.addRow(self.tr("Now:"), QLabel(person.badge_no or self.tr("no badge")))
        form.addRow(self.tr("&New number:"), self.badge_edit)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        attendance, pid, badge = self.attendance, self.person.person_id, self.badge_edit.text()
        self.runner.submit(lambda _p, _c: attendance.set_badge(pid, badge or None), write=True,
                           on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.error.show_message(error_text(exc))

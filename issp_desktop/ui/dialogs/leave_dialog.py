"""Record leave for one worker: kind, first and last day (both included), a note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.roster import LeaveInput, LeaveKind, PersonBrief
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.roster import RosterService


def _date_edit(name: str, on: date, accessible: str) -> QDateEdit:
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible)
    return edit


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class LeaveDialog(QDialog):
    saved = Signal(object)  # LeaveRow

    def __init__(self, roster: RosterService, runner: TaskRunner, people: list[PersonBrief],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster, self.runner = roster, runner
        self.setObjectName("leaveDialog")
        self.setWindowTitle(self.tr("Record leave"))
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("leavePerson")
        self.person_combo.setAccessibleName(self.tr("Worker"))
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in people:
            self.person_combo.addItem(p.name, p.id)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("leaveKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of leave"))
        for kind, title in ((LeaveKind.ANNUAL, self.tr("Annual")), (LeaveKind.SICK,
                            self.tr("Sick")), (LeaveKind.UNPAID, self.tr("Unpaid")),
                            (LeaveKind.OTHER, self.tr("Other"))):
            self.kind_combo.addItem(title, kind.value)
        self.from_edit = _date_edit("leaveFrom", today, self.tr("First day"))
        self.to_edit = _date_edit("leaveTo", today, self.tr("Last day"))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("leaveNote")
        self.note_edit.setMaxLength(300)
        self.note_edit.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("&Worker:"), self.person_combo)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To (included):"), self.to_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def value(self) -> LeaveInput:
        return LeaveInput(int(self.person_combo.currentData()), str(self.kind_combo.currentData()),
                          to_date(self.from_edit), to_date(self.to_edit), self.note_edit.text())

    def accept(self) -> None:
        if self.person_combo.currentData() is None:
            self.error_label.show_message(self.tr("Choose a worker."))
            return
        leave, roster = self.value(), self.roster
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _p, _c: roster.add_leave(leave), write=True,
                           on_done=self._on_saved, on_error=self._on_failed, name="leave")

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.error_label.show_message(error_text(exc))

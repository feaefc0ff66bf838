"""Add or change a shift template: name, code typed on the grid, start, length, break, night
flag, colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.roster import TemplateInput, TemplateRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.roster import RosterService


class ShiftTemplateDialog(QDialog):
    saved = Signal(object)  # TemplateRow

    def __init__(self, roster: RosterService, runner: TaskRunner, row: TemplateRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster, self.runner, self.row = roster, runner, row
        self.setObjectName("shiftTemplateDialog")
        self.setWindowTitle(self.tr("New shift template") if row is None else
                            self.tr("Change shift template"))
        self.name_edit = QLineEdit(row.name if row else "")
        self.name_edit.setObjectName("templateName")
        self.name_edit.setMaxLength(60)
        self.code_edit = QLineEdit(row.code if row else "")
        self.code_edit.setObjectName("templateCode")
        self.code_edit.setMaxLength(4)
        minute = row.start_minute if row else 8 * 60
        self.start_edit = QTimeEdit(QTime(minute // 60, minute % 60))
        self.start_edit.setObjectName("templateStart")
        self.start_edit.setDisplayFormat("HH:mm")
        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setObjectName("templateHours")
        self.hours_spin.setRange(0.5, 16)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setValue(row.length_minutes / 60 if row else 8)
        self.hours_spin.setSuffix(" h")
        self.break_spin = QSpinBox()
        self.break_spin.setObjectName("templateBreak")
        self.break_spin.setRange(0, 240)
        self.break_spin.setSingleStep(15)
        self.break_spin.setValue(row.break_minutes if row else 30)
        self.break_spin.setSuffix(" min")
        self.night_box = QCheckBox(self.tr("Night shift (night-worker weekly maximum)"))
        self.night_box.setObjectName("templateNight")
        self.night_box.setChecked(row.is_night if row else False)
        self.colour_edit = QLineEdit(row.colour if row else "#e8f5e9")
        self.colour_edit.setObjectName("templateColour")
        self.colour_edit.setMaxLength(7)
        self.active_box = QCheckBox(self.tr("Active (offered on the grid)"))
        self.active_box.setObjectName("templateActive")
        self.active_box.setChecked(row.active if row else True)
        form = QFormLayout()
        for label, widget, name in (
                (self.tr("&Name:"), self.name_edit, self.tr("Name")),
                (self.tr("&Code:"), self.code_edit, self.tr("Code typed on the grid")),
                (self.tr("&Start:"), self.start_edit, self.tr("Start time")),
                (self.tr("&Length:"), self.hours_spin, self.tr("Length in hours")),
                (self.tr("&Break:"), self.break_spin, self.tr("Break in minutes")),
                ("", self.night_box, self.tr("Night shift")),
                (self.tr("C&olour:"), self.colour_edit, self.tr("Colour as #RRGGBB")),
                ("", self.active_box, self.tr("Active"))):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def value(self) -> TemplateInput:
        t = self.start_edit.time()
        return TemplateInput(self.name_edit.text(), self.code_edit.text(),
                             t.hour() * 60 + t.minute(), round(self.hours_spin.value() * 60),
                             self.break_spin.value(), self.night_box.isChecked(),
                             self.colour_edit.text(), self.active_box.isChecked())

    def accept(self) -> None:
        value, roster, row = self.value(), self.roster, self.row
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _p, _c: roster.save_template(
            value, row.id if row else None, row.version if row else None), write=True,
            on_done=self._on_saved, on_error=self._on_failed, name="template")

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.error_label.show_message(error_text(exc))

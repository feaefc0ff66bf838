"""A new training session (a day, or part of one) for a cohort, to take the roll of."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.training_types import CohortRow, ModuleRow, SessionInput
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class TrainingSessionDialog(QDialog):
    saved = Signal(object)  # SessionRow

    def __init__(self, training: TrainingService, runner: TaskRunner, cohort: CohortRow,
                 modules: list[ModuleRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.runner = runner
        self.cohort = cohort
        self.setObjectName("trainingSessionDialog")
        self.setWindowTitle(self.tr("New training session — {0}").format(cohort.name))
        today = QDate.currentDate()
        self.date_edit = QDateEdit(today)
        self.date_edit.setObjectName("sessionDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        start = cohort.start_date
        self.date_edit.setMinimumDate(QDate(start.year, start.month, start.day))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("sessionMinutes")
        self.minutes_spin.setRange(1, 24 * 60)
        self.minutes_spin.setSingleStep(30)
        self.minutes_spin.setValue(420)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("sessionTopic")
        self.topic_edit.setMaxLength(200)
        self.module_combo = QComboBox()
        self.module_combo.setObjectName("sessionModule")
        self.module_combo.addItem(self.tr("(none)"), None)
        for module in modules:
            self.module_combo.addItem(module.name, module.id)
        self.module_combo.currentIndexChanged.connect(self._on_module_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Length:"), self.minutes_spin)
        form.addRow(self.tr("&Module:"), self.module_combo)
        form.addRow(self.tr("&Topic:"), self.topic_edit)
        for widget, name in ((self.date_edit, self.tr("Date")),
                             (self.minutes_spin, self.tr("Length in minutes")),
                             (self.module_combo, self.tr("Module")),
                             (self.topic_edit, self.tr("Topic"))):
            widget.setAccessibleName(name)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.result_row: Any = None

    def _on_module_changed(self, _index: int) -> None:
        if not self.topic_edit.text().strip() and self.module_combo.currentData() is not None:
            self.topic_edit.setText(self.module_combo.currentText())

    def value(self) -> SessionInput:
        d = self.date_edit.date()
        return SessionInput(date(d.year(), d.month(), d.day()), self.minutes_spin.value(),
                            self.topic_edit.text(), self.module_combo.currentData())

    def accept(self) -> None:
        new, cohort_id, training = self.value(), self.cohort.id, self.training
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _p, _c: training.create_session(cohort_id, new), write=True,
                           on_done=self._on_saved, on_error=self._on_failed,
                           name="new training session")

    def _on_saved(self, row: object) -> None:
        self.result_row = row
        self.saved.emit(row)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.error_label.show_message(error_text(exc))

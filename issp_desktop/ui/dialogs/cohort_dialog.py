"""New cohort / Edit cohort: name, dates, trainer, programme, capacity, attendance needed and
(for a new cohort) the modules it teaches. Saves itself and closes only when the save worked."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.training_rules import MAX_CAPACITY
from issp_desktop.services.training_types import CohortInput, CohortRow, ModuleRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class CohortDialog(QDialog):
    saved = Signal(object)  # CohortRow

    def __init__(self, training: TrainingService, runner: TaskRunner,
                 cohort: CohortRow | None = None, *, modules: list[ModuleRow] | None = None,
                 trainers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.runner = runner
        self.cohort = cohort
        self.setObjectName("cohortDialog")
        self.setWindowTitle(self.tr("Edit cohort") if cohort else self.tr("New cohort"))
        self.name_edit = QLineEdit(cohort.name if cohort else "")
        self.name_edit.setObjectName("cohortName")
        self.name_edit.setMaxLength(120)
        start = cohort.start_date if cohort else date.today()
        end = cohort.end_date if cohort else date.fromordinal(start.toordinal() + 84)
        self.start_edit = QDateEdit(_qdate(start))
        self.start_edit.setObjectName("cohortStart")
        self.end_edit = QDateEdit(_qdate(end))
        self.end_edit.setObjectName("cohortEnd")
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.trainer_combo = QComboBox()
        self.trainer_combo.setObjectName("cohortTrainer")
        self.trainer_combo.setEditable(True)
        self.trainer_combo.addItems(trainers or [])
        self.trainer_combo.setCurrentText(cohort.trainer if cohort else "")
        self.programme_edit = QLineEdit(cohort.programme if cohort else "")
        self.programme_edit.setObjectName("cohortProgramme")
        self.programme_edit.setMaxLength(80)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setObjectName("cohortCapacity")
        self.capacity_spin.setRange(1, MAX_CAPACITY)
        self.capacity_spin.setValue(cohort.capacity if cohort else 30)
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("cohortThreshold")
        self.threshold_spin.setRange(0, 100)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setValue(cohort.attendance_threshold_pct if cohort else 80)
        self.notes_edit = QPlainTextEdit(cohort.notes if cohort else "")
        self.notes_edit.setObjectName("cohortNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.module_list = QListWidget()
        self.module_list.setObjectName("cohortModules")
        self.module_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.module_list.setMaximumHeight(140)
        for m in modules or []:
            if not m.active:
                continue
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.module_list.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Starts:"), self.start_edit)
        form.addRow(self.tr("&Ends:"), self.end_edit)
        form.addRow(self.tr("&Trainer:"), self.trainer_combo)
        form.addRow(self.tr("&Programme:"), self.programme_edit)
        form.addRow(self.tr("&Capacity:"), self.capacity_spin)
        form.addRow(self.tr("&Attendance needed:"), self.threshold_spin)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        if cohort is None:
            form.addRow(self.tr("&Modules (Space ticks):"), self.module_list)
        else:
            self.module_list.hide()
        for widget, name in ((self.name_edit, self.tr("Cohort name")),
                             (self.start_edit, self.tr("Start date")),
                             (self.end_edit, self.tr("End date")),
                             (self.trainer_combo, self.tr("Trainer")),
                             (self.programme_edit, self.tr("Programme")),
                             (self.capacity_spin, self.tr("Capacity: most trainees")),
                             (self.threshold_spin, self.tr("Attendance needed in percent")),
                             (self.notes_edit, self.tr("Notes")),
                             (self.module_list, self.tr("Modules the cohort teaches"))):
            widget.setAccessibleName(name)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.result_row: Any = None
        self.name_edit.setFocus()

    def module_ids(self) -> tuple[int, ...] | None:
        if self.cohort is not None:
            return None  # the Curriculum tab changes an existing cohort's modules
        items = (self.module_list.item(i) for i in range(self.module_list.count()))
        return tuple(int(it.data(Qt.ItemDataRole.UserRole)) for it in items
                     if it.checkState() == Qt.CheckState.Checked)

    def value(self) -> CohortInput:
        return CohortInput(
            name=self.name_edit.text(), start_date=_date(self.start_edit.date()),
            end_date=_date(self.end_edit.date()), trainer=self.trainer_combo.currentText(),
            programme=self.programme_edit.text(), capacity=self.capacity_spin.value(),
            attendance_threshold_pct=self.threshold_spin.value(),
            notes=self.notes_edit.toPlainText(), module_ids=self.module_ids())

    def accept(self) -> None:
        new = self.value()
        if new.end_date <= new.start_date:
            self.error_label.show_message(self.tr("The end date must be after the start date."))
            self.end_edit.setFocus()
            return
        training, cohort = self.training, self.cohort
        if cohort is None:
            work = lambda _p, _c: training.create_cohort(new)  # noqa: E731
        else:
            work = lambda _p, _c: training.update_cohort(  # noqa: E731
                cohort.id, new, cohort.version)
        self.buttons.setEnabled(False)
        self.runner.submit(work, write=True, on_done=self._on_saved, on_error=self._on_failed,
                           name="save cohort")

    def _on_saved(self, row: object) -> None:
        self.result_row = row
        self.saved.emit(row)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.error_label.show_message(error_text(exc))

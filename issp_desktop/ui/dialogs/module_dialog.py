"""Modules: the centre's curriculum modules — create one, or edit name, hours, pass mark and,
for typing, the speed and accuracy needed. A module no longer taught is retired, not deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.errors import ValidationError
from issp_desktop.services.training_rules import MAX_HOURS, format_accuracy, parse_accuracy_bp
from issp_desktop.services.training_types import ModuleInput, ModuleKind, ModuleRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class ModulesDialog(QDialog):
    modules_changed = Signal()

    def __init__(self, training: TrainingService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.runner = runner
        self.rows: list[ModuleRow] = []
        self.editing: ModuleRow | None = None
        self.setObjectName("modulesDialog")
        self.setWindowTitle(self.tr("Modules"))
        self.list = QListWidget()
        self.list.setObjectName("moduleList")
        self.list.setAccessibleName(self.tr("Modules"))
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.new_button = QPushButton(self.tr("&New module"))
        self.new_button.setObjectName("newModuleButton")
        self.new_button.clicked.connect(self.start_new)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("moduleName")
        self.name_edit.setMaxLength(120)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("moduleKind")
        self.kind_combo.addItem(self.tr("Test (a score out of 100)"), ModuleKind.TEST.value)
        self.kind_combo.addItem(self.tr("Typing (speed and accuracy)"), ModuleKind.TYPING.value)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.hours_spin = QSpinBox()
        self.hours_spin.setObjectName("moduleHours")
        self.hours_spin.setRange(0, MAX_HOURS)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.pass_spin = QSpinBox()
        self.pass_spin.setObjectName("modulePassMark")
        self.pass_spin.setRange(0, 100)
        self.pass_spin.setValue(50)
        self.wpm_spin = QSpinBox()
        self.wpm_spin.setObjectName("moduleMinWpm")
        self.wpm_spin.setRange(0, 250)
        self.wpm_spin.setValue(30)
        self.wpm_spin.setSuffix(self.tr(" wpm"))
        self.accuracy_edit = QLineEdit("95")
        self.accuracy_edit.setObjectName("moduleMinAccuracy")
        self.accuracy_edit.setPlaceholderText(self.tr("e.g. 95 or 97.5"))
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("moduleDescription")
        self.description_edit.setMaxLength(500)
        self.active_box = QCheckBox(self.tr("Taught (untick to retire the module)"))
        self.active_box.setObjectName("moduleActive")
        self.active_box.setChecked(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Hours:"), self.hours_spin)
        self.form.addRow(self.tr("&Pass mark:"), self.pass_spin)
        self.form.addRow(self.tr("Minimum s&peed:"), self.wpm_spin)
        self.form.addRow(self.tr("Minimum a&ccuracy %:"), self.accuracy_edit)
        self.form.addRow(self.tr("&Description:"), self.description_edit)
        self.form.addRow("", self.active_box)
        for widget, name in ((self.name_edit, self.tr("Module name")),
                             (self.kind_combo, self.tr("Kind of assessment")),
                             (self.hours_spin, self.tr("Planned hours")),
                             (self.pass_spin, self.tr("Pass mark out of 100")),
                             (self.wpm_spin, self.tr("Minimum words per minute")),
                             (self.accuracy_edit, self.tr("Minimum accuracy in percent")),
                             (self.description_edit, self.tr("Description")),
                             (self.active_box, self.tr("Module is taught"))):
            widget.setAccessibleName(name)
        self.error_label = FormError()
        self.save_button = QPushButton(self.tr("&Save module"))
        self.save_button.setObjectName("saveModuleButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.error_label)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(720, 420)
        self._on_kind_changed()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        training = self.training
        self.runner.submit(lambda _p, _c: training.list_modules(),
                           on_done=lambda rows: self._on_loaded(rows, select_id),
                           on_error=self._on_failed, name="modules")

    def _on_loaded(self, rows: Any, select_id: int | None) -> None:
        self.rows = list(rows)
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.rows:
            text = m.name if m.active else self.tr("{0} (retired)").format(m.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, m in enumerate(self.rows) if m.id == select_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self.start_new()

    def _on_list_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.show_module(self.rows[row])

    def show_module(self, m: ModuleRow) -> None:
        self.editing = m
        self.name_edit.setText(m.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(m.kind.value))
        self.hours_spin.setValue(m.hours)
        self.pass_spin.setValue(m.pass_mark)
        self.wpm_spin.setValue(m.min_wpm or 0)
        self.accuracy_edit.setText(format_accuracy(m.min_accuracy_bp))
        self.description_edit.setText(m.description)
        self.active_box.setChecked(m.active)
        self.error_label.clear_message()

    def start_new(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.name_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.hours_spin.setValue(0)
        self.pass_spin.setValue(50)
        self.wpm_spin.setValue(30)
        self.accuracy_edit.setText("95")
        self.description_edit.clear()
        self.active_box.setChecked(True)
        self.error_label.clear_message()
        self.name_edit.setFocus()

    def _on_kind_changed(self, _index: int = 0) -> None:
        typing = self.kind_combo.currentData() == ModuleKind.TYPING.value
        for widget, shown in ((self.pass_spin, not typing), (self.wpm_spin, typing),
                              (self.accuracy_edit, typing)):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)

    def value(self) -> ModuleInput:
        """The form as the service takes it; raises ValidationError for a bad accuracy."""
        typing = self.kind_combo.currentData() == ModuleKind.TYPING.value
        accuracy = (parse_accuracy_bp(self.accuracy_edit.text(), "minimum accuracy %")
                    if typing else None)
        return ModuleInput(
            name=self.name_edit.text(), kind=str(self.kind_combo.currentData()),
            hours=self.hours_spin.value(), pass_mark=self.pass_spin.value(),
            min_wpm=self.wpm_spin.value() if typing else None, min_accuracy_bp=accuracy,
            description=self.description_edit.text(), active=self.active_box.isChecked())

    def save(self) -> None:
        try:
            new = self.value()
        except ValidationError as exc:
            self.error_label.show_message(error_text(exc))
            return
        training, editing = self.training, self.editing
        if editing is None:
            work = lambda _p, _c: training.create_module(new)  # noqa: E731
        else:
            work = lambda _p, _c: training.update_module(  # noqa: E731
                editing.id, new, editing.version)
        self.save_button.setEnabled(False)
        self.runner.submit(work, write=True, on_done=self._on_saved, on_error=self._on_failed,
                           name="save module")

    def _on_saved(self, row: object) -> None:
        assert isinstance(row, ModuleRow)
        self.save_button.setEnabled(True)
        self.error_label.clear_message()
        self.modules_changed.emit()
        self.reload(row.id)

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.save_button.setEnabled(True)
        self.error_label.show_message(error_text(exc))

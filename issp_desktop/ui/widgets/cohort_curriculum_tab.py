"""Curriculum tab: the cohort's modules in teaching order — add, remove, reorder, Save. The
Modules dialog creates and edits the modules themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from issp_desktop.services.training_rules import format_accuracy
from issp_desktop.services.training_types import CohortRow, ModuleRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import CohortTab

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class CohortCurriculumTab(CohortTab):
    def __init__(self, training: TrainingService, runner: TaskRunner) -> None:
        super().__init__(training, runner)
        self.setObjectName("cohortCurriculumTab")
        self.modules: dict[int, ModuleRow] = {}
        self.saved_ids: tuple[int, ...] = ()
        self.list = QListWidget()
        self.list.setObjectName("curriculumList")
        self.list.setAccessibleName(self.tr("Modules of this cohort, in teaching order"))
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        list_label = QLabel(self.tr("Modules in &teaching order:"))
        list_label.setBuddy(self.list)
        self.add_combo = QComboBox()
        self.add_combo.setObjectName("addModuleCombo")
        self.add_combo.setAccessibleName(self.tr("Module to add"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addModuleButton")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeModuleButton")
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("moveDownButton")
        self.save_button = QPushButton(self.tr("&Save curriculum"))
        self.save_button.setObjectName("saveCurriculumButton")
        self.modules_button = QPushButton(self.tr("&Modules…"))
        self.modules_button.setObjectName("modulesButton")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save)
        self.modules_button.clicked.connect(self.edit_modules)
        grid = QGridLayout()
        grid.addWidget(list_label, 0, 0)
        grid.addWidget(self.list, 1, 0, 6, 1)
        grid.addWidget(self.add_combo, 1, 1)
        grid.addWidget(self.add_button, 2, 1)
        grid.addWidget(self.remove_button, 3, 1)
        grid.addWidget(self.up_button, 4, 1)
        grid.addWidget(self.down_button, 5, 1)
        grid.setRowStretch(6, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        buttons = QGridLayout()
        buttons.addWidget(self.modules_button, 0, 0)
        buttons.setColumnStretch(1, 1)
        buttons.addWidget(self.save_button, 0, 2)
        layout.addLayout(buttons)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        for widget in (self.add_combo, self.add_button, self.remove_button, self.up_button,
                       self.down_button, self.save_button, self.modules_button):
            widget.setVisible(self.can_edit)
        self._update_buttons()

    def clear(self) -> None:
        self.list.clear()
        self.add_combo.clear()

    def fetch(self, cohort: CohortRow) -> Any:
        training, cohort_id = self.training, cohort.id

        def work(_p: object, _c: object) -> tuple[list[ModuleRow], CohortRow]:
            return training.list_modules(), training.cohort_progress(cohort_id).cohort

        return work

    def describe(self, m: ModuleRow) -> str:
        if m.is_typing:
            rule = self.tr("typing: {0} wpm, {1} % accuracy").format(
                m.min_wpm, format_accuracy(m.min_accuracy_bp))
        else:
            rule = self.tr("pass mark {0}").format(m.pass_mark)
        retired = self.tr(" — retired") if not m.active else ""
        return self.tr("{0} ({1} h; {2}){3}").format(m.name, m.hours, rule, retired)

    def show_result(self, result: Any) -> None:
        modules, cohort = result
        self.cohort = cohort
        self.modules = {m.id: m for m in modules}
        self.saved_ids = cohort.module_ids
        self._fill(list(cohort.module_ids))

    def _fill(self, ids: list[int]) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for module_id in ids:
            item = QListWidgetItem(self.describe(self.modules[module_id]))
            item.setData(Qt.ItemDataRole.UserRole, module_id)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self.add_combo.clear()
        for m in sorted(self.modules.values(), key=lambda m: m.name.lower()):
            if m.active and m.id not in ids:
                self.add_combo.addItem(m.name, m.id)
        self._update_buttons()

    def ids(self) -> list[int]:
        role = Qt.ItemDataRole.UserRole
        return [int(self.list.item(i).data(role)) for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.add_button.setEnabled(self.can_edit and self.add_combo.count() > 0)
        self.remove_button.setEnabled(self.can_edit and row >= 0)
        self.up_button.setEnabled(self.can_edit and row > 0)
        self.down_button.setEnabled(self.can_edit and 0 <= row < count - 1)
        self.save_button.setEnabled(self.can_edit and tuple(self.ids()) != self.saved_ids)

    def _on_list_row_changed(self, _row: int) -> None:
        self._update_buttons()

    def _on_add_clicked(self) -> None:
        module_id = self.add_combo.currentData()
        if module_id is None:
            return
        ids = [*self.ids(), int(module_id)]
        self._fill(ids)
        self.list.setCurrentRow(len(ids) - 1)

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        ids = self.ids()
        del ids[row]
        self._fill(ids)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        ids = self.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self._fill(ids)
        self.list.setCurrentRow(target)

    def save(self) -> None:
        if self.cohort is None:
            return
        ids, cohort, training = self.ids(), self.cohort, self.training
        self.save_button.setEnabled(False)
        self.runner.submit(lambda _p, _c: training.set_curriculum(cohort.id, ids,
                                                                  cohort.version),
                           write=True, on_done=self._on_saved, on_error=self._on_save_failed,
                           name="save curriculum")

    def _on_saved(self, row: object) -> None:
        assert isinstance(row, CohortRow)
        self.cohort = row
        self.saved_ids = row.module_ids
        self._update_buttons()
        self.say(self.tr("Curriculum saved: %n module(s).", "", len(row.module_ids)), ok=True)
        self.changed.emit()

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._update_buttons()
        self.say(error_text(exc), ok=False)

    def edit_modules(self) -> None:
        from issp_desktop.ui.dialogs.module_dialog import ModulesDialog

        dialog = ModulesDialog(self.training, self.runner, self)
        dialog.modules_changed.connect(self._on_modules_changed)
        self.modules_dialog = dialog
        dialog.open()

    def _on_modules_changed(self) -> None:
        self.changed.emit()
        ids = self.ids()
        training = self.training
        self.runner.submit(lambda _p, _c: training.list_modules(),
                           on_done=lambda modules: self._on_modules_reloaded(modules, ids))

    def _on_modules_reloaded(self, modules: Any, ids: list[int]) -> None:
        self.modules = {m.id: m for m in modules}
        self._fill(ids)

"""Quality settings: the smallest sample a quality check proposes, and the error taxonomy the
checker counts errors by (add, rename, deactivate or bring back, delete only when no check
used it). Edit controls are shown only to roles with DELIVERABLES_EDIT."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.errors import IsspError
from issp_desktop.services.deliverables_types import CategoryRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService

MAX_MIN_SAMPLE = 100_000


class QaSettingsView(QWidget):
    changed = Signal()

    def __init__(self, deliverables: DeliverablesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaSettings")
        self.deliverables = deliverables
        self.categories: list[CategoryRow] = []
        self.can_edit = deliverables.actor.can(Permission.DELIVERABLES_EDIT)

        sample_box = QGroupBox(self.tr("Quality-check sample"))
        self.min_sample_spin = QSpinBox()
        self.min_sample_spin.setObjectName("qaMinSample")
        self.min_sample_spin.setRange(1, MAX_MIN_SAMPLE)
        self.min_sample_spin.setSuffix(self.tr(" units"))
        self.min_sample_spin.setAccessibleName(self.tr("Minimum quality-check sample"))
        self.min_sample_spin.setReadOnly(not self.can_edit)
        self.min_sample_button = QPushButton(self.tr("&Save minimum"))
        self.min_sample_button.setObjectName("qaMinSampleSave")
        self.min_sample_status = QLabel()
        self.min_sample_status.setObjectName("qaMinSampleStatus")
        explain = QLabel(self.tr(
            "A quality check proposes the project's sample % of the batch, but at least this "
            "many units (the whole batch when it is smaller)."))
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Minimum sample:")))
        row.addWidget(self.min_sample_spin)
        row.addWidget(self.min_sample_button)
        row.addWidget(self.min_sample_status, 1)
        inner = QVBoxLayout(sample_box)
        inner.addWidget(explain)
        inner.addLayout(row)

        taxonomy = QGroupBox(self.tr("Error categories"))
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("qaCategoryTable")
        self.table.setAccessibleName(self.tr("Error categories"))
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Description"),
                                              self.tr("Active"), self.tr("Used in checks")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for key, text in (("new", self.tr("&New category…")), ("rename", self.tr("Re&name…")),
                          ("toggle", self.tr("&Deactivate")), ("delete", self.tr("De&lete…"))):
            button = QPushButton(text)
            button.setObjectName(f"qaCategory_{key}")
            button.setVisible(self.can_edit)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr(
            "A category some quality check counted errors in cannot be deleted: deactivate it "
            "and new checks no longer offer it, while past checks keep their counts."))
        hint.setWordWrap(True)
        hint.setObjectName("qaCategoryHint")
        inner = QVBoxLayout(taxonomy)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        inner.addWidget(hint)

        self.error = FormError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(sample_box)
        layout.addWidget(taxonomy, 1)
        layout.addWidget(self.error)
        self.min_sample_button.setVisible(self.can_edit)
        self.min_sample_button.clicked.connect(self._on_save_min_sample)
        self.buttons["new"].clicked.connect(lambda: self._category_dialog(None))
        self.buttons["rename"].clicked.connect(
            lambda: self._category_dialog(self.current_category()))
        self.buttons["toggle"].clicked.connect(self._on_toggle_clicked)
        self.buttons["delete"].clicked.connect(self._on_delete_clicked)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.open_dialog = self._exec  # replaced in tests to drive dialogs without exec()
        self.confirm = self._ask  # replaced in tests
        self.reload()

    @staticmethod
    def _exec(dialog: Any) -> None:
        dialog.exec()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete error category"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- loading ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_category()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.min_sample_spin.setValue(self.deliverables.qa_min_sample())
        self.categories = self.deliverables.list_categories(include_inactive=True)
        self.table.setRowCount(len(self.categories))
        grey = QBrush(QColor("#777777"))
        for r, c in enumerate(self.categories):
            values = (c.name, c.description, self.tr("yes") if c.active else self.tr("no"),
                      f"{c.uses:,}")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not c.active:
                    item.setForeground(grey)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        index = next((i for i, c in enumerate(self.categories) if c.id == keep), 0)
        if self.categories:
            self.table.setCurrentCell(index, 0)
        self._update_buttons()

    def current_category(self) -> CategoryRow | None:
        r = self.table.currentRow()
        return self.categories[r] if 0 <= r < len(self.categories) else None

    def _update_buttons(self) -> None:
        c = self.current_category()
        for key in ("rename", "toggle", "delete"):
            self.buttons[key].setEnabled(c is not None)
        self.buttons["toggle"].setText(self.tr("&Reactivate") if c and not c.active
                                       else self.tr("&Deactivate"))
        self.buttons["delete"].setToolTip(
            self.tr("Used in {0} quality check(s): deactivate it instead").format(c.uses)
            if c and c.uses else "")

    # --- actions ----------------------------------------------------------------------------

    def _done(self, select_id: int | None, message: str = "") -> None:
        self.error.clear_message()
        self.reload(select_id)
        if message:
            self.min_sample_status.setText(message)
        self.changed.emit()

    def _on_save_min_sample(self) -> None:
        try:
            value = self.deliverables.set_qa_min_sample(self.min_sample_spin.value())
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self._done(None, self.tr("Saved: checks propose at least {0} units.").format(
            f"{value:,}"))

    def _category_dialog(self, category: CategoryRow | None) -> None:
        from issp_desktop.ui.dialogs.qa_category_dialog import QaCategoryDialog

        dialog = QaCategoryDialog(self.deliverables, category, self)
        dialog.saved.connect(lambda row: self._done(row.id))
        self.open_dialog(dialog)

    def _on_toggle_clicked(self) -> None:
        c = self.current_category()
        if c is None:
            return
        try:
            row = self.deliverables.set_category_active(c.id, not c.active)
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self._done(row.id)

    def _on_delete_clicked(self) -> None:
        c = self.current_category()
        if c is None:
            return
        if c.uses:  # the service refuses too; say why before asking anything
            self.error.show_message(self.tr(
                "'{0}' is used in {1} quality check(s), so it cannot be deleted; deactivate "
                "it instead and those checks keep their error counts.").format(
                    c.name, f"{c.uses:,}"))
            return
        if not self.confirm(self.tr("Delete the error category '{0}'? No quality check has "
                                    "used it.").format(c.name)):
            return
        try:
            self.deliverables.delete_category(c.id)
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self._done(None)

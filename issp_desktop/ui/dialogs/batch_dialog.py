"""New batch: project, reference, units expected, received and due dates (the due date follows
the project's turnaround unless changed)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from issp_desktop.domain.deliverables import MAX_UNITS
from issp_desktop.services.deliverables_types import BatchInput, BatchRow, ProjectRow
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog, date_edit, qdate, to_date

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class BatchDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, projects: list[ProjectRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New batch"), "batchDialog", parent)
        self.deliverables = deliverables
        self.projects = {p.id: p for p in projects}
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("batchProject")
        for p in projects:
            self.project_combo.addItem(f"{p.client} — {p.name}", p.id)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("batchReference")
        self.reference_edit.setMaxLength(40)
        self.units_spin = QSpinBox()
        self.units_spin.setObjectName("batchUnits")
        self.units_spin.setRange(0, MAX_UNITS)
        self.units_spin.setGroupSeparatorShown(True)
        self.received_edit = date_edit(date.today(), "batchReceived")
        self.due_edit = date_edit(date.today(), "batchDue")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("batchNote")
        self.note_edit.setMaxLength(300)
        self.add_row(self.tr("&Project:"), self.project_combo)
        self.add_row(self.tr("&Reference:"), self.reference_edit)
        self.add_row(self.tr("&Units expected:"), self.units_spin)
        self.add_row(self.tr("R&eceived:"), self.received_edit)
        self.add_row(self.tr("&Due:"), self.due_edit)
        self.add_row(self.tr("N&ote:"), self.note_edit)
        self.project_combo.currentIndexChanged.connect(self._on_dates_changed)
        self.received_edit.dateChanged.connect(self._on_dates_changed)
        self._on_dates_changed()

    def _on_dates_changed(self) -> None:
        project = self.projects.get(self.project_combo.currentData())
        days = project.turnaround_days if project else 5
        self.due_edit.setDate(qdate(to_date(self.received_edit.date()) + timedelta(days=days)))

    def save(self) -> BatchRow:
        return self.deliverables.create_batch(BatchInput(
            int(self.project_combo.currentData() or 0), self.reference_edit.text(),
            self.units_spin.value(), to_date(self.received_edit.date()),
            to_date(self.due_edit.date()), self.note_edit.text()))

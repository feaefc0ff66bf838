"""Record work on one batch: one line per assigned worker for a day (units and minutes). More
units than the batch expects asks for confirmation before anything is saved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QSpinBox, QTableWidget, QWidget

from issp_desktop.domain.deliverables import MAX_DAY_MINUTES, MAX_UNITS
from issp_desktop.services.deliverables_types import (
    BatchDetail,
    OverExpectedError,
    WorkLogInput,
    WorkLogSaved,
)
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog, date_edit, to_date

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class WorkLogDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, detail: BatchDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record work on {0}").format(detail.batch.reference),
                         "workLogDialog", parent)
        self.deliverables = deliverables
        self.detail = detail
        self.day_edit = date_edit(date.today(), "workLogDate")
        self.add_row(self.tr("&Day:"), self.day_edit)
        self.grid = QTableWidget(len(detail.workers), 3)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.grid.setObjectName("workLogGrid")
        self.grid.setAccessibleName(self.tr("Units and minutes per worker"))
        self.grid.setHorizontalHeaderLabels([self.tr("Worker"), self.tr("Units"),
                                             self.tr("Minutes")])
        self.spins: list[tuple[int, QSpinBox, QSpinBox]] = []
        from PySide6.QtWidgets import QTableWidgetItem

        for row, w in enumerate(detail.workers):
            self.grid.setItem(row, 0, QTableWidgetItem(w.name))
            units, minutes = QSpinBox(), QSpinBox()
            units.setRange(0, MAX_UNITS)
            minutes.setRange(0, MAX_DAY_MINUTES)
            units.setAccessibleName(self.tr("Units by {0}").format(w.name))
            minutes.setAccessibleName(self.tr("Minutes by {0}").format(w.name))
            self.grid.setCellWidget(row, 1, units)
            self.grid.setCellWidget(row, 2, minutes)
            self.spins.append((w.person_id, units, minutes))
        self.grid.resizeColumnsToContents()
        self.grid.setMinimumWidth(420)
        self.form.addRow(self.grid)
        self.confirm = self._ask  # replaced in tests

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("More units than expected"), text)
        return answer == QMessageBox.StandardButton.Yes

    def entries(self) -> list[WorkLogInput]:
        day = to_date(self.day_edit.date())
        return [WorkLogInput(self.detail.batch.id, pid, day, u.value(), m.value())
                for pid, u, m in self.spins if u.value() or m.value()]

    def save(self) -> WorkLogSaved | None:
        entries = self.entries()
        try:
            return self.deliverables.record_work(entries)
        except OverExpectedError as exc:
            text = self.tr("Batch {0} expects {1} units; with these logs it would have {2}. "
                           "Save anyway?").format(exc.reference, f"{exc.expected:,}",
                                                  f"{exc.would_be:,}")
            if not self.confirm(text):
                return None
            return self.deliverables.record_work(entries, force=True)

"""The cohorts with their progress figures (a centre has tens of cohorts: held whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from issp_desktop.services.training_rules import format_pct
from issp_desktop.services.training_types import CohortRow
from issp_desktop.ui.models.row_table_model import Index, RowTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CohortListModel(RowTableModel):
    COLUMNS = ("Cohort", "Start", "End", "Trainees", "Completed", "At risk", "Attendance %")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CohortRow] = []

    def set_rows(self, rows: list[CohortRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, cohort_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == cohort_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name, row.start_date.isoformat(), row.end_date.isoformat(),
                      f"{row.trainees} / {row.capacity}", str(row.completed),
                      str(row.at_risk), format_pct(row.attendance_pct))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("{0}: trainer {1}, {2} modules, {3} sessions").format(
                row.programme or self.tr("no programme"), row.trainer or "—",
                len(row.module_ids), row.sessions)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

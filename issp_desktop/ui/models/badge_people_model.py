"""People to print ID badges for, with their badge number or the lack of one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from issp_desktop.services.certificate_types import BadgeRow
from issp_desktop.ui.models.row_table_model import Index, RowTableModel


class BadgePeopleModel(RowTableModel):
    COLUMNS = ("Person", "Badge number", "Stage", "Cohort")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BadgeRow] = []

    def set_rows(self, rows: list[BadgeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (row.name, row.badge_no or self.tr("none yet"), row.stage, row.cohort)
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole and not row.badge_no and column == 1:
            from PySide6.QtGui import QColor

            return QColor("#8a1c1c")
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        return None

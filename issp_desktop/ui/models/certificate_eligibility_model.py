"""A cohort's members for a kind of certificate: eligible or not (with the reason), and a tick
for whom to issue to. A cohort has tens of members: held whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from issp_desktop.services.certificate_types import Eligibility
from issp_desktop.ui.models.row_table_model import Index, RowTableModel


class EligibilityModel(RowTableModel):
    COLUMNS = ("Person", "Eligible", "Details")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Eligibility] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: list[Eligibility]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = {r.person_id for r in rows if r.eligible}
        self.endResetModel()

    def chosen(self) -> tuple[int, ...]:
        """Ticked people who are eligible, in the table's order."""
        return tuple(r.person_id for r in self.rows if r.eligible and r.person_id in self.checked)

    def set_all(self, on: bool) -> None:
        self.checked = {r.person_id for r in self.rows if r.eligible} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and self.rows[index.row()].eligible:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return row.name
            if column == 1:
                return self.tr("yes") if row.eligible else self.tr("no")
            if column == 2:
                return row.reason
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and row.eligible:
            return (Qt.CheckState.Checked if row.person_id in self.checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole and not row.eligible:
            from PySide6.QtGui import QColor

            return QColor("#8a1c1c")
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or index.column() != 0 or not self.rows[index.row()].eligible):
            return False
        pid = self.rows[index.row()].person_id
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if on:
            self.checked.add(pid)
        else:
            self.checked.discard(pid)
        self.dataChanged.emit(index, index, [role])
        return True

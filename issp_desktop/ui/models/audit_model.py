"""The audit trail as a lazy table: one page of rows at a time, newest first, filtered in SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from issp_desktop.services.audit import AuditFilter, AuditRow

if TYPE_CHECKING:
    from issp_desktop.services import Services

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    COLUMNS = ("When (local time)", "User", "What", "Record", "Before", "After")

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0

    def reload(self, f: AuditFilter | None = None) -> None:
        if f is not None:
            self.filter = f
        self.beginResetModel()
        self.total = self.services.audit.count(self.filter)
        self.rows = self.services.audit.page(self.filter, 0, PAGE)
        self.endResetModel()

    # --- lazy loading --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.services.audit.page(self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # --- table -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if column == 1:
                return row.username
            if column == 2:
                return row.use_case
            if column == 3:
                return f"{row.entity} {row.entity_id}".strip()
            if column == 4:
                return row.old_values or ""
            if column == 5:
                return row.new_values or ""
        return None

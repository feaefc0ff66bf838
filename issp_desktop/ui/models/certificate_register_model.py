"""The certificate register as a lazy table: one page of rows at a time, newest first,
filtered in SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from issp_desktop.domain.certificates import format_code
from issp_desktop.services.certificate_types import RegisterFilter, RegisterRow
from issp_desktop.ui.models.row_table_model import Index

if TYPE_CHECKING:
    from issp_desktop.services.certificates import CertificateService

PAGE = 200


class RegisterModel(QAbstractTableModel):
    COLUMNS = ("Serial", "Code", "Person", "Kind", "Cohort", "Issued", "Issued by", "Revoked")

    def __init__(self, service: CertificateService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = RegisterFilter()
        self.rows: list[RegisterRow] = []
        self.total = 0

    def reload(self, f: RegisterFilter | None = None) -> None:
        if f is not None:
            self.filter = f
        self.beginResetModel()
        self.total = self.service.register_count(self.filter)
        self.rows = self.service.register_page(self.filter, 0, PAGE)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.service.register_page(self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 7:
                if row.revoked_at is None:
                    return ""
                text = self.tr("revoked {0}").format(row.revoked_at.strftime("%Y-%m-%d"))
                return f"{text}: {row.revoked_reason}" if role == Qt.ItemDataRole.ToolTipRole \
                    else text
            values = (row.serial, format_code(row.code), row.person,
                      self.tr("skill") if row.kind.value == "skill" else self.tr("progress"),
                      row.cohort, row.issued_on.isoformat(), row.issued_by)
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole and row.revoked_at is not None:
            from PySide6.QtGui import QColor

            return QColor("#8a1c1c")
        if role == Qt.ItemDataRole.UserRole:
            return row.serial
        return None

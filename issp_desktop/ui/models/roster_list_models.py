"""The small tables of the roster tabs: leave, downtime, shift templates (held whole)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from issp_desktop.domain.roster import zone
from issp_desktop.services.roster import DowntimeRow, LeaveRow, TemplateRow
from issp_desktop.ui.models.row_table_model import Index, RowTableModel


class _Rows(RowTableModel):
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def texts(self, row: Any) -> list[str]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(self.rows[index.row()])[index.column()]
        return None


class LeaveModel(_Rows):
    COLUMNS = ("Worker", "Kind", "From", "To", "Days", "Note")

    def texts(self, r: LeaveRow) -> list[str]:
        return [r.person, r.kind.capitalize(), r.starts_on.isoformat(), r.ends_on.isoformat(),
                str(r.days), r.note]


class DowntimeModel(_Rows):
    COLUMNS = ("Kind", "Start", "End", "Length", "Paid", "Note")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: ZoneInfo = zone(None)

    def texts(self, r: DowntimeRow) -> list[str]:
        end = r.ends_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if r.ends_at else \
            self.tr("ongoing")
        minutes = r.minutes
        length = f"{minutes // 60} h {minutes % 60:02d} min" if minutes is not None else "—"
        return [r.kind.capitalize(), r.starts_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"),
                end, length, self.tr("yes") if r.paid else self.tr("no"), r.note]


class TemplateModel(_Rows):
    COLUMNS = ("Code", "Name", "Start", "End", "Length", "Break", "Night", "Active")

    def texts(self, t: TemplateRow) -> list[str]:
        return [t.code, t.name, t.start_text, t.end_text, f"{t.length_minutes / 60:g} h",
                f"{t.break_minutes} min", self.tr("night") if t.is_night else "",
                self.tr("yes") if t.active else self.tr("no")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 0
                and self.rows[index.row()].colour):
            return QBrush(QColor(self.rows[index.row()].colour))
        return super().data(index, role)

"""Table models of the attendance tabs held whole: the monthly summary (with its totals row),
public holidays and badge numbers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from issp_desktop.services.attendance_types import (
    AttendanceSummaryRow,
    BadgeRow,
    HolidayRow,
    hours,
)
from issp_desktop.ui.models.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# (title, field, is minutes shown as hours)
SUMMARY_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("Name", "name", False),
    ("Badge", "badge_no", False),
    ("Shifts", "shifts_planned", False),
    ("Planned h", "planned_minutes", True),
    ("Worked h", "worked_minutes", True),
    ("Overtime weekdays h", "overtime_weekday_minutes", True),
    ("Overtime rest days/holidays h", "overtime_rest_minutes", True),
    ("Night h", "night_minutes", True),
    ("Late", "late_count", False),
    ("Left early", "left_early_count", False),
    ("Absences", "absences", False),
    ("Leave days", "leave_days", False),
    ("Downtime h", "downtime_minutes", True),
    ("Unplanned h", "unplanned_minutes", True),
    ("Missing punches", "missing_punches", False),
)


class AttendanceSummaryModel(RowTableModel):
    COLUMNS = tuple(c[0] for c in SUMMARY_COLUMNS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendanceSummaryRow] = []
        self.total: AttendanceSummaryRow | None = None

    def set_rows(self, rows: list[AttendanceSummaryRow],
                 total: AttendanceSummaryRow | None) -> None:
        self.beginResetModel()
        self.rows = list(rows) + ([total] if total is not None and rows else [])
        self.total = total if rows else None
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        r = self.rows[row]
        _title, field, is_minutes = SUMMARY_COLUMNS[column]
        value = getattr(r, field)
        if field == "name" and r is self.total:
            return self.tr("Total")
        if is_minutes:
            return hours(int(value))
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()] is self.total:
            font = QFont()
            font.setBold(True)
            return font
        return None


class HolidayModel(RowTableModel):
    COLUMNS = ("Date", "Day", "Holiday")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[HolidayRow] = []

    def set_rows(self, rows: list[HolidayRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.on.isoformat(), r.on.strftime("%A"), r.name)[index.column()]
        return None


class BadgeModel(RowTableModel):
    COLUMNS = ("Name", "Stage", "Badge number")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BadgeRow] = []

    def set_rows(self, rows: list[BadgeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, self.tr(r.stage.capitalize()),
                    r.badge_no or self.tr("— none —"))[index.column()]
        return None

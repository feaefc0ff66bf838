"""Table models of the Punches tab: a day's (or a person's) punches, originals and corrections
alike — a replaced or voided punch is shown struck through — and the day's shifts with what
happened."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from issp_desktop.services.attendance_types import DayShiftRow, PunchRow
from issp_desktop.ui.models.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
KINDS = {"in": "In", "out": "Out", "void": "Void"}
SOURCES = {"kiosk": "Door", "cli": "Command line", "correction": "Correction",
           "import": "Import"}


def local_text(at: datetime | None, zone: ZoneInfo, with_date: bool = False) -> str:
    if at is None:
        return "—"
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


class PunchModel(RowTableModel):
    COLUMNS = ("Time", "Person", "Badge", "Punch", "Source", "Correction", "Reason",
               "Recorded by")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("Africa/Nairobi")
        self.rows: list[PunchRow] = []

    def set_rows(self, rows: list[PunchRow], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.zone = zone
        self.endResetModel()

    def row_at(self, row: int) -> PunchRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _correction(self, r: PunchRow) -> str:
        if r.replaced_by_id is not None:
            return self.tr("replaced by #{0}").format(r.replaced_by_id)
        if r.kind == "void":
            return self.tr("voids #{0}").format(r.replaces_id)
        if r.replaces_id is not None:
            return self.tr("replaces #{0}").format(r.replaces_id)
        return self.tr("added") if r.source == "correction" else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (local_text(r.at, self.zone, True), r.name, r.badge_no,
                      self.tr(KINDS.get(r.kind, r.kind)),
                      self.tr(SOURCES.get(r.source, r.source)), self._correction(r),
                      r.reason or r.clock_warning, r.recorded_by)
            return values[col]
        if role == Qt.ItemDataRole.FontRole and not r.effective:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not r.effective:
            return QColor("#777777")
        if role == Qt.ItemDataRole.ToolTipRole:
            if not r.effective:
                return self.tr("No longer counts: kept as recorded.")
            if r.clock_warning:
                return self.tr("Saved after a clock warning: {0}").format(r.clock_warning)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


STATUS_COLOURS = {"late": "#a15c00", "left early": "#a15c00", "late, left early": "#a15c00",
                  "absent": "#b00020", "no clock-out": "#b00020", "no clock-in": "#b00020"}


class DayShiftModel(RowTableModel):
    COLUMNS = ("Shift", "Person", "Status", "First in", "Last out", "Worked (h)")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("Africa/Nairobi")
        self.rows: list[DayShiftRow] = []

    def set_rows(self, rows: list[DayShiftRow], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.zone = zone
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from issp_desktop.services.attendance_types import hours

            status = self.tr(r.status)
            if r.late_minutes:
                late = self.tr("late {0} min").format(r.late_minutes)
                status = late if r.status == "late" else f"{status} ({late})"
            values = (f"{local_text(r.starts_at, self.zone)}–{local_text(r.ends_at, self.zone)}",
                      r.name, status, local_text(r.first_in, self.zone),
                      local_text(r.last_out, self.zone), hours(r.worked_minutes))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            colour = STATUS_COLOURS.get(r.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

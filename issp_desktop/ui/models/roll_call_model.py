"""The roll of one training session: each trainee and their mark (present, late, absent,
excused), as taken so far. Marks change here until Save writes them all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from issp_desktop.domain.people import Attendance
from issp_desktop.services.training_types import RollCallSheet, TraineeBrief

Index = QModelIndex | QPersistentModelIndex


class RollCallModel(QAbstractTableModel):
    COLUMNS = ("Trainee", "Mark")
    marks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.trainees: list[TraineeBrief] = []
        self.saved: dict[int, Attendance] = {}
        self.marks: dict[int, Attendance] = {}
        self.editable = False

    def set_sheet(self, sheet: RollCallSheet | None) -> None:
        self.beginResetModel()
        self.trainees = list(sheet.trainees) if sheet is not None else []
        self.saved = dict(sheet.marks) if sheet is not None else {}
        self.marks = dict(self.saved)
        self.endResetModel()
        self.marks_changed.emit()

    def status_title(self, status: Attendance | None) -> str:
        titles = {
            Attendance.PRESENT: self.tr("Present (P)"),
            Attendance.LATE: self.tr("Late (L)"),
            Attendance.ABSENT: self.tr("Absent (A)"),
            Attendance.EXCUSED: self.tr("Excused (E)"),
        }
        return titles[status] if status is not None else self.tr("— not marked —")

    def mark(self, row: int, status: Attendance | None) -> bool:
        if not self.editable or not 0 <= row < len(self.trainees):
            return False
        pid = self.trainees[row].id
        if status is None:
            self.marks.pop(pid, None)
        else:
            self.marks[pid] = status
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))
        self.marks_changed.emit()
        return True

    def mark_rest(self, status: Attendance) -> int:
        """Give ``status`` to everybody not marked yet; returns how many."""
        if not self.editable:
            return 0
        rest = [t.id for t in self.trainees if t.id not in self.marks]
        for pid in rest:
            self.marks[pid] = status
        if rest:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.trainees) - 1, 1))
            self.marks_changed.emit()
        return len(rest)

    def unmarked(self) -> int:
        return sum(1 for t in self.trainees if t.id not in self.marks)

    def is_dirty(self) -> bool:
        return self.marks != self.saved

    def changed_count(self) -> int:
        """Trainees whose mark differs from the saved one."""
        people = set(self.marks) | set(self.saved)
        return sum(1 for pid in people if self.marks.get(pid) != self.saved.get(pid))

    def counts(self) -> dict[Attendance, int]:
        found = dict.fromkeys(Attendance, 0)
        for status in self.marks.values():
            found[status] += 1
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.trainees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.trainees):
            return None
        trainee = self.trainees[index.row()]
        status = self.marks.get(trainee.id)
        changed = status != self.saved.get(trainee.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return trainee.name
            if index.column() == 1:
                title = self.status_title(status)
                return f"{title} •" if changed else title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{trainee.name}: {self.status_title(status)}"
            return text + self.tr(" (not saved yet)") if changed else text
        if role == Qt.ItemDataRole.FontRole and changed and index.column() == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return trainee.id
        return None

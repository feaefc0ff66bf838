"""Each trainee of a cohort: attendance, hours, modules passed, complete or at risk.

Risk is said in words ("⚠ At risk: low attendance"), and coloured as well, never colour alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from issp_desktop.services.training_rules import format_pct
from issp_desktop.services.training_types import TraineeProgress
from issp_desktop.ui.models.row_table_model import Index, RowTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RISK_COLOUR = QColor("#b00020")
DONE_COLOUR = QColor("#1b5e20")


class CohortProgressModel(RowTableModel):
    COLUMNS = ("Trainee", "Stage", "Attendance %", "Hours", "Modules passed", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TraineeProgress] = []

    def set_rows(self, rows: list[TraineeProgress] | tuple[TraineeProgress, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def stage_text(self, stage: str) -> str:
        titles = {"applicant": self.tr("Applicant"), "trainee": self.tr("Trainee"),
                  "worker": self.tr("Worker"), "alumnus": self.tr("Alumnus")}
        return titles.get(stage, stage)

    def status_text(self, t: TraineeProgress) -> str:
        if t.complete:
            return self.tr("✔ Complete")
        if t.at_risk:
            reasons = []
            if t.low_attendance:
                reasons.append(self.tr("low attendance"))
            if t.modules_failed:
                reasons.append(self.tr("failed %n assessment(s)", "", t.modules_failed))
            return self.tr("⚠ At risk: {0}").format(", ".join(reasons))
        return self.tr("On track")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        t = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (t.name, self.stage_text(t.stage), format_pct(t.attendance_pct),
                      f"{t.hours_attended:.1f}", f"{t.modules_passed} / {t.modules_total}",
                      self.status_text(t))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 5):
            return self.tr("Present {0}, late {1}, absent {2}, excused {3} (excused sessions "
                           "do not count)").format(t.present, t.late, t.absent, t.excused)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            if t.complete:
                return QBrush(DONE_COLOUR)
            if t.at_risk:
                return QBrush(RISK_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.UserRole:
            return t.person_id
        return None

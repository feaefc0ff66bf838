"""Stipends recorded for a cohort's trainees, newest first. Amounts appear only when the
service returned them (roles that may see pay figures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from issp_desktop.services.training_types import StipendRow
from issp_desktop.ui.models.row_table_model import Index, RowTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def format_cents(cents: int | None) -> str:
    if cents is None:
        return "—"
    return f"{cents // 100:,}.{cents % 100:02d}"


class StipendModel(RowTableModel):
    COLUMNS = ("Date", "Trainee", "Kind", "Amount (KES)", "Note", "Recorded by")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[StipendRow] = []

    def set_rows(self, rows: list[StipendRow] | tuple[StipendRow, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def kind_title(self, kind: str) -> str:
        titles = {"transport": self.tr("Transport"), "meals": self.tr("Meals"),
                  "other": self.tr("Other")}
        return titles.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (r.on.isoformat(), r.person_name, self.kind_title(r.kind),
                      format_cents(r.amount_cents), r.note, r.recorded_by)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(_RIGHT)
        return None

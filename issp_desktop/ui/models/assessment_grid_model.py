"""The assessment grid: one row per trainee, one column per module (two for a typing module:
speed and accuracy). Shows each trainee's latest attempt; what is typed is kept as pending
entries until Save, which writes them all or none.

Typed text is checked at once with the same rules the service applies; a bad value is refused
(``setData`` returns False) and ``refusal`` says why, for the view to show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from issp_desktop.errors import ValidationError
from issp_desktop.services.training_rules import (
    format_accuracy,
    parse_accuracy_bp,
    parse_score,
    parse_wpm,
)
from issp_desktop.services.training_types import (
    AssessmentEntry,
    AssessmentGrid,
    EntryProblem,
    ModuleRow,
)

Index = QModelIndex | QPersistentModelIndex
SCORE, WPM, ACCURACY = "score", "wpm", "accuracy"
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class GridColumn:
    module: ModuleRow
    field: str  # score | wpm | accuracy


class AssessmentGridModel(QAbstractTableModel):
    pending_changed = Signal(int)  # how many cells have unsaved entries

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: AssessmentGrid | None = None
        self.columns: list[GridColumn] = []
        self.pending: dict[tuple[int, int], dict[str, int]] = {}
        self.editable = False
        self.refusal: str | None = None

    # --- loading -----------------------------------------------------------------------------

    def set_grid(self, grid: AssessmentGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.columns = []
        for module in grid.modules if grid is not None else ():
            fields = (WPM, ACCURACY) if module.is_typing else (SCORE,)
            self.columns.extend(GridColumn(module, f) for f in fields)
        self.pending = {}
        self.refusal = None
        self.endResetModel()
        self.pending_changed.emit(0)

    def person_id(self, row: int) -> int:
        assert self.grid is not None
        return self.grid.trainees[row].id

    def trainee_name(self, row: int) -> str:
        return self.grid.trainees[row].name if self.grid is not None else ""

    def column_label(self, column: int) -> str:
        """What the column holds and the minimum to pass, e.g. ``score (≥ 60)``."""
        c = self.columns[column]
        if c.field == WPM:
            return self.tr("words/min (≥ {0})").format(c.module.min_wpm)
        if c.field == ACCURACY:
            return self.tr("accuracy % (≥ {0})").format(format_accuracy(c.module.min_accuracy_bp))
        return self.tr("score (≥ {0})").format(c.module.pass_mark)

    def column_title(self, column: int) -> str:
        return self.tr("{0}: {1}").format(self.columns[column].module.name,
                                          self.column_label(column))

    # --- entries -----------------------------------------------------------------------------

    def entries(self) -> list[AssessmentEntry]:
        """The pending entries as the service takes them."""
        found = []
        for (pid, mid), values in self.pending.items():
            found.append(AssessmentEntry(pid, mid, values.get(SCORE), values.get(WPM),
                                         values.get(ACCURACY)))
        return found

    def incomplete(self) -> list[str]:
        """'Name — Module' for typing cells with only one of speed and accuracy typed."""
        names = {t.id: t.name for t in self.grid.trainees} if self.grid else {}
        modules = {c.module.id: c.module for c in self.columns}
        return [f"{names.get(pid, pid)} — {modules[mid].name}"
                for (pid, mid), values in self.pending.items()
                if modules[mid].is_typing and (WPM in values) != (ACCURACY in values)]

    def describe(self, problem: EntryProblem) -> str:
        names = {t.id: t.name for t in self.grid.trainees} if self.grid else {}
        modules = {c.module.id: c.module.name for c in self.columns}
        return self.tr("{0} — {1}: {2} {3}").format(
            names.get(problem.person_id or 0, problem.person_id),
            modules.get(problem.module_id or 0, problem.module_id), problem.field,
            problem.reason)

    def discard(self) -> None:
        if self.pending:
            self.pending = {}
            self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.pending_changed.emit(len(self.pending))

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.trainees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.column_title(section)
            return f"{self.columns[section].module.name}\n{self.column_label(section)}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return self.trainee_name(section)
        return None

    def _value(self, row: int, column: int) -> tuple[int | None, bool | None, bool]:
        """(value, passed, pending) of one cell: a pending entry, else the latest attempt."""
        assert self.grid is not None
        c = self.columns[column]
        key = (self.grid.trainees[row].id, c.module.id)
        typed = self.pending.get(key, {})
        if c.field in typed:
            return typed[c.field], None, True
        cell = self.grid.cells.get(key)
        if cell is None:
            return None, None, False
        value = {SCORE: cell.score, WPM: cell.wpm, ACCURACY: cell.accuracy_bp}[c.field]
        return value, cell.passed, False

    def _text(self, column: int, value: int | None) -> str:
        if value is None:
            return ""
        return format_accuracy(value) if self.columns[column].field == ACCURACY else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or self.grid is None or not 0 <= index.row() < self.rowCount()
                or not 0 <= index.column() < len(self.columns)):
            return None
        value, passed, pending = self._value(index.row(), index.column())
        text = self._text(index.column(), value)
        if role == Qt.ItemDataRole.DisplayRole:
            if pending:
                return f"{text} •" if text else ""
            if passed is None or not text:
                return text
            return f"{text} ✔" if passed else f"{text} ✘"
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            who = self.trainee_name(index.row())
            if pending:
                return self.tr("{0}: {1} (not saved yet)").format(who, text)
            if passed is None:
                return self.tr("{0}: no result yet").format(who)
            return (self.tr("{0}: passed").format(who) if passed
                    else self.tr("{0}: not passed").format(who))
        if role == Qt.ItemDataRole.FontRole and pending:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_CENTRE)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not self.editable or self.grid is None
                or not index.isValid() or not 0 <= index.column() < len(self.columns)):
            return False
        c = self.columns[index.column()]
        key = (self.grid.trainees[index.row()].id, c.module.id)
        text = str(value if value is not None else "").strip()
        self.refusal = None
        typed = dict(self.pending.get(key, {}))
        if not text:
            typed.pop(c.field, None)
        else:
            parse = {SCORE: parse_score, WPM: parse_wpm, ACCURACY: parse_accuracy_bp}[c.field]
            try:
                typed[c.field] = parse(text)
            except ValidationError as exc:
                self.refusal = self.tr("{0}, {1}: {2}").format(
                    self.trainee_name(index.row()), self.column_title(index.column()),
                    exc.reason)
                return False
        if typed:
            self.pending[key] = typed
        else:
            self.pending.pop(key, None)
        row = index.row()
        first = next(i for i, col in enumerate(self.columns) if col.module.id == c.module.id)
        last = max(i for i, col in enumerate(self.columns) if col.module.id == c.module.id)
        self.dataChanged.emit(self.index(row, first), self.index(row, last))
        self.pending_changed.emit(len(self.pending))
        return True

    def take_refusal(self) -> str | None:
        refusal, self.refusal = self.refusal, None
        return refusal

"""The week grid by keyboard: type a template's code (M, E, N…) to put that shift in every
selected cell, Delete or Backspace to take shifts out, arrows and Shift+arrows to move and
select. Codes longer than one letter are typed in a row (a pause of a second starts over)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from issp_desktop.ui.models.roster_week_model import Cell, RosterWeekModel

TYPING_PAUSE_S = 1.0


class RosterWeekView(QTableView):
    code_typed = Signal(str, list)  # template code, cells
    unassign_requested = Signal(list)  # cells

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editable = True
        self.codes: list[str] = []
        self._typed = ""
        self._typed_at = 0.0

    def week_model(self) -> RosterWeekModel | None:
        model = self.model()
        return model if isinstance(model, RosterWeekModel) else None

    def selected_cells(self) -> list[Cell]:
        model = self.week_model()
        if model is None:
            return []
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        cells = [model.cell_of(i) for i in indexes]
        return sorted({c for c in cells if c is not None})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier))
        if self.editable and plain and self.week_model() is not None:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                cells = self.selected_cells()
                if cells:
                    self.unassign_requested.emit(cells)
                event.accept()
                return
            text = event.text().upper()
            if text.isalnum() and len(text) == 1:
                now = time.monotonic()
                typed = (self._typed if now - self._typed_at < TYPING_PAUSE_S else "") + text
                if not any(c.startswith(typed) for c in self.codes):
                    typed = text  # start over with this key
                self._typed, self._typed_at = typed, now
                longer = [c for c in self.codes if c.startswith(typed) and c != typed]
                if typed in self.codes and not longer:
                    self._typed = ""
                    cells = self.selected_cells()
                    if cells:
                        self.code_typed.emit(typed, cells)
                        self._advance(len(cells) == 1)
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._typed in self.codes:
                typed, self._typed = self._typed, ""
                cells = self.selected_cells()
                if cells:
                    self.code_typed.emit(typed, cells)
                    self._advance(len(cells) == 1)
                event.accept()
                return
        super().keyPressEvent(event)

    def _advance(self, single: bool) -> None:
        """After one cell is filled the cursor moves to the next day, as in a spreadsheet."""
        current = self.currentIndex()
        model = self.model()
        if single and current.isValid() and model is not None and current.column() < 7:
            self.setCurrentIndex(model.index(current.row(), current.column() + 1))

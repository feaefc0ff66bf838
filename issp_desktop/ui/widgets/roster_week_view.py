"""The week grid by keyboard: type a template's code (M, E, N…) to put that shift in every
selected cell, Delete or Backspace to take shifts out, arrows and Shift+arrows to move and
select. Codes longer than one letter are typed in a row (a pause of a second starts over).

Column widths and row heights follow the font in use (``fit_to_font``), so the grid survives
a text size of 200 %: a day's header is two short lines ("Mon" over "30 Nov") and its column
is at least as wide as the longer of them."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from issp_desktop.ui.models.roster_week_model import Cell, RosterWeekModel

TYPING_PAUSE_S = 1.0
DAY_WIDTH = 104  # at the default text size; wider when the text needs it
NAME_WIDTH = 220
ROW_HEIGHT = 24


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

    # --- sizes from the font --------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_to_font)
        self.fit_to_font()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed in Settings
            QTimer.singleShot(0, self.fit_to_font)  # once the header has its new font too

    def fit_to_font(self) -> None:
        """Day columns as wide as their headers' lines and two shift codes, the name column
        about eighteen letters, rows one line high — each never narrower than at 100 %. Longer
        cells (leave, notes, conflicts) elide; their tooltips hold the whole text."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        cells, heads = self.fontMetrics(), header.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        pad = 2 * margin + heads.horizontalAdvance("  ")
        model = self.model()
        lines = [line for c in range(1, 8) if model is not None and model.columnCount() > c
                 for line in str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                 .split("\n")]
        day = max([DAY_WIDTH, cells.horizontalAdvance("M + N") + pad]
                  + [heads.horizontalAdvance(line) + pad for line in lines])
        header.setDefaultSectionSize(day)
        if model is not None and model.columnCount() >= 9:
            for column in range(1, 8):
                header.resizeSection(column, day)
            self.setColumnWidth(0, max(NAME_WIDTH, cells.averageCharWidth() * 18 + pad))
            self.setColumnWidth(8, max(heads.horizontalAdvance(str(model.headerData(
                8, Qt.Orientation.Horizontal) or "")), cells.horizontalAdvance("000.0")) + pad)
        self.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, cells.height() + 8))

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

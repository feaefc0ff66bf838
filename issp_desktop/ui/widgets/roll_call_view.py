"""The roll as a list to mark with one key per trainee: P present, L late, A absent,
E excused; the cursor then moves to the next trainee. Delete or Backspace clears a mark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from issp_desktop.services.training_rules import STATUS_KEYS
from issp_desktop.ui.models.roll_call_model import RollCallModel


class RollCallView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)

    def roll_model(self) -> RollCallModel | None:
        model = self.model()
        return model if isinstance(model, RollCallModel) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.roll_model()
        text = event.text().upper()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier))
        row = self.currentIndex().row()
        if model is not None and plain and row >= 0:
            if text in STATUS_KEYS and model.mark(row, STATUS_KEYS[text]):
                self._go_to(row + 1)
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and model.mark(row,
                                                                                        None):
                event.accept()
                return
        super().keyPressEvent(event)

    def _go_to(self, row: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, 1))
            self.scrollTo(self.currentIndex())

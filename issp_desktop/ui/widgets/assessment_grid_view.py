"""A grid for typing results fast: type a number (editing starts with the first key), Enter
moves down to the next trainee, Tab moves right to the next column. A value the model refuses
keeps the cursor on its cell and ``entry_refused`` says why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from issp_desktop.ui.models.assessment_grid_model import AssessmentGridModel

Index = QModelIndex | QPersistentModelIndex


class GridCellDelegate(QStyledItemDelegate):
    """A plain line editor whose accessible name says whose result and what it is."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("gridCellEditor")
        model = index.model()
        if isinstance(model, AssessmentGridModel):
            editor.setAccessibleName(self.tr("{0}, {1}").format(
                model.trainee_name(index.row()), model.column_title(index.column())))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class AssessmentGridView(QTableView):
    entry_refused = Signal(str)
    entry_accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(GridCellDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)

    def grid_model(self) -> AssessmentGridModel | None:
        model = self.model()
        return model if isinstance(model, AssessmentGridModel) else None

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        model = self.grid_model()
        refusal = model.take_refusal() if model is not None else None
        if refusal is not None:
            # stay on the cell with the bad value: the user types it again
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.entry_refused.emit(refusal)
            return
        super().closeEditor(editor, hint)
        self.entry_accepted.emit()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_down()  # Enter: the next trainee, same column

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab moves right through the cells but lets go of the grid at the last one (and
        Shift+Tab at the first) instead of wrapping round: no keyboard trap."""
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and model is not None:
            last = (current.row() == model.rowCount() - 1
                    and current.column() == model.columnCount() - 1)
            first = current.row() == 0 and current.column() == 0
            if (action == QAbstractItemView.CursorAction.MoveNext and last) or (
                    action == QAbstractItemView.CursorAction.MovePrevious and first):
                return current
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (self.state() != QAbstractItemView.State.EditingState
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.move_down()
            event.accept()
            return
        if (self.state() != QAbstractItemView.State.EditingState
                and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            current = self.currentIndex()
            model = self.grid_model()
            if current.isValid() and model is not None and model.editable:
                model.setData(current, "", Qt.ItemDataRole.EditRole)
                event.accept()
                return
        super().keyPressEvent(event)

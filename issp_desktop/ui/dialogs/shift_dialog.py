"""A note on one shift of the grid (staged with the other edits)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ShiftDialog(QDialog):
    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftDialog")
        self.setWindowTitle(self.tr("Note on a shift"))
        self.note_edit = QLineEdit(note)
        self.note_edit.setObjectName("shiftNote")
        self.note_edit.setMaxLength(300)
        self.note_edit.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(QLabel(title))
        form.addRow(self.tr("&Note:"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def note(self) -> str:
        return self.note_edit.text().strip()

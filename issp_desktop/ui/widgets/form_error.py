"""A red message line under a form, announced to screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FormError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problem"))

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.setText("")

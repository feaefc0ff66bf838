"""Shown instead of the centre's data while nobody is signed in (start, idle lock, sign-out)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LockedPage(QWidget):
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPage")
        self.message = QLabel(self.tr("<h2>ISSP Desktop is locked</h2>"
                                      "Sign in to see and change the centre's records."))
        self.message.setObjectName("lockedMessage")
        self.message.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("&Sign in…"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_in_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setAccessibleName(self.tr("Locked"))

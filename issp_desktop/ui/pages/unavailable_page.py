"""An honest panel for a page whose feature this version does not have yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UnavailablePage(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unavailablePage")
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        body = QLabel(
            self.tr("Not available yet in this version.") + "<br><br>" + explanation
        )
        body.setObjectName("unavailableText")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        self.setAccessibleName(title)

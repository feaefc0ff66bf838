"""A dashboard card: one big figure with a caption under it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

_CENTRE = 0x0084  # Qt.AlignCenter, set by property name to keep start-up light


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("statCard")
        self.setMinimumWidth(150)
        self.value_label = QLabel("…")
        self.value_label.setObjectName("statValue")
        self.value_label.setProperty("alignment", _CENTRE)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(caption)
        self.caption_label.setProperty("alignment", _CENTRE)
        self.caption_label.setWordWrap(True)
        self.note_label = QLabel("")
        self.note_label.setProperty("alignment", _CENTRE)
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("statNote")
        self.note_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.note_label)
        self.setAccessibleName(caption)

    def set_value(self, value: int | None, note: str = "") -> None:
        self.value_label.setText("—" if value is None else f"{value:,}")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        shown = self.value_label.text() if not note else f"{self.value_label.text()} ({note})"
        self.setAccessibleDescription(shown)

    @property
    def value_text(self) -> str:
        return self.value_label.text()

"""Shows a new recovery key once, with a printable PDF sheet; closes only once it is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, *, centre: str, key_id: str, location: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.centre = centre
        self.key_id = key_id
        self.location = location
        self.saved_to: Path | None = None
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = QLabel(self.tr(
            "Print this recovery key or write it down, and keep it locked away from the PC. It "
            "opens the database if the passphrase is forgotten. It is shown only now."))
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("&Save a printable sheet (PDF)…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.kept_box = QCheckBox(self.tr("I have &printed or written down the recovery key"))
        self.kept_box.setObjectName("keptBox")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.kept_box.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)
        self.message = FormError()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.kept_box)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                              "recovery-key.pdf", self.tr("PDF (*.pdf)"))
        return Path(name) if name else None

    def save_pdf(self) -> None:
        from issp_desktop.reports.recovery_key import build_recovery_key_pdf

        target = self.choose_file()
        if target is None:
            return
        try:
            self.saved_to = build_recovery_key_pdf(
                target, centre=self.centre, recovery_key=self.recovery_key,
                key_id=self.key_id, location=self.location)
        except OSError as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.show_message(self.tr("Saved {0}. Print it, then delete the file.")
                                  .format(self.saved_to))

    def reject(self) -> None:
        if self.kept_box.isChecked():
            super().reject()

"""First start with no database: name the centre and choose its locale."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from issp_desktop.domain.centre import CentreSetup, validate_setup
from issp_desktop.errors import ValidationError
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.centre_form import CentreForm


class FirstRunDialog(QDialog):
    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to ISSP Desktop"))
        intro = QLabel(
            self.tr("Set up your centre. ISSP Desktop keeps everything on this PC, in\n{0}")
            .format(location)
        )
        intro.setWordWrap(True)
        self.form = CentreForm()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the centre"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setup: CentreSetup | None = None
        self.form.name_edit.setFocus()
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.setup = validate_setup(self.form.value())
        except ValidationError as exc:
            self.error_label.setText(error_text(exc))
            self.form.name_edit.setFocus()
            return
        super().accept()

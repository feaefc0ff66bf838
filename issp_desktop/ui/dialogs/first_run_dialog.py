"""First start: name the centre, choose its locale, and make the first manager account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Role
from issp_desktop.domain.centre import CentreSetup, validate_setup
from issp_desktop.domain.passwords import check_password, clean_username
from issp_desktop.errors import ValidationError
from issp_desktop.services.users import NewUser
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.centre_form import CentreForm
from issp_desktop.ui.widgets.form_error import FormError


class FirstRunDialog(QDialog):
    def __init__(self, location: str, parent: QWidget | None = None, *,
                 centre_known: CentreSetup | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to ISSP Desktop"))
        intro = QLabel(
            self.tr("Set up your centre. ISSP Desktop keeps everything on this PC, in\n{0}")
            .format(location)
        )
        intro.setWordWrap(True)
        self.form = CentreForm()
        if centre_known is not None:
            self.form.name_edit.setText(centre_known.name)

        account = QGroupBox(self.tr("Your manager account"))
        self.username_edit = QLineEdit("manager")
        self.username_edit.setObjectName("usernameEdit")
        self.display_edit = QLineEdit()
        self.display_edit.setObjectName("displayNameEdit")
        self.display_edit.setPlaceholderText(self.tr("e.g. Grace Wanjirũ"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirmEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        grid = QFormLayout(account)
        grid.addRow(self.tr("&User name:"), self.username_edit)
        grid.addRow(self.tr("Your &name:"), self.display_edit)
        grid.addRow(self.tr("&Password:"), self.password_edit)
        grid.addRow(self.tr("&Repeat password:"), self.confirm_edit)
        for widget, name in ((self.username_edit, self.tr("User name")),
                             (self.display_edit, self.tr("Your name")),
                             (self.password_edit, self.tr("Password")),
                             (self.confirm_edit, self.tr("Repeat password"))):
            widget.setAccessibleName(name)
        note = QLabel(self.tr("The manager can add accounts for supervisors, trainers and the "
                              "payroll clerk later. Keep this password safe: without it "
                              "nobody can manage the centre."))
        note.setWordWrap(True)
        grid.addRow(note)

        self.error_label = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the centre"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(account)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setup: CentreSetup | None = None
        self.manager: NewUser | None = None
        self.form.name_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        try:
            setup = validate_setup(self.form.value())
            name = clean_username(self.username_edit.text())
            password = self.password_edit.text()
            check_password(password, username=name)
            if password != self.confirm_edit.text():
                raise ValidationError("password", "the two passwords are not the same")
        except ValidationError as exc:
            self.error_label.show_message(error_text(exc))
            return
        self.setup = setup
        self.manager = NewUser(name, Role.MANAGER, password, self.display_edit.text())
        super().accept()

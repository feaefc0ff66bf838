"""Add a staff account (manager), or set a temporary password for one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import ROLE_TITLES, STAFF_ROLES, Role
from issp_desktop.domain.passwords import check_password, clean_username
from issp_desktop.errors import ValidationError
from issp_desktop.services.users import NewUser
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError


class UserDialog(QDialog):
    """With ``username`` given, only asks for a new (temporary) password for that account."""

    def __init__(self, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.reset_only = bool(username)
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("Set a temporary password") if username
                            else self.tr("Add a user"))
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setReadOnly(self.reset_only)
        self.display_edit = QLineEdit()
        self.display_edit.setObjectName("displayNameEdit")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        for role in STAFF_ROLES:
            self.role_combo.addItem(self.tr(ROLE_TITLES[role]), role.value)
        self.role_combo.setCurrentIndex(STAFF_ROLES.index(Role.SUPERVISOR))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirmEdit")
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        if not self.reset_only:
            form.addRow(self.tr("&Name:"), self.display_edit)
            form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("R&epeat password:"), self.confirm_edit)
        for widget, name in ((self.username_edit, self.tr("User name")),
                             (self.display_edit, self.tr("Name")),
                             (self.role_combo, self.tr("Role")),
                             (self.password_edit, self.tr("Password")),
                             (self.confirm_edit, self.tr("Repeat password"))):
            widget.setAccessibleName(name)
        self.error_label = FormError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.result_user: NewUser | None = None
        (self.password_edit if self.reset_only else self.username_edit).setFocus()

    def accept(self) -> None:
        try:
            name = clean_username(self.username_edit.text())
            password = self.password_edit.text()
            check_password(password, username=name)
            if password != self.confirm_edit.text():
                raise ValidationError("password", "the two passwords are not the same")
        except ValidationError as exc:
            self.error_label.show_message(error_text(exc))
            return
        self.result_user = NewUser(name, Role(str(self.role_combo.currentData())), password,
                                   self.display_edit.text())
        super().accept()

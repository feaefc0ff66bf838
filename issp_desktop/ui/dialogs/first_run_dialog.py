"""First start: name the centre, choose its locale, and make the first manager account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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
                 centre_known: CentreSetup | None = None, offer_encryption: bool = True,
                 encryption_available: bool | None = None) -> None:
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

        self.encryption_group = QGroupBox(self.tr("Protect the data with a passphrase"))
        self.encryption_group.setObjectName("encryptionGroup")
        if encryption_available is None:
            from issp_desktop.db.crypto import sqlcipher_available

            encryption_available = sqlcipher_available()
        self.encryption_available = encryption_available
        self.encrypt_box = QCheckBox(self.tr("&Encrypt the database (recommended)"))
        self.encrypt_box.setObjectName("encryptBox")
        self.encrypt_box.setChecked(encryption_available)
        self.encrypt_box.setEnabled(encryption_available)
        why = QLabel(self.tr("If this PC or a backup stick is stolen, nobody can read the "
                             "trainees' personal data without the passphrase."))
        why.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Database passphrase"))
        self.passphrase_confirm = QLineEdit()
        self.passphrase_confirm.setObjectName("passphraseConfirm")
        self.passphrase_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_confirm.setAccessibleName(self.tr("Repeat the database passphrase"))
        self.plain_ok_box = QCheckBox(self.tr(
            "Encryption is not available on this PC. I agree to keep the data &unencrypted."))
        self.plain_ok_box.setObjectName("plainOkBox")
        self.plain_ok_box.setVisible(not encryption_available)
        enc = QFormLayout(self.encryption_group)
        enc.addRow(why)
        enc.addRow(self.encrypt_box)
        enc.addRow(self.tr("Pa&ssphrase:"), self.passphrase_edit)
        enc.addRow(self.tr("Repeat pass&phrase:"), self.passphrase_confirm)
        enc.addRow(self.plain_ok_box)
        self.encrypt_box.toggled.connect(self.passphrase_edit.setEnabled)
        self.encrypt_box.toggled.connect(self.passphrase_confirm.setEnabled)
        self.passphrase_edit.setEnabled(self.encrypt_box.isChecked())
        self.passphrase_confirm.setEnabled(self.encrypt_box.isChecked())
        self.encryption_group.setVisible(offer_encryption)
        self.offer_encryption = offer_encryption

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
        layout.addWidget(self.encryption_group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setup: CentreSetup | None = None
        self.manager: NewUser | None = None
        self.passphrase: str | None = None
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
            passphrase = self._passphrase()
        except ValidationError as exc:
            self.error_label.show_message(error_text(exc))
            return
        self.passphrase = passphrase
        self.setup = setup
        self.manager = NewUser(name, Role.MANAGER, password, self.display_edit.text())
        super().accept()

    def _passphrase(self) -> str | None:
        if not self.offer_encryption:
            return None
        if not self.encryption_available:
            if not self.plain_ok_box.isChecked():
                raise ValidationError("encryption", "is not available on this PC: tick the box "
                                      "to keep the data unencrypted")
            return None
        if not self.encrypt_box.isChecked():
            return None
        from issp_desktop.services.encryption import check_passphrase

        passphrase = self.passphrase_edit.text()
        check_passphrase(passphrase)
        if passphrase == self.password_edit.text():
            raise ValidationError("passphrase", "must differ from the manager's password")
        if passphrase != self.passphrase_confirm.text():
            raise ValidationError("passphrase", "the two passphrases are not the same")
        return passphrase

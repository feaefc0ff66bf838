"""Sign in: user name and password, checked on a worker thread (argon2 takes ~0.1 s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Actor
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class LoginDialog(QDialog):
    signed_in = Signal(object)

    def __init__(self, services: Services, runner: TaskRunner, *, centre_name: str = "",
                 hint: str = "", username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — ISSP Desktop"))
        heading = QLabel()
        heading.setObjectName("loginHeading")
        heading.setText(centre_name or self.tr("ISSP Desktop"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("loginHint")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        username = self.username_edit.text()
        password = self.password_edit.text()
        if not username.strip():
            self.error_label.show_message(self.tr("Type your user name."))
            return
        self.ok_button.setEnabled(False)
        self.error_label.show_message(self.tr("Checking…"))
        users = self.services.users
        self.runner.submit(lambda _p, _c: users.login(username, password), write=True,
                           on_done=self._on_login_done, on_error=self._on_login_failed,
                           name="sign in")

    def _on_login_done(self, actor: object) -> None:
        assert isinstance(actor, Actor)
        self.actor = actor
        self.password_edit.clear()
        self.signed_in.emit(actor)
        super().accept()

    def _on_login_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.ok_button.setEnabled(True)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.error_label.show_message(error_text(exc))

"""Change your own password (also required after a manager reset it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class ChangePasswordDialog(QDialog):
    def __init__(self, services: Services, runner: TaskRunner, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change your password"))
        self.current_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        form = QFormLayout()
        for edit, label, name in (
            (self.current_edit, self.tr("&Current password:"), self.tr("Current password")),
            (self.new_edit, self.tr("&New password:"), self.tr("New password")),
            (self.confirm_edit, self.tr("&Repeat new password:"), self.tr("Repeat new password")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            form.addRow(label, edit)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("A manager set a temporary password for you. Choose your own "
                                  "password now (at least 8 characters)."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        current, new = self.current_edit.text(), self.new_edit.text()
        if new != self.confirm_edit.text():
            self.error_label.show_message(self.tr("The two new passwords are not the same."))
            return
        users = self.services.users
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _p, _c: users.change_password(current, new), write=True,
                           on_done=self._on_changed, on_error=self._on_failed,
                           name="change password")

    def _on_changed(self, _result: object) -> None:
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.error_label.show_message(error_text(exc))

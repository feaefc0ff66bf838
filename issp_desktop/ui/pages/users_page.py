"""Users (manager): staff accounts, their roles, temporary passwords and locks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import ROLE_TITLES, STAFF_ROLES
from issp_desktop.services.users import UserRow
from issp_desktop.ui.dialogs.user_dialog import UserDialog
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.flow_row import wrapping
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class UsersPage(QWidget):
    HEADERS = ("User name", "Name", "Role", "Status", "Last sign-in")

    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.runner = runner
        self.rows: list[UserRow] = []
        self.setObjectName("usersPage")
        self.setAccessibleName(self.tr("Users"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.reset_button = QPushButton(self.tr("&Temporary password…"))
        self.active_button = QPushButton(self.tr("Switch o&ff"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        for button, name in ((self.add_button, "addUserButton"),
                             (self.role_button, "changeRoleButton"),
                             (self.reset_button, "resetPasswordButton"),
                             (self.active_button, "activeButton"),
                             (self.unlock_button, "unlockButton")):
            button.setObjectName(name)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.message = FormError()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button,
                       self.active_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(QLabel(self.tr(
            "<h2>Users</h2>Each member of staff signs in with their own account. The role "
            "decides what they see and may change."))))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_services(self, services: Services) -> None:
        self.services = services

    def load(self) -> None:
        self.rows = self.services.users.list()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = self.tr("active") if row.active else self.tr("switched off")
            if row.locked_until is not None:
                status = self.tr("locked")
            if row.must_change_password:
                status += self.tr(", must change password")
            last = (row.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M")
                    if row.last_login_at else "—")
            for c, text in enumerate((row.username, row.display_name,
                                      self.tr(ROLE_TITLES[row.role]), status, last)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_username(self, username: str) -> None:
        for r, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button,
                       self.unlock_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.active_button.setText(self.tr("Switch o&ff") if row.active
                                       else self.tr("Switch o&n"))
            self.unlock_button.setEnabled(row.locked_until is not None)

    def _run(self, work: Callable[[], Any], done_text: str) -> None:
        self.runner.submit(lambda _p, _c: work(), write=True,
                           on_done=lambda _r: self._on_done(done_text),
                           on_error=self._on_failed, name="users")

    def _on_done(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.show_message(text)
        selected = self.selected()
        self.load()
        if selected is not None:
            self.select_username(selected.username)

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.setStyleSheet("color: #b00020;")
        self.message.show_message(error_text(exc))

    def add_user(self) -> None:
        dialog = UserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_user is None:
            return
        new = dialog.result_user
        self._run(lambda: self.services.users.add(new),
                  self.tr("Added {0}.").format(new.username))

    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        titles = [self.tr(ROLE_TITLES[r]) for r in STAFF_ROLES]
        title, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                         self.tr("Role for {0}:").format(row.username),
                                         titles, STAFF_ROLES.index(row.role), False)
        if not ok:
            return
        role = STAFF_ROLES[titles.index(title)]
        self._run(lambda: self.services.users.change_role(row.id, role, row.version),
                  self.tr("{0} is now {1}.").format(row.username, title))

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UserDialog(self, username=row.username)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_user is None:
            return
        password = dialog.result_user.password
        self._run(lambda: self.services.users.reset_password(row.id, password),
                  self.tr("{0} must choose a new password at next sign-in.").format(
                      row.username))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: self.services.users.set_active(row.id, not row.active, row.version),
                  self.tr("Saved."))

    def unlock(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: self.services.users.unlock(row.id),
                  self.tr("{0} is unlocked.").format(row.username))

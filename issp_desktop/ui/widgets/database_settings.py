"""Settings → Database: point this PC at a PostgreSQL server shared by several PCs.

A manager enters the server (host, port, database, user, password) and presses **Test
connection** (run off the GUI thread; it says what it found: the centre's name and schema, an
empty database, or why it cannot connect). **Use this server** saves host, port, database and
user in ``database.json`` in the data folder (``db.server``); the password is never written
there: with "Remember the password on this PC" ticked it goes to PostgreSQL's own password
file for this Windows/Linux user, otherwise it is given with ``ISSP_DB_PASSWORD`` or in the
``--db`` URL. **Use the file on this PC** goes back to the SQLite file. Both take effect at the
next start. Other roles see where the data is, read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.db import server
from issp_desktop.domain.access import Permission
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError


class DatabaseSettings(QGroupBox):
    """Where this PC's ISSP Desktop keeps its data: the SQLite file or a PostgreSQL server."""

    def __init__(self, services: Any, runner: TaskRunner, data_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Database"), parent)
        self.setObjectName("databaseSettings")
        self.services = services
        self.runner = runner
        self._data_dir = data_dir
        self._loaded = False

        self.where = QLabel()
        self.where.setObjectName("databaseWhere")
        self.where.setWordWrap(True)
        self.host = self._line("databaseHost", self.tr("Server name or IP address"))
        self.host.setPlaceholderText(self.tr("e.g. office-pc or 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setObjectName("databasePort")
        self.port.setRange(1, 65535)
        self.port.setValue(server.DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Server port"))
        self.database = self._line("databaseName", self.tr("Database name"))
        self.database.setText("issp")
        self.user = self._line("databaseUser", self.tr("Database user"))
        self.user.setText("issp")
        self.password = self._line("databasePassword", self.tr("Database password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password on this PC"))
        self.remember.setObjectName("databaseRemember")
        self.remember.setToolTip(self.tr(
            "Kept in PostgreSQL's password file for your user on this PC, never in the "
            "settings file. Otherwise give it in ISSP_DB_PASSWORD."))

        form = QFormLayout()
        for text, field in ((self.tr("&Server:"), self.host), (self.tr("P&ort:"), self.port),
                            (self.tr("Data&base:"), self.database),
                            (self.tr("&User:"), self.user),
                            (self.tr("Pass&word:"), self.password)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.remember)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("databaseTestButton")
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("Use this ser&ver"))
        self.use_button.setObjectName("databaseUseButton")
        self.use_button.clicked.connect(self.use_server)
        self.local_button = QPushButton(self.tr("Use the &file on this PC"))
        self.local_button.setObjectName("databaseLocalButton")
        self.local_button.clicked.connect(self.use_local)
        self.result = QLabel()
        self.result.setObjectName("databaseResult")
        self.result.setWordWrap(True)
        self.error = FormError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)

        box = QVBoxLayout(self)
        box.addWidget(self.where)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.result)
        box.addWidget(self.error)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    # --- where things are ----------------------------------------------------------------------

    def data_dir(self) -> Path | None:
        if self._data_dir is not None:
            return self._data_dir
        paths = getattr(self.window(), "paths", None)
        found = getattr(paths, "data_dir", None)
        return found if isinstance(found, Path) else None

    def set_services(self, services: Any) -> None:
        self.services = services
        self.load()

    def can_edit(self) -> bool:
        actor = getattr(self.services, "actor", None)
        return actor is None or bool(actor.can(Permission.CENTRE_EDIT))

    def showEvent(self, event: Any) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        self._loaded = True
        db = getattr(self.services, "db", None)
        if db is not None:
            self.where.setText(self.tr("This PC now uses: {0}").format(db.location))
        folder = self.data_dir()
        saved = server.load_settings(folder) if folder is not None else None
        if saved is not None:
            self.host.setText(saved.host)
            self.port.setValue(saved.port)
            self.database.setText(saved.database)
            self.user.setText(saved.user)
        editable = self.can_edit()
        for widget in (self.host, self.port, self.database, self.user, self.password,
                       self.remember, self.use_button, self.local_button):
            widget.setEnabled(editable)
        if not editable:
            self.result.setText(self.tr("Only a manager can change where the data is kept."))

    def settings(self) -> server.ServerSettings:
        return server.ServerSettings(self.host.text().strip(), self.port.value(),
                                     self.database.text().strip(), self.user.text().strip(),
                                     self.password.text())

    def _checked(self) -> server.ServerSettings | None:
        settings = self.settings()
        problems = settings.problems()
        if problems:
            field, reason = next(iter(problems.items()))
            self.error.show_message(self.tr("{0}: {1}").format(field, reason))
            {"host": self.host, "port": self.port, "database": self.database,
             "user": self.user}[field].setFocus()
            return None
        self.error.clear_message()
        return settings

    # --- actions ---------------------------------------------------------------------------------

    def test(self) -> None:
        settings = self._checked()
        if settings is None:
            return
        self.result.setText(self.tr("Connecting to {0}…").format(settings.location))
        self.test_button.setEnabled(False)
        url = settings.url()
        self.runner.submit(lambda _p, _c: server.test_connection(url),
                           on_done=self._on_tested, on_error=self._on_test_failed,
                           name="test the database connection")

    def _on_tested(self, outcome: object) -> None:
        self.test_button.setEnabled(True)
        assert isinstance(outcome, server.ConnectionTest)
        if outcome.ok:
            self.error.clear_message()
            self.result.setText(outcome.message)
        else:
            self.result.setText("")
            self.error.show_message(outcome.message)

    def _on_test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.error.show_message(str(exc))

    def use_server(self) -> None:
        settings = self._checked()
        folder = self.data_dir()
        if settings is None or folder is None:
            return
        try:
            server.save_settings(folder, settings)
            if self.remember.isChecked() and settings.password:
                server.remember_password(settings)
        except OSError as exc:
            self.error.show_message(self.tr("The settings could not be saved: {0}").format(exc))
            return
        self.password.clear()
        self.result.setText(self.tr(
            "Saved. From the next start this PC uses {0}. To bring this centre's data there "
            "first, run: issp db migrate-to postgresql://USER@SERVER/DATABASE").format(
                settings.location))

    def use_local(self) -> None:
        folder = self.data_dir()
        if folder is None:
            return
        try:
            server.save_settings(folder, None)
        except OSError as exc:
            self.error.show_message(self.tr("The settings could not be saved: {0}").format(exc))
            return
        self.error.clear_message()
        self.result.setText(self.tr("Saved. From the next start this PC uses its own file."))

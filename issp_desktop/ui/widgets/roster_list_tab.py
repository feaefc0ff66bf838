"""What the leave, downtime and template tabs share: a table, a row of buttons, a message line,
loading off the GUI thread, and edit buttons shown only to roles that may plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import ERROR_STYLE, OK_STYLE
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class RosterListTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner, model: Any, name: str,
                 accessible: str) -> None:
        super().__init__()
        self.services, self.roster, self.runner = services, services.roster, runner
        self.can_edit = services.actor.can(Permission.ROSTER_EDIT)
        self.model = model
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName(name)
        self.table.setAccessibleName(accessible)
        self.table.setModel(model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.top = QHBoxLayout()
        self.buttons = QHBoxLayout()
        self.edit_buttons: list[QPushButton] = []
        self.message = FormError()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)

    def add_button(self, text: str, name: str, slot: Any, *, edit: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if edit:
            self.edit_buttons.append(button)
            button.setVisible(self.can_edit)
        return button

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def fetch(self) -> Any:
        raise NotImplementedError

    def load(self) -> None:
        self.runner.submit(self.fetch(), on_done=self.model.set_rows,
                           on_error=lambda e: self.say(error_text(e), ok=False),
                           name=type(self).__name__)

    def run_write(self, work: Any, done_text: str) -> None:
        def done(_result: object) -> None:
            self.say(done_text, ok=True)
            self.load()

        self.runner.submit(work, write=True, on_done=done,
                           on_error=lambda e: self.say(error_text(e), ok=False))

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.show_message(text)

"""Clients & projects: the clients with their projects, add and edit dialogs (hidden for roles
without DELIVERABLES_EDIT)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.deliverables import fmt_bp
from issp_desktop.services.deliverables_types import ClientRow, ProjectRow
from issp_desktop.ui.widgets.deliverables_forms import money_text
from issp_desktop.ui.widgets.flow_row import FlowRow

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ClientProjectsView(QWidget):
    changed = Signal()

    def __init__(self, deliverables: DeliverablesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientProjects")
        self.deliverables = deliverables
        self.clients: list[ClientRow] = []
        self.projects: list[ProjectRow] = []
        self.client_table = _table("clientTable", [
            self.tr("Client"), self.tr("Country"), self.tr("Currency"), self.tr("Projects"),
            self.tr("Open batches"), self.tr("Contact")])
        self.client_table.setAccessibleName(self.tr("Clients"))
        self.project_table = _table("projectTable", [
            self.tr("Project"), self.tr("Unit"), self.tr("Price per unit"),
            self.tr("Piece rate (KES)"), self.tr("Accuracy target %"), self.tr("QA sample %"),
            self.tr("Turnaround (days)"), self.tr("Active")])
        self.project_table.setAccessibleName(self.tr("Projects of the chosen client"))
        self.buttons: dict[str, QPushButton] = {}
        row = FlowRow()
        for key, text in (("new_client", self.tr("New &client…")),
                          ("edit_client", self.tr("&Edit client…")),
                          ("new_project", self.tr("New &project…")),
                          ("edit_project", self.tr("Edit p&roject…"))):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setVisible(deliverables.actor.can(Permission.DELIVERABLES_EDIT))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.projects_label = QLabel(self.tr("Projects"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.client_table, 1)
        layout.addWidget(self.projects_label)
        layout.addWidget(self.project_table, 1)
        self.client_table.currentCellChanged.connect(self._on_client_changed)
        self.buttons["new_client"].clicked.connect(lambda: self._client_dialog(None))
        self.buttons["edit_client"].clicked.connect(
            lambda: self._client_dialog(self.current_client()))
        self.buttons["new_project"].clicked.connect(lambda: self._project_dialog(None))
        self.buttons["edit_project"].clicked.connect(
            lambda: self._project_dialog(self.current_project()))
        self.open_dialog = self._exec
        self.reload()

    @staticmethod
    def _exec(dialog: Any) -> None:
        dialog.exec()

    def current_client(self) -> ClientRow | None:
        r = self.client_table.currentRow()
        return self.clients[r] if 0 <= r < len(self.clients) else None

    def current_project(self) -> ProjectRow | None:
        r = self.project_table.currentRow()
        return self.projects[r] if 0 <= r < len(self.projects) else None

    def reload(self, select_client: int | None = None) -> None:
        keep = select_client or (self.current_client().id if self.current_client() else None)
        self.clients = self.deliverables.list_clients()
        self.client_table.setRowCount(len(self.clients))
        for r, c in enumerate(self.clients):
            for col, value in enumerate((c.name, c.country, c.currency, str(c.projects),
                                         str(c.open_batches), c.contact)):
                self.client_table.setItem(r, col, QTableWidgetItem(value))
        self.client_table.resizeColumnsToContents()
        index = next((i for i, c in enumerate(self.clients) if c.id == keep), 0)
        if self.clients:
            self.client_table.setCurrentCell(index, 0)
        self._on_client_changed()

    def _on_client_changed(self, *_args: int) -> None:
        client = self.current_client()
        self.projects = self.deliverables.list_projects(client.id) if client else []
        self.projects_label.setText(self.tr("Projects of {0}").format(client.name) if client
                                    else self.tr("Projects"))
        self.project_table.setRowCount(len(self.projects))
        for r, p in enumerate(self.projects):
            active = p.active_from.isoformat() + (f" – {p.active_to.isoformat()}"
                                                  if p.active_to else " –")
            for col, value in enumerate((
                    p.name, p.unit, f"{p.currency} {money_text(p.price_per_unit_cents)}",
                    money_text(p.piece_rate_cents) or "—", fmt_bp(p.accuracy_target_bp),
                    fmt_bp(p.qa_sample_bp), str(p.turnaround_days), active)):
                self.project_table.setItem(r, col, QTableWidgetItem(value))
        self.project_table.resizeColumnsToContents()
        if self.projects:
            self.project_table.setCurrentCell(0, 0)

    def _client_dialog(self, client: ClientRow | None) -> None:
        from issp_desktop.ui.dialogs.client_dialog import ClientDialog

        dialog = ClientDialog(self.deliverables, client, self)
        dialog.saved.connect(self._on_saved_client)
        self.open_dialog(dialog)

    def _project_dialog(self, project: ProjectRow | None) -> None:
        from issp_desktop.ui.dialogs.project_dialog import ProjectDialog

        client = self.current_client()
        dialog = ProjectDialog(self.deliverables, self.clients, project,
                               client.id if client else None, self)
        dialog.saved.connect(lambda row: self._on_saved_client_id(row.client_id))
        self.open_dialog(dialog)

    def _on_saved_client(self, row: ClientRow) -> None:
        self._on_saved_client_id(row.id)

    def _on_saved_client_id(self, client_id: int) -> None:
        self.reload(client_id)
        self.changed.emit()

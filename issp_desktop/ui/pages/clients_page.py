"""Clients & Work: the batches board with each batch's detail, clients and projects, work logs
(typed in or imported), productivity per worker, client delivery reports, and the quality
settings (minimum QA sample, error categories)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from issp_desktop.domain.access import Permission
from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services


class ClientsPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self.services = services
        self.runner = runner
        layout = QVBoxLayout(self)
        if services is None or not services.actor.can(Permission.DELIVERABLES_VIEW):
            layout.addWidget(QLabel(self.tr("Your role may not see clients' work.")))
            return
        from issp_desktop.ui.widgets.batch_board_view import BatchBoardView
        from issp_desktop.ui.widgets.client_projects_view import ClientProjectsView
        from issp_desktop.ui.widgets.deliverables_report_view import DeliveryReportView
        from issp_desktop.ui.widgets.productivity_view import ProductivityView
        from issp_desktop.ui.widgets.qa_settings_view import QaSettingsView
        from issp_desktop.ui.widgets.worklog_import_view import WorkLogImportView

        d = services.deliverables
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientsTabs")
        self.board = BatchBoardView(d, self)
        self.clients = ClientProjectsView(d, self)
        self.worklogs = WorkLogImportView(d, runner, self)
        self.reports = DeliveryReportView(d, runner, self)
        self.tabs.addTab(self.board, self.tr("&Batches"))
        self.tabs.addTab(self.clients, self.tr("Clients && &projects"))
        self.tabs.addTab(self.worklogs, self.tr("&Work logs"))
        self.productivity: ProductivityView | None = None
        self._productivity_host = QWidget()
        QVBoxLayout(self._productivity_host)
        self.tabs.addTab(self._productivity_host, self.tr("P&roductivity"))
        self.tabs.addTab(self.reports, self.tr("&Reports"))
        self.quality = QaSettingsView(d, self)
        self.tabs.addTab(self.quality, self.tr("&Quality settings"))
        layout.addWidget(self.tabs)
        self.clients.changed.connect(self._on_clients_changed)
        self.quality.changed.connect(self._on_quality_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _on_clients_changed(self) -> None:
        self.board.load_filters()
        self.reports.load_clients()

    def _on_quality_changed(self) -> None:
        shown = self.board.detail.detail
        if shown is not None:  # the proposed sample may have changed
            self.board.detail.show_batch(shown.batch.id)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._productivity_host and self.productivity is None:
            from issp_desktop.ui.widgets.productivity_view import ProductivityView

            assert self.services is not None
            self.productivity = ProductivityView(self.services.deliverables, parent=self)
            layout = self._productivity_host.layout()
            assert layout is not None
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.productivity)
        elif self.tabs.widget(index) is self.board:
            self.board.model.reload()
        elif self.tabs.widget(index) is self.quality:
            self.quality.reload()

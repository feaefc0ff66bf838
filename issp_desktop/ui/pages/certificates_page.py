"""Certificates: issue, preview and print per cohort, the register, verify, revoke, badges,
and the templates and signing key. Verify is open to everybody; issuing, revoking and the
settings need the certificates permission (the services refuse anyway)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from issp_desktop.domain.access import Permission
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.badge_tab import BadgeTab
from issp_desktop.ui.widgets.branding_tab import BrandingTab
from issp_desktop.ui.widgets.certificate_issue_tab import CertificateIssueTab
from issp_desktop.ui.widgets.certificate_register_tab import CertificateRegisterTab
from issp_desktop.ui.widgets.verify_tab import VerifyTab

if TYPE_CHECKING:
    from issp_desktop.services import Services


class CertificatesPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.runner = runner
        self.setObjectName("certificatesPage")
        self.setAccessibleName(self.tr("Certificates"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("certificateTabs")
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Certificates</h2>Progress and skill certificates "
                                        "that anyone can check offline, and ID badges.")))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _build_tabs(self) -> None:
        self.issue_tab = CertificateIssueTab(self.services, self.runner)
        self.register_tab = CertificateRegisterTab(self.services, self.runner)
        self.verify_tab = VerifyTab(self.services, self.runner)
        self.badge_tab = BadgeTab(self.services, self.runner)
        self.branding_tab = BrandingTab(self.services, self.runner)
        self.issue_tab.issued.connect(lambda _r: self.register_tab.load())
        self.tabs.clear()
        self.tabs.addTab(self.issue_tab, self.tr("&Issue"))
        self.tabs.addTab(self.register_tab, self.tr("&Register"))
        self.tabs.addTab(self.verify_tab, self.tr("&Verify"))
        self.tabs.addTab(self.badge_tab, self.tr("&Badges"))
        self.tabs.addTab(self.branding_tab, self.tr("&Templates && signing"))

    def set_services(self, services: Services) -> None:
        self.services = services
        self._build_tabs()

    def apply_permissions(self) -> None:
        actor = self.services.actor
        self.tabs.setTabVisible(self.tabs.indexOf(self.badge_tab),
                                actor.can(Permission.PEOPLE_VIEW))
        self.tabs.setTabVisible(self.tabs.indexOf(self.branding_tab),
                                actor.can(Permission.TRAINING_VIEW))

    def load(self) -> None:
        self.apply_permissions()
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _on_tabs_current_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        loader = getattr(tab, "load", None)
        if loader is not None:
            loader()

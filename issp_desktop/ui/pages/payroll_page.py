"""Payroll: pay periods, the per-person table with how each figure was worked out, pay terms,
adjustments, payslips, the payroll register and payment files.

Three tabs: the month's work (periods and payslips), pay terms, and payroll settings. Roles
without the payroll-edit permission see the figures but no buttons that change them; the page
itself is only listed for roles that may see pay (supervisors and trainers never do)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.flow_row import wrapping
from issp_desktop.ui.widgets.pay_terms_tab import PayTermsTab
from issp_desktop.ui.widgets.payroll_periods_tab import PayrollPeriodsTab
from issp_desktop.ui.widgets.payroll_settings_tab import PayrollSettingsTab

if TYPE_CHECKING:
    from issp_desktop.services import Services


class PayrollPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.runner = runner
        self.setObjectName("payrollPage")
        self.setAccessibleName(self.tr("Payroll"))
        self.periods_tab = PayrollPeriodsTab(services, runner)
        self.terms_tab = PayTermsTab(services, runner)
        self.settings_tab = PayrollSettingsTab(services, runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("payrollTabs")
        self.tabs.addTab(self.periods_tab, self.tr("Pay periods"))
        self.tabs.addTab(self.terms_tab, self.tr("Pay terms"))
        self.tabs.addTab(self.settings_tab, self.tr("Settings"))
        self.tabs.currentChanged.connect(self._on_tabs_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(QLabel(self.tr(
            "<h2>Payroll</h2>Run the month from attendance and accepted work, check it, close "
            "it, print payslips and pay."))))
        layout.addWidget(self.tabs, 1)

    def set_services(self, services: Services) -> None:
        self.services = services
        for tab in (self.periods_tab, self.terms_tab, self.settings_tab):
            tab.services = services

    def load(self) -> None:
        self.tabs.currentWidget().load()  # type: ignore[attr-defined]

    def _on_tabs_changed(self, _index: int) -> None:
        self.load()

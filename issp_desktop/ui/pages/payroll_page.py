"""Payroll: pay periods, the per-person table with how each figure was worked out, pay terms,
adjustments, payslips, the payroll register and payment files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services


class PayrollPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner

"""Audit trail (manager): who changed what and when, and proof that nothing was altered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.audit import AuditFilter, VerifyResult
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.audit_model import AuditModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.flow_row import wrapping

if TYPE_CHECKING:
    from issp_desktop.services import Services


class AuditPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.runner = runner
        self.setObjectName("auditPage")
        self.setAccessibleName(self.tr("Audit trail"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("auditSearch")
        self.search_edit.setPlaceholderText(self.tr("Filter by user, action or record…"))
        self.search_edit.setAccessibleName(self.tr("Filter the audit trail"))
        self.search_edit.setClearButtonEnabled(True)
        self.verify_button = QPushButton(self.tr("&Verify the trail"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.verify_label = QLabel()
        self.verify_label.setObjectName("verifyResult")
        self.verify_label.setWordWrap(True)
        self.model = AuditModel(services, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 100, 170, 110, 220)):
            self.table.setColumnWidth(column, width)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.load)
        self.search_edit.textChanged.connect(self._debounce.start)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(QLabel(self.tr(
            "<h2>Audit trail</h2>Every change anybody made, newest first. Entries can never be "
            "changed or removed; Verify proves it."))))
        layout.addLayout(top)
        layout.addWidget(self.verify_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def set_services(self, services: Services) -> None:
        self.services = services
        self.model.services = services

    def load(self) -> None:
        try:
            self.model.reload(AuditFilter(text=self.search_edit.text()))
        except Exception as exc:  # shown, never a traceback
            self.count_label.setText(error_text(exc))
            return
        self.count_label.setText(self.tr("{0} entries").format(f"{self.model.total:,}"))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Checking every entry…"))
        audit = self.services.audit
        self.runner.submit(lambda _p, _c: audit.verify(), on_done=self._on_verified,
                           on_error=self._on_verify_failed, name="verify audit")

    def _on_verified(self, result: Any) -> None:
        assert isinstance(result, VerifyResult)
        self.verify_button.setEnabled(True)
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b5e20;")
            self.verify_label.setText(self.tr(
                "✔ Intact: all {0} entries check out; nothing was changed or removed."
            ).format(f"{result.checked:,}"))
        else:
            self.verify_label.setStyleSheet("color: #b00020;")
            self.verify_label.setText(self.tr(
                "✘ Broken at entry {0}: {1}. The {2} entries before it check out."
            ).format(result.first_broken_id, result.reason, f"{result.checked:,}"))

    def _on_verify_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.verify_button.setEnabled(True)
        self.verify_label.setText(error_text(exc))

"""Reports: a client's delivery report for a date range, saved as PDF or XLSX in the
background (progress with Cancel)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.reports.delivery_report import money
from issp_desktop.services.deliverables_types import DeliveryReport
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.deliverables_forms import date_edit, to_date
from issp_desktop.ui.widgets.flow_row import wrapping
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class DeliveryReportView(QWidget):
    def __init__(self, deliverables: DeliverablesService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryReports")
        self.deliverables = deliverables
        self.runner = runner
        self.client_combo = QComboBox()
        self.client_combo.setObjectName("reportClient")
        today = date.today()
        first = today.replace(day=1)
        self.from_edit = date_edit((first - timedelta(days=1)).replace(day=1), "reportFrom")
        self.to_edit = date_edit(first - timedelta(days=1), "reportTo")
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("reportFormat")
        self.format_combo.addItem("PDF", ".pdf")
        self.format_combo.addItem("Excel (XLSX)", ".xlsx")
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.setObjectName("reportSave")
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.error = FormError(self)
        form = QFormLayout()
        for label, widget in ((self.tr("&Client:"), self.client_combo),
                              (self.tr("&From:"), self.from_edit),
                              (self.tr("&To:"), self.to_edit),
                              (self.tr("F&ormat:"), self.format_combo)):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(QLabel(self.tr(
            "The delivery report lists the client's batches delivered in the period: units, "
            "dates, on time or late, accuracy, and the invoice total (accepted units × price)."))))
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.pick_path = self._pick
        self.load_clients()

    def load_clients(self) -> None:
        self.client_combo.clear()
        for c in self.deliverables.list_clients():
            self.client_combo.addItem(f"{c.name} ({c.currency})", c.id)

    def _pick(self, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, self.tr("Save the delivery report"),
                                           suggested)[0]

    def _on_save_clicked(self) -> None:
        client_id = self.client_combo.currentData()
        if client_id is None:
            self.error.show_message(self.tr("Add a client first."))
            return
        start, end = to_date(self.from_edit.date()), to_date(self.to_edit.date())
        suffix = self.format_combo.currentData()
        name = self.client_combo.currentText().split(" (")[0].replace(" ", "-")
        chosen = self.pick_path(f"delivery-{name}-{start:%Y-%m}{suffix}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(suffix)
        self.error.clear_message()
        run_with_progress(self.runner, self, self.tr("Writing the delivery report…"),
                          lambda p, c: self.deliverables.write_delivery_report(
                              client_id, start, end, path, progress=p, cancelled=c),
                          write=True, on_done=lambda r: self._on_done(r, path),
                          on_error=lambda exc: self.error.show_message(error_text(exc)))

    def _on_done(self, report: DeliveryReport, path: Path) -> None:
        self.status.setText(self.tr("Saved {0}: {1} batches, {2} on time, total {3} {4}.")
                            .format(path, len(report.lines), report.on_time, report.currency,
                                    money(report.total_cents)))

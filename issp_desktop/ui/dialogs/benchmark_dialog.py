"""Add a dated benchmark row (minimum wage, living wage or poverty line). Rows are never
edited: the newest in force applies, so a correction is a new row."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.people import parse_amount_cents
from issp_desktop.errors import IsspError, ValidationError
from issp_desktop.services.impact import ImpactService
from issp_desktop.services.impact_types import BENCHMARK_TITLES, BenchmarkInput, BenchmarkRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError


class BenchmarkDialog(QDialog):
    def __init__(self, impact: ImpactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.impact = impact
        self.saved: BenchmarkRow | None = None
        self.setObjectName("benchmarkDialog")
        self.setWindowTitle(self.tr("Add a benchmark"))
        self.kind = QComboBox()
        self.kind.setObjectName("benchmarkKind")
        for kind, title in BENCHMARK_TITLES.items():
            self.kind.addItem(self.tr(title), str(kind))
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setObjectName("benchmarkFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.amount = QLineEdit()
        self.amount.setObjectName("benchmarkAmount")
        self.amount.setPlaceholderText(self.tr("per month, e.g. 16,113.75"))
        self.currency = QLineEdit("KES")
        self.currency.setObjectName("benchmarkCurrency")
        self.currency.setMaxLength(3)
        self.area = QLineEdit()
        self.area.setObjectName("benchmarkArea")
        self.area.setPlaceholderText(self.tr("where it applies, e.g. Nairobi"))
        self.source = QLineEdit()
        self.source.setObjectName("benchmarkSource")
        self.source.setPlaceholderText(self.tr("publication, legal notice or survey"))
        self.source_date = QLineEdit()
        self.source_date.setObjectName("benchmarkSourceDate")
        self.source_date.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.note = QLineEdit()
        self.note.setObjectName("benchmarkNote")
        form = QFormLayout()
        for label, widget in ((self.tr("&Benchmark"), self.kind),
                              (self.tr("In force &from"), self.effective),
                              (self.tr("&Amount a month"), self.amount),
                              (self.tr("&Currency"), self.currency),
                              (self.tr("Applies &to"), self.area),
                              (self.tr("&Source"), self.source),
                              (self.tr("Source &date"), self.source_date),
                              (self.tr("&Note"), self.note)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("benchmarkButtons")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> BenchmarkInput:
        from issp_desktop.domain.people import parse_date

        raw_date = self.source_date.text().strip()
        if not self.amount.text().strip():
            raise ValidationError("amount", "enter the amount a month")
        return BenchmarkInput(
            kind=self.kind.currentData(), effective_from=self.effective.date().toPython(),
            amount_cents=parse_amount_cents("amount", self.amount.text()),
            currency=self.currency.text(), area=self.area.text(), source=self.source.text(),
            source_date=parse_date("source_date", raw_date) if raw_date else None,
            note=self.note.text())

    def _on_buttons_accepted(self) -> None:
        try:
            self.saved = self.impact.add_benchmark(self.value())
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self.accept()

"""Payroll settings: the rule pack and its dated versions (a new version from a JSON file or
edited text, never an in-place change), the period kind, the hour and day divisors, the M-Pesa
file's columns, and the minimum-wage table (new dated rows, or the shipped Kenyan table)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.payroll import money
from issp_desktop.domain.payroll_periods import MPESA_FIELDS, parse_mpesa_columns
from issp_desktop.domain.people import parse_amount_cents
from issp_desktop.errors import ValidationError
from issp_desktop.services.payroll_types import MinimumWageInput, PayrollSettingsInput
from issp_desktop.services.rule_packs import shipped_codes
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.payroll_models import SimpleModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.flow_row import FlowRow, wrapping
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.payroll_periods_tab import _table

if TYPE_CHECKING:
    from issp_desktop.services import Services


class PayrollSettingsTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("payrollSettingsTab")
        self.version = 1
        self.pack = QComboBox()
        self.pack.setObjectName("packCode")
        self.pack.setAccessibleName(self.tr("Rule pack"))
        self.pack.addItems(list(shipped_codes()))
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.setAccessibleName(self.tr("Pay period"))
        for k in ("monthly", "weekly", "fortnightly"):
            self.kind.addItem(self.tr(k), k)
        self.hours = QSpinBox()
        self.hours.setObjectName("hoursPerMonth")
        self.hours.setRange(100, 300)
        self.hours.setAccessibleName(self.tr("Hours a month (hourly rate = monthly ÷ this)"))
        self.days = QSpinBox()
        self.days.setObjectName("daysPerMonth")
        self.days.setRange(15, 31)
        self.days.setAccessibleName(self.tr("Working days a month"))
        self.columns = QLineEdit()
        self.columns.setObjectName("mpesaColumns")
        self.columns.setAccessibleName(self.tr("M-Pesa file columns"))
        self.columns.setToolTip(self.tr("JSON [[header, field], …]; fields: {0}").format(
            ", ".join(MPESA_FIELDS)))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Rule pack"), self.pack)
        form.addRow(self.tr("Pay period"), self.kind)
        form.addRow(self.tr("Hours a month"), self.hours)
        form.addRow(self.tr("Working days a month"), self.days)
        form.addRow(self.tr("M-Pesa columns"), self.columns)
        form.addRow("", self.save_button)
        general = QGroupBox(self.tr("Payroll"))
        general.setLayout(form)
        self.versions_model = SimpleModel(("From", "Label", "Origin"), lambda v: (
            v.effective_from.isoformat(), v.label, v.origin), self)
        self.versions = _table("packVersionTable", self.tr("Rule pack versions"))
        self.versions.setModel(self.versions_model)
        self.version_text = QPlainTextEdit()
        self.version_text.setObjectName("packVersionText")
        self.version_text.setTabChangesFocus(True)  # Tab moves on, never a trap
        self.version_text.setAccessibleName(self.tr("A new version as JSON"))
        self.version_text.setPlaceholderText(self.tr("Copy a version, change its date and "
                                                     "figures, then add it"))
        self.copy_button = QPushButton(self.tr("&Copy the chosen version"))
        self.copy_button.setObjectName("copyVersionButton")
        self.copy_button.clicked.connect(self.copy_version)
        self.file_button = QPushButton(self.tr("From a JSON &file…"))
        self.file_button.setObjectName("versionFileButton")
        self.file_button.clicked.connect(self.version_from_file)
        self.add_version_button = QPushButton(self.tr("&Add as a new dated version"))
        self.add_version_button.setObjectName("addVersionButton")
        self.add_version_button.clicked.connect(self.add_version)
        vbuttons = FlowRow()
        for b in (self.copy_button, self.file_button, self.add_version_button):
            vbuttons.addWidget(b)
        packs = QGroupBox(self.tr("Rule pack versions"))
        pv = QVBoxLayout(packs)
        pv.addWidget(wrapping(QLabel(self.tr("Never edited: a change is a new dated version."))))
        pv.addWidget(self.versions, 1)
        pv.addLayout(vbuttons)
        pv.addWidget(self.version_text, 1)
        self.wages_model = SimpleModel(("Category", "Location", "From", "Monthly", "Hourly",
                                        "Source"), lambda w: (
            w.category, w.location, w.effective_from.isoformat(), money(w.monthly_cents),
            "" if w.hourly_cents is None else money(w.hourly_cents), w.source), self)
        self.wages = _table("minimumWageTable", self.tr("Minimum wages"))
        self.wages.setModel(self.wages_model)
        self.wage_category = QLineEdit()
        self.wage_category.setObjectName("wageCategory")
        self.wage_category.setAccessibleName(self.tr("Job category"))
        self.wage_category.setPlaceholderText(self.tr("Category"))
        self.wage_location = QLineEdit()
        self.wage_location.setObjectName("wageLocation")
        self.wage_location.setAccessibleName(self.tr("Location"))
        self.wage_location.setPlaceholderText(self.tr("Location"))
        self.wage_from = QDateEdit(QDate.currentDate())
        self.wage_from.setObjectName("wageFrom")
        self.wage_from.setDisplayFormat("yyyy-MM-dd")
        self.wage_from.setAccessibleName(self.tr("In force from"))
        self.wage_monthly = QLineEdit()
        self.wage_monthly.setObjectName("wageMonthly")
        self.wage_monthly.setAccessibleName(self.tr("Monthly minimum"))
        self.wage_monthly.setPlaceholderText(self.tr("Monthly"))
        self.wage_source = QLineEdit()
        self.wage_source.setObjectName("wageSource")
        self.wage_source.setAccessibleName(self.tr("Source (Legal Notice)"))
        self.wage_source.setPlaceholderText(self.tr("Source, e.g. Legal Notice 164 of 2024"))
        self.add_wage_button = QPushButton(self.tr("Add &row"))
        self.add_wage_button.setObjectName("addWageButton")
        self.add_wage_button.clicked.connect(self.add_wage)
        self.load_wages_button = QPushButton(self.tr("&Load the Kenyan table"))
        self.load_wages_button.setObjectName("loadWagesButton")
        self.load_wages_button.clicked.connect(self.load_wages)
        wrow = FlowRow()
        for w in (self.wage_category, self.wage_location, self.wage_from, self.wage_monthly,
                  self.wage_source, self.add_wage_button, self.load_wages_button):
            wrow.addWidget(w)
        wages = QGroupBox(self.tr("Minimum wages"))
        wv = QVBoxLayout(wages)
        wv.addWidget(wrapping(QLabel(self.tr(
            "Dated: the newest row up to a period's end applies."))))
        wv.addWidget(self.wages, 1)
        wv.addLayout(wrow)
        self.message = FormError()
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(packs, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(wages, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        layout.addWidget(wrapping(QLabel(self.tr("Stipends are not wages: stipend terms take "
                                                 "no statutory deductions unless ticked."))))

    def _can(self) -> bool:
        return self.services.actor.can(Permission.PAYROLL_EDIT)

    def load(self) -> None:
        edit = self._can()
        for w in (self.save_button, self.add_version_button, self.file_button,
                  self.add_wage_button, self.load_wages_button):
            w.setVisible(edit)
        payroll = self.services.payroll
        self.runner.submit(lambda _p, _c: (payroll.settings(), payroll.pack_versions(),
                                           payroll.minimum_wages()),
                           on_done=self._on_loaded, on_error=self._on_error, name="settings")

    def _on_error(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))

    def _on_loaded(self, found: Any) -> None:
        settings, versions, wages = found
        self.version = settings.version
        self.pack.setCurrentText(settings.pack_code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.period_kind)))
        self.hours.setValue(settings.hours_per_month)
        self.days.setValue(settings.days_per_month)
        self.columns.setText(json.dumps([list(c) for c in settings.mpesa_columns],
                                        ensure_ascii=False))
        self.versions_model.set_rows(versions)
        self.wages_model.set_rows(wages)

    def _do(self, fn: Any, done: str) -> None:
        try:
            fn()
        except Exception as exc:  # shown on the tab; nothing was saved
            self._on_error(exc)
            return
        self.message.clear_message()
        self.message.setText(done)
        self.load()

    def save(self) -> None:
        def go() -> None:
            columns = parse_mpesa_columns(self.columns.text())
            self.services.payroll.save_settings(PayrollSettingsInput(
                self.pack.currentText(), str(self.kind.currentData()), self.hours.value(),
                self.days.value(), columns), self.version)
        self._do(go, self.tr("Settings saved."))

    def copy_version(self) -> None:
        rows = self.versions.selectionModel().selectedRows()
        row = self.versions_model.rows[rows[0].row()] if rows else (
            self.versions_model.rows[0] if self.versions_model.rows else None)
        if row is None:
            return
        try:
            self.version_text.setPlainText(self.services.payroll.pack_version_json(
                row.effective_from, row.pack_code))
        except Exception as exc:  # shown on the tab
            self._on_error(exc)

    def version_from_file(self) -> None:
        path = QFileDialog.getOpenFileName(self, self.tr("A rule pack version"), "",
                                           self.tr("JSON (*.json)"))[0]
        if path:
            try:
                self.version_text.setPlainText(Path(path).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                self.message.show_message(str(exc))

    def add_version(self) -> None:
        self._do(lambda: self.services.payroll.add_pack_version(
            self.version_text.toPlainText(), self.pack.currentText()),
            self.tr("New version added."))

    def add_wage(self) -> None:
        def go() -> None:
            q = self.wage_from.date()
            text = self.wage_monthly.text().strip()
            if not text:
                raise ValidationError("monthly minimum", "is missing")
            self.services.payroll.add_minimum_wage(MinimumWageInput(
                self.wage_category.text(), self.wage_location.text(),
                date(q.year(), q.month(), q.day()), parse_amount_cents("monthly minimum", text),
                None, self.wage_source.text()))
        self._do(go, self.tr("Minimum wage added."))

    def load_wages(self) -> None:
        self._do(lambda: self.services.payroll.load_minimum_wages(),
                 self.tr("Kenyan minimum wages loaded."))

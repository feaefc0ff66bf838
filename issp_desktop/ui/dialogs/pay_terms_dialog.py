"""New pay terms for a person, from a date (earlier terms stay in force until then). Amounts are
typed as money (12,000 or 12,000.50); the service checks every rule and the dialog shows its
message under the form, keeping what was typed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.people import parse_amount_cents
from issp_desktop.errors import ValidationError
from issp_desktop.services.payroll_types import PayeeRow, TermsInput, TermsRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.payroll import PayrollService

KINDS = ("monthly", "daily", "hourly", "piece", "stipend")
METHODS = ("mpesa", "bank", "cash")


class PayTermsDialog(QDialog):
    terms_saved = Signal(object)

    def __init__(self, payroll: PayrollService, payees: list[PayeeRow],
                 person_id: int | None = None, current: TermsRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payroll = payroll
        self.setObjectName("payTermsDialog")
        self.setWindowTitle(self.tr("New pay terms"))
        self.person = QComboBox()
        self.person.setObjectName("termsPerson")
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setEditable(True)
        for p in payees:
            self.person.addItem(f"{p.name} ({p.stage})", p.person_id)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setObjectName("termsFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setAccessibleName(self.tr("In force from"))
        self.kind = QComboBox()
        self.kind.setObjectName("termsKind")
        self.kind.setAccessibleName(self.tr("Kind of pay"))
        for k in KINDS:
            self.kind.addItem(self.tr(k), k)
        self.amount = self._line("termsAmount", self.tr("Amount (a month, day or hour)"))
        self.hourly = self._line("termsHourly", self.tr("Hourly rate (optional)"))
        self.ot_weekday = self._multiplier("termsOtWeekday", 1.5, self.tr("Weekday overtime"))
        self.ot_rest = self._multiplier("termsOtRest", 2.0, self.tr("Rest-day overtime"))
        self.category = self._line("termsCategory", self.tr("Job category"))
        self.location = self._line("termsLocation", self.tr("Location"))
        self.statutory = QCheckBox(self.tr("Statutory deductions apply (PAYE, NSSF, SHIF, "
                                           "housing levy)"))
        self.statutory.setObjectName("termsStatutory")
        self.statutory.setChecked(True)
        self.method = QComboBox()
        self.method.setObjectName("termsMethod")
        self.method.setAccessibleName(self.tr("Paid by"))
        for m in METHODS:
            self.method.addItem(m, m)
        self.phone = self._line("termsPhone", self.tr("M-Pesa phone (blank: the person's)"))
        self.bank = self._line("termsBank", self.tr("Bank"))
        self.branch = self._line("termsBranch", self.tr("Branch"))
        self.account = self._line("termsAccount", self.tr("Account number"))
        self.note = self._line("termsNote", self.tr("Note"))
        if current is not None:
            self._fill(current)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        form = QFormLayout()
        for label, widget in (
                (self.tr("Person"), self.person), (self.tr("In force from"), self.effective),
                (self.tr("Kind of pay"), self.kind), (self.tr("Amount"), self.amount),
                (self.tr("Hourly rate"), self.hourly),
                (self.tr("Weekday overtime ×"), self.ot_weekday),
                (self.tr("Rest-day, holiday overtime ×"), self.ot_rest),
                (self.tr("Job category (minimum wage)"), self.category),
                (self.tr("Location"), self.location), ("", self.statutory),
                (self.tr("Paid by"), self.method), (self.tr("M-Pesa phone"), self.phone),
                (self.tr("Bank"), self.bank), (self.tr("Branch"), self.branch),
                (self.tr("Account number"), self.account), (self.tr("Note"), self.note)):
            form.addRow(label, widget)
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("termsButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _multiplier(self, name: str, value: float, accessible: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setDecimals(2)
        box.setRange(1.0, 4.0)
        box.setSingleStep(0.25)
        box.setValue(value)
        box.setAccessibleName(accessible)
        return box

    def _fill(self, t: TermsRow) -> None:
        self.kind.setCurrentIndex(KINDS.index(t.kind))
        self.amount.setText(f"{t.amount_cents / 100:.2f}")
        if t.hourly_rate_cents is not None:
            self.hourly.setText(f"{t.hourly_rate_cents / 100:.2f}")
        self.ot_weekday.setValue(t.overtime_weekday_bp / 10000)
        self.ot_rest.setValue(t.overtime_rest_bp / 10000)
        self.category.setText(t.job_category)
        self.location.setText(t.location)
        self.statutory.setChecked(t.statutory)
        self.method.setCurrentIndex(METHODS.index(t.method))
        self.phone.setText(t.phone)
        self.bank.setText(t.bank_name)
        self.branch.setText(t.bank_branch)
        self.account.setText(t.bank_account)

    def _on_kind_changed(self) -> None:
        self.statutory.setChecked(self.kind.currentData() != "stipend")

    @staticmethod
    def _bp(box: QDoubleSpinBox) -> int:
        return round(box.value() * 100) * 100  # 1.5 → 15000 (two decimals typed)

    def value(self) -> TermsInput:
        person = self.person.currentData()
        if person is None:
            raise ValidationError("person", "choose who the terms are for")
        amount_text = self.amount.text().strip()
        amount = parse_amount_cents("amount", amount_text) if amount_text else 0
        hourly_text = self.hourly.text().strip()
        q = self.effective.date()
        return TermsInput(
            int(person), date(q.year(), q.month(), q.day()), str(self.kind.currentData()),
            amount, parse_amount_cents("hourly rate", hourly_text) if hourly_text else None,
            self._bp(self.ot_weekday), self._bp(self.ot_rest), self.category.text(),
            self.location.text(), self.statutory.isChecked(), str(self.method.currentData()),
            self.phone.text(), self.bank.text(), self.branch.text(), self.account.text(),
            self.note.text())

    def save(self) -> None:
        try:
            row: Any = self.payroll.add_terms(self.value())
        except Exception as exc:  # shown under the form; nothing was saved
            self.error.show_message(error_text(exc))
            return
        self.terms_saved.emit(row)
        self.accept()

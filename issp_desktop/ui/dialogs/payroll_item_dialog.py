"""Adding to a draft period: a per-person item (allowance, advance, loan, union dues, other
deduction), or an adjustment that corrects a payslip of a closed period (picked from the
person's closed payslips) with a signed amount and a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.payroll import ItemKind, money
from issp_desktop.domain.people import parse_amount_cents
from issp_desktop.errors import ValidationError
from issp_desktop.services.payroll_types import AdjustmentInput, ItemInput, PayeeRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.payroll import PayrollService


def signed_cents(field: str, text: str) -> int:
    raw = text.strip()
    negative = raw.startswith(("-", "−"))
    cents = parse_amount_cents(field, raw.lstrip("-−").strip())
    return -cents if negative else cents


class PayrollItemDialog(QDialog):
    saved = Signal(object)

    def __init__(self, payroll: PayrollService, period_id: int, payees: list[PayeeRow],
                 adjustment: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payroll = payroll
        self.period_id = period_id
        self.adjustment = adjustment
        self.setObjectName("payrollAdjustmentDialog" if adjustment else "payrollItemDialog")
        self.setWindowTitle(self.tr("New adjustment") if adjustment else self.tr("New pay item"))
        self.person = QComboBox()
        self.person.setObjectName("itemPerson")
        self.person.setEditable(True)
        self.person.setAccessibleName(self.tr("Person"))
        for p in payees:
            self.person.addItem(p.name, p.person_id)
        self.kind = QComboBox()
        self.kind.setObjectName("itemKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for k in ItemKind:
            self.kind.addItem(self.tr(k.value), k.value)
        self.payslip = QComboBox()
        self.payslip.setObjectName("adjustmentPayslip")
        self.payslip.setAccessibleName(self.tr("Payslip it corrects"))
        self.amount = QLineEdit()
        self.amount.setObjectName("itemAmount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("e.g. 2,500 (an adjustment may be −1,000)")
                                       if adjustment else self.tr("e.g. 2,500"))
        self.label = QLineEdit()
        self.label.setObjectName("itemLabel")
        self.label.setAccessibleName(self.tr("Reason") if adjustment else self.tr("Label"))
        self.taxable = QCheckBox(self.tr("Taxable (part of the statutory base)"))
        self.taxable.setObjectName("itemTaxable")
        self.taxable.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        if adjustment:
            form.addRow(self.tr("Corrects payslip"), self.payslip)
            self.person.currentIndexChanged.connect(self._load_payslips)
            self._load_payslips()
        else:
            form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reason") if adjustment else self.tr("Label"), self.label)
        form.addRow("", self.taxable)
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("itemButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _load_payslips(self) -> None:
        self.payslip.clear()
        pid = self.person.currentData()
        if pid is None:
            return
        periods = {p.id: p.name for p in self.payroll.periods()}
        for slip in self.payroll.closed_payslips(int(pid)):
            self.payslip.addItem(self.tr("{0}: net {1}").format(
                periods.get(slip.period_id, "?"), money(slip.net_cents)), slip.id)

    def save(self) -> None:
        try:
            pid = self.person.currentData()
            if pid is None:
                raise ValidationError("person", "choose a person")
            row: Any
            if self.adjustment:
                slip = self.payslip.currentData()
                if slip is None:
                    raise ValidationError("corrects", "this person has no payslip in a closed "
                                                      "period to correct")
                row = self.payroll.add_adjustment(AdjustmentInput(
                    self.period_id, int(slip), signed_cents("amount", self.amount.text()),
                    self.label.text(), self.taxable.isChecked()))
            else:
                row = self.payroll.add_item(ItemInput(
                    self.period_id, int(pid), str(self.kind.currentData()),
                    parse_amount_cents("amount", self.amount.text()), self.label.text(),
                    self.taxable.isChecked()))
        except Exception as exc:  # shown under the form; nothing was saved
            self.error.show_message(error_text(exc))
            return
        self.saved.emit(row)
        self.accept()

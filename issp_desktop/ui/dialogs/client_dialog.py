"""New client / Edit client: name, contact, country and currency codes, active."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from issp_desktop.services.deliverables_types import ClientInput, ClientRow
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService

CURRENCIES = ("KES", "USD", "EUR", "GBP", "UGX", "TZS")


class ClientDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, client: ClientRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit client") if client else self.tr("New client"),
                         "clientDialog", parent)
        self.deliverables = deliverables
        self.client = client
        self.name_edit = QLineEdit(client.name if client else "")
        self.name_edit.setObjectName("clientName")
        self.name_edit.setMaxLength(120)
        self.contact_edit = QLineEdit(client.contact if client else "")
        self.contact_edit.setObjectName("clientContact")
        self.country_edit = QLineEdit(client.country if client else "KE")
        self.country_edit.setObjectName("clientCountry")
        self.country_edit.setMaxLength(2)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("clientCurrency")
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.setCurrentText(client.currency if client else "KES")
        self.active_check = QCheckBox(self.tr("Active"))
        self.active_check.setObjectName("clientActive")
        self.active_check.setChecked(client.active if client else True)
        self.add_row(self.tr("&Name:"), self.name_edit)
        self.add_row(self.tr("&Contact:"), self.contact_edit)
        self.add_row(self.tr("C&ountry (2 letters):"), self.country_edit)
        self.add_row(self.tr("C&urrency:"), self.currency_combo)
        self.add_row("", self.active_check)

    def save(self) -> ClientRow:
        inp = ClientInput(self.name_edit.text(), self.contact_edit.text(),
                          self.country_edit.text(), self.currency_combo.currentText(),
                          self.active_check.isChecked())
        if self.client is None:
            return self.deliverables.create_client(inp)
        return self.deliverables.update_client(self.client.id, inp, self.client.version)

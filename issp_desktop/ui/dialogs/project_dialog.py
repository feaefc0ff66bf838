"""New project / Edit project: the contract's unit of work, price, piece rate, accuracy target,
QA sample, turnaround and active dates. Amounts and percentages are typed as text and checked
exactly (no floats)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from issp_desktop.domain.deliverables import Unit, fmt_bp, parse_percent_bp
from issp_desktop.domain.people import parse_amount_cents
from issp_desktop.services.deliverables_types import ClientRow, ProjectInput, ProjectRow
from issp_desktop.ui.widgets.deliverables_forms import (
    SavingDialog,
    date_edit,
    money_text,
    to_date,
)

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class ProjectDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, clients: list[ClientRow],
                 project: ProjectRow | None = None, client_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit project") if project else self.tr("New project"),
                         "projectDialog", parent)
        self.deliverables = deliverables
        self.project = project
        self.client_combo = QComboBox()
        self.client_combo.setObjectName("projectClient")
        for c in clients:
            self.client_combo.addItem(f"{c.name} ({c.currency})", c.id)
        wanted = project.client_id if project else client_id
        if wanted is not None:
            self.client_combo.setCurrentIndex(max(0, self.client_combo.findData(wanted)))
        self.client_combo.setEnabled(project is None)
        self.name_edit = QLineEdit(project.name if project else "")
        self.name_edit.setObjectName("projectName")
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("projectUnit")
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems([u.value for u in Unit])
        self.unit_combo.setCurrentText(project.unit if project else Unit.RECORD.value)
        self.price_edit = QLineEdit(money_text(project.price_per_unit_cents) if project else "")
        self.price_edit.setObjectName("projectPrice")
        self.price_edit.setPlaceholderText(self.tr("e.g. 4.50"))
        self.rate_edit = QLineEdit(money_text(project.piece_rate_cents) if project else "")
        self.rate_edit.setObjectName("projectPieceRate")
        self.rate_edit.setPlaceholderText(self.tr("empty: no piece rate"))
        self.target_edit = QLineEdit(fmt_bp(project.accuracy_target_bp) if project else "99.00")
        self.target_edit.setObjectName("projectTarget")
        self.sample_edit = QLineEdit(fmt_bp(project.qa_sample_bp) if project else "5.00")
        self.sample_edit.setObjectName("projectSample")
        self.turnaround_spin = QSpinBox()
        self.turnaround_spin.setObjectName("projectTurnaround")
        self.turnaround_spin.setRange(1, 365)
        self.turnaround_spin.setValue(project.turnaround_days if project else 5)
        self.from_edit = date_edit(project.active_from if project else date.today(),
                                   "projectFrom")
        self.ends_check = QCheckBox(self.tr("Ends on"))
        self.ends_check.setObjectName("projectEnds")
        self.to_edit = date_edit(project.active_to if project and project.active_to
                                 else date.today(), "projectTo")
        self.ends_check.setChecked(bool(project and project.active_to))
        self.to_edit.setEnabled(self.ends_check.isChecked())
        self.ends_check.toggled.connect(self.to_edit.setEnabled)
        self.add_row(self.tr("&Client:"), self.client_combo)
        self.add_row(self.tr("&Name:"), self.name_edit)
        self.add_row(self.tr("&Unit of work:"), self.unit_combo)
        self.add_row(self.tr("&Price per unit (client's currency):"), self.price_edit)
        self.add_row(self.tr("Piece &rate per accepted unit (KES):"), self.rate_edit)
        self.add_row(self.tr("&Accuracy target %:"), self.target_edit)
        self.add_row(self.tr("QA &sample %:"), self.sample_edit)
        self.add_row(self.tr("&Turnaround (days):"), self.turnaround_spin)
        self.add_row(self.tr("Active &from:"), self.from_edit)
        self.add_row(self.ends_check.text(), self.ends_check)
        self.add_row(self.tr("Active t&o:"), self.to_edit)

    def save(self) -> ProjectRow:
        price = parse_amount_cents("price per unit", self.price_edit.text() or "0")
        rate_text = self.rate_edit.text().strip()
        rate = parse_amount_cents("piece rate", rate_text) if rate_text else None
        inp = ProjectInput(
            int(self.client_combo.currentData() or 0), self.name_edit.text(),
            self.unit_combo.currentText(), price, rate,
            parse_percent_bp("accuracy target", self.target_edit.text()),
            parse_percent_bp("QA sample", self.sample_edit.text()),
            self.turnaround_spin.value(), to_date(self.from_edit.date()),
            to_date(self.to_edit.date()) if self.ends_check.isChecked() else None)
        if self.project is None:
            return self.deliverables.create_project(inp)
        return self.deliverables.update_project(self.project.id, inp, self.project.version)

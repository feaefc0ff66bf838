"""Record a quality check: the proposed sample, fields checked, errors by category (they must
add up), who checked. Shows the project's target; the result says the batch's new status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from issp_desktop.domain.deliverables import MAX_CHECKED, fmt_bp
from issp_desktop.services.deliverables_types import BatchDetail, CategoryRow, QaInput, QaResult
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class QaCheckDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, detail: BatchDetail,
                 categories: list[CategoryRow], parent: QWidget | None = None) -> None:
        b = detail.batch
        super().__init__(self.tr("Quality check of {0}").format(b.reference), "qaCheckDialog",
                         parent)
        self.deliverables = deliverables
        self.detail = detail
        rounds = len(detail.checks)
        self.proposal = QLabel(self.tr(
            "Check a sample of {0} units ({1} % of {2}, at least the centre's minimum). "
            "Target accuracy: {3} %. This will be round {4}{5}.").format(
                f"{detail.proposed_sample:,}", fmt_bp(detail.qa_sample_bp),
                f"{b.units_expected:,}", fmt_bp(detail.accuracy_target_bp), rounds + 1,
                self.tr(" (a re-check after rework)") if rounds else ""))
        self.proposal.setObjectName("qaProposal")
        self.proposal.setWordWrap(True)
        self.form.addRow(self.proposal)
        self.checked_spin = QSpinBox()
        self.checked_spin.setObjectName("qaChecked")
        self.checked_spin.setRange(0, MAX_CHECKED)
        self.checked_spin.setGroupSeparatorShown(True)
        self.errors_spin = QSpinBox()
        self.errors_spin.setObjectName("qaErrors")
        self.errors_spin.setRange(0, MAX_CHECKED)
        self.add_row(self.tr("Fields/characters &checked:"), self.checked_spin)
        self.add_row(self.tr("&Errors found:"), self.errors_spin)
        self.category_spins: dict[str, QSpinBox] = {}
        for c in categories:
            spin = QSpinBox()
            spin.setObjectName(f"qaCategory_{c.name.replace(' ', '_')}")
            spin.setRange(0, MAX_CHECKED)
            spin.setToolTip(c.description)
            spin.valueChanged.connect(self._on_category_changed)
            self.category_spins[c.name] = spin
            self.add_row(self.tr("  of which {0}:").format(c.name), spin)
        self.by_edit = QLineEdit(deliverables.actor.label)
        self.by_edit.setObjectName("qaCheckedBy")
        self.add_row(self.tr("Checked &by:"), self.by_edit)
        self.result: QaResult | None = None

    def _on_category_changed(self) -> None:
        total = sum(s.value() for s in self.category_spins.values())
        if total > self.errors_spin.value():
            self.errors_spin.setValue(total)

    def save(self) -> QaResult:
        counts = {name: s.value() for name, s in self.category_spins.items() if s.value()}
        self.result = self.deliverables.record_qa(QaInput(
            self.detail.batch.id, self.checked_spin.value(), self.errors_spin.value(), counts,
            self.by_edit.text()))
        return self.result

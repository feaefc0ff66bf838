"""Record the eligibility criterion a person met at intake, its evidence and who verified it.
Once the person is hired the record is frozen: saving records a new dated entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from issp_desktop.domain.people import CRITERION_TITLES, Criterion, Evidence
from issp_desktop.services.people import EligibilityInput, EligibilityRow, PeopleService
from issp_desktop.ui.dialogs.person_form_dialog import FormDialog
from issp_desktop.ui.tasks import TaskRunner


class PersonEligibilityDialog(FormDialog):
    def __init__(self, people: PeopleService, runner: TaskRunner, person_id: int,
                 current: EligibilityRow | None, may_see_health: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Eligibility at intake"), parent)
        self.setObjectName("personEligibilityDialog")
        self.people, self.person_id, self.current = people, person_id, current
        if current is not None and current.frozen:
            note = QLabel(self.tr("The record is frozen (the person was hired). Saving keeps it "
                                  "and records this as a new dated entry that supersedes it."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.criterion_combo = QComboBox()
        for criterion in Criterion:
            if criterion is not Criterion.DISABILITY or may_see_health:
                self.criterion_combo.addItem(self.tr(CRITERION_TITLES[criterion]),
                                             criterion.value)
        self.add_row(self.tr("&Criterion:"), self.tr("Criterion"), self.criterion_combo)
        self.months_edit = QLineEdit()
        self.add_row(self.tr("&Months unemployed:"), self.tr("Months unemployed"),
                     self.months_edit)
        self.detail_edit = QLineEdit()
        self.add_row(self.tr("&Which disadvantage:"), self.tr("Which disadvantage"),
                     self.detail_edit)
        self.evidence_combo = QComboBox()
        for evidence, title in ((Evidence.SELF_DECLARED, self.tr("Self-declared")),
                                (Evidence.DOCUMENT, self.tr("Document")),
                                (Evidence.HOME_VISIT, self.tr("Home visit")),
                                (Evidence.POVERTY_SCORE, self.tr("Poverty score"))):
            self.evidence_combo.addItem(title, evidence.value)
        self.add_row(self.tr("&Evidence:"), self.tr("Evidence"), self.evidence_combo)
        self.score_edit = QLineEdit()
        self.add_row(self.tr("Poverty &score (0–100):"), self.tr("Poverty score"),
                     self.score_edit)
        self.by_edit = QLineEdit()
        self.add_row(self.tr("&Verified by:"), self.tr("Verified by"), self.by_edit)
        self.on_edit = self.date_field(self.tr("Verified &on:"), self.tr("Verified on"), None)
        self.notes_edit = QLineEdit()
        self.add_row(self.tr("&Notes:"), self.tr("Notes"), self.notes_edit)
        if current is not None:
            self._fill(current)

    def _fill(self, r: EligibilityRow) -> None:
        self.criterion_combo.setCurrentIndex(max(self.criterion_combo.findData(r.criterion), 0))
        self.evidence_combo.setCurrentIndex(max(self.evidence_combo.findData(r.evidence), 0))
        for edit, value in ((self.months_edit, r.months_unemployed),
                            (self.score_edit, r.poverty_score), (self.detail_edit, r.other_detail),
                            (self.by_edit, r.verified_by), (self.notes_edit, r.notes),
                            (self.on_edit, r.verified_on)):
            edit.setText(value.isoformat() if isinstance(value, date) else str(value or ""))

    def work(self) -> Callable[[], Any]:
        record = EligibilityInput(
            str(self.criterion_combo.currentData()), str(self.evidence_combo.currentData()),
            self.read_int("months_unemployed", self.months_edit), self.detail_edit.text(),
            self.read_int("poverty_score", self.score_edit), self.by_edit.text(),
            self.read_date("verified_on", self.on_edit), self.notes_edit.text())
        version = self.current.version if self.current is not None else None
        return lambda: self.people.save_eligibility(self.person_id, record, version)

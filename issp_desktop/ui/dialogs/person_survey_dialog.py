"""A baseline or follow-up survey: employment, income, household, dependents, education.
A frozen survey (the baseline after hiring) is never edited: saving adds a superseding one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from issp_desktop.domain.people import Education, EmploymentStatus, parse_amount_cents
from issp_desktop.services.people import PeopleService, SurveyInput, SurveyRow
from issp_desktop.ui.dialogs.person_form_dialog import FormDialog
from issp_desktop.ui.tasks import TaskRunner


class PersonSurveyDialog(FormDialog):
    def __init__(self, people: PeopleService, runner: TaskRunner, person_id: int,
                 survey: SurveyRow | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Survey"), parent)
        self.setObjectName("personSurveyDialog")
        self.people, self.person_id, self.survey = people, person_id, survey
        if survey is not None and survey.frozen:
            note = QLabel(self.tr("This survey is frozen (the person was hired). Saving keeps "
                                  "it and records a new survey that supersedes it."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.kind_combo = QComboBox()
        for kind, title in (("baseline", self.tr("Baseline (at intake)")),
                            ("followup_6m", self.tr("Follow-up at 6 months")),
                            ("followup_12m", self.tr("Follow-up at 12 months")),
                            ("exit", self.tr("At exit")), ("other", self.tr("Other"))):
            self.kind_combo.addItem(title, kind)
        self.add_row(self.tr("&Kind:"), self.tr("Kind of survey"), self.kind_combo)
        self.taken_edit = self.date_field(self.tr("&Date:"), self.tr("Date of the survey"),
                                          survey.taken_on if survey else today)
        self.status_combo = self._choices([""] + [e.value for e in EmploymentStatus])
        self.add_row(self.tr("&Employment:"), self.tr("Employment status"), self.status_combo)
        self.income_edit = QLineEdit()
        self.income_edit.setPlaceholderText(self.tr("KES a month, e.g. 12,000"))
        self.add_row(self.tr("Monthly &income:"), self.tr("Monthly income"), self.income_edit)
        self.household_edit = QLineEdit()
        self.add_row(self.tr("&Household size:"), self.tr("Household size"), self.household_edit)
        self.dependents_edit = QLineEdit()
        self.add_row(self.tr("Income &dependents:"), self.tr("Income dependents"),
                     self.dependents_edit)
        self.education_combo = self._choices([""] + [e.value for e in Education])
        self.add_row(self.tr("Ed&ucation:"), self.tr("Education level"), self.education_combo)
        self.notes_edit = QLineEdit()
        self.add_row(self.tr("&Notes:"), self.tr("Notes"), self.notes_edit)
        if survey is not None:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(survey.kind), 0))
            self.kind_combo.setEnabled(False)
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(
                survey.employment_status), 0))
            self.education_combo.setCurrentIndex(max(self.education_combo.findData(
                survey.education_level), 0))
            cents = survey.monthly_income_cents
            self.income_edit.setText("" if cents is None else f"{cents / 100:.2f}")
            self.household_edit.setText(str(survey.household_size or ""))
            self.dependents_edit.setText("" if survey.income_dependents is None
                                         else str(survey.income_dependents))
            self.notes_edit.setText(survey.notes)

    @staticmethod
    def _choices(values: list[str]) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(value.replace("_", " ") or "—", value)
        return combo

    def work(self) -> Callable[[], Any]:
        raw_income = self.income_edit.text().strip()
        survey = SurveyInput(
            str(self.kind_combo.currentData()), self.read_date("taken_on", self.taken_edit),
            str(self.status_combo.currentData()),
            parse_amount_cents("monthly_income_cents", raw_income) if raw_income else None,
            self.read_int("household_size", self.household_edit),
            self.read_int("income_dependents", self.dependents_edit),
            str(self.education_combo.currentData()), self.notes_edit.text())
        old = self.survey
        if old is None:
            return lambda: self.people.save_survey(self.person_id, survey)
        return lambda: self.people.save_survey(self.person_id, survey, old.id, old.version)

"""The impact profile of one person: the eligibility criterion met at intake with its evidence,
and the baseline and follow-up surveys, listed by date. Frozen entries are marked; a change to
one is saved as a new dated entry that supersedes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.people import CRITERION_TITLES, Criterion
from issp_desktop.services.people import PeopleService, PersonRecord, Visibility
from issp_desktop.ui.dialogs.person_eligibility_dialog import PersonEligibilityDialog
from issp_desktop.ui.dialogs.person_survey_dialog import PersonSurveyDialog
from issp_desktop.ui.tasks import TaskRunner

SURVEY_KINDS = {"baseline": "Baseline", "followup_6m": "6 months", "followup_12m": "12 months",
                "exit": "Exit", "other": "Other"}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


class PersonImpactTab(QWidget):
    changed = Signal()

    def __init__(self, people: PeopleService, runner: TaskRunner, vis: Visibility,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people, self.runner, self.vis, self.today = people, runner, vis, today
        self.record: PersonRecord | None = None
        self.eligibility_dialog: PersonEligibilityDialog | None = None
        self.survey_dialog: PersonSurveyDialog | None = None
        t = self.tr
        self.eligibility_note = QLabel()
        self.eligibility_note.setWordWrap(True)
        self.eligibility_table = _table([t("Recorded"), t("Criterion"), t("Evidence"),
                                         t("Verified by"), t("Verified on"), t("Status")],
                                        t("Eligibility records"))
        self.eligibility_button = QPushButton(t("Record &eligibility…"))
        self.eligibility_button.setObjectName("eligibilityButton")
        self.eligibility_button.clicked.connect(self.edit_eligibility)
        self.survey_table = _table([t("Date"), t("Kind"), t("Employment"), t("Monthly income"),
                                    t("Household"), t("Dependents"), t("Education"),
                                    t("Status")], t("Surveys"))
        self.survey_table.doubleClicked.connect(self.open_survey)
        self.add_survey_button = QPushButton(t("&Add survey…"))
        self.add_survey_button.setObjectName("addSurveyButton")
        self.add_survey_button.clicked.connect(self.add_survey)
        self.open_survey_button = QPushButton(t("&Change survey…"))
        self.open_survey_button.clicked.connect(self.open_survey)
        for button in (self.eligibility_button, self.add_survey_button, self.open_survey_button):
            button.setVisible(vis.edit)
        for button in (self.add_survey_button, self.open_survey_button):
            button.setEnabled(vis.income)
        eligibility = QGroupBox(t("Eligibility at intake"))
        box = QVBoxLayout(eligibility)
        box.addWidget(self.eligibility_note)
        box.addWidget(self.eligibility_table)
        box.addWidget(self.eligibility_button)
        surveys = QGroupBox(t("Baseline and follow-up surveys"))
        box = QVBoxLayout(surveys)
        box.addWidget(self.survey_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_survey_button)
        buttons.addWidget(self.open_survey_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(eligibility)
        layout.addWidget(surveys, 1)

    def _status(self, current: bool, frozen: bool) -> str:
        parts = [self.tr("current") if current else self.tr("superseded")]
        if frozen:
            parts.append(self.tr("frozen at hire"))
        return ", ".join(parts)

    def set_record(self, p: PersonRecord) -> None:
        self.record = p
        hidden = self.tr("(hidden)")
        _fill(self.eligibility_table, [[
            e.recorded_at.astimezone().strftime("%Y-%m-%d"),
            self.tr(CRITERION_TITLES[Criterion(e.criterion)]) if e.criterion else hidden,
            e.evidence.replace("_", " "), e.verified_by,
            e.verified_on.isoformat() if e.verified_on else "", self._status(e.current, e.frozen),
        ] for e in p.eligibility])
        current = p.eligibility[0] if p.eligibility else None
        if current is None:
            self.eligibility_note.setText(self.tr("No eligibility criterion recorded yet."))
        elif current.frozen:
            self.eligibility_note.setText(self.tr(
                "Frozen when the person was hired: a change is recorded as a new dated entry."))
        else:
            self.eligibility_note.setText(self.tr("Can be corrected until the person is hired."))
        self.eligibility_button.setText(self.tr("Record a &change…") if current and
                                        current.frozen else self.tr("Record &eligibility…"))

        def money(cents: int | None) -> str:
            return hidden if not self.vis.income else ("" if cents is None
                                                       else f"{cents / 100:,.2f}")

        def count(value: int | None) -> str:
            return hidden if not self.vis.income else ("" if value is None else str(value))

        _fill(self.survey_table, [[
            s.taken_on.isoformat(), self.tr(SURVEY_KINDS.get(s.kind, s.kind)),
            s.employment_status.replace("_", " "), money(s.monthly_income_cents),
            count(s.household_size), count(s.income_dependents),
            s.education_level.replace("_", " "), self._status(s.current, s.frozen),
        ] for s in p.surveys])
        erased = p.erased
        for button in (self.eligibility_button, self.add_survey_button, self.open_survey_button):
            button.setEnabled(not erased and (button is self.eligibility_button
                                              or self.vis.income))

    def edit_eligibility(self) -> None:
        if self.record is None:
            return
        current = self.record.eligibility[0] if self.record.eligibility else None
        dialog = PersonEligibilityDialog(self.people, self.runner, self.record.id, current,
                                         self.vis.health, self)
        self.eligibility_dialog = dialog
        dialog.accepted.connect(self.changed.emit)
        dialog.open()

    def add_survey(self) -> None:
        self._survey(None)

    def open_survey(self) -> None:
        rows = self.survey_table.selectionModel().selectedRows()
        if self.record is not None and rows:
            self._survey(rows[0].row())

    def _survey(self, row: int | None) -> None:
        if self.record is None or not self.vis.income:
            return
        survey = self.record.surveys[row] if row is not None else None
        dialog = PersonSurveyDialog(self.people, self.runner, self.record.id, survey,
                                    self.today(), self)
        self.survey_dialog = dialog
        dialog.accepted.connect(self.changed.emit)
        dialog.open()

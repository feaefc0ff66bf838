"""Assessments tab: the cohort's grid of trainees × modules for fast keyboard entry. What is
typed stays pending (shown bold with •) until Save, which writes every entry or none."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from issp_desktop.services.training_types import AssessmentGrid, BatchError, CohortRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.assessment_grid_model import AssessmentGridModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.assessment_grid_view import AssessmentGridView
from issp_desktop.ui.widgets.cohort_tab import CohortTab
from issp_desktop.ui.widgets.flow_row import FlowRow

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class AssessmentGridTab(CohortTab):
    def __init__(self, training: TrainingService, runner: TaskRunner) -> None:
        super().__init__(training, runner)
        self.setObjectName("assessmentGridTab")
        self.intro = QLabel(self.tr(
            "Type a result and press Enter for the next trainee or Tab for the next column. "
            "✔ passed, ✘ not passed, • not saved yet. Save writes all the new results "
            "(each one a new attempt) or none."))
        self.intro.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("assessmentDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date the assessment was taken"))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumDate(QDate.currentDate().addDays(1))
        date_label = QLabel(self.tr("&Taken on:"))
        date_label.setBuddy(self.date_edit)
        self.model = AssessmentGridModel(self)
        self.model.pending_changed.connect(self._on_model_pending_changed)
        self.view = AssessmentGridView()
        self.view.setObjectName("assessmentGrid")
        self.view.setAccessibleName(self.tr("Assessment results: trainees by module"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.horizontalHeader().setMinimumHeight(44)
        self.view.entry_refused.connect(self._on_view_entry_refused)
        self.view.entry_accepted.connect(self._on_view_entry_accepted)
        self.save_button = QPushButton(self.tr("&Save results"))
        self.save_button.setObjectName("saveAssessmentsButton")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setObjectName("discardAssessmentsButton")
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingLabel")
        top = FlowRow()
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        top.addWidget(self.pending_label)
        top.addWidget(self.discard_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        self.model.editable = self.can_edit
        for widget in (self.save_button, self.discard_button, self.date_edit, self.intro,
                       self.pending_label):
            widget.setVisible(self.can_edit)
        self._on_model_pending_changed(len(self.model.pending))

    def clear(self) -> None:
        self.model.set_grid(None)

    def unsaved(self) -> int:
        return len(self.model.pending)

    def fetch(self, cohort: CohortRow) -> Any:
        training = self.training
        return lambda _p, _c: training.assessment_grid(cohort.id)

    def show_result(self, result: Any) -> None:
        assert isinstance(result, AssessmentGrid)
        self.model.set_grid(result)
        self.view.resizeRowsToContents()
        if not result.modules:
            self.say(self.tr("This cohort has no modules yet: add them on the Curriculum tab."),
                     ok=False)
        elif not result.trainees:
            self.say(self.tr("This cohort has no trainees yet."), ok=False)
        if self.model.rowCount() and self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _on_model_pending_changed(self, count: int) -> None:
        self.pending_label.setText(self.tr("%n result(s) not saved", "", count) if count
                                   else "")
        self.save_button.setEnabled(self.can_edit and count > 0)
        self.discard_button.setEnabled(self.can_edit and count > 0)

    def _on_view_entry_refused(self, text: str) -> None:
        self.say(self.tr("Not accepted — {0}").format(text), ok=False)

    def _on_view_entry_accepted(self) -> None:
        self.message.clear_message()

    def _on_discard_clicked(self) -> None:
        self.model.discard()
        self.message.clear_message()

    def taken_on(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def save(self) -> None:
        if self.cohort is None or not self.model.pending:
            return
        missing = self.model.incomplete()
        if missing:
            self.say(self.tr("Typing needs both speed and accuracy: {0}. Nothing was saved."
                             ).format("; ".join(missing)), ok=False)
            return
        entries = self.model.entries()
        cohort_id, taken_on, training = self.cohort.id, self.taken_on(), self.training
        self.save_button.setEnabled(False)
        self.runner.submit(lambda _p, _c: training.save_assessments(cohort_id, entries,
                                                                    taken_on),
                           write=True, on_done=self._on_saved, on_error=self._on_save_failed,
                           name="save assessments")

    def _on_saved(self, result: Any) -> None:
        self.say(self.tr("Saved {0} result(s); {1} passed.").format(result.count,
                                                                     result.passed), ok=True)
        self.changed.emit()
        self.load()

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._on_model_pending_changed(len(self.model.pending))
        if isinstance(exc, BatchError):
            lines = [self.model.describe(p) for p in exc.problems[:8]]
            self.say(self.tr("Nothing was saved: {0}").format("; ".join(lines)), ok=False)
        else:
            self.say(error_text(exc), ok=False)

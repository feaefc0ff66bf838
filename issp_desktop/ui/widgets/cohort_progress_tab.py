"""Progress tab: who is on track, who has completed, who is at risk and why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from issp_desktop.services.training_types import CohortProgress, CohortRow
from issp_desktop.ui.models.cohort_progress_model import CohortProgressModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import CohortTab

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class CohortProgressTab(CohortTab):
    def __init__(self, training: TrainingService, runner: TaskRunner) -> None:
        super().__init__(training, runner)
        self.setObjectName("cohortProgressTab")
        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.model = CohortProgressModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("progressTable")
        self.table.setAccessibleName(self.tr("Trainees' progress"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def clear(self) -> None:
        self.model.set_rows([])
        self.summary.setText("")

    def fetch(self, cohort: CohortRow) -> Any:
        training = self.training
        return lambda _p, _c: training.cohort_progress(cohort.id)

    def show_result(self, result: Any) -> None:
        assert isinstance(result, CohortProgress)
        self.model.set_rows(result.trainees)
        c = result.cohort
        self.summary.setText(self.tr(
            "{0} trainees: {1} completed, {2} at risk. Attendance needed: {3} %; "
            "{4} modules, {5} sessions so far.").format(
                c.trainees, c.completed, c.at_risk, c.attendance_threshold_pct,
                len(result.modules), c.sessions))
        self.message.clear_message()

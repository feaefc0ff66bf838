"""The dashboard: the centre's name and live counts read from the database."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.ui.errors import error_text
from issp_desktop.ui.formatting import format_long_date
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.stat_card import StatCard

if TYPE_CHECKING:
    from issp_desktop.services import Services


class DashboardPage(QWidget):
    counts_loaded = Signal(object)

    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("dashboardPage")
        self.setAccessibleName(self.tr("Dashboard"))

        self.title = QLabel()
        self.title.setObjectName("centreName")
        self.title.setProperty("textFormat", 0)  # Qt.PlainText: a name is never markup
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("dashboardDate")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the counts"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)

        self.cards: dict[str, StatCard] = {
            "applicant": StatCard(self.tr("Applicants")),
            "trainee": StatCard(self.tr("Trainees")),
            "worker": StatCard(self.tr("Workers")),
            "alumnus": StatCard(self.tr("Alumni")),
            "cohorts_running": StatCard(self.tr("Cohorts in training now")),
            "trainees_running": StatCard(self.tr("Trainees in those cohorts")),
            "shifts_today": StatCard(self.tr("Shifts today")),
            "clocked_in": StatCard(self.tr("Clocked in now")),
            "batches_due": StatCard(self.tr("Batches due this week")),
            "batches_late": StatCard(self.tr("Batches late")),
        }
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        button_column = QVBoxLayout()
        button_column.addWidget(self.refresh_button)
        button_column.addStretch(1)
        header.addLayout(button_column)
        people_heading = QLabel(self.tr("<b>People by stage</b>"))
        work_heading = QLabel(self.tr("<b>Training and work</b>"))
        grid = QGridLayout()
        for col, key in enumerate(("applicant", "trainee", "worker", "alumnus")):
            grid.addWidget(self.cards[key], 1, col)
        grid.addWidget(people_heading, 0, 0, 1, 4)
        grid.addWidget(work_heading, 2, 0, 1, 4)
        for col, key in enumerate(("cohorts_running", "trainees_running", "shifts_today",
                                   "clocked_in")):
            grid.addWidget(self.cards[key], 3, col)
        for col, key in enumerate(("batches_due", "batches_late")):
            grid.addWidget(self.cards[key], 4, col)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_services(self, services: Services) -> None:
        self.services = services

    def refresh(self) -> None:
        if self.services is None:
            self.refresh_button.setEnabled(False)
            self.status.setText(self.tr("Opening the database…"))
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        service = self.services.dashboard
        self.runner.submit(
            lambda _p, _c: service.counts(),
            on_done=self._on_counts_done,
            on_error=self._on_counts_failed,
            name="dashboard counts",
        )

    def _on_counts_done(self, counts: Any) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        self.title.setText(counts.centre_name)
        self.subtitle.setText(self.tr("Today is {0}").format(format_long_date(date.today())))
        for stage in ("applicant", "trainee", "worker", "alumnus"):
            self.cards[stage].set_value(counts.people_by_stage.get(stage, 0))
        self.cards["cohorts_running"].set_value(counts.cohorts_running)
        self.cards["trainees_running"].set_value(counts.trainees_in_running_cohorts)
        self.cards["shifts_today"].set_value(counts.shifts_today)
        self.cards["clocked_in"].set_value(counts.clocked_in_now)
        self.cards["batches_due"].set_value(counts.batches_due_this_week)
        self.cards["batches_late"].set_value(counts.batches_late)
        self.counts_loaded.emit(counts)

    def _on_counts_failed(self, exc: object) -> None:
        self.refresh_button.setEnabled(True)
        assert isinstance(exc, BaseException)
        self.status.setText(self.tr("Could not read the counts: {0}").format(error_text(exc)))

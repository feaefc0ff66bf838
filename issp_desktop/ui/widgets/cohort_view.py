"""One cohort, in tabs: Progress, Assessments, Roll-call, Curriculum and (for roles that may
see pay figures) Stipends. A tab loads when it is first shown for a cohort."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from issp_desktop.domain.access import Actor, Permission
from issp_desktop.services.training_types import CohortRow
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.assessment_grid_tab import AssessmentGridTab
from issp_desktop.ui.widgets.cohort_curriculum_tab import CohortCurriculumTab
from issp_desktop.ui.widgets.cohort_progress_tab import CohortProgressTab
from issp_desktop.ui.widgets.cohort_tab import CohortTab
from issp_desktop.ui.widgets.roll_call_tab import RollCallTab
from issp_desktop.ui.widgets.stipend_tab import StipendTab

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class CohortView(QWidget):
    changed = Signal()  # something was saved: the cohort list's figures are out of date

    def __init__(self, training: TrainingService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortView")
        self.cohort: CohortRow | None = None
        self.title = QLabel()
        self.title.setObjectName("cohortTitle")
        self.title.setProperty("textFormat", 0)  # plain text: a name is never markup
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("cohortSubtitle")
        self.subtitle.setWordWrap(True)
        self.progress_tab = CohortProgressTab(training, runner)
        self.assessment_tab = AssessmentGridTab(training, runner)
        self.roll_call_tab = RollCallTab(training, runner)
        self.curriculum_tab = CohortCurriculumTab(training, runner)
        self.stipend_tab = StipendTab(training, runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cohortTabs")
        self.tabs.setAccessibleName(self.tr("Cohort"))
        self.tabs.addTab(self.progress_tab, self.tr("&Progress"))
        self.tabs.addTab(self.assessment_tab, self.tr("A&ssessments"))
        self.tabs.addTab(self.roll_call_tab, self.tr("&Roll-call"))
        self.tabs.addTab(self.curriculum_tab, self.tr("C&urriculum"))
        self.tabs.addTab(self.stipend_tab, self.tr("S&tipends"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        for tab in self.all_tabs():
            tab.changed.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    def all_tabs(self) -> list[CohortTab]:
        return [self.progress_tab, self.assessment_tab, self.roll_call_tab,
                self.curriculum_tab, self.stipend_tab]

    def apply_permissions(self, actor: Actor) -> None:
        edit = actor.can(Permission.TRAINING_EDIT)
        for tab in (self.assessment_tab, self.roll_call_tab, self.curriculum_tab):
            tab.set_can_edit(edit)
        sees_pay = actor.can(Permission.PAY_VIEW) or actor.can(Permission.STIPENDS_EDIT)
        self.stipend_tab.set_can_edit(actor.can(Permission.STIPENDS_EDIT))
        self.tabs.setTabVisible(self.tabs.indexOf(self.stipend_tab), sees_pay)

    def stipends_shown(self) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self.stipend_tab))

    def show_cohort(self, cohort: CohortRow | None) -> None:
        """Show ``cohort``. The same cohort again (fresh figures) keeps what was typed."""
        same = (cohort is not None and self.cohort is not None
                and cohort.id == self.cohort.id)
        self.cohort = cohort
        self.setEnabled(cohort is not None)
        self._set_titles(cohort)
        if same:
            assert cohort is not None
            for tab in self.all_tabs():
                tab.cohort = cohort
            self.progress_tab.stale = True
            if self.tabs.currentWidget() is self.progress_tab:
                self.progress_tab.load()
            return
        for tab in self.all_tabs():
            tab.set_cohort(cohort)
        self._load_current()

    def _set_titles(self, cohort: CohortRow | None) -> None:
        if cohort is None:
            self.title.setText(self.tr("Choose a cohort"))
            self.subtitle.setText("")
            return
        self.title.setText(cohort.name)
        self.subtitle.setText(self.tr(
            "{0} to {1} · trainer {2} · {3} · {4} of {5} places · attendance needed {6} %"
        ).format(cohort.start_date.isoformat(), cohort.end_date.isoformat(),
                 cohort.trainer or "—", cohort.programme or self.tr("no programme"),
                 cohort.trainees, cohort.capacity, cohort.attendance_threshold_pct))

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, CohortTab) and tab.stale and self.cohort is not None:
            tab.load()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._load_current()

    def unsaved(self) -> int:
        """Typed results and roll-call marks not saved yet (lost if another cohort is shown)."""
        return sum(tab.unsaved() for tab in self.all_tabs())

    def _on_tab_changed(self) -> None:
        sender = self.sender()
        for tab in self.all_tabs():
            if tab is not sender and not tab.unsaved():  # never drop what was typed
                tab.stale = True
        self.changed.emit()

"""Roll-call tab: pick (or create) a session, then one key per trainee — P present, L late,
A absent, E excused — and Save. Taking the roll of a session again replaces its marks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from issp_desktop.domain.people import Attendance
from issp_desktop.services.training_types import CohortRow, RollCallSheet, SessionRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.roll_call_model import RollCallModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import CohortTab
from issp_desktop.ui.widgets.flow_row import FlowRow
from issp_desktop.ui.widgets.roll_call_view import RollCallView

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService


class RollCallTab(CohortTab):
    def __init__(self, training: TrainingService, runner: TaskRunner) -> None:
        super().__init__(training, runner)
        self.setObjectName("rollCallTab")
        self.sessions: list[SessionRow] = []
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("sessionCombo")
        self.session_combo.setAccessibleName(self.tr("Training session"))
        self.session_combo.setMinimumContentsLength(30)
        self.session_combo.currentIndexChanged.connect(self._on_session_combo_changed)
        session_label = QLabel(self.tr("&Session:"))
        session_label.setBuddy(self.session_combo)
        self.new_button = QPushButton(self.tr("&New session…"))
        self.new_button.setObjectName("newSessionButton")
        self.new_button.clicked.connect(self.new_session)
        self.keys_label = QLabel(self.tr(
            "Keys: P present, L late, A absent, E excused (the cursor moves to the next "
            "trainee); Delete clears a mark."))
        self.keys_label.setWordWrap(True)
        self.model = RollCallModel(self)
        self.model.marks_changed.connect(self._on_model_marks_changed)
        self.view = RollCallView()
        self.view.setObjectName("rollCallView")
        self.view.setAccessibleName(self.tr("Roll-call: trainees and their marks"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("rollCounts")
        self.counts_label.setWordWrap(True)  # large text: wraps instead of being cut
        self.rest_button = QPushButton(self.tr("Mark the &rest present"))
        self.rest_button.setObjectName("restPresentButton")
        self.rest_button.clicked.connect(self._on_rest_clicked)
        self.save_button = QPushButton(self.tr("&Save roll-call"))
        self.save_button.setObjectName("saveRollButton")
        self.save_button.clicked.connect(self.save)
        top = FlowRow()
        top.addWidget(session_label)
        top.addWidget(self.session_combo, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.rest_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self._wanted_session: int | None = None
        self.apply_permissions()

    def apply_permissions(self) -> None:
        self.model.editable = self.can_edit
        for widget in (self.new_button, self.keys_label, self.rest_button, self.save_button):
            widget.setVisible(self.can_edit)
        self._on_model_marks_changed()

    def unsaved(self) -> int:
        return self.model.changed_count()

    def clear(self) -> None:
        self.sessions = []
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.blockSignals(False)
        self.model.set_sheet(None)

    # --- sessions ----------------------------------------------------------------------------

    def fetch(self, cohort: CohortRow) -> Any:
        training = self.training
        return lambda _p, _c: training.list_sessions(cohort.id)

    def session_text(self, s: SessionRow) -> str:
        hours = f"{s.minutes / 60:.1f}".rstrip("0").rstrip(".")
        return self.tr("{0} — {1} ({2} h) — {3} marked").format(
            s.held_on.isoformat(), s.topic or s.module_name or self.tr("no topic"), hours,
            s.marked)

    def show_result(self, result: Any) -> None:
        self.sessions = list(result)
        wanted = self._wanted_session or self.current_session_id()
        self._wanted_session = None
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s in self.sessions:
            self.session_combo.addItem(self.session_text(s), s.id)
        self.session_combo.blockSignals(False)
        if not self.sessions:
            self.model.set_sheet(None)
            self.say(self.tr("No sessions yet: create one with New session."), ok=False)
            return
        found = self.session_combo.findData(wanted) if wanted is not None else -1
        self.session_combo.setCurrentIndex(max(found, 0))
        self._on_session_combo_changed(self.session_combo.currentIndex())

    def current_session_id(self) -> int | None:
        data = self.session_combo.currentData()
        return int(data) if data is not None else None

    def _on_session_combo_changed(self, _index: int) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        training = self.training
        self._ticket += 1
        ticket = self._ticket
        self.runner.submit(lambda _p, _c: training.roll_call(session_id),
                           on_done=lambda r: self._on_sheet_loaded(ticket, r),
                           on_error=lambda e: self._on_fetch_failed(ticket, e),
                           name="roll-call")

    def _on_sheet_loaded(self, ticket: int, sheet: Any) -> None:
        if ticket != self._ticket:
            return
        assert isinstance(sheet, RollCallSheet)
        self.model.set_sheet(sheet)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 1))
        self.loaded.emit()

    def new_session(self) -> None:
        if self.cohort is None:
            return
        from issp_desktop.ui.dialogs.training_session_dialog import TrainingSessionDialog

        modules = [m for m in self.training.list_modules() if m.id in self.cohort.module_ids]
        modules.sort(key=lambda m: self.cohort.module_ids.index(m.id) if self.cohort else 0)
        dialog = TrainingSessionDialog(self.training, self.runner, self.cohort, modules, self)
        dialog.saved.connect(self._on_session_created)
        self.session_dialog = dialog
        dialog.open()

    def _on_session_created(self, row: object) -> None:
        assert isinstance(row, SessionRow)
        self._wanted_session = row.id
        self.load()
        self.view.setFocus()

    # --- marks -------------------------------------------------------------------------------

    def _on_model_marks_changed(self) -> None:
        counts = self.model.counts()
        self.counts_label.setText(self.tr(
            "Present {0}, late {1}, absent {2}, excused {3}; not marked {4}").format(
                counts[Attendance.PRESENT], counts[Attendance.LATE], counts[Attendance.ABSENT],
                counts[Attendance.EXCUSED], self.model.unmarked()))
        has_sheet = self.model.rowCount() > 0
        self.save_button.setEnabled(self.can_edit and has_sheet and self.model.is_dirty())
        self.rest_button.setEnabled(self.can_edit and self.model.unmarked() > 0)

    def _on_rest_clicked(self) -> None:
        self.model.mark_rest(Attendance.PRESENT)

    def save(self) -> None:
        session_id = self.current_session_id()
        if session_id is None or not self.model.marks:
            return
        unmarked = self.model.unmarked()
        if unmarked:
            self.say(self.tr("Mark every trainee first: %n not marked yet (or use Mark the "
                             "rest present).", "", unmarked), ok=False)
            return
        marks, training = dict(self.model.marks), self.training
        self.save_button.setEnabled(False)
        self.runner.submit(lambda _p, _c: training.take_roll(session_id, marks), write=True,
                           on_done=self._on_saved, on_error=self._on_save_failed,
                           name="save roll-call")

    def _on_saved(self, row: object) -> None:
        assert isinstance(row, SessionRow)
        self.say(self.tr("Roll-call saved for {0}: {1} marked.").format(
            row.held_on.isoformat(), row.marked), ok=True)
        self._wanted_session = row.id
        self.changed.emit()
        self.load()

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._on_model_marks_changed()
        self.say(error_text(exc), ok=False)

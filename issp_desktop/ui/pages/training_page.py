"""Training: the cohorts with their progress figures, and the chosen cohort's view (progress,
assessments, roll-call, curriculum, stipends). Trainers do all of it; a role without the
training-edit permission sees no buttons that change records (the services refuse anyway)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.services.training_types import CohortRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.cohort_list_model import CohortListModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_view import CohortView
from issp_desktop.ui.widgets.flow_row import FlowRow, wrapping
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.services.training import TrainingService


def _training_of(services: Services) -> TrainingService:
    found = getattr(services, "training", None)
    if found is not None:
        return found  # type: ignore[no-any-return]
    from issp_desktop.services.training import TrainingService

    return TrainingService(services.ctx)


class TrainingPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.training = _training_of(services)
        self.runner = runner
        self._wanted: int | None = None
        self.setObjectName("trainingPage")
        self.setAccessibleName(self.tr("Training"))
        self.model = CohortListModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("cohortTable")
        self.table.setAccessibleName(self.tr("Cohorts with their progress"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.new_button = QPushButton(self.tr("&New cohort…"))
        self.new_button.setObjectName("newCohortButton")
        self.new_button.clicked.connect(self.new_cohort)
        self.edit_button = QPushButton(self.tr("&Edit cohort…"))
        self.edit_button.setObjectName("editCohortButton")
        self.edit_button.clicked.connect(self.edit_cohort)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setObjectName("refreshCohortsButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh the cohorts"))
        self.refresh_button.clicked.connect(self.load)
        self.message = FormError()
        self.cohort_view = CohortView(self.training, runner)
        self.cohort_view.changed.connect(self._on_cohort_view_changed)
        buttons = FlowRow()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(wrapping(QLabel(self.tr(
            "<h2>Training</h2>Cohorts, newest first, with how their trainees are doing."))))
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.cohort_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.apply_permissions()

    def set_services(self, services: Services) -> None:
        self.services = services
        self.training = _training_of(services)

    @property
    def can_edit(self) -> bool:
        return self.services.actor.can(Permission.TRAINING_EDIT)

    def apply_permissions(self) -> None:
        self.new_button.setVisible(self.can_edit)
        self.edit_button.setVisible(self.can_edit)
        self.cohort_view.apply_permissions(self.services.actor)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    # --- the cohort list ---------------------------------------------------------------------

    def load(self) -> None:
        self.apply_permissions()
        training = self.training
        self.runner.submit(lambda _p, _c: training.list_cohorts(), on_done=self._on_loaded,
                           on_error=self._on_load_failed, name="cohorts")

    def _on_loaded(self, rows: Any) -> None:
        current = self.selected()
        wanted = self._wanted or (current.id if current else None)
        self._wanted = None
        self.model.set_rows(rows)
        self.message.clear_message()
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.cohort_view.show_cohort(None)
        self._update_buttons()

    def _on_load_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.show_message(error_text(exc))

    def selected(self) -> CohortRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def select_cohort(self, cohort_id: int) -> None:
        row = self.model.row_of(cohort_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        chosen = self.selected()
        shown = self.cohort_view.cohort
        if (shown is not None and (chosen is None or chosen.id != shown.id)
                and self.cohort_view.unsaved() and not self.ask_discard()):
            self.table.selectionModel().blockSignals(True)
            self.select_cohort(shown.id)  # stay on the cohort with the unsaved work
            self.table.selectionModel().blockSignals(False)
            return
        self.cohort_view.show_cohort(chosen)
        self._update_buttons()

    def ask_discard(self) -> bool:
        """May the unsaved results or marks of the cohort shown be dropped?"""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("%n typed result(s) or mark(s) of {0} are not saved. Drop them?", "",
                    self.cohort_view.unsaved()).format(
                self.cohort_view.cohort.name if self.cohort_view.cohort else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _on_table_double_clicked(self, _index: Any) -> None:
        if self.can_edit:
            self.edit_cohort()

    def _on_cohort_view_changed(self) -> None:
        self.load()  # fresh figures (and versions) for the list

    # --- new / edit --------------------------------------------------------------------------

    def new_cohort(self) -> None:
        self._open_dialog(None)

    def edit_cohort(self) -> None:
        cohort = self.selected()
        if cohort is not None:
            self._open_dialog(cohort)

    def _open_dialog(self, cohort: CohortRow | None) -> None:
        from issp_desktop.ui.dialogs.cohort_dialog import CohortDialog

        try:
            modules = self.training.list_modules(include_retired=False)
            trainers = self.training.trainer_names()
        except Exception as exc:  # shown, never a traceback
            self.message.show_message(error_text(exc))
            return
        dialog = CohortDialog(self.training, self.runner, cohort, modules=modules,
                              trainers=trainers, parent=self)
        dialog.saved.connect(self._on_cohort_saved)
        self.cohort_dialog = dialog
        dialog.open()

    def _on_cohort_saved(self, row: object) -> None:
        assert isinstance(row, CohortRow)
        self._wanted = row.id
        self.load()

"""Stipends tab (roles that may see pay figures): what the cohort's trainees are owed for
transport, meals and the like, and recording more (roles with the stipends permission). The
payroll feature pays them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from issp_desktop.services.training_rules import TAKING_PART
from issp_desktop.services.training_types import (
    BatchError,
    CohortRow,
    StipendInput,
    StipendKind,
    StipendList,
    TraineeBrief,
)
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.stipend_model import StipendModel, format_cents
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import CohortTab

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService

EVERYONE = -1


class StipendTab(CohortTab):
    def __init__(self, training: TrainingService, runner: TaskRunner) -> None:
        super().__init__(training, runner)
        self.setObjectName("stipendTab")
        self.trainees: list[TraineeBrief] = []
        self.model = StipendModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("stipendTable")
        self.table.setAccessibleName(self.tr("Stipends recorded"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.total_label = QLabel()
        self.total_label.setObjectName("stipendTotal")

        self.form_group = QGroupBox(self.tr("Record a stipend"))
        self.trainee_combo = QComboBox()
        self.trainee_combo.setObjectName("stipendTrainee")
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("stipendDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("stipendAmount")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 500 or 1,200.50"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("stipendKind")
        for kind, title in ((StipendKind.TRANSPORT, self.tr("Transport")),
                            (StipendKind.MEALS, self.tr("Meals")),
                            (StipendKind.OTHER, self.tr("Other"))):
            self.kind_combo.addItem(title, kind.value)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("stipendNote")
        self.note_edit.setMaxLength(200)
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setObjectName("recordStipendButton")
        self.record_button.clicked.connect(self.record)
        form = QFormLayout(self.form_group)
        form.addRow(self.tr("&Trainee:"), self.trainee_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Amount (KES):"), self.amount_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow("", self.record_button)
        for widget, name in ((self.trainee_combo, self.tr("Trainee")),
                             (self.date_edit, self.tr("Date")),
                             (self.amount_edit, self.tr("Amount in shillings")),
                             (self.kind_combo, self.tr("Kind of stipend")),
                             (self.note_edit, self.tr("Note"))):
            widget.setAccessibleName(name)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.form_group)
        layout.addWidget(self.message)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        self.form_group.setVisible(self.can_edit)

    def clear(self) -> None:
        self.model.set_rows([])
        self.trainee_combo.clear()
        self.total_label.setText("")

    def fetch(self, cohort: CohortRow) -> Any:
        training, cohort_id = self.training, cohort.id

        def work(_p: object, _c: object) -> tuple[StipendList, Any]:
            return training.list_stipends(cohort_id), training.cohort_trainees(cohort_id)

        return work

    def show_result(self, result: Any) -> None:
        stipends, trainees = result
        assert isinstance(stipends, StipendList)
        self.model.set_rows(stipends.rows)
        self.total_label.setText(
            self.tr("%n stipend(s), total KES {0}", "", len(stipends.rows)).format(
                format_cents(stipends.total_cents)))
        self.trainees = list(trainees)
        self.trainee_combo.clear()
        current = [t for t in self.trainees if t.stage in TAKING_PART]
        self.trainee_combo.addItem(self.tr("Every current trainee (%n)", "", len(current)),
                                   EVERYONE)
        for t in self.trainees:
            self.trainee_combo.addItem(t.name, t.id)

    def entries(self) -> list[StipendInput]:
        d = self.date_edit.date()
        on = date(d.year(), d.month(), d.day())
        chosen = self.trainee_combo.currentData()
        people = ([t.id for t in self.trainees if t.stage in TAKING_PART] if chosen == EVERYONE
                  else [int(chosen)])
        return [StipendInput(pid, on, self.amount_edit.text(),
                             str(self.kind_combo.currentData()), self.note_edit.text())
                for pid in people]

    def record(self) -> None:
        if self.cohort is None or self.trainee_combo.currentData() is None:
            return
        entries, cohort_id, training = self.entries(), self.cohort.id, self.training
        if not entries:
            self.say(self.tr("This cohort has nobody in training now."), ok=False)
            return
        self.record_button.setEnabled(False)
        self.runner.submit(lambda _p, _c: training.record_stipends(cohort_id, entries),
                           write=True, on_done=self._on_recorded, on_error=self._on_failed,
                           name="record stipends")

    def _on_recorded(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.record_button.setEnabled(True)
        self.amount_edit.clear()
        self.note_edit.clear()
        self.say(self.tr("Recorded %n stipend(s).", "", len(rows)), ok=True)
        self.changed.emit()
        self.load()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.record_button.setEnabled(True)
        if isinstance(exc, BatchError) and exc.problems:
            first = exc.problems[0]
            self.say(self.tr("Nothing was recorded: {0}: {1}").format(first.field,
                                                                       first.reason), ok=False)
        else:
            self.say(error_text(exc), ok=False)

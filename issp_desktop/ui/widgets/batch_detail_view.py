"""One batch beside the board: its figures, workers, status history, work logs and quality
checks, with the buttons to move it on (with an optional note kept in the status history),
record work, run a quality check, assign workers and take one off (hidden for roles without
DELIVERABLES_EDIT)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.deliverables import STATUS_TITLES, Status, fmt_bp
from issp_desktop.services.deliverables_types import BatchDetail, WorkerBrief
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class BatchDetailView(QWidget):
    changed = Signal(int)  # batch id, after anything was saved

    def __init__(self, deliverables: DeliverablesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDetail")
        self.deliverables = deliverables
        self.detail: BatchDetail | None = None
        self.title = QLabel(self.tr("Choose a batch on the board."))
        self.title.setObjectName("batchTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.move_combo = QComboBox()
        self.move_combo.setObjectName("batchMoveTo")
        self.move_combo.setAccessibleName(self.tr("Move the batch to"))
        self.move_note = QLineEdit()
        self.move_note.setObjectName("batchMoveNote")
        self.move_note.setMaxLength(300)
        self.move_note.setPlaceholderText(self.tr("Note for the move (optional)"))
        self.move_note.setAccessibleName(self.tr("Note for the status change"))
        self.move_note.returnPressed.connect(self._on_move_clicked)
        self.move_button = QPushButton(self.tr("&Move"))
        self.move_button.setObjectName("batchMove")
        self.work_button = QPushButton(self.tr("Record &work…"))
        self.work_button.setObjectName("batchRecordWork")
        self.qa_button = QPushButton(self.tr("&Quality check…"))
        self.qa_button.setObjectName("batchQaCheck")
        self.assign_button = QPushButton(self.tr("&Assign workers…"))
        self.assign_button.setObjectName("batchAssign")
        self.error = FormError(self)
        self.unassign_button = QPushButton(self.tr("Remo&ve worker…"))
        self.unassign_button.setObjectName("batchUnassign")
        self.unassign_button.setToolTip(self.tr(
            "Take the chosen worker off this batch (only while no work is logged by them)"))
        moves = QHBoxLayout()
        for w in (self.move_combo, self.move_note, self.move_button):
            moves.addWidget(w)
        moves.setStretch(1, 1)
        buttons = QHBoxLayout()
        for w in (self.work_button, self.qa_button, self.assign_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.workers = _table("batchWorkers", [self.tr("Worker"), self.tr("Units"),
                                               self.tr("Hours")])
        self.workers.setAccessibleName(self.tr("Workers on the batch"))
        self.workers.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.workers.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.workers.currentCellChanged.connect(lambda *_a: self._update_unassign())
        workers_tab = QWidget()
        workers_layout = QVBoxLayout(workers_tab)
        workers_layout.setContentsMargins(0, 0, 0, 0)
        unassign_row = QHBoxLayout()
        unassign_row.addWidget(self.unassign_button)
        unassign_row.addStretch(1)
        workers_layout.addLayout(unassign_row)
        workers_layout.addWidget(self.workers, 1)
        self.history = _table("batchHistory", [self.tr("When (UTC)"), self.tr("From"),
                                               self.tr("To"), self.tr("By"), self.tr("Note")])
        self.logs = _table("batchLogs", [self.tr("Day"), self.tr("Worker"), self.tr("Units"),
                                         self.tr("Minutes"), self.tr("Source")])
        self.checks = _table("batchChecks", [self.tr("Round"), self.tr("Sample"),
                                             self.tr("Checked"), self.tr("Errors"),
                                             self.tr("Accuracy %"), self.tr("Result"),
                                             self.tr("By category")])
        for table, name in ((self.history, self.tr("Status history")),
                            (self.logs, self.tr("Work logs")),
                            (self.checks, self.tr("Quality checks"))):
            table.setAccessibleName(name)
        tabs = QTabWidget()
        tabs.setObjectName("batchDetailTabs")
        tabs.addTab(workers_tab, self.tr("Workers"))
        tabs.addTab(self.checks, self.tr("Quality checks"))
        tabs.addTab(self.history, self.tr("Status history"))
        tabs.addTab(self.logs, self.tr("Work logs"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(moves)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(tabs, 1)
        can_edit = deliverables.actor.can(Permission.DELIVERABLES_EDIT)
        self.can_edit = can_edit
        for w in self._edit_widgets():
            w.setVisible(can_edit)
            w.setEnabled(False)
        self.move_button.clicked.connect(self._on_move_clicked)
        self.work_button.clicked.connect(self._on_work_clicked)
        self.qa_button.clicked.connect(self._on_qa_clicked)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.unassign_button.clicked.connect(self._on_unassign_clicked)
        self.open_dialog = self._exec  # replaced in tests to drive dialogs without exec()
        self.confirm = self._ask  # replaced in tests

    @staticmethod
    def _exec(dialog: Any) -> None:
        dialog.exec()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove worker"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _edit_widgets(self) -> tuple[QWidget, ...]:
        return (self.move_combo, self.move_note, self.move_button, self.work_button,
                self.qa_button, self.assign_button, self.unassign_button)

    def _open(self) -> bool:
        return self.detail is not None and Status(self.detail.batch.status) in (
            Status.RECEIVED, Status.IN_PROGRESS, Status.IN_QA, Status.REWORK)

    def current_worker(self) -> WorkerBrief | None:
        r = self.workers.currentRow()
        if self.detail is None or not 0 <= r < len(self.detail.workers):
            return None
        return self.detail.workers[r]

    def _update_unassign(self) -> None:
        self.unassign_button.setEnabled(self._open() and self.current_worker() is not None)

    def show_batch(self, batch_id: int | None) -> None:
        self.error.clear_message()
        if batch_id is None:
            self.detail = None
            self.title.setText(self.tr("Choose a batch on the board."))
            self.summary.clear()
            for w in self._edit_widgets():
                w.setEnabled(False)
            return
        d = self.detail = self.deliverables.batch_detail(batch_id)
        b = d.batch
        status = self.tr(STATUS_TITLES[Status(b.status)])
        self.title.setText(f"{b.reference} — {b.client}, {b.project}")
        late = self.tr("  LATE") if b.late else ""
        self.summary.setText(self.tr(
            "{0}{1}. {2} of {3} {4} done. Received {5}, due {6}{7}. Target accuracy {8} %, "
            "proposed QA sample {9} units. Price {10} {11} per unit.").format(
                status, late, f"{b.units_done:,}", f"{b.units_expected:,}", b.unit,
                b.received_on.isoformat(), b.due_on.isoformat(),
                self.tr(", delivered {0}").format(b.delivered_on.isoformat())
                if b.delivered_on else "", fmt_bp(d.accuracy_target_bp),
                f"{d.proposed_sample:,}", d.currency,
                f"{d.price_per_unit_cents // 100}.{d.price_per_unit_cents % 100:02d}"))
        self.move_combo.clear()
        for move in d.allowed_moves:
            self.move_combo.addItem(self.tr(STATUS_TITLES[Status(move)]), move)
        open_ = Status(b.status) in (Status.RECEIVED, Status.IN_PROGRESS, Status.IN_QA,
                                     Status.REWORK)
        self.move_combo.setEnabled(bool(d.allowed_moves))
        self.move_note.setEnabled(bool(d.allowed_moves))
        self.move_button.setEnabled(bool(d.allowed_moves))
        self.work_button.setEnabled(open_ and bool(d.workers))
        self.qa_button.setEnabled(Status(b.status) in (Status.IN_PROGRESS, Status.IN_QA,
                                                       Status.REWORK))
        self.assign_button.setEnabled(open_)
        _fill(self.workers, [[w.name, f"{w.units:,}", f"{w.minutes / 60:.1f}"]
                             for w in d.workers])
        self._update_unassign()
        _fill(self.history, [[f"{h.at:%Y-%m-%d %H:%M}", h.from_status or "", h.to_status,
                              h.by, h.note] for h in reversed(d.history)])
        _fill(self.logs, [[g.worked_on.isoformat(), g.name, f"{g.units:,}", str(g.minutes),
                           g.source] for g in d.logs[:500]])
        _fill(self.checks, [[str(c.round), f"{c.sample_size:,}", f"{c.checked:,}",
                             f"{c.errors:,}", fmt_bp(c.accuracy_bp),
                             self.tr("passed") if c.passed else self.tr("failed → rework"),
                             ", ".join(f"{k} {v}" for k, v in c.errors_by_category.items())]
                            for c in d.checks])

    def _saved(self) -> None:
        assert self.detail is not None
        bid = self.detail.batch.id
        self.show_batch(bid)
        self.changed.emit(bid)

    def _on_move_clicked(self) -> None:
        if self.detail is None or self.move_combo.currentData() is None:
            return
        from issp_desktop.errors import IsspError

        try:
            self.deliverables.move_batch(self.detail.batch.id, self.move_combo.currentData(),
                                         self.move_note.text(),
                                         expected_version=self.detail.batch.version)
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self.move_note.clear()
        self._saved()

    def _run(self, dialog: Any) -> None:
        dialog.saved.connect(lambda _result: self._saved())
        self.open_dialog(dialog)

    def _on_work_clicked(self) -> None:
        from issp_desktop.ui.dialogs.worklog_dialog import WorkLogDialog

        if self.detail is not None:
            self._run(WorkLogDialog(self.deliverables, self.detail, self))

    def _on_qa_clicked(self) -> None:
        from issp_desktop.ui.dialogs.qa_check_dialog import QaCheckDialog

        if self.detail is not None:
            self._run(QaCheckDialog(self.deliverables, self.detail,
                                    self.deliverables.list_categories(), self))

    def _on_assign_clicked(self) -> None:
        from issp_desktop.ui.dialogs.batch_workers_dialog import BatchWorkersDialog

        if self.detail is not None:
            self._run(BatchWorkersDialog(self.deliverables, self.detail, self))

    def _on_unassign_clicked(self) -> None:
        from issp_desktop.errors import IsspError

        worker = self.current_worker()
        if self.detail is None or worker is None:
            return
        ref = self.detail.batch.reference
        if worker.units or worker.minutes:  # the service refuses too; say why before asking
            self.error.show_message(self.tr(
                "{0} cannot be removed from {1}: they have {2} units ({3} hours) of work logged "
                "on it, and the logs keep them on the batch (rework is attributed to them "
                "too).").format(worker.name, ref, f"{worker.units:,}",
                                f"{worker.minutes / 60:.1f}"))
            return
        if not self.confirm(self.tr("Take {0} off batch {1}?").format(worker.name, ref)):
            return
        try:
            self.deliverables.unassign_worker(self.detail.batch.id, worker.person_id)
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self._saved()

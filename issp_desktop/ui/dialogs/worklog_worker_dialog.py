"""Record one worker's day across batches: pick the worker and the day, then type units and
minutes for each open batch the worker is assigned to. Saved all together or not at all; more
units than a batch expects asks for confirmation first."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from issp_desktop.domain.deliverables import MAX_DAY_MINUTES, MAX_UNITS
from issp_desktop.errors import ValidationError
from issp_desktop.services.deliverables_types import (
    OverExpectedError,
    WorkerBatch,
    WorkLogBatchError,
    WorkLogInput,
    WorkLogSaved,
)
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog, date_edit, to_date

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class WorkerDayDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(self.tr("Record a worker's day"), "workerDayDialog", parent)
        self.deliverables = deliverables
        self.batches: list[WorkerBatch] = []
        self.spins: list[tuple[int, QSpinBox, QSpinBox]] = []
        self.worker_combo = QComboBox()
        self.worker_combo.setObjectName("workerDayWorker")
        for w in deliverables.available_workers():
            label = f"{w.name} ({w.national_id})" if w.national_id else w.name
            self.worker_combo.addItem(label, w.person_id)
        self.day_edit = date_edit(day or date.today(), "workerDayDate")
        self.add_row(self.tr("&Worker:"), self.worker_combo)
        self.add_row(self.tr("&Day:"), self.day_edit)
        self.info = QLabel()
        self.info.setObjectName("workerDayInfo")
        self.info.setWordWrap(True)
        self.grid = QTableWidget(0, 6)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.grid.setObjectName("workerDayGrid")
        self.grid.setAccessibleName(self.tr("The worker's open batches"))
        self.grid.setHorizontalHeaderLabels([
            self.tr("Batch"), self.tr("Client / project"), self.tr("Due"),
            self.tr("Logged that day"), self.tr("Units"), self.tr("Minutes")])
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setMinimumWidth(640)
        self.form.addRow(self.info)
        self.form.addRow(self.grid)
        self.confirm = self._ask  # replaced in tests
        self.worker_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.day_edit.dateChanged.connect(lambda _d: self.load())
        self.load()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("More units than expected"), text)
        return answer == QMessageBox.StandardButton.Yes

    def person_id(self) -> int | None:
        data = self.worker_combo.currentData()
        return None if data is None else int(data)

    def load(self) -> None:
        """The chosen worker's open batches for the chosen day (typed figures are cleared)."""
        self.error.clear_message()
        pid = self.person_id()
        day = to_date(self.day_edit.date())
        self.batches = [] if pid is None else self.deliverables.worker_open_batches(pid, day)
        self.spins = []
        for row in range(self.grid.rowCount()):  # the last worker's spin boxes go now
            for col in (4, 5):
                old = self.grid.cellWidget(row, col)
                if old is not None:
                    self.grid.removeCellWidget(row, col)
                    old.hide()
                    old.deleteLater()
        self.grid.setRowCount(0)
        self.grid.setRowCount(len(self.batches))
        for row, b in enumerate(self.batches):
            for col, value in enumerate((b.reference, f"{b.client} / {b.project}",
                                         b.due_on.isoformat(),
                                         f"{b.logged_units:,}" if b.logged_units else "")):
                self.grid.setItem(row, col, QTableWidgetItem(value))
            units, minutes = QSpinBox(), QSpinBox()
            units.setRange(0, MAX_UNITS)
            minutes.setRange(0, MAX_DAY_MINUTES)
            units.setAccessibleName(self.tr("Units on {0}").format(b.reference))
            minutes.setAccessibleName(self.tr("Minutes on {0}").format(b.reference))
            self.grid.setCellWidget(row, 4, units)
            self.grid.setCellWidget(row, 5, minutes)
            self.spins.append((b.batch_id, units, minutes))
        self.grid.resizeColumnsToContents()
        name = self.worker_combo.currentText()
        if pid is None:
            self.info.setText(self.tr("There are no workers yet."))
        elif not self.batches:
            self.info.setText(self.tr("{0} is not assigned to any open batch; assign them from "
                                      "a batch's detail on the board.").format(name))
        else:
            self.info.setText(self.tr("{0} open batch(es). Type the units and minutes for "
                                      "each batch worked on that day; leave the rest at 0.")
                              .format(len(self.batches)))

    def entries(self) -> list[WorkLogInput]:
        pid = self.person_id()
        if pid is None:
            return []
        day = to_date(self.day_edit.date())
        return [WorkLogInput(bid, pid, day, u.value(), m.value())
                for bid, u, m in self.spins if u.value() or m.value()]

    def save(self) -> WorkLogSaved | None:
        entries = self.entries()
        try:
            return self._record(entries, force=False)
        except OverExpectedError as exc:
            text = self.tr("Batch {0} expects {1} units; with these logs it would have {2}. "
                           "Save anyway?").format(exc.reference, f"{exc.expected:,}",
                                                  f"{exc.would_be:,}")
            if not self.confirm(text):
                return None
            return self._record(entries, force=True)

    def _record(self, entries: list[WorkLogInput], *, force: bool) -> WorkLogSaved:
        """Save; problems name the batch of each entry rather than its position."""
        try:
            return self.deliverables.record_work(entries, force=force)
        except WorkLogBatchError as exc:
            refs = {b.batch_id: b.reference for b in self.batches}
            raise ValidationError(self.tr("work logs"), "; ".join(
                f"{refs.get(entries[i].batch_id, '?')}: {field}: {reason}"
                for i, field, reason in exc.problems)) from exc

"""Work logs: type in a day's work for a batch (by reference) or a worker's day across their
open batches, or import a client platform's
CSV/XLSX export: the file is checked first and its rows previewed with every problem listed;
only a clean file can be imported, all rows or none, with a backup made before."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.services.deliverables_types import WorkLogImportResult, WorkLogSaved
from issp_desktop.ui.errors import error_text, problem_text
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.flow_row import FlowRow
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class WorkLogImportView(QWidget):
    def __init__(self, deliverables: DeliverablesService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workLogs")
        self.deliverables = deliverables
        self.runner = runner
        self.path: Path | None = None
        self.result: WorkLogImportResult | None = None
        can_edit = deliverables.actor.can(Permission.DELIVERABLES_EDIT)
        typed = QGroupBox(self.tr("Type in a day's work"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("workReference")
        self.reference_edit.setPlaceholderText(self.tr("Batch reference"))
        self.reference_edit.setAccessibleName(self.tr("Batch reference"))
        self.record_button = QPushButton(self.tr("&Record work…"))
        self.record_button.setObjectName("workRecord")
        self.worker_day_button = QPushButton(self.tr("A worker's &day across batches…"))
        self.worker_day_button.setObjectName("workWorkerDay")
        self.typed_status = QLabel()
        self.typed_status.setObjectName("workTypedStatus")
        row = FlowRow()
        row.addWidget(self.reference_edit)
        row.addWidget(self.record_button)
        row.addWidget(QLabel(self.tr("or")))
        row.addWidget(self.worker_day_button)
        row.addStretch(1)
        typed_layout = QVBoxLayout(typed)
        typed_layout.addLayout(row)
        typed_layout.addWidget(self.typed_status)
        box = QGroupBox(self.tr("Import from a client platform (CSV or XLSX: batch_ref, "
                                "national_id, date, units, minutes)"))
        self.choose_button = QPushButton(self.tr("&Check a file…"))
        self.choose_button.setObjectName("workChooseFile")
        self.force_check = QCheckBox(self.tr("Accept batches getting more units than expected"))
        self.force_check.setObjectName("workForce")
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("workImport")
        self.import_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("workImportStatus")
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("workProblems")
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("workPreview")
        self.preview.setAccessibleName(self.tr("Rows of the file"))
        self.preview.setHorizontalHeaderLabels([self.tr("Batch"), self.tr("Worker"),
                                                self.tr("Day"), self.tr("Units"),
                                                self.tr("Minutes")])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error = FormError(self)
        buttons = FlowRow()
        for w in (self.choose_button, self.force_check, self.import_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addWidget(self.problems, 1)
        inner.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(typed)
        layout.addWidget(box, 1)
        layout.addWidget(self.error)
        typed.setVisible(can_edit)
        box.setVisible(can_edit)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.worker_day_button.clicked.connect(self._on_worker_day_clicked)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.force_check.toggled.connect(lambda _on: self.check_file(self.path)
                                         if self.path else None)
        self.open_dialog = self._exec
        self.pick_file = self._pick

    @staticmethod
    def _exec(dialog: Any) -> None:
        dialog.exec()

    def _pick(self) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("Work-log file"), "",
                                           self.tr("CSV or Excel (*.csv *.xlsx)"))[0]

    def _on_record_clicked(self) -> None:
        from issp_desktop.errors import IsspError
        from issp_desktop.ui.dialogs.worklog_dialog import WorkLogDialog

        try:
            batch = self.deliverables.find_batch(self.reference_edit.text())
            detail = self.deliverables.batch_detail(batch.id)
        except IsspError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.clear_message()
        dialog = WorkLogDialog(self.deliverables, detail, self)
        dialog.saved.connect(self._on_typed_saved)
        self.open_dialog(dialog)

    def _on_worker_day_clicked(self) -> None:
        from issp_desktop.ui.dialogs.worklog_worker_dialog import WorkerDayDialog

        self.error.clear_message()
        dialog = WorkerDayDialog(self.deliverables, self)
        dialog.saved.connect(self._on_typed_saved)
        self.open_dialog(dialog)

    def _on_typed_saved(self, saved: WorkLogSaved) -> None:
        self.typed_status.setText(self.tr("Saved {0} work log(s), {1} units.").format(
            saved.count, f"{saved.units:,}"))

    def _on_choose_clicked(self) -> None:
        chosen = self.pick_file()
        if chosen:
            self.check_file(Path(chosen))

    def check_file(self, path: Path | None) -> None:
        self.path = path
        if path is None:
            return
        force = self.force_check.isChecked()
        run_with_progress(self.runner, self, self.tr("Checking the file…"),
                          lambda p, c: self.deliverables.import_worklogs(
                              path, dry_run=True, force=force, progress=p, cancelled=c),
                          on_done=self._show, on_error=self._on_failed)

    def _on_import_clicked(self) -> None:
        if self.path is None:
            return
        path, force = self.path, self.force_check.isChecked()
        self.import_button.setEnabled(False)
        run_with_progress(self.runner, self, self.tr("Importing work logs…"),
                          lambda p, c: self.deliverables.import_worklogs(
                              path, force=force, progress=p, cancelled=c),
                          write=True, on_done=self._show, on_error=self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))

    def _show(self, result: WorkLogImportResult) -> None:
        self.result = result
        self.error.clear_message()
        self.problems.clear()
        self.problems.addItems([problem_text(p.line, p.column, p.reason) for p in result.problems]
                               + [self.tr("warning: {0}").format(w) for w in result.warnings])
        self.preview.setRowCount(len(result.preview))
        for r, (ref, name, day, units, minutes) in enumerate(result.preview):
            for c, value in enumerate((ref, name, day, f"{units:,}", str(minutes))):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        if result.problems:
            self.status.setText(self.tr("{0} problem(s) in {1} rows; fix the file and check it "
                                        "again. Nothing was saved.").format(
                len(result.problems), result.rows))
        elif result.dry_run:
            self.status.setText(self.tr("{0} rows, all good. Press Import to save them.")
                                .format(result.rows))
        else:
            self.status.setText(self.tr("Imported {0} work logs. A backup was made before: "
                                        "{1}").format(result.created, result.backup or "—"))
        self.import_button.setEnabled(result.dry_run and result.ok)

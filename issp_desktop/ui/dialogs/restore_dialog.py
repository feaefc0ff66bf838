"""Restore a backup: pick one (or a file from a USB stick), see what is in it, put it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.db.backup import BackupCheck, BackupInfo
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services

REASONS = {
    "auto": "automatic", "manual": "by hand", "close": "when closing",
    "pre-migration": "before an upgrade", "pre-restore": "before a restore",
    "pre-import": "before an import", "pre-payroll-close": "before closing payroll",
    "replaced": "replaced database",
}


class RestoreDialog(QDialog):
    restored = Signal(object)

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.backups: list[BackupInfo] = []
        self.chosen_file: Path | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Made (local time)"), self.tr("Why"),
                                              self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 170)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.details = QLabel(self.tr("Choose a backup to see what is in it."))
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.error_label = FormError()
        self.file_button = QPushButton(self.tr("From a &file…"))
        self.file_button.clicked.connect(self._on_file_clicked)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        intro = QLabel(self.tr(
            "Restoring puts a backup in place of the centre's database. The database as it is "
            "now is kept as a backup first, so nothing is lost."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(620, 460)
        self.check: BackupCheck | None = None
        self.load()

    def load(self) -> None:
        try:
            self.backups = self.services.backups.list()
        except Exception as exc:
            self.error_label.show_message(error_text(exc))
            return
        self.table.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            why = self.tr(REASONS.get(b.reason, b.reason))
            size = f"{b.size_bytes / 1_048_576:.1f} MB"
            for c, text in enumerate((when, why, size)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if not self.backups:
            self.details.setText(self.tr("There are no backups in {0} yet.").format(
                self.services.backups_dir))

    def selected_path(self) -> Path | None:
        if self.chosen_file is not None:
            return self.chosen_file
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def _on_table_selection_changed(self) -> None:
        self.chosen_file = None
        self._inspect()

    def _on_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), "",
                                              self.tr("ISSP backups (*.sqlite);;All files (*)"))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        self.table.clearSelection()
        self.chosen_file = path
        self._inspect()

    def _inspect(self) -> None:
        path = self.selected_path()
        self.restore_button.setEnabled(False)
        self.error_label.clear_message()
        if path is None:
            return
        self.details.setText(self.tr("Checking {0}…").format(path.name))
        backups = self.services.backups
        self.runner.submit(lambda _p, _c: backups.check(path),
                           on_done=lambda c: self._on_checked(path, c),
                           on_error=self._on_failed, name="check backup")

    def _on_checked(self, path: Path, check: Any) -> None:
        assert isinstance(check, BackupCheck)
        self.check = check
        counts = check.row_counts
        if check.ok:
            self.details.setText(self.tr(
                "{0}: sound. {1} people, {2} cohorts, {3} user accounts, {4} audit entries."
            ).format(path.name, counts.get("person", 0), counts.get("cohort", 0),
                     counts.get("app_user", 0), counts.get("audit_entry", 0)))
            self.restore_button.setEnabled(True)
        else:
            self.details.setText("")
            self.error_label.show_message(self.tr("{0} is damaged and cannot be restored: {1}")
                                          .format(path.name, check.summary()))

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.details.setText("")
        self.error_label.show_message(error_text(exc))

    def confirm(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Put {0} in place of the centre's database? Everyone will need to sign in "
                    "again. The database as it is now is kept as a backup.").format(path.name))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        path = self.selected_path()
        if path is None or not self.confirm(path):
            return
        self.restore_button.setEnabled(False)
        backups = self.services.backups
        run_with_progress(self.runner, self, self.tr("Restoring…"),
                          lambda _p, _c: backups.restore(path), write=True,
                          on_done=self._on_restored, on_error=self._on_failed)

    def _on_restored(self, result: Any) -> None:
        self.restored.emit(result)
        self.accept()

"""Import people from .csv or .xlsx: choose the file, see a preview and map its columns to
fields, then every row is checked (off the GUI thread, with Cancel) and each problem listed by
line before anything is written. The import itself is all-or-nothing, after a backup."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from issp_desktop.config.paths import resources_dir
from issp_desktop.services.people_io import (
    IMPORT_FIELDS,
    REQUIRED_FIELDS,
    CancelledByUserError,
    ImportResult,
    PeopleIOService,
    RawTable,
    guess_mapping,
    label,
    mapping_problems,
    read_table,
)
from issp_desktop.ui.errors import error_text, problem_text
from issp_desktop.ui.tasks import Task, TaskRunner, run_with_progress
from issp_desktop.ui.widgets.form_error import FormError

PREVIEW_ROWS = 20
TEMPLATE = "people-import-template.csv"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A .csv (UTF-8 or Windows-1252, comma or semicolon) or .xlsx "
                                 "file with one person per row and a header row."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        template = QPushButton(self.tr("Save the &template…"))
        template.clicked.connect(self.save_template)
        self.error = FormError()
        row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(template)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import people from"), "",
                                              self.tr("People files (*.csv *.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def save_template(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template as"), TEMPLATE,
                                                self.tr("CSV (*.csv)"))
        if target:
            shutil.copyfile(resources_dir() / "templates" / TEMPLATE, target)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        if self.w.table is not None and self.w.path == path:
            return True
        self.error.show_message(self.tr("Reading the file…"))
        self.w.runner.submit(lambda _p, _c: read_table(path), on_done=lambda t: self._read(
            path, t), on_error=self._failed, name="read import file")
        return False

    def _read(self, path: Path, table: object) -> None:
        assert isinstance(table, RawTable)
        self.w.path, self.w.table = path, table
        self.error.clear_message()
        QTimer.singleShot(0, self.w.next)

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.error.show_message(error_text(exc))


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Which column of the file holds each field? Fields marked * "
                                 "are needed; the others may stay empty."))
        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setMaximumHeight(180)
        self.combos: dict[str, QComboBox] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key in IMPORT_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            name = self.tr(label(key)) + (" *" if key in REQUIRED_FIELDS else "")
            combo.setAccessibleName(self.tr("Column for {0}").format(name))
            form.addRow(f"{name}:", combo)
            self.combos[key] = combo
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.error = FormError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.preview)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        kind = self.tr("Excel workbook") if table.format == "xlsx" else self.tr(
            "text read as {0}, separated by '{1}'").format(
            {"cp1252": "Windows-1252"}.get(table.encoding, "UTF-8"),
            {"\t": "tab"}.get(table.delimiter, table.delimiter))
        self.info.setText(self.tr("{0} rows; {1}.").format(f"{len(table.rows):,}", kind))
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, (_line, cells) in enumerate(shown):
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text[:200]))
        guessed = guess_mapping(table.headers)
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(guessed.get(key)), 0))

    def mapping(self) -> dict[str, str]:
        return {key: str(combo.currentData()) for key, combo in self.combos.items()
                if combo.currentData() is not None}

    def validatePage(self) -> bool:
        assert self.w.table is not None
        problems = mapping_problems(self.mapping(), self.w.table.headers)
        if problems:
            self.error.show_message("\n".join(f"{self.tr(label(p.column))}: {p.reason}"
                                              for p in problems))
            return False
        self.w.mapping = self.mapping()
        self.error.clear_message()
        return True


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.task: Task | None = None
        self.setTitle(self.tr("Check every row"))
        self.setSubTitle(self.tr("Nothing is written until every row is right. Fix the file "
                                 "and go back, or import when the list is empty."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checking"))
        self.cancel_button = QPushButton(self.tr("&Cancel the check"))
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems, by line"))
        self.allow_duplicates = QCheckBox(self.tr("Import people who look like someone already "
                                                  "registered (same birthday, similar name)"))
        self.allow_duplicates.toggled.connect(lambda _on: self.initializePage())
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.allow_duplicates)

    def initializePage(self) -> None:
        assert self.w.path is not None
        self.w.check = None
        self.problems.clear()
        self.summary.setText(self.tr("Checking…"))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()
        io, path, mapping = self.w.io, self.w.path, dict(self.w.mapping)
        allow = self.allow_duplicates.isChecked()
        self.task = self.w.runner.submit(
            lambda progress, cancelled: io.import_file(
                path, mapping, dry_run=True, override_duplicates=allow, progress=progress,
                cancelled=cancelled),
            on_done=self._checked, on_error=self._failed, on_progress=self._on_progress,
            name="check import")

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _checked(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.w.check = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        if result.ok:
            self.summary.setText(self.tr("All {0} rows are right. Import writes them all, "
                                         "after a backup.").format(f"{result.rows:,}"))
        else:
            self.summary.setText(self.tr("{0} problem(s). Nothing will be written until they "
                                         "are fixed:").format(len(result.problems)))
            self.problems.addItems([problem_text(p.line, p.column, p.reason)
                                    for p in result.problems])
        self.completeChanged.emit()

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.summary.setText(self.tr("Check cancelled.") if isinstance(exc, CancelledByUserError)
                             else error_text(exc))

    def isComplete(self) -> bool:
        return self.w.check is not None and self.w.check.ok and not self.w.importing


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportResult

    def __init__(self, io: PeopleIOService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.io, self.runner = io, runner
        self.path: Path | None = None
        self.table: RawTable | None = None
        self.mapping: dict[str, str] = {}
        self.check: ImportResult | None = None
        self.import_result: ImportResult | None = None
        self.importing = False
        self.setObjectName("importWizard")
        # gone when closed: a hidden wizard kept as a child of the page crashes Qt at the next
        # application-wide style change (Settings → Display)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import people"))
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.resize(760, 620)

    def accept(self) -> None:
        """Finish: import for real, off the GUI thread, with progress and Cancel."""
        if self.check is None or not self.check.ok or self.path is None or self.importing:
            return
        self.importing = True
        self.check_page.completeChanged.emit()
        io, path, mapping = self.io, self.path, dict(self.mapping)
        allow = self.check_page.allow_duplicates.isChecked()

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return io.import_file(path, mapping, override_duplicates=allow, progress=progress,
                                  cancelled=cancelled)

        run_with_progress(self.runner, self, self.tr("Importing people…"), work, write=True,
                          on_done=self._on_imported, on_error=self._on_import_failed)

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.importing = False
        if not result.ok:  # the database changed since the check
            self.check_page._checked(result)
            return
        self.import_result = result
        self.imported.emit(result)
        super().accept()

    def _on_import_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.importing = False
        self.check_page.summary.setText(
            self.tr("Cancelled; nothing was saved.") if isinstance(exc, CancelledByUserError)
            else error_text(exc))
        self.check_page.completeChanged.emit()

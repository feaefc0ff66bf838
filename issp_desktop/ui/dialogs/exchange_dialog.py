"""File → Exchange…: send this centre's changes to another centre as a signed file, import
a centre's bundle (or its acknowledgement of ours), resolve conflicts, and see the records by
origin centre. Manager only; export and import run off the GUI thread with progress and
Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.exchange_types import ConflictRow, ExportResult, ImportResult
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.formatting import format_money
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setAccessibleName(accessible)
    t.setHorizontalHeaderLabels(headers)
    t.setTabKeyNavigation(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class ExchangeDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.conflict_rows: list[ConflictRow] = []
        self.setObjectName("exchangeDialog")
        self.setWindowTitle(self.tr("Exchange with other centres"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        self.tabs.addTab(self._export_tab(), self.tr("&Export"))
        self.tabs.addTab(self._import_tab(), self.tr("&Import"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("C&onflicts"))
        self.tabs.addTab(self._centres_tab(), self.tr("Ce&ntres"))
        close = QPushButton(self.tr("Close"))
        close.setObjectName("exchangeClose")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(820, 520)
        self.load()

    # --- building ----------------------------------------------------------------------------

    def _export_tab(self) -> QWidget:
        w = QWidget()
        intro = QLabel(self.tr(
            "Writes the records changed here since the chosen centre last acknowledged a "
            "bundle, signed with this centre's key. Carry the file to the centre (USB stick, "
            "e-mail) and bring back its acknowledgement file."))
        intro.setWordWrap(True)
        self.centre_box = QComboBox()
        self.centre_box.setObjectName("exchangeCentre")
        self.centre_box.setAccessibleName(self.tr("Centre the bundle is for"))
        self.since_check = QCheckBox(self.tr("Only changes made on or after:"))
        self.since_check.setObjectName("exchangeSinceCheck")
        self.since_check.setAccessibleName(self.tr("Only changes since a date"))
        self.since_date = QDateEdit()
        self.since_date.setObjectName("exchangeSince")
        self.since_date.setAccessibleName(self.tr("Changes since"))
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.since_date.setCalendarPopup(True)
        self.since_date.setDate(QDate.currentDate().addMonths(-1))
        self.since_date.setEnabled(False)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        since = QHBoxLayout()
        since.addWidget(self.since_check)
        since.addWidget(self.since_date, 1)
        self.export_file = QLineEdit()
        self.export_file.setObjectName("exchangeExportFile")
        self.export_file.setAccessibleName(self.tr("Bundle file to write"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("exchangeExportBrowse")
        browse.clicked.connect(self._on_export_browse_clicked)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setObjectName("exchangeExportButton")
        self.export_button.clicked.connect(self.export)
        self.export_result = QLabel()
        self.export_result.setObjectName("exchangeExportResult")
        self.export_result.setWordWrap(True)
        self.export_error = FormError()
        form = QFormLayout()
        form.addRow(self.tr("&Centre:"), self.centre_box)
        form.addRow(_buddy(self.tr("Since:"), self.since_check), since)
        form.addRow(_buddy(self.tr("&File:"), self.export_file),
                    _file_row(self.export_file, browse))
        layout = QVBoxLayout(w)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.export_button)
        layout.addWidget(self.export_error)
        layout.addWidget(self.export_result)
        layout.addStretch(1)
        return w

    def _import_tab(self) -> QWidget:
        w = QWidget()
        intro = QLabel(self.tr(
            "Imports a bundle from a trusted centre (all of it or nothing, after a backup) and "
            "writes its acknowledgement beside it for the sender — or records a centre's "
            "acknowledgement of a bundle sent from here."))
        intro.setWordWrap(True)
        self.import_file = QLineEdit()
        self.import_file.setObjectName("exchangeImportFile")
        self.import_file.setAccessibleName(self.tr("Bundle or acknowledgement file"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setObjectName("exchangeImportBrowse")
        browse.clicked.connect(self._on_import_browse_clicked)
        self.import_button = QPushButton(self.tr("Im&port"))
        self.import_button.setObjectName("exchangeImportButton")
        self.import_button.clicked.connect(self.import_)
        self.import_result = QLabel()
        self.import_result.setObjectName("exchangeImportResult")
        self.import_result.setWordWrap(True)
        self.import_error = FormError()
        form = QFormLayout()
        form.addRow(_buddy(self.tr("&File:"), self.import_file),
                    _file_row(self.import_file, browse))
        layout = QVBoxLayout(w)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.import_button)
        layout.addWidget(self.import_error)
        layout.addWidget(self.import_result)
        layout.addStretch(1)
        return w

    def _conflicts_tab(self) -> QWidget:
        w = QWidget()
        self.conflicts = _table("exchangeConflicts", self.tr("Conflicts"), [
            self.tr("Record"), self.tr("From"), self.tr("Fields that differ"),
            self.tr("Found")])
        self.conflicts.setColumnWidth(0, 220)
        self.conflicts.setColumnWidth(1, 160)
        self.conflicts.setColumnWidth(2, 220)
        self.conflicts.itemSelectionChanged.connect(self._on_conflicts_selection_changed)
        self.conflict_detail = QLabel()
        self.conflict_detail.setObjectName("exchangeConflictDetail")
        self.conflict_detail.setWordWrap(True)
        self.mine_button = QPushButton(self.tr("Keep &mine"))
        self.mine_button.setObjectName("exchangeKeepMine")
        self.theirs_button = QPushButton(self.tr("Take &theirs"))
        self.theirs_button.setObjectName("exchangeTakeTheirs")
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.conflict_error = FormError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        intro = QLabel(self.tr(
            "Records changed both here and at another centre since the last exchange. This "
            "centre's version stays until you choose; the choice goes out with the next "
            "exports."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(w)
        layout.addWidget(intro)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.conflict_detail)
        layout.addWidget(self.conflict_error)
        layout.addLayout(buttons)
        return w

    def _centres_tab(self) -> QWidget:
        w = QWidget()
        self.centres = _table("exchangeCentres", self.tr("Records by centre"), [
            self.tr("Centre"), self.tr("People"), self.tr("Workers"), self.tr("Trainees"),
            self.tr("Hours"), self.tr("Units"), self.tr("Gross pay")])
        intro = QLabel(self.tr(
            "Every record keeps the centre it was made at. People, rostered hours, work units "
            "and gross pay by centre, and for all centres together."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(w)
        layout.addWidget(intro)
        layout.addWidget(self.centres, 1)
        return w

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        ex = self.services.exchange
        current = self.centre_box.currentData()
        self.centre_box.clear()
        for p in ex.partners():
            self.centre_box.addItem(p.name, p.key_id)
        if current is not None and self.centre_box.findData(current) >= 0:
            self.centre_box.setCurrentIndex(self.centre_box.findData(current))
        none = self.centre_box.count() == 0
        self.export_button.setEnabled(not none)
        if none:
            self.export_error.show_message(self.tr(
                "No trusted centres yet: trust a centre's key under Certificates → Trusted "
                "centres first."))
        self._load_conflicts()
        self._load_centres()

    def _load_conflicts(self) -> None:
        self.conflict_rows = self.services.exchange.conflicts()
        t = self.conflicts
        t.setRowCount(len(self.conflict_rows))
        for r, c in enumerate(self.conflict_rows):
            for col, text in enumerate((
                    f"{c.table.replace('_', ' ')}: {c.label}", c.from_centre,
                    ", ".join(c.fields), c.detected_at.strftime("%Y-%m-%d %H:%M"))):
                t.setItem(r, col, QTableWidgetItem(text))
        self.tabs.setTabText(2, self.tr("C&onflicts ({0})").format(len(self.conflict_rows))
                             if self.conflict_rows else self.tr("C&onflicts"))
        self._on_conflicts_selection_changed()

    def _load_centres(self) -> None:
        rows = self.services.exchange.centres()
        t = self.centres
        t.setRowCount(len(rows))
        for r, c in enumerate(rows):
            name = c.name if c.key_id else self.tr("All centres")
            if c.own:
                name = self.tr("{0} (this centre)").format(name)
            values = [name, f"{c.people:,}", f"{c.workers:,}", f"{c.trainees:,}",
                      f"{c.hours:,}", f"{c.units:,}", format_money(c.gross_cents)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not c.key_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                t.setItem(r, col, item)
        t.resizeColumnsToContents()

    # --- export ------------------------------------------------------------------------------

    def _on_export_browse_clicked(self) -> None:
        name = self.centre_box.currentText().replace(" ", "-").lower() or "centre"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the bundle to"), f"to-{name}.issp",
            self.tr("Exchange files (*.issp)"))
        if path:
            self.export_file.setText(path)

    def export(self) -> None:
        self.export_error.clear_message()
        path = self.export_file.text().strip()
        if not path:
            self.export_error.show_message(self.tr("Choose the file to write."))
            return
        centre = str(self.centre_box.currentData() or "")
        since = None
        if self.since_check.isChecked():
            d = self.since_date.date()
            since = date(d.year(), d.month(), d.day())
        ex = self.services.exchange

        def work(progress: Any, cancelled: Any) -> ExportResult:
            return ex.export(centre, Path(path), since, progress, cancelled)

        self.export_button.setEnabled(False)
        run_with_progress(self.runner, self, self.tr("Writing the bundle"), work, write=True,
                          on_done=self._on_export_done, on_error=self._on_export_failed)

    def _on_export_done(self, r: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.export_result.setText(self.tr(
            "Wrote {0} record(s) for {1} to {2}. Bring back the acknowledgement file it "
            "makes there and import it here.").format(r.records, r.to_centre, str(r.path)))

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_error.show_message(error_text(exc))

    # --- import ------------------------------------------------------------------------------

    def _on_import_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an exchange file"), "", self.tr("Exchange files (*.issp)"))
        if path:
            self.import_file.setText(path)

    def import_(self) -> None:
        self.import_error.clear_message()
        self.import_result.clear()
        path = self.import_file.text().strip()
        if not path:
            self.import_error.show_message(self.tr("Choose the file to import."))
            return
        ex = self.services.exchange

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return ex.import_file(Path(path), None, progress, cancelled)

        self.import_button.setEnabled(False)
        run_with_progress(self.runner, self, self.tr("Importing"), work, write=True,
                          on_done=self._on_import_done, on_error=self._on_import_failed)

    def _on_import_done(self, r: ImportResult) -> None:
        self.import_button.setEnabled(True)
        if r.kind == "ack":
            text = (self.tr("This acknowledgement from {0} was recorded already; nothing "
                            "changed.") if r.already_imported else
                    self.tr("{0} acknowledged the bundle; the next export to it holds only "
                            "newer changes.")).format(r.from_centre)
        elif r.already_imported:
            text = self.tr("This bundle from {0} was imported already; nothing changed. Its "
                           "acknowledgement was written again to {1}.").format(
                r.from_centre, str(r.ack_path))
        else:
            text = self.tr(
                "Imported {0} record(s) from {1}: {2} new, {3} updated, {4} deleted, {5} "
                "unchanged, {6} conflict(s). Send the acknowledgement {7} back to {1}.").format(
                r.records, r.from_centre, r.inserted, r.updated, r.deleted, r.unchanged,
                r.conflicts, str(r.ack_path))
        self.import_result.setText(text)
        self._load_conflicts()
        self._load_centres()
        self.imported.emit(r)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.import_error.show_message(error_text(exc))

    # --- conflicts ---------------------------------------------------------------------------

    def _selected_conflict(self) -> ConflictRow | None:
        rows = self.conflicts.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflict_rows):
            return None
        return self.conflict_rows[rows[0].row()]

    def _on_conflicts_selection_changed(self) -> None:
        c = self._selected_conflict()
        self.mine_button.setEnabled(c is not None)
        self.theirs_button.setEnabled(c is not None)
        if c is None:
            self.conflict_detail.setText(self.tr("Choose a conflict to see both versions.")
                                         if self.conflict_rows else self.tr("No conflicts."))
            return
        gone = self.tr("(deleted)")
        lines = [self.tr("{0}: here {1}, at {2} {3}").format(
            f, gone if c.mine is None else repr(c.mine.get(f)), c.from_centre,
            gone if c.theirs is None else repr(c.theirs.get(f))) for f in c.fields[:8]]
        self.conflict_detail.setText("\n".join(lines))

    def resolve(self, choice: str) -> None:
        c = self._selected_conflict()
        if c is None:
            return
        self.conflict_error.clear_message()
        ex = self.services.exchange

        def work(_progress: Any, _cancelled: Any) -> ConflictRow:
            return ex.resolve(c.id, choice)

        run_with_progress(self.runner, self, self.tr("Resolving the conflict"), work,
                          write=True, on_done=self._on_resolve_done,
                          on_error=self._on_resolve_failed)

    def _on_resolve_done(self, _row: ConflictRow) -> None:
        self._load_conflicts()
        self._load_centres()

    def _on_resolve_failed(self, exc: BaseException) -> None:
        self.conflict_error.show_message(error_text(exc))

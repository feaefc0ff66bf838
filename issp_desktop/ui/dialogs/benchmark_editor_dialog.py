"""The benchmarks the impact figures compare with: every dated row with its source, and
buttons to add a row or the shipped Kenyan defaults (for those who may edit the centre)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.errors import IsspError
from issp_desktop.services.impact import ImpactService
from issp_desktop.services.impact_types import BenchmarkRow
from issp_desktop.ui.dialogs.benchmark_dialog import BenchmarkDialog
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.impact_table_model import ImpactTableModel

COLUMNS = ("Benchmark", "In force from", "Amount a month", "Currency", "Applies to", "Source",
           "Source date", "Note", "Recorded by")


class BenchmarkEditorDialog(QDialog):
    def __init__(self, impact: ImpactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.impact = impact
        self.changed = False
        self.setObjectName("benchmarkEditor")
        self.setWindowTitle(self.tr("Impact benchmarks"))
        self.resize(980, 420)
        intro = QLabel(self.tr(
            "The income figures compare current earnings with the benchmark of each kind in "
            "force on the period's last day. Rows are never edited: add a newer row to change "
            "a figure. Check figures marked \"check the source\" before relying on them."))
        intro.setWordWrap(True)
        self.model = ImpactTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("benchmarkTable")
        self.table.setAccessibleName(self.tr("Benchmarks"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add a dated row…"))
        self.add_button.setObjectName("addBenchmark")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.defaults_button = QPushButton(self.tr("Add the &Kenyan defaults"))
        self.defaults_button.setObjectName("addDefaultBenchmarks")
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        may_edit = impact.actor.can(Permission.CENTRE_EDIT)
        self.add_button.setVisible(may_edit)
        self.defaults_button.setVisible(may_edit)
        self.status = QLabel()
        self.status.setObjectName("benchmarkStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            rows = self.impact.benchmarks()
        except IsspError as exc:
            self.status.setText(error_text(exc))
            return
        self.model.set_table(tuple(self.tr(c) for c in COLUMNS), [_cells(r) for r in rows])
        self.table.resizeColumnsToContents()
        for column in (5,):
            self.table.setColumnWidth(column, min(360, self.table.columnWidth(column)))
        if not rows:
            self.status.setText(self.tr("No benchmarks yet: the income shares cannot be worked "
                                        "out until there are some."))

    def _on_add_clicked(self) -> None:
        dialog = BenchmarkDialog(self.impact, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.status.setText(self.tr("Added the {0} from {1}.").format(
                dialog.saved.title.lower(), dialog.saved.effective_from.isoformat()))
            self.reload()

    def _on_defaults_clicked(self) -> None:
        try:
            added = self.impact.add_default_benchmarks()
        except IsspError as exc:
            self.status.setText(error_text(exc))
            return
        self.changed = self.changed or bool(added)
        self.reload()
        self.status.setText(self.tr("Added {0} rows.").format(len(added)) if added
                            else self.tr("The Kenyan defaults are all recorded already."))


def _cells(r: BenchmarkRow) -> tuple[str | float, ...]:
    return (r.title, r.effective_from.isoformat(), r.amount_cents / 100, r.currency, r.area,
            r.source, r.source_date.isoformat() if r.source_date else "", r.note,
            r.recorded_by)

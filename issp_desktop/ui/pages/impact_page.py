"""Impact: for a chosen range, the headline figures with their change against the previous
period, charts (income before and after, headcount and departures, training funnel), a
breakdown table, the data notes; the funder report exported as PDF or XLSX; the benchmarks."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.impact import Breakdown
from issp_desktop.services.impact import ImpactService
from issp_desktop.services.impact_types import ImpactReport
from issp_desktop.ui.errors import error_text, show_error
from issp_desktop.ui.models.impact_table_model import ImpactTableModel
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.flow_row import FlowRow
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.impact_chart import ImpactChart

if TYPE_CHECKING:
    from issp_desktop.services import Services

# The sentences the service's breakdown note is made of (translated one by one at display).
BREAKDOWN_NOTES = (
    QT_TRANSLATE_NOOP("ImpactPage", "Reached: applied, trained or employed in the period."),
    QT_TRANSLATE_NOOP("ImpactPage", "At end: headcount on the last day."),
    QT_TRANSLATE_NOOP("ImpactPage", "Left: voluntary and involuntary departures."),
    QT_TRANSLATE_NOOP("ImpactPage", "Finished: completed training in a cohort that ended in "
                                    "the period."),
    QT_TRANSLATE_NOOP("ImpactPage", "Impact %: impact-worker share at the end."),
    QT_TRANSLATE_NOOP("ImpactPage", "Income ×: median current earnings ÷ baseline."),
    QT_TRANSLATE_NOOP("ImpactPage", "≥ min. wage %: workers at the end earning at least the "
                                    "minimum wage."),
    QT_TRANSLATE_NOOP("ImpactPage", "In breakdown tables a count of 1 to 4 people, and any share or median worked out from fewer than 5 people, is shown as \"<5\" so that nobody can be identified."),  # noqa: E501
    QT_TRANSLATE_NOOP("ImpactPage", "Age bands use the age on the period's last day."),
)

TILES = ("headcount", "people_impacted", "impact_share", "income_ratio", "turnover_voluntary",
         "retention_12m", "training_hours", "completion_rate")


def _impact_of(services: Services) -> ImpactService:
    found = getattr(services, "impact", None)
    return found if found is not None else ImpactService(services.ctx)


def range_for(choice: str, today: date) -> tuple[date, date]:
    """The dates of a named range: this year (to today), last year, the last 12 months."""
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if choice == "last_12":
        return today - timedelta(days=364), today
    return date(today.year, 1, 1), today


class ImpactPage(QWidget):
    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.impact = _impact_of(services)
        self.runner = runner
        self.report: ImpactReport | None = None
        self.setObjectName("impactPage")
        self.setAccessibleName(self.tr("Impact"))

        self.range = QComboBox()
        self.range.setObjectName("impactRange")
        self.range.setAccessibleName(self.tr("Period"))
        for key, text in (("this_year", self.tr("This year")), ("last_year", self.tr("Last year")),
                          ("last_12", self.tr("Last 12 months")), ("custom", self.tr("Custom"))):
            self.range.addItem(text, key)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name, text in ((self.start, "impactFrom", self.tr("From")),
                                 (self.end, "impactTo", self.tr("To"))):
            edit.setObjectName(name)
            edit.setAccessibleName(text)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by = QComboBox()
        self.by.setObjectName("impactBreakdown")
        self.by.setAccessibleName(self.tr("Break down by"))
        for b, text in ((Breakdown.GENDER, self.tr("Gender")),
                        (Breakdown.DISABILITY, self.tr("Disability")),
                        (Breakdown.AGE, self.tr("Age band")),
                        (Breakdown.COUNTY, self.tr("County"))):
            self.by.addItem(text, b.value)
        self.centre = QComboBox()
        self.centre.setObjectName("impactCentre")
        self.centre.setAccessibleName(self.tr("Centre"))
        self.centre.addItem(self.tr("All centres"), "")
        held = self.impact.centres()
        for name in held:
            self.centre.addItem(name, name)
        self.refresh_button = QPushButton(self.tr("&Show"))
        self.refresh_button.setObjectName("impactShow")
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setObjectName("impactExportPdf")
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.xlsx_button.setObjectName("impactExportXlsx")
        self.bench_button = QPushButton(self.tr("&Benchmarks…"))
        self.bench_button.setObjectName("impactBenchmarks")
        self.help_button = QPushButton(self.tr("&Definitions"))
        self.help_button.setObjectName("impactDefinitions")
        bar = FlowRow()
        fields = [(self.tr("&Period"), self.range), (self.tr("&From"), self.start),
                  (self.tr("&To"), self.end), (self.tr("Break down &by"), self.by)]
        if len(held) > 1:  # a head office holding other centres' records
            fields.append((self.tr("Cent&re"), self.centre))
        else:
            self.centre.hide()
        for label, widget in fields:
            text = QLabel(label)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        for button in (self.pdf_button, self.xlsx_button, self.bench_button, self.help_button):
            bar.addWidget(button)
        self.error = FormError()
        self.status = QLabel()
        self.status.setObjectName("impactStatus")

        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        tiles = QGridLayout()
        for i, key in enumerate(TILES):
            frame = QFrame()
            frame.setObjectName(f"tile_{key}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            value, caption = QLabel("—"), QLabel()
            value.setObjectName(f"tileValue_{key}")
            value.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1f6f8b;")
            caption.setWordWrap(True)
            box = QVBoxLayout(frame)
            box.addWidget(value)
            box.addWidget(caption)
            tiles.addWidget(frame, i // 4, i % 4)
            self.tiles[key] = (value, caption)
        self.income_chart = ImpactChart("income", self.tr("Monthly income: at baseline and now"))
        self.headcount_chart = ImpactChart("headcount",
                                           self.tr("Headcount and departures by month"))
        self.funnel_chart = ImpactChart("funnel", self.tr("Training funnel"))
        charts = QHBoxLayout()
        for chart in (self.income_chart, self.headcount_chart, self.funnel_chart):
            charts.addWidget(chart, 1)
        self.figures_model = ImpactTableModel(self)
        self.figures_table = self._table("impactFigures", self.tr("Headline figures"),
                                         self.figures_model)
        self.breakdown_model = ImpactTableModel(self)
        self.breakdown_table = self._table("impactBreakdownTable", self.tr("Breakdown"),
                                           self.breakdown_model)
        self.breakdown_title = QLabel()
        self.notes = QLabel()
        self.notes.setObjectName("impactNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QWidget()
        content = QVBoxLayout(body)
        content.addLayout(tiles)
        content.addLayout(charts)
        content.addWidget(self._heading(self.tr("Headline figures")))
        content.addWidget(self.figures_table)
        content.addWidget(self.breakdown_title)
        content.addWidget(self.breakdown_table)
        content.addWidget(self._heading(self.tr("Data notes")))
        content.addWidget(self.notes)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("impactScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.range.currentIndexChanged.connect(self._on_range_current_index_changed)
        self.by.currentIndexChanged.connect(self._on_by_current_index_changed)
        self.centre.currentIndexChanged.connect(self._on_centre_current_index_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.bench_button.clicked.connect(self._on_bench_clicked)
        self.help_button.clicked.connect(self._on_help_clicked)
        self._on_range_current_index_changed()  # sets the dates and loads the figures

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; font-size: 11pt; margin-top: 8px;")
        return label

    def _table(self, name: str, title: str, model: ImpactTableModel) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setObjectName(name)
        table.setAccessibleName(title)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(180)
        return table

    # --- range ---------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _on_range_current_index_changed(self, *_: Any) -> None:
        choice = self.range.currentData()
        custom = choice == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            first, last = range_for(choice, self.impact.today())
            self.start.setDate(QDate(first))
            self.end.setDate(QDate(last))
            self.refresh()

    def _on_centre_current_index_changed(self, *_: Any) -> None:
        self.refresh()

    def _on_by_current_index_changed(self, *_: Any) -> None:
        self._show_breakdown()

    # --- loading -------------------------------------------------------------------------------

    def chosen_centre(self) -> str | None:
        """The centre whose records the figures are of (None: every record held here)."""
        return str(self.centre.currentData() or "") or None

    def refresh(self) -> None:
        if not hasattr(self, "notes"):
            return  # still being built
        start, end = self.period()
        self.error.clear_message()
        if end < start:
            self.error.show_message(self.tr("The period ends before it starts: choose an end "
                                            "on or after {0}.").format(start.isoformat()))
            return
        self.status.setText(self.tr("Working out the figures…"))
        impact, centre = self.impact, self.chosen_centre()
        self.runner.submit(lambda progress, cancelled: impact.report(
            start, end, None, centre=centre, progress=progress, cancelled=cancelled),
            on_done=self._on_report_done, on_error=self._on_report_failed)

    def _on_report_done(self, report: object) -> None:
        assert isinstance(report, ImpactReport)
        self.report = report
        self.status.setText(self.tr("{0} to {1}, compared with {2} to {3}; {4} people "
                                    "reached.").format(
            report.start.isoformat(), report.end.isoformat(), report.previous_start.isoformat(),
            report.previous_end.isoformat(), f"{report.people_considered:,}"))
        for key, (value, caption) in self.tiles.items():
            f = report.figure(key)
            value.setText(f.text)
            change = f" ({f.change_text})" if f.change_text else ""
            caption.setText(f"{f.label}{change}")
            value.setToolTip(f"{f.label}: {f.detail}" if f.detail else f.label)
        self.figures_model.set_table(
            (self.tr("Section"), self.tr("Figure"), self.tr("This period"), self.tr("Previous"),
             self.tr("Change"), self.tr("Detail"), self.tr("IRIS+")),
            [(f.section, f.label, f.text, f.previous_text, f.change_text, f.detail, f.iris)
             for f in report.figures])
        self.figures_table.setMinimumHeight(min(900, 26 * (len(report.figures) + 1)))
        self.income_chart.set_income(report.income_bands)
        self.headcount_chart.set_months(report.months)
        self.funnel_chart.set_funnel(report.funnel)
        self.notes.setText("\n".join(f"• {n}" for n in report.notes))
        self._show_breakdown()

    def _on_report_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.status.setText("")
        self.error.show_message(error_text(exc))

    def _show_breakdown(self) -> None:
        if self.report is None:
            return
        key = f"breakdown_{self.by.currentData()}"
        table = self.report.table(key)
        words = self._breakdown_words()
        self.breakdown_title.setText(f"<b>{words.get(table.title, table.title)}</b>")
        note = table.note
        for english, said in self._breakdown_notes():
            note = note.replace(english, said)
        self.breakdown_title.setToolTip(note)
        self.breakdown_model.set_table(
            tuple(words.get(c, c) for c in table.columns),
            [(words.get(r[0], r[0]) if isinstance(r[0], str) else r[0], *r[1:])
             for r in table.rows])

    def _breakdown_words(self) -> dict[str, str]:
        """The breakdown's title, columns and group names as the service words them (English),
        each in the GUI's language; a word the service adds later stays in English."""
        return {
            "By gender": self.tr("By gender"), "By disability": self.tr("By disability"),
            "By age band (age at the period's end)": self.tr(
                "By age band (age at the period's end)"),
            "By county": self.tr("By county"),
            "Group": self.tr("Group"), "Reached": self.tr("Reached"),
            "At end": self.tr("At end"), "Hired": self.tr("Hired"), "Left": self.tr("Left"),
            "Turnover %": self.tr("Turnover %"), "Impact %": self.tr("Impact %"),
            "Trained": self.tr("Trained"), "Finished": self.tr("Finished"),
            "Income ×": self.tr("Income ×"), "≥ min. wage %": self.tr("≥ min. wage %"),
            "female": self.tr("female"), "male": self.tr("male"), "other": self.tr("other"),
            "unsaid": self.tr("unsaid"), "unknown": self.tr("unknown"),
            "with disability": self.tr("with disability"),
            "without disability": self.tr("without disability"),
            "under 15": self.tr("under 15"),
        }

    def _breakdown_notes(self) -> list[tuple[str, str]]:
        """The sentences of the breakdown's note (its tooltip), English → the GUI's language."""
        return [(english, self.tr(english)) for english in BREAKDOWN_NOTES]

    # --- actions -------------------------------------------------------------------------------

    def export(self, suffix: str, target: Path | None = None) -> None:
        start, end = self.period()
        if target is None:
            kind = "PDF (*.pdf)" if suffix == ".pdf" else "Excel workbook (*.xlsx)"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the impact report"),
                f"impact-{start.isoformat()}-{end.isoformat()}{suffix}", self.tr(kind))
            if not chosen:
                return
            target = Path(chosen)
            if target.suffix.lower() != suffix:
                target = target.with_suffix(suffix)
        impact, by, centre = self.impact, None, self.chosen_centre()
        chosen_path = target

        def work(progress: Any, cancelled: Any) -> Path:
            from issp_desktop.reports.impact_report import write_impact_report

            report = impact.report(start, end, by, centre=centre, progress=progress,
                                   cancelled=cancelled)
            return write_impact_report(report, chosen_path)

        run_with_progress(self.runner, self, self.tr("Writing the impact report…"), work,
                          on_done=self._on_exported, on_error=self._on_export_failed)

    def _on_exported(self, path: object) -> None:
        self.status.setText(self.tr("Wrote {0}").format(path))

    def _on_export_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_error(self, self.tr("Export failed"), exc)

    def _on_bench_clicked(self) -> None:
        from issp_desktop.ui.dialogs.benchmark_editor_dialog import BenchmarkEditorDialog

        dialog = BenchmarkEditorDialog(self.impact, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def _on_help_clicked(self) -> None:
        from issp_desktop.ui.dialogs.help_dialog import HelpDialog

        HelpDialog("impact-figures", self.tr("Impact figures"), self).exec()

"""The Monthly summary tab: per worker, the month's planned and worked hours, overtime on
weekdays and on rest days/public holidays, night hours, lateness, absences, leave and downtime —
what payroll reads — with a totals row, and export to XLSX or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from issp_desktop.domain.access import Permission
from issp_desktop.services.attendance_summary import month_bounds, total_row
from issp_desktop.ui.models.attendance_table_models import AttendanceSummaryModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_tab_base import AttendanceTab, date_edit, to_date

if TYPE_CHECKING:
    from issp_desktop.services import Services


class SummaryTab(AttendanceTab):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner)
        self.setObjectName("attendanceSummaryTab")
        today = self.today()
        self.month_edit = date_edit("summaryMonth", date(today.year, today.month, 1),
                                    self.tr("Month"), "MMMM yyyy")
        self.month_edit.dateChanged.connect(lambda _d: self.load())
        self.model = AttendanceSummaryModel(self)
        self.table = self.make_table(self.model, "summaryTable",
                                     self.tr("Attendance summary per worker"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(False)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportSummaryButton")
        self.export_button.clicked.connect(self.ask_export)
        self.note = QLabel(self.tr(
            "Hours with two decimals. A shift counts in the month of the day it starts. "
            "Overtime is time after the planned end (before the start too when approved); "
            "on a public holiday or the weekly rest day worked, every hour is rest-day "
            "overtime. Unplanned hours count once a shift is planned for them."))
        self.note.setObjectName("summaryNote")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Month:"))
        label.setBuddy(self.month_edit)
        top.addWidget(label)
        top.addWidget(self.month_edit)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        self.export_button.setVisible(services.actor.can(Permission.ROSTER_VIEW))

    def period(self) -> tuple[date, date]:
        first = to_date(self.month_edit)
        return month_bounds(first.year, first.month)

    def fetch(self) -> Any:
        attendance, (start, end) = self.attendance, self.period()
        return lambda _p, _c: attendance.summary(start, end)

    def show_result(self, result: Any) -> None:
        rows = list(result)
        self.model.set_rows(rows, total_row(rows) if rows else None)
        start, end = self.period()
        if not rows:
            self.message.show_message(self.tr(
                "No shifts, punches or leave from {0} to {1}.").format(start, end))

    def ask_export(self) -> None:
        start, _end = self.period()
        suggested = f"attendance-{start:%Y-%m}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the attendance summary"), suggested,
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        attendance, (start, end) = self.attendance, self.period()
        self.run_write(lambda _p, _c: attendance.export_summary(path, start, end),
                       self._on_exported)

    def _on_exported(self, result: object) -> None:
        self.show_info(self.tr("Wrote {0} people to {1}").format(
            getattr(result, "rows", 0), getattr(result, "path", "")))

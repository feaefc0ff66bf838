"""Productivity: per worker for a month, units per hour (downtime taken off) and first-round
accuracy, in a table; the chosen worker's weekly figures over the last six months as a chart."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.deliverables import fmt_bp
from issp_desktop.services.deliverables_types import ProductivityRow
from issp_desktop.ui.widgets.flow_row import wrapping
from issp_desktop.ui.widgets.productivity_chart import ProductivityChart

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


class ProductivityView(QWidget):
    def __init__(self, deliverables: DeliverablesService, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productivity")
        self.deliverables = deliverables
        self.today = today or date.today()
        self.rows: list[ProductivityRow] = []
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("productivityMonth")
        self.month_combo.setAccessibleName(self.tr("Month"))
        first = self.today.replace(day=1)
        for _ in range(12):
            self.month_combo.addItem(first.strftime("%B %Y"), first)
            first = (first - timedelta(days=1)).replace(day=1)
        self.by_combo = QComboBox()
        self.by_combo.setObjectName("productivityBy")
        self.by_combo.setAccessibleName(self.tr("Chart by"))
        self.by_combo.addItem(self.tr("by week"), "week")
        self.by_combo.addItem(self.tr("by month"), "month")
        self.table = QTableWidget(0, 8)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("productivityTable")
        self.table.setAccessibleName(self.tr("Productivity per worker"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Worker"), self.tr("Units"), self.tr("Hours logged"),
            self.tr("Downtime hours"), self.tr("Units per hour"), self.tr("Batches checked"),
            self.tr("Accuracy %"), self.tr("Sent to rework")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.chart = ProductivityChart(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Month:"))
        label.setBuddy(self.month_combo)
        top.addWidget(label)
        top.addWidget(self.month_combo)
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.by_combo)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([340, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(wrapping(QLabel(self.tr(
            "Hours exclude recorded downtime during the worker's shifts; accuracy is the "
            "first quality check of the batches the worker was on."))))
        layout.addWidget(split, 1)
        self.month_combo.currentIndexChanged.connect(self.reload)
        self.by_combo.currentIndexChanged.connect(self._on_row_changed)
        self.table.currentCellChanged.connect(self._on_row_changed)
        self.reload()

    def reload(self) -> None:
        first: date = self.month_combo.currentData()
        self.rows = self.deliverables.productivity(first, _month_end(first))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            speed = row.units_per_hour_x100
            values = (row.name, f"{row.units:,}", f"{row.minutes / 60:.1f}",
                      f"{row.downtime_minutes / 60:.1f}",
                      "—" if speed is None else f"{speed / 100:.2f}", str(row.batches),
                      fmt_bp(row.accuracy_bp), str(row.reworked))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.setCurrentCell(0, 0)
            self._on_row_changed()
        else:
            self.chart.set_points([], "")

    def _on_row_changed(self, *_args: int) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            return
        row = self.rows[r]
        first: date = self.month_combo.currentData()
        end = _month_end(first)
        points = self.deliverables.productivity_series(
            row.person_id, end - timedelta(days=182), end, self.by_combo.currentData())
        self.chart.set_points(points, self.tr("{0}, six months to {1}").format(
            row.name, end.isoformat()))

"""The batches board: filters (client, project, status, due this week / late / failed QA,
reference), the lazy table sorted in SQL, and the chosen batch's detail beside it.

Column widths follow the font in use and the rows loaded (``fit_columns``): every header fits,
dates and counts show whole, and long names elide (their tooltips hold the whole text) — at
any text size up to 200 %."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.deliverables import STATUS_TITLES, Status
from issp_desktop.services.deliverables_types import BatchQuery
from issp_desktop.ui.models.batch_board_model import BatchBoardModel
from issp_desktop.ui.widgets.batch_detail_view import BatchDetailView
from issp_desktop.ui.widgets.flow_row import FlowRow

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService

# The most letters a column widens for (beyond that the text elides): batch, client, project,
# status, received, due, units done, delivered, accuracy.
COLUMN_LETTERS = (20, 16, 18, 22, 11, 11, 16, 11, 10)


class BatchBoardView(QWidget):
    def __init__(self, deliverables: DeliverablesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchBoard")
        self.deliverables = deliverables
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("boardView")
        for key, text in (("open", self.tr("Open batches")), ("due_week",
                          self.tr("Due this week")), ("late", self.tr("Late")),
                          ("failed_qa", self.tr("Failed QA")), ("all", self.tr("All"))):
            self.view_combo.addItem(text, key)
        self.client_combo = QComboBox()
        self.client_combo.setObjectName("boardClient")
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("boardProject")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("boardStatus")
        self.status_combo.addItem(self.tr("Any status"), None)
        for s in Status:
            self.status_combo.addItem(self.tr(STATUS_TITLES[s]), s.value)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("boardSearch")
        self.search_edit.setPlaceholderText(self.tr("Batch reference"))
        self.new_button = QPushButton(self.tr("&New batch…"))
        self.new_button.setObjectName("boardNewBatch")
        self.new_button.setVisible(deliverables.actor.can(Permission.DELIVERABLES_EDIT))
        self.count_label = QLabel()
        self.count_label.setObjectName("boardCount")
        filters = FlowRow()
        for label, widget in ((self.tr("&Show:"), self.view_combo),
                              (self.tr("&Client:"), self.client_combo),
                              (self.tr("&Project:"), self.project_combo),
                              (self.tr("S&tatus:"), self.status_combo),
                              (self.tr("&Find:"), self.search_edit)):
            text = QLabel(label)
            text.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            filters.addWidget(text)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        self.model = BatchBoardModel(deliverables, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("boardTable")
        self.table.setAccessibleName(self.tr("Batches"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = BatchDetailView(deliverables, self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        self.load_filters()
        self.model.loaded.connect(self._on_model_loaded)
        self._fit_later = QTimer(self)  # one fit for a burst of resizes or a font change
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self.fit_columns)
        self.table.installEventFilter(self)
        for combo in (self.view_combo, self.project_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply)
        self.client_combo.currentIndexChanged.connect(self._on_client_changed)
        self.search_edit.textChanged.connect(self.apply)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.detail.changed.connect(self._on_detail_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.open_dialog = self.detail.open_dialog
        self.apply()

    def load_filters(self) -> None:
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        self.client_combo.addItem(self.tr("All clients"), None)
        for c in self.deliverables.list_clients():
            self.client_combo.addItem(c.name, c.id)
        self.client_combo.blockSignals(False)
        self._fill_projects()

    def _fill_projects(self) -> None:
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        self.project_combo.addItem(self.tr("All projects"), None)
        for p in self.deliverables.list_projects(self.client_combo.currentData()):
            self.project_combo.addItem(p.name, p.id)
        self.project_combo.blockSignals(False)

    def _on_client_changed(self) -> None:
        self._fill_projects()
        self.apply()

    def query(self) -> BatchQuery:
        sort = self.model.query.sort
        return BatchQuery(self.client_combo.currentData(), self.project_combo.currentData(),
                          self.status_combo.currentData(), self.view_combo.currentData(),
                          self.search_edit.text(), sort, self.model.query.descending)

    def apply(self) -> None:
        self.model.reload(self.query())
        self.detail.show_batch(None)

    def _on_model_loaded(self, total: int) -> None:
        self.count_label.setText(self.tr("{0} batches").format(f"{total:,}"))
        self.fit_columns()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.table and event.type() in (
                QEvent.Type.FontChange, QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_later.start()  # after the header has its new font too
        return False

    def fit_columns(self) -> None:
        """Each column as wide as its header (with the sort mark) and the widest text among
        the rows loaded; when that is more than the table shows, the text columns stop at
        ``COLUMN_LETTERS`` (and elide). Rows one line high."""
        table, model = self.table, self.model
        header = table.horizontalHeader()
        cells, heads = table.fontMetrics(), header.fontMetrics()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        pad = 2 * margin + cells.horizontalAdvance("  ")
        rows = min(model.rowCount(), 300)
        heading: list[int] = []
        wanted: list[int] = []
        for column in range(min(model.columnCount(), len(COLUMN_LETTERS))):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            heading.append(heads.horizontalAdvance(title) + pad + mark)
            wanted.append(max((cells.horizontalAdvance(str(model.data(model.index(r, column))
                                                           or "")) for r in range(rows)),
                              default=0) + pad)
        room = table.viewport().width() or table.width()
        if sum(max(h, w) for h, w in zip(heading, wanted, strict=True)) > room:
            wanted = [min(w, cells.averageCharWidth() * letters + pad)
                      for w, letters in zip(wanted, COLUMN_LETTERS, strict=False)]
        for column, (h, w) in enumerate(zip(heading, wanted, strict=True)):
            table.setColumnWidth(column, max(h, w))
        table.verticalHeader().setDefaultSectionSize(cells.height() + 8)

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.detail.show_batch(row.id if row else None)

    def _on_detail_changed(self, batch_id: int) -> None:
        self.model.reload()
        for r, row in enumerate(self.model.rows):
            if row.id == batch_id:
                self.table.selectRow(r)
                break
        else:
            self.detail.show_batch(batch_id)

    def _on_new_clicked(self) -> None:
        from issp_desktop.ui.dialogs.batch_dialog import BatchDialog

        dialog = BatchDialog(self.deliverables, self.deliverables.list_projects(), self)
        dialog.saved.connect(lambda row: self._on_detail_changed(row.id))
        self.open_dialog(dialog)

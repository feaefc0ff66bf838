"""The batches board as a lazy model: one page of rows at a time, filtered and sorted in SQL;
late batches painted red, failed quality checks amber."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from issp_desktop.domain.deliverables import STATUS_TITLES, Status, fmt_bp
from issp_desktop.services.deliverables import DeliverablesService
from issp_desktop.services.deliverables_types import BOARD_PAGE, BatchPage, BatchQuery, BatchRow

Index = QModelIndex | QPersistentModelIndex
SORT_KEYS = ("reference", "client", "project", "status", "received", "due", "done",
             "delivered", "accuracy")
_LATE = QBrush(QColor("#fde2e1"))
_FAILED = QBrush(QColor("#fff1cc"))
_USER, _BG = int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.BackgroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FG, _DARK = int(Qt.ItemDataRole.ForegroundRole), QBrush(QColor("#000000"))
_TEXT = {int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
         int(Qt.ItemDataRole.AccessibleTextRole)}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BatchBoardModel(QAbstractTableModel):
    loaded = Signal(int)  # how many match, after each reload

    def __init__(self, deliverables: DeliverablesService, parent: Any = None) -> None:
        super().__init__(parent)
        self.deliverables = deliverables
        self.query = BatchQuery()
        self.page: BatchPage | None = None
        self.rows: list[BatchRow] = []
        self.total = 0
        self._texts: dict[int, tuple[str, ...]] = {}
        self._fetching = False
        self.headers = (self.tr("Batch"), self.tr("Client"), self.tr("Project"),
                        self.tr("Status"), self.tr("Received"), self.tr("Due"),
                        self.tr("Units done"), self.tr("Delivered"), self.tr("Accuracy %"))
        self.titles = {s.value: self.tr(STATUS_TITLES[s]) for s in Status}

    def reload(self, query: BatchQuery | None = None) -> None:
        if query is not None:
            self.query = query
        page = self.deliverables.board(self.query, BOARD_PAGE)
        self.beginResetModel()
        self.page, self.rows, self.total = page, list(page.rows), page.total
        self._texts = {}
        self.endResetModel()
        self.loaded.emit(self.total)

    def row_at(self, row: int) -> BatchRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self.page is not None and not self._fetching
                and len(self.rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.page is None or self._fetching:
            return
        more = self.deliverables.board_more(self.page, len(self.rows), BOARD_PAGE)
        if not more:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self._fetching = True  # a view may ask for more while the rows go in
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (SORT_KEYS[column], descending) == (self.query.sort, self.query.descending):
            return
        self.reload(replace(self.query, sort=SORT_KEYS[column], descending=descending))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == _USER:
            return row.id
        if role == _FG and (row.late or row.last_qa_passed is False):
            return _DARK  # readable on the light row colour in the high-contrast theme too
        if role == _BG:
            if row.late:
                return _LATE
            return _FAILED if row.last_qa_passed is False else None
        if role == _ALIGN:
            return _RIGHT if index.column() in (6, 8) else None
        if role not in _TEXT:
            return None
        texts = self._texts.get(index.row())
        if texts is None:
            texts = self._texts[index.row()] = self._row_texts(row)
        return texts[index.column()] if 0 <= index.column() < len(texts) else None

    def _row_texts(self, r: BatchRow) -> tuple[str, ...]:
        status = self.titles.get(r.status, r.status)
        if r.late:
            status = self.tr("{0} — late").format(status)
        if r.last_qa_passed is False:  # the yellow row also says so in words
            status = self.tr("{0} — QA failed").format(status)
        return (r.reference, r.client, r.project, status, r.received_on.isoformat(),
                r.due_on.isoformat(), f"{r.units_done:,} / {r.units_expected:,}",
                r.delivered_on.isoformat() if r.delivered_on else "",
                fmt_bp(r.last_accuracy_bp) if r.last_accuracy_bp is not None else "")

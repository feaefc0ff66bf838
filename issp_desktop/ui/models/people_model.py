"""The People table as a lazy model: one page of rows at a time, searched and sorted in SQL."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from issp_desktop.services.people import (
    COUNT_CAP,
    PAGE,
    PeoplePage,
    PeopleQuery,
    PeopleService,
    PersonRow,
)

Index = QModelIndex | QPersistentModelIndex
SORT_KEYS = ("name", "national_id", "phone", "stage", "cohort", "enrolled", "age")
NATIONAL_ID_COLUMN, PHONE_COLUMN, AGE_COLUMN = 1, 2, 6


class PeopleModel(QAbstractTableModel):
    loaded = Signal(int)  # how many match, after each reload

    def __init__(self, people: PeopleService, parent: Any = None) -> None:
        super().__init__(parent)
        self.people = people
        self.query = PeopleQuery()
        self.page: PeoplePage | None = None
        self.rows: list[PersonRow] = []
        self.total = 0
        self._texts = {}
        self._open_ended = False
        self.headers = (self.tr("Name"), self.tr("National ID"), self.tr("Phone"),
                        self.tr("Stage"), self.tr("Cohort"), self.tr("Enrolled"), self.tr("Age"))
        self.stage_titles = {"applicant": self.tr("Applicant"), "trainee": self.tr("Trainee"),
                             "worker": self.tr("Worker"), "alumnus": self.tr("Alumnus")}

    def reload(self, query: PeopleQuery | None = None) -> None:
        """Run ``query`` (or the current one again) and show its first page."""
        if query is not None:
            self.query = query
        page = self.people.list(self.query, PAGE, counted=False)
        self.beginResetModel()
        self.page, self.rows, self.total = page, list(page.rows), page.total
        self._texts: dict[int, tuple[str, ...]] = {}
        self._open_ended = page.more_than
        self.endResetModel()
        self.loaded.emit(self.total)

    def set_count(self, query: PeopleQuery, total: int, more_than: bool) -> bool:
        """The count of a search, made apart from its first page; ignored (False) when the
        search has changed meanwhile."""
        if query != self.query or self.page is None:
            return False
        self.total = max(total, len(self.rows))
        self._open_ended = more_than and self._open_ended
        self.page = replace(self.page, total=total, more_than=more_than)
        self.loaded.emit(self.total)
        return True

    @property
    def counting(self) -> bool:
        """The first page is shown but how many match is not known yet."""
        return self.page is not None and self.page.more_than and self.total < COUNT_CAP

    def row_at(self, row: int) -> PersonRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- lazy loading -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.page is None:
            return False
        return len(self.rows) < self.total or (self.page.more_than and self._open_ended)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.page is None:
            return
        more = self.people.more(self.page, len(self.rows), PAGE)
        if len(more) < PAGE:
            self._open_ended = False  # the end of a search counted only in part
        if not more:
            self.total = len(self.rows)  # somebody removed rows meanwhile
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
        self.total = max(self.total, len(self.rows))

    # --- sorting: in SQL ----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (SORT_KEYS[column], descending) == (self.query.sort, self.query.descending):
            return
        q = self.query
        self.reload(PeopleQuery(q.text, q.stage, q.cohort_id, q.gender, q.disability,
                                q.criterion, SORT_KEYS[column], descending))

    # --- table --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers) \
                and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role at each paint: ints and a cache keep it cheap.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self.rows):
            return None
        if role == _USER:
            return self.rows[r].id
        if role == _ALIGN:
            return _RIGHT if index.column() == AGE_COLUMN else None
        texts = self._texts.get(r)
        if texts is None:
            texts = self._texts[r] = self._row_texts(self.rows[r])
        column = index.column()
        return texts[column] if 0 <= column < len(texts) else None

    def _row_texts(self, row: PersonRow) -> tuple[str, ...]:
        return (row.name, row.national_id or "", row.phone or "",
                self.stage_titles.get(row.stage, row.stage), row.cohort or "",
                row.enrolled_on.isoformat() if row.enrolled_on else "",
                str(row.age) if row.age is not None else "")


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.AccessibleTextRole)
_USER, _ALIGN = int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({*(int(r) for r in _TEXT_ROLES), _USER, _ALIGN})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

"""Table models of the Payroll page: pay periods with their state and totals, a period's
payslips with one column per deduction code, pay terms, and small lists (items, adjustments,
minimum wages). Held whole: a period has at most a few thousand payslips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from issp_desktop.domain.payroll import money
from issp_desktop.ui.models.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATE_COLOURS = {"draft": QColor("#FFF4CE"), "reviewed": QColor("#DDEBF7"),
                 "closed": QColor("#E2EFDA")}


class PeriodListModel(RowTableModel):
    COLUMNS = ("Period", "State", "Payslips", "Net", "Paid")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            state = r.state if r.run_at is not None or r.state != "draft" else (
                "draft (not run)" if not r.payslips else "draft (run again)")
            return (r.name, self.tr(state), f"{r.payslips:,}", money(r.net_cents),
                    f"{r.paid:,}")[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 1:
            return STATE_COLOURS.get(r.state)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and r.state in STATE_COLOURS:
            return QColor("#000000")  # dark text on the light state colour, in every theme
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} to {1}, pay date {2}").format(
                r.starts_on.isoformat(), r.ends_on.isoformat(), r.pay_date.isoformat())
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, period_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == period_id), -1)


class PayslipTableModel(RowTableModel):
    """Name, ID, method, gross, one column per deduction code, total deductions, net."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes: tuple[str, ...] = ()

    def set_rows(self, rows: list[Any], codes: tuple[str, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.codes = tuple(codes)
        self.COLUMNS = ("Name", "ID number", "Paid by", "Gross", *self.codes, "Deductions",
                        "Net", "Paid")
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 4 <= section < 4 + len(self.codes)):
            return self.codes[section - 4]  # a code, not a word to translate
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        n = len(self.codes)
        if role == Qt.ItemDataRole.DisplayRole:
            if col < 3:
                return (r.name, r.national_id, r.method)[col]
            if col == 3:
                return money(r.gross_cents)
            if col < 4 + n:
                return money(r.deductions.get(self.codes[col - 4], 0))
            return (money(r.deductions_cents), money(r.net_cents),
                    r.paid_reference)[col - 4 - n]
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= col < 6 + n:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class TermsModel(RowTableModel):
    COLUMNS = ("Name", "From", "Kind", "Amount", "Hourly", "Overtime", "Category", "Location",
               "Statutory", "Paid by")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (t.name, t.effective_from.isoformat(), self.tr(t.kind), money(t.amount_cents),
                    "" if t.hourly_rate_cents is None else money(t.hourly_rate_cents),
                    f"{t.overtime_weekday_bp / 10000:g}× / {t.overtime_rest_bp / 10000:g}×",
                    t.job_category, t.location, self.tr("yes") if t.statutory else self.tr("no"),
                    t.method)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return RIGHT
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class SimpleModel(RowTableModel):
    """Rows shown through a function giving each row's cells (text)."""

    def __init__(self, columns: tuple[str, ...], cells: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = columns
        self.cells = cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.cells(self.rows[index.row()])[index.column()]
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

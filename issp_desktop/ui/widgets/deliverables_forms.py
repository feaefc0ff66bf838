"""Small helpers shared by the Clients & Work dialogs: date editors, amounts and percentages
typed as text, and a dialog frame that saves itself and closes only when the save worked."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.ui.errors import error_text
from issp_desktop.ui.widgets.form_error import FormError


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(d))
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def money_text(cents: int | None) -> str:
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


class SavingDialog(QDialog):
    """A form with OK/Cancel: OK runs ``save()``; an error shows under the form and the dialog
    stays open."""

    saved = Signal(object)

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = FormError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.rstrip(":").replace("&", ""))
        self.form.addRow(label, widget)

    def save(self) -> Any:  # pragma: no cover - each dialog overrides it
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        from issp_desktop.errors import IsspError

        try:
            result = self.save()
        except IsspError as exc:  # shown under the form; the dialog stays open
            self.error.show_message(error_text(exc))
            return
        if result is None:
            return
        self.error.clear_message()
        self.saved.emit(result)
        self.accept()


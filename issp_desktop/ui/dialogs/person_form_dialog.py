"""A small form dialog whose OK runs one service call on the write lane: it closes when the
call succeeds and shows the problem (every problem, for a record) when it does not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.people import parse_date
from issp_desktop.errors import ValidationError
from issp_desktop.services.people_io import PeopleValidationError, label
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError


class FormDialog(QDialog):
    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, name: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(name)
        self.form.addRow(text, widget)
        return widget

    def date_field(self, text: str, name: str, value: date | None) -> QLineEdit:
        edit = QLineEdit(value.isoformat() if value else "")
        edit.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.add_row(text, name, edit)
        return edit

    @staticmethod
    def read_date(key: str, edit: QLineEdit) -> date | None:
        raw = edit.text().strip()
        return parse_date(key, raw) if raw else None

    @staticmethod
    def read_int(key: str, edit: QLineEdit) -> int | None:
        raw = edit.text().strip()
        if not raw:
            return None
        if not raw.isdigit():
            raise ValidationError(key, f"'{raw}' is not a whole number")
        return int(raw)

    def work(self) -> Callable[[], Any]:
        """The service call to make with what the form says (may raise ValidationError)."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            call = self.work()
        except ValidationError as exc:
            self.show_problem(exc)
            return
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _p, _c: call(), write=True, on_done=self._on_done,
                           on_error=self._on_failed, name=self.windowTitle())

    def _on_done(self, result: object) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.show_problem(exc)

    def show_problem(self, exc: BaseException) -> None:
        if isinstance(exc, PeopleValidationError):
            text = "\n".join(f"{label(f)}: {r}" for f, r in exc.problems)
        else:
            text = error_text(exc)
        self.error_label.show_message(text)

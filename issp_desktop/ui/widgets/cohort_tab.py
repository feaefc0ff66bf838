"""What the tabs of the cohort view share: the cohort they show, loading it off the GUI thread
(a result for a cohort no longer shown is dropped), and a message line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from issp_desktop.services.training_types import CohortRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.training import TrainingService

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


class CohortTab(QWidget):
    changed = Signal()  # the tab saved something: figures elsewhere may be out of date
    loaded = Signal()

    def __init__(self, training: TrainingService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.runner = runner
        self.cohort: CohortRow | None = None
        self.stale = True
        self.can_edit = False
        self._ticket = 0
        self.message = FormError()
        self.message.setObjectName("tabMessage")

    # --- for subclasses ----------------------------------------------------------------------

    def fetch(self, cohort: CohortRow) -> Any:
        """The work (``fn(progress, cancelled)``) that reads what the tab shows."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def show_failure(self, exc: BaseException) -> None:
        self.say(error_text(exc), ok=False)

    def clear(self) -> None:
        """Show nothing (no cohort chosen)."""

    def apply_permissions(self) -> None:
        """Show or hide what changes records, following ``can_edit``."""

    def unsaved(self) -> int:
        """How many typed changes a reload would lose (0: none)."""
        return 0

    # --- shared ------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortRow | None) -> None:
        self.cohort = cohort
        self.stale = True
        self._ticket += 1
        self.message.clear_message()
        if cohort is None:
            self.clear()

    def set_can_edit(self, can: bool) -> None:
        self.can_edit = can
        self.apply_permissions()

    def load(self) -> None:
        if self.cohort is None:
            return
        self.stale = False
        self._ticket += 1
        ticket = self._ticket
        self.runner.submit(self.fetch(self.cohort),
                           on_done=lambda r: self._on_fetched(ticket, r),
                           on_error=lambda e: self._on_fetch_failed(ticket, e),
                           name=type(self).__name__)

    def _on_fetched(self, ticket: int, result: Any) -> None:
        if ticket == self._ticket:
            self.show_result(result)
            self.loaded.emit()

    def _on_fetch_failed(self, ticket: int, exc: object) -> None:
        if ticket == self._ticket and isinstance(exc, BaseException):
            self.show_failure(exc)

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.show_message(text)

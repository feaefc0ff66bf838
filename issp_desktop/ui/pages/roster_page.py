"""The roster feature's tabs on the Roster & Attendance page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services


def roster_tabs(services: Services | None,
                runner: TaskRunner) -> list[tuple[str, str, QWidget]]:
    """(key, title, widget) for each roster tab, in order."""
    return []

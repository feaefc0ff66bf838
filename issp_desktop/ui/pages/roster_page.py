"""The roster feature's tabs on the Roster & Attendance page: the week grid, leave, downtime,
shift templates and the rules. Each loads when first shown (``roster_attendance_page`` sees
to it); roles without the roster-edit permission see no controls that change records (the
service refuses them anyway)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


def roster_tabs(services: Services | None,
                runner: TaskRunner) -> list[tuple[str, str, QWidget]]:
    """(key, title, widget) for each roster tab, in order."""
    if services is None:
        return []
    from issp_desktop.ui.widgets.roster_absence_tabs import DowntimeTab, LeaveTab
    from issp_desktop.ui.widgets.roster_setup_tabs import RulesTab, TemplatesTab
    from issp_desktop.ui.widgets.roster_week_tab import RosterWeekTab

    tabs: list[tuple[str, str, QWidget]] = [
        ("week", _tr("Roster"), RosterWeekTab(services, runner)),
        ("leave", _tr("Leave"), LeaveTab(services, runner)),
        ("downtime", _tr("Downtime"), DowntimeTab(services, runner)),
        ("templates", _tr("Shift templates"), TemplatesTab(services, runner)),
        ("rules", _tr("Rules"), RulesTab(services, runner)),
    ]
    return tabs

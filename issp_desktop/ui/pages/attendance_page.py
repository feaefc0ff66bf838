"""The attendance feature's tabs on the Roster & Attendance page: the door kiosk, punches and
corrections, the monthly summary, public holidays and badge numbers. Each loads when first
shown (``roster_attendance_page`` sees to it); roles without the edit permission see no
controls that change records (the services refuse them anyway)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendancePage", text)


def attendance_tabs(services: Services | None,
                    runner: TaskRunner) -> list[tuple[str, str, QWidget]]:
    """(key, title, widget) for each attendance tab, in order."""
    if services is None:
        return []
    from issp_desktop.ui.widgets.attendance_badges_tab import BadgesTab
    from issp_desktop.ui.widgets.attendance_holidays_tab import HolidaysTab
    from issp_desktop.ui.widgets.attendance_kiosk_tab import KioskTab
    from issp_desktop.ui.widgets.attendance_punches_tab import PunchesTab
    from issp_desktop.ui.widgets.attendance_summary_tab import SummaryTab

    tabs: list[tuple[str, str, QWidget]] = [
        ("kiosk", _tr("Door kiosk"), KioskTab(services, runner)),
        ("punches", _tr("Punches"), PunchesTab(services, runner)),
        ("summary", _tr("Monthly summary"), SummaryTab(services, runner)),
        ("holidays", _tr("Public holidays"), HolidaysTab(services, runner)),
        ("badges", _tr("Badges"), BadgesTab(services, runner)),
    ]
    return tabs

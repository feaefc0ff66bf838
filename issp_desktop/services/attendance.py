"""Badges, clock-in and clock-out at the door, corrections of missed punches, public holidays,
and the monthly attendance summary.

The use cases live in three rooms, put together here as one service: ``attendance_clock``
(the door, corrections, punch lists), ``attendance_admin`` (badge numbers, public holidays) and
``attendance_summary`` (the summary payroll reads, its export, a day's sheet). Rows and errors
are in ``attendance_types``; the bulk reads in ``attendance_load``; the rules in
``issp_desktop.domain.attendance``.
"""

from __future__ import annotations

from issp_desktop.services.attendance_admin import AdminUseCases
from issp_desktop.services.attendance_clock import ClockUseCases
from issp_desktop.services.attendance_summary import SummaryExport, SummaryUseCases
from issp_desktop.services.attendance_types import (
    AlreadyClockedInError,
    AttendanceSummaryRow,
    BadgeAssignment,
    BadgeRow,
    BadgeTakenError,
    ClockOutBeforeInError,
    ClockResult,
    ClockWarningError,
    Correction,
    DayShiftRow,
    HolidayRow,
    NotClockedInError,
    PersonLeftError,
    PunchRow,
    UnknownBadgeError,
)

__all__ = [
    "AlreadyClockedInError", "AttendanceService", "AttendanceSummaryRow", "BadgeAssignment",
    "BadgeRow", "BadgeTakenError", "ClockOutBeforeInError", "ClockResult", "ClockWarningError",
    "Correction", "DayShiftRow", "HolidayRow", "NotClockedInError", "PersonLeftError",
    "PunchRow", "SummaryExport", "UnknownBadgeError",
]


class AttendanceService(ClockUseCases, AdminUseCases, SummaryUseCases):
    """The use cases; see the module's docstring."""

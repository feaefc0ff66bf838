"""Badges, clock-in and clock-out at the door, corrections of missed punches, public holidays, and
the monthly attendance summary.
"""

from __future__ import annotations

from issp_desktop.services.base import Service


class AttendanceService(Service):
    """The use cases; see the module's docstring."""

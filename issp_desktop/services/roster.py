"""Shift templates, the roster grid, conflict rules, swaps, leave, downtime and roster settings.
"""

from __future__ import annotations

from issp_desktop.services.base import Service


class RosterService(Service):
    """The use cases; see the module's docstring."""

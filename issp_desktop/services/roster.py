"""Shift templates, the roster grid, conflict rules, swaps, leave, downtime and roster settings.

The use cases live in small rooms put together here as one service: ``roster_templates``
(templates, the rules row), ``roster_shifts`` (the week grid, staged saves, single shifts,
copies, repeats, swaps), ``roster_absence`` (leave, downtime) and ``roster_io`` (import, PDF and
XLSX). Every write of shifts goes through ``roster_apply.apply_changes``, which checks the rules
of ``domain/roster.py``. Inputs, rows and errors are in ``roster_types``.
"""

from __future__ import annotations

from issp_desktop.services.roster_absence import AbsenceUseCases
from issp_desktop.services.roster_io import RosterIOUseCases
from issp_desktop.services.roster_shifts import ShiftUseCases, from_template
from issp_desktop.services.roster_templates import TemplateUseCases
from issp_desktop.services.roster_types import (
    ConflictRow,
    DowntimeInput,
    DowntimeKind,
    DowntimeRow,
    LeaveInput,
    LeaveKind,
    LeaveRow,
    PersonBrief,
    RosterConflictError,
    RosterRules,
    SaveResult,
    ShiftChanges,
    ShiftInput,
    ShiftRow,
    SwapInput,
    SwapRow,
    TemplateInput,
    TemplateRow,
    WeekGrid,
)

__all__ = [
    "ConflictRow", "DowntimeInput", "DowntimeKind", "DowntimeRow", "LeaveInput", "LeaveKind",
    "LeaveRow", "PersonBrief", "RosterConflictError", "RosterRules",
    "RosterService", "SaveResult", "ShiftChanges", "ShiftInput", "ShiftRow", "SwapInput",
    "SwapRow", "TemplateInput", "TemplateRow", "WeekGrid", "from_template",
]


class RosterService(TemplateUseCases, ShiftUseCases, AbsenceUseCases, RosterIOUseCases):
    """Everything a supervisor plans; see the parts for the use cases."""

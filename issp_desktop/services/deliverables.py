"""Clients, projects, batches and their status, work logs, quality checks, productivity and the
delivery report.

The use cases live in rooms put together here as one service: ``deliverables_clients``
(clients, projects, error categories, the QA settings), ``deliverables_batches`` (the board,
batches, workers, status moves), ``deliverables_work`` (work logs typed in or imported),
``deliverables_qa`` (quality checks), ``deliverables_stats`` (production accuracy, accepted
units, productivity) and ``deliverables_report`` (the client delivery report). Inputs and rows
are in ``deliverables_types``; the rules in ``domain.deliverables``.
"""

from __future__ import annotations

from issp_desktop.services.deliverables_stats import StatsUseCases
from issp_desktop.services.deliverables_types import AcceptedUnits, ProductionAccuracy

__all__ = ["AcceptedUnits", "DeliverablesService", "ProductionAccuracy"]


class DeliverablesService(StatsUseCases):
    """Everything a supervisor does with clients' work; see the parts for the use cases."""

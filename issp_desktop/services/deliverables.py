"""Clients, projects, batches and their status, work logs, quality checks, productivity and the
delivery report.

The use cases live in rooms put together here as one service: ``deliverables_clients``
(clients, projects, error categories, the QA settings), ``deliverables_batches`` (the board,
batches, workers, status moves), ``deliverables_work`` (work logs typed in or imported),
``deliverables_qa`` (quality checks and the delivery report), ``deliverables_stats``
(production accuracy, accepted units, productivity). Inputs and rows are in
``deliverables_types``; the rules in ``domain.deliverables``.
"""

from __future__ import annotations

from issp_desktop.services.deliverables_batches import BatchUseCases
from issp_desktop.services.deliverables_clients import ClientUseCases
from issp_desktop.services.deliverables_qa import QaUseCases
from issp_desktop.services.deliverables_stats import StatsUseCases
from issp_desktop.services.deliverables_types import (
    AcceptedUnits,
    BatchInput,
    BatchQuery,
    ClientInput,
    ProductionAccuracy,
    ProjectInput,
    QaInput,
    WorkLogInput,
)
from issp_desktop.services.deliverables_work import WorkUseCases

__all__ = [
    "AcceptedUnits", "BatchInput", "BatchQuery", "ClientInput", "DeliverablesService",
    "ProductionAccuracy", "ProjectInput", "QaInput", "WorkLogInput",
]


class DeliverablesService(BatchUseCases, ClientUseCases, WorkUseCases, QaUseCases,
                          StatsUseCases):
    """Everything a supervisor does with clients' work; see the parts for the use cases."""

"""Clients, projects, batches and their status, work logs, quality checks, productivity and the
delivery report.
"""

from __future__ import annotations

from issp_desktop.services.base import Service


class DeliverablesService(Service):
    """The use cases; see the module's docstring."""

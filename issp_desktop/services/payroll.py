"""Pay terms, minimum wages, rule packs, pay periods (draft, reviewed, closed), payslips,
adjustments, payment files."""

from __future__ import annotations

from issp_desktop.services.base import Service


class PayrollService(Service):
    """The use cases; see the module's docstring."""

"""The demo centre's payroll: pay terms, and a year of pay periods run and closed through the
real payroll use cases after the demo's data is committed."""

from __future__ import annotations

from datetime import date

from issp_desktop.services.base import Context


def after_demo(ctx: Context, seed: int, today: date) -> dict[str, int]:
    """Run after the demo transaction; return counts by name for the demo summary."""
    return {}

"""The demo centre's impact benchmarks: the shipped Kenyan minimum wage, poverty line and living
wage rows, so the demo's income figures compare with real dated benchmarks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import insert
from sqlmodel import Session

from issp_desktop.db.models.impact_benchmarks import ImpactBenchmark
from issp_desktop.services.impact_benchmarks import KENYA_DEFAULTS, checked


def build_demo(s: Session, seed: int, today: date, now: datetime) -> dict[str, int]:
    """Add the benchmarks in force up to ``today`` inside the demo's transaction."""
    del seed  # the benchmarks are published figures, not random ones
    rows = [{**checked(b), "recorded_at": now, "recorded_by": "system"}
            for b in KENYA_DEFAULTS if b.effective_from <= today]
    if rows:
        s.execute(insert(ImpactBenchmark.__table__), rows)  # type: ignore[attr-defined]
    return {"impact_benchmarks": len(rows)}

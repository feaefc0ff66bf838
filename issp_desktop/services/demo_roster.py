"""The demo centre's roster data (called inside the demo's one write transaction)."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session


def build_demo(s: Session, seed: int, today: date, now: datetime) -> dict[str, int]:
    """Add this feature's demo rows; return counts by name for the demo summary."""
    return {}

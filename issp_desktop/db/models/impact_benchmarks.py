"""Dated benchmarks the impact report compares earnings with: the minimum wage, a living wage
and the poverty line, each an amount per month with its currency, where it applies, its source
and the source's date.

Never edited: a change is a new dated row. The row in force on a day is the one of that kind
with the latest ``effective_from`` on or before the day (the latest recorded when two share a
date, so a mistyped row is corrected by adding the right one)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class ImpactBenchmark(SQLModel, table=True):
    __tablename__ = "impact_benchmark"
    __table_args__ = (Index("ix_impact_benchmark_kind_from", "kind", "effective_from"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # minimum_wage | living_wage | poverty_line
    effective_from: date
    amount_cents: int = Field(sa_column=Column(BigInteger(), nullable=False))  # per month
    currency: str = Field(default="KES", max_length=3)
    area: str = Field(default="", max_length=120)  # where it applies, e.g. "Nairobi"
    source: str = Field(max_length=300)
    source_date: date | None = None  # when the source was published
    note: str = Field(default="", max_length=300)  # e.g. "check the source"
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)

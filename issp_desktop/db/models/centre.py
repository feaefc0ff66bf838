"""The centre itself: one row holding its name and locale."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class Centre(SQLModel, table=True):
    __tablename__ = "centre"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    country: str = Field(max_length=8, default="KE")
    time_zone: str = Field(max_length=64, default="Africa/Nairobi")
    currency: str = Field(max_length=3, default="KES")
    is_demo: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = Field(default=1)

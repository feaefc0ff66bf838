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
    # data safety settings (manager)
    idle_lock_minutes: int = Field(default=10)  # 0 = never lock
    backup_every_minutes: int = Field(default=30)  # automatic backups when something changed
    backup_copy_folder: str = Field(default="", max_length=500)  # e.g. a USB stick
    alumni_retention_months: int = Field(default=0)  # 0 = keep; else pseudonymise after
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)

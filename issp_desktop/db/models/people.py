"""People who move through the centre, their dated stage history, and cohorts."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


def new_uid() -> str:
    return str(uuid.uuid4())


class Cohort(SQLModel, table=True):
    __tablename__ = "cohort"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, max_length=36, unique=True)
    name: str = Field(max_length=120, unique=True)
    start_date: date
    end_date: date
    capacity: int = Field(default=30)
    notes: str = Field(default="", max_length=2000)
    programme: str = Field(default="", max_length=80)
    trainer: str = Field(default="", max_length=120)
    attendance_threshold_pct: int = Field(default=80)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Person(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (
        Index(
            "ux_person_national_id_norm",
            "national_id_norm",
            unique=True,
            sqlite_where=text("national_id_norm IS NOT NULL"),
            postgresql_where=text("national_id_norm IS NOT NULL"),
        ),
        Index("ix_person_stage_name", "stage", "last_name", "first_name"),
        Index("ix_person_cohort_name", "cohort_id", "last_name", "first_name"),
        Index("ix_person_last_first", "last_name", "first_name"),
        Index("ix_person_phone", "phone"),
        Index("ix_person_date_of_birth", "date_of_birth"),
        Index("ix_person_enrolled_on", "enrolled_on"),
        Index(
            "ux_person_badge_no",
            "badge_no",
            unique=True,
            sqlite_where=text("badge_no IS NOT NULL"),
            postgresql_where=text("badge_no IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, max_length=36, unique=True)
    first_name: str = Field(max_length=100)
    last_name: str = Field(max_length=100)
    other_names: str = Field(default="", max_length=200)
    national_id: str | None = Field(default=None, max_length=32)
    national_id_norm: str | None = Field(default=None, max_length=32)
    id_kind: str = Field(default="national_id", max_length=20)  # national_id|birth_certificate
    date_of_birth: date | None = None
    gender: str = Field(default="", max_length=16)
    phone: str = Field(default="", max_length=20)
    county: str = Field(default="", max_length=60)
    settlement: str = Field(default="", max_length=80)
    emergency_contact_name: str = Field(default="", max_length=120)
    emergency_contact_phone: str = Field(default="", max_length=20)
    has_disability: bool = Field(default=False)  # sensitive: health
    disability_notes: str = Field(default="", max_length=300)  # sensitive: health
    consent_on: date | None = None
    consent_by: str = Field(default="", max_length=64)
    guardian_name: str = Field(default="", max_length=120)
    guardian_consent_on: date | None = None
    stage: str = Field(default="applicant", max_length=16)
    cohort_id: int | None = Field(default=None, foreign_key="cohort.id")
    enrolled_on: date | None = None
    badge_no: str | None = Field(default=None, max_length=20)  # typed or scanned at the door
    erased_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # pseudonymised
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class StageChange(SQLModel, table=True):
    """One dated move of a person from one stage to the next. Never edited, only appended."""

    __tablename__ = "stage_change"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    from_stage: str | None = Field(default=None, max_length=16)
    to_stage: str = Field(max_length=16)
    changed_on: date
    reason: str = Field(default="", max_length=500)
    exit_kind: str | None = Field(default=None, max_length=16)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

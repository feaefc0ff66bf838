"""A person's impact profile: the eligibility criterion met at intake and the surveys of their
situation (baseline at intake, follow-ups). Frozen once the person is hired; later changes are
new dated rows that supersede, never edits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class EligibilityRecord(SQLModel, table=True):
    __tablename__ = "eligibility_record"
    __table_args__ = (Index("ix_eligibility_criterion_person", "criterion", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    criterion: str = Field(max_length=40)
    months_unemployed: int | None = Field(default=None)
    other_detail: str = Field(default="", max_length=200)
    evidence: str = Field(default="self_declared", max_length=20)
    poverty_score: int | None = Field(default=None)
    verified_by: str = Field(default="", max_length=120)
    verified_on: date | None = None
    notes: str = Field(default="", max_length=500)
    frozen: bool = Field(default=False)
    supersedes_id: int | None = Field(default=None, foreign_key="eligibility_record.id")
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Survey(SQLModel, table=True):
    __tablename__ = "survey"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    kind: str = Field(max_length=16)  # baseline | followup_6m | followup_12m | exit | other
    taken_on: date
    employment_status: str = Field(default="", max_length=30)
    monthly_income_cents: int | None = Field(default=None)
    household_size: int | None = Field(default=None)
    income_dependents: int | None = Field(default=None)
    education_level: str = Field(default="", max_length=30)
    notes: str = Field(default="", max_length=500)
    frozen: bool = Field(default=False)
    supersedes_id: int | None = Field(default=None, foreign_key="survey.id")
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class PersonPhoto(SQLModel, table=True):
    __tablename__ = "person_photo"

    person_id: int = Field(foreign_key="person.id", primary_key=True)
    mime: str = Field(default="image/jpeg", max_length=40)
    image: bytes

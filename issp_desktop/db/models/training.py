"""Training: curriculum modules, what each cohort teaches, assessments, sessions and roll-call,
and the stipends trainees receive."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


def _uid() -> str:
    return str(uuid.uuid4())


class Module(SQLModel, table=True):
    """A curriculum module, e.g. typing, computer literacy, English, soft skills."""

    __tablename__ = "module"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uid, max_length=36, unique=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(default="test", max_length=16)  # test | typing
    hours: int = Field(default=0)  # planned training hours
    pass_mark: int = Field(default=50)  # score out of 100 needed to pass (tests)
    min_wpm: int | None = Field(default=None)  # typing: words per minute needed
    min_accuracy_bp: int | None = Field(default=None)  # typing: accuracy, basis points (9500=95%)
    description: str = Field(default="", max_length=500)
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class CohortModule(SQLModel, table=True):
    """The curriculum of a cohort: its modules in teaching order."""

    __tablename__ = "cohort_module"

    cohort_id: int = Field(foreign_key="cohort.id", primary_key=True)
    module_id: int = Field(foreign_key="module.id", primary_key=True, index=True)
    position: int = Field(default=0)


class Assessment(SQLModel, table=True):
    """One attempt at a module's assessment. The latest attempt counts."""

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_person_module", "person_id", "module_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    module_id: int = Field(foreign_key="module.id", index=True)
    cohort_id: int | None = Field(default=None, foreign_key="cohort.id", index=True)
    taken_on: date
    score: int | None = Field(default=None)  # 0..100
    wpm: int | None = Field(default=None)
    accuracy_bp: int | None = Field(default=None)  # 0..10000
    passed: bool = Field(default=False)
    attempt: int = Field(default=1)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class TrainingSession(SQLModel, table=True):
    """A training day (or part of one) for a cohort, taken by roll-call."""

    __tablename__ = "training_session"
    __table_args__ = (UniqueConstraint("cohort_id", "held_on", "topic",
                                       name="uq_training_session_day_topic"),)

    id: int | None = Field(default=None, primary_key=True)
    cohort_id: int = Field(foreign_key="cohort.id", index=True)
    held_on: date
    minutes: int = Field(default=420)
    topic: str = Field(default="", max_length=200)
    module_id: int | None = Field(default=None, foreign_key="module.id")
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class RollCall(SQLModel, table=True):
    """One trainee's attendance at one session."""

    __tablename__ = "roll_call"
    __table_args__ = (
        Index("ix_roll_call_person_status", "person_id", "status", "session_id"),
        # covers a session's roll-call: completion counts and training minutes (impact)
        Index("ix_roll_call_session_cover", "session_id", "person_id", "status"),
    )

    session_id: int = Field(foreign_key="training_session.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id", primary_key=True, index=True)
    status: str = Field(max_length=10)  # present | late | absent | excused
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class Stipend(SQLModel, table=True):
    """A stipend owed to a trainee (transport, meals...); the payroll feature pays it."""

    __tablename__ = "stipend"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    cohort_id: int | None = Field(default=None, foreign_key="cohort.id", index=True)
    on: date
    amount_cents: int
    kind: str = Field(default="transport", max_length=20)
    note: str = Field(default="", max_length=200)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)

"""Clients and deliverables: clients, projects, batches, work logs, quality checks.

Money is integer cents in the client's currency; percentages are integer basis points
(9950 = 99.50 %). ``batch.units_done`` is kept equal to the sum of the batch's work-log units in
the same transaction as every work-log write, so the batches board never sums work logs.
``batch.last_accuracy_bp``/``last_qa_passed`` repeat the newest quality check for the same
reason.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class DeliverablesSettings(SQLModel, table=True):
    """The centre's quality-check rules (one row, id 1)."""

    __tablename__ = "deliverables_settings"

    id: int | None = Field(default=None, primary_key=True)
    qa_min_sample: int = Field(default=50)  # units; the whole batch when it is smaller
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Client(SQLModel, table=True):
    __tablename__ = "client"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    contact: str = Field(default="", max_length=200)  # person, e-mail or phone
    country: str = Field(default="KE", max_length=2)  # ISO 3166 alpha-2
    currency: str = Field(default="KES", max_length=3)  # ISO 4217
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Project(SQLModel, table=True):
    """A contract with a client: the unit of work, its price and the quality it must reach."""

    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("client_id", "name", name="uq_project_client_name"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    name: str = Field(max_length=120)
    unit: str = Field(default="record", max_length=20)  # record | page | image | audio_minute…
    price_per_unit_cents: int = Field(default=0)  # billed to the client, client's currency
    piece_rate_cents: int | None = Field(default=None)  # paid per accepted unit (KES), if any
    accuracy_target_bp: int = Field(default=9900)
    qa_sample_bp: int = Field(default=500)
    turnaround_days: int = Field(default=5)
    active_from: date
    active_to: date | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Batch(SQLModel, table=True):
    """One deliverable: a lot of units a client sent, due back on a date."""

    __tablename__ = "batch"
    __table_args__ = (
        # the board's filters; status and delivery date ride along so counting a filter
        # (late: open and past due, or delivered after due) reads the index only
        Index("ix_batch_status_due", "status", "due_on"),
        Index("ix_batch_project_due", "project_id", "due_on", "status", "delivered_on"),
        Index("ix_batch_due", "due_on", "status", "delivered_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id")
    reference: str = Field(max_length=40, unique=True)
    units_expected: int
    received_on: date
    due_on: date
    status: str = Field(default="received", max_length=12)
    units_done: int = Field(default=0)  # sum of the work logs' units, kept in step
    status_changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    delivered_on: date | None = None
    decided_on: date | None = None  # when the client accepted or rejected it
    qa_rounds: int = Field(default=0)
    last_accuracy_bp: int | None = None
    last_qa_passed: bool | None = None
    note: str = Field(default="", max_length=300)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=64)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class BatchWorker(SQLModel, table=True):
    __tablename__ = "batch_worker"
    __table_args__ = (
        UniqueConstraint("batch_id", "person_id", name="uq_batch_worker"),
        Index("ix_batch_worker_person", "person_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id")
    person_id: int = Field(foreign_key="person.id")
    assigned_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    assigned_by: str = Field(default="", max_length=64)


class BatchStatusChange(SQLModel, table=True):
    """Every move of a batch from one status to the next, dated and attributed."""

    __tablename__ = "batch_status_change"

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id", index=True)
    from_status: str | None = Field(default=None, max_length=12)
    to_status: str = Field(max_length=12)
    at: datetime = Field(sa_type=UTCDateTime)
    by: str = Field(default="", max_length=64)
    note: str = Field(default="", max_length=300)


class WorkLog(SQLModel, table=True):
    """Units a worker did on a batch on one day, and the minutes it took."""

    __tablename__ = "work_log"
    __table_args__ = (
        Index("ix_work_log_person_day", "person_id", "worked_on"),
        Index("ix_work_log_batch", "batch_id"),
        # covers the month's productivity figures without touching the table
        Index("ix_work_log_day", "worked_on", "person_id", "units", "minutes"),
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id")
    person_id: int = Field(foreign_key="person.id")
    worked_on: date
    units: int
    minutes: int
    source: str = Field(default="typed", max_length=12)  # typed | import | demo
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class ErrorCategory(SQLModel, table=True):
    """The error taxonomy quality checks count by (wrong value, omission, formatting, …)."""

    __tablename__ = "error_category"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=60, unique=True)
    description: str = Field(default="", max_length=200)
    active: bool = Field(default=True)
    position: int = Field(default=0)


class QaCheck(SQLModel, table=True):
    """One quality check of a batch: round 1 is the first, 2+ are re-checks after rework."""

    __tablename__ = "qa_check"
    __table_args__ = (
        UniqueConstraint("batch_id", "round", name="uq_qa_check_round"),
        Index("ix_qa_check_checked_at", "checked_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id")
    round: int
    sample_size: int  # units the app proposed to sample
    checked: int  # fields or characters checked
    errors: int
    accuracy_bp: int
    target_bp: int  # the project's target when checked
    passed: bool
    checked_by: str = Field(default="", max_length=120)
    checked_at: datetime = Field(sa_type=UTCDateTime)
    note: str = Field(default="", max_length=300)
    recorded_by: str = Field(default="", max_length=64)


class QaError(SQLModel, table=True):
    __tablename__ = "qa_error"
    __table_args__ = (UniqueConstraint("qa_check_id", "category_id", name="uq_qa_error"),)

    id: int | None = Field(default=None, primary_key=True)
    qa_check_id: int = Field(foreign_key="qa_check.id")
    category_id: int = Field(foreign_key="error_category.id")
    count: int

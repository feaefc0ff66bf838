"""Shifts and attendance: shift templates, the roster (planned shifts), swaps, leave, downtime,
public holidays, and the clock events punched at the door.

A shift is a start instant plus a length (``starts_at``/``ends_at`` in UTC; the centre's time
zone is in ``centre.time_zone``), so a night shift that crosses midnight or a month end is an
ordinary row. Clock events are never edited: a supervisor's correction is a new event that
names the one it replaces (``replaces_id``) and says why.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


def _uid() -> str:
    return str(uuid.uuid4())


class RosterSettings(SQLModel, table=True):
    """The centre's roster and attendance rules (one row, id 1). Kenyan defaults."""

    __tablename__ = "roster_settings"

    id: int | None = Field(default=None, primary_key=True)
    min_rest_hours: int = Field(default=8)  # between two shifts of one person
    max_week_hours: int = Field(default=52)  # normal weekly maximum
    max_week_hours_night: int = Field(default=60)  # for people who work night shifts
    grace_minutes: int = Field(default=10)  # a clock-in this late is still "on time"
    early_leave_minutes: int = Field(default=10)  # leaving earlier than this is "left early"
    clock_jump_hours: int = Field(default=72)  # a clock event further than this from the
    # person's previous one, or from the PC's sense of today, asks for confirmation
    payroll_locked_through: date | None = None  # no shift may start on or before this date
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class ShiftTemplate(SQLModel, table=True):
    """A named kind of shift, e.g. Morning 07:00 for 8 h with a 30-minute break."""

    __tablename__ = "shift_template"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uid, max_length=36, unique=True)
    name: str = Field(max_length=60, unique=True)
    code: str = Field(default="", max_length=4)  # short label on the grid and a key to type
    start_minute: int  # local wall-clock start, minutes after midnight (0..1439)
    length_minutes: int  # 1..960 (at most 16 h)
    break_minutes: int = Field(default=0)
    is_night: bool = Field(default=False)
    colour: str = Field(default="", max_length=9)  # #RRGGBB for the grid
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Shift(SQLModel, table=True):
    """One planned shift for one person."""

    __tablename__ = "shift"
    __table_args__ = (
        Index("ix_shift_person_starts", "person_id", "starts_at"),
        # covers the month's shifts for the attendance summary, payroll and impact reads
        Index("ix_shift_starts_cover", "starts_at", "person_id", "ends_at", "break_minutes",
              "is_night", "overtime_approved"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=_uid, max_length=36, unique=True)
    person_id: int = Field(foreign_key="person.id")
    template_id: int | None = Field(default=None, foreign_key="shift_template.id", index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    break_minutes: int = Field(default=0)
    is_night: bool = Field(default=False)
    note: str = Field(default="", max_length=300)
    override_reason: str = Field(default="", max_length=300)  # why soft conflicts were accepted
    overtime_approved: bool = Field(default=False)  # all time worked counts, early arrival too
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=64)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class ShiftSwap(SQLModel, table=True):
    """Two workers exchanged shifts (or one took over the other's): who, which, who approved."""

    __tablename__ = "shift_swap"

    id: int | None = Field(default=None, primary_key=True)
    shift_a_id: int = Field(foreign_key="shift.id", index=True)
    shift_b_id: int | None = Field(default=None, foreign_key="shift.id")  # None: a hand-over
    person_a_id: int = Field(foreign_key="person.id")  # held shift A before the swap
    person_b_id: int = Field(foreign_key="person.id")  # held shift B (or takes shift A)
    approved_by: str = Field(max_length=120)
    reason: str = Field(default="", max_length=300)
    swapped_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class Leave(SQLModel, table=True):
    """Dated leave or absence (both dates included)."""

    __tablename__ = "leave"
    __table_args__ = (Index("ix_leave_person_dates", "person_id", "starts_on", "ends_on"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=16)  # annual | sick | unpaid | other
    starts_on: date
    ends_on: date
    note: str = Field(default="", max_length=300)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Downtime(SQLModel, table=True):
    """A power, internet or client-platform outage. Hours inside it are downtime, not the
    worker's lost time."""

    __tablename__ = "downtime"
    __table_args__ = (Index("ix_downtime_starts", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # power | internet | platform | other
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # None while ongoing
    paid: bool = Field(default=True)  # paid standby (else excluded from pay)
    note: str = Field(default="", max_length=300)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class PublicHoliday(SQLModel, table=True):
    __tablename__ = "public_holiday"

    id: int | None = Field(default=None, primary_key=True)
    on: date = Field(unique=True)
    name: str = Field(max_length=120)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class ClockEvent(SQLModel, table=True):
    """A punch at the door ('in' or 'out'). Never updated or deleted: a correction is a new row
    with ``source='correction'``, a reason, and (when it replaces a wrong punch) ``replaces_id``."""

    __tablename__ = "clock_event"
    __table_args__ = (
        Index("ix_clock_event_person_at", "person_id", "at"),
        Index("ix_clock_event_at", "at"),
        UniqueConstraint("person_id", "at", "kind", "source", name="uq_clock_event_punch"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=4)  # in | out | void (a correction that cancels replaces_id)
    at: datetime = Field(sa_type=UTCDateTime)
    source: str = Field(default="kiosk", max_length=12)  # kiosk | cli | correction | import
    replaces_id: int | None = Field(default=None, foreign_key="clock_event.id", index=True)
    reason: str = Field(default="", max_length=300)
    clock_warning: str = Field(default="", max_length=200)  # what was confirmed, if anything
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)

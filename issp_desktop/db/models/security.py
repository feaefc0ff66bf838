"""Users who sign in, and the audit trail of every write."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True)  # stored lower case
    display_name: str = Field(default="", max_length=120)
    role: str = Field(max_length=16)
    password_hash: str = Field(max_length=255)
    active: bool = Field(default=True)
    must_change_password: bool = Field(default=False)
    failed_count: int = Field(default=0)
    lock_count: int = Field(default=0)
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class AuditEntry(SQLModel, table=True):
    """One write, appended and never changed (database triggers refuse UPDATE and DELETE).

    ``entry_hash`` = SHA-256 over the previous entry's hash and this entry's canonical content,
    so changing or removing any entry breaks the chain from there on.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_entity", "entity", "entity_id"),
    )

    id: int = Field(primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    user_id: int | None = Field(default=None)
    username: str = Field(max_length=64)
    use_case: str = Field(max_length=80)
    entity: str = Field(default="", max_length=40)
    entity_id: str = Field(default="", max_length=64)
    old_values: str | None = Field(default=None, sa_type=Text)
    new_values: str | None = Field(default=None, sa_type=Text)
    prev_hash: str = Field(max_length=64)
    entry_hash: str = Field(max_length=64, unique=True)

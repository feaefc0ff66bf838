"""Centre-to-centre exchange: the global identity of every exchanged record, the centres this
one exchanges with, the bundles sent and received, and the conflicts waiting for a manager.

``sync_identity`` is a side table (one row per exchanged record), not a column on every table:
several tables refuse UPDATE (clock events, the certificate register, closed payroll) and many
are written by bulk inserts, so the identity is given lazily — at export for this centre's rows
(origin = this centre), at import for received rows (origin = the sender's origin).
``sync_change`` is the change journal: database triggers on every exchanged table note the key
of each row inserted, updated or deleted (migration 0013), so a scan reads only those rows, not
the centre's whole history; the scan empties the entries it handled.
``origin`` and ``peer`` hold a centre's key id (its Ed25519 key, see ``certificate_key`` and
``trusted_centre``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


class SyncIdentity(SQLModel, table=True):
    __tablename__ = "sync_identity"
    __table_args__ = (
        UniqueConstraint("table_name", "local_key", name="uq_sync_identity_local"),
        Index("ix_sync_identity_origin", "origin", "table_name"),
        Index("ix_sync_identity_changed", "changed_seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=40)
    local_key: str = Field(max_length=80)  # the row's id here ("12" or "4,17"); "-uid" if gone
    uid: str = Field(max_length=36, unique=True)
    origin: str = Field(max_length=8)  # key id of the centre where the record was made
    content_hash: str = Field(default="", max_length=40)  # '' while deleted
    deleted: bool = Field(default=False)
    changed_seq: int = Field(default=0)  # this centre's change number; 0 = as received
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    remote_centre: str = Field(default="", max_length=8)  # who sent the version we hold
    remote_seq: int = Field(default=0)  # the sender's change number of that version


class SyncChange(SQLModel, table=True):
    """A row of an exchanged table changed since the last scan, by its key (``k2`` is the
    second key column of a two-column key, else 0). Written only by database triggers."""

    __tablename__ = "sync_change"
    __table_args__ = {"sqlite_with_rowid": False}

    table_name: str = Field(max_length=40, primary_key=True)
    k1: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    k2: int = Field(default=0, primary_key=True, sa_column_kwargs={"autoincrement": False})


class SyncPeer(SQLModel, table=True):
    """A centre this one has exchanged with (by its key id)."""

    __tablename__ = "sync_peer"

    id: int | None = Field(default=None, primary_key=True)
    key_id: str = Field(max_length=8, unique=True)
    name: str = Field(max_length=120)
    tag: str = Field(max_length=6, unique=True)  # prefix of its natural keys here, e.g. "KIB"
    acked_seq: int = Field(default=0)  # our changes up to here are acknowledged by this peer
    acked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_import_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SyncBundle(SQLModel, table=True):
    """A bundle written here ('out') or imported here ('in')."""

    __tablename__ = "sync_bundle"
    __table_args__ = (UniqueConstraint("bundle_id", "direction", name="uq_sync_bundle_dir"),)

    id: int | None = Field(default=None, primary_key=True)
    bundle_id: str = Field(max_length=36)
    direction: str = Field(max_length=3)  # in | out
    peer: str = Field(max_length=8)  # key id of the other centre
    seq_from: int = Field(default=0)  # -1: a partial bundle (--since a date)
    seq_upto: int = Field(default=0)
    records: int = Field(default=0)
    applied: int = Field(default=0)
    conflicts: int = Field(default=0)
    file_name: str = Field(default="", max_length=500)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    by: str = Field(default="", max_length=64)
    acked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncConflict(SQLModel, table=True):
    """A received change to a record that was also changed here since the last exchange."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolution", "uid"),)

    id: int | None = Field(default=None, primary_key=True)
    bundle_id: str = Field(max_length=36)
    peer: str = Field(max_length=8)
    table_name: str = Field(max_length=40)
    uid: str = Field(max_length=36)
    origin: str = Field(max_length=8)
    theirs_seq: int = Field(default=0)
    theirs_hash: str = Field(default="", max_length=40)
    theirs: str | None = Field(default=None, sa_type=Text)  # JSON payload; None = deleted
    mine_hash: str = Field(default="", max_length=40)
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolution: str = Field(default="", max_length=6)  # '' open | mine | theirs
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str = Field(default="", max_length=64)

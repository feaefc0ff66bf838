"""Centre-to-centre exchange: sync_identity (global id and origin centre of every exchanged
record), sync_peer (centres exchanged with), sync_bundle (bundles sent and received) and
sync_conflict (changes made in two places, waiting for a manager).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("local_key", sa.String(80), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("origin", sa.String(8), nullable=False),
        sa.Column("content_hash", sa.String(40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("changed_seq", sa.Integer(), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("remote_centre", sa.String(8), nullable=False),
        sa.Column("remote_seq", sa.Integer(), nullable=False),
        sa.UniqueConstraint("table_name", "local_key", name="uq_sync_identity_local"),
    )
    op.create_index("ix_sync_identity_origin", "sync_identity", ["origin", "table_name"])
    op.create_index("ix_sync_identity_changed", "sync_identity", ["changed_seq"])
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key_id", sa.String(8), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("tag", sa.String(6), nullable=False, unique=True),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("acked_at", UTCDateTime(), nullable=True),
        sa.Column("last_import_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "sync_bundle",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("peer", sa.String(8), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_upto", sa.Integer(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by", sa.String(64), nullable=False),
        sa.Column("acked_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("bundle_id", "direction", name="uq_sync_bundle_dir"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("peer", sa.String(8), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("origin", sa.String(8), nullable=False),
        sa.Column("theirs_seq", sa.Integer(), nullable=False),
        sa.Column("theirs_hash", sa.String(40), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("mine_hash", sa.String(40), nullable=False),
        sa.Column("detected_at", UTCDateTime(), nullable=False),
        sa.Column("resolution", sa.String(6), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolution", "uid"])


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_open", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_bundle")
    op.drop_table("sync_peer")
    op.drop_index("ix_sync_identity_changed", table_name="sync_identity")
    op.drop_index("ix_sync_identity_origin", table_name="sync_identity")
    op.drop_table("sync_identity")

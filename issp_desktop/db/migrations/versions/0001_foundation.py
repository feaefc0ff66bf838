"""Foundation: the centre, cohorts, people and their stage history.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "centre",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(2000), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("other_names", sa.String(200), nullable=False),
        sa.Column("national_id", sa.String(32), nullable=True),
        sa.Column("national_id_norm", sa.String(32), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(16), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("county", sa.String(60), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_person_cohort_id", "person", ["cohort_id"])
    op.create_index("ix_person_stage", "person", ["stage"])
    op.create_index("ix_person_last_first", "person", ["last_name", "first_name"])
    op.create_index(
        "ux_person_national_id_norm",
        "person",
        ["national_id_norm"],
        unique=True,
        sqlite_where=sa.text("national_id_norm IS NOT NULL"),
        postgresql_where=sa.text("national_id_norm IS NOT NULL"),
    )
    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("from_stage", sa.String(16), nullable=True),
        sa.Column("to_stage", sa.String(16), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("exit_kind", sa.String(16), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_stage_change_person_id", "stage_change", ["person_id"])


def downgrade() -> None:
    op.drop_table("stage_change")
    op.drop_table("person")
    op.drop_table("cohort")
    op.drop_table("centre")

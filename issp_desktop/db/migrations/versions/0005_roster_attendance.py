"""Shifts and attendance: roster settings, shift templates, shifts, swaps, leave, downtime,
public holidays, clock events, and each person's badge number.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _stamp(prefix: str = "recorded") -> list[sa.Column]:
    return [sa.Column(f"{prefix}_at", UTCDateTime(), nullable=False),
            sa.Column(f"{prefix}_by", sa.String(64), nullable=False)]


def _versioned() -> list[sa.Column]:
    return [sa.Column("updated_at", UTCDateTime(), nullable=False),
            sa.Column("updated_by", sa.String(64), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False)]


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("badge_no", sa.String(20), nullable=True))
    op.create_index("ux_person_badge_no", "person", ["badge_no"], unique=True,
                    sqlite_where=sa.text("badge_no IS NOT NULL"),
                    postgresql_where=sa.text("badge_no IS NOT NULL"))
    op.create_table(
        "roster_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("min_rest_hours", sa.Integer(), nullable=False),
        sa.Column("max_week_hours", sa.Integer(), nullable=False),
        sa.Column("max_week_hours_night", sa.Integer(), nullable=False),
        sa.Column("grace_minutes", sa.Integer(), nullable=False),
        sa.Column("early_leave_minutes", sa.Integer(), nullable=False),
        sa.Column("clock_jump_hours", sa.Integer(), nullable=False),
        sa.Column("payroll_locked_through", sa.Date(), nullable=True),
        *_versioned(),
    )
    op.create_table(
        "shift_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("code", sa.String(4), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column("break_minutes", sa.Integer(), nullable=False),
        sa.Column("is_night", sa.Boolean(), nullable=False),
        sa.Column("colour", sa.String(9), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        *_versioned(),
    )
    op.create_table(
        "shift",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("template_id", sa.Integer(), sa.ForeignKey("shift_template.id"),
                  nullable=True),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=False),
        sa.Column("break_minutes", sa.Integer(), nullable=False),
        sa.Column("is_night", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("override_reason", sa.String(300), nullable=False),
        sa.Column("overtime_approved", sa.Boolean(), nullable=False),
        *_stamp("created"),
        *_versioned(),
    )
    op.create_index("ix_shift_person_starts", "shift", ["person_id", "starts_at"])
    op.create_index("ix_shift_starts", "shift", ["starts_at"])
    op.create_index("ix_shift_template_id", "shift", ["template_id"])
    op.create_table(
        "shift_swap",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("shift_a_id", sa.Integer(), sa.ForeignKey("shift.id"), nullable=False),
        sa.Column("shift_b_id", sa.Integer(), sa.ForeignKey("shift.id"), nullable=True),
        sa.Column("person_a_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("person_b_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("approved_by", sa.String(120), nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("swapped_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_shift_swap_shift_a_id", "shift_swap", ["shift_a_id"])
    op.create_table(
        "leave",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        *_stamp(),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_leave_person_dates", "leave", ["person_id", "starts_on", "ends_on"])
    op.create_table(
        "downtime",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=True),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        *_stamp(),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_downtime_starts", "downtime", ["starts_at"])
    op.create_table(
        "public_holiday",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("on", sa.Date(), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False),
        *_stamp(),
    )
    op.create_table(
        "clock_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("kind", sa.String(4), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("replaces_id", sa.Integer(), sa.ForeignKey("clock_event.id"), nullable=True),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("clock_warning", sa.String(200), nullable=False),
        *_stamp(),
        sa.UniqueConstraint("person_id", "at", "kind", "source", name="uq_clock_event_punch"),
    )
    op.create_index("ix_clock_event_person_at", "clock_event", ["person_id", "at"])
    op.create_index("ix_clock_event_at", "clock_event", ["at"])
    op.create_index("ix_clock_event_replaces_id", "clock_event", ["replaces_id"])
    # Punches are evidence: never edited (a correction is a new row).
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE OR REPLACE FUNCTION clock_event_unchanged() RETURNS trigger AS $$ "
                   "BEGIN RAISE EXCEPTION 'clock events are never changed'; END; $$ "
                   "LANGUAGE plpgsql")
        op.execute("CREATE TRIGGER clock_event_no_update BEFORE UPDATE ON clock_event "
                   "FOR EACH ROW EXECUTE FUNCTION clock_event_unchanged()")
    else:
        op.execute("CREATE TRIGGER clock_event_no_update BEFORE UPDATE ON clock_event "
                   "BEGIN SELECT RAISE(ABORT, 'clock events are never changed'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS clock_event_no_update ON clock_event")
        op.execute("DROP FUNCTION IF EXISTS clock_event_unchanged()")
    else:
        op.execute("DROP TRIGGER IF EXISTS clock_event_no_update")
    for table in ("clock_event", "public_holiday", "downtime", "leave", "shift_swap", "shift",
                  "shift_template", "roster_settings"):
        op.drop_table(table)
    op.drop_index("ux_person_badge_no", table_name="person")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("badge_no")

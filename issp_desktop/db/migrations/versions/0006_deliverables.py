"""Clients and deliverables: clients, projects, batches and their status history, work logs,
quality checks with their error categories.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column]:
    return [sa.Column("updated_at", UTCDateTime(), nullable=False),
            sa.Column("updated_by", sa.String(64), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "deliverables_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("qa_min_sample", sa.Integer(), nullable=False),
        *_versioned(),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("contact", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        *_versioned(),
    )
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("client.id"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("price_per_unit_cents", sa.Integer(), nullable=False),
        sa.Column("piece_rate_cents", sa.Integer(), nullable=True),
        sa.Column("accuracy_target_bp", sa.Integer(), nullable=False),
        sa.Column("qa_sample_bp", sa.Integer(), nullable=False),
        sa.Column("turnaround_days", sa.Integer(), nullable=False),
        sa.Column("active_from", sa.Date(), nullable=False),
        sa.Column("active_to", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        *_versioned(),
        sa.UniqueConstraint("client_id", "name", name="uq_project_client_name"),
    )
    op.create_table(
        "batch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id"), nullable=False),
        sa.Column("reference", sa.String(40), nullable=False, unique=True),
        sa.Column("units_expected", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("units_done", sa.Integer(), nullable=False),
        sa.Column("status_changed_at", UTCDateTime(), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("qa_rounds", sa.Integer(), nullable=False),
        sa.Column("last_accuracy_bp", sa.Integer(), nullable=True),
        sa.Column("last_qa_passed", sa.Boolean(), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        *_versioned(),
    )
    op.create_index("ix_batch_status_due", "batch", ["status", "due_on"])
    op.create_index("ix_batch_project_due", "batch",
                    ["project_id", "due_on", "status", "delivered_on"])
    op.create_index("ix_batch_due", "batch", ["due_on", "status", "delivered_on"])
    op.create_table(
        "batch_worker",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batch.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("assigned_at", UTCDateTime(), nullable=False),
        sa.Column("assigned_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("batch_id", "person_id", name="uq_batch_worker"),
    )
    op.create_index("ix_batch_worker_person", "batch_worker", ["person_id"])
    op.create_table(
        "batch_status_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batch.id"), nullable=False),
        sa.Column("from_status", sa.String(12), nullable=True),
        sa.Column("to_status", sa.String(12), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by", sa.String(64), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
    )
    op.create_index("ix_batch_status_change_batch_id", "batch_status_change", ["batch_id"])
    op.create_table(
        "work_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batch.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_work_log_person_day", "work_log", ["person_id", "worked_on"])
    op.create_index("ix_work_log_batch", "work_log", ["batch_id"])
    op.create_index("ix_work_log_day", "work_log",
                    ["worked_on", "person_id", "units", "minutes"])
    op.create_table(
        "error_category",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "qa_check",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batch.id"), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("checked", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("accuracy_bp", sa.Integer(), nullable=False),
        sa.Column("target_bp", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("checked_by", sa.String(120), nullable=False),
        sa.Column("checked_at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("batch_id", "round", name="uq_qa_check_round"),
    )
    op.create_index("ix_qa_check_checked_at", "qa_check", ["checked_at"])
    op.create_table(
        "qa_error",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("qa_check_id", sa.Integer(), sa.ForeignKey("qa_check.id"), nullable=False),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("error_category.id"),
                  nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.UniqueConstraint("qa_check_id", "category_id", name="uq_qa_error"),
    )
    # The settings row and the usual error taxonomy, so a new centre can check at once.
    op.execute("INSERT INTO deliverables_settings (id, qa_min_sample, updated_at, updated_by, "
               "version) VALUES (1, 50, '2026-11-29T00:00:00.000000+00:00', 'system', 1)")
    categories = sa.table("error_category", sa.column("name", sa.String),
                          sa.column("description", sa.String), sa.column("active", sa.Boolean),
                          sa.column("position", sa.Integer))
    op.bulk_insert(categories, [
        {"name": name, "description": text, "active": True, "position": n}
        for n, (name, text) in enumerate(DEFAULT_CATEGORIES)
    ])


DEFAULT_CATEGORIES = (
    ("wrong value", "a field keyed or tagged with the wrong value"),
    ("omission", "a field or item left out"),
    ("formatting", "dates, numbers or case not in the client's format"),
    ("spelling", "a misspelt word or name"),
    ("extra content", "something added that is not in the source"),
)


def downgrade() -> None:
    for table in ("qa_error", "qa_check", "error_category", "work_log", "batch_status_change",
                  "batch_worker", "batch", "project", "client", "deliverables_settings"):
        op.drop_table(table)

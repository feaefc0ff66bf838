"""Users and roles, the hash-chained audit trail, and who last changed each record.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit entries are permanent'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit entries are permanent'); END""",
)
_PG_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION audit_entry_permanent() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit entries are permanent'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION audit_entry_permanent()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
       FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_permanent()""",
)


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("lock_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("last_login_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("use_case", sa.String(80), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=True),
        sa.Column("new_values", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity", "entity_id"])
    bind = op.get_bind()
    for statement in _PG_TRIGGERS if bind.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)

    with op.batch_alter_table("centre") as batch:
        batch.add_column(sa.Column("updated_by", sa.String(64), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("idle_lock_minutes", sa.Integer(), nullable=False,
                                   server_default="10"))
        batch.add_column(sa.Column("backup_every_minutes", sa.Integer(), nullable=False,
                                   server_default="30"))
        batch.add_column(sa.Column("backup_copy_folder", sa.String(500), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("alumni_retention_months", sa.Integer(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("cohort") as batch:
        batch.add_column(sa.Column("updated_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("updated_by", sa.String(64), nullable=False,
                                   server_default=""))
    op.execute("UPDATE cohort SET updated_at = created_at")
    with op.batch_alter_table("cohort") as batch:
        batch.alter_column("updated_at", existing_type=UTCDateTime(), nullable=False)
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("updated_by", sa.String(64), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("erased_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("erased_at")
        batch.drop_column("updated_by")
    with op.batch_alter_table("cohort") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("updated_at")
    with op.batch_alter_table("centre") as batch:
        for column in ("alumni_retention_months", "backup_copy_folder", "backup_every_minutes",
                       "idle_lock_minutes", "updated_by"):
            batch.drop_column(column)
    op.drop_table("audit_entry")
    op.drop_table("app_user")

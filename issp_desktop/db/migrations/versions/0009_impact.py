"""Impact: the dated benchmarks table (minimum wage, living wage, poverty line).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "impact_benchmark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("area", sa.String(120), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_impact_benchmark_kind_from", "impact_benchmark",
                    ["kind", "effective_from"])


def downgrade() -> None:
    op.drop_index("ix_impact_benchmark_kind_from", table_name="impact_benchmark")
    op.drop_table("impact_benchmark")

"""A covering index for reading a month of shifts (attendance summary, payroll run, impact
report): the start instant plus every column those reads need, replacing the plain index on
the start.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_shift_starts", table_name="shift")
    op.create_index("ix_shift_starts_cover", "shift",
                    ["starts_at", "person_id", "ends_at", "break_minutes", "is_night",
                     "overtime_approved"])


def downgrade() -> None:
    op.drop_index("ix_shift_starts_cover", table_name="shift")
    op.create_index("ix_shift_starts", "shift", ["starts_at"])

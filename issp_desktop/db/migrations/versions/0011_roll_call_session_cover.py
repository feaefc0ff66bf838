"""A covering index on roll-call by session: (session_id, person_id, status). The completion
rule's attendance count (per person and status over the sessions of some cohorts) and the
impact report's training minutes (present or late at the sessions held in a period) read a
session's roll-call from it alone, without a table look-up per row.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_roll_call_session_cover", "roll_call",
                    ["session_id", "person_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_roll_call_session_cover", table_name="roll_call")

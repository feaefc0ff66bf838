"""Indexes for the People page and training figures at 100,000 people: phone and birth-date
search, stage and cohort filters in name order, attendance counts, stipends per cohort.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_stage", table_name="person")
    op.drop_index("ix_person_cohort_id", table_name="person")
    op.create_index("ix_person_stage_name", "person", ["stage", "last_name", "first_name"])
    op.create_index("ix_person_cohort_name", "person", ["cohort_id", "last_name", "first_name"])
    op.create_index("ix_person_phone", "person", ["phone"])
    op.create_index("ix_person_date_of_birth", "person", ["date_of_birth"])
    op.create_index("ix_person_enrolled_on", "person", ["enrolled_on"])
    op.create_index("ix_eligibility_criterion_person", "eligibility_record",
                    ["criterion", "person_id"])
    op.create_index("ix_roll_call_person_status", "roll_call",
                    ["person_id", "status", "session_id"])
    op.create_index("ix_stipend_cohort_id", "stipend", ["cohort_id"])


def downgrade() -> None:
    for name, table in (("ix_stipend_cohort_id", "stipend"),
                        ("ix_roll_call_person_status", "roll_call"),
                        ("ix_eligibility_criterion_person", "eligibility_record"),
                        ("ix_person_enrolled_on", "person"),
                        ("ix_person_date_of_birth", "person"), ("ix_person_phone", "person"),
                        ("ix_person_cohort_name", "person"), ("ix_person_stage_name", "person")):
        op.drop_index(name, table_name=table)
    op.create_index("ix_person_cohort_id", "person", ["cohort_id"])
    op.create_index("ix_person_stage", "person", ["stage"])

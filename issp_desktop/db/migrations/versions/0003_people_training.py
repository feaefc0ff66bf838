"""People and training: the person's full record, impact profile (eligibility, surveys),
curriculum modules, assessments, training sessions with roll-call, stipends.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("id_kind", sa.String(20), nullable=False,
                                   server_default="national_id"))
        batch.add_column(sa.Column("settlement", sa.String(80), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("emergency_contact_name", sa.String(120), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("emergency_contact_phone", sa.String(20), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("has_disability", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("disability_notes", sa.String(300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("consent_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("consent_by", sa.String(64), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("guardian_name", sa.String(120), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("guardian_consent_on", sa.Date(), nullable=True))
    with op.batch_alter_table("cohort") as batch:
        batch.add_column(sa.Column("programme", sa.String(80), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("trainer", sa.String(120), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("attendance_threshold_pct", sa.Integer(), nullable=False,
                                   server_default="80"))

    op.create_table(
        "eligibility_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("months_unemployed", sa.Integer(), nullable=True),
        sa.Column("other_detail", sa.String(200), nullable=False),
        sa.Column("evidence", sa.String(20), nullable=False),
        sa.Column("poverty_score", sa.Integer(), nullable=True),
        sa.Column("verified_by", sa.String(120), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(500), nullable=False),
        sa.Column("frozen", sa.Boolean(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), sa.ForeignKey("eligibility_record.id"),
                  nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_eligibility_record_person_id", "eligibility_record", ["person_id"])
    op.create_table(
        "survey",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("employment_status", sa.String(30), nullable=False),
        sa.Column("monthly_income_cents", sa.Integer(), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("income_dependents", sa.Integer(), nullable=True),
        sa.Column("education_level", sa.String(30), nullable=False),
        sa.Column("notes", sa.String(500), nullable=False),
        sa.Column("frozen", sa.Boolean(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), sa.ForeignKey("survey.id"), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_survey_person_id", "survey", ["person_id"])
    op.create_table(
        "person_photo",
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), primary_key=True),
        sa.Column("mime", sa.String(40), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "module",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("pass_mark", sa.Integer(), nullable=False),
        sa.Column("min_wpm", sa.Integer(), nullable=True),
        sa.Column("min_accuracy_bp", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "cohort_module",
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), primary_key=True),
        sa.Column("module_id", sa.Integer(), sa.ForeignKey("module.id"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_cohort_module_module_id", "cohort_module", ["module_id"])
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("module_id", sa.Integer(), sa.ForeignKey("module.id"), nullable=False),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("wpm", sa.Integer(), nullable=True),
        sa.Column("accuracy_bp", sa.Integer(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_assessment_person_module", "assessment", ["person_id", "module_id"])
    op.create_index("ix_assessment_module_id", "assessment", ["module_id"])
    op.create_index("ix_assessment_cohort_id", "assessment", ["cohort_id"])
    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("module_id", sa.Integer(), sa.ForeignKey("module.id"), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("cohort_id", "held_on", "topic",
                            name="uq_training_session_day_topic"),
    )
    op.create_index("ix_training_session_cohort_id", "training_session", ["cohort_id"])
    op.create_table(
        "roll_call",
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("training_session.id"),
                  primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), primary_key=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_roll_call_person_id", "roll_call", ["person_id"])
    op.create_table(
        "stipend",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.String(200), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_stipend_person_id", "stipend", ["person_id"])


def downgrade() -> None:
    for table in ("stipend", "roll_call", "training_session", "assessment", "cohort_module",
                  "module", "person_photo", "survey", "eligibility_record"):
        op.drop_table(table)
    with op.batch_alter_table("cohort") as batch:
        for column in ("attendance_threshold_pct", "trainer", "programme"):
            batch.drop_column(column)
    with op.batch_alter_table("person") as batch:
        for column in ("guardian_consent_on", "guardian_name", "consent_by", "consent_on",
                       "disability_notes", "has_disability", "emergency_contact_phone",
                       "emergency_contact_name", "settlement", "id_kind"):
            batch.drop_column(column)

"""Certificates: the certificate register, revocations, trusted centres, the centre's signing
key, and the branding and wording of the templates.

The register keeps its history: triggers refuse to update or delete certificates and
revocations, and to delete the signing key.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER certificate_no_update BEFORE UPDATE ON certificate
       BEGIN SELECT RAISE(ABORT, 'issued certificates are permanent'); END""",
    """CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
       BEGIN SELECT RAISE(ABORT, 'issued certificates are permanent'); END""",
    """CREATE TRIGGER certificate_revocation_no_update BEFORE UPDATE ON certificate_revocation
       BEGIN SELECT RAISE(ABORT, 'revocations are permanent'); END""",
    """CREATE TRIGGER certificate_revocation_no_delete BEFORE DELETE ON certificate_revocation
       BEGIN SELECT RAISE(ABORT, 'revocations are permanent'); END""",
    """CREATE TRIGGER certificate_key_no_delete BEFORE DELETE ON certificate_key
       BEGIN SELECT RAISE(ABORT, 'the signing key is permanent'); END""",
)
_PG_TRIGGERS = (
    """CREATE OR REPLACE FUNCTION certificate_register_permanent() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'the certificate register is permanent'; END; $$
       LANGUAGE plpgsql""",
    """CREATE TRIGGER certificate_no_change BEFORE UPDATE OR DELETE ON certificate
       FOR EACH ROW EXECUTE FUNCTION certificate_register_permanent()""",
    """CREATE TRIGGER certificate_no_truncate BEFORE TRUNCATE ON certificate
       FOR EACH STATEMENT EXECUTE FUNCTION certificate_register_permanent()""",
    """CREATE TRIGGER certificate_revocation_no_change BEFORE UPDATE OR DELETE
       ON certificate_revocation
       FOR EACH ROW EXECUTE FUNCTION certificate_register_permanent()""",
    """CREATE TRIGGER certificate_revocation_no_truncate BEFORE TRUNCATE
       ON certificate_revocation
       FOR EACH STATEMENT EXECUTE FUNCTION certificate_register_permanent()""",
    """CREATE TRIGGER certificate_key_no_delete BEFORE DELETE ON certificate_key
       FOR EACH ROW EXECUTE FUNCTION certificate_register_permanent()""",
)


def upgrade() -> None:
    op.create_table(
        "certificate_key",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key_id", sa.String(8), nullable=False, unique=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("serial", sa.String(20), nullable=False, unique=True),
        sa.Column("code", sa.String(12), nullable=False, unique=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id"), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(8), nullable=False),
        sa.Column("orientation", sa.String(10), nullable=False),
        sa.Column("body", sa.String(4000), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_certificate_person_id", "certificate", ["person_id"])
    op.create_index("ix_certificate_cohort_id", "certificate", ["cohort_id"])
    op.create_index("ix_certificate_issued_at", "certificate", ["issued_at"])
    op.create_table(
        "certificate_revocation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("certificate_id", sa.Integer(), sa.ForeignKey("certificate.id"),
                  nullable=False, unique=True),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "trusted_centre",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("key_id", sa.String(8), nullable=False, unique=True),
        sa.Column("fingerprint", sa.String(19), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "centre_branding",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("accent_colour", sa.String(7), nullable=False),
        sa.Column("signatory_name", sa.String(120), nullable=False),
        sa.Column("signatory_title", sa.String(120), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "certificate_wording",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("programme", sa.String(80), nullable=False, unique=True),
        sa.Column("progress_title", sa.String(120), nullable=False),
        sa.Column("progress_text", sa.String(600), nullable=False),
        sa.Column("skill_title", sa.String(120), nullable=False),
        sa.Column("skill_text", sa.String(600), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
    )
    bind = op.get_bind()
    for statement in _PG_TRIGGERS if bind.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS certificate_register_permanent() CASCADE")
    for table in ("certificate_wording", "centre_branding", "trusted_centre",
                  "certificate_revocation", "certificate", "certificate_key"):
        op.drop_table(table)

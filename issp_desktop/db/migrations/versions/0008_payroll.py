"""Payroll: pay terms, minimum wages, rule-pack versions, pay periods, payslips, adjustments,
payment exports; triggers that keep closed periods unchangeable.

A closed pay period cannot be changed or deleted; no payslip, payslip line, pay item or
adjustment of a closed period may be added, changed or deleted. Payments are marked in
``payment_mark`` (allowed on closed payslips: it does not touch them).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from issp_desktop.db.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_CLOSED = "a closed pay period cannot be changed"


def _closed_period(expr: str) -> str:
    return f"(SELECT state FROM pay_period WHERE id = {expr}) = 'closed'"


def _line_closed(expr: str) -> str:
    return ("(SELECT p.state FROM pay_period p JOIN payslip s ON s.period_id = p.id "
            f"WHERE s.id = {expr}) = 'closed'")


def _sqlite_triggers() -> list[str]:
    found = [
        f"""CREATE TRIGGER pay_period_closed_no_update BEFORE UPDATE ON pay_period
            WHEN OLD.state = 'closed' BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
        f"""CREATE TRIGGER pay_period_closed_no_delete BEFORE DELETE ON pay_period
            WHEN OLD.state = 'closed' BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
    ]
    for table in ("payslip", "pay_item", "adjustment"):
        found += [
            f"""CREATE TRIGGER {table}_closed_no_insert BEFORE INSERT ON {table}
                WHEN {_closed_period('NEW.period_id')}
                BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
            f"""CREATE TRIGGER {table}_closed_no_update BEFORE UPDATE ON {table}
                WHEN {_closed_period('OLD.period_id')} OR {_closed_period('NEW.period_id')}
                BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
            f"""CREATE TRIGGER {table}_closed_no_delete BEFORE DELETE ON {table}
                WHEN {_closed_period('OLD.period_id')}
                BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
        ]
    found += [
        f"""CREATE TRIGGER payslip_line_closed_no_insert BEFORE INSERT ON payslip_line
            WHEN {_line_closed('NEW.payslip_id')} BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
        f"""CREATE TRIGGER payslip_line_closed_no_update BEFORE UPDATE ON payslip_line
            WHEN {_line_closed('OLD.payslip_id')} OR {_line_closed('NEW.payslip_id')}
            BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
        f"""CREATE TRIGGER payslip_line_closed_no_delete BEFORE DELETE ON payslip_line
            WHEN {_line_closed('OLD.payslip_id')} BEGIN SELECT RAISE(ABORT, '{_CLOSED}'); END""",
    ]
    return found


_SQLITE_NAMES = ["pay_period_closed_no_update", "pay_period_closed_no_delete"] + [
    f"{t}_closed_no_{op_}" for t in ("payslip", "pay_item", "adjustment", "payslip_line")
    for op_ in ("insert", "update", "delete")]

_PG = [
    f"""CREATE OR REPLACE FUNCTION pay_period_locked() RETURNS trigger AS $$
        BEGIN
          IF OLD.state = 'closed' THEN RAISE EXCEPTION '{_CLOSED}'; END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER pay_period_closed_no_change BEFORE UPDATE OR DELETE ON pay_period
       FOR EACH ROW EXECUTE FUNCTION pay_period_locked()""",
    f"""CREATE OR REPLACE FUNCTION payroll_row_locked() RETURNS trigger AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM pay_period
              WHERE id = OLD.period_id AND state = 'closed') THEN
            RAISE EXCEPTION '{_CLOSED}';
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM pay_period
              WHERE id = NEW.period_id AND state = 'closed') THEN
            RAISE EXCEPTION '{_CLOSED}';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END; $$ LANGUAGE plpgsql""",
    f"""CREATE OR REPLACE FUNCTION payslip_line_locked() RETURNS trigger AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM pay_period p
              JOIN payslip s ON s.period_id = p.id
              WHERE s.id = OLD.payslip_id AND p.state = 'closed') THEN
            RAISE EXCEPTION '{_CLOSED}';
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM pay_period p
              JOIN payslip s ON s.period_id = p.id
              WHERE s.id = NEW.payslip_id AND p.state = 'closed') THEN
            RAISE EXCEPTION '{_CLOSED}';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END; $$ LANGUAGE plpgsql""",
    *(f"""CREATE TRIGGER {t}_closed_no_change BEFORE INSERT OR UPDATE OR DELETE ON {t}
          FOR EACH ROW EXECUTE FUNCTION payroll_row_locked()"""
      for t in ("payslip", "pay_item", "adjustment")),
    """CREATE TRIGGER payslip_line_closed_no_change BEFORE INSERT OR UPDATE OR DELETE
       ON payslip_line FOR EACH ROW EXECUTE FUNCTION payslip_line_locked()""",
    *(f"""CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t}
          FOR EACH STATEMENT EXECUTE FUNCTION pay_period_truncate_refused()"""
      for t in ("pay_period", "payslip", "payslip_line", "pay_item", "adjustment")),
]
_PG_TRUNCATE = f"""CREATE OR REPLACE FUNCTION pay_period_truncate_refused() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION '{_CLOSED}'; END; $$ LANGUAGE plpgsql"""


def _money(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=nullable)


def _stamp(prefix: str = "recorded") -> list[sa.Column]:
    return [sa.Column(f"{prefix}_at", UTCDateTime(), nullable=False),
            sa.Column(f"{prefix}_by", sa.String(64), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "pay_terms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        _money("amount_cents"),
        _money("hourly_rate_cents", nullable=True),
        sa.Column("overtime_weekday_bp", sa.Integer(), nullable=False),
        sa.Column("overtime_rest_bp", sa.Integer(), nullable=False),
        sa.Column("job_category", sa.String(80), nullable=False),
        sa.Column("location", sa.String(80), nullable=False),
        sa.Column("statutory", sa.Boolean(), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("bank_name", sa.String(80), nullable=False),
        sa.Column("bank_branch", sa.String(80), nullable=False),
        sa.Column("bank_account", sa.String(40), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        *_stamp(),
    )
    op.create_index("ix_pay_terms_person_from", "pay_terms", ["person_id", "effective_from"])
    op.create_table(
        "minimum_wage",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("category", sa.String(80), nullable=False),
        sa.Column("location", sa.String(80), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        _money("monthly_cents"),
        _money("hourly_cents", nullable=True),
        sa.Column("source", sa.String(300), nullable=False),
        *_stamp(),
    )
    op.create_index("ix_minimum_wage_lookup", "minimum_wage",
                    ["category", "location", "effective_from"])
    op.create_table(
        "rule_pack_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pack_code", sa.String(16), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("body", sa.String(100_000), nullable=False),
        *_stamp(),
    )
    op.create_index("ix_rule_pack_version_pack_code", "rule_pack_version", ["pack_code"])
    op.create_table(
        "payroll_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pack_code", sa.String(16), nullable=False),
        sa.Column("period_kind", sa.String(12), nullable=False),
        sa.Column("hours_per_month", sa.Integer(), nullable=False),
        sa.Column("days_per_month", sa.Integer(), nullable=False),
        sa.Column("mpesa_columns", sa.String(2000), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "pay_period",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(20), nullable=False, unique=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("pay_date", sa.Date(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("pack_code", sa.String(16), nullable=False),
        sa.Column("run_at", UTCDateTime(), nullable=True),
        sa.Column("run_by", sa.String(64), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=True),
        sa.Column("reviewed_by", sa.String(64), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("closed_by", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_pay_period_starts_on", "pay_period", ["starts_on"])
    op.create_table(
        "payslip",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period_id", sa.Integer(), sa.ForeignKey("pay_period.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("national_id", sa.String(32), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("bank", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("job_category", sa.String(80), nullable=False),
        _money("gross_cents"),
        _money("deductions_cents"),
        _money("net_cents"),
        _money("employer_cents"),
        sa.Column("pack_version_from", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("period_id", "person_id", name="uq_payslip_period_person"),
    )
    op.create_index("ix_payslip_person", "payslip", ["person_id"])
    op.create_table(
        "payslip_line",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("payslip_id", sa.Integer(), sa.ForeignKey("payslip.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(10), nullable=False),
        sa.Column("code", sa.String(24), nullable=False),
        sa.Column("label", sa.String(160), nullable=False),
        _money("quantity", nullable=True),
        sa.Column("unit", sa.String(8), nullable=False),
        _money("rate_cents", nullable=True),
        _money("amount_cents"),
        sa.Column("working", sa.String(600), nullable=False),
    )
    op.create_index("ix_payslip_line_payslip_id", "payslip_line", ["payslip_id"])
    op.create_table(
        "pay_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period_id", sa.Integer(), sa.ForeignKey("pay_period.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        _money("amount_cents"),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        *_stamp(),
    )
    op.create_index("ix_pay_item_period_person", "pay_item", ["period_id", "person_id"])
    op.create_table(
        "adjustment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period_id", sa.Integer(), sa.ForeignKey("pay_period.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), nullable=False),
        sa.Column("corrects_payslip_id", sa.Integer(), sa.ForeignKey("payslip.id"),
                  nullable=False),
        _money("amount_cents"),
        sa.Column("taxable", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        *_stamp(),
    )
    op.create_index("ix_adjustment_period_person", "adjustment", ["period_id", "person_id"])
    op.create_index("ix_adjustment_corrects_payslip_id", "adjustment", ["corrects_payslip_id"])
    op.create_table(
        "payment_export",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period_id", sa.Integer(), sa.ForeignKey("pay_period.id"), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        _money("total_cents"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_payment_export_period_id", "payment_export", ["period_id"])
    op.create_table(
        "payment_mark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("payslip_id", sa.Integer(), sa.ForeignKey("payslip.id"), nullable=False,
                  unique=True),
        sa.Column("reference", sa.String(60), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("export_id", sa.Integer(), sa.ForeignKey("payment_export.id"),
                  nullable=True),
        *_stamp(),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_TRUNCATE)
        for statement in _PG:
            op.execute(statement)
    else:
        for statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for fn in ("pay_period_locked", "payroll_row_locked", "payslip_line_locked",
                   "pay_period_truncate_refused"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}() CASCADE")
    else:
        for name in _SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("payment_mark", "payment_export", "adjustment", "pay_item", "payslip_line",
                  "payslip", "pay_period", "payroll_settings", "rule_pack_version",
                  "minimum_wage", "pay_terms"):
        op.drop_table(table)

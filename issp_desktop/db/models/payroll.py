"""Payroll: pay terms, minimum wages, centre rule-pack versions, pay periods, payslips and
their lines, per-person items and adjustments, payment exports and payment marks."""

from __future__ import annotations

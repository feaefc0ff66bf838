"""Pay terms, minimum wages, rule packs, pay periods (draft, reviewed, closed), payslips,
adjustments, payment files.

The use cases live in rooms put together here as one service: ``payroll_terms`` (pay terms,
the minimum-wage table, settings, the centre's rule-pack versions), ``payroll_periods`` (periods
and their states, payslips, items, adjustments), ``payroll_run`` (running a draft period) and
``payroll_payments`` (payment files, payments marked paid, the register and the payslips PDF).
Rows and errors are in ``payroll_types``; the rules in ``domain.payroll`` and
``domain.payroll_periods``; the statutory deductions in ``domain.statutory``.
"""

from __future__ import annotations

from issp_desktop.services.payroll_payments import PaymentUseCases
from issp_desktop.services.payroll_periods import PeriodUseCases
from issp_desktop.services.payroll_run import RunUseCases
from issp_desktop.services.payroll_terms import TermsUseCases


class PayrollService(TermsUseCases, PeriodUseCases, RunUseCases, PaymentUseCases):
    """The use cases; see the module's docstring."""

"""Payroll: pay terms, minimum wages, centre rule-pack versions, pay periods, payslips and
their lines, per-person items and adjustments, payment exports and payment marks.

History is not rewritten: pay terms, minimum wages and rule-pack versions are appended (a change
is a new dated row); once a pay period is closed, database triggers (migration 0008) refuse any
change to it, to its payslips and their lines, and to its items and adjustments. Payments are
marked in a table of their own, so a closed payslip stays untouched when it is paid.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from issp_desktop.db.types import UTCDateTime, utcnow


def _money() -> Column:  # type: ignore[type-arg]
    return Column(BigInteger(), nullable=False)


def _money_or_none() -> Column:  # type: ignore[type-arg]
    return Column(BigInteger(), nullable=True)


class PayTerms(SQLModel, table=True):
    """A person's pay terms from a date until their next terms. Never edited: appended."""

    __tablename__ = "pay_terms"
    __table_args__ = (Index("ix_pay_terms_person_from", "person_id", "effective_from"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    effective_from: date
    kind: str = Field(max_length=10)  # monthly | daily | hourly | piece | stipend
    amount_cents: int = Field(default=0, sa_column=_money())  # per month, day or hour
    hourly_rate_cents: int | None = Field(default=None, sa_column=_money_or_none())
    overtime_weekday_bp: int = Field(default=15000)  # 15000 = 1.5×
    overtime_rest_bp: int = Field(default=20000)  # rest days and public holidays
    job_category: str = Field(default="", max_length=80)  # for the minimum wage
    location: str = Field(default="", max_length=80)
    statutory: bool = Field(default=True)  # PAYE, NSSF, SHIF, AHL apply
    method: str = Field(default="mpesa", max_length=8)  # mpesa | bank | cash
    phone: str = Field(default="", max_length=20)  # M-Pesa number ('' = the person's phone)
    bank_name: str = Field(default="", max_length=80)
    bank_branch: str = Field(default="", max_length=80)
    bank_account: str = Field(default="", max_length=40)
    note: str = Field(default="", max_length=300)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class MinimumWage(SQLModel, table=True):
    """The statutory minimum for a job category in a location, from a date."""

    __tablename__ = "minimum_wage"
    __table_args__ = (Index("ix_minimum_wage_lookup", "category", "location", "effective_from"),)

    id: int | None = Field(default=None, primary_key=True)
    category: str = Field(max_length=80)
    location: str = Field(max_length=80)
    effective_from: date
    monthly_cents: int = Field(default=0, sa_column=_money())
    hourly_cents: int | None = Field(default=None, sa_column=_money_or_none())
    source: str = Field(default="", max_length=300)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class RulePackVersion(SQLModel, table=True):
    """A centre's own dated version of a rule pack (the version's JSON). Never updated."""

    __tablename__ = "rule_pack_version"

    id: int | None = Field(default=None, primary_key=True)
    pack_code: str = Field(max_length=16, index=True)
    effective_from: date
    label: str = Field(default="", max_length=200)
    body: str = Field(max_length=100_000)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class PayrollSettings(SQLModel, table=True):
    """The centre's payroll settings (one row, id 1)."""

    __tablename__ = "payroll_settings"

    id: int | None = Field(default=None, primary_key=True)
    pack_code: str = Field(default="KE", max_length=16)
    period_kind: str = Field(default="monthly", max_length=12)  # monthly|weekly|fortnightly
    hours_per_month: int = Field(default=225)  # hourly rate of a monthly wage = monthly ÷ this
    days_per_month: int = Field(default=26)  # daily rate of a monthly wage = monthly ÷ this
    mpesa_columns: str = Field(default="", max_length=2000)  # JSON [[header, field], ...]
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class PayPeriod(SQLModel, table=True):
    """A pay period: draft → reviewed → closed. Closed rows are refused any change."""

    __tablename__ = "pay_period"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=20, unique=True)  # 2026-11, 2026-W46, 2026-F23
    kind: str = Field(default="monthly", max_length=12)
    starts_on: date = Field(index=True)
    ends_on: date
    pay_date: date
    state: str = Field(default="draft", max_length=10)  # draft | reviewed | closed
    pack_code: str = Field(default="KE", max_length=16)
    run_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    run_by: str = Field(default="", max_length=64)
    reviewed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reviewed_by: str = Field(default="", max_length=64)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_by: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=64)
    version: int = Field(default=1)


class Payslip(SQLModel, table=True):
    """One person's pay for one period, with what was true of them when it was run."""

    __tablename__ = "payslip"
    __table_args__ = (UniqueConstraint("period_id", "person_id", name="uq_payslip_period_person"),
                      Index("ix_payslip_person", "person_id"))

    id: int | None = Field(default=None, primary_key=True)
    period_id: int = Field(foreign_key="pay_period.id")
    person_id: int = Field(foreign_key="person.id")
    name: str = Field(max_length=200)
    national_id: str = Field(default="", max_length=32)
    phone: str = Field(default="", max_length=20)
    method: str = Field(default="mpesa", max_length=8)
    bank: str = Field(default="", max_length=200)  # bank, branch and account
    kind: str = Field(default="monthly", max_length=10)
    job_category: str = Field(default="", max_length=80)
    gross_cents: int = Field(default=0, sa_column=_money())
    deductions_cents: int = Field(default=0, sa_column=_money())
    net_cents: int = Field(default=0, sa_column=_money())
    employer_cents: int = Field(default=0, sa_column=_money())
    pack_version_from: date | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PayslipLine(SQLModel, table=True):
    """One figure of a payslip with how it was worked out."""

    __tablename__ = "payslip_line"

    id: int | None = Field(default=None, primary_key=True)
    payslip_id: int = Field(foreign_key="payslip.id", index=True)
    position: int = Field(default=0)
    section: str = Field(max_length=10)  # earning | deduction | employer | info
    code: str = Field(max_length=24)
    label: str = Field(max_length=160)
    quantity: int | None = Field(default=None, sa_column=_money_or_none())
    unit: str = Field(default="", max_length=8)  # min | unit | day | ''
    rate_cents: int | None = Field(default=None, sa_column=_money_or_none())
    amount_cents: int = Field(default=0, sa_column=_money())
    working: str = Field(default="", max_length=600)


class PayItem(SQLModel, table=True):
    """A per-person allowance or deduction for one period (advance, loan, union dues…)."""

    __tablename__ = "pay_item"
    __table_args__ = (Index("ix_pay_item_period_person", "period_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    period_id: int = Field(foreign_key="pay_period.id")
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=16)  # allowance | advance | loan | union | deduction
    label: str = Field(default="", max_length=120)
    amount_cents: int = Field(sa_column=_money())  # positive; the kind says which side
    taxable: bool = Field(default=True)  # allowances only
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class Adjustment(SQLModel, table=True):
    """A correction paid in an open period that points at the closed payslip it corrects."""

    __tablename__ = "adjustment"
    __table_args__ = (Index("ix_adjustment_period_person", "period_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    period_id: int = Field(foreign_key="pay_period.id")
    person_id: int = Field(foreign_key="person.id")
    corrects_payslip_id: int = Field(foreign_key="payslip.id", index=True)
    amount_cents: int = Field(sa_column=_money())  # signed: + owed to the person, − recovered
    taxable: bool = Field(default=True)
    reason: str = Field(max_length=500)
    on: date
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)


class PaymentExport(SQLModel, table=True):
    """A payment file made for a period, with its control totals."""

    __tablename__ = "payment_export"

    id: int | None = Field(default=None, primary_key=True)
    period_id: int = Field(foreign_key="pay_period.id", index=True)
    format: str = Field(max_length=8)  # mpesa | bank | cash
    file_name: str = Field(max_length=300)
    count: int
    total_cents: int = Field(sa_column=_money())
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=64)


class PaymentMark(SQLModel, table=True):
    """A payslip paid, with the transaction reference the bank or M-Pesa gave."""

    __tablename__ = "payment_mark"

    id: int | None = Field(default=None, primary_key=True)
    payslip_id: int = Field(foreign_key="payslip.id", unique=True)
    reference: str = Field(max_length=60)
    paid_on: date
    export_id: int | None = Field(default=None, foreign_key="payment_export.id")
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    recorded_by: str = Field(default="", max_length=64)

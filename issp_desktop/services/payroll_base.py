"""What the payroll rooms share: settings, the rule pack with the centre's own versions, loading
periods and summing their payslips, and the checks every write repeats."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from issp_desktop.db.models import Centre
from issp_desktop.db.models.payroll import (
    PaymentMark,
    PayPeriod,
    PayrollSettings,
    Payslip,
    RulePackVersion,
)
from issp_desktop.domain.payroll import PeriodKind
from issp_desktop.domain.payroll_periods import PeriodState, parse_mpesa_columns
from issp_desktop.domain.rule_pack import PackVersion, RulePack, parse_pack, with_version
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services.payroll_types import (
    PayrollSettingsRow,
    PeriodClosedError,
    PeriodRow,
)
from issp_desktop.services.rule_packs import shipped_pack


def full_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def settings_row(s: Session) -> PayrollSettings:
    """The settings row (id 1); the model's defaults when there is none yet."""
    return s.get(PayrollSettings, 1) or PayrollSettings(id=1)


def settings_of(row: PayrollSettings) -> PayrollSettingsRow:
    return PayrollSettingsRow(row.pack_code, row.period_kind, row.hours_per_month,
                              row.days_per_month, parse_mpesa_columns(row.mpesa_columns),
                              row.version)


def centre_info(s: Session) -> tuple[str, str]:
    row = s.execute(select(Centre.name, Centre.currency).order_by(Centre.id).limit(1)).first()
    return (row[0], row[1]) if row else ("", "KES")


def parse_version(pack_code: str, raw: Any) -> PackVersion:
    """One dated version given as JSON data (as in a pack file's ``versions`` list)."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValidationError("rule pack version", f"is not JSON: {exc.msg}") from exc
    if isinstance(raw, dict) and "versions" in raw:  # a whole pack file: take its newest
        versions = raw.get("versions") or []
        if not versions:
            raise ValidationError("rule pack version", "the file has no versions")
        raw = versions[-1]
    if not isinstance(raw, dict):
        raise ValidationError("rule pack version", "must be a JSON object")
    return parse_pack({"code": pack_code, "versions": [raw]}).versions[0]


def load_pack(s: Session, code: str) -> RulePack:
    """The shipped pack with the centre's own dated versions added (a later one on the same
    date replaces an earlier)."""
    pack = shipped_pack(code)
    for body in s.execute(select(RulePackVersion.body).where(
            RulePackVersion.pack_code == pack.code).order_by(RulePackVersion.id)).scalars():
        pack = with_version(pack, parse_version(pack.code, body))
    return pack


def load_period(s: Session, period_id: int) -> PayPeriod:
    if not isinstance(period_id, int) or isinstance(period_id, bool):
        raise ValidationError("period", f"'{period_id}' is not a pay period id")
    row = s.get(PayPeriod, period_id)
    if row is None:
        raise NotFoundError("pay period", period_id)
    return row


def open_period(s: Session, period_id: int, action: str) -> PayPeriod:
    """The period, refused when closed (the triggers would refuse too)."""
    row = load_period(s, period_id)
    if row.state == PeriodState.CLOSED.value:
        raise PeriodClosedError(row.name, action)
    return row


def period_by_name(s: Session, name: str) -> PayPeriod:
    row = s.execute(select(PayPeriod).where(PayPeriod.name == name)).scalar_one_or_none()
    if row is None:
        raise NotFoundError("pay period", name)
    return row


def period_rows(s: Session, where: list[Any] | None = None) -> list[PeriodRow]:
    """Periods, newest first, with their payslip totals and how many are paid."""
    totals = {int(pid): (int(n), int(g or 0), int(d or 0), int(net or 0), int(e or 0))
              for pid, n, g, d, net, e in s.execute(
                  select(Payslip.period_id, func.count(), func.sum(Payslip.gross_cents),
                         func.sum(Payslip.deductions_cents), func.sum(Payslip.net_cents),
                         func.sum(Payslip.employer_cents)).group_by(Payslip.period_id))}
    paid = {int(pid): int(n) for pid, n in s.execute(
        select(Payslip.period_id, func.count()).join(
            PaymentMark, PaymentMark.payslip_id == Payslip.id).group_by(Payslip.period_id))}
    q = select(PayPeriod).order_by(PayPeriod.starts_on.desc())
    if where:
        q = q.where(*where)
    found = []
    for p in s.execute(q).scalars():
        assert p.id is not None
        n, g, d, net, e = totals.get(p.id, (0, 0, 0, 0, 0))
        found.append(PeriodRow(p.id, p.name, p.kind, p.starts_on, p.ends_on, p.pay_date,
                               p.state, p.pack_code, p.run_at, p.run_by, p.reviewed_at,
                               p.reviewed_by, p.closed_at, p.closed_by, n, g, d, net, e,
                               paid.get(p.id, 0), p.version))
    return found


def period_row(s: Session, period_id: int) -> PeriodRow:
    load_period(s, period_id)
    return period_rows(s, [PayPeriod.id == period_id])[0]


def period_kind(raw: str) -> PeriodKind:
    try:
        return PeriodKind(raw)
    except ValueError as exc:
        raise ValidationError("period kind", f"'{raw}' is not monthly, weekly or "
                                             "fortnightly") from exc


def check_day(field: str, value: Any) -> date:
    if not isinstance(value, date):
        raise ValidationError(field, f"'{value}' is not a date")
    return value

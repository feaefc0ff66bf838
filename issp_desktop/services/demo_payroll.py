"""The demo centre's payroll: pay terms, and a year of pay periods run and closed through the
real payroll use cases after the demo's data is committed.

Workers get terms from the day they were hired: most a monthly salary (data-entry clerks), some
an hourly rate, a few piece rates with the minimum-wage floor; trainees get stipend terms from
their first stipend. Payment by M-Pesa mostly, some by bank, a few in cash. Then the twelve
months before ``today``'s are run, reviewed, closed and marked paid from a references file, with
a few advances and allowances on the way; ``today``'s month is left open (run, in draft) with an
adjustment that corrects a payslip of the month before."""

from __future__ import annotations

import dataclasses
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from issp_desktop.db.models import Person, StageChange, Stipend
from issp_desktop.db.models.deliverables import Project
from issp_desktop.db.models.payroll import PayTerms
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import SYSTEM
from issp_desktop.domain.payroll_periods import month_bounds, mpesa_msisdn, payment_reference
from issp_desktop.services.base import Context
from issp_desktop.services.payroll_types import AdjustmentInput, ItemInput

MONTHS_CLOSED = 12
BANKS = (("KCB Bank", "Kencom"), ("Equity Bank", "Tom Mboya"), ("Co-operative Bank", "Gikomba"))


def _months_back(today: date, n: int) -> tuple[int, int]:
    m = today.year * 12 + today.month - 1 - n
    return m // 12, m % 12 + 1


def _terms_rows(ctx: Context, rng: random.Random, first_day: date) -> list[dict[str, Any]]:
    now = utcnow()
    with ctx.db.read() as s:
        hired = {pid: on for pid, on in s.execute(
            select(StageChange.person_id, func.min(StageChange.changed_on))
            .where(StageChange.to_stage == "worker").group_by(StageChange.person_id))}
        first_stipend = {pid: on for pid, on in s.execute(
            select(Stipend.person_id, func.min(Stipend.on)).group_by(Stipend.person_id))}
        people = {pid: (stage, phone or "") for pid, stage, phone in s.execute(
            select(Person.id, Person.stage, Person.phone))}
        piece_projects = s.execute(select(func.count()).select_from(Project).where(
            Project.piece_rate_cents.is_not(None))).scalar_one()
    rows: list[dict[str, Any]] = []

    def row(pid: int, on: date, kind: str, amount: int, **kw: Any) -> dict[str, Any]:
        phone = people[pid][1]
        r = rng.random()
        method = "cash" if r < 0.06 or mpesa_msisdn(phone) is None else (
            "bank" if r < 0.18 else "mpesa")
        bank, branch = BANKS[pid % len(BANKS)] if method == "bank" else ("", "")
        values = {
            "person_id": pid, "effective_from": on, "kind": kind, "amount_cents": amount,
            "hourly_rate_cents": None, "overtime_weekday_bp": 15000, "overtime_rest_bp": 20000,
            "job_category": "", "location": "Nairobi", "statutory": kind != "stipend",
            "method": method, "phone": "", "bank_name": bank, "bank_branch": branch,
            "bank_account": f"01{pid:08d}" if method == "bank" else "", "note": "",
            "recorded_at": now, "recorded_by": "clerk"}
        values.update(kw)
        return values

    for pid, on in first_stipend.items():
        rows.append(row(pid, min(on, first_day), "stipend", 0, location="",
                        note="Trainee stipend: transport and lunch"))
    for pid, on in hired.items():
        r = rng.random()
        if r < 0.72 or (r >= 0.90 and not piece_projects):
            salary = rng.choice((1_800_000, 2_000_000, 2_200_000, 2_500_000, 2_800_000))
            rows.append(row(pid, on, "monthly", salary, job_category="Clerk / copy typist"))
            if rng.random() < 0.3 and on < first_day + timedelta(days=150):
                rows.append(row(pid, first_day + timedelta(days=181), "monthly",
                                salary + 200_000, job_category="Clerk / copy typist",
                                note="Annual increment"))
        elif r < 0.90:
            rows.append(row(pid, on, "hourly", rng.choice((11_000, 12_500, 14_000)),
                            job_category="Clerk / copy typist"))
        else:
            rows.append(row(pid, on, "piece", 0, job_category="General labourer",
                            hourly_rate_cents=None))
    return rows


def _pay(ctx: Context, period_id: int, name: str, pay_date: date, folder: Path) -> None:
    """Mark the period's payslips paid the day after pay day, from a references file."""
    from issp_desktop.db.models.payroll import Payslip
    from issp_desktop.services.payroll import PayrollService

    with ctx.db.read() as s:
        slips = s.execute(select(Payslip.id).where(Payslip.period_id == period_id,
                                                   Payslip.net_cents > 0)).scalars().all()
    lines = ["Reference,Transaction ID,Date"]
    paid_on = (pay_date + timedelta(days=1)).isoformat()
    lines += [f"{payment_reference(name, sid)},Q{sid:06d}{name.replace('-', '')[-4:]},{paid_on}"
              for sid in slips]
    if slips:
        path = folder / f"paid-{name}.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        PayrollService(ctx).import_payment_references(period_id, path)


def _salaried(ctx: Context, period_id: int) -> list[tuple[int, int]]:
    """(payslip id, person id) of a period's monthly-salaried payslips of current workers."""
    from issp_desktop.db.models.payroll import Payslip

    with ctx.db.read() as s:
        return [(a, b) for a, b in s.execute(
            select(Payslip.id, Payslip.person_id)
            .join(Person, Person.id == Payslip.person_id)
            .where(Payslip.period_id == period_id, Payslip.kind == "monthly",
                   Person.stage == "worker")  # still here: next month's pay covers an advance
            .order_by(Payslip.id))]


def after_demo(ctx: Context, seed: int, today: date) -> dict[str, int]:
    """Run after the demo transaction; return counts by name for the demo summary."""
    from issp_desktop.services.payroll import PayrollService

    # The demo builds the centre as the system (a manager), whoever asked for it.
    ctx = dataclasses.replace(ctx, actor=SYSTEM)
    rng = random.Random(seed * 53 + 11)
    payroll = PayrollService(ctx)
    first = month_bounds(*_months_back(today, MONTHS_CLOSED))
    payroll.load_minimum_wages()
    rows = _terms_rows(ctx, rng, first.starts_on)
    with ctx.db.write() as s:
        if rows:
            s.execute(insert(PayTerms.__table__), rows)  # type: ignore[attr-defined]
    closed = 0
    payslips = 0
    last_closed = None
    with tempfile.TemporaryDirectory() as tmp:
        for back in range(MONTHS_CLOSED, -1, -1):
            b = month_bounds(*_months_back(today, back))
            period = payroll.create_period(b.starts_on, b.ends_on)
            salaried = _salaried(ctx, last_closed) if last_closed else []
            for _, pid in rng.sample(salaried, min(2, len(salaried))):
                kind = rng.choice(("advance", "allowance"))
                payroll.add_item(ItemInput(period.id, pid, kind,
                                           rng.choice((100_000, 200_000, 300_000)),
                                           "Salary advance" if kind == "advance"
                                           else "Overtime meals allowance"))
            if back == 0 and salaried:
                payroll.add_adjustment(AdjustmentInput(
                    period.id, salaried[0][0], 150_000, "Night allowance for two shifts "
                                                        "missed in the last period"))
            result = payroll.run(period.id)
            payslips += result.payslips
            if back == 0:
                break
            payroll.mark_reviewed(period.id)
            payroll.close(period.id)
            _pay(ctx, period.id, period.name, period.pay_date, Path(tmp))
            closed += 1
            last_closed = period.id
    return {"pay terms": len(rows), "pay periods closed": closed, "payslips": payslips}

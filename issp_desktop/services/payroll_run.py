"""Running a draft pay period (part of ``PayrollService``): gather the inputs with a few
set-based reads, work every payslip out in memory (``domain.payroll``), then replace the
period's payslips in one write transaction — all of it or nothing.

Who is on a period's payroll: everybody who was a worker on at least one of its days (from the
dated stage history), everybody with stipends dated in it, everybody with items or adjustments
in it, and trainees whose terms give a fixed stipend. Each needs pay terms in force by the
period's end; people without are listed and nothing is saved. The terms in force on the
period's last day apply to the whole period; pay starts on the day of a person's first terms.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from datetime import time as dtime
from typing import Any, NamedTuple

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import Person, StageChange, Stipend
from issp_desktop.db.models.payroll import (
    Adjustment,
    MinimumWage,
    PayItem,
    PayPeriod,
    Payslip,
    PayslipLine,
    PayTerms,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain import payroll as pay
from issp_desktop.domain.access import Permission
from issp_desktop.domain.payroll_periods import PeriodState, days_in_stage
from issp_desktop.errors import StaleRecordError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.batch import gc_paused
from issp_desktop.services.payroll_base import (
    full_name,
    load_pack,
    open_period,
    settings_row,
)
from issp_desktop.services.payroll_terms import latest_terms_ids
from issp_desktop.services.payroll_types import (
    MissingTermsError,
    NegativeNetError,
    PayrollCancelled,
    PeriodStateError,
    RunResult,
)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class TermsRow(NamedTuple):
    """The columns of a person's pay terms the run uses (plain values, no ORM object)."""

    person_id: int
    kind: str
    amount_cents: int
    hourly_rate_cents: int | None
    overtime_weekday_bp: int
    overtime_rest_bp: int
    job_category: str
    location: str
    statutory: bool
    method: str
    phone: str
    bank_name: str
    bank_branch: str
    bank_account: str


_TERMS_COLUMNS = tuple(getattr(PayTerms, f) for f in TermsRow._fields)


@dataclass
class Inputs:
    """Everything the run reads, gathered before anything is computed."""

    period_id: int
    name: str
    version: int
    starts_on: date
    ends_on: date
    pay_date: date
    kind: pay.PeriodKind
    pack_code: str
    pack_version: Any
    divisors: pay.Divisors
    people: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # name, ID, phone
    terms: dict[int, TermsRow] = field(default_factory=dict)
    first_terms: dict[int, date] = field(default_factory=dict)
    worker_days: dict[int, int] = field(default_factory=dict)
    stipends: dict[int, list[pay.StipendIn]] = field(default_factory=lambda: defaultdict(list))
    items: dict[int, list[pay.ItemIn]] = field(default_factory=lambda: defaultdict(list))
    adjustments: dict[int, list[pay.AdjustmentIn]] = field(
        default_factory=lambda: defaultdict(list))
    floors: dict[tuple[str, str], pay.Floor] = field(default_factory=dict)
    hours: dict[int, pay.Hours] = field(default_factory=dict)
    pieces: dict[int, list[pay.Piece]] = field(default_factory=lambda: defaultdict(list))
    missing: list[str] = field(default_factory=list)


def _stage_days(s: Session, start: date, end: date) -> tuple[dict[int, int], dict[int, int]]:
    """Days each person was a worker, and a trainee, inside [start, end]."""
    changes: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for pid, to_stage, on in s.execute(
            select(StageChange.person_id, StageChange.to_stage, StageChange.changed_on)
            .where(StageChange.changed_on <= end)
            .order_by(StageChange.person_id, StageChange.changed_on, StageChange.id)):
        changes[pid].append((on, to_stage))
    workers: dict[int, int] = {}
    trainees: dict[int, int] = {}
    for pid, stage in s.execute(select(Person.id, Person.stage).where(
            Person.erased_at.is_(None))):
        history = changes.get(pid, [])
        current = stage if not history else history[-1][1]
        w = days_in_stage(history, current, "worker", start, end)
        t = days_in_stage(history, current, "trainee", start, end)
        if w:
            workers[pid] = w
        if t:
            trainees[pid] = t
    return workers, trainees


def gather(s: Session, period: PayPeriod) -> Inputs:
    settings = settings_row(s)
    pack = load_pack(s, period.pack_code)
    version = pack.version_on(period.pay_date)
    start, end = period.starts_on, period.ends_on
    inp = Inputs(period.id or 0, period.name, period.version, start, end, period.pay_date,
                 pay.PeriodKind(period.kind), pack.code, version,
                 pay.Divisors(settings.hours_per_month, settings.days_per_month))
    workers, trainees = _stage_days(s, start, end)
    inp.worker_days = workers
    for pid, on, kind, cents in s.execute(
            select(Stipend.person_id, Stipend.on, Stipend.kind, Stipend.amount_cents)
            .where(Stipend.on >= start, Stipend.on <= end).order_by(Stipend.on, Stipend.id)):
        inp.stipends[pid].append(pay.StipendIn(on, kind, cents))
    for pid, kind, label, cents, taxable in s.execute(
            select(PayItem.person_id, PayItem.kind, PayItem.label, PayItem.amount_cents,
                   PayItem.taxable).where(PayItem.period_id == period.id)
            .order_by(PayItem.id)):
        inp.items[pid].append(pay.ItemIn(pay.ItemKind(kind), label, cents, taxable))
    corrected = PayPeriod.__table__.alias("corrected")  # type: ignore[attr-defined]
    for pid, cents, reason, taxable, sid, cname in s.execute(
            select(Adjustment.person_id, Adjustment.amount_cents, Adjustment.reason,
                   Adjustment.taxable, Payslip.id, corrected.c.name)
            .join(Payslip, Payslip.id == Adjustment.corrects_payslip_id)
            .join(corrected, corrected.c.id == Payslip.period_id)
            .where(Adjustment.period_id == period.id).order_by(Adjustment.id)):
        inp.adjustments[pid].append(pay.AdjustmentIn(cents, reason,
                                                     f"payslip {cname} #{sid}", taxable))
    terms = {row[0]: TermsRow._make(row) for row in s.execute(select(*_TERMS_COLUMNS).where(
        PayTerms.id.in_(latest_terms_ids(s, end))))}
    fixed_stipend = {pid for pid, t in terms.items()
                     if t.kind == pay.PayKind.STIPEND.value and t.amount_cents > 0}
    payroll = (set(workers) | set(inp.stipends) | set(inp.items) | set(inp.adjustments)
               | (set(trainees) & fixed_stipend))
    names = {pid: (full_name(f, last), nid or "", phone or "") for pid, f, last, nid, phone in
             s.execute(select(Person.id, Person.first_name, Person.last_name,
                              Person.national_id, Person.phone))
             if pid in payroll}
    inp.people = names
    inp.missing = sorted(names[p][0] for p in payroll if p not in terms)
    inp.terms = {p: terms[p] for p in payroll if p in terms}
    inp.first_terms = {pid: d for pid, d in s.execute(
        select(PayTerms.person_id, func.min(PayTerms.effective_from))
        .group_by(PayTerms.person_id)) if pid in inp.terms}
    for w in s.execute(select(MinimumWage).where(MinimumWage.effective_from <= end)
                       .order_by(MinimumWage.effective_from, MinimumWage.id)).scalars():
        inp.floors[(w.category.casefold(), w.location.casefold())] = pay.Floor(
            w.category, w.location, w.effective_from, w.monthly_cents, w.hourly_cents, w.source)
    return inp


def _floor_for(inp: Inputs, t: TermsRow) -> pay.Floor | None:
    if not t.job_category:
        return None
    cat = t.job_category.casefold()
    return inp.floors.get((cat, t.location.casefold())) or (
        None if t.location else next((f for (c, _), f in inp.floors.items() if c == cat), None))


def compute_all(inp: Inputs) -> dict[int, pay.PayResult]:
    results: dict[int, pay.PayResult] = {}
    negative: list[tuple[str, int]] = []
    days = (inp.ends_on - inp.starts_on).days + 1
    for pid, t in inp.terms.items():
        employed = inp.worker_days.get(pid, 0)
        first = inp.first_terms.get(pid, inp.starts_on)
        if first > inp.starts_on:  # pay starts with the first terms
            before = (first - inp.starts_on).days
            employed = max(0, employed - before)
        terms = pay.Terms(pay.PayKind(t.kind), t.amount_cents, t.hourly_rate_cents,
                          t.overtime_weekday_bp, t.overtime_rest_bp, t.job_category,
                          t.location, t.statutory)
        period = pay.PeriodIn(inp.starts_on, inp.ends_on, inp.kind,
                              min(employed, days) if terms.kind is pay.PayKind.MONTHLY
                              else None)
        result = pay.compute_pay(
            terms, period, hours=inp.hours.get(pid), pieces=inp.pieces.get(pid, ()),
            stipends=inp.stipends.get(pid, ()), items=inp.items.get(pid, ()),
            adjustments=inp.adjustments.get(pid, ()), floor=_floor_for(inp, t),
            divisors=inp.divisors, version=inp.pack_version, pack_code=inp.pack_code)
        if not any(x.amount_cents for x in result.lines
                   if x.section in (pay.Section.EARNING, pay.Section.DEDUCTION)):
            continue  # on the payroll, nothing to pay (e.g. hourly with no hours)
        if result.net_cents < 0:
            negative.append((inp.people[pid][0], result.net_cents))
        results[pid] = result
    if negative:
        raise NegativeNetError(inp.name, sorted(negative))
    return results


_LINE_KEYS = ("payslip_id", "position", "section", "code", "label", "quantity", "unit",
              "rate_cents", "amount_cents", "working")


def _insert_rows(conn: Any, table: Any, keys: tuple[str, ...],
                 rows: list[tuple[Any, ...]]) -> None:
    """``insert(table)`` of many rows given as tuples in ``keys`` order, handed to the driver's
    executemany as they are: the statement is compiled once instead of SQLAlchemy building
    and processing a parameter set a row (only for columns whose types need no conversion on
    the way in — integers and text, as a payslip line's)."""
    if not rows:
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(keys))
    if compiled.positional:
        position = [keys.index(k) for k in compiled.positiontup or ()]
        params: list[Any] = ([tuple(r[i] for i in position) for r in rows]
                             if position != list(range(len(keys))) else rows)
    else:
        params = [dict(zip(keys, r, strict=True)) for r in rows]
    for start in range(0, len(params), 5000):
        conn.exec_driver_sql(compiled.string, params[start:start + 5000])


class RunUseCases(Service):
    @use_case("payroll.run", Permission.PAYROLL_EDIT)
    def run(self, period_id: int, progress: ProgressFn | None = None,
            cancelled: CancelledFn | None = None) -> RunResult:
        """Work out every payslip of a draft period from attendance, accepted units, stipends,
        items and adjustments, and replace the period's payslips with them. A closed period
        cannot be run; people without pay terms are listed and nothing is saved."""
        with gc_paused():
            return self._run(period_id, progress, cancelled)

    def _run(self, period_id: int, progress: ProgressFn | None,
             cancelled: CancelledFn | None) -> RunResult:
        began = time.perf_counter()

        def step(done: int, what: str) -> None:
            if cancelled is not None and cancelled():
                raise PayrollCancelled(f"The run of pay period {period_id}")
            if progress is not None:
                progress(done, 5, what)

        with self.db.read() as s:
            period = open_period(s, period_id, "run again")
            if period.state != PeriodState.DRAFT.value:
                raise PeriodStateError(period.name, period.state, "run",
                                       "draft (send it back to draft first)")
            inp = gather(s, period)
        if inp.missing:
            raise MissingTermsError(inp.name, inp.missing)
        step(1, "Reading attendance")
        self._attendance(inp)
        step(2, "Reading accepted units")
        self._pieces(inp)
        step(3, "Working out pay")
        results = compute_all(inp)
        step(4, "Saving")
        totals = self._save(inp, results)
        step(5, "Done")
        g, d, n, e = totals
        return RunResult(inp.period_id, inp.name, len(results), g, d, n, e,
                         len(inp.terms) - len(results), time.perf_counter() - began)

    def _attendance(self, inp: Inputs) -> None:
        timed = [pid for pid, t in inp.terms.items() if t.kind != pay.PayKind.STIPEND.value]
        if not timed:
            return
        from datetime import timedelta

        from issp_desktop.db.models import Shift
        lo = datetime.combine(inp.starts_on - timedelta(days=1), dtime(0), UTC)
        hi = datetime.combine(inp.ends_on + timedelta(days=2), dtime(0), UTC)
        with self.db.read() as s:  # a month with no shift at all has no attendance to read
            if s.execute(select(Shift.id).where(Shift.starts_at >= lo, Shift.starts_at < hi)
                         .limit(1)).first() is None:
                return
        from issp_desktop.services.attendance import AttendanceService

        for r in AttendanceService(self.ctx).summary(inp.starts_on, inp.ends_on, timed):
            inp.hours[r.person_id] = pay.Hours(
                r.planned_minutes, r.worked_minutes, r.overtime_weekday_minutes,
                r.overtime_rest_minutes, r.downtime_minutes, r.unpaid_downtime_minutes,
                r.absences, r.unpaid_leave_days)

    def _pieces(self, inp: Inputs) -> None:
        piece = {pid for pid, t in inp.terms.items() if t.kind == pay.PayKind.PIECE.value}
        if not piece:
            return
        from issp_desktop.services.deliverables import DeliverablesService

        for a in DeliverablesService(self.ctx).accepted_units(inp.starts_on, inp.ends_on):
            if a.person_id in piece:
                inp.pieces[a.person_id].append(pay.Piece(a.project, a.client, a.units,
                                                         a.piece_rate_cents))

    def _save(self, inp: Inputs, results: dict[int, pay.PayResult]
              ) -> tuple[int, int, int, int]:
        now = utcnow()
        with self.db.write() as s:
            period = open_period(s, inp.period_id, "run again")
            if period.state != PeriodState.DRAFT.value or period.version != inp.version:
                raise StaleRecordError("pay period", period.run_by or period.created_by,
                                       period.run_at or period.created_at)
            # Core statements on the tables: no ORM synchronisation of the deleted rows
            slip_table = Payslip.__table__  # type: ignore[attr-defined]
            line_table = PayslipLine.__table__  # type: ignore[attr-defined]
            conn = s.connection()
            slips = select(slip_table.c.id).where(slip_table.c.period_id == inp.period_id)
            conn.execute(delete(line_table).where(line_table.c.payslip_id.in_(slips)))
            conn.execute(delete(slip_table).where(slip_table.c.period_id == inp.period_id))
            rows: list[dict[str, Any]] = []
            order = sorted(results, key=lambda p: (inp.people[p][0].casefold(), p))
            for pid in order:
                r, t = results[pid], inp.terms[pid]
                name, national_id, phone = inp.people[pid]
                bank = ", ".join(x for x in (t.bank_name, t.bank_branch, t.bank_account) if x)
                rows.append({
                    "period_id": inp.period_id, "person_id": pid, "name": name[:200],
                    "national_id": national_id, "phone": t.phone or phone, "method": t.method,
                    "bank": bank[:200], "kind": t.kind, "job_category": t.job_category,
                    "gross_cents": r.gross_cents, "deductions_cents": r.deductions_cents,
                    "net_cents": r.net_cents, "employer_cents": r.employer_cents,
                    "pack_version_from": r.version_from, "created_at": now})
            ids: dict[int, int] = {}
            table = slip_table
            if conn.dialect.name == "sqlite":  # the write lock is held: ids are ours
                top = int(conn.execute(select(func.max(table.c.id))).scalar() or 0)
                for n, row in enumerate(rows, 1):
                    row["id"] = top + n
                    ids[row["person_id"]] = top + n
                if rows:
                    conn.execute(insert(table), rows)
            else:
                for start in range(0, len(rows), 2000):
                    got = conn.execute(insert(table).returning(
                        table.c.id, table.c.person_id, sort_by_parameter_order=True),
                        rows[start:start + 2000])
                    ids.update({pid: sid for sid, pid in got})
            lines: list[tuple[Any, ...]] = []
            for pid in order:
                sid = ids[pid]
                for pos, x in enumerate(results[pid].lines):
                    lines.append((sid, pos, x.section.value, x.code[:24], x.label[:160],
                                  x.quantity, x.unit, x.rate_cents, x.amount_cents,
                                  x.working[:600]))
            _insert_rows(conn, line_table, _LINE_KEYS, lines)
            period.run_at, period.run_by = now, self.actor.username
            period.version += 1
            totals = (sum(r.gross_cents for r in results.values()),
                      sum(r.deductions_cents for r in results.values()),
                      sum(r.net_cents for r in results.values()),
                      sum(r.employer_cents for r in results.values()))
            audit.record(s, self.actor, "payroll.run", "pay_period", inp.period_id, None,
                         {"name": inp.name, "payslips": len(results), "gross_cents": totals[0],
                          "deductions_cents": totals[1], "net_cents": totals[2]})
        return totals

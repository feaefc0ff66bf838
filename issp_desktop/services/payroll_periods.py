"""Pay periods and their states, payslips and their lines, per-person items and adjustments
(part of ``PayrollService``). A closed period is refused every change here, and by the
database's triggers beneath."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlmodel import Session

from issp_desktop.db.models import Person
from issp_desktop.db.models.payroll import (
    Adjustment,
    PayItem,
    PaymentMark,
    PayPeriod,
    Payslip,
    PayslipLine,
)
from issp_desktop.db.models.roster import RosterSettings
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.payroll import MAX_ITEM_CENTS, ItemKind, PeriodKind
from issp_desktop.domain.payroll_periods import (
    PeriodState,
    next_bounds,
    overlaps,
    parse_period_name,
)
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.payroll_base import (
    check_day,
    full_name,
    load_period,
    open_period,
    period_by_name,
    period_kind,
    period_row,
    period_rows,
    settings_row,
)
from issp_desktop.services.payroll_terms import _text
from issp_desktop.services.payroll_types import (
    AdjustmentInput,
    AdjustmentRow,
    ItemInput,
    ItemRow,
    PayslipDetail,
    PayslipLineRow,
    PayslipRow,
    PeriodClosedError,
    PeriodOverlapError,
    PeriodRow,
    PeriodStateError,
)

MAX_PERIOD_DAYS = 31


def _check_version(row: PayPeriod, version: Any) -> None:
    if version is not None and row.version != version:
        raise StaleRecordError("pay period", row.run_by or row.created_by,
                               row.run_at or row.created_at)


def payslip_rows(s: Session, where: list[Any]) -> list[PayslipRow]:
    slips = s.execute(select(Payslip).where(*where).order_by(Payslip.name,
                                                            Payslip.id)).scalars().all()
    ids = [p.id for p in slips]
    by_code: dict[int, dict[str, int]] = defaultdict(dict)
    paid: dict[int, str] = {}
    if ids:
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for sid, code, amount in s.execute(
                    select(PayslipLine.payslip_id, PayslipLine.code,
                           func.sum(PayslipLine.amount_cents))
                    .where(PayslipLine.payslip_id.in_(chunk), PayslipLine.section == "deduction")
                    .group_by(PayslipLine.payslip_id, PayslipLine.code)):
                by_code[sid][code] = int(amount)
            paid.update({sid: ref for sid, ref in s.execute(
                select(PaymentMark.payslip_id, PaymentMark.reference)
                .where(PaymentMark.payslip_id.in_(chunk)))})
    return [PayslipRow(p.id or 0, p.period_id, p.person_id, p.name, p.national_id, p.phone,
                       p.method, p.kind, p.gross_cents, p.deductions_cents, p.net_cents,
                       p.employer_cents, by_code.get(p.id or 0, {}), paid.get(p.id or 0, ""))
            for p in slips]


def adjustment_rows(s: Session, where: list[Any]) -> list[AdjustmentRow]:
    corrected = PayPeriod.__table__.alias("corrected")  # type: ignore[attr-defined]
    rows = s.execute(
        select(Adjustment, PayPeriod.name, Person.first_name, Person.last_name,
               corrected.c.name)
        .join(PayPeriod, PayPeriod.id == Adjustment.period_id)
        .join(Person, Person.id == Adjustment.person_id)
        .join(Payslip, Payslip.id == Adjustment.corrects_payslip_id)
        .join(corrected, corrected.c.id == Payslip.period_id)
        .where(*where).order_by(Adjustment.id)).all()
    return [AdjustmentRow(a.id or 0, a.period_id, pname, a.person_id, full_name(f, last),
                          a.corrects_payslip_id, cname, a.amount_cents, a.taxable, a.reason,
                          a.on, a.recorded_by)
            for a, pname, f, last, cname in rows]


class PeriodUseCases(Service):
    # --- periods ------------------------------------------------------------------------------

    @use_case("payroll.periods", Permission.PAY_VIEW)
    def periods(self) -> list[PeriodRow]:
        """Every pay period, newest first, with its totals."""
        with self.db.read() as s:
            return period_rows(s)

    @use_case("payroll.period", Permission.PAY_VIEW)
    def find_period(self, name: str) -> PeriodRow:
        wanted = parse_period_name(name)
        with self.db.read() as s:
            return period_row(s, period_by_name(s, wanted).id or 0)

    @use_case("payroll.create_period", Permission.PAYROLL_EDIT)
    def create_period(self, starts_on: date | None = None, ends_on: date | None = None,
                      pay_date: date | None = None, kind: str | None = None,
                      today: date | None = None) -> PeriodRow:
        """A new draft period: the one after the newest (or containing today) unless dates are
        given. Refused when it overlaps another."""
        with self.db.write() as s:
            settings = settings_row(s)
            pk = period_kind(kind or settings.period_kind)
            if starts_on is None and ends_on is None:
                last = s.execute(select(func.max(PayPeriod.ends_on))).scalar()
                b = next_bounds(pk, last, today or date.today())
                name, starts_on, ends_on = b.name, b.starts_on, b.ends_on
            else:
                starts_on = check_day("starts on", starts_on)
                ends_on = check_day("ends on", ends_on)
                from issp_desktop.domain.payroll_periods import bounds_containing

                name = bounds_containing(pk, starts_on).name
                if pk is PeriodKind.MONTHLY and (starts_on.day != 1 or ends_on.month
                                                 != starts_on.month):
                    name = f"{starts_on:%Y-%m-%d}"[:20]
            if ends_on < starts_on:
                raise ValidationError("ends on", "is before the start")
            if (ends_on - starts_on).days + 1 > MAX_PERIOD_DAYS:
                raise ValidationError("period", f"is longer than {MAX_PERIOD_DAYS} days")
            pay_date = check_day("pay date", pay_date) if pay_date is not None else ends_on
            if pay_date < starts_on:
                raise ValidationError("pay date", "is before the period starts")
            for other in s.execute(select(PayPeriod)).scalars():
                if overlaps(starts_on, ends_on, other.starts_on, other.ends_on):
                    raise PeriodOverlapError(name, other.name, other.starts_on, other.ends_on)
                if other.name == name:
                    raise ValidationError("period", f"a period named {name} exists")
            row = PayPeriod(name=name, kind=pk.value, starts_on=starts_on, ends_on=ends_on,
                            pay_date=pay_date, state=PeriodState.DRAFT.value,
                            pack_code=settings.pack_code, created_by=self.actor.username)
            s.add(row)
            s.flush()
            assert row.id is not None
            audit.record(s, self.actor, "payroll.create_period", "pay_period", row.id, None,
                         {"name": name, "starts_on": starts_on, "ends_on": ends_on,
                          "pay_date": pay_date, "kind": pk.value})
            return period_row(s, row.id)

    def _move(self, use: str, period_id: int, version: Any, want: PeriodState,
              change: Any) -> PeriodRow:
        with self.db.write() as s:
            row = load_period(s, period_id)
            if row.state == PeriodState.CLOSED.value:
                raise PeriodClosedError(row.name, {"payroll.review": "reviewed",
                                                   "payroll.reopen": "reopened",
                                                   "payroll.close": "closed again"}[use])
            _check_version(row, version)
            old = {"state": row.state}
            row.version += 1  # before the change: a closed row takes no further update
            change(s, row)
            audit.record(s, self.actor, use, "pay_period", period_id, old,
                         {"state": row.state, "name": row.name})
            assert want.value == row.state
            return period_row(s, period_id)

    @use_case("payroll.review", Permission.PAYROLL_EDIT)
    def mark_reviewed(self, period_id: int, version: int | None = None) -> PeriodRow:
        """draft → reviewed: the run was checked. A change of items or adjustments after the
        run asks for another run first."""
        def change(s: Session, row: PayPeriod) -> None:
            if row.state != PeriodState.DRAFT.value:
                raise PeriodStateError(row.name, row.state, "marked reviewed", "draft")
            if row.run_at is None:
                raise PeriodStateError(row.name, "not run since its last change",
                                       "marked reviewed", "run")
            row.state = PeriodState.REVIEWED.value
            row.reviewed_at, row.reviewed_by = utcnow(), self.actor.username

        return self._move("payroll.review", period_id, version, PeriodState.REVIEWED, change)

    @use_case("payroll.reopen", Permission.PAYROLL_EDIT)
    def back_to_draft(self, period_id: int, version: int | None = None) -> PeriodRow:
        """reviewed → draft, to change something before closing."""
        def change(s: Session, row: PayPeriod) -> None:
            if row.state != PeriodState.REVIEWED.value:
                raise PeriodStateError(row.name, row.state, "sent back to draft", "reviewed")
            row.state = PeriodState.DRAFT.value
            row.reviewed_at, row.reviewed_by = None, ""

        return self._move("payroll.reopen", period_id, version, PeriodState.DRAFT, change)

    @use_case("payroll.close", Permission.PAYROLL_EDIT)
    def close(self, period_id: int, version: int | None = None) -> PeriodRow:
        """reviewed → closed, for good. The roster is locked up to the period's end in the same
        transaction, so no shift can be added to a paid period."""
        def change(s: Session, row: PayPeriod) -> None:
            if row.state != PeriodState.REVIEWED.value:
                raise PeriodStateError(row.name, row.state, "closed", "reviewed")
            row.state = PeriodState.CLOSED.value
            row.closed_at, row.closed_by = utcnow(), self.actor.username
            lock = s.get(RosterSettings, 1)
            if lock is None:
                lock = RosterSettings(id=1, updated_by=self.actor.username)
                s.add(lock)
            if lock.payroll_locked_through is None or lock.payroll_locked_through < row.ends_on:
                lock.payroll_locked_through = row.ends_on
                lock.updated_at, lock.updated_by = utcnow(), self.actor.username
                lock.version = (lock.version or 0) + 1

        return self._move("payroll.close", period_id, version, PeriodState.CLOSED, change)

    @use_case("payroll.delete_period", Permission.PAYROLL_EDIT)
    def delete_period(self, period_id: int) -> None:
        """Remove a period that is not closed, with its payslips, items and adjustments."""
        with self.db.write() as s:
            row = open_period(s, period_id, "deleted")
            slips = select(Payslip.id).where(Payslip.period_id == period_id)
            s.execute(delete(PayslipLine).where(PayslipLine.payslip_id.in_(slips)))
            for model in (Payslip, PayItem, Adjustment):
                s.execute(delete(model).where(model.period_id == period_id))
            s.delete(row)
            audit.record(s, self.actor, "payroll.delete_period", "pay_period", period_id,
                         {"name": row.name, "state": row.state}, None)

    # --- payslips -----------------------------------------------------------------------------

    @use_case("payroll.payslips", Permission.PAY_VIEW)
    def payslips(self, period_id: int, text: str = "") -> list[PayslipRow]:
        """The period's payslips by name, with each deduction by code."""
        with self.db.read() as s:
            load_period(s, period_id)
            where: list[Any] = [Payslip.period_id == period_id]
            if text.strip():
                like = f"%{text.strip()}%"
                where.append(or_(Payslip.name.like(like), Payslip.national_id.like(like)))
            return payslip_rows(s, where)

    @use_case("payroll.payslip", Permission.PAY_VIEW)
    def payslip_detail(self, payslip_id: int) -> PayslipDetail:
        """One payslip with every line and how it was worked out, and any adjustments in later
        periods that correct it."""
        with self.db.read() as s:
            slip = s.get(Payslip, payslip_id)
            if slip is None:
                raise NotFoundError("payslip", payslip_id)
            row = payslip_rows(s, [Payslip.id == payslip_id])[0]
            lines = s.execute(select(PayslipLine).where(PayslipLine.payslip_id == payslip_id)
                              .order_by(PayslipLine.position, PayslipLine.id)).scalars().all()
            return PayslipDetail(
                row, period_row(s, slip.period_id), slip.bank, slip.job_category,
                slip.pack_version_from,
                tuple(PayslipLineRow(x.section, x.code, x.label, x.quantity, x.unit,
                                     x.rate_cents, x.amount_cents, x.working) for x in lines),
                tuple(adjustment_rows(s, [Adjustment.corrects_payslip_id == payslip_id])))

    @use_case("payroll.closed_payslips", Permission.PAY_VIEW)
    def closed_payslips(self, person_id: int) -> list[PayslipRow]:
        """A person's payslips in closed periods, newest first (what an adjustment corrects)."""
        with self.db.read() as s:
            rows = payslip_rows(s, [Payslip.person_id == person_id,
                                    Payslip.period_id.in_(select(PayPeriod.id).where(
                                        PayPeriod.state == PeriodState.CLOSED.value))])
        return sorted(rows, key=lambda r: r.period_id, reverse=True)

    # --- items --------------------------------------------------------------------------------

    @use_case("payroll.items", Permission.PAY_VIEW)
    def items(self, period_id: int) -> list[ItemRow]:
        with self.db.read() as s:
            load_period(s, period_id)
            rows = s.execute(select(PayItem, Person.first_name, Person.last_name)
                             .join(Person, Person.id == PayItem.person_id)
                             .where(PayItem.period_id == period_id)
                             .order_by(Person.last_name, Person.first_name, PayItem.id)).all()
        return [ItemRow(i.id or 0, i.period_id, i.person_id, full_name(f, last), i.kind,
                        i.label, i.amount_cents, i.taxable, i.recorded_by)
                for i, f, last in rows]

    @use_case("payroll.add_item", Permission.PAYROLL_EDIT)
    def add_item(self, inp: ItemInput) -> ItemRow:
        """An allowance or a deduction (advance, loan, union dues…) for one person in a draft
        period; run the period again to include it."""
        if not isinstance(inp, ItemInput):
            raise ValidationError("item", "nothing to save")
        try:
            kind = ItemKind(inp.kind)
        except ValueError as exc:
            raise ValidationError("kind", f"'{inp.kind}' is not one of "
                                          f"{', '.join(k.value for k in ItemKind)}") from exc
        from issp_desktop.services.payroll_terms import _cents

        amount = _cents("amount", inp.amount_cents, MAX_ITEM_CENTS, low=1)
        label = _text("label", inp.label, 120)
        with self.db.write() as s:
            period = self._draft(s, inp.period_id, "given new items")
            person = s.get(Person, inp.person_id)
            if person is None:
                raise NotFoundError("person", inp.person_id)
            row = PayItem(period_id=period.id or 0, person_id=inp.person_id, kind=kind.value,
                          label=label, amount_cents=amount,
                          taxable=bool(inp.taxable) if kind is ItemKind.ALLOWANCE else False,
                          recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "payroll.add_item", "pay_item", row.id, None,
                         {"period": period.name, "person_id": inp.person_id, "kind": kind.value,
                          "label": label, "amount_cents": amount})
            return ItemRow(row.id or 0, row.period_id, row.person_id,
                           full_name(person.first_name, person.last_name), row.kind, row.label,
                           row.amount_cents, row.taxable, row.recorded_by)

    @use_case("payroll.remove_item", Permission.PAYROLL_EDIT)
    def remove_item(self, item_id: int) -> None:
        with self.db.write() as s:
            row = s.get(PayItem, item_id)
            if row is None:
                raise NotFoundError("pay item", item_id)
            self._draft(s, row.period_id, "changed")
            s.delete(row)
            audit.record(s, self.actor, "payroll.remove_item", "pay_item", item_id,
                         {"kind": row.kind, "amount_cents": row.amount_cents}, None)

    def _draft(self, s: Session, period_id: int, action: str) -> PayPeriod:
        period = open_period(s, period_id, action)
        if period.state != PeriodState.DRAFT.value:
            raise PeriodStateError(period.name, period.state, action, "draft (send it back "
                                                                      "to draft first)")
        if period.run_at is not None:  # its payslips no longer tell the whole story
            period.run_at = None
            period.version += 1
        return period

    # --- adjustments --------------------------------------------------------------------------

    @use_case("payroll.adjustments", Permission.PAY_VIEW)
    def adjustments(self, period_id: int) -> list[AdjustmentRow]:
        with self.db.read() as s:
            load_period(s, period_id)
            return adjustment_rows(s, [Adjustment.period_id == period_id])

    @use_case("payroll.add_adjustment", Permission.PAYROLL_EDIT)
    def add_adjustment(self, inp: AdjustmentInput, on: date | None = None) -> AdjustmentRow:
        """A correction in a draft period of a payslip in a closed one (+ owed, − recovered),
        with its reason. The closed payslip stays as it was; both stay visible."""
        if not isinstance(inp, AdjustmentInput):
            raise ValidationError("adjustment", "nothing to save")
        if not isinstance(inp.amount_cents, int) or isinstance(inp.amount_cents, bool):
            raise ValidationError("amount", "is not an amount in cents")
        if inp.amount_cents == 0:
            raise ValidationError("amount", "an adjustment of zero corrects nothing")
        if abs(inp.amount_cents) > MAX_ITEM_CENTS:
            raise ValidationError("amount", "is past what a payslip can hold; check it")
        reason = _text("reason", inp.reason, 500, required=True)
        with self.db.write() as s:
            period = self._draft(s, inp.period_id, "given adjustments")
            slip = s.get(Payslip, inp.corrects_payslip_id)
            if slip is None:
                raise NotFoundError("payslip", inp.corrects_payslip_id)
            corrected = load_period(s, slip.period_id)
            if corrected.state != PeriodState.CLOSED.value:
                raise ValidationError("corrects", f"payslip {slip.id} is in {corrected.name}, "
                                      "which is not closed: change that period instead")
            if corrected.id == period.id:
                raise ValidationError("corrects", "an adjustment cannot correct its own period")
            row = Adjustment(period_id=period.id or 0, person_id=slip.person_id,
                             corrects_payslip_id=slip.id or 0, amount_cents=inp.amount_cents,
                             taxable=bool(inp.taxable), reason=reason,
                             on=on or min(date.today(), period.ends_on),
                             recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "payroll.add_adjustment", "adjustment", row.id, None,
                         {"period": period.name, "corrects_payslip_id": slip.id,
                          "corrects_period": corrected.name, "amount_cents": inp.amount_cents,
                          "reason": reason})
            return adjustment_rows(s, [Adjustment.id == row.id])[0]

    @use_case("payroll.remove_adjustment", Permission.PAYROLL_EDIT)
    def remove_adjustment(self, adjustment_id: int) -> None:
        with self.db.write() as s:
            row = s.get(Adjustment, adjustment_id)
            if row is None:
                raise NotFoundError("adjustment", adjustment_id)
            self._draft(s, row.period_id, "changed")
            s.delete(row)
            audit.record(s, self.actor, "payroll.remove_adjustment", "adjustment",
                         adjustment_id, {"amount_cents": row.amount_cents,
                                         "reason": row.reason}, None)


def period_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]

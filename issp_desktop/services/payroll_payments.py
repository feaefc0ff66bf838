"""Payment files with control totals, payments marked from imported transaction references,
the payroll register and the payslips PDF (part of ``PayrollService``)."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from issp_desktop.db.models.payroll import (
    PaymentExport,
    PaymentMark,
    PayPeriod,
    Payslip,
    PayslipLine,
    PayTerms,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.payroll import Method
from issp_desktop.domain.payroll_periods import (
    PeriodState,
    mpesa_msisdn,
    payment_reference,
)
from issp_desktop.domain.rule_pack import RulePack
from issp_desktop.errors import ValidationError
from issp_desktop.reports import payment_files as pf
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.payroll_base import (
    centre_info,
    load_pack,
    load_period,
    period_row,
    settings_of,
    settings_row,
)
from issp_desktop.services.payroll_periods import payslip_rows
from issp_desktop.services.payroll_types import (
    BadPhonesError,
    DocumentResult,
    MarkPaidResult,
    PaymentExportResult,
    PaymentImportError,
    PaymentPreview,
    PayrollCancelled,
    PeriodStateError,
    Register,
)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
FORMATS = ("mpesa", "bank", "cash")
_REF_HEADERS = ("reference", "payment reference", "ref", "account reference")
_TXN_HEADERS = ("transaction", "transaction id", "transaction_id", "receipt", "receipt no",
                "receipt no.", "receipt number", "mpesa receipt", "transaction reference")


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValidationError("format", f"'{fmt}' is not mpesa, bank or cash")
    return fmt


def _bank_parts(s: Session, person_ids: list[int], on: date) -> dict[int, tuple[str, str, str]]:
    from issp_desktop.services.payroll_terms import latest_terms_ids

    return {pid: (b, br, acc) for pid, b, br, acc in s.execute(
        select(PayTerms.person_id, PayTerms.bank_name, PayTerms.bank_branch,
               PayTerms.bank_account).where(PayTerms.id.in_(latest_terms_ids(s, on))))
        if pid in set(person_ids)}


def _mask(method: str, phone: str, bank: str) -> str:
    if method == Method.MPESA.value:
        msisdn = mpesa_msisdn(phone) or phone
        return msisdn[:4] + "****" + msisdn[-4:] if len(msisdn) > 8 else msisdn
    if method == Method.BANK.value and bank:
        parts = bank.split(", ")
        account = parts[-1]
        return ", ".join([*parts[:-1], "…" + account[-4:]])
    return ""


def _logo(s: Session) -> bytes | None:
    try:
        from issp_desktop.db.models.certificates import CentreBranding
    except ImportError:
        return None
    row = s.get(CentreBranding, 1)
    return row.logo_png if row is not None else None


def _deduction_codes(pack: RulePack, found: set[str]) -> tuple[str, ...]:
    order = [c for c in pack.codes if c in found]
    return tuple(order + sorted(found - set(order)))


class PaymentUseCases(Service):
    # --- payment files ----------------------------------------------------------------------------

    def _payees(self, s: Session, period: PayPeriod, fmt: str
                ) -> tuple[list[pf.Payee], list[tuple[str, str]], int]:
        slips = s.execute(select(Payslip).where(Payslip.period_id == period.id,
                                                Payslip.method == fmt, Payslip.net_cents > 0)
                          .order_by(Payslip.name, Payslip.id)).scalars().all()
        paid = set(s.execute(select(PaymentMark.payslip_id).where(PaymentMark.payslip_id.in_(
            [p.id for p in slips]))).scalars()) if slips else set()
        todo = [p for p in slips if p.id not in paid]
        banks = _bank_parts(s, [p.person_id for p in todo], period.ends_on) if fmt == "bank" \
            else {}
        payees: list[pf.Payee] = []
        bad: list[tuple[str, str]] = []
        for p in todo:
            msisdn = mpesa_msisdn(p.phone) if fmt == "mpesa" else ""
            if fmt == "mpesa" and msisdn is None:
                bad.append((p.name, p.phone))
                continue
            bank, branch, account = banks.get(p.person_id, ("", "", ""))
            payees.append(pf.Payee(payment_reference(period.name, p.id or 0), p.name,
                                   p.national_id, msisdn or "", bank, branch, account,
                                   p.net_cents))
        return payees, bad, len(paid)

    @use_case("payroll.payment_preview", Permission.PAY_VIEW)
    def payment_preview(self, period_id: int, fmt: str) -> PaymentPreview:
        """What an export would hold (count and sum), and whose phone M-Pesa cannot pay."""
        fmt = _format(fmt)
        with self.db.read() as s:
            period = load_period(s, period_id)
            payees, bad, paid = self._payees(s, period, fmt)
        return PaymentPreview(period.name, fmt, len(payees),
                              sum(p.amount_cents for p in payees), tuple(bad), paid)

    @use_case("payroll.export_payments", Permission.PAYROLL_EDIT)
    def export_payments(self, period_id: int, fmt: str, path: Path) -> PaymentExportResult:
        """Write the payment file of a closed period for one method (payslips not yet paid,
        net above zero). M-Pesa: every phone that cannot become 2547XXXXXXXX is listed and no
        file is written."""
        fmt = _format(fmt)
        path = Path(path)
        with self.db.read() as s:
            period = load_period(s, period_id)
            if period.state != PeriodState.CLOSED.value:
                raise PeriodStateError(period.name, period.state, "paid", "closed")
            payees, bad, _ = self._payees(s, period, fmt)
            settings = settings_of(settings_row(s))
            centre, currency = centre_info(s)
        if bad:
            raise BadPhonesError(bad)
        if not payees:
            raise ValidationError("payments", f"nobody in {period.name} is waiting for a "
                                              f"{fmt} payment")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            if fmt == "mpesa":
                pf.write_mpesa_csv(tmp, payees, settings.mpesa_columns, period.name)
            elif fmt == "bank":
                pf.write_bank_csv(tmp, payees, period.name)
            else:
                pf.write_cash_pdf(tmp, pf.CashSheet(centre, currency, period.name,
                                                    period.pay_date, payees))
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        total = sum(p.amount_cents for p in payees)
        with self.db.write() as s:
            row = PaymentExport(period_id=period_id, format=fmt, file_name=path.name[:300],
                                count=len(payees), total_cents=total,
                                created_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "payroll.export_payments", "payment_export", row.id,
                         None, {"period": period.name, "format": fmt, "count": len(payees),
                                "total_cents": total, "file": path.name})
        return PaymentExportResult(row.id or 0, path, fmt, len(payees), total)

    @use_case("payroll.import_payments", Permission.PAYROLL_EDIT)
    def import_payment_references(self, period_id: int, path: Path,
                                  paid_on: date | None = None) -> MarkPaidResult:
        """Mark payslips paid from a CSV with our payment reference and the transaction
        reference M-Pesa or the bank gave (and optionally the date paid). Every bad line is
        reported with its number; nothing is marked unless every line is good."""
        path = Path(path)
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("file", f"{path.name} cannot be read as UTF-8 CSV: "
                                          f"{exc}") from exc
        reader = csv.reader(io.StringIO(text))
        header = [h.strip().lower() for h in next(reader, [])]
        ref_col = next((i for i, h in enumerate(header) if h in _REF_HEADERS), None)
        txn_col = next((i for i, h in enumerate(header) if h in _TXN_HEADERS), None)
        date_col = next((i for i, h in enumerate(header) if h in ("paid on", "date",
                                                                  "paid_on")), None)
        if ref_col is None or txn_col is None:
            raise ValidationError("file", f"{path.name} needs a 'reference' column (ours, e.g. "
                                          "PAY-2026-11-000123) and a 'transaction' column")
        from issp_desktop.domain.people import parse_date

        with self.db.write() as s:
            period = load_period(s, period_id)
            if period.state != PeriodState.CLOSED.value:
                raise PeriodStateError(period.name, period.state, "marked paid", "closed")
            slips = {payment_reference(period.name, sid): (sid, net) for sid, net in s.execute(
                select(Payslip.id, Payslip.net_cents).where(Payslip.period_id == period_id))}
            paid = set(s.execute(select(PaymentMark.payslip_id).join(
                Payslip, Payslip.id == PaymentMark.payslip_id).where(
                Payslip.period_id == period_id)).scalars())
            problems: list[str] = []
            marks: list[dict[str, Any]] = []
            seen: set[str] = set()
            now = utcnow()
            for n, cells in enumerate(reader, 2):
                if not any(c.strip() for c in cells):
                    continue
                ref = cells[ref_col].strip() if ref_col < len(cells) else ""
                txn = cells[txn_col].strip() if txn_col < len(cells) else ""
                where = f"line {n}"
                found = slips.get(ref)
                if found is None:
                    problems.append(f"{where}: reference: '{ref}' is not a payslip of "
                                    f"{period.name}")
                    continue
                if not txn or len(txn) > 60 or not re.fullmatch(r"[\w\-./ ]+", txn):
                    problems.append(f"{where}: transaction: '{txn}' is missing or not a "
                                    "reference")
                    continue
                if ref in seen:
                    problems.append(f"{where}: reference: {ref} appears twice")
                    continue
                if found[0] in paid:
                    problems.append(f"{where}: reference: {ref} is already marked paid")
                    continue
                on = paid_on or date.today()
                if date_col is not None and date_col < len(cells) and cells[date_col].strip():
                    try:
                        on = parse_date("date", cells[date_col])
                    except ValidationError as exc:
                        problems.append(f"{where}: date: {exc.reason}")
                        continue
                seen.add(ref)
                marks.append({"payslip_id": found[0], "reference": txn, "paid_on": on,
                              "export_id": None, "recorded_at": now,
                              "recorded_by": self.actor.username})
            if problems:
                raise PaymentImportError(problems)
            if not marks:
                raise ValidationError("file", f"{path.name} has no payment lines")
            s.execute(insert(PaymentMark.__table__), marks)  # type: ignore[attr-defined]
            total = sum(net for ref, (sid, net) in slips.items() if ref in seen)
            audit.record(s, self.actor, "payroll.import_payments", "pay_period", period_id,
                         None, {"file": path.name, "marked": len(marks), "total_cents": total})
        return MarkPaidResult(len(marks), total)

    # --- the register and the payslips ------------------------------------------------------------

    @use_case("payroll.register", Permission.PAY_VIEW)
    def register(self, period_id: int) -> Register:
        """Every payslip of the period with its deductions by code, and the totals."""
        with self.db.read() as s:
            period = period_row(s, period_id)
            rows = payslip_rows(s, [Payslip.period_id == period_id])
            pack = load_pack(s, period.pack_code)
            centre, currency = centre_info(s)
        by_code: dict[str, int] = defaultdict(int)
        for r in rows:
            for code, cents in r.deductions.items():
                by_code[code] += cents
        return Register(period, centre, currency, _deduction_codes(pack, set(by_code)),
                        tuple(rows), sum(r.gross_cents for r in rows),
                        sum(r.deductions_cents for r in rows), sum(r.net_cents for r in rows),
                        sum(r.employer_cents for r in rows), dict(by_code))

    @use_case("payroll.write_register", Permission.PAY_VIEW)
    def write_register(self, period_id: int, path: Path) -> DocumentResult:
        """The register as .pdf or .xlsx."""
        from issp_desktop.reports import payroll_register as pr

        path = Path(path)
        fmt = path.suffix.lower()
        if fmt not in (".pdf", ".xlsx"):
            raise ValidationError("file", f"{path.name}: choose a .pdf or .xlsx file name")
        reg = self.register(period_id)
        p = reg.period
        doc = pr.RegisterDoc(reg.centre, reg.currency, p.name, p.starts_on, p.ends_on, p.state,
                             reg.codes, [pr.RegisterRow(r.name, r.national_id, r.method,
                                                        r.gross_cents, r.deductions,
                                                        r.deductions_cents, r.net_cents,
                                                        r.employer_cents) for r in reg.rows],
                             reg.gross_cents, reg.deductions_cents, reg.net_cents,
                             reg.employer_cents, reg.by_code)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp{fmt}")
        try:
            pages = pr.build_register_pdf(tmp, doc) if fmt == ".pdf" else (
                pr.build_register_xlsx(tmp, doc) or 1)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return DocumentResult(path, pages)

    @use_case("payroll.write_payslips", Permission.PAY_VIEW)
    def write_payslips(self, period_id: int, path: Path, person_ids: list[int] | None = None,
                       progress: ProgressFn | None = None,
                       cancelled: CancelledFn | None = None) -> DocumentResult:
        """One PDF for the period: a page a person (or only ``person_ids``)."""
        from issp_desktop.reports import payslip_pdf as pp

        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise ValidationError("file", f"{path.name}: choose a .pdf file name")
        with self.db.read() as s:
            period = load_period(s, period_id)
            q = select(Payslip).where(Payslip.period_id == period_id)
            if person_ids is not None:
                q = q.where(Payslip.person_id.in_(list(person_ids)))
            slips = s.execute(q.order_by(Payslip.name, Payslip.id)).scalars().all()
            lines: dict[int, list[pp.SlipLine]] = defaultdict(list)
            ids = [p.id for p in slips]
            for start in range(0, len(ids), 900):
                for x in s.execute(select(PayslipLine).where(
                        PayslipLine.payslip_id.in_(ids[start:start + 900]))
                        .order_by(PayslipLine.payslip_id, PayslipLine.position)).scalars():
                    lines[x.payslip_id].append(pp.SlipLine(
                        x.section, x.code, x.label, x.quantity, x.unit, x.rate_cents,
                        x.amount_cents, x.working))
            centre, currency = centre_info(s)
            logo = _logo(s)
        book = pp.SlipBook(centre, currency, logo, period.name, period.starts_on,
                           period.ends_on, period.pay_date,
                           period.state != PeriodState.CLOSED.value,
                           [pp.Slip(p.name, p.national_id, p.method,
                                    _mask(p.method, p.phone, p.bank), p.gross_cents,
                                    p.deductions_cents, p.net_cents,
                                    tuple(lines.get(p.id or 0, ())),
                                    tuple(f"Adjustment: {x.working}" for x in
                                          lines.get(p.id or 0, ()) if x.code == "ADJ"))
                            for p in slips])
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp.pdf")
        try:
            try:
                pages = pp.build_payslips_pdf(tmp, book, progress, cancelled)
            except InterruptedError as exc:
                raise PayrollCancelled(f"Making the payslips of {period.name}") from exc
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return DocumentResult(path, pages)

"""Payroll use cases on a real SQLite file: terms, periods, the run from attendance, accepted
units and stipends, the locked closed period (service and triggers), adjustments, items,
payment files and marks, the register and payslips."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from issp_desktop.db.models import Centre, ClockEvent, Shift, Stipend
from issp_desktop.db.models.deliverables import Batch, Client, Project, WorkLog
from issp_desktop.db.models.payroll import Payslip, PayslipLine
from issp_desktop.db.models.roster import RosterSettings
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.payroll_types import (
    AdjustmentInput,
    BadPhonesError,
    ItemInput,
    MinimumWageInput,
    MissingTermsError,
    NegativeNetError,
    PaymentImportError,
    PeriodClosedError,
    PeriodOverlapError,
    PeriodStateError,
    TermsInput,
)
from issp_desktop.services.people_io import PersonInput

EAT = timedelta(hours=3)


def _centre(services: Services) -> None:
    with services.db.write() as s:
        s.add(Centre(name="Mathare Centre"))


def _person(services: Services, first: str, last: str, phone: str = "0712345678",
            stage: str = "worker", on: date = date(2024, 12, 1), nid: str = "") -> int:
    rec = services.people.create(PersonInput(first, last, phone=phone, national_id=nid),
                                 stage=stage, on=on)
    return int(rec.id)


def _shift(services: Services, pid: int, day: date, hours: int = 8, worked: bool = True,
           late_out: int = 0) -> None:
    start = datetime(day.year, day.month, day.day, 8, tzinfo=UTC) - EAT
    end = start + timedelta(hours=hours)
    with services.db.write() as s:
        s.add(Shift(person_id=pid, starts_at=start, ends_at=end, break_minutes=0))
        if worked:
            s.add(ClockEvent(person_id=pid, kind="in", at=start, source="import"))
            s.add(ClockEvent(person_id=pid, kind="out", at=end + timedelta(minutes=late_out),
                             source="import"))


def _terms(services: Services, pid: int, kind: str = "monthly", amount: int = 5_000_000,
           **kw: object) -> None:
    services.payroll.add_terms(TermsInput(pid, kw.pop("effective_from", date(2024, 12, 1)),  # type: ignore[arg-type]
                                          kind, amount, **kw))  # type: ignore[arg-type]


def _period(services: Services, year: int, month: int) -> int:
    start = date(year, month, 1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return services.payroll.create_period(start, end).id


@pytest.fixture
def centre(services: Services) -> Services:
    _centre(services)
    return services


def _lines(services: Services, payslip_id: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for line in services.payroll.payslip_detail(payslip_id).lines:
        if line.section in ("earning", "deduction"):
            found[line.code] = found.get(line.code, 0) + line.amount_cents
    return found


def test_monthly_salary_matches_the_published_check(centre: Services) -> None:
    pid = _person(centre, "Amina", "Otieno")
    _terms(centre, pid, amount=5_000_000)
    period = _period(centre, 2025, 2)
    result = centre.payroll.run(period)
    assert result.payslips == 1
    slip = centre.payroll.payslips(period)[0]
    assert slip.gross_cents == 5_000_000
    assert slip.deductions == {"NSSF": 300_000, "SHIF": 137_500, "AHL": 75_000,
                               "PAYE": 584_585}
    assert slip.net_cents == 3_902_915
    assert slip.employer_cents == 300_000 + 75_000
    detail = centre.payroll.payslip_detail(slip.id)
    paye = next(x for x in detail.lines if x.code == "PAYE")
    assert "10% × 24,000.00" in paye.working


@pytest.mark.sqlite_only  # raw SQL sets a boolean as 1
def test_hours_overtime_and_unpaid_days(centre: Services) -> None:
    hourly = _person(centre, "Brian", "Kamau", nid="11111111")
    salaried = _person(centre, "Cynthia", "Njeri", nid="22222222")
    _terms(centre, hourly, "hourly", 20_000, statutory=False)  # KES 200 an hour
    _terms(centre, salaried, "monthly", 2_600_000, statutory=False)
    for d in (3, 4, 5):  # Tue-Thu November 2026, 8 h each; the last with an hour late stay
        _shift(centre, hourly, date(2026, 11, d), late_out=60 if d == 5 else 0)
    _shift(centre, salaried, date(2026, 11, 3))
    _shift(centre, salaried, date(2026, 11, 4), worked=False)  # absent: one unpaid day
    with centre.db.write() as s:  # overtime counts when approved
        s.execute(text("UPDATE shift SET overtime_approved = 1"))
    period = _period(centre, 2026, 11)
    centre.payroll.run(period)
    slips = {r.name: r for r in centre.payroll.payslips(period)}
    hours = _lines(centre, slips["Brian Kamau"].id)
    assert hours["HOURS"] == 24 * 20_000
    assert hours["OT_WEEKDAY"] == 30_000  # 1 h × 200 × 1.5
    assert slips["Brian Kamau"].net_cents == 24 * 20_000 + 30_000
    pay = _lines(centre, slips["Cynthia Njeri"].id)
    assert pay["BASIC"] == 2_600_000 and pay["UNPAID"] == -100_000  # monthly ÷ 26
    detail = centre.payroll.payslip_detail(slips["Cynthia Njeri"].id)
    assert "÷ 26" in next(x.working for x in detail.lines if x.code == "UNPAID")


def test_piece_rate_with_minimum_wage_top_up_and_stipends(centre: Services) -> None:
    piece = _person(centre, "Dan", "Mwangi")
    trainee = _person(centre, "Esther", "Akinyi", stage="trainee")
    centre.payroll.add_minimum_wage(MinimumWageInput("General labourer", "Nairobi",
                                                     date(2024, 11, 1), 1_611_375))
    _terms(centre, piece, "piece", 0, job_category="General labourer", location="Nairobi",
           statutory=False)
    _terms(centre, trainee, "stipend", 0)
    for d in (2, 3):
        _shift(centre, piece, date(2026, 11, d))
    with centre.db.write() as s:
        client = Client(name="Jamii Bank")
        s.add(client)
        s.flush()
        project = Project(client_id=client.id, name="Account forms", piece_rate_cents=5,
                          active_from=date(2026, 1, 1))
        s.add(project)
        s.flush()
        batch = Batch(project_id=project.id, reference="JB-1", units_expected=2000,
                      received_on=date(2026, 11, 2), due_on=date(2026, 11, 6),
                      status="accepted", decided_on=date(2026, 11, 6))
        s.add(batch)
        s.flush()
        s.add(WorkLog(batch_id=batch.id, person_id=piece, worked_on=date(2026, 11, 2),
                      units=2000, minutes=900))
        s.add(Stipend(person_id=trainee, on=date(2026, 11, 10), amount_cents=150_000))
    period = _period(centre, 2026, 11)
    centre.payroll.run(period)
    slips = {r.name: r for r in centre.payroll.payslips(period)}
    got = _lines(centre, slips["Dan Mwangi"].id)
    assert got["PIECE"] == 2000 * 5
    floor = 16 * (1_611_375 * 1 // 225 + (1 if 1_611_375 % 225 * 2 >= 225 else 0))
    assert got["PIECE"] + got["TOPUP"] == floor  # 16 h at the floor's hourly rate
    top = next(x for x in centre.payroll.payslip_detail(slips["Dan Mwangi"].id).lines
               if x.code == "TOPUP")
    assert "top-up" in top.working and "16.00 h" in top.working
    stipend = centre.payroll.payslip_detail(slips["Esther Akinyi"].id)
    assert stipend.payslip.net_cents == 150_000  # not wages: no deductions
    assert not [x for x in stipend.lines if x.section == "deduction"]


def test_missing_terms_are_listed_and_nothing_is_saved(centre: Services) -> None:
    a = _person(centre, "Faith", "Wambui")
    _person(centre, "George", "Ochieng")
    _terms(centre, a)
    period = _period(centre, 2026, 10)
    with pytest.raises(MissingTermsError) as err:
        centre.payroll.run(period)
    assert err.value.names == ["George Ochieng"]
    assert "George Ochieng" in str(err.value)
    assert centre.payroll.payslips(period) == []


def test_bad_input_is_refused(centre: Services) -> None:
    pid = _person(centre, "Hellen", "Atieno")
    for kind, amount, kw, message in (
            ("monthly", -1, {}, "negative"), ("monthly", 0, {}, "more than zero"),
            ("hourly", 10**12, {}, "check the amount"), ("weekly", 100, {}, "not monthly"),
            ("monthly", 100, {"overtime_weekday_bp": 90_000}, "between 1× and 4×"),
            ("monthly", 100, {"method": "bank"}, "bank and the account"),
            ("monthly", 100, {"phone": "12345"}, "M-Pesa")):
        with pytest.raises(ValidationError, match=message):
            _terms(centre, pid, kind, amount, **kw)
    assert centre.payroll.terms_history(pid) == []
    _period(centre, 2026, 10)
    with pytest.raises(PeriodOverlapError, match="overlaps pay period 2026-10"):
        centre.payroll.create_period(date(2026, 10, 15), date(2026, 11, 14))


@pytest.mark.sqlite_only  # SQLite trigger names
def test_closed_period_is_locked_in_the_service_and_the_database(centre: Services) -> None:
    pid = _person(centre, "Ian", "Kiprop")
    _terms(centre, pid, amount=3_000_000)
    period = _period(centre, 2026, 10)
    centre.payroll.run(period)
    with pytest.raises(PeriodStateError):
        centre.payroll.close(period)  # draft: must be reviewed first
    centre.payroll.mark_reviewed(period)
    closed = centre.payroll.close(period)
    assert closed.state == "closed" and closed.closed_by == "system"
    with centre.db.read() as s:
        assert s.get(RosterSettings, 1).payroll_locked_through == date(2026, 10, 31)
    with pytest.raises(PeriodClosedError, match="2026-10 is closed"):
        centre.payroll.run(period)
    with pytest.raises(PeriodClosedError):
        centre.payroll.delete_period(period)
    with pytest.raises(PeriodClosedError):
        centre.payroll.close(period)
    path = centre.db.location
    with sqlite3.connect(path) as conn:
        for sql in ("UPDATE payslip SET net_cents = 1", "DELETE FROM payslip_line",
                    "UPDATE pay_period SET state = 'draft'", "DELETE FROM pay_period",
                    "INSERT INTO pay_item (period_id, person_id, kind, label, amount_cents, "
                    "taxable, recorded_at, recorded_by) VALUES (1, 1, 'advance', '', 5, 0, "
                    "'2026-11-01T00:00:00+00:00', 'x')"):
            with pytest.raises(sqlite3.IntegrityError, match="closed pay period"):
                conn.execute(sql)
    with centre.db.read() as s:
        assert s.execute(select(func.count()).select_from(PayslipLine)).scalar_one() > 0


def test_adjustment_points_at_the_closed_payslip(centre: Services) -> None:
    pid = _person(centre, "Joy", "Chebet")
    _terms(centre, pid, amount=3_000_000, statutory=False)
    october = _period(centre, 2026, 10)
    centre.payroll.run(october)
    centre.payroll.mark_reviewed(october)
    centre.payroll.close(october)
    old = centre.payroll.payslips(october)[0]
    november = _period(centre, 2026, 11)
    with pytest.raises(NotFoundError):
        centre.payroll.add_adjustment(AdjustmentInput(november, old.id + 99, 100, "x"))
    centre.payroll.run(november)
    draft = centre.payroll.payslips(november)[0]
    with pytest.raises(ValidationError, match="not closed"):
        centre.payroll.add_adjustment(AdjustmentInput(november, draft.id, 100, "x"))
    adj = centre.payroll.add_adjustment(AdjustmentInput(
        november, old.id, 250_000, "October overtime missed"))
    assert adj.corrects_period == "2026-10"
    centre.payroll.add_item(ItemInput(november, pid, "advance", 500_000, "Advance 12 Nov"))
    centre.payroll.run(november)
    new = centre.payroll.payslips(november)[0]
    assert new.gross_cents == 3_250_000 and new.deductions == {"ADVANCE": 500_000}
    assert new.net_cents == 2_750_000
    assert centre.payroll.payslips(october)[0] == old  # untouched
    detail = centre.payroll.payslip_detail(old.id)
    assert [a.id for a in detail.corrected_by] == [adj.id]
    line = next(x for x in centre.payroll.payslip_detail(new.id).lines if x.code == "ADJ")
    assert f"payslip 2026-10 #{old.id}" in line.working
    centre.payroll.add_item(ItemInput(november, pid, "loan", 5_000_000))
    with pytest.raises(PeriodStateError):
        centre.payroll.mark_reviewed(november)  # changed since its run
    with pytest.raises(NegativeNetError, match="Joy Chebet"):
        centre.payroll.run(november)
    assert centre.payroll.payslips(november)[0].net_cents == 2_750_000  # nothing lost


def _closed_month(centre: Services) -> int:
    a = _person(centre, "Kevin", "Otieno", phone="0722000111", nid="33333333")
    b = _person(centre, "Lucy", "Wanjiku", phone="0733000222", nid="44444444")
    c = _person(centre, "Mary", "Achieng", phone="", nid="55555555")
    _terms(centre, a, amount=2_000_000)
    _terms(centre, b, amount=2_500_000, method="bank", bank_name="KCB", bank_account="1234567")
    _terms(centre, c, amount=1_800_000, method="cash")
    period = _period(centre, 2026, 10)
    centre.payroll.run(period)
    centre.payroll.mark_reviewed(period)
    centre.payroll.close(period)
    return period


def test_payment_files_with_control_totals_and_marks(centre: Services, tmp_path: Path) -> None:
    period = _closed_month(centre)
    slips = {r.name: r for r in centre.payroll.payslips(period)}
    preview = centre.payroll.payment_preview(period, "mpesa")
    assert (preview.count, preview.total_cents) == (1, slips["Kevin Otieno"].net_cents)
    out = tmp_path / "mpesa.csv"
    result = centre.payroll.export_payments(period, "mpesa", out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["Phone Number", "Amount", "Name", "Reference"]
    ref = f"PAY-2026-10-{slips['Kevin Otieno'].id:06d}"
    assert rows[1][0] == "254722000111" and rows[1][3] == ref
    assert result.count == 1 and result.total_cents == slips["Kevin Otieno"].net_cents
    bank = tmp_path / "bank.csv"
    centre.payroll.export_payments(period, "bank", bank)
    assert "1234567" in bank.read_text(encoding="utf-8")
    cash = tmp_path / "cash.pdf"
    centre.payroll.export_payments(period, "cash", cash)
    text_ = PdfReader(str(cash)).pages[0].extract_text()
    assert "Mary Achieng" in text_ and "Signature" in text_ and "Control totals" in text_
    refs = tmp_path / "refs.csv"
    refs.write_text(f"Reference,Transaction ID\n{ref},QK81XYZ\nPAY-2026-10-999999,QK9\n",
                    encoding="utf-8")
    with pytest.raises(PaymentImportError, match="line 3: reference"):
        centre.payroll.import_payment_references(period, refs)
    refs.write_text(f"Reference,Transaction ID\n{ref},QK81XYZ\n", encoding="utf-8")
    marked = centre.payroll.import_payment_references(period, refs, date(2026, 11, 2))
    assert marked.marked == 1
    assert centre.payroll.payslips(period)[0].paid_reference in ("", "QK81XYZ")
    assert {r.name: r.paid_reference for r in centre.payroll.payslips(period)}[
        "Kevin Otieno"] == "QK81XYZ"
    with pytest.raises(PaymentImportError, match="already marked paid"):
        centre.payroll.import_payment_references(period, refs)
    with pytest.raises(ValidationError, match="nobody"):
        centre.payroll.export_payments(period, "mpesa", tmp_path / "again.csv")


@pytest.mark.sqlite_only  # drops a SQLite trigger by name
def test_bad_phones_are_listed_before_any_export(centre: Services, tmp_path: Path) -> None:
    pid = _person(centre, "Nancy", "Muthoni", phone="0712000333")
    _terms(centre, pid, amount=2_000_000)
    period = _period(centre, 2026, 10)
    centre.payroll.run(period)
    with pytest.raises(PeriodStateError, match="closed"):
        centre.payroll.export_payments(period, "mpesa", tmp_path / "x.csv")
    centre.payroll.mark_reviewed(period)
    centre.payroll.close(period)
    with centre.db.write() as s:  # the phone went wrong after the run (snapshot on payslip)
        s.execute(text("DROP TRIGGER payslip_closed_no_update"))
        s.execute(text("UPDATE payslip SET phone = '0800 123'"))
    with pytest.raises(BadPhonesError, match="Nancy Muthoni: '0800 123'"):
        centre.payroll.export_payments(period, "mpesa", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    assert centre.payroll.payment_preview(period, "mpesa").bad_phones == (
        ("Nancy Muthoni", "0800 123"),)


def test_register_reconciles_and_documents(centre: Services, tmp_path: Path) -> None:
    period = _closed_month(centre)
    reg = centre.payroll.register(period)
    assert reg.reconciles and len(reg.rows) == 3
    assert reg.codes[:4] == ("NSSF", "SHIF", "AHL", "PAYE")
    pdf = centre.payroll.write_register(period, tmp_path / "register.pdf")
    text_ = PdfReader(str(pdf.path)).pages[0].extract_text()
    assert "Totals" in text_ and "Lucy Wanjiku" in text_
    xlsx = centre.payroll.write_register(period, tmp_path / "register.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(xlsx.path).active
    assert ws.cell(3, 1).value == "Name"
    slips = centre.payroll.write_payslips(period, tmp_path / "payslips.pdf")
    reader = PdfReader(str(slips.path))
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "Mshahara halisi" in first and "Mathare Centre" in first and "2026-10" in first


def test_rule_pack_version_added_in_settings(centre: Services) -> None:
    pid = _person(centre, "Oscar", "Kibet")
    _terms(centre, pid, amount=5_000_000)
    body = centre.payroll.pack_version_json(date(2026, 2, 1), "KE")
    changed = body.replace('"2026-02-01"', '"2026-10-01"').replace('"2400"', '"3000"')
    with pytest.raises(ValidationError):
        centre.payroll.add_pack_version('{"effective_from": "2026-10-01", "tax": {"bands": 5}}')
    row = centre.payroll.add_pack_version(changed)
    assert row.origin == "centre"
    versions = centre.payroll.pack_versions()
    assert versions[0].effective_from == date(2026, 10, 1)
    period = _period(centre, 2026, 10)
    centre.payroll.run(period)
    slip = centre.payroll.payslips(period)[0]
    september = centre.payroll.create_period(date(2026, 9, 1), date(2026, 9, 30)).id
    centre.payroll.run(september)
    before = centre.payroll.payslips(september)[0]
    assert before.deductions["PAYE"] - slip.deductions["PAYE"] == 60_000  # relief + 600


def test_roles(centre: Services) -> None:
    centre.ctx.actor = Actor(5, "sup", Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError):
        centre.payroll.periods()
    centre.ctx.actor = Actor(6, "clerk", Role.PAYROLL_CLERK)
    assert centre.payroll.periods() == []
    with pytest.raises(NotFoundError):
        centre.payroll.payslip_detail(404)


def test_run_replaces_a_draft_and_counts(centre: Services) -> None:
    pid = _person(centre, "Peter", "Njoroge")
    _terms(centre, pid, amount=2_000_000)
    period = _period(centre, 2026, 10)
    centre.payroll.run(period)
    with centre.db.read() as s:
        first = s.execute(select(Payslip.created_at)).scalar_one()
    again = centre.payroll.run(period)
    assert again.payslips == 1 and again.without_pay == 0
    with centre.db.read() as s:
        assert s.execute(select(func.count()).select_from(Payslip)).scalar_one() == 1
        assert s.execute(select(Payslip.created_at)).scalar_one() > first  # replaced

"""The impact report's reads that were made faster keep their meaning: each person's latest
closed monthly payslip in the period (read oldest first, the last row of a person kept)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import insert, select, text

from issp_desktop.db.models import Person
from issp_desktop.db.models.payroll import PayPeriod, Payslip
from issp_desktop.services import Services
from issp_desktop.services.impact_facts import _latest_payslips

NOW = datetime(2026, 11, 16, 9, tzinfo=UTC)


def _period(pid: int, name: str, kind: str, first: date, last: date) -> dict[str, object]:
    return {"id": pid, "name": name, "kind": kind, "starts_on": first, "ends_on": last,
            "pay_date": last, "state": "draft", "pack_code": "KE", "created_at": NOW}


def _slip(period: int, person: int, gross: int) -> dict[str, object]:
    return {"period_id": period, "person_id": person, "name": f"P{person}", "national_id": "",
            "phone": "", "method": "mpesa", "bank": "", "kind": "monthly", "job_category": "",
            "gross_cents": gross, "deductions_cents": 0, "net_cents": gross,
            "employer_cents": 0, "created_at": NOW}


def test_latest_closed_monthly_payslip_per_person(services: Services) -> None:
    with services.db.write() as s:
        s.execute(insert(Person.__table__), [  # type: ignore[attr-defined]
            {"first_name": f"P{n}", "last_name": "T", "stage": "worker"} for n in range(4)])
        a, b, c, d = s.execute(select(Person.id).order_by(Person.id)).scalars()
        s.execute(insert(PayPeriod.__table__), [  # type: ignore[attr-defined]
            _period(1, "2026-08", "monthly", date(2026, 8, 1), date(2026, 8, 31)),
            _period(2, "2026-09", "monthly", date(2026, 9, 1), date(2026, 9, 30)),
            _period(3, "2026-10", "monthly", date(2026, 10, 1), date(2026, 10, 31)),  # draft
            _period(4, "2026-W40", "weekly", date(2026, 9, 28), date(2026, 10, 4)),
            _period(5, "2025-12", "monthly", date(2025, 12, 1), date(2025, 12, 31)),
        ])
        s.execute(insert(Payslip.__table__), [  # type: ignore[attr-defined]
            _slip(2, a, 200), _slip(1, a, 100),  # a: September is the latest
            _slip(1, b, 110), _slip(3, b, 999), _slip(4, b, 888),  # b: only August counts
            _slip(5, c, 50),  # c: before the period
            _slip(3, d, 1),  # d: draft only
        ])
        s.execute(text("UPDATE pay_period SET state = 'closed' WHERE id <> 3"))
    with services.db.read() as s:
        found = dict(_latest_payslips(s, date(2026, 1, 1), date(2026, 11, 16)))
        assert found == {a: 200, b: 110}
        assert dict(_latest_payslips(s, date(2025, 12, 1), date(2026, 8, 31))) == {
            a: 100, b: 110, c: 50}


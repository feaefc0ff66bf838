"""The demo centre's payroll: a year closed and paid, the current month open, realistic pay."""

from __future__ import annotations

from issp_desktop.services import Services


def test_demo_payroll_looks_real(demo_services: Services) -> None:
    payroll = demo_services.payroll
    periods = payroll.periods()
    assert [p.state for p in periods] == ["draft"] + ["closed"] * 12
    assert periods[0].name == "2026-11" and periods[-1].name == "2025-11"
    for p in periods[1:]:
        assert p.payslips > 0 and p.paid == sum(1 for r in payroll.payslips(p.id)
                                                if r.net_cents > 0)
        reg = payroll.register(p.id)
        assert reg.reconciles
    slips = payroll.payslips(periods[1].id)
    salaried = [r for r in slips if r.kind == "monthly"]
    gross = sorted(r.gross_cents for r in salaried)
    assert gross and gross[0] >= 1_000_000 and gross[-1] <= 4_500_000  # part months, overtime
    assert 1_800_000 <= gross[len(gross) // 2] <= 3_000_000
    assert all(r.deductions.get("PAYE", 0) >= 0 and "SHIF" in r.deductions for r in salaried)
    kinds = {r.kind for p in periods for r in payroll.payslips(p.id)}
    assert {"monthly", "stipend"} <= kinds
    assert len(payroll.adjustments(periods[0].id)) == 1
    terms = payroll.current_terms()
    assert {t.method for t in terms} >= {"mpesa", "bank"}
    assert len(payroll.minimum_wages()) >= 6

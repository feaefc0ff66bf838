"""The fast paths of a payroll run keep every figure: what is saved (payslips and their lines,
inserted in bulk) is exactly what the pure rules work out, run after run, and the remembered
statutory breakdowns are the ones ``statutory.compute`` gives."""

from __future__ import annotations

from sqlalchemy import select

from issp_desktop.db.models.payroll import PayPeriod, Payslip, PayslipLine
from issp_desktop.domain import payroll as pay
from issp_desktop.domain.statutory import compute
from issp_desktop.services import Services
from issp_desktop.services.payroll_run import compute_all, gather


def _saved(services: Services, period_id: int) -> dict[int, tuple[object, ...]]:
    with services.db.read() as s:
        slips = {sid: (pid, g, d, n, e) for sid, pid, g, d, n, e in s.execute(
            select(Payslip.id, Payslip.person_id, Payslip.gross_cents, Payslip.deductions_cents,
                   Payslip.net_cents, Payslip.employer_cents)
            .where(Payslip.period_id == period_id))}
        lines: dict[int, list[tuple[object, ...]]] = {sid: [] for sid in slips}
        for row in s.execute(
                select(PayslipLine.payslip_id, PayslipLine.position, PayslipLine.section,
                       PayslipLine.code, PayslipLine.label, PayslipLine.quantity,
                       PayslipLine.unit, PayslipLine.rate_cents, PayslipLine.amount_cents,
                       PayslipLine.working)
                .where(PayslipLine.payslip_id.in_(list(slips)))
                .order_by(PayslipLine.payslip_id, PayslipLine.position)):
            lines[row[0]].append(tuple(row[1:]))
    return {pid: (*rest, tuple(lines[sid])) for sid, (pid, *rest) in slips.items()}


def test_saved_payslips_are_the_computed_ones(demo_services: Services) -> None:
    services = demo_services
    period = next(p for p in services.payroll.periods() if p.state == "draft")
    first = services.payroll.run(period.id)
    saved = _saved(services, period.id)
    with services.db.read() as s:
        inp = gather(s, s.get(PayPeriod, period.id))
    services.payroll._attendance(inp)
    services.payroll._pieces(inp)
    want = {pid: (r.gross_cents, r.deductions_cents, r.net_cents, r.employer_cents,
                  tuple((pos, x.section.value, x.code, x.label, x.quantity, x.unit,
                         x.rate_cents, x.amount_cents, x.working)
                        for pos, x in enumerate(r.lines)))
            for pid, r in compute_all(inp).items()}
    assert first.payslips == len(want) > 50
    assert saved == want
    assert sum(len(v[4]) for v in saved.values()) > 5 * len(saved)
    again = services.payroll.run(period.id)  # re-running replaces with the same figures
    assert _saved(services, period.id) == want
    assert (again.gross_cents, again.net_cents) == (first.gross_cents, first.net_cents)


def test_remembered_breakdowns_are_the_computed_ones(services: Services) -> None:
    from issp_desktop.services.payroll_base import load_pack

    with services.db.read() as s:
        pack = load_pack(s, "KE")
    versions = pack.versions
    for version in versions:
        for gross in (0, 1, 2_400_000, 5_000_000, 5_000_000, 12_345_678, 99_999_999):
            assert pay._breakdown(version, gross, "KE") == compute(version, gross,
                                                                   pack_code="KE")
    # the same gross under two versions gives each version's own figures
    old, new = versions[0], versions[-1]
    assert pay._breakdown(old, 5_000_000, "KE").version_from == old.effective_from
    assert pay._breakdown(new, 5_000_000, "KE").version_from == new.effective_from

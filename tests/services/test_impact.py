"""The impact report on real SQLite files: a hand-made centre whose every figure is counted by
hand, the demo centre, benchmarks, and bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from issp_desktop.db.models import EligibilityRecord, Person, Shift, StageChange, Survey
from issp_desktop.db.models.certificates import Certificate, CertificateRevocation
from issp_desktop.db.models.impact_benchmarks import ImpactBenchmark
from issp_desktop.db.models.payroll import PayPeriod, Payslip, PayTerms
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import PermissionDeniedError, ValidationError
from issp_desktop.services import Services, demo_impact
from issp_desktop.services.impact import ImpactService, previous_period
from issp_desktop.services.impact_types import BenchmarkInput, BenchmarkKind

START, END = date(2026, 1, 1), date(2026, 12, 31)


@pytest.fixture
def impact(services: Services) -> ImpactService:
    service = ImpactService(services.ctx)
    service.today = staticmethod(lambda: END)  # type: ignore[method-assign]
    return service


def _person(s: object, first: str, gender: str, county: str, born: date,
            moves: list[tuple[str | None, str, date, str | None]]) -> int:
    p = Person(first_name=first, last_name="Test", gender=gender, county=county,
               date_of_birth=born, stage=moves[-1][1])
    s.add(p)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    assert p.id is not None
    for before, after, on, kind in moves:
        s.add(StageChange(person_id=p.id, from_stage=before, to_stage=after,  # type: ignore
                          changed_on=on, exit_kind=kind))
    return p.id


def _period(s: object, name: str, first: date, last: date, state: str,
            gross: dict[int, int]) -> None:
    period = PayPeriod(name=name, starts_on=first, ends_on=last, pay_date=last, state="draft")
    s.add(period)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    for pid, cents in gross.items():
        s.add(Payslip(period_id=period.id, person_id=pid, name="x",  # type: ignore
                      gross_cents=cents, net_cents=cents))
    s.flush()  # type: ignore[attr-defined]
    if state != "draft":
        s.execute(text("UPDATE pay_period SET state = :st WHERE id = :id"),  # type: ignore
                  {"st": state, "id": period.id})


@pytest.fixture
def centre(services: Services) -> dict[str, int]:
    """Five people whose 2026 figures are worked out by hand in the tests."""
    with services.db.write() as s:
        p1 = _person(s, "Wanjirũ", "female", "Nairobi", date(2000, 1, 1), [
            (None, "applicant", date(2025, 1, 10), None),
            ("applicant", "trainee", date(2025, 2, 1), None),
            ("trainee", "worker", date(2025, 6, 1), None)])
        p2 = _person(s, "Otieno", "male", "Kiambu", date(1990, 1, 1), [
            (None, "worker", date(2026, 3, 1), None)])
        p3 = _person(s, "Achieng", "female", "Nairobi", date(1995, 1, 1), [
            (None, "worker", date(2025, 1, 1), None),
            ("worker", "alumnus", date(2026, 5, 1), "voluntary")])
        p4 = _person(s, "Kamau", "male", "Nakuru", date(2004, 1, 1), [
            (None, "applicant", date(2026, 4, 1), None)])
        p5 = _person(s, "Chebet", "female", "Nairobi", date(1980, 1, 1), [
            (None, "worker", date(2024, 1, 1), None)])
        s.add(EligibilityRecord(person_id=p1, criterion="below_poverty_line", frozen=True))
        s.add(Survey(person_id=p1, kind="baseline", taken_on=date(2025, 1, 10),
                     monthly_income_cents=500_000, income_dependents=3, frozen=True))
        s.add(Survey(person_id=p2, kind="baseline", taken_on=date(2026, 2, 20),
                     monthly_income_cents=0))
        s.add(Survey(person_id=p2, kind="followup_6m", taken_on=date(2026, 9, 1),
                     monthly_income_cents=1_500_000))
        s.add(Survey(person_id=p1, kind="followup_6m", taken_on=date(2025, 12, 1),
                     monthly_income_cents=1_000_000))  # a payslip takes precedence
        _period(s, "2026-10", date(2026, 10, 1), date(2026, 10, 31), "closed",
                {p1: 2_000_000})
        _period(s, "2026-11", date(2026, 11, 1), date(2026, 11, 30), "closed",
                {p1: 2_200_000})
        _period(s, "2026-12", date(2026, 12, 1), date(2026, 12, 31), "draft",
                {p1: 9_999_900})  # not closed: not counted
        s.add(PayTerms(person_id=p2, effective_from=date(2026, 3, 1), kind="monthly",
                       amount_cents=1_500_000))
        s.add(PayTerms(person_id=p2, effective_from=date(2026, 8, 1), kind="monthly",
                       amount_cents=1_600_000))
        s.add(PayTerms(person_id=p5, effective_from=date(2024, 1, 1), kind="monthly",
                       amount_cents=1_600_000))
        for day in range(5, 13):  # 8 shifts of 10 h in the last four weeks: 20 h a week
            begin = datetime(2026, 12, day, 5, 0, tzinfo=UTC)
            s.add(Shift(person_id=p1, starts_at=begin, ends_at=begin + timedelta(hours=10)))
        for n, revoked in ((1, False), (2, True)):
            cert = Certificate(serial=f"2026-0000{n}", code=f"CODE{n}", person_id=p1,
                               kind="skill", issued_on=date(2026, 6, 1), key_id="K",
                               body="b", signature=b"s")
            s.add(cert)
            s.flush()
            if revoked:
                s.add(CertificateRevocation(certificate_id=cert.id, reason="error"))
        s.add(ImpactBenchmark(kind="minimum_wage", effective_from=date(2024, 11, 1),
                              amount_cents=1_500_000, source="test order"))
        s.add(ImpactBenchmark(kind="poverty_line", effective_from=date(2021, 1, 1),
                              amount_cents=700_000, source="test survey"))
    return {"p1": p1, "p2": p2, "p3": p3, "p4": p4, "p5": p5}


def test_report_counts_a_hand_made_centre(impact: ImpactService,
                                          centre: dict[str, int]) -> None:
    r = impact.report(START, END)
    v = {f.key: f.value for f in r.figures}
    prev = {f.key: f.previous for f in r.figures}
    assert (v["recruited"], v["hired"], v["headcount"]) == (2, 1, 3)  # p2 p4; p2; p1 p2 p5
    assert r.figure("headcount").detail == "3 at the start"  # p1 p3 p5
    assert v["impact_share"] == pytest.approx(33.3) and r.figure("impact_share").detail == (
        "1 of 3")
    assert v["fte"] == 2.5  # p1 20 h of 40; p2 and p5 without shifts count 1 each
    assert v["people_impacted"] == 3 + 3
    assert v["income_ratio"] == 4.4  # p1: 22,000 (latest closed payslip) ÷ 5,000
    assert v["income_difference"] == 17_000.0
    assert v["from_zero"] == 1  # p2, reported apart
    assert v["above_minimum_wage"] == 100.0 and r.figure("above_minimum_wage").detail == (
        "2 of 2")
    assert v["wage_multiple"] == pytest.approx(1.23)  # (22,000 + 15,000) / 2 ÷ 15,000
    assert v["above_living_wage"] is None
    assert v["turnover_voluntary"] == pytest.approx(33.3)  # p3 ÷ (3 + 3) / 2
    assert v["promoted"] == pytest.approx(33.3)  # p2's raise in August
    assert v["skill_certificates"] == 1  # the revoked one does not count
    assert v["accuracy"] is None and v["utilisation"] == 0.0  # 80 h rostered, none logged
    # 2025: p1 applied and was hired in June; p3 was taken on (as a worker) on 1 January
    assert (prev["recruited"], prev["hired"], prev["headcount"]) == (2, 2, 3)
    assert r.previous_start == date(2025, 1, 1) and r.previous_end == date(2025, 12, 31)
    notes = "\n".join(r.notes)
    assert "1 worker at the period's end have no baseline income" in notes  # p5
    assert "1 from payslips, 1 from follow-up surveys" in notes
    assert "No living wage benchmark" in notes and "2 workers with current earnings" in notes
    assert "2 workers at the period's end have no planned shifts" in notes
    assert "No first-round quality checks" in notes


def test_breakdown_cells_under_five_are_suppressed(impact: ImpactService,
                                                   centre: dict[str, int]) -> None:
    r = impact.report(START, END, "gender")
    assert [t.key for t in r.tables if t.key.startswith("breakdown")] == ["breakdown_gender"]
    rows = {row[0]: row for row in r.table("breakdown_gender").rows}
    assert rows["female"][1] == "<5" and rows["male"][1] == "<5"
    assert rows["female"][5] == "<5"  # turnover from fewer than five people
    everything = impact.report(START, END)
    assert {t.key for t in everything.tables} >= {
        "figures", "breakdown_gender", "breakdown_disability", "breakdown_age",
        "breakdown_county", "income_bands", "income_ratio_bands", "months", "benchmarks"}


def test_previous_period_is_the_same_length_just_before() -> None:
    assert previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (
        date(2026, 1, 29), date(2026, 2, 28))


def test_bad_ranges_say_what_is_wrong(impact: ImpactService) -> None:
    with pytest.raises(ValidationError) as info:
        impact.report(date(2026, 5, 1), date(2026, 4, 30))
    assert "before it starts" in str(info.value)
    with pytest.raises(ValidationError):
        impact.report(None, END)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        impact.report(START, END, "shoe size")
    assert "gender, disability, age or county" in str(info.value)


def test_a_range_with_no_data_still_reports(impact: ImpactService,
                                            centre: dict[str, int]) -> None:
    r = impact.report(date(1990, 1, 1), date(1990, 12, 31))
    assert r.figure("headcount").value == 0
    assert r.figure("impact_share").value is None and r.figure("impact_share").text == "—"
    notes = "\n".join(r.notes)
    assert "Nobody was recruited, trained or employed" in notes
    assert "No minimum wage benchmark (none in force on 1990-12-31)" in notes


def test_benchmarks_are_added_as_dated_rows(impact: ImpactService, services: Services) -> None:
    added = impact.add_default_benchmarks()
    assert {b.kind for b in added} == set(BenchmarkKind)
    assert impact.add_default_benchmarks() == []  # already there
    row = impact.add_benchmark(BenchmarkInput(
        BenchmarkKind.MINIMUM_WAGE, date(2026, 5, 1), 1_700_000, "kes", "Nairobi",
        "Wages order 2026"))
    assert row.currency == "KES" and row.recorded_by == "system"
    newest = next(b for b in impact.benchmarks() if b.kind == "minimum_wage")
    assert newest.id == row.id
    for bad, field in ((BenchmarkInput("bonus", date(2026, 1, 1), 1, "KES", "", "x"), "kind"),
                       (BenchmarkInput("living_wage", date(2026, 1, 1), 0, "KES", "", "x"),
                        "amount"),
                       (BenchmarkInput("living_wage", date(2026, 1, 1), 5, "KE", "", "x"),
                        "currency"),
                       (BenchmarkInput("living_wage", date(2026, 1, 1), 5, "KES", "", " "),
                        "source")):
        with pytest.raises(ValidationError) as info:
            impact.add_benchmark(bad)
        assert info.value.field == field
    services.ctx.actor = Actor(2, "sup", Role.SUPERVISOR)
    assert impact.benchmarks()  # everybody who sees impact sees the benchmarks
    with pytest.raises(PermissionDeniedError):
        impact.add_benchmark(BenchmarkInput("living_wage", date(2026, 1, 1), 5, "KES", "",
                                            "x"))
    services.ctx.actor = Actor(3, "nobody", Role.NONE)
    with pytest.raises(PermissionDeniedError):
        impact.report(START, END)


def test_demo_benchmarks_are_the_shipped_rows(services: Services) -> None:
    with services.db.write() as s:
        counts = demo_impact.build_demo(s, 7, date(2026, 11, 16),
                                        datetime(2026, 11, 16, 9, tzinfo=UTC))
    rows = ImpactService(services.ctx).benchmarks()
    assert counts == {"impact_benchmarks": len(rows)} and len(rows) >= 5
    assert {r.kind for r in rows} == set(BenchmarkKind)
    assert all(r.source and r.currency == "KES" for r in rows)


def test_report_on_the_demo_centre(demo_services: Services) -> None:
    impact = ImpactService(demo_services.ctx)
    impact.add_default_benchmarks()  # present already when the demo adds them
    impact.today = staticmethod(lambda: date(2026, 11, 16))  # type: ignore[method-assign]
    r = impact.report(date(2025, 11, 17), date(2026, 11, 16))
    v = {f.key: f.value for f in r.figures}
    assert v["headcount"] > 20 and v["hired"] > 5 and v["trained"] > 20
    assert 0 < v["impact_share"] <= 100
    assert v["income_ratio"] is not None and v["income_ratio"] > 1
    assert v["above_minimum_wage"] is not None
    assert v["training_hours"] > 1000 and 0 < v["completion_rate"] <= 100
    assert v["accuracy"] is not None and 90 < v["accuracy"] <= 100
    assert v["on_time"] is not None and 0 < v["utilisation"] < 150
    assert v["downtime_hours"] > 0
    assert len(r.months) == 13 and r.months[-1].headcount == v["headcount"]
    assert [n for n, _ in r.funnel] == ["Recruited", "Trained", "Completed", "Hired"]
    assert sum(b for _, b, _ in r.income_bands) == sum(a for _, _, a in r.income_bands) > 0
    assert any("from follow-up surveys" in n for n in r.notes)
    for table in r.tables:
        if table.key.startswith("breakdown"):
            for row in table.rows:
                for cell in row[1:]:
                    assert cell in ("<5", "—") or isinstance(cell, int | float)
                    assert not (isinstance(cell, int) and 0 < cell < 5)

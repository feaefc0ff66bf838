"""The impact report's faster reads give exactly what the reads they replaced gave.

``_reference_*`` below are the reads as they stood before the speed work (kept here verbatim as
the oracle): completion through ``training_progress.progress_of`` (every trainee's progress),
each person's latest payslip ordered oldest first in Python, latest surveys by window function,
the baseline by ``max(id)``, and the three shift reads (paid minutes, rostered days joined to
work logs, planned minutes of the last four weeks). They run on the demo centre beside the new
reads for periods long and short (a week, twenty days: shorter than the four-week window),
and the whole report must not change when they are swapped in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text
from sqlmodel import Session

from issp_desktop.db.models import Cohort, Person, Shift, Survey
from issp_desktop.db.models.deliverables import Batch, WorkLog
from issp_desktop.db.models.payroll import PayPeriod, Payslip
from issp_desktop.domain.impact import FTE_WINDOW_DAYS
from issp_desktop.services import Services, training_progress
from issp_desktop.services import impact_facts as facts
from issp_desktop.services.impact import ImpactService

TODAY = date(2026, 11, 16)
PERIODS = (
    (date(2025, 11, 17), TODAY),  # the last twelve months
    (date(2024, 11, 17), date(2025, 11, 16)),  # the twelve before
    (date(2026, 1, 1), date(2026, 12, 31)),  # past today
    (date(2026, 10, 1), date(2026, 10, 20)),  # shorter than the four-week window
    (date(2026, 11, 10), TODAY),  # a week
    (date(2023, 1, 1), date(2026, 6, 30)),  # years
)


# --- the reference (the reads before the speed work) --------------------------------------------

def _reference_completed(s: Session, first: date, last: date) -> set[int]:
    cohorts = list(s.execute(select(Cohort).where(Cohort.end_date >= first,
                                                  Cohort.end_date <= last)).scalars())
    if not cohorts:
        return set()
    _plans, progress, _sessions = training_progress.progress_of(s, cohorts)
    return {t.person_id for trainees in progress.values() for t in trainees if t.complete}


def _reference_latest_payslips(s: Session, start: date, end: date) -> dict[int, int]:
    rows = s.connection().execute(
        select(Payslip.person_id, Payslip.gross_cents)
        .join(PayPeriod, PayPeriod.id == Payslip.period_id)
        .where(PayPeriod.state == "closed", PayPeriod.kind == "monthly",
               PayPeriod.ends_on >= start, PayPeriod.ends_on <= end)
        .order_by(PayPeriod.ends_on, Payslip.id)).all()
    return dict(rows)  # type: ignore[arg-type]


def _reference_latest_surveys(s: Session, column: Any, since: date | None, end: date,
                              kinds: Iterable[str] | None) -> dict[int, int]:
    conditions = [column.is_not(None), Survey.taken_on <= end]
    if since is not None:
        conditions.append(Survey.taken_on > since)
    if kinds is not None:
        conditions.append(Survey.kind.in_(tuple(kinds)))
    ranked = (select(Survey.person_id, column.label("value"), func.row_number().over(
        partition_by=Survey.person_id, order_by=(Survey.taken_on.desc(), Survey.id.desc())
    ).label("n")).where(*conditions).subquery())
    return {pid: v for pid, v in s.connection().execute(
        select(ranked.c.person_id, ranked.c.value).where(ranked.c.n == 1))}


def _reference_baselines(s: Session) -> dict[int, int | None]:
    latest = (select(func.max(Survey.id)).where(Survey.kind == "baseline")
              .group_by(Survey.person_id))
    return {pid: cents for pid, cents in s.connection().execute(
        select(Survey.person_id, Survey.monthly_income_cents).where(Survey.id.in_(latest)))}


def _reference_shifts(s: Session, start: date, end: date,
                      zone: ZoneInfo) -> tuple[int, int, dict[int, int]]:
    """(paid minutes, productive minutes, planned minutes a week by person)."""
    since = facts.day_start(start, zone)
    until = facts.day_start(end + timedelta(days=1), zone)
    in_period = (Shift.starts_at >= since, Shift.starts_at < until)
    minutes = facts._minutes(s, Shift.ends_at, Shift.starts_at) - Shift.break_minutes
    paid = s.execute(select(func.coalesce(func.sum(minutes), 0)).where(*in_period)
                     ).scalar_one()
    rostered = (select(Shift.person_id.label("person_id"),
                       facts._local_date(s, Shift.starts_at, zone, start).label("day"))
                .where(*in_period).group_by(Shift.person_id, "day").subquery())
    worked = s.execute(
        select(func.coalesce(func.sum(WorkLog.minutes), 0))
        .join(rostered, (rostered.c.person_id == WorkLog.person_id)
              & (rostered.c.day == WorkLog.worked_on))
        .where(WorkLog.worked_on >= start, WorkLog.worked_on <= end)).scalar_one()
    window_start = facts.day_start(end - timedelta(days=FTE_WINDOW_DAYS - 1), zone)
    q = (select(Shift.person_id, func.sum(minutes))
         .where(Shift.starts_at >= window_start, Shift.starts_at < until)
         .group_by(Shift.person_id))
    weeks = FTE_WINDOW_DAYS // 7
    planned = {pid: max(0, int(total or 0)) // weeks
               for pid, total in s.connection().execute(q)}
    return max(0, int(paid)), int(worked), planned


# --- the comparisons ------------------------------------------------------------------------------

@pytest.fixture
def demo(demo_services: Services) -> Services:
    """The demo centre with the edges the demo lacks: a shift starting just after the centre's
    midnight (the day before in UTC) and one just before it, with work logged on the days
    around them; two closed monthly periods ending the same day; two surveys taken the same
    day; a trainee who passed every module and then moved to another cohort."""
    with demo_services.db.write() as s:
        worker = s.execute(select(Shift.person_id).limit(1)).scalar_one()
        batch = s.execute(select(Batch.id).limit(1)).scalar_one()
        for local_start, logged in ((datetime(2026, 11, 15, 1, 30), (15,)),
                                    (datetime(2026, 11, 8, 23, 30), (8, 9))):
            begin = local_start.replace(tzinfo=ZoneInfo("Africa/Nairobi")).astimezone(UTC)
            s.add(Shift(person_id=worker, starts_at=begin, ends_at=begin + timedelta(hours=3)))
            for day in logged:
                s.add(WorkLog(batch_id=batch, person_id=worker, worked_on=date(2026, 11, day),
                              units=1, minutes=1000 + day))
        periods = [PayPeriod(name=name, starts_on=date(2026, 10, 1), ends_on=date(2026, 10, 31),
                             pay_date=date(2026, 10, 31), state="draft")
                   for name in ("2026-10 A", "2026-10 B")]
        s.add_all(periods)
        s.flush()
        for gross, period in ((111_00, periods[1]), (222_00, periods[0])):  # B's slip first
            s.add(Payslip(period_id=period.id, person_id=worker, name="x", gross_cents=gross,
                          net_cents=gross))
            s.flush()
        s.execute(text("UPDATE pay_period SET state = 'closed' WHERE name LIKE '2026-10 _'"))
        for n in (7, 2):
            s.add(Survey(person_id=worker, kind="followup_12m", taken_on=date(2026, 11, 1),
                         monthly_income_cents=100_000 * n, income_dependents=n))
        done = sorted(_reference_completed(s, date(2026, 1, 1), date(2026, 12, 31)))
        mover = s.get(Person, done[0])
        assert mover is not None
        later = s.execute(select(Cohort.id).where(Cohort.id != mover.cohort_id,
                                                  Cohort.end_date <= date(2026, 12, 31))
                          .order_by(Cohort.end_date.desc())).scalars().first()
        mover.cohort_id = later
        s.flush()
        assert mover.id not in _reference_completed(s, date(2026, 1, 1), date(2026, 12, 31))
    return demo_services


def test_completion_reads_only_who_can_complete_and_finds_the_same_people(
        demo: Services) -> None:
    with demo.db.read() as s:
        everyone = _reference_completed(s, date(2000, 1, 1), date(2100, 1, 1))
        assert everyone, "the demo has people who completed their programme"
        for first, last in (*PERIODS, (date(2000, 1, 1), date(2100, 1, 1))):
            assert facts.completed(s, first, last) == _reference_completed(s, first, last)


def test_latest_payslip_and_surveys_are_the_same(demo: Services) -> None:
    with demo.db.read() as s:
        base = facts.base_facts(s, (date(2024, 1, 1), TODAY))
        baselines = _reference_baselines(s)
        assert baselines
        for pid, values in base.people.items():
            assert values.get("baseline_income_cents") == baselines.get(pid)
        seen_pay = seen_survey = 0
        for start, end in PERIODS:
            slips = _reference_latest_payslips(s, start, end)
            assert dict(facts._latest_payslips(s, start, end)) == slips
            since = end - timedelta(days=facts.SURVEY_FALLBACK_DAYS)
            incomes, dependents = facts._latest_surveys(base, since, end)
            assert incomes == _reference_latest_surveys(
                s, Survey.monthly_income_cents, since, end, facts.FOLLOW_UPS)
            assert dependents == _reference_latest_surveys(
                s, Survey.income_dependents, None, end, None)
            seen_pay += len(slips)
            seen_survey += len(incomes)
        assert seen_pay and seen_survey  # the comparisons compared something


def test_shift_reads_are_the_same(demo: Services) -> None:
    with demo.db.read() as s:
        _centre, _currency, zone = facts.centre_zone(s)
        worked_somewhere = False
        for start, end in PERIODS:
            new = facts.shift_facts(s, start, end, zone)
            paid, worked, planned = _reference_shifts(s, start, end, zone)
            assert (new.paid_minutes, new.productive_minutes, new.planned_week_minutes) == (
                paid, worked, planned), (start, end)
            worked_somewhere = worked_somewhere or worked > 0
        assert worked_somewhere


def test_the_report_is_the_same_with_the_old_reads(demo: Services,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    impact = ImpactService(demo.ctx)
    impact.today = staticmethod(lambda: TODAY)  # type: ignore[method-assign]
    reports = {}
    for start, end in PERIODS[::2]:
        reports[start, end] = impact.report(start, end)

    def old_shift_facts(s: Session, start: date, end: date, zone: ZoneInfo,
                        origin: facts.Origin | None = None) -> facts.ShiftFacts:
        assert origin is None  # the whole centre's report: no filter by origin centre
        paid, worked, planned = _reference_shifts(s, start, end, zone)
        return facts.ShiftFacts(paid, worked, planned)

    monkeypatch.setattr(facts, "completed", _reference_completed)
    monkeypatch.setattr(facts, "_latest_payslips",
                        lambda s, a, b: list(_reference_latest_payslips(s, a, b).items()))
    monkeypatch.setattr(facts, "shift_facts", old_shift_facts)
    for (start, end), report in reports.items():
        old = impact.report(start, end)
        assert old.figures == report.figures
        assert old.tables == report.tables
        assert old.notes == report.notes

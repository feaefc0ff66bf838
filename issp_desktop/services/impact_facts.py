"""Gathering the facts the impact figures count, with a few set-based queries.

``base_facts`` reads what does not depend on the period (who each person is, their stage
history as employment spells, eligibility, baseline, completion); ``for_period`` adds what does
(training attended, current earnings, dependents, raises, skill certificates, rostered hours);
``operations_facts`` sums the centre-wide work figures. Every function takes an open Session
and returns plain data. Column reads go through the session's connection (Core rows: no ORM
loading step for the hundreds of thousands of rows a five-year report reads).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlmodel import Session

from issp_desktop.db.models import (
    Centre,
    Cohort,
    Downtime,
    EligibilityRecord,
    Person,
    RollCall,
    Shift,
    StageChange,
    Survey,
    TrainingSession,
)
from issp_desktop.db.models.certificates import Certificate, CertificateRevocation
from issp_desktop.db.models.deliverables import Batch, QaCheck, WorkLog
from issp_desktop.db.models.payroll import PayPeriod, Payslip, PayTerms
from issp_desktop.domain.impact import (
    FTE_WINDOW_DAYS,
    Employment,
    OperationsFacts,
    PersonFacts,
    on_time_counts,
)
from issp_desktop.services import training_progress

FOLLOW_UPS = ("followup_6m", "followup_12m", "exit")
SURVEY_FALLBACK_DAYS = 365  # a follow-up survey stands in for pay when this recent


def centre_zone(s: Session) -> tuple[str, str, ZoneInfo]:
    """(centre name, currency, time zone)."""
    row = s.execute(select(Centre.name, Centre.currency, Centre.time_zone).limit(1)).first()
    name, currency, zone = row if row is not None else ("", "KES", "Africa/Nairobi")
    try:
        return name, currency or "KES", ZoneInfo(zone or "Africa/Nairobi")
    except (KeyError, ValueError):
        return name, currency or "KES", ZoneInfo("Africa/Nairobi")


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant the centre's local ``day`` begins."""
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def _minutes(s: Session, later: Any, earlier: Any) -> Any:
    """SQL for the whole minutes between two instants, on SQLite (ISO text) or PostgreSQL."""
    if s.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier) / 60
    return func.round((func.julianday(later) - func.julianday(earlier)) * 1440)


def _local_date(s: Session, instant: Any, zone: ZoneInfo, near: date) -> Any:
    """SQL for the centre's local date of an instant. On SQLite (ISO text) the zone's UTC
    offset at ``near`` is applied: exact for zones without daylight saving, as Kenya's."""
    if s.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone(str(zone), instant))
    local = datetime.combine(near, time(12), zone).utcoffset()
    minutes = int(local.total_seconds() // 60) if local is not None else 0
    return func.date(instant, f"{minutes:+d} minutes")


@dataclass
class Base:
    """Period-independent facts (``PersonFacts`` fields by person id) and the pay-terms
    history for raises."""

    people: dict[int, dict[str, Any]]
    pay_terms: list[tuple[int, date, str, int, str, str | None, int | None, str | None]]


def base_facts(s: Session, cohorts_ending: tuple[date, date]) -> Base:
    """Everybody's facts that do not depend on the period. Completion is worked out (by
    ``training_progress``, the training feature's own rule) for the cohorts ending between
    ``cohorts_ending``."""
    people: dict[int, dict[str, Any]] = {}
    q = (select(Person.id, Person.gender, Person.has_disability, Person.date_of_birth,
                Person.county, Cohort.end_date)
         .outerjoin(Cohort, Cohort.id == Person.cohort_id))
    for pid, gender, disabled, born, county, cohort_end in s.connection().execute(q):
        people[pid] = {"person_id": pid, "gender": gender or "", "has_disability":
                       bool(disabled), "birth_date": born, "county": county or "",
                       "cohort_end": cohort_end}
    _spells(s, people)
    for (pid,) in s.connection().execute(select(EligibilityRecord.person_id).distinct()):
        if pid in people:
            people[pid]["impact_worker"] = True
    latest = (select(func.max(Survey.id)).where(Survey.kind == "baseline")
              .group_by(Survey.person_id))
    for pid, cents in s.connection().execute(select(Survey.person_id, Survey.monthly_income_cents)
                                .where(Survey.id.in_(latest))):
        if pid in people:
            people[pid]["baseline_income_cents"] = cents
    for pid in completed(s, *cohorts_ending):
        if pid in people:
            people[pid]["completed"] = True
    previous = func.lag
    order = (PayTerms.effective_from, PayTerms.id)
    terms = s.connection().execute(select(
        PayTerms.person_id, PayTerms.effective_from, PayTerms.kind, PayTerms.amount_cents,
        PayTerms.job_category,
        previous(PayTerms.kind).over(partition_by=PayTerms.person_id, order_by=order),
        previous(PayTerms.amount_cents).over(partition_by=PayTerms.person_id, order_by=order),
        previous(PayTerms.job_category).over(partition_by=PayTerms.person_id, order_by=order),
    )).all()
    return Base(people, [tuple(t) for t in terms])  # type: ignore[misc]


def _spells(s: Session, people: dict[int, dict[str, Any]]) -> None:
    """Employment spells and training dates from the stage history, in one ordered pass."""
    q = (select(StageChange.person_id, StageChange.from_stage, StageChange.to_stage,
                StageChange.changed_on, StageChange.exit_kind)
         .order_by(StageChange.person_id, StageChange.changed_on, StageChange.id))
    current: int | None = None
    spells: list[Employment] = []
    open_since: date | None = None
    facts: dict[str, Any] = {}

    def close() -> None:
        if facts:
            if open_since is not None:
                spells.append(Employment(open_since))
            facts["employments"] = tuple(spells)

    for pid, _from, to, on, kind in s.connection().execute(q):
        if pid != current:
            close()
            current, spells, open_since = pid, [], None
            facts = people.get(pid, {})
            if facts:
                facts["applied_on"] = on
        if not facts:
            continue
        if to == "trainee" and facts.get("trained_from") is None:
            facts["trained_from"] = on
        if open_since is not None and to != "worker":
            spells.append(Employment(open_since, on, kind))
            open_since = None
        elif to == "worker" and open_since is None:
            open_since = on
        elif to == "alumnus" and _from == "trainee":
            facts["left_training_on"], facts["left_training_kind"] = on, kind
    close()


def completed(s: Session, first: date, last: date) -> set[int]:
    """People who completed a cohort ending between ``first`` and ``last`` (the training
    feature's rule: every module passed, attendance at the threshold)."""
    cohorts = list(s.execute(select(Cohort).where(Cohort.end_date >= first,
                                                  Cohort.end_date <= last)).scalars())
    if not cohorts:
        return set()
    _plans, progress, _sessions = training_progress.progress_of(s, cohorts)
    return {t.person_id for trainees in progress.values() for t in trainees if t.complete}


@dataclass
class PeriodFacts:
    people: list[PersonFacts]
    earnings_source: dict[int, str] = field(default_factory=dict)  # payslip | survey


def for_period(s: Session, base: Base, start: date, end: date, zone: ZoneInfo) -> PeriodFacts:
    """Everybody's facts for the period ``start``–``end`` (both included)."""
    extra: dict[int, dict[str, Any]] = defaultdict(dict)
    q = (select(RollCall.person_id, func.sum(TrainingSession.minutes))
         .join(TrainingSession, TrainingSession.id == RollCall.session_id)
         .where(RollCall.status.in_(("present", "late")),
                TrainingSession.held_on >= start, TrainingSession.held_on <= end)
         .group_by(RollCall.person_id))
    for pid, minutes in s.connection().execute(q):
        extra[pid]["training_minutes"] = int(minutes or 0)
    source: dict[int, str] = {}
    since = end - timedelta(days=SURVEY_FALLBACK_DAYS)
    for pid, cents in _latest_surveys(s, Survey.monthly_income_cents, since, end, FOLLOW_UPS):
        extra[pid]["current_income_cents"] = int(cents)
        source[pid] = "survey"
    for pid, cents in _latest_payslips(s, start, end):
        extra[pid]["current_income_cents"] = int(cents)
        source[pid] = "payslip"
    for pid, n in _latest_surveys(s, Survey.income_dependents, None, end, None):
        extra[pid]["dependents"] = int(n)
    for pid in _raised(base, start, end):
        extra[pid]["promoted"] = True
    revoked = select(CertificateRevocation.certificate_id)
    q = (select(Certificate.person_id, func.count())
         .where(Certificate.kind == "skill", Certificate.issued_on >= start,
                Certificate.issued_on <= end, Certificate.id.not_in(revoked))
         .group_by(Certificate.person_id))
    for pid, n in s.connection().execute(q):
        extra[pid]["skill_certificates"] = int(n)
    window_end = day_start(end + timedelta(days=1), zone)
    window_start = day_start(end - timedelta(days=FTE_WINDOW_DAYS - 1), zone)
    minutes = _minutes(s, Shift.ends_at, Shift.starts_at) - Shift.break_minutes
    q = (select(Shift.person_id, func.sum(minutes))
         .where(Shift.starts_at >= window_start, Shift.starts_at < window_end)
         .group_by(Shift.person_id))
    weeks = FTE_WINDOW_DAYS // 7
    for pid, total in s.connection().execute(q):
        extra[pid]["planned_week_minutes"] = max(0, int(total or 0)) // weeks
    facts = [PersonFacts(**values, **extra[pid]) if pid in extra else PersonFacts(**values)
             for pid, values in base.people.items()]
    return PeriodFacts(facts, source)


def _latest_surveys(s: Session, column: Any, since: date | None, end: date,
                    kinds: Iterable[str] | None) -> list[tuple[int, int]]:
    """(person, value) of each person's latest survey with ``column`` recorded by ``end``."""
    conditions = [column.is_not(None), Survey.taken_on <= end]
    if since is not None:
        conditions.append(Survey.taken_on > since)
    if kinds is not None:
        conditions.append(Survey.kind.in_(tuple(kinds)))
    ranked = (select(Survey.person_id, column.label("value"), func.row_number().over(
        partition_by=Survey.person_id, order_by=(Survey.taken_on.desc(), Survey.id.desc())
    ).label("n")).where(*conditions).subquery())
    return [(pid, v) for pid, v in s.connection().execute(
        select(ranked.c.person_id, ranked.c.value).where(ranked.c.n == 1))]


def _latest_payslips(s: Session, start: date, end: date) -> list[tuple[int, int]]:
    """(person, gross) of each person's latest closed monthly payslip ending in the period
    (the latest period, then the highest payslip id). Read oldest first, so the last row of a
    person is the one kept: one pass over the periods' payslips, no window function."""
    rows = s.connection().execute(
        select(Payslip.person_id, Payslip.gross_cents)
        .join(PayPeriod, PayPeriod.id == Payslip.period_id)
        .where(PayPeriod.state == "closed", PayPeriod.kind == "monthly",
               PayPeriod.ends_on >= start, PayPeriod.ends_on <= end)
        .order_by(PayPeriod.ends_on, Payslip.id)).all()
    return list(dict(rows).items())  # type: ignore[arg-type]


def _raised(base: Base, start: date, end: date) -> set[int]:
    """People with new pay terms in the period that raised their pay (same kind, a higher
    amount) or moved them to another job category without lowering it."""
    found = set()
    for pid, on, kind, amount, category, was_kind, was_amount, was_category in base.pay_terms:
        if not start <= on <= end or was_kind is None or was_amount is None:
            continue
        same_kind = kind == was_kind
        raised = same_kind and amount > was_amount
        moved = (category or "") != (was_category or "") and (not same_kind
                                                              or amount >= was_amount)
        if raised or moved:
            found.add(pid)
    return found


def operations_facts(s: Session, start: date, end: date, zone: ZoneInfo,
                     today: date) -> OperationsFacts:
    since, until = day_start(start, zone), day_start(end + timedelta(days=1), zone)
    checked, errors = s.execute(
        select(func.coalesce(func.sum(QaCheck.checked), 0),
               func.coalesce(func.sum(QaCheck.errors), 0))
        .where(QaCheck.round == 1, QaCheck.checked_at >= since, QaCheck.checked_at < until)
    ).one()
    batches = s.connection().execute(select(Batch.due_on, Batch.delivered_on)
                        .where(Batch.due_on >= start, Batch.due_on <= end)).all()
    due, on_time = on_time_counts(((d, v) for d, v in batches), start, end, today)
    in_period = (Shift.starts_at >= since, Shift.starts_at < until)
    minutes = _minutes(s, Shift.ends_at, Shift.starts_at) - Shift.break_minutes
    paid = s.execute(select(func.coalesce(func.sum(minutes), 0)).where(*in_period)
                     ).scalar_one()
    rostered = (select(Shift.person_id.label("person_id"),
                       _local_date(s, Shift.starts_at, zone, start).label("day"))
                .where(*in_period).group_by(Shift.person_id, "day").subquery())
    worked = s.execute(
        select(func.coalesce(func.sum(WorkLog.minutes), 0))
        .join(rostered, (rostered.c.person_id == WorkLog.person_id)
              & (rostered.c.day == WorkLog.worked_on))
        .where(WorkLog.worked_on >= start, WorkLog.worked_on <= end)).scalar_one()
    now = datetime.now(UTC)
    down = 0
    for began, ended in s.connection().execute(select(Downtime.starts_at, Downtime.ends_at).where(
            Downtime.starts_at < until,
            case((Downtime.ends_at.is_(None), True), else_=Downtime.ends_at > since))):
        stop = min(ended or now, until)
        begin = max(began, since)
        if stop > begin:
            down += int((stop - begin).total_seconds() // 60)
    return OperationsFacts(int(checked), int(errors), due, on_time, int(worked),
                           max(0, int(paid)), down)

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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, DateTime, case, cast, func, literal, select, type_coerce
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
_ID_SPAN = 1 << 40  # above any row id: rank × span + id orders by rank, then id


def centre_zone(s: Session) -> tuple[str, str, ZoneInfo]:
    """(centre name, currency, time zone)."""
    row = s.execute(select(Centre.name, Centre.currency, Centre.time_zone).limit(1)).first()
    name, currency, zone = row if row is not None else ("", "KES", "Africa/Nairobi")
    try:
        return name, currency or "KES", ZoneInfo(zone or "Africa/Nairobi")
    except (KeyError, ValueError):
        return name, currency or "KES", ZoneInfo("Africa/Nairobi")


@dataclass(frozen=True)
class Origin:
    """One centre's records at head office (``issp report impact --centre``): selects of the
    ids of its people, batches and downtime (``exchange_centres.origin_ids``)."""

    people: Any
    batches: Any
    downtime: Any


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant the centre's local ``day`` begins."""
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def _minutes(s: Session, later: Any, earlier: Any) -> Any:
    """SQL for the whole minutes between two instants, on SQLite (ISO text) or PostgreSQL."""
    if s.get_bind().dialect.name == "postgresql":
        instant = DateTime(timezone=True)  # timestamptz arithmetic (not the UTC text type's)
        return func.extract("epoch", type_coerce(later, instant)
                            - type_coerce(earlier, instant)) / 60
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
    surveys: list[tuple[int, date, str, int | None, int | None]] = field(default_factory=list)
    # every survey (person, taken on, kind, monthly income, dependents), oldest first per
    # person (by taken_on, then id): each period picks its latest from them


def base_facts(s: Session, cohorts_ending: tuple[date, date],
               origin: Origin | None = None) -> Base:
    """Everybody's facts that do not depend on the period (``origin``: only one centre's
    people). Completion is worked out (by ``training_progress``, the training feature's own
    rule) for the cohorts ending between ``cohorts_ending``."""
    people: dict[int, dict[str, Any]] = {}
    q = (select(Person.id, Person.gender, Person.has_disability, Person.date_of_birth,
                Person.county, Cohort.end_date)
         .outerjoin(Cohort, Cohort.id == Person.cohort_id))
    if origin is not None:
        q = q.where(Person.id.in_(origin.people))
    for pid, gender, disabled, born, county, cohort_end in s.connection().execute(q):
        people[pid] = {"person_id": pid, "gender": gender or "", "has_disability":
                       bool(disabled), "birth_date": born, "county": county or "",
                       "cohort_end": cohort_end}
    _spells(s, people)
    for (pid,) in s.connection().execute(select(EligibilityRecord.person_id).distinct()):
        if pid in people:
            people[pid]["impact_worker"] = True
    surveys = s.connection().execute(
        select(Survey.person_id, Survey.taken_on, Survey.kind, Survey.monthly_income_cents,
               Survey.income_dependents, Survey.id)
        .order_by(Survey.person_id, Survey.taken_on, Survey.id)).all()
    baselines: dict[int, tuple[int, int | None]] = {}  # person -> (id, income) of the latest
    for pid, _on, kind, cents, _n, sid in surveys:
        if kind == "baseline" and sid > baselines.get(pid, (0, None))[0]:
            baselines[pid] = (sid, cents)  # the baseline recorded last (highest id)
    for pid, (_sid, cents) in baselines.items():
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
    return Base(people, [tuple(t) for t in terms],  # type: ignore[misc]
                [(pid, on, kind, cents, n) for pid, on, kind, cents, n, _sid in surveys])


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
    return training_progress.completers(s, cohorts)


@dataclass
class PeriodFacts:
    people: list[PersonFacts]
    earnings_source: dict[int, str] = field(default_factory=dict)  # payslip | survey


def for_period(s: Session, base: Base, start: date, end: date, zone: ZoneInfo,
               shifts: ShiftFacts | None = None) -> PeriodFacts:
    """Everybody's facts for the period ``start``–``end`` (both included); ``shifts``: the
    period's ``shift_facts`` when already read."""
    extra: dict[int, dict[str, Any]] = defaultdict(dict)
    held = (TrainingSession.held_on >= start, TrainingSession.held_on <= end)
    # the cohorts condition changes nothing but lets a store without statistics (never
    # ANALYZEd) find the sessions by the (cohort, day) index instead of walking all roll-call
    cohorts = select(TrainingSession.cohort_id).where(*held)
    q = (select(RollCall.person_id, func.sum(TrainingSession.minutes))
         .join(TrainingSession, TrainingSession.id == RollCall.session_id)
         .where(RollCall.status.in_(("present", "late")), *held,
                TrainingSession.cohort_id.in_(cohorts))
         .group_by(RollCall.person_id))
    for pid, minutes in s.connection().execute(q):
        extra[pid]["training_minutes"] = int(minutes or 0)
    source: dict[int, str] = {}
    since = end - timedelta(days=SURVEY_FALLBACK_DAYS)
    incomes, dependents = _latest_surveys(base, since, end)
    for pid, cents in incomes.items():
        extra[pid]["current_income_cents"] = int(cents)
        source[pid] = "survey"
    for pid, cents in _latest_payslips(s, start, end):
        extra[pid]["current_income_cents"] = int(cents)
        source[pid] = "payslip"
    for pid, n in dependents.items():
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
    if shifts is None:
        shifts = shift_facts(s, start, end, zone)
    for pid, week in shifts.planned_week_minutes.items():
        extra[pid]["planned_week_minutes"] = week
    facts = [PersonFacts(**values, **extra[pid]) if pid in extra else PersonFacts(**values)
             for pid, values in base.people.items()]
    return PeriodFacts(facts, source)


def _latest_surveys(base: Base, since: date, end: date) -> tuple[dict[int, int],
                                                                   dict[int, int]]:
    """Each person's latest (by date taken, then id) follow-up monthly income taken after
    ``since`` up to ``end``, and latest recorded income dependents up to ``end``: one pass
    over the surveys read once for the report (the rows are oldest first, so the last match
    of a person is the latest)."""
    incomes: dict[int, int] = {}
    dependents: dict[int, int] = {}
    follow_ups = frozenset(FOLLOW_UPS)
    for pid, on, kind, cents, n in base.surveys:
        if on > end:
            continue
        if n is not None:
            dependents[pid] = n
        if cents is not None and on > since and kind in follow_ups:
            incomes[pid] = cents
    return incomes, dependents


def _latest_payslips(s: Session, start: date, end: date) -> list[tuple[int, int]]:
    """(person, gross) of each person's latest closed monthly payslip ending in the period
    (the latest period, then the highest payslip id). The few periods are read first and
    ranked by their end; SQL then keeps, per person, the payslip with the highest
    ``rank × 2⁴⁰ + id`` (a key sorting like ``(ends_on, id)``), grouping on the period index's
    rows (``person_id + 0``: no walk of every payslip in person order)."""
    periods = s.connection().execute(
        select(PayPeriod.id, PayPeriod.ends_on)
        .where(PayPeriod.state == "closed", PayPeriod.kind == "monthly",
               PayPeriod.ends_on >= start, PayPeriod.ends_on <= end)).all()
    if not periods:
        return []
    ends = {e: n for n, e in enumerate(sorted({e for _, e in periods}), start=1)}
    rank = cast(case({pid: ends[e] for pid, e in periods}, value=Payslip.period_id), BigInteger)
    span = literal(_ID_SPAN, BigInteger)
    latest = (select(func.max(rank * span + Payslip.id) % span)
              .where(Payslip.period_id.in_([pid for pid, _ in periods]))
              .group_by(Payslip.person_id + 0))
    return [(pid, cents) for pid, cents in s.connection().execute(
        select(Payslip.person_id, Payslip.gross_cents).where(Payslip.id.in_(latest)))]


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


@dataclass(frozen=True)
class ShiftFacts:
    """What the planned shifts of a period give: paid minutes (shifts starting in the period,
    less breaks), productive minutes (work logs of the period on a day the worker had such a
    shift) and each person's planned minutes a week (shifts starting in the last
    ``FTE_WINDOW_DAYS`` days of the period, ÷ the weeks in them)."""

    paid_minutes: int
    productive_minutes: int
    planned_week_minutes: dict[int, int]


def shift_facts(s: Session, start: date, end: date, zone: ZoneInfo,
                origin: Origin | None = None) -> ShiftFacts:
    """Each shift's minutes worked out once: the last ``FTE_WINDOW_DAYS`` days grouped by
    person (and by whether in the period, for a period shorter than that), the period's
    earlier shifts summed without grouping; then the period's work logs. Used by the period's
    figures and by its operations figures. (Grouping every shift by person and day would
    sort a year of shifts where only four weeks need grouping.)"""
    since, until = day_start(start, zone), day_start(end + timedelta(days=1), zone)
    window_start = day_start(end - timedelta(days=FTE_WINDOW_DAYS - 1), zone)
    minutes = _minutes(s, Shift.ends_at, Shift.starts_at) - Shift.break_minutes
    mine = [] if origin is None else [Shift.person_id.in_(origin.people)]
    paid: Any = 0  # summed exactly (floats of whole minutes, or Decimals), as SQL sums
    if since < window_start:  # the period's shifts before the last weeks: not grouped
        paid += s.connection().execute(
            select(func.coalesce(func.sum(minutes), 0))
            .where(Shift.starts_at >= since, Shift.starts_at < window_start, *mine)
        ).scalar_one()
    in_period = (Shift.starts_at >= since).label("in_period")
    q = (select(Shift.person_id, in_period, func.sum(minutes))
         .where(Shift.starts_at >= window_start, Shift.starts_at < until, *mine)
         .group_by(Shift.person_id, in_period))
    window: dict[int, Any] = {}
    for pid, part_of_period, total in s.connection().execute(q):
        total = total or 0
        window[pid] = window.get(pid, 0) + total
        if part_of_period:
            paid += total
    weeks = FTE_WINDOW_DAYS // 7
    planned = {pid: max(0, int(total)) // weeks for pid, total in window.items()}
    return ShiftFacts(max(0, int(paid)),
                      _productive(s, start, end, zone, since, until, origin), planned)


def _productive(s: Session, start: date, end: date, zone: ZoneInfo, since: datetime,
                until: datetime, origin: Origin | None = None) -> int:
    """Work-log minutes of the period on days (the centre's local date) the worker had a shift
    starting in the period: driven by the work logs, each looking up that person's shifts of
    the three UTC days around the day (the index range) whose local date is the day."""
    day = WorkLog.worked_on
    if s.get_bind().dialect.name == "postgresql":
        near = (day - timedelta(days=1), day + timedelta(days=2))
    else:
        near = (func.date(day, "-1 day"), func.date(day, "+2 days"))
    rostered = (select(Shift.id)
                .where(Shift.person_id == WorkLog.person_id, Shift.starts_at >= since,
                       Shift.starts_at < until, Shift.starts_at >= near[0],
                       Shift.starts_at < near[1],
                       _local_date(s, Shift.starts_at, zone, start) == day)
                .exists())
    mine = [] if origin is None else [WorkLog.person_id.in_(origin.people)]
    worked = s.execute(select(func.coalesce(func.sum(WorkLog.minutes), 0))
                       .where(day >= start, day <= end, rostered, *mine)).scalar_one()
    return int(worked)


def operations_facts(s: Session, start: date, end: date, zone: ZoneInfo, today: date,
                     shifts: ShiftFacts | None = None,
                     origin: Origin | None = None) -> OperationsFacts:
    """Centre-wide operations figures for the period (``origin``: one centre's); ``shifts``:
    the period's ``shift_facts`` when already read."""
    since, until = day_start(start, zone), day_start(end + timedelta(days=1), zone)
    checks = [] if origin is None else [QaCheck.batch_id.in_(origin.batches)]
    checked, errors = s.execute(
        select(func.coalesce(func.sum(QaCheck.checked), 0),
               func.coalesce(func.sum(QaCheck.errors), 0))
        .where(QaCheck.round == 1, QaCheck.checked_at >= since, QaCheck.checked_at < until,
               *checks)
    ).one()
    mine = [] if origin is None else [Batch.id.in_(origin.batches)]
    batches = s.connection().execute(select(Batch.due_on, Batch.delivered_on)
                        .where(Batch.due_on >= start, Batch.due_on <= end, *mine)).all()
    due, on_time = on_time_counts(((d, v) for d, v in batches), start, end, today)
    if shifts is None:
        shifts = shift_facts(s, start, end, zone, origin)
    now = datetime.now(UTC)
    down = 0
    stopped = [] if origin is None else [Downtime.id.in_(origin.downtime)]
    for began, ended in s.connection().execute(select(Downtime.starts_at, Downtime.ends_at).where(
            Downtime.starts_at < until, *stopped,
            case((Downtime.ends_at.is_(None), True), else_=Downtime.ends_at > since))):
        stop = min(ended or now, until)
        begin = max(began, since)
        if stop > begin:
            down += int((stop - begin).total_seconds() // 60)
    return OperationsFacts(int(checked), int(errors), due, on_time, shifts.productive_minutes,
                           shifts.paid_minutes, down)

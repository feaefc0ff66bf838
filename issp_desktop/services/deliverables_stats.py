"""Figures other features and the Productivity tab read: production accuracy per person (the
certificates feature's evidence), accepted units per person and project (piece-rate pay), and
units per hour with accuracy per worker over time.

Rules, as the functions below apply them:

- **Production accuracy** of a person: the first-round quality checks (round 1, before any
  rework) of every batch the person was assigned to. Each batch counts whole for each of its
  workers (no split by work-log share): the check samples the batch, not one worker's part.
- **Accepted units**: a person's work-log units on batches the client *accepted*, counted in the
  period in which the batch was accepted (``batch.decided_on``), so a pay period that is closed
  never changes when a client answers late. Rejected or not yet accepted batches count nothing.
  Logged units count as they are (a batch logged past its expected units was confirmed so).
- **Excluding downtime**: a work log says a day and the minutes spent. For each person and day,
  the minutes of recorded downtime (power, internet, platform) that overlap that person's
  planned shifts starting that day (centre's local date) are taken off the minutes logged that
  day, never below zero. A day without a planned shift loses nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session

from issp_desktop.db.models import Centre, Downtime, Person, Shift
from issp_desktop.db.models.deliverables import (
    Batch,
    BatchWorker,
    Client,
    Project,
    QaCheck,
    WorkLog,
)
from issp_desktop.domain import deliverables as rules
from issp_desktop.domain.access import Permission
from issp_desktop.errors import ValidationError
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.deliverables_types import (
    AcceptedUnits,
    ProductionAccuracy,
    ProductivityPoint,
    ProductivityRow,
)

_CHUNK = 500


def centre_zone(s: Session) -> ZoneInfo:
    name = s.execute(select(Centre.time_zone).limit(1)).scalar_one_or_none()
    try:
        return ZoneInfo(name or "Africa/Nairobi")
    except (KeyError, ValueError):
        return ZoneInfo("Africa/Nairobi")


def _instant(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def _check_period(start: date, end: date) -> None:
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError("period", "needs a start and an end date")
    if end < start:
        raise ValidationError("period", f"ends ({end.isoformat()}) before it starts "
                              f"({start.isoformat()})")


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for at in range(0, len(ids), _CHUNK):
        yield ids[at:at + _CHUNK]


def downtime_minutes(s: Session, start: date, end: date,
                     person_ids: Sequence[int] | None = None) -> dict[tuple[int, date], int]:
    """Minutes to take off each (person, day)'s logged minutes (see the module's rule)."""
    zone = centre_zone(s)
    lo, hi = _instant(start, zone), _instant(end + timedelta(days=1), zone)
    now = datetime.now(UTC)
    outages = [(a, b or now) for a, b in s.execute(
        select(Downtime.starts_at, Downtime.ends_at)
        .where(Downtime.starts_at < hi, or_(Downtime.ends_at.is_(None), Downtime.ends_at > lo)))]
    if not outages:
        return {}
    overlap: dict[tuple[int, date], int] = defaultdict(int)
    for a, b in outages:
        q = select(Shift.person_id, Shift.starts_at, Shift.ends_at).where(
            Shift.starts_at < b, Shift.ends_at > a,
            Shift.starts_at >= lo - timedelta(days=1), Shift.starts_at < hi)
        if person_ids is not None:
            q = q.where(Shift.person_id.in_(list(person_ids)))
        for pid, s_at, e_at in s.execute(q):
            minutes = int((min(b, e_at) - max(a, s_at)).total_seconds() // 60)
            day = s_at.astimezone(zone).date()
            if minutes > 0 and start <= day <= end:
                overlap[(pid, day)] += minutes
    if not overlap:
        return {}
    days = sorted({d for _, d in overlap})
    logged = {(p, d): int(m) for p, d, m in s.execute(
        select(WorkLog.person_id, WorkLog.worked_on, func.sum(WorkLog.minutes))
        .where(WorkLog.worked_on.in_(days)).group_by(WorkLog.person_id, WorkLog.worked_on))}
    return {key: min(m, logged[key]) for key, m in overlap.items() if logged.get(key)}


def _names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(ids))
    out: dict[int, str] = {}
    for chunk in _chunks(ids):
        out.update((i, f"{f} {la}") for i, f, la in s.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(chunk))))
    return out


def _accuracy(checked: int, errors: int) -> int | None:
    return (checked - errors) * rules.BP // checked if checked > 0 else None


class StatsUseCases(Service):
    @use_case("deliverables.production_accuracy", Permission.DELIVERABLES_VIEW)
    def production_accuracy(self, person_ids: Sequence[int]) -> dict[int, ProductionAccuracy]:
        """Per person asked for: the first-round quality checks of the batches they were
        assigned to (each batch whole; see the module's rule). A person without any checked
        batch gets ``batches=0`` and ``accuracy_bp=None``."""
        ids = sorted({int(i) for i in person_ids or ()})
        found: dict[int, tuple[int, int, int]] = {}
        with self.db.read() as s:
            for chunk in _chunks(ids):
                for pid, n, checked, errors in s.execute(
                        select(BatchWorker.person_id, func.count(QaCheck.id),
                               func.sum(QaCheck.checked), func.sum(QaCheck.errors))
                        .join(QaCheck, and_(QaCheck.batch_id == BatchWorker.batch_id,
                                            QaCheck.round == 1))
                        .where(BatchWorker.person_id.in_(chunk))
                        .group_by(BatchWorker.person_id)):
                    found[pid] = (int(n), int(checked or 0), int(errors or 0))
        out: dict[int, ProductionAccuracy] = {}
        for pid in ids:
            n, checked, errors = found.get(pid, (0, 0, 0))
            out[pid] = ProductionAccuracy(pid, n, checked, errors, _accuracy(checked, errors))
        return out

    @use_case("deliverables.accepted_units", Permission.PAY_VIEW)
    def accepted_units(self, start: date, end: date) -> list[AcceptedUnits]:
        """Per person and project: work-log units on batches the client accepted between
        ``start`` and ``end`` (both included, by the acceptance date), with the project's piece
        rate. Rejected and undecided batches count nothing. Needs PAY_VIEW: units times rates
        are pay."""
        _check_period(start, end)
        with self.db.read() as s:
            rows = s.execute(
                select(WorkLog.person_id, Batch.project_id, Project.name, Client.name,
                       Project.piece_rate_cents, func.sum(WorkLog.units))
                .join(Batch, Batch.id == WorkLog.batch_id)
                .join(Project, Project.id == Batch.project_id)
                .join(Client, Client.id == Project.client_id)
                .where(Batch.status == rules.Status.ACCEPTED.value,
                       Batch.decided_on >= start, Batch.decided_on <= end)
                .group_by(WorkLog.person_id, Batch.project_id, Project.name, Client.name,
                          Project.piece_rate_cents)
                .order_by(WorkLog.person_id, Batch.project_id)).all()
        return [AcceptedUnits(int(p), int(pr), name, client, int(units), rate)
                for p, pr, name, client, rate, units in rows]

    @use_case("deliverables.productivity", Permission.DELIVERABLES_VIEW)
    def productivity(self, start: date, end: date,
                     person_ids: Sequence[int] | None = None) -> list[ProductivityRow]:
        """Per worker with work logs between ``start`` and ``end``: units, minutes (downtime
        taken off), units per hour, and the first-round accuracy of the checks made in the
        period on batches they were assigned to; busiest first."""
        _check_period(start, end)
        wanted = None if person_ids is None else [int(i) for i in person_ids]
        with self.db.read() as s:
            q = (select(WorkLog.person_id, func.sum(WorkLog.units), func.sum(WorkLog.minutes))
                 .where(WorkLog.worked_on >= start, WorkLog.worked_on <= end)
                 .group_by(WorkLog.person_id))
            if wanted is not None:
                q = q.where(WorkLog.person_id.in_(wanted))
            work = {int(p): (int(u), int(m)) for p, u, m in s.execute(q)}
            lost: dict[int, int] = defaultdict(int)
            for (pid, _), m in downtime_minutes(s, start, end, wanted).items():
                lost[pid] += m
            zone = centre_zone(s)
            qa = self._period_checks(s, _instant(start, zone),
                                     _instant(end + timedelta(days=1), zone), wanted)
            names = _names(s, work)
        rows = []
        for pid, (units, minutes) in work.items():
            down = min(lost.get(pid, 0), minutes)
            batches, checked, errors, reworked = qa.get(pid, (0, 0, 0, 0))
            rows.append(ProductivityRow(
                pid, names.get(pid, f"#{pid}"), units, minutes, down,
                rules.units_per_hour_x100(units, minutes - down), batches, checked, errors,
                _accuracy(checked, errors), reworked))
        rows.sort(key=lambda r: (-r.units, r.name))
        return rows

    @staticmethod
    def _period_checks(s: Session, lo: datetime, hi: datetime, wanted: list[int] | None
                       ) -> dict[int, tuple[int, int, int, int]]:
        first = QaCheck.round == 1
        q = (select(BatchWorker.person_id, func.count(func.distinct(QaCheck.batch_id)),
                    func.sum(case((first, QaCheck.checked), else_=0)),
                    func.sum(case((first, QaCheck.errors), else_=0)),
                    func.count(func.distinct(case((QaCheck.passed.is_(False),
                                                   QaCheck.batch_id)))))
             .join(BatchWorker, BatchWorker.batch_id == QaCheck.batch_id)
             .where(QaCheck.checked_at >= lo, QaCheck.checked_at < hi)
             .group_by(BatchWorker.person_id))
        if wanted is not None:
            q = q.where(BatchWorker.person_id.in_(wanted))
        return {int(p): (int(n), int(c or 0), int(e or 0), int(r or 0))
                for p, n, c, e, r in s.execute(q)}

    @use_case("deliverables.productivity_series", Permission.DELIVERABLES_VIEW)
    def productivity_series(self, person_id: int, start: date, end: date,
                            by: str = "week") -> list[ProductivityPoint]:
        """One worker's units per hour and first-round accuracy per week (Monday) or month."""
        _check_period(start, end)
        if by not in ("week", "month"):
            raise ValidationError("period", f"'{by}' is not week or month")

        def bucket(day: date) -> date:
            if by == "week":
                return day - timedelta(days=day.weekday())
            return day.replace(day=1)

        units: dict[date, int] = defaultdict(int)
        minutes: dict[date, int] = defaultdict(int)
        checked: dict[date, int] = defaultdict(int)
        errors: dict[date, int] = defaultdict(int)
        with self.db.read() as s:
            for day, u, m in s.execute(
                    select(WorkLog.worked_on, func.sum(WorkLog.units), func.sum(WorkLog.minutes))
                    .where(WorkLog.person_id == person_id, WorkLog.worked_on >= start,
                           WorkLog.worked_on <= end).group_by(WorkLog.worked_on)):
                units[bucket(day)] += int(u)
                minutes[bucket(day)] += int(m)
            for (_, day), m in downtime_minutes(s, start, end, [person_id]).items():
                minutes[bucket(day)] -= m
            zone = centre_zone(s)
            for at, c, e in s.execute(
                    select(QaCheck.checked_at, QaCheck.checked, QaCheck.errors)
                    .join(BatchWorker, BatchWorker.batch_id == QaCheck.batch_id)
                    .where(BatchWorker.person_id == person_id, QaCheck.round == 1,
                           QaCheck.checked_at >= _instant(start, zone),
                           QaCheck.checked_at < _instant(end + timedelta(days=1), zone))):
                key = bucket(at.astimezone(zone).date())
                checked[key] += int(c)
                errors[key] += int(e)
        keys = sorted(set(units) | set(checked))
        return [ProductivityPoint(k, units[k], max(minutes[k], 0),
                                  rules.units_per_hour_x100(units[k], max(minutes[k], 0)),
                                  _accuracy(checked[k], errors[k])) for k in keys]

"""Live counts for the dashboard, aggregated in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import select

from issp_desktop.db.models import Centre, ClockEvent, Cohort, Person, Shift
from issp_desktop.db.models.deliverables import Batch
from issp_desktop.domain import deliverables as work
from issp_desktop.domain.access import Permission
from issp_desktop.domain.stages import STAGE_ORDER
from issp_desktop.services.base import Service, use_case


@dataclass(frozen=True)
class DashboardCounts:
    centre_name: str
    people_by_stage: dict[str, int]
    cohorts_running: int
    trainees_in_running_cohorts: int
    shifts_today: int = 0  # shifts starting today (the centre's local day)
    clocked_in_now: int = 0  # people whose latest punch today is a clock-in
    batches_due_this_week: int = 0  # open batches due today or in the next six days
    batches_late: int = 0  # open batches past their due date

    @property
    def people_total(self) -> int:
        return sum(self.people_by_stage.values())


class DashboardService(Service):
    @use_case("dashboard.counts", Permission.PEOPLE_VIEW)
    def counts(self, today: date | None = None) -> DashboardCounts:
        today = today or date.today()
        with self.db.read() as s:
            centre = s.exec(select(Centre.name, Centre.time_zone).order_by(Centre.id)).first()
            name, zone = (centre[0], centre[1]) if centre else ("", "UTC")
            rows = s.exec(select(Person.stage, func.count()).group_by(Person.stage)).all()
            by_stage = {stage.value: 0 for stage in STAGE_ORDER}
            for stage, n in rows:
                by_stage[stage] = by_stage.get(stage, 0) + n
            running = s.exec(
                select(func.count())
                .select_from(Cohort)
                .where(Cohort.start_date <= today, Cohort.end_date >= today)
            ).one()
            in_running = s.exec(
                select(func.count())
                .select_from(Person)
                .join(Cohort, Cohort.id == Person.cohort_id)
                .where(
                    Person.stage == "trainee",
                    Cohort.start_date <= today,
                    Cohort.end_date >= today,
                )
            ).one()
            day_start = datetime.combine(today, time(0), ZoneInfo(zone)).astimezone(UTC)
            day_end = day_start + timedelta(days=1)
            shifts = s.exec(select(func.count()).select_from(Shift).where(
                Shift.starts_at >= day_start, Shift.starts_at < day_end)).one()
            replaced = select(ClockEvent.replaces_id).where(
                ClockEvent.replaces_id.is_not(None))  # type: ignore[union-attr]
            today_punches = (select(ClockEvent.person_id, ClockEvent.kind, ClockEvent.at)
                             .where(ClockEvent.at >= day_start, ClockEvent.at < day_end,
                                    ClockEvent.kind != "void",
                                    ClockEvent.id.not_in(replaced))  # type: ignore[union-attr]
                             .subquery())
            latest = (select(today_punches.c.person_id, func.max(today_punches.c.at).label("at"))
                      .group_by(today_punches.c.person_id).subquery())
            clocked_in = s.exec(select(func.count()).select_from(today_punches).join(
                latest, (latest.c.person_id == today_punches.c.person_id)
                & (latest.c.at == today_punches.c.at)).where(today_punches.c.kind == "in")).one()
            open_statuses = [st.value for st in work.OPEN]
            due_week = s.exec(select(func.count()).select_from(Batch).where(
                Batch.status.in_(open_statuses), Batch.due_on >= today,  # type: ignore[attr-defined]
                Batch.due_on <= today + timedelta(days=6))).one()
            late = s.exec(select(func.count()).select_from(Batch).where(
                Batch.status.in_(open_statuses), Batch.due_on < today)).one()  # type: ignore[attr-defined]
        return DashboardCounts(name, by_stage, running, in_running, shifts, clocked_in,
                               due_week, late)

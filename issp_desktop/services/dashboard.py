"""Live counts for the dashboard, aggregated in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import select

from issp_desktop.db.models import Centre, Cohort, Person
from issp_desktop.domain.access import Permission
from issp_desktop.domain.stages import STAGE_ORDER
from issp_desktop.services.base import Service, use_case


@dataclass(frozen=True)
class DashboardCounts:
    centre_name: str
    people_by_stage: dict[str, int]
    cohorts_running: int
    trainees_in_running_cohorts: int
    # Filled by the roster and deliverables features; None means "not recorded by this version".
    shifts_today: int | None = None
    batches_due_this_week: int | None = None

    @property
    def people_total(self) -> int:
        return sum(self.people_by_stage.values())


class DashboardService(Service):
    @use_case("dashboard.counts", Permission.PEOPLE_VIEW)
    def counts(self, today: date | None = None) -> DashboardCounts:
        today = today or date.today()
        with self.db.read() as s:
            name = s.exec(select(Centre.name).order_by(Centre.id)).first() or ""
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
        return DashboardCounts(name, by_stage, running, in_running)

"""The demo centre: realistic, deterministic data for every feature built so far."""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import (
    Assessment,
    Centre,
    Cohort,
    CohortModule,
    EligibilityRecord,
    Module,
    Person,
    RollCall,
    StageChange,
    Stipend,
    Survey,
    TrainingSession,
    User,
)
from issp_desktop.db.sequences import reset_sequences
from issp_desktop.domain import demo_data as dd
from issp_desktop.domain.access import SYSTEM, Permission, Role
from issp_desktop.domain.stages import ExitKind, Stage
from issp_desktop.domain.text import normalise_national_id
from issp_desktop.errors import DatabaseExistsError, ValidationError
from issp_desktop.services import (
    audit,
    demo_attendance,
    demo_certificates,
    demo_deliverables,
    demo_exchange,
    demo_impact,
    demo_payroll,
    demo_roster,
    demo_training,
)
from issp_desktop.services.base import Context, Service, use_case

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

MAX_DEMO_PEOPLE = 200_000

# Each feature adds its demo rows inside the demo's one transaction, in this order (later ones
# may read what earlier ones wrote): ``build_demo(session, seed, today, now) -> counts``.
DEMO_EXTENSIONS: tuple[Callable[[Session, int, date, datetime], dict[str, int]], ...] = (
    demo_roster.build_demo,
    demo_attendance.build_demo,
    demo_deliverables.build_demo,
    demo_certificates.build_demo,
    demo_impact.build_demo,
)
# Then steps that run the real use cases on the committed demo (each its own transactions),
# e.g. running and closing a year of payroll periods: ``step(ctx, seed, today) -> counts``.
DEMO_AFTER: tuple[Callable[[Context, int, date], dict[str, int]], ...] = (
    demo_payroll.after_demo,
    demo_exchange.after_demo,
)
DEMO_PASSWORD = "demo"  # demo databases only; printed by `issp demo` and listed in the README
DEMO_USERS: tuple[tuple[str, Role, str], ...] = (
    ("manager", Role.MANAGER, "Grace Wanjirũ"),
    ("supervisor", Role.SUPERVISOR, "Peter Otieno"),
    ("trainer", Role.TRAINER, "Mercy Chebet"),
    ("clerk", Role.PAYROLL_CLERK, "Hassan Abdi"),
    ("viewer", Role.VIEWER, "Zoë Achieng'"),
)


class DemoCancelled(Exception):
    """Raised inside the demo build when the user pressed Cancel; nothing is kept."""


@dataclass(frozen=True)
class DemoSummary:
    centre: str
    people: int
    by_stage: dict[str, int]
    cohorts: int
    stage_changes: int
    seed: int
    users: tuple[str, ...] = ()
    modules: int = 0
    assessments: int = 0
    sessions: int = 0
    roll_calls: int = 0
    stipends: int = 0
    surveys: int = 0
    extra: dict[str, int] = field(default_factory=dict)  # counts from the feature extensions

    def lines(self) -> list[str]:
        stages = ", ".join(f"{n} {stage}" for stage, n in self.by_stage.items())
        return [
            f"Demo centre '{self.centre}' (seed {self.seed})",
            f"  people: {self.people} ({stages})",
            f"  cohorts: {self.cohorts} over two years",
            f"  stage history entries: {self.stage_changes}",
            f"  training: {self.modules} modules, {self.sessions} training days, "
            f"{self.roll_calls} roll-call marks, {self.assessments} assessments, "
            f"{self.stipends} stipends",
            f"  impact profile: eligibility and baseline for everybody, {self.surveys} surveys",
            *(f"  {name.replace('_', ' ')}: {count}" for name, count in self.extra.items()),
            f"  users: {', '.join(self.users)} (password '{DEMO_PASSWORD}', demo databases only)",
        ]


def _table(model: type) -> Table:
    """The Core table of a model: bulk inserts through it skip per-row ORM work."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class DemoService(Service):
    def has_data(self) -> bool:
        with self.db.read() as s:
            centres = s.execute(select(func.count()).select_from(Centre)).scalar_one()
            people = s.execute(select(func.count()).select_from(Person)).scalar_one()
        return bool(centres or people)

    @use_case("demo.replace", Permission.USERS_MANAGE)
    def check_may_replace(self) -> None:
        """Replacing a centre that has accounts with a demo is a manager's decision."""

    @use_case("demo.build", None)
    def build(
        self,
        people: int = 400,
        seed: int = 1,
        *,
        today: date | None = None,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> DemoSummary:
        """Fill an empty store with a demo centre. One transaction: all of it, or nothing."""
        if people < 1 or people > MAX_DEMO_PEOPLE:
            raise ValidationError("people", f"must be between 1 and {MAX_DEMO_PEOPLE:,}")
        if self.has_data():
            raise DatabaseExistsError(self.db.location)
        today = today or date.today()
        rng = random.Random(seed)
        now = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC)

        def tick(done: int, total: int, what: str) -> None:
            if cancelled is not None and cancelled():
                raise DemoCancelled()
            if progress is not None:
                progress(done, total, what)

        cohorts = self._cohorts(rng, today, now)
        people_rows, changes = self._people(rng, people, cohorts, today, now, tick)
        tick(people, people, "Making training records")
        demo_training.enrich_people(random.Random(seed * 31 + 7), people_rows, changes)
        training = demo_training.build(seed, cohorts, people_rows, changes, today, now)
        tick(people, people, "Making user accounts")
        hashes = [self.ctx.hasher.hash(DEMO_PASSWORD) for _ in DEMO_USERS]
        users = [{
            "username": name, "display_name": display, "role": role.value,
            "password_hash": digest, "active": True, "must_change_password": False,
            "failed_count": 0, "lock_count": 0, "created_at": now, "updated_at": now,
            "updated_by": "system", "version": 1,
        } for (name, role, display), digest in zip(DEMO_USERS, hashes, strict=True)]
        tick(people, people, "Saving")
        with self.db.write() as s:
            s.execute(
                insert(_table(Centre)),
                [{
                    "name": "Tumaini Digital Skills Centre (demo)",
                    "country": "KE",
                    "time_zone": "Africa/Nairobi",
                    "currency": "KES",
                    "is_demo": True,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": "system",
                    "version": 1,
                }],
            )
            s.execute(insert(_table(User)), users)
            s.execute(insert(_table(Cohort)), cohorts)
            for start in range(0, len(people_rows), 5000):
                s.execute(insert(_table(Person)), people_rows[start:start + 5000])
            for start in range(0, len(changes), 5000):
                s.execute(insert(_table(StageChange)), changes[start:start + 5000])
            for model, rows in ((Module, training.modules), (CohortModule, training.curricula),
                                (TrainingSession, training.sessions),
                                (RollCall, training.roll_calls),
                                (Assessment, training.assessments), (Stipend, training.stipends),
                                (EligibilityRecord, training.eligibility),
                                (Survey, training.surveys)):
                for start in range(0, len(rows), 5000):
                    s.execute(insert(_table(model)), rows[start:start + 5000])
            extra: dict[str, int] = {}
            for extension in DEMO_EXTENSIONS:
                tick(people, people, extension.__module__.rsplit(".", 1)[-1])
                extra.update(extension(s, seed, today, now))
            reset_sequences(s)  # rows above were given their ids (PostgreSQL: move on)
            audit.record(s, self.actor, "demo.build", "centre", 1, None, {
                "people": len(people_rows), "cohorts": len(cohorts), "seed": seed,
                "users": [u["username"] for u in users],
                "assessments": len(training.assessments), "roll_calls": len(training.roll_calls),
            })
        for step in DEMO_AFTER:
            tick(people, people, step.__module__.rsplit(".", 1)[-1])
            # the demo's own steps act as the system, whoever asked for the demo
            extra.update(step(dataclasses.replace(self.ctx, actor=SYSTEM), seed, today))
        self.db.optimize()  # planner statistics for the bulk of rows just written
        by_stage = {st.value: 0 for st in Stage}
        for row in people_rows:
            by_stage[row["stage"]] += 1
        return DemoSummary(
            "Tumaini Digital Skills Centre (demo)", len(people_rows), by_stage, len(cohorts),
            len(changes), seed, tuple(u["username"] for u in users),
            modules=len(training.modules), assessments=len(training.assessments),
            sessions=len(training.sessions), roll_calls=len(training.roll_calls),
            stipends=len(training.stipends), surveys=len(training.surveys), extra=extra,
        )

    @staticmethod
    def _cohorts(rng: random.Random, today: date, now: datetime) -> list[dict[str, Any]]:
        """A new cohort every two months for two years; each runs twelve weeks."""
        rows: list[dict[str, Any]] = []
        first = date(today.year - 2, today.month, 1)
        for i in range(12):
            month = first.month - 1 + i * 2 + 1
            start = date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 6)
            county, places = dd.COUNTIES[i % 3]
            programme = dd.PROGRAMMES[i % len(dd.PROGRAMMES)]
            rows.append({
                "id": i + 1,
                "uid": _uid(rng),
                "name": f"{start:%Y-%m} {places[i % len(places)]} {programme}",
                "start_date": start,
                "end_date": start + timedelta(weeks=12),
                "capacity": 30 if i % 3 else 40,
                "notes": f"Recruited with community partners in {county} County.",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            })
        return rows

    @staticmethod
    def _people(
        rng: random.Random,
        count: int,
        cohorts: list[dict[str, Any]],
        today: date,
        now: datetime,
        tick: Callable[[int, int, str], None],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        people: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        used_ids: set[str] = set()
        for pid in range(1, count + 1):
            if pid % 500 == 0:
                tick(pid, count, "Making people")
            female = rng.random() < 0.58
            first = rng.choice(dd.FEMALE_FIRST if female else dd.MALE_FIRST)
            last = rng.choice(dd.LAST)
            while True:
                nid = str(rng.randint(20_000_000, 39_999_999))
                if nid not in used_ids:
                    used_ids.add(nid)
                    break
            age_days = rng.randint(18 * 365, 34 * 365)
            county, _places = rng.choice(dd.COUNTIES[:4] if rng.random() < 0.9 else dd.COUNTIES)
            phone = f"+2547{rng.randint(0, 99_999_999):08d}"
            # Which cohort: 12% are applicants waiting for the next intake.
            cohort = None if rng.random() < 0.12 else rng.choice(cohorts)
            history: list[tuple[Stage | None, Stage, date, str, str | None]] = []
            if cohort is None:
                applied = today - timedelta(days=rng.randint(1, 60))
                history.append((None, Stage.APPLICANT, applied, "Community referral", None))
                stage = Stage.APPLICANT
                enrolled = None
            else:
                start: date = cohort["start_date"]
                end: date = cohort["end_date"]
                applied = start - timedelta(days=rng.randint(14, 45))
                enrolled = start
                history.append((None, Stage.APPLICANT, applied, "Community referral", None))
                stage = Stage.APPLICANT
                if start <= today:
                    history.append((Stage.APPLICANT, Stage.TRAINEE, start, "Passed typing test",
                                    None))
                    stage = Stage.TRAINEE
                if end < today:
                    r = rng.random()
                    if r < 0.72:
                        hired = end + timedelta(days=rng.randint(3, 21))
                        if hired <= today:
                            history.append((Stage.TRAINEE, Stage.WORKER, hired,
                                            "Completed training; hired", None))
                            stage = Stage.WORKER
                    elif r < 0.85:
                        left = start + timedelta(days=rng.randint(10, 80))
                        kind = rng.choice(list(ExitKind))
                        history.append((Stage.TRAINEE, Stage.ALUMNUS, min(left, today),
                                        rng.choice(dd.EXIT_REASONS[kind.value]), kind.value))
                        stage = Stage.ALUMNUS
                    elif end + timedelta(days=30) < today:
                        history.append((Stage.TRAINEE, Stage.ALUMNUS, end + timedelta(days=30),
                                        "Completed training; not placed",
                                        ExitKind.VOLUNTARY.value))
                        stage = Stage.ALUMNUS
                    if stage is Stage.WORKER and rng.random() < 0.18:
                        hired_on = history[-1][2]
                        left = hired_on + timedelta(days=rng.randint(60, 400))
                        if left < today:
                            kind = ExitKind.POSITIVE if rng.random() < 0.5 else rng.choice(
                                [ExitKind.VOLUNTARY, ExitKind.INVOLUNTARY])
                            history.append((Stage.WORKER, Stage.ALUMNUS, left,
                                            rng.choice(dd.EXIT_REASONS[kind.value]), kind.value))
                            stage = Stage.ALUMNUS
            people.append({
                "id": pid,
                "uid": _uid(rng),
                "first_name": first,
                "last_name": last,
                "other_names": "",
                "national_id": nid,
                "national_id_norm": normalise_national_id(nid),
                "date_of_birth": today - timedelta(days=age_days),
                "gender": "female" if female else "male",
                "phone": phone,
                "county": county,
                "stage": stage.value,
                "cohort_id": cohort["id"] if cohort else None,
                "enrolled_on": enrolled,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            })
            for from_stage, to_stage, on, reason, exit_kind in history:
                changes.append({
                    "person_id": pid,
                    "from_stage": from_stage.value if from_stage else None,
                    "to_stage": to_stage.value,
                    "changed_on": on,
                    "reason": reason,
                    "exit_kind": exit_kind,
                    "recorded_at": now,
                })
        return people, changes

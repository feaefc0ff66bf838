"""Centres for the exchange tests: each a real SQLite store in its own data folder, trusting
the others' keys, with a little of everything exchanged (cohort, module, client, project,
batch, template, people). ``centres`` makes them; ``world`` checks what they hold."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, insert, select

from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.db.models.centre import Centre
from issp_desktop.domain.exchange import EXCHANGED
from issp_desktop.services import Services
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.exchange import tags_of
from issp_desktop.services.exchange_rows import IDENT, table_of
from issp_desktop.services.exchange_scan import scan

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
T0 = datetime(2026, 11, 2, 5, 0, tzinfo=UTC)


@dataclass
class World:
    root: Path
    made: dict[str, Services]

    def file(self, name: str) -> Path:
        return self.root / name

    def key(self, svc: Services) -> str:
        with svc.db.read() as s:
            k = keys.current_key(s)
            assert k is not None
            return k.key_id

    def snapshot(self, svc: Services, origin: str | None = None) -> dict[str, str]:
        """uid → table:content hash of every record held (of ``origin`` only, if given),
        after a scan that refreshes the hashes."""
        with svc.db.write() as s:
            me = keys.make_key(s, "test").key_id
            scan(s, me, tags_of(s))
            stmt = select(IDENT.c.uid, IDENT.c.table_name, IDENT.c.content_hash).where(
                IDENT.c.deleted.is_(False))
            if origin is not None:
                stmt = stmt.where(IDENT.c.origin == origin)
            return {u: f"{t}:{h}" for u, t, h in s.execute(stmt)}

    def rows(self, svc: Services) -> dict[str, int]:
        with svc.db.read() as s:
            return {t.name: int(s.execute(select(func.count()).select_from(
                table_of(t.name))).scalar() or 0) for t in EXCHANGED}

    def identities(self, svc: Services) -> dict[str, int]:
        with svc.db.read() as s:
            found = dict(s.execute(select(IDENT.c.table_name, func.count()).where(
                IDENT.c.deleted.is_(False)).group_by(IDENT.c.table_name)).all())
        return {t.name: int(found.get(t.name, 0)) for t in EXCHANGED}


def seed(svc: Services, people: int = 3) -> dict[str, int]:
    """A cohort, a module, a client with a project and a batch, a shift template and
    ``people`` workers with badge numbers B-001… (the same at every centre, on purpose)."""
    with svc.db.write() as s:
        ids: dict[str, int] = {}

        def add(table: str, **values: Any) -> int:
            return int(s.execute(insert(table_of(table)).values(**values)).inserted_primary_key[0])

        ids["cohort"] = add("cohort", uid=_uid(), name="C-01", start_date=date(2026, 9, 1),
                            end_date=date(2026, 11, 30))
        ids["module"] = add("module", uid=_uid(), name="Typing", kind="typing")
        s.execute(insert(table_of("cohort_module")).values(cohort_id=ids["cohort"],
                                                           module_id=ids["module"]))
        ids["template"] = add("shift_template", uid=_uid(), name="Morning", code="M",
                              start_minute=480, length_minutes=480, break_minutes=30)
        ids["client"] = add("client", name="Acme Data")
        ids["project"] = add("project", client_id=ids["client"], name="Invoices",
                             active_from=date(2026, 9, 1), piece_rate_cents=50)
        ids["batch"] = add("batch", project_id=ids["project"], reference="ACM-001",
                           units_expected=1000, received_on=date(2026, 11, 1),
                           due_on=date(2026, 11, 20))
        for n in range(1, people + 1):
            add_person(s, n, ids["cohort"])
    return ids




def _uid() -> str:
    import uuid

    return str(uuid.uuid4())


def add_person(s: Any, n: int, cohort_id: int | None, stage: str = "worker") -> int:
    return int(s.execute(insert(table_of("person")).values(
        uid=_uid(), first_name=f"Wanjiku{n}", last_name="Mũthoni", stage=stage,
        cohort_id=cohort_id, badge_no=f"B-{n:03d}", national_id=f"2{n:07d}",
        national_id_norm=f"2{n:07d}", phone=f"+2547000{n:05d}")).inserted_primary_key[0])


def add_shift(s: Any, person_id: int, template_id: int, day: int, note: str = "") -> int:
    start = T0 + timedelta(days=day)
    return int(s.execute(insert(table_of("shift")).values(
        uid=_uid(), person_id=person_id, template_id=template_id, starts_at=start,
        ends_at=start + timedelta(hours=8), break_minutes=30, note=note)
    ).inserted_primary_key[0])


@pytest.fixture
def centres(tmp_path: Path) -> Iterator[Callable[..., Services]]:
    """``make(name, people=3, seeded=True)``: a centre with its own store; every centre made
    trusts every other one."""
    made: dict[str, Services] = {}

    def make(name: str, people: int = 3, seeded: bool = True) -> Services:
        folder = tmp_path / name.replace(" ", "_").lower()
        svc = open_services(resolve_paths(folder), create=True)
        svc.ctx.hasher = FAST
        with svc.db.write() as s:
            s.add(Centre(name=name))
        if seeded:
            seed(svc, people)
        key = tmp_path / f"{folder.name}.key"
        svc.certificates.export_public_key(key)
        for other_name, other in made.items():
            other.certificates.trust(key)
            okey = tmp_path / f"{other_name.replace(' ', '_').lower()}.key"
            svc.certificates.trust(okey)
        made[name] = svc
        return svc

    yield make
    for svc in made.values():
        svc.db.dispose()


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, {})

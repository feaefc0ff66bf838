"""Three centres and a head office through many seeded rounds of random edits (people,
shifts, clock events, work logs, batches, stage changes; adds, edits and deletions) and
exchanges in which bundles get lost, arrive late, are imported twice, and acknowledgements go
missing. After one final clean exchange every record of every centre is at head office
exactly once, with the same content, and nothing else is."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, update

from issp_desktop.services import Services
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.exchange import tags_of
from issp_desktop.services.exchange_rows import IDENT, table_of
from issp_desktop.services.exchange_scan import scan

ROUNDS = 30
T0 = datetime(2026, 11, 2, 5, 0, tzinfo=UTC)


def _held(svc: Services, origin: str | None = None) -> dict[str, str]:
    with svc.db.write() as s:
        scan(s, keys.make_key(s, "t").key_id, tags_of(s))
        stmt = select(IDENT.c.uid, IDENT.c.table_name, IDENT.c.content_hash).where(
            IDENT.c.deleted.is_(False))
        if origin is not None:
            stmt = stmt.where(IDENT.c.origin == origin)
        return {u: f"{t}:{h}" for u, t, h in s.execute(stmt)}


def _ids(s: Any, table: str) -> list[int]:
    return list(s.execute(select(table_of(table).c.id).order_by(table_of(table).c.id))
                .scalars())


class Editor:
    """Random edits at one centre, straight into its tables as the services would leave
    them."""

    def __init__(self, svc: Services, rng: random.Random, n: int) -> None:
        self.svc, self.rng, self.n = svc, rng, n
        self.people = 3
        self.tick = 0

    def edit(self) -> None:
        with self.svc.db.write() as s:
            for _ in range(self.rng.randint(1, 4)):
                getattr(self, self.rng.choice(
                    ["add_person", "edit_person", "add_shift", "add_shift", "edit_shift",
                     "delete_shift", "clock", "clock", "work", "work", "delete_work",
                     "edit_batch", "stage"]))(s)

    def _when(self) -> datetime:
        self.tick += 1
        return T0 + timedelta(minutes=37 * self.tick)

    def add_person(self, s: Any) -> None:
        self.people += 1
        import uuid

        n = self.people
        s.execute(insert(table_of("person")).values(
            uid=str(uuid.uuid4()), first_name=f"Akinyi{n}", last_name="Otieno",
            stage="trainee", cohort_id=1, badge_no=f"B-{n:03d}", national_id_norm=f"3{n:07d}"))

    def edit_person(self, s: Any) -> None:
        pid = self.rng.choice(_ids(s, "person"))
        s.execute(update(table_of("person")).where(table_of("person").c.id == pid).values(
            phone=f"+2547{self.rng.randint(10**7, 10**8 - 1)}",
            stage=self.rng.choice(["trainee", "worker", "alumnus"])))

    def add_shift(self, s: Any) -> None:
        import uuid

        start = self._when()
        s.execute(insert(table_of("shift")).values(
            uid=str(uuid.uuid4()), person_id=self.rng.choice(_ids(s, "person")), template_id=1,
            starts_at=start, ends_at=start + timedelta(hours=8), break_minutes=30))

    def edit_shift(self, s: Any) -> None:
        ids = _ids(s, "shift")
        if ids:
            s.execute(update(table_of("shift")).where(
                table_of("shift").c.id == self.rng.choice(ids)).values(
                note=f"note {self.rng.randint(0, 999)}", overtime_approved=True))

    def delete_shift(self, s: Any) -> None:
        ids = _ids(s, "shift")
        if ids:
            s.execute(delete(table_of("shift")).where(
                table_of("shift").c.id == self.rng.choice(ids)))

    def clock(self, s: Any) -> None:
        pid = self.rng.choice(_ids(s, "person"))
        before = _ids(s, "clock_event")
        s.execute(insert(table_of("clock_event")).values(
            person_id=pid, kind=self.rng.choice(["in", "out"]), at=self._when(),
            source="kiosk", replaces_id=self.rng.choice(before) if before and
            self.rng.random() < 0.2 else None))

    def work(self, s: Any) -> None:
        s.execute(insert(table_of("work_log")).values(
            batch_id=1, person_id=self.rng.choice(_ids(s, "person")),
            worked_on=date(2026, 11, 2) + timedelta(days=self.rng.randint(0, 20)),
            units=self.rng.randint(10, 400), minutes=self.rng.randint(30, 480)))

    def delete_work(self, s: Any) -> None:
        ids = _ids(s, "work_log")
        if ids:
            s.execute(delete(table_of("work_log")).where(
                table_of("work_log").c.id == self.rng.choice(ids)))

    def edit_batch(self, s: Any) -> None:
        done = s.execute(select(func.coalesce(func.sum(table_of("work_log").c.units), 0))
                         ).scalar()
        s.execute(update(table_of("batch")).values(units_done=done,
                                                   note=f"round {self.tick}"))

    def stage(self, s: Any) -> None:
        s.execute(insert(table_of("stage_change")).values(
            person_id=self.rng.choice(_ids(s, "person")), from_stage="trainee",
            to_stage="worker", changed_on=date(2026, 11, 2) + timedelta(days=self.tick % 28)))


@pytest.mark.parametrize("seed", [20261129])
def test_centres_converge_at_head_office(centres: Callable[..., Services], tmp_path: Path,
                                         seed: int) -> None:
    rng = random.Random(seed)
    head = centres("Head Office", seeded=False)
    names = ["Kibera Centre", "Mombasa Hub", "Kisumu Lakeside"]
    sites = {name: centres(name) for name in names}
    editors = {name: Editor(svc, rng, i) for i, (name, svc) in enumerate(sites.items())}
    sent: dict[str, list[Path]] = {name: [] for name in names}
    delayed: list[Path] = []
    lost = duplicates = late = resent = 0
    for rnd in range(ROUNDS):
        for name in names:
            editors[name].edit()
            if rng.random() < 0.3:
                continue  # no exchange this round
            bundle = tmp_path / f"{name[:3]}-{rnd}.issp"
            sites[name].exchange.export("Head Office", bundle)
            sent[name].append(bundle)
            fate = rng.random()
            if fate < 0.2:
                lost += 1
                continue
            if fate < 0.35:
                delayed.append(bundle)
                continue
            got = head.exchange.import_file(bundle)
            if rng.random() < 0.2:
                duplicates += 1
                assert head.exchange.import_file(bundle).already_imported
            if rng.random() < 0.75:  # the acknowledgement may get lost too
                sites[name].exchange.import_file(got.ack_path)  # type: ignore[arg-type]
        if delayed and rng.random() < 0.5:
            late += 1
            head.exchange.import_file(delayed.pop(rng.randrange(len(delayed))))
        if rng.random() < 0.2:
            name = rng.choice(names)
            if sent[name]:
                resent += 1  # an old bundle sent again by mistake
                head.exchange.import_file(rng.choice(sent[name]))
    assert lost and duplicates and late and resent  # the seed exercises every mishap
    for name, svc in sites.items():  # one final clean exchange
        final = tmp_path / f"{name[:3]}-final.issp"
        svc.exchange.export("Head Office", final)
        got = head.exchange.import_file(final)
        svc.exchange.import_file(got.ack_path)  # type: ignore[arg-type]
        assert svc.exchange.export("Head Office", tmp_path / "empty.issp").records == 0
    held = _held(head)
    total = 0
    for name, svc in sites.items():
        origin = svc.certificates.public_key().key_id
        theirs = _held(svc, origin)
        assert _held(head, origin) == theirs, name
        total += len(theirs)
    own = _held(head, head.certificates.public_key().key_id)
    assert len(held) == total + len(own)
    with head.db.read() as s:  # exactly once: one row per record, no stray rows
        rows = sum(int(s.execute(select(func.count()).select_from(table_of(t))).scalar() or 0)
                   for t in {v.split(":")[0] for v in held.values()})
    assert rows == len(held)
    assert head.exchange.conflicts() == []
    summary = {c.name: c for c in head.exchange.centres()}
    for name, svc in sites.items():
        mine = {c.name: c for c in svc.exchange.centres()}[name]
        assert summary[name] == replace(mine, own=False)

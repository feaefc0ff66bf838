"""The change journal: triggers on every exchanged table note the rows changed, and a scan
reads only those (counted by the scan, not timed), whatever the centre's history; imported
records are not echoed back; rows never journaled get their identity when pointed at."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, update

from issp_desktop.domain.exchange import EXCHANGED
from issp_desktop.services import Services
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.db_migrate import migrate_to
from issp_desktop.services.exchange import tags_of
from issp_desktop.services.exchange_rows import IDENT, table_of
from issp_desktop.services.exchange_scan import CHANGE, ScanResult, max_seq, scan
from issp_desktop.services.exchange_types import ExchangeCancelledError

Make = Callable[..., Services]


def _scan(svc: Services) -> ScanResult:
    with svc.db.write() as s:
        return scan(s, keys.make_key(s, "t").key_id, tags_of(s))


def _journal(svc: Services) -> list[tuple[str, int, int]]:
    with svc.db.read() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(CHANGE.c.table_name, CHANGE.c.k1, CHANGE.c.k2).order_by(
                CHANGE.c.table_name, CHANGE.c.k1, CHANGE.c.k2))]


def _exchange(a: Services, h: Services, path: Path) -> int:
    sent = a.exchange.export("Head Office", path)
    got = h.exchange.import_file(path)
    a.exchange.import_file(got.ack_path)  # type: ignore[arg-type]
    return sent.records


def _add_history(svc: Services, months: int) -> None:
    """Many months of work logs (the history a scan must not read again)."""
    with svc.db.write() as s:
        rows = [{"batch_id": 1, "person_id": 1 + n % 3,
                 "worked_on": date(2025, 1 + m % 12, 1 + n % 28), "units": 10 + n,
                 "minutes": 60} for m in range(months) for n in range(40)]
        s.execute(insert(table_of("work_log")), rows)


def test_every_exchanged_table_is_journaled(centres: Make) -> None:
    a = centres("Kibera Centre")
    path = a.db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        found = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for spec in EXCHANGED:
        for op in ("ins", "upd", "rekey", "del"):
            assert f"sync_change_{spec.name}_{op}" in found, (spec.name, op)


def test_a_scan_reads_only_the_rows_changed_since_the_last(centres: Make,
                                                          tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    _add_history(a, 24)
    first = _exchange(a, h, tmp_path / "1.issp")
    assert first > 24 * 40 and _journal(a) == []
    assert _scan(a).read == 0  # nothing changed: nothing read

    with a.db.write() as s:  # one record changed, one written back as it was
        s.execute(update(table_of("person")).where(table_of("person").c.id == 2)
                  .values(phone="+254711000222"))
        s.execute(update(table_of("batch")).values(note=""))
    assert _journal(a) == [("batch", 1, 0), ("person", 2, 0)]
    with a.db.write() as s:
        me = keys.make_key(s, "t").key_id
        found = scan(s, me, tags_of(s), lambda seq, at: True, after=max_seq(s))
    assert (found.journaled, found.read, found.hashed, found.changed) == (2, 2, 2, 1)
    assert {t: len(r) for t, r in found.records.items()} == {"person": 1}
    assert _journal(a) == []

    sent = a.exchange.export("Head Office", tmp_path / "2.issp")
    assert sent.records == 1 and sent.by_table == {"person": 1}
    assert h.exchange.import_file(tmp_path / "2.issp").updated == 1


def test_unacknowledged_changes_are_sent_again_without_a_new_scan(centres: Make,
                                                                  tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    _exchange(a, h, tmp_path / "1.issp")
    with a.db.write() as s:
        s.execute(update(table_of("person")).where(table_of("person").c.id == 1)
                  .values(phone="+254711000111"))
    assert a.exchange.export("Head Office", tmp_path / "lost.issp").records == 1
    again = a.exchange.export("Head Office", tmp_path / "again.issp")  # the first was lost
    assert again.by_table == {"person": 1}
    h.exchange.import_file(tmp_path / "again.issp")
    with h.db.read() as s:
        phones = set(s.execute(select(table_of("person").c.phone)).scalars())
    assert "+254711000111" in phones


def test_deleted_rows_and_reused_ids(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    _exchange(a, h, tmp_path / "1.issp")
    with a.db.write() as s:
        s.execute(delete(table_of("cohort_module")))  # a two-column key
        s.execute(delete(table_of("person")).where(table_of("person").c.id == 3))
        s.execute(insert(table_of("person")).values(  # SQLite gives id 3 again
            id=3, uid="3f0c0d52-0000-4000-8000-000000000003", first_name="Neema",
            last_name="Achieng", stage="worker", badge_no="B-103",
            national_id_norm="29999999"))
    assert ("cohort_module", 1, 1) in _journal(a)
    sent = a.exchange.export("Head Office", tmp_path / "2.issp")
    assert sent.by_table == {"cohort_module": 1, "person": 2}  # one gone, one new
    got = h.exchange.import_file(tmp_path / "2.issp")
    assert (got.inserted, got.deleted) == (1, 2)
    with h.db.read() as s:
        names = set(s.execute(select(table_of("person").c.first_name)).scalars())
        assert s.execute(select(func.count()).select_from(table_of("cohort_module"))
                         ).scalar() == 0
    assert "Neema" in names and "Wanjiku3" not in names


def test_imported_records_are_not_journaled_or_echoed(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    _add_history(a, 3)
    _exchange(a, h, tmp_path / "1.issp")
    assert _journal(h) == []
    assert _scan(h).read == 0
    back = h.exchange.export("Kibera Centre", tmp_path / "back.issp")
    assert back.by_table.get("work_log") is None and back.by_table.get("person") is None
    assert _triggers(h) == _triggers(a)  # taken off for the import's inserts, and back
    with h.db.write() as s:  # head office corrects a received record: that is a change
        s.execute(insert(table_of("work_log")).values(
            batch_id=1, person_id=1, worked_on=date(2026, 11, 4), units=5, minutes=30))
        s.execute(update(table_of("person")).where(table_of("person").c.id == 1)
                  .values(phone="+254733000001"))
    assert [t for t, _, _ in _journal(h)] == ["person", "work_log"]
    back = h.exchange.export("Kibera Centre", tmp_path / "back2.issp")
    # (and head office's own error categories, not acknowledged by Kibera yet)
    assert {t: n for t, n in back.by_table.items() if t != "error_category"} == {
        "person": 1, "work_log": 1}


def _triggers(svc: Services) -> dict[str, str]:
    path = svc.db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                 " AND name LIKE 'sync_change_%'").fetchall())


def test_rows_never_journaled_get_an_identity_when_pointed_at(centres: Make,
                                                              tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    with a.db.write() as s:  # as if written before the journal existed
        s.execute(delete(CHANGE))
        s.execute(insert(table_of("work_log")).values(
            batch_id=1, person_id=2, worked_on=date(2026, 11, 3), units=120, minutes=240))
    sent = a.exchange.export("Head Office", tmp_path / "1.issp")
    # the work log, and what it points at: the batch, its project and client, the person
    # and the person's cohort
    assert sent.by_table == {"work_log": 1, "batch": 1, "project": 1, "client": 1,
                             "person": 1, "cohort": 1}
    got = h.exchange.import_file(tmp_path / "1.issp")
    assert got.inserted == 6 and got.conflicts == 0
    assert a.exchange.identity("module", 1).origin == "Kibera Centre"  # asked for: given
    with a.db.read() as s:
        ids = dict(s.execute(select(IDENT.c.table_name, func.count()).group_by(
            IDENT.c.table_name)).all())
    assert ids["module"] == 1 and ids["person"] == 1


def test_the_journal_survives_a_cancelled_export(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    centres("Head Office", seeded=False)
    before = _journal(a)
    assert len(before) > 10
    calls = [0]

    def cancelled() -> bool:  # Cancel pressed after the scan, while the file is written
        calls[0] += 1
        return calls[0] > len(EXCHANGED)

    with pytest.raises(ExchangeCancelledError):
        a.exchange.export("Head Office", tmp_path / "x.issp", cancelled=cancelled)
    assert calls[0] == len(EXCHANGED) + 1
    assert _journal(a) == before  # rolled back with the rest
    with a.db.read() as s:
        assert s.execute(select(func.count()).select_from(IDENT)).scalar() == 0
    assert a.exchange.export("Head Office", tmp_path / "y.issp").records == len(before)


def test_the_journal_on_postgresql(centres: Make, pg_database: str, tmp_path: Path) -> None:
    from dataclasses import replace

    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.db.models.centre import Centre

    paths = replace(resolve_paths(tmp_path / "pg"), db_url=pg_database)
    paths.data_dir.mkdir(parents=True)
    pg = open_services(paths)
    try:
        with pg.db.write() as s:
            s.add(Centre(name="Server Centre"))
        h = centres("Head Office", seeded=False)
        pg.certificates.export_public_key(tmp_path / "pg.key")
        h.certificates.export_public_key(tmp_path / "h.key")
        h.certificates.trust(tmp_path / "pg.key")
        pg.certificates.trust(tmp_path / "h.key")
        assert _journal(pg) == []  # a new store on a server starts with an empty journal
        with pg.db.write() as s:
            cohort = s.execute(insert(table_of("cohort")).values(
                uid="5a0c0d52-0000-4000-8000-000000000001", name="C-01",
                start_date=date(2026, 9, 1), end_date=date(2026, 11, 30))
            ).inserted_primary_key[0]
            module = s.execute(insert(table_of("module")).values(
                uid="5a0c0d52-0000-4000-8000-000000000002", name="Typing", kind="typing")
            ).inserted_primary_key[0]
            s.execute(insert(table_of("cohort_module")).values(cohort_id=cohort,
                                                               module_id=module))
            for n in (1, 2):
                s.execute(insert(table_of("person")).values(
                    uid=f"5a0c0d52-0000-4000-8000-00000000001{n}", first_name=f"Amina{n}",
                    last_name="Otieno", stage="worker", cohort_id=cohort, badge_no=f"B-{n}",
                    national_id_norm=f"1{n:07d}"))
        assert {t for t, _, _ in _journal(pg)} == {"cohort", "module", "cohort_module",
                                                  "person"}
        assert ("cohort_module", cohort, module) in _journal(pg)
        sent = pg.exchange.export("Head Office", tmp_path / "1.issp")
        assert sent.by_table == {"cohort": 1, "module": 1, "cohort_module": 1, "person": 2}
        got = h.exchange.import_file(tmp_path / "1.issp")
        pg.exchange.import_file(got.ack_path)  # type: ignore[arg-type]
        assert _journal(pg) == [] and _scan(pg).read == 0

        with pg.db.write() as s:
            s.execute(update(table_of("person")).where(table_of("person").c.badge_no == "B-2")
                      .values(phone="+254722000002"))
            s.execute(delete(table_of("cohort_module")))
        assert len(_journal(pg)) == 2
        with pg.db.write() as s:
            found = scan(s, keys.make_key(s, "t").key_id, tags_of(s),
                         lambda seq, at: True, after=max_seq(s))
        assert (found.journaled, found.read, found.changed) == (2, 1, 2)
        assert {t: len(r) for t, r in found.records.items()} == {"cohort_module": 1,
                                                                 "person": 1}
        h.exchange.import_file(pg.exchange.export("Head Office", tmp_path / "2.issp").path)
        with h.db.read() as s:
            assert "+254722000002" in set(s.execute(select(table_of("person").c.phone))
                                          .scalars())
            assert s.execute(select(func.count()).select_from(table_of("cohort_module"))
                             ).scalar() == 0
        # and the other way: what the server imports is not journaled as its own change
        back = h.exchange.export("Server Centre", tmp_path / "back.issp")
        assert back.by_table == {"error_category": 5}  # head office's own, nothing echoed
        assert pg.exchange.import_file(tmp_path / "back.issp").inserted == 5
        assert _journal(pg) == [] and _scan(pg).read == 0
    finally:
        pg.db.dispose()


def test_migrate_to_after_an_exchange(centres: Make, pg_server: Any, tmp_path: Path) -> None:
    from issp_desktop.domain.access import SYSTEM

    a = centres("Kibera Centre")
    centres("Head Office", seeded=False)
    a.exchange.export("Head Office", tmp_path / "1.issp")  # the journal is emptied
    name = pg_server.new_name()
    pg_server.create(name)
    try:
        assert migrate_to(a.db, pg_server.db_url(name), SYSTEM).ok
    finally:
        pg_server.drop(name)

"""Crash safety: SIGKILL a process that is writing, backing up or migrating through the real
services, at random moments, then check what it left on disk.

After every kill: ``integrity_check`` is ok and ``foreign_key_check`` empty, no acknowledged
commit is lost, no transaction is half there (each cohort has exactly its people and their
stage changes, the centre's name carries the last whole transaction, one audit entry each),
the audit chain verifies, and the file opens again through ``open_store``.

What this proves and what it does not: SIGKILL ends the process but not the kernel, so data the
process had handed to the OS survives. These tests therefore check SQLite's and the app's
atomicity (WAL commit frames, recovery, the single-transaction migration, backups renamed only
when whole), not durability across a power cut (``synchronous=FULL`` covers that; testing it
needs a VM or a device that drops unsynced writes).

The default run makes 20 kills of the writer (and a few of the backup and the migration);
``ISSP_EXTENDED=1`` runs the ``slow`` variants with ten times as many. Delays are drawn from a
seeded ``random.Random``; every wait has a generous time-out and every kill waits for the
child's first acknowledgement, so timing can change how much is written but never the verdict.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork() and SIGKILL")


def _load_writer() -> ModuleType:
    key = "issp_reliability_writer"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name("writer.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


W = _load_writer()

EXTENDED = os.environ.get("ISSP_EXTENDED") == "1"
extended_only = pytest.mark.skipif(not EXTENDED, reason="set ISSP_EXTENDED=1 for the long run")

MAX_DELAY_S = 0.3  # after the first ACK; at a few ms per commit that spans dozens of commits


@pytest.fixture(scope="module")
def zygote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    z = W.Zygote(tmp_path_factory.mktemp("zygote") / "stderr.txt")
    yield z
    z.close()


# --- the writer --------------------------------------------------------------------------------

@dataclass
class Tally:
    kills: int = 0
    acked: int = 0  # the highest acknowledged transaction
    unacknowledged_commits: int = 0  # kills between a COMMIT and its ACK line
    wal_left: int = 0  # kills that left a non-empty -wal to recover


def _check_after_kill(data_dir: Path, acked: int) -> int:
    """The checks every kill must pass; returns the number of whole transactions."""
    verified = W.verify_through_services(data_dir)  # opens through open_store first
    with contextlib.closing(W.connect(W.db_file(data_dir))) as conn:
        m = W.check_transactions(conn)
        entries = conn.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0]
    assert m >= acked, f"acknowledged transaction {acked} was lost (only 1..{m} are there)"
    assert m <= acked + 1, (f"{m} transactions, but only {acked} were acknowledged and the "
                            "worker starts one at a time")
    assert verified == entries
    return m


def _direct_round(data_dir: Path, rng: random.Random, stderr: Path) -> list[int]:
    """One kill of a worker started in a fresh interpreter with Popen (no fork)."""
    proc, reader = W.run_direct({"mode": "write", "data_dir": str(data_dir)}, stderr)
    try:
        lines = reader.until(lambda line: line.startswith("ACK "), timeout=120)
        time.sleep(rng.uniform(0.0, MAX_DELAY_S))
    finally:
        proc.kill()
        proc.wait(timeout=30)
    while (line := reader.next(timeout=30)) is not None:
        lines.append(line)
    assert proc.returncode == -9, (proc.returncode, lines[-3:], stderr.read_text())
    errors = [line for line in lines if line.startswith("ERROR")]
    assert not errors, (errors, stderr.read_text())
    return [int(line.split()[1]) for line in lines if line.startswith("ACK ")]


def _kill_writer_repeatedly(zygote: Any, tmp_path: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    data = tmp_path / "data"
    W.make_centre(data)
    tally = Tally()
    for i in range(kills):
        if i == 0:
            acks = _direct_round(data, rng, tmp_path / "direct-stderr.txt")
        else:
            cmd: dict[str, Any] = {"mode": "write", "data_dir": str(data)}
            if i % 2:
                cmd["autocheckpoint"] = rng.choice((4, 16, 64))  # kills inside checkpoints too
            rnd = zygote.start(cmd)
            zygote.wait_for(rnd, lambda line: line.startswith("ACK "), timeout=60)
            time.sleep(rng.uniform(0.0, MAX_DELAY_S))
            zygote.kill(rnd)
            acks = rnd.acks
        assert acks, "the worker acknowledged nothing before the kill"
        tally.kills += 1
        tally.acked = max(tally.acked, *acks)
        wal = Path(str(W.db_file(data)) + "-wal")
        tally.wal_left += wal.exists() and wal.stat().st_size > 0
        # Check a copy, so that the next worker (the app restarting) recovers the original.
        copy = W.snapshot(data, tmp_path / f"check-{i}")
        try:
            m = _check_after_kill(copy, tally.acked)
        except AssertionError as exc:
            raise AssertionError(f"after kill {i + 1} (seed {seed}): {exc}") from exc
        tally.unacknowledged_commits += m == tally.acked + 1
        shutil.rmtree(copy)
    final = _check_after_kill(data, tally.acked)  # and the original itself, in place
    print(f"\n{tally.kills} kills; {final} transactions ({tally.acked} acknowledged); "
          f"{tally.unacknowledged_commits} kills fell between a COMMIT and its ACK; "
          f"{tally.wal_left} left a -wal to recover")
    return tally


def test_killed_writer_loses_no_acknowledged_commit(zygote: Any, tmp_path: Path) -> None:
    _kill_writer_repeatedly(zygote, tmp_path, kills=20, seed=20261129)


@pytest.mark.slow
@extended_only
def test_killed_writer_200_times(zygote: Any, tmp_path: Path) -> None:
    _kill_writer_repeatedly(zygote, tmp_path, kills=200, seed=200)


# --- a backup ------------------------------------------------------------------------------------

def _add_ballast(data_dir: Path, people: int) -> None:
    """Rows that make a backup take long enough to be killed in the middle of it. They are not
    test transactions (no ``Txn`` names), so the transaction checks ignore them."""
    from sqlalchemy import insert

    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.db.models import Cohort, Person

    at = datetime(2025, 1, 1, tzinfo=UTC)
    svc = open_services(resolve_paths(data_dir))
    try:
        with svc.db.write() as s:
            s.execute(insert(Cohort.__table__).values(  # type: ignore[attr-defined]
                id=1_000_000, uid="ballast", name="ballast", start_date=date(2025, 1, 6),
                end_date=date(2025, 3, 31), capacity=0, notes="", created_at=at,
                updated_at=at, updated_by="", version=1))
            s.execute(insert(Person.__table__), [  # type: ignore[attr-defined]
                {"uid": f"ballast-{i}", "first_name": "Ballast", "last_name": f"B{i:06d}",
                 "other_names": "", "national_id": None, "national_id_norm": None,
                 "gender": "", "phone": "+254700000000", "county": "Nairobi " * 4,
                 "stage": "applicant", "cohort_id": 1_000_000, "created_at": at,
                 "updated_at": at, "updated_by": "", "version": 1}
                for i in range(people)
            ])
    finally:
        svc.db.dispose()


def _check_backups_folder(folder: Path) -> tuple[set[str], int]:
    """Every file with a final name is a whole, checked backup; only hidden ``.tmp-*`` files
    may be half-written. Returns the final names and the number of temporary files."""
    from issp_desktop.db.backup import check_backup, list_backups
    from issp_desktop.db.revisions import HEAD_REVISION

    if not folder.exists():
        return set(), 0
    listed = {info.path.name for info in list_backups(folder)}
    finals: set[str] = set()
    temporary = 0
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".tmp-"):
            temporary += 1
            continue
        assert path.name in listed, f"{path.name} has a final-looking name but is no backup"
        check = check_backup(path)
        assert check.ok, f"{path.name}: {check.summary()}"
        assert check.revision == HEAD_REVISION, (path.name, check.revision)
        with contextlib.closing(W.connect(path, read_only=True)) as conn:
            W.check_transactions(conn)  # a backup is a consistent snapshot too
        finals.add(path.name)
    return finals, temporary


def _kill_backups(zygote: Any, tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    data = tmp_path / "data"
    W.make_centre(data)
    _add_ballast(data, 15_000)
    backups = data / "backups"
    acked = 0
    duration = 0.0
    in_flight = 0
    for i in range(kills):
        rnd = zygote.start({"mode": "backup", "data_dir": str(data)})
        if i == 0:  # measure one backup, then kill somewhere in the next write or backup
            zygote.wait_for(rnd, lambda line: line == "BACKUP-START", timeout=60)
            started = time.monotonic()
            zygote.wait_for(rnd, lambda line: line.startswith("BACKUP "), timeout=120)
            duration = time.monotonic() - started
            time.sleep(rng.uniform(0.0, 1.2 * duration))
        else:
            zygote.wait_for(rnd, lambda line: line == "BACKUP-START", timeout=60)
            time.sleep(rng.uniform(0.0, 1.2 * duration))
        zygote.kill(rnd)
        made = rnd.tagged("BACKUP")
        in_flight += rnd.lines.count("BACKUP-START") > len(made)
        acked = max(acked, *rnd.acks)
        try:
            finals, _ = _check_backups_folder(backups)
            if made:
                # thinning keeps the 3 newest, and at most one newer one can have finished
                assert made[-1] in finals, f"acknowledged backup {made[-1]} is gone"
            copy = W.snapshot(data, tmp_path / f"check-{i}")
            _check_after_kill(copy, acked)
            shutil.rmtree(copy)
        except AssertionError as exc:
            raise AssertionError(f"after backup kill {i + 1} (seed {seed}): {exc}") from exc
    _check_after_kill(data, acked)
    finals, temporary = _check_backups_folder(backups)
    print(f"\n{kills} kills, one backup takes {duration:.3f} s; {in_flight} kills landed inside "
          f"a backup; {len(finals)} backups kept, {temporary} .tmp-* files left behind")
    assert in_flight >= 1, "no kill landed inside a backup: the test proved nothing"


def test_killed_backup_leaves_no_half_written_backup(zygote: Any, tmp_path: Path) -> None:
    _kill_backups(zygote, tmp_path, kills=6, seed=6)


@pytest.mark.slow
@extended_only
def test_killed_backup_60_times(zygote: Any, tmp_path: Path) -> None:
    _kill_backups(zygote, tmp_path, kills=60, seed=60)


# --- a migration ---------------------------------------------------------------------------------

NOW_0001 = "2026-01-05T08:00:00.000000+00:00"


def _build_0001(path: Path, people: int) -> None:
    """A database at revision 0001 with data written in the 0001 schema (plain SQL, like
    ``tests/db/test_migrations.py``), big enough for the upgrade to take a while."""
    from issp_desktop.db import migrate
    from issp_desktop.db.engine import Database

    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db, target="0001")
    db.dispose()
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO centre (id, name, country, time_zone, currency, is_demo, created_at, "
            "updated_at, version) VALUES (1, 'Kibera Centre', 'KE', 'Africa/Nairobi', 'KES', 0, "
            "?, ?, 1)", (NOW_0001, NOW_0001))
        conn.executemany(
            "INSERT INTO cohort (id, uid, name, start_date, end_date, capacity, notes, "
            "created_at, version) VALUES (?, ?, ?, '2026-01-06', '2026-03-31', 30, 'n', ?, 1)",
            [(c, f"c-{c}", f"2026-01 Cohort {c}", NOW_0001) for c in range(1, 101)])
        conn.executemany(
            "INSERT INTO person (id, uid, first_name, last_name, other_names, national_id, "
            "national_id_norm, date_of_birth, gender, phone, county, stage, cohort_id, "
            "enrolled_on, created_at, updated_at, version) VALUES (?, ?, 'Wanjirũ', ?, '', ?, ?, "
            "'2001-02-03', 'female', '+254712345678', 'Nairobi', 'trainee', ?, '2026-01-06', "
            "?, ?, 1)",
            [(p, f"p-{p}", f"Kũria {p}", f"0{p:08d}", f"{p:08d}", 1 + p % 100, NOW_0001,
              NOW_0001) for p in range(1, people + 1)])
        conn.executemany(
            "INSERT INTO stage_change (person_id, from_stage, to_stage, changed_on, reason, "
            "exit_kind, recorded_at) VALUES (?, 'applicant', 'trainee', '2026-01-06', 'intake', "
            "NULL, ?)", [(p, NOW_0001) for p in range(1, people + 1)])
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


_DATA_QUERIES = (
    "SELECT id, name, country, time_zone, currency, is_demo, created_at, updated_at, version "
    "FROM centre ORDER BY id",
    "SELECT id, uid, name, start_date, end_date, capacity, notes, created_at, version "
    "FROM cohort ORDER BY id",
    "SELECT id, uid, first_name, last_name, national_id, national_id_norm, date_of_birth, "
    "stage, cohort_id, enrolled_on, created_at, updated_at, version FROM person ORDER BY id",
    "SELECT id, person_id, from_stage, to_stage, changed_on, reason, recorded_at "
    "FROM stage_change ORDER BY id",
)


def _data_digest(conn: sqlite3.Connection) -> str:
    """The seeded data, through columns that exist at every revision."""
    digest = hashlib.sha256()
    for query in _DATA_QUERIES:
        digest.update(repr(conn.execute(query).fetchall()).encode("utf-8"))
    return digest.hexdigest()


Schema = list[tuple[Any, ...]]


def _schema(conn: sqlite3.Connection) -> Schema:
    """Tables with their columns, indexes, foreign keys and triggers, compared structurally:
    Alembic's batch mode writes a rebuilt table's UNIQUE constraints in set order, which
    differs from one process to the next, so the CREATE TABLE text is not comparable."""
    shape: Schema = []
    # the planner's statistics (sqlite_stat1, written by a sampled ANALYZE after the upgrade
    # commits) are not schema: a kill may land between the two
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' "
        "ORDER BY name")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        columns = tuple(conn.execute(f"PRAGMA table_xinfo({quoted})").fetchall())
        indexes = []
        for _, name, unique, origin, partial in conn.execute(f"PRAGMA index_list({quoted})"):
            cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info('{name}')"))
            indexes.append((name if origin == "c" else origin, unique, partial, cols))
        fks = sorted(tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({quoted})"))
        shape.append((table, columns, tuple(sorted(indexes)), tuple(fks)))
    shape += sorted(tuple(r) for r in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"))
    return shape


@dataclass(frozen=True)
class Shape:
    revision: str
    schema: Schema
    digest: str


def _shape(path: Path) -> Shape:
    with contextlib.closing(W.connect(path)) as conn:
        W.integrity(conn)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        return Shape(revision, _schema(conn), _data_digest(conn))


def _kill_migrations(zygote: Any, tmp_path: Path, tries: int, seed: int) -> None:
    from issp_desktop.db.migrate import current_revision
    from issp_desktop.db.revisions import HEAD_REVISION
    from issp_desktop.db.store import open_store

    rng = random.Random(seed)
    template = tmp_path / "template" / "c.sqlite"
    template.parent.mkdir()
    _build_0001(template, people=8_000)
    before = _shape(template)
    assert before.revision == "0001"

    def fresh(name: str) -> tuple[Path, Path]:
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(template, folder / "c.sqlite")
        return folder / "c.sqlite", folder / "backups"

    # One upgrade without a kill: how long it takes, and what head looks like.
    path, backups = fresh("measure")
    rnd = zygote.start({"mode": "migrate", "url": f"sqlite:///{path}",
                        "backups_dir": str(backups)})
    zygote.wait_for(rnd, lambda line: line == "READY", timeout=60)
    started = time.monotonic()
    zygote.wait_for(rnd, lambda line: line == "DONE", timeout=300)
    duration = time.monotonic() - started
    assert zygote.finish(rnd) == 0
    after = _shape(path)
    assert after.revision == HEAD_REVISION and after.digest == before.digest

    # Where each kill landed: in the pre-migration backup (0001, no finished backup), in the
    # upgrade itself (0001, the backup finished) or after its commit (head).
    landed = {"backup": 0, "upgrade": 0, "committed": 0}
    i = 0
    while i < tries or (landed["upgrade"] == 0 and i < 3 * tries):
        # Spread the kills evenly over the upgrade (and a little past it), jittered; if none
        # fell inside the upgrade transaction, go round again (rare; at most twice).
        delay = (i % tries + rng.random()) / tries * 1.2 * duration
        path, backups = fresh(f"try-{i}")
        rnd = zygote.start({"mode": "migrate", "url": f"sqlite:///{path}",
                            "backups_dir": str(backups)})
        zygote.wait_for(rnd, lambda line: line == "READY", timeout=60)
        time.sleep(delay)
        zygote.kill(rnd, may_have_finished=True)
        try:
            now = _shape(path)
            assert now.revision in ("0001", HEAD_REVISION), f"revision {now.revision}"
            expected = before if now.revision == "0001" else after
            assert now.schema == expected.schema, "the schema is neither 0001 nor head, whole"
            assert now.digest == before.digest, "the seeded data changed"
            finished = 0
            for kept in (backups.iterdir() if backups.exists() else ()):
                if kept.name.startswith(".tmp-"):
                    continue
                assert kept.name.endswith("-pre-migration.sqlite"), kept.name
                copy = _shape(kept)
                assert (copy.revision, copy.schema, copy.digest) == (
                    "0001", before.schema, before.digest), f"{kept.name} is not 0001, whole"
                finished += 1
            if now.revision == HEAD_REVISION:
                assert finished == 1, "upgraded without a finished pre-migration backup"
                landed["committed"] += 1
            else:
                landed["upgrade" if finished else "backup"] += 1
            # The app starting again finishes the job.
            db = open_store(f"sqlite:///{path}", backups_dir=backups)
            try:
                assert current_revision(db) == HEAD_REVISION
            finally:
                db.dispose()
            again = _shape(path)
            assert (again.schema, again.digest) == (after.schema, before.digest)
        except AssertionError as exc:
            raise AssertionError(f"migration killed after {delay:.3f} s of "
                                 f"{duration:.3f} s (try {i + 1}): {exc}") from exc
        shutil.rmtree(path.parent)
        i += 1
    print(f"\nupgrade takes {duration:.3f} s; {i} kills landed: {landed['backup']} in the "
          f"pre-migration backup, {landed['upgrade']} in the upgrade, {landed['committed']} "
          f"after its commit")
    assert landed["upgrade"] >= 1, "no kill landed inside the upgrade: the test proved nothing"


def test_killed_migration_is_all_or_nothing(zygote: Any, tmp_path: Path) -> None:
    _kill_migrations(zygote, tmp_path, tries=8, seed=8)


@pytest.mark.slow
@extended_only
def test_killed_migration_80_times(zygote: Any, tmp_path: Path) -> None:
    _kill_migrations(zygote, tmp_path, tries=80, seed=80)

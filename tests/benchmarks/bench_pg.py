"""PostgreSQL benchmark: five PCs clocking people in at once on one server.

``pg_clock_in_concurrent``: five processes, each with its own ``Services`` (its own engine and
connections, as five PCs), call ``services.attendance.clock_in(badge)`` for different workers at
the same time, in a store of 500 workers with badges and 60 days of shifts each. The figure is
the 95th percentile of one clock-in's time (target: 50 ms). Writers queue on the app's write
lock (``db.engine``), so this measures the wait as well as the work. Floor: the same five
processes with bare psycopg, a select of the person by badge and an insert, committed.

Needs a PostgreSQL server: ``ISSP_TEST_PG_URL`` (a superuser URL, e.g. from
``bash .ci/postgres.sh url``); without it the benchmark says so and is skipped. It makes its own
database on that server and drops it afterwards.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from run import Context, Row, benchmark

WRITERS = 5
WORKERS = 500
DAYS = 60
TARGET_P95_S = 0.050


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _admin(url: Any, statement: str) -> None:
    import psycopg

    with psycopg.connect(host=url.host, port=url.port or 5432, user=url.username,
                         password=url.password or None, dbname=url.database or "postgres",
                         autocommit=True) as conn:
        conn.execute(statement)  # type: ignore[arg-type]


def _fill(db_url: str) -> None:
    """500 workers with badges and 60 days of 07:00-15:00 Nairobi shifts each (untimed)."""
    from sqlalchemy import insert

    from issp_desktop.db.models import Person, Shift
    from issp_desktop.db.store import open_store

    db = open_store(db_url, create=True)
    now = datetime(2026, 11, 16, 6, tzinfo=UTC)
    try:
        with db.write() as s:
            s.execute(insert(Person.__table__), [{  # type: ignore[attr-defined]
                "uid": str(uuid.uuid4()), "first_name": f"Worker{n}", "last_name": "Bench",
                "other_names": "", "id_kind": "national_id", "gender": "", "county": "",
                "settlement": "", "emergency_contact_name": "", "has_disability": False,
                "consent_by": "", "guardian_name": "", "stage": "worker",
                "enrolled_on": date(2024, 1, 8), "badge_no": f"B{n + 1:05d}",
                "created_at": now, "updated_at": now, "updated_by": "bench", "version": 1,
            } for n in range(WORKERS)])
            ids = list(s.execute(__import__("sqlalchemy").text(
                "SELECT id FROM person ORDER BY id")).scalars())
            today = date.today()
            shifts = []
            for pid in ids:
                for back in range(DAYS):
                    day = today - timedelta(days=back)
                    start = datetime(day.year, day.month, day.day, 4, tzinfo=UTC)
                    shifts.append({"uid": str(uuid.uuid4()), "person_id": pid,
                                   "starts_at": start, "ends_at": start + timedelta(hours=8),
                                   "break_minutes": 30, "is_night": False, "note": "",
                                   "override_reason": "", "overtime_approved": False,
                                   "created_at": now, "created_by": "bench",
                                   "updated_at": now, "updated_by": "bench", "version": 1})
            for start in range(0, len(shifts), 5000):
                s.execute(insert(Shift.__table__), shifts[start:start + 5000])  # type: ignore[attr-defined]
    finally:
        db.dispose()


def _writer(kind: str, db_url: str, data_dir: str, w: int, per_writer: int,
            barrier: Any, out: Any) -> None:
    """One PC (its own process, as five PCs are five machines): warm up, wait for the others,
    then clock ``per_writer`` people in; puts (w, seconds per call, error text) on ``out``."""
    times: list[float] = []
    try:
        if kind == "ours":
            from issp_desktop.app import open_services
            from issp_desktop.config.paths import resolve_paths

            pc = open_services(resolve_paths(data_dir, db_url))
            pc.attendance.clock_in(f"B{400 + w:05d}")  # warm-up: connections, statements

            def call(n: int) -> None:
                got = pc.attendance.clock_in(f"B{1 + w * 60 + n:05d}")
                assert got.kind == "in"
        else:
            import psycopg
            from sqlalchemy.engine import make_url

            url = make_url(db_url)
            conn = psycopg.connect(host=url.host, port=url.port or 5432, user=url.username,
                                   password=url.password or None, dbname=url.database)

            def call(n: int) -> None:
                row = conn.execute("SELECT id FROM person WHERE badge_no = %s",
                                   (f"B{301 + w * 20 + n:05d}",)).fetchone()
                assert row is not None
                at = datetime.now(UTC)
                conn.execute(
                    "INSERT INTO clock_event (person_id, kind, at, source, replaces_id, "
                    "reason, clock_warning, recorded_at, recorded_by) VALUES (%s, 'in', %s, "
                    "'bench', NULL, '', '', %s, 'b')", (row[0], at, at))
                conn.commit()
        barrier.wait(120)
        for n in range(per_writer):
            t0 = time.perf_counter()
            call(n)
            times.append(time.perf_counter() - t0)
        out.put((w, times, ""))
    except BaseException as exc:  # reported by the parent
        out.put((w, times, repr(exc)))


def _concurrently(kind: str, db_url: str, ctx: Context, per_writer: int) -> list[float]:
    """Five writer processes started together; every call's seconds."""
    import multiprocessing as mp

    spawn = mp.get_context("spawn")
    barrier, out = spawn.Barrier(WRITERS), spawn.Queue()
    procs = [spawn.Process(target=_writer, args=(kind, db_url, str(ctx.fresh_dir(f"pc{w}")),
                                                  w, per_writer, barrier, out))
             for w in range(WRITERS)]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(60)
    errors = [e for _w, _t, e in results if e]
    if errors:
        raise RuntimeError(errors[0])
    return [x for _w, t, _e in results for x in t]


@benchmark("pg_clock_in_concurrent")
def bench_pg_clock_in_concurrent(ctx: Context) -> Row:
    server_url = os.environ.get("ISSP_TEST_PG_URL", "")
    if not server_url:
        print("pg_clock_in_concurrent: skipped, no PostgreSQL server (set ISSP_TEST_PG_URL, "
              "e.g. $(bash .ci/postgres.sh url))")
        return Row(name="pg_clock_in_concurrent", ours=None,
                   note="skipped: set ISSP_TEST_PG_URL to a PostgreSQL superuser URL")
    from sqlalchemy.engine import make_url

    from issp_desktop.db.engine import normalise_url

    admin = make_url(normalise_url(server_url))
    name = f"bench_clock_{uuid.uuid4().hex[:8]}"
    _admin(admin, f"CREATE DATABASE {name}")
    db_url = admin.set(database=name).render_as_string(hide_password=False)
    per_writer = 6 * ctx.repeat
    try:
        _fill(db_url)
        ours = _concurrently("ours", db_url, ctx, per_writer)
        floor = _concurrently("floor", db_url, ctx, per_writer)
    finally:
        _admin(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return Row(name="pg_clock_in_concurrent", ours=_p95(ours), floor=_p95(floor),
               target_abs=TARGET_P95_S,
               note=f"p95 of {len(ours)} clock-ins by {WRITERS} concurrent writers "
                    f"(median {sorted(ours)[len(ours) // 2] * 1000:.1f} ms), {WORKERS} "
                    f"workers x {DAYS} days of shifts; floor = bare psycopg select by badge + "
                    "insert, committed, same concurrency",
               samples_ours=ours, samples_floor=floor)

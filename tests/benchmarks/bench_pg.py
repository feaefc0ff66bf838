"""PostgreSQL benchmark: five PCs clocking people in at once on one server.

``pg_clock_in_concurrent``: five threads, each with its own ``Services`` (its own engine and
connections, as five PCs), call ``services.attendance.clock_in(badge)`` for different workers at
the same time, in a store of 500 workers with badges and 60 days of shifts each. The figure is
the 95th percentile of one clock-in's time (target: 50 ms). Writers queue on the app's write
lock (``db.engine``), so this measures the wait as well as the work. Floor: the same five
threads with bare psycopg, a select of the person by badge and an insert, committed.

Needs a PostgreSQL server: ``ISSP_TEST_PG_URL`` (a superuser URL, e.g. from
``bash .ci/postgres.sh url``); without it the benchmark says so and is skipped. It makes its own
database on that server and drops it afterwards.
"""

from __future__ import annotations

import os
import threading
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


def _concurrently(work: Any, per_writer: int) -> list[float]:
    """Run ``work(writer, n)`` ``per_writer`` times on each of five threads started together;
    every call's seconds."""
    start = threading.Barrier(WRITERS)
    times: list[list[float]] = [[] for _ in range(WRITERS)]
    errors: list[BaseException] = []

    def run(w: int) -> None:
        start.wait()
        try:
            for n in range(per_writer):
                t0 = time.perf_counter()
                work(w, n)
                times[w].append(time.perf_counter() - t0)
        except BaseException as exc:  # reported after the join
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [x for per in times for x in per]


@benchmark("pg_clock_in_concurrent")
def bench_pg_clock_in_concurrent(ctx: Context) -> Row:
    server_url = os.environ.get("ISSP_TEST_PG_URL", "")
    if not server_url:
        print("pg_clock_in_concurrent: skipped, no PostgreSQL server (set ISSP_TEST_PG_URL, "
              "e.g. $(bash .ci/postgres.sh url))")
        return Row(name="pg_clock_in_concurrent", ours=None,
                   note="skipped: set ISSP_TEST_PG_URL to a PostgreSQL superuser URL")
    import psycopg
    from sqlalchemy.engine import make_url

    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.db.engine import normalise_url

    admin = make_url(normalise_url(server_url))
    name = f"bench_clock_{uuid.uuid4().hex[:8]}"
    _admin(admin, f"CREATE DATABASE {name}")
    db_url = admin.set(database=name).render_as_string(hide_password=False)
    per_writer = 6 * ctx.repeat
    pcs: list[Any] = []
    try:
        _fill(db_url)
        for w in range(WRITERS):
            paths = resolve_paths(ctx.fresh_dir(f"pc{w}"), db_url)
            pcs.append(open_services(paths))
        for w, pc in enumerate(pcs):  # warm-up: connections, statements
            pc.attendance.clock_in(f"B{400 + w:05d}")

        def ours_call(w: int, n: int) -> None:
            got = pcs[w].attendance.clock_in(f"B{1 + w * 60 + n:05d}")
            assert got.kind == "in"

        ours = _concurrently(ours_call, per_writer)

        conns = [psycopg.connect(host=admin.host, port=admin.port or 5432,
                                 user=admin.username, password=admin.password or None,
                                 dbname=name) for _ in range(WRITERS)]

        def floor_call(w: int, n: int) -> None:
            conn = conns[w]
            pid = conn.execute("SELECT id FROM person WHERE badge_no = %s",
                               (f"B{301 + w * 20 + n:05d}",)).fetchone()[0]  # type: ignore[index]
            at = datetime.now(UTC)
            conn.execute(
                "INSERT INTO clock_event (person_id, kind, at, source, replaces_id, reason, "
                "clock_warning, recorded_at, recorded_by) VALUES (%s, 'in', %s, 'bench', NULL,"
                " '', '', %s, 'b')", (pid, at, at))
            conn.commit()

        try:
            floor = _concurrently(floor_call, per_writer)
        finally:
            for conn in conns:
                conn.close()
    finally:
        for pc in pcs:
            pc.db.dispose()
        _admin(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return Row(name="pg_clock_in_concurrent", ours=_p95(ours), floor=_p95(floor),
               target_abs=TARGET_P95_S,
               note=f"p95 of {len(ours)} clock-ins by {WRITERS} concurrent writers "
                    f"(median {sorted(ours)[len(ours) // 2] * 1000:.1f} ms), {WORKERS} "
                    f"workers x {DAYS} days of shifts; floor = bare psycopg select by badge + "
                    "insert, committed, same concurrency",
               samples_ours=ours, samples_floor=floor)

"""Attendance benchmarks: a clock-in with 1,000,000 shifts in the store, and the monthly summary
of 1,000 workers.

The store: a fresh centre, 1,000 workers with badges, 1,000,000 shifts (1,400 days of a
five-day week each, 07:00–15:00 Nairobi), and the door's punches for the shifts from
21 September to 4 November 2026 (mostly on time, some late, a few absent). Built once per run
with sqlite3 ``executemany`` (untimed).

* ``clock_in``: ``services.attendance.clock_in(badge)`` — the badge look-up, the person's last
  punches, the insert, its audit entry, the shift around it and the status, one transaction.
  Floor: raw sqlite3, one indexed select of the person by badge and one insert, committed
  (WAL + synchronous FULL, as ours).
* ``attendance_summary``: ``services.attendance.summary`` for October 2026, 1,000 workers.
  Floor: raw sqlite3 fetching the same rows (the shifts of the weeks touching the month, their
  punches, leave, downtime).
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from run import Context, Row, benchmark, median

WORKERS = 1000
SHIFTS = 1_000_000
DAYS = 1400
FIRST_DAY = date(2023, 1, 9)  # a Monday
PUNCHES_FROM = date(2026, 9, 21)
PUNCHES_TO = date(2026, 11, 4)
MONTH = (date(2026, 10, 1), date(2026, 10, 31))
NBO_OFFSET = timedelta(hours=3)


def _iso(d: datetime) -> str:
    return d.isoformat(timespec="microseconds")


def attendance_store(ctx: Context) -> Path:
    cached = getattr(ctx, "_attendance_store", None)
    if cached is not None:
        return cached
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    folder = ctx.fresh_dir("attendance-1m")
    services = open_services(resolve_paths(folder), create=True)
    services.db.dispose()
    rng = random.Random(55)
    now = "2026-11-16T09:00:00.000000+00:00"
    conn = sqlite3.connect(folder / "centre.sqlite", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        people = [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"Worker{n}",
                   f"Bench{n:04d}", "", None, None, "national_id", None, "", "", "", "", "", "",
                   0, "", None, "", "", None, "worker", None, "2023-01-02", f"B{n + 1:05d}",
                   now, now, "bench", 1) for n in range(WORKERS)]
        conn.executemany(
            "INSERT INTO person (uid, first_name, last_name, other_names, national_id, "
            "national_id_norm, id_kind, date_of_birth, gender, phone, county, settlement, "
            "emergency_contact_name, emergency_contact_phone, has_disability, disability_notes,"
            " consent_on, consent_by, guardian_name, guardian_consent_on, stage, cohort_id, "
            "enrolled_on, badge_no, created_at, updated_at, updated_by, version) VALUES "
            f"({', '.join('?' * 28)})", people)
        ids = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")]
        shifts: list[tuple[Any, ...]] = []
        punches: list[tuple[Any, ...]] = []
        made = 0
        for k, pid in enumerate(ids):
            off_a, off_b = k % 7, (k + 3) % 7
            for n in range(DAYS):
                day = FIRST_DAY + timedelta(days=n)
                if day.weekday() in (off_a, off_b) or made >= SHIFTS:
                    continue
                start = datetime(day.year, day.month, day.day, 7, tzinfo=UTC) - NBO_OFFSET
                end = start + timedelta(hours=8)
                made += 1
                shifts.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), pid,
                               _iso(start), _iso(end), 30, 0, "", "", 0, now, "bench", now,
                               "bench", 1))
                if PUNCHES_FROM <= day <= PUNCHES_TO and rng.random() > 0.03:
                    late = rng.random() < 0.12
                    arrive = start + timedelta(minutes=rng.randint(5, 40) if late
                                               else rng.randint(-12, 6))
                    leave = end + timedelta(minutes=rng.randint(-4, 20))
                    punches.append((pid, "in", _iso(arrive), "kiosk", None, "", "", now, "b"))
                    punches.append((pid, "out", _iso(leave), "kiosk", None, "", "", now, "b"))
            if len(shifts) > 100_000:
                _insert_shifts(conn, shifts)
                shifts.clear()
        _insert_shifts(conn, shifts)
        conn.executemany(
            "INSERT INTO clock_event (person_id, kind, at, source, replaces_id, reason, "
            "clock_warning, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            punches)
        conn.execute("COMMIT")
    finally:
        conn.close()
    ctx._attendance_store = folder  # type: ignore[attr-defined]
    return folder


def _insert_shifts(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO shift (uid, person_id, starts_at, ends_at, break_minutes, is_night, note, "
        "override_reason, overtime_approved, created_at, created_by, updated_at, updated_by, "
        "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _services(folder: Path) -> Any:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    return open_services(resolve_paths(folder))


@benchmark("clock_in")
def bench_clock_in(ctx: Context) -> Row:
    folder = attendance_store(ctx)
    services = _services(folder)
    ours: list[float] = []
    floor: list[float] = []
    try:
        with services.db.read() as s:
            shifts = s.execute(__import__("sqlalchemy").text(
                "SELECT count(*) FROM shift")).scalar_one()
        services.attendance.clock_in("B00999")  # warm-up: connections, statements
        for n in range(ctx.repeat * 3):
            badge = f"B{n + 1:05d}"
            t0 = time.perf_counter()
            got = services.attendance.clock_in(badge)
            ours.append(time.perf_counter() - t0)
            assert got.kind == "in"
        conn = sqlite3.connect(folder / "centre.sqlite", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        try:
            for n in range(ctx.repeat * 3):
                t0 = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                pid = conn.execute("SELECT id FROM person WHERE badge_no = ?",
                                   (f"B{500 + n:05d}",)).fetchone()[0]
                conn.execute(
                    "INSERT INTO clock_event (person_id, kind, at, source, replaces_id, reason,"
                    " clock_warning, recorded_at, recorded_by) VALUES (?, 'in', ?, 'bench', "
                    "NULL, '', '', ?, 'b')", (pid, _iso(datetime.now(UTC)),
                                              _iso(datetime.now(UTC))))
                conn.execute("COMMIT")
                floor.append(time.perf_counter() - t0)
        finally:
            conn.close()
    finally:
        services.db.dispose()
    return Row(name="clock_in", ours=median(ours), floor=median(floor), target_abs=0.030,
               note=f"{shifts:,} shifts in the store; ours = badge look-up, last punches, "
                    "insert + audit entry, shift and status, one txn; floor = sqlite3 select "
                    "by badge + insert, committed (WAL, sync FULL)",
               samples_ours=ours, samples_floor=floor)


@benchmark("attendance_summary")
def bench_attendance_summary(ctx: Context) -> Row:
    folder = attendance_store(ctx)
    services = _services(folder)
    ours: list[float] = []
    floor: list[float] = []
    try:
        start, end = MONTH
        rows = services.attendance.summary(start, end)  # warm-up
        assert len(rows) == WORKERS
        cpu: list[float] = []
        for _ in range(ctx.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            services.attendance.summary(start, end)
            ours.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)  # this process's CPU: what load cannot inflate
    finally:
        services.db.dispose()
    lo = _iso(datetime(2026, 9, 28, tzinfo=UTC) - NBO_OFFSET)
    hi = _iso(datetime(2026, 11, 2, tzinfo=UTC) - NBO_OFFSET)
    p_lo = _iso(datetime(2026, 9, 27, tzinfo=UTC) - NBO_OFFSET)
    p_hi = _iso(datetime(2026, 11, 3, 16, tzinfo=UTC) - NBO_OFFSET)
    conn = sqlite3.connect(folder / "centre.sqlite")
    try:
        for _ in range(ctx.repeat):
            t0 = time.perf_counter()
            conn.execute("SELECT id, person_id, starts_at, ends_at, break_minutes, is_night, "
                         "overtime_approved FROM shift WHERE starts_at >= ? AND starts_at < ?",
                         (lo, hi)).fetchall()
            conn.execute("SELECT id, person_id, kind, at, replaces_id FROM clock_event "
                         "WHERE at >= ? AND at < ?", (p_lo, p_hi)).fetchall()
            conn.execute("SELECT person_id, kind, starts_on, ends_on FROM leave WHERE "
                         "starts_on <= '2026-10-31' AND ends_on >= '2026-10-01'").fetchall()
            conn.execute("SELECT starts_at, ends_at, paid FROM downtime WHERE starts_at < ?",
                         (hi,)).fetchall()
            conn.execute("SELECT id, first_name, last_name, national_id, badge_no FROM person "
                         "WHERE stage = 'worker'").fetchall()
            floor.append(time.perf_counter() - t0)
    finally:
        conn.close()
    return Row(name="attendance_summary", ours=median(ours), floor=median(floor),
               target_abs=1.0,
               note=f"{WORKERS:,} workers, October 2026 (weeks touching it: ~25,000 shifts, "
                    "~44,000 punches); floor = sqlite3 fetching the same rows",
               samples_ours=ours, samples_floor=floor, details={"ours_cpu": median(cpu)})

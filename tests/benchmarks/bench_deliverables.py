"""Deliverables benchmarks on a store with 50,000 batches and 2,000,000 work logs.

The store: a fresh centre, 400 workers, 5 clients with 10 projects, 50,000 batches received
over four years up to 2026-11-16 (most accepted, about 1,500 still open, some late), three
workers per batch, and 2,000,000 work logs (40 per batch). Built once per run with sqlite3
``executemany`` (untimed).

* ``batches_board``: the board as the page opens it (``BatchBoardModel.reload`` on the open
  batches: the first page of 200 in due-date order and how many match), and in ``details`` a
  filter (late batches of one client) through ``services.deliverables.board``. Targets: open
  within 100 ms, filter within 50 ms. Floor: raw sqlite3 running the same two SELECTs.
* ``productivity_month``: ``services.deliverables.productivity`` for October 2026 (units,
  minutes, downtime taken off, units per hour, first-round accuracy per worker). Target 500 ms.
  Floor: raw sqlite3 summing the month's work logs per worker.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from run import Context, Row, benchmark, median

BATCHES = 50_000
LOGS_PER_BATCH = 40
WORKERS = 400
TODAY = date(2026, 11, 16)
FIRST = TODAY - timedelta(days=4 * 365)
NOW = "2026-11-16T09:00:00.000000+00:00"


def deliverables_store(ctx: Context) -> Path:
    cached = getattr(ctx, "_deliverables_store", None)
    if cached is not None:
        return cached
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    folder = ctx.fresh_dir("deliverables-2m")
    services = open_services(resolve_paths(folder), create=True)
    services.db.dispose()
    rng = random.Random(66)
    conn = sqlite3.connect(folder / "centre.sqlite", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO centre (id, name, country, time_zone, currency, is_demo, "
                     "idle_lock_minutes, backup_every_minutes, backup_copy_folder, "
                     "alumni_retention_months, created_at, updated_at, updated_by, version) "
                     "VALUES (1, 'Bench', 'KE', 'Africa/Nairobi', 'KES', 0, 10, 30, '', 0, ?, "
                     "?, '', 1)", (NOW, NOW))
        conn.executemany(
            "INSERT INTO person (uid, first_name, last_name, other_names, id_kind, gender, "
            "phone, county, settlement, emergency_contact_name, emergency_contact_phone, "
            "has_disability, disability_notes, consent_by, guardian_name, stage, created_at, "
            "updated_at, updated_by, version) VALUES (?, ?, ?, '', 'national_id', '', '', '', "
            "'', '', '', 0, '', '', '', 'worker', ?, ?, '', 1)",
            [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"Worker{n}",
              f"Bench{n:04d}", NOW, NOW) for n in range(WORKERS)])
        conn.executemany(
            "INSERT INTO client (id, name, contact, country, currency, active, created_at, "
            "updated_at, updated_by, version) VALUES (?, ?, '', 'KE', 'KES', 1, ?, ?, '', 1)",
            [(c, f"Client {c}", NOW, NOW) for c in range(1, 6)])
        conn.executemany(
            "INSERT INTO project (id, client_id, name, unit, price_per_unit_cents, "
            "piece_rate_cents, accuracy_target_bp, qa_sample_bp, turnaround_days, active_from, "
            "created_at, updated_at, updated_by, version) VALUES (?, ?, ?, 'record', 450, 150, "
            "9900, 500, 5, ?, ?, ?, '', 1)",
            [(p, (p - 1) // 2 + 1, f"Project {p}", FIRST.isoformat(), NOW, NOW)
             for p in range(1, 11)])
        span = (TODAY - FIRST).days
        batches, workers, logs, checks = [], [], [], []
        for b in range(1, BATCHES + 1):
            received = FIRST + timedelta(days=span * b // BATCHES)
            due = received + timedelta(days=5)
            open_ = received > TODAY - timedelta(days=8)
            late = rng.random() < 0.08
            delivered = None if open_ else due + timedelta(days=2 if late else -1)
            status = (rng.choice(["received", "in_progress", "in_qa", "rework"]) if open_
                      else ("rejected" if rng.random() < 0.02 else "accepted"))
            passed = None if open_ else 1
            batches.append((b, rng.randint(1, 10), f"B{b:06d}", 4000, received.isoformat(),
                            due.isoformat(), status, 4000, NOW,
                            delivered and delivered.isoformat(),
                            delivered and (delivered + timedelta(days=3)).isoformat(),
                            0 if open_ else 1, None if open_ else 9950, passed, NOW, NOW))
            crew = rng.sample(range(1, WORKERS + 1), 3)
            workers += [(b, p, NOW) for p in crew]
            for n in range(LOGS_PER_BATCH):
                day = received + timedelta(days=n % 4)
                logs.append((b, crew[n % 3], day.isoformat(), 100, 45))
            if not open_:
                checks.append((b, 1, 200, 2000, 10, 9950, 9900, 1, received.isoformat()
                               + "T12:00:00.000000+00:00"))
        conn.executemany(
            "INSERT INTO batch (id, project_id, reference, units_expected, received_on, due_on,"
            " status, units_done, status_changed_at, delivered_on, decided_on, qa_rounds, "
            "last_accuracy_bp, last_qa_passed, note, created_at, created_by, updated_at, "
            "updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', "
            "?, '', 1)", batches)
        conn.executemany("INSERT INTO batch_worker (batch_id, person_id, assigned_at, "
                         "assigned_by) VALUES (?, ?, ?, '')", workers)
        for at in range(0, len(logs), 200_000):
            conn.executemany("INSERT INTO work_log (batch_id, person_id, worked_on, units, "
                             "minutes, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?,"
                             " 'import', '" + NOW + "', '')", logs[at:at + 200_000])
        conn.executemany("INSERT INTO qa_check (batch_id, round, sample_size, checked, errors,"
                         " accuracy_bp, target_bp, passed, checked_by, checked_at, note, "
                         "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', '')", checks)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    ctx._deliverables_store = folder  # type: ignore[attr-defined]
    return folder


def _services(folder: Path) -> Any:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    return open_services(resolve_paths(folder))


def _timed(fn: Any, repeat: int) -> list[float]:
    fn()  # warm the caches as a second look at the page would
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


_OPEN_SQL = (
    "SELECT b.id, b.reference, c.name, p.name, b.project_id, p.unit, b.units_expected, "
    "b.units_done, b.received_on, b.due_on, b.status, b.delivered_on, b.last_accuracy_bp, "
    "b.last_qa_passed, b.version FROM batch b JOIN project p ON p.id = b.project_id JOIN "
    "client c ON c.id = p.client_id WHERE b.status IN ('received', 'in_progress', 'in_qa', "
    "'rework') ORDER BY b.due_on, b.id LIMIT 200")
_LATE_SQL = (
    "SELECT b.id, b.reference, c.name, p.name, b.due_on, b.status FROM batch b JOIN project p "
    "ON p.id = b.project_id JOIN client c ON c.id = p.client_id WHERE b.project_id IN (1, 2) "
    "AND ((b.status IN ('received', 'in_progress', 'in_qa', 'rework') AND b.due_on < ?) OR "
    "b.delivered_on > b.due_on) ORDER BY b.due_on, b.id LIMIT 200")
_LATE_COUNT = (
    "SELECT COUNT(*) FROM batch b WHERE b.project_id IN (1, 2) AND ((b.status IN ('received', "
    "'in_progress', 'in_qa', 'rework') AND b.due_on < ?) OR b.delivered_on > b.due_on)")


@benchmark("batches_board")
def bench_batches_board(ctx: Context) -> Row:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from issp_desktop.services.deliverables import BatchQuery
    from issp_desktop.ui.models.batch_board_model import BatchBoardModel

    folder = deliverables_store(ctx)
    _app = QApplication.instance() or QApplication([])
    services = _services(folder)
    try:
        model = BatchBoardModel(services.deliverables)
        ours = _timed(lambda: model.reload(BatchQuery(view="open")), ctx.repeat)
        late = BatchQuery(client_id=1, view="late")
        filt = _timed(lambda: services.deliverables.board(late, today=TODAY), ctx.repeat)
        shown = model.total
    finally:
        services.db.dispose()
    conn = sqlite3.connect(folder / "centre.sqlite")
    try:
        def floor_open() -> None:
            conn.execute(_OPEN_SQL).fetchall()
            conn.execute("SELECT COUNT(*) FROM batch WHERE status IN ('received', "
                         "'in_progress', 'in_qa', 'rework')").fetchone()

        floor = _timed(floor_open, ctx.repeat)
        def floor_late() -> None:
            conn.execute(_LATE_SQL, (TODAY.isoformat(),)).fetchall()
            conn.execute(_LATE_COUNT, (TODAY.isoformat(),)).fetchone()

        floor_filter = _timed(floor_late, ctx.repeat)
    finally:
        conn.close()
    return Row(name="batches_board", ours=median(ours), floor=median(floor), target_abs=0.100,
               note=(f"open {shown:,} of {BATCHES:,} batches, {BATCHES * LOGS_PER_BATCH:,} work"
                     f" logs; filter (late, one client) {median(filt) * 1000:.1f} ms, target 50"
                     f" ms, floor {median(floor_filter) * 1000:.1f} ms"),
               samples_ours=ours, samples_floor=floor,
               details={"filter": median(filt), "filter_floor": median(floor_filter)})


@benchmark("productivity_month")
def bench_productivity_month(ctx: Context) -> Row:
    folder = deliverables_store(ctx)
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    services = _services(folder)
    try:
        ours = _timed(lambda: services.deliverables.productivity(start, end), ctx.repeat)
        rows = len(services.deliverables.productivity(start, end))
    finally:
        services.db.dispose()
    conn = sqlite3.connect(folder / "centre.sqlite")
    try:
        floor = _timed(lambda: conn.execute(
            "SELECT person_id, SUM(units), SUM(minutes) FROM work_log WHERE worked_on BETWEEN ? "
            "AND ? GROUP BY person_id", (start.isoformat(), end.isoformat())).fetchall(),
            ctx.repeat)
    finally:
        conn.close()
    return Row(name="productivity_month", ours=median(ours), floor=median(floor),
               target_abs=0.500, note=f"October 2026, {rows} workers, from "
               f"{BATCHES * LOGS_PER_BATCH:,} work logs", samples_ours=ours,
               samples_floor=floor)

"""Exchange benchmark ``sync_roundtrip``: a 300-worker centre's monthly bundle, exported and
imported at head office, after a year of history.

The store: a centre with 300 workers and twelve months (December 2025 to November 2026) each
with up to 22 shifts per worker (about 6,600 shifts), two clock events per shift, a work log
per shift on that month's 30 batches, and a closed pay period with 300 payslips of 10 lines:
about 30,000 records a month, 360,000 in all. Built once per run (untimed) with sqlite3
``executemany``: the first eleven months are exported, imported at head office and
acknowledged one month at a time (the first of these round trips, on a store with one month,
is kept as ``first_month``), then November is added. Each sample starts from copies of the
centre and of head office (untimed).

Ours: November's ``exchange.export`` (journal scan, global ids, signed compressed bundle) plus
``exchange.import_file`` at head office (verify, backup, remap, insert, acknowledgement).
Floor: raw sqlite3 reading November's rows of the same tables, JSON + zlib, then inserting them
into the head office's copy of the same tables, committed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import uuid
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from run import Context, Row, benchmark, median

WORKERS = 300
MONTHS = [(2025, 12)] + [(2026, m) for m in range(1, 12)]  # the last one is timed
BATCHES = 30


def _days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    days = [first + timedelta(days=n) for n in range(31)]
    return [d for d in days if d.month == month and d.weekday() < 5][:22]


DAYS = _days(*MONTHS[-1])
NOW = "2026-11-30T09:00:00.000000+00:00"
TABLES = ("person", "shift", "clock_event", "work_log", "pay_period", "payslip",
          "payslip_line", "batch")


def _iso(d: datetime) -> str:
    return d.isoformat(timespec="microseconds")


def _open(folder: Path) -> Any:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    return open_services(resolve_paths(folder))


def _stores(ctx: Context) -> tuple[Path, Path, dict[str, int], float]:
    """The centre and head office after eleven months exchanged and November added to the
    centre; with the highest row ids before November and the first month's round trip."""
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.db.models.centre import Centre

    made = []
    for name in ("Kibera Centre", "Head Office"):
        folder = ctx.fresh_dir(name.split()[0].lower())
        svc = open_services(resolve_paths(folder), create=True)
        with svc.db.write() as s:
            s.add(Centre(name=name))
        svc.certificates.export_public_key(folder / "key.json")
        made.append((folder, svc))
    (a_dir, a), (h_dir, h) = made
    a.certificates.trust(h_dir / "key.json")
    h.certificates.trust(a_dir / "key.json")
    first = 0.0
    try:
        for m in range(len(MONTHS) - 1):
            a.db.dispose()
            _fill(a_dir / "centre.sqlite", m)
            a = _open(a_dir)
            bundle = ctx.workdir / f"history-{m}.issp"
            t0 = time.perf_counter()
            a.exchange.export("Head Office", bundle)
            got = h.exchange.import_file(bundle)
            if m == 0:
                first = time.perf_counter() - t0
            a.exchange.import_file(got.ack_path)
            bundle.unlink()
            got.ack_path.unlink()
    finally:
        a.db.dispose()
        h.db.dispose()
    shutil.rmtree(a_dir / "backups", ignore_errors=True)
    shutil.rmtree(h_dir / "backups", ignore_errors=True)
    before = _max_ids(a_dir / "centre.sqlite")
    _fill(a_dir / "centre.sqlite", len(MONTHS) - 1)
    return a_dir, h_dir, before, first


def _max_ids(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: int(conn.execute(f'SELECT COALESCE(MAX(rowid), 0) FROM "{t}"').fetchone()[0])
                for t in TABLES}
    finally:
        conn.close()


def _fill(path: Path, m: int) -> None:
    """Month ``m`` of ``MONTHS`` (the first also adds the client, project and workers)."""
    year, month = MONTHS[m]
    days = _days(year, month)
    b0, s0 = m * BATCHES, m * WORKERS
    start_on, end_on = days[0].replace(day=1).isoformat(), days[-1].isoformat()
    conn = sqlite3.connect(path)
    try:
        conn.execute("BEGIN")
        if m == 0:
            _fill_people(conn)
        conn.executemany(
            "INSERT INTO batch (id, project_id, reference, units_expected, received_on, due_on,"
            " status, units_done, status_changed_at, qa_rounds, note, created_at, created_by,"
            " updated_at, updated_by, version) VALUES (?, 1, ?, 50000, ?, ?, 'in_progress', 0,"
            " ?, 0, '', ?, '', ?, '', 1)",
            [(b0 + b, f"ACM-{year}{month:02d}-{b:03d}", start_on, end_on, NOW, NOW, NOW)
             for b in range(1, BATCHES + 1)])
        shifts, clocks, logs = [], [], []
        for p in range(1, WORKERS + 1):
            for d in days:
                start = datetime(d.year, d.month, d.day, 5, 0, tzinfo=UTC)
                end = start + timedelta(hours=8)
                shifts.append((str(uuid.uuid4()), p, _iso(start), _iso(end), NOW, NOW))
                clocks.append((p, "in", _iso(start + timedelta(minutes=p % 9)), NOW))
                clocks.append((p, "out", _iso(end + timedelta(minutes=p % 7)), NOW))
                logs.append((b0 + 1 + p % BATCHES, p, d.isoformat(), 300 + p % 50, 420, NOW))
        conn.executemany(
            "INSERT INTO shift (uid, person_id, starts_at, ends_at, break_minutes, is_night,"
            " note, override_reason, overtime_approved, created_at, created_by, updated_at,"
            " updated_by, version) VALUES (?, ?, ?, ?, 30, 0, '', '', 0, ?, '', ?, '', 1)",
            shifts)
        conn.executemany(
            "INSERT INTO clock_event (person_id, kind, at, source, reason, clock_warning,"
            " recorded_at, recorded_by) VALUES (?, ?, ?, 'kiosk', '', '', ?, '')", clocks)
        conn.executemany(
            "INSERT INTO work_log (batch_id, person_id, worked_on, units, minutes, source,"
            " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, 'typed', ?, '')", logs)
        conn.execute(
            "INSERT INTO pay_period (id, name, kind, starts_on, ends_on, pay_date, state,"
            " pack_code, run_by, reviewed_by, closed_by, created_at, created_by, version)"
            " VALUES (?, ?, 'monthly', ?, ?, ?, 'draft', 'KE', '', '', '', ?, '', 1)",
            (m + 1, f"{year}-{month:02d}", start_on, end_on, end_on, NOW))
        conn.executemany(
            "INSERT INTO payslip (id, period_id, person_id, name, national_id, phone, method,"
            " bank, kind, job_category, gross_cents, deductions_cents, net_cents,"
            " employer_cents, created_at) VALUES (?, ?, ?, ?, '', '', 'mpesa', '', 'monthly',"
            " '', 3000000, 450000, 2550000, 150000, ?)",
            [(s0 + p, m + 1, p, f"Akinyi{p} Otieno", NOW) for p in range(1, WORKERS + 1)])
        conn.executemany(
            "INSERT INTO payslip_line (payslip_id, position, section, code, label, unit,"
            " amount_cents, working) VALUES (?, ?, 'earning', ?, ?, '', 100000, ?)",
            [(s0 + p, i, f"L{i}", f"Line {i}", "22 days × 1,363.64")
             for p in range(1, WORKERS + 1) for i in range(10)])
        conn.execute("UPDATE pay_period SET state = 'closed', closed_at = ? WHERE id = ?",
                     (NOW, m + 1))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _fill_people(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO client (id, name, contact, country, currency, active, "
                 "created_at, updated_at, updated_by, version) VALUES "
                 "(1, 'Acme', '', 'KE', 'KES', 1, ?, ?, '', 1)", (NOW, NOW))
    conn.execute("INSERT INTO project (id, client_id, name, unit, price_per_unit_cents, "
                 "accuracy_target_bp, qa_sample_bp, turnaround_days, active_from, "
                 "created_at, updated_at, updated_by, version) VALUES (1, 1, 'Invoices', "
                 "'record', 20, 9900, 500, 5, '2025-12-01', ?, ?, '', 1)", (NOW, NOW))
    conn.executemany(
        "INSERT INTO person (id, uid, first_name, last_name, other_names, id_kind, gender,"
        " phone, county, settlement, emergency_contact_name, emergency_contact_phone,"
        " has_disability, disability_notes, consent_by, guardian_name, stage, badge_no,"
        " created_at, updated_at, updated_by, version) VALUES (?, ?, ?, 'Otieno', '',"
        " 'national_id', 'F', '+254700000000', 'Nairobi', 'Kibera', '', '', 0, '', '', '',"
        " 'worker', ?, ?, ?, '', 1)",
        [(p, str(uuid.uuid4()), f"Akinyi{p}", f"B-{p:04d}", NOW, NOW)
         for p in range(1, WORKERS + 1)])


def _copy(src: Path, dst: Path) -> Path:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    return dst


def _floor(a: Path, h: Path, after: dict[str, int]) -> float:
    src = sqlite3.connect(a)
    dst = sqlite3.connect(h)
    try:
        t0 = time.perf_counter()
        body = {}
        for t in TABLES:
            cur = src.execute(f'SELECT * FROM "{t}" WHERE rowid > ?', (after[t],))
            body[t] = [cur.description and [c[0] for c in cur.description], cur.fetchall()]
        packed = zlib.compress(json.dumps(body).encode(), 6)
        data = json.loads(zlib.decompress(packed))
        dst.execute("BEGIN")
        for t in TABLES:
            cols, rows = data[t]
            dst.execute(f'CREATE TEMP TABLE "x_{t}" AS SELECT * FROM "{t}" WHERE 0')
            dst.executemany(f'INSERT INTO "x_{t}" ({", ".join(cols)}) VALUES '
                            f'({", ".join("?" * len(cols))})', rows)
        dst.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        src.close()
        dst.close()


@benchmark("sync_roundtrip")
def bench_sync_roundtrip(ctx: Context) -> Row:
    a_tpl, h_tpl, before, first = _stores(ctx)
    ours, floor, cpu, exports, imports = [], [], [], [], []
    records = 0
    size = 0
    for n in range(ctx.repeat):
        a_dir = _copy(a_tpl, ctx.workdir / f"sync-a-{n}")
        h_dir = _copy(h_tpl, ctx.workdir / f"sync-h-{n}")
        a, h = _open(a_dir), _open(h_dir)
        bundle = ctx.workdir / f"sync-{n}.issp"
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            sent = a.exchange.export("Head Office", bundle)
            t1 = time.perf_counter()
            got = h.exchange.import_file(bundle)
            ours.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            exports.append(t1 - t0)
            imports.append(time.perf_counter() - t1)
            assert got.inserted == sent.records
            records, size = sent.records, bundle.stat().st_size
        finally:
            a.db.dispose()
            h.db.dispose()
        h2 = _copy(h_tpl, ctx.workdir / f"sync-f-{n}")
        floor.append(_floor(a_tpl / "centre.sqlite", h2 / "centre.sqlite", before))
    return Row("sync_roundtrip", median(ours), median(floor), target_abs=5.0,
               note=f"{records:,} records, bundle {size / 1e6:.1f} MB; {WORKERS} workers, "
                    f"{WORKERS * len(DAYS):,} shifts, a closed pay period; after "
                    f"{len(MONTHS) - 1} months exchanged",
               samples_ours=ours, samples_floor=floor,
               details={"export": median(exports), "import": median(imports),
                        "ours_cpu": median(cpu), "first_month": first})

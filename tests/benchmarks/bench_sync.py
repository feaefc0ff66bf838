"""Exchange benchmark ``sync_roundtrip``: a 300-worker centre's monthly bundle, exported and
imported at head office.

The store: a fresh centre with 300 workers, November 2026 with 22 shifts each (6,600 shifts,
13,200 clock events), 6,600 work logs on 30 batches and a closed pay period with 300 payslips
of 10 lines (3,000 lines): about 30,000 records. Built once per run with sqlite3
``executemany`` (untimed); each sample starts from copies of the centre and of an empty head
office (untimed).

Ours: ``exchange.export`` (scan, global ids, signed compressed bundle) plus
``exchange.import_file`` at head office (verify, backup, remap, insert, acknowledgement).
Floor: raw sqlite3 reading the same tables, JSON + zlib, then inserting the rows into the
head office's copy of the same tables, committed.
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
DAYS = [date(2026, 11, d) for d in range(2, 31) if date(2026, 11, d).weekday() < 5][:22]
NOW = "2026-11-30T09:00:00.000000+00:00"
TABLES = ("person", "shift", "clock_event", "work_log", "pay_period", "payslip",
          "payslip_line", "batch")


def _iso(d: datetime) -> str:
    return d.isoformat(timespec="microseconds")


def _open(folder: Path) -> Any:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    return open_services(resolve_paths(folder))


def _stores(ctx: Context) -> tuple[Path, Path]:
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
    a.db.dispose()
    h.db.dispose()
    _fill(a_dir / "centre.sqlite")
    return a_dir, h_dir


def _fill(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO client (id, name, contact, country, currency, active, "
                     "created_at, updated_at, updated_by, version) VALUES "
                     "(1, 'Acme', '', 'KE', 'KES', 1, ?, ?, '', 1)", (NOW, NOW))
        conn.execute("INSERT INTO project (id, client_id, name, unit, price_per_unit_cents, "
                     "accuracy_target_bp, qa_sample_bp, turnaround_days, active_from, "
                     "created_at, updated_at, updated_by, version) VALUES (1, 1, 'Invoices', "
                     "'record', 20, 9900, 500, 5, '2026-01-01', ?, ?, '', 1)", (NOW, NOW))
        conn.executemany(
            "INSERT INTO batch (id, project_id, reference, units_expected, received_on, due_on,"
            " status, units_done, status_changed_at, qa_rounds, note, created_at, created_by,"
            " updated_at, updated_by, version) VALUES (?, 1, ?, 50000, '2026-11-01', "
            "'2026-11-30', 'in_progress', 0, ?, 0, '', ?, '', ?, '', 1)",
            [(b, f"ACM-{b:03d}", NOW, NOW, NOW) for b in range(1, 31)])
        conn.executemany(
            "INSERT INTO person (id, uid, first_name, last_name, other_names, id_kind, gender,"
            " phone, county, settlement, emergency_contact_name, emergency_contact_phone,"
            " has_disability, disability_notes, consent_by, guardian_name, stage, badge_no,"
            " created_at, updated_at, updated_by, version) VALUES (?, ?, ?, 'Otieno', '',"
            " 'national_id', 'F', '+254700000000', 'Nairobi', 'Kibera', '', '', 0, '', '', '',"
            " 'worker', ?, ?, ?, '', 1)",
            [(p, str(uuid.uuid4()), f"Akinyi{p}", f"B-{p:04d}", NOW, NOW)
             for p in range(1, WORKERS + 1)])
        shifts, clocks, logs = [], [], []
        for p in range(1, WORKERS + 1):
            for d in DAYS:
                start = datetime(d.year, d.month, d.day, 5, 0, tzinfo=UTC)
                end = start + timedelta(hours=8)
                shifts.append((str(uuid.uuid4()), p, _iso(start), _iso(end), NOW, NOW))
                clocks.append((p, "in", _iso(start + timedelta(minutes=p % 9)), NOW))
                clocks.append((p, "out", _iso(end + timedelta(minutes=p % 7)), NOW))
                logs.append((1 + p % 30, p, d.isoformat(), 300 + p % 50, 420, NOW))
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
            " VALUES (1, '2026-11', 'monthly', '2026-11-01', '2026-11-30', '2026-11-30',"
            " 'draft', 'KE', '', '', '', ?, '', 1)", (NOW,))
        conn.executemany(
            "INSERT INTO payslip (id, period_id, person_id, name, national_id, phone, method,"
            " bank, kind, job_category, gross_cents, deductions_cents, net_cents,"
            " employer_cents, created_at) VALUES (?, 1, ?, ?, '', '', 'mpesa', '', 'monthly',"
            " '', 3000000, 450000, 2550000, 150000, ?)",
            [(p, p, f"Akinyi{p} Otieno", NOW) for p in range(1, WORKERS + 1)])
        conn.executemany(
            "INSERT INTO payslip_line (payslip_id, position, section, code, label, unit,"
            " amount_cents, working) VALUES (?, ?, 'earning', ?, ?, '', 100000, ?)",
            [(p, i, f"L{i}", f"Line {i}", "22 days × 1,363.64") for p in range(1, WORKERS + 1)
             for i in range(10)])
        conn.execute("UPDATE pay_period SET state = 'closed', closed_at = ?", (NOW,))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _copy(src: Path, dst: Path) -> Path:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    return dst


def _floor(a: Path, h: Path) -> float:
    src = sqlite3.connect(a)
    dst = sqlite3.connect(h)
    try:
        t0 = time.perf_counter()
        body = {}
        for t in TABLES:
            cur = src.execute(f'SELECT * FROM "{t}"')
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
    a_tpl, h_tpl = _stores(ctx)
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
        floor.append(_floor(a_tpl / "centre.sqlite", h2 / "centre.sqlite"))
    return Row("sync_roundtrip", median(ours), median(floor), target_abs=5.0,
               note=f"{records:,} records, bundle {size / 1e6:.1f} MB; {WORKERS} workers, "
                    f"{WORKERS * len(DAYS):,} shifts, a closed pay period",
               samples_ours=ours, samples_floor=floor,
               details={"export": median(exports), "import": median(imports),
                        "ours_cpu": median(cpu)})

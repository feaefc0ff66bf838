"""Payroll benchmarks: the monthly run for 1,000 workers and their payslips PDF.

The store: a fresh centre, 1,000 workers (700 on a monthly salary, 200 hourly, 100 piece rate
with the minimum-wage floor), October 2026 with 22 shifts each (22,000 shifts, punched in and
out) and 50,000 work-log rows on accepted batches. Built once per run with sqlite3
``executemany`` (untimed).

* ``payroll_run``: ``services.payroll.run`` of October 2026 (a draft, run again each sample):
  gather (terms, stage history, stipends, items), the attendance summary, accepted units,
  every payslip worked out with its statutory lines, and the replace in one transaction.
  ``details`` splits out the attendance summary (the attendance feature's contract).
  Floor: raw sqlite3 doing the same aggregates (worked minutes per person from shifts and
  punches, accepted units per person, the terms in force) and inserting the same number of
  payslip and line rows into scratch tables, committed.
* ``payslips_pdf``: ``services.payroll.write_payslips`` for the 1,000 payslips. Floor: a bare
  ReportLab canvas drawing the same number of pages with the same strings (DejaVu).
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
LOGS = 50_000
MONTH = (date(2026, 10, 1), date(2026, 10, 31))
NOW = "2026-11-16T09:00:00.000000+00:00"


def _iso(d: datetime) -> str:
    return d.isoformat(timespec="microseconds")


def payroll_store(ctx: Context) -> Path:
    cached = getattr(ctx, "_payroll_store", None)
    if cached is not None:
        return cached
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    folder = ctx.fresh_dir("payroll-1000")
    services = open_services(resolve_paths(folder), create=True)
    services.db.dispose()
    rng = random.Random(77)
    conn = sqlite3.connect(folder / "centre.sqlite", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO centre (name, country, time_zone, currency, is_demo, "
                     "idle_lock_minutes, backup_every_minutes, backup_copy_folder, "
                     "alumni_retention_months, created_at, updated_at, updated_by, version) "
                     "VALUES ('Bench Centre', 'KE', 'Africa/Nairobi', 'KES', 0, 10, 30, '', 0, "
                     "?, ?, 'bench', 1)", (NOW, NOW))
        people = [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"Worker{n}",
                   f"Bench{n:04d}", "", f"{20_000_000 + n}", f"{20_000_000 + n}",
                   "national_id", None, "", f"+2547{n:08d}", "", "", "", "", 0, "", None, "",
                   "", None, "worker", None, "2024-01-02", None, NOW, NOW, "bench", 1)
                  for n in range(WORKERS)]
        conn.executemany(
            "INSERT INTO person (uid, first_name, last_name, other_names, national_id, "
            "national_id_norm, id_kind, date_of_birth, gender, phone, county, settlement, "
            "emergency_contact_name, emergency_contact_phone, has_disability, disability_notes,"
            " consent_on, consent_by, guardian_name, guardian_consent_on, stage, cohort_id, "
            "enrolled_on, badge_no, created_at, updated_at, updated_by, version) VALUES "
            f"({', '.join('?' * 28)})", people)
        ids = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")]
        conn.executemany("INSERT INTO stage_change (person_id, from_stage, to_stage, "
                         "changed_on, reason, exit_kind, recorded_at) VALUES (?, NULL, "
                         "'worker', '2024-01-02', 'hired', NULL, ?)", [(p, NOW) for p in ids])
        terms = []
        for k, pid in enumerate(ids):
            kind, amount, cat = (("monthly", rng.choice((1_800_000, 2_500_000, 6_000_000)),
                                  "Clerk / copy typist") if k % 10 < 7 else
                                 ("hourly", 12_500, "Clerk / copy typist") if k % 10 < 9 else
                                 ("piece", 0, "General labourer"))
            terms.append((pid, "2024-01-02", kind, amount, None, 15000, 20000, cat, "Nairobi",
                          1, "mpesa", "", "", "", "", "", NOW, "bench"))
        conn.executemany(
            "INSERT INTO pay_terms (person_id, effective_from, kind, amount_cents, "
            "hourly_rate_cents, overtime_weekday_bp, overtime_rest_bp, job_category, location, "
            "statutory, method, phone, bank_name, bank_branch, bank_account, note, "
            "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)", terms)
        conn.execute("INSERT INTO minimum_wage (category, location, effective_from, "
                     "monthly_cents, hourly_cents, source, recorded_at, recorded_by) VALUES "
                     "('General labourer', 'Nairobi', '2024-11-01', 1611375, NULL, 'LN 164', "
                     "?, 'bench')", (NOW,))
        days = [MONTH[0] + timedelta(days=i) for i in range(31)]
        weekdays = [d for d in days if d.weekday() < 5][:22]
        shifts, punches = [], []
        for pid in ids:
            for day in weekdays:
                start = datetime(day.year, day.month, day.day, 5, tzinfo=UTC)  # 08:00 EAT
                end = start + timedelta(hours=8)
                shifts.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), pid,
                               _iso(start), _iso(end), 30, 0, "", "", 0, NOW, "b", NOW, "b", 1))
                if rng.random() > 0.03:
                    punches.append((pid, "in", _iso(start + timedelta(minutes=rng.randint(
                        -10, 15))), "kiosk", None, "", "", NOW, "b"))
                    punches.append((pid, "out", _iso(end + timedelta(minutes=rng.randint(
                        -5, 45))), "kiosk", None, "", "", NOW, "b"))
        conn.executemany(
            "INSERT INTO shift (uid, person_id, starts_at, ends_at, break_minutes, is_night, "
            "note, override_reason, overtime_approved, created_at, created_by, updated_at, "
            "updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", shifts)
        conn.executemany(
            "INSERT INTO clock_event (person_id, kind, at, source, replaces_id, reason, "
            "clock_warning, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            punches)
        conn.execute("INSERT INTO client (name, contact, country, currency, active, created_at,"
                     " updated_at, updated_by, version) VALUES ('Jamii', '', 'KE', 'KES', 1, ?, "
                     "?, 'b', 1)", (NOW, NOW))
        conn.execute("INSERT INTO project (client_id, name, unit, price_per_unit_cents, "
                     "piece_rate_cents, accuracy_target_bp, qa_sample_bp, turnaround_days, "
                     "active_from, active_to, created_at, updated_at, updated_by, version) "
                     "VALUES (1, 'Forms', 'record', 40, 6, 9900, 500, 5, '2026-01-01', NULL, "
                     "?, ?, 'b', 1)", (NOW, NOW))
        batches = [(1, f"B-{n:05d}", 5000, "2026-10-01", "2026-10-06", "accepted", 5000, NOW,
                    "2026-10-10", f"2026-10-{1 + n % 28:02d}", 1, 9950, 1, "", NOW, "b", NOW,
                    "b", 1) for n in range(500)]
        conn.executemany(
            "INSERT INTO batch (project_id, reference, units_expected, received_on, due_on, "
            "status, units_done, status_changed_at, delivered_on, decided_on, qa_rounds, "
            "last_accuracy_bp, last_qa_passed, note, created_at, created_by, updated_at, "
            "updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?)", batches)
        logs = [(1 + n % 500, ids[n % WORKERS], f"2026-10-{1 + n % 28:02d}",
                 rng.randint(20, 200), 60, "typed", NOW, "b") for n in range(LOGS)]
        conn.executemany("INSERT INTO work_log (batch_id, person_id, worked_on, units, minutes, "
                         "source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         logs)
        conn.execute("COMMIT")
    finally:
        conn.close()
    ctx._payroll_store = folder  # type: ignore[attr-defined]
    return folder


def _services(folder: Path) -> Any:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    return open_services(resolve_paths(folder))


def _period(services: Any) -> int:
    found = [p for p in services.payroll.periods() if p.name == "2026-10"]
    if found:
        return int(found[0].id)
    return int(services.payroll.create_period(*MONTH).id)


def _floor_run(path: Path) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("CREATE TEMP TABLE slip (id INTEGER PRIMARY KEY, person_id, gross, ded, "
                     "net)")
        conn.execute("CREATE TEMP TABLE line (slip_id, code, label, amount, working)")
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        terms = conn.execute(
            "SELECT t.person_id, t.kind, t.amount_cents FROM pay_terms t JOIN (SELECT "
            "person_id, MAX(effective_from) d FROM pay_terms WHERE effective_from <= "
            "'2026-10-31' GROUP BY person_id) b ON b.person_id = t.person_id AND b.d = "
            "t.effective_from").fetchall()
        minutes = dict(conn.execute(
            "SELECT s.person_id, SUM((julianday(MIN(s.ends_at, o.at)) - julianday(MAX("
            "s.starts_at, i.at))) * 1440) FROM shift s JOIN clock_event i ON i.person_id = "
            "s.person_id AND i.kind = 'in' AND i.at BETWEEN datetime(s.starts_at, '-1 hour') "
            "AND s.ends_at JOIN clock_event o ON o.person_id = s.person_id AND o.kind = 'out' "
            "AND o.at BETWEEN s.starts_at AND datetime(s.ends_at, '+2 hours') WHERE "
            "s.starts_at >= '2026-09-30' AND s.starts_at < '2026-11-01' GROUP BY s.person_id"
        ).fetchall())
        units = dict(conn.execute(
            "SELECT w.person_id, SUM(w.units * p.piece_rate_cents) FROM work_log w JOIN batch "
            "b ON b.id = w.batch_id JOIN project p ON p.id = b.project_id WHERE b.status = "
            "'accepted' AND b.decided_on BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY "
            "w.person_id").fetchall())
        slips, lines = [], []
        for n, (pid, kind, amount) in enumerate(terms, 1):
            gross = amount if kind == "monthly" else int((minutes.get(pid) or 0) * amount / 60
                                                         + (units.get(pid) or 0))
            ded = gross // 10
            slips.append((n, pid, gross, ded, gross - ded))
            lines += [(n, code, code, gross // 7, "working text of a line")
                      for code in ("BASIC", "OT", "NSSF", "SHIF", "AHL", "PAYE", "TAXABLE",
                                   "NSSF_ER", "AHL_ER", "FLOOR", "X", "Y")]
        conn.executemany("INSERT INTO slip VALUES (?, ?, ?, ?, ?)", slips)
        conn.executemany("INSERT INTO line VALUES (?, ?, ?, ?, ?)", lines)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


@benchmark("payroll_run")
def bench_payroll_run(ctx: Context) -> Row:
    folder = payroll_store(ctx)
    services = _services(folder)
    ours, floor, attendance, cpu = [], [], [], []
    try:
        period = _period(services)
        first = services.payroll.run(period)  # warm-up
        for _ in range(ctx.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            result = services.payroll.run(period)
            ours.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)  # this process's CPU: what load cannot inflate
            t0 = time.perf_counter()
            services.attendance.summary(*MONTH, [p.person_id for p in
                                                 services.payroll.current_terms()])
            attendance.append(time.perf_counter() - t0)
            floor.append(_floor_run(folder / "centre.sqlite"))
    finally:
        services.db.dispose()
    return Row("payroll_run", median(ours), median(floor), target_abs=1.0,
               note=f"{result.payslips} payslips (first run {first.seconds:.2f} s); 22,000 "
                    f"shifts, {LOGS:,} work logs",
               samples_ours=ours, samples_floor=floor,
               details={"attendance_summary": median(attendance), "ours_cpu": median(cpu)})


def _floor_pdf(path: Path, n: int) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from issp_desktop.reports.fonts import REGULAR, register_fonts

    register_fonts()
    t0 = time.perf_counter()
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    for i in range(n):
        c.setFont(REGULAR, 9)
        for k in range(32):
            c.drawString(40, 800 - k * 20, f"Payslip line {k} of person {i}: 12,345.67")
        c.showPage()
    c.save()
    return time.perf_counter() - t0


@benchmark("payslips_pdf")
def bench_payslips_pdf(ctx: Context) -> Row:
    folder = payroll_store(ctx)
    services = _services(folder)
    ours, floor = [], []
    try:
        period = _period(services)
        if not services.payroll.payslips(period):
            services.payroll.run(period)
        count = len(services.payroll.payslips(period))
        out = ctx.fresh_dir("payslips")
        for n in range(ctx.repeat):
            t0 = time.perf_counter()
            services.payroll.write_payslips(period, out / f"slips-{n}.pdf")
            ours.append(time.perf_counter() - t0)
            floor.append(_floor_pdf(out / f"floor-{n}.pdf", count))
    finally:
        services.db.dispose()
    return Row("payslips_pdf", median(ours), median(floor), target_abs=10.0,
               note=f"{count} pages", samples_ours=ours, samples_floor=floor)

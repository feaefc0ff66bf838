"""Impact benchmark on a store of 10,000 people over five years.

The store (built once per run with sqlite3 ``executemany``, untimed): 60 cohorts, one a month
for five years up to 2026-11-16, with 60 training sessions each and every member's roll-call,
six modules each and every member's assessments (a second attempt after a failed first);
10,000 people with their stage history (about two thirds hired, a fifth of those left),
eligibility, baseline and follow-up surveys; 60 closed monthly pay periods with a payslip for
every worker employed in each; four weeks of shifts for the workers of the last month.

* ``impact_report``: ``ImpactService.report`` for the last twelve months (the period and the
  twelve months before it, all figures and four breakdown tables). Target 2 s. Floor: raw
  sqlite3 running the same aggregates (people, ordered stage history, eligibility, latest
  baselines, each module's latest assessment and attendance counts for completion, roll-call
  minutes per person, latest payslip and follow-up per person, shift minutes per person) for
  both periods, without the counting in Python.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from run import Context, Row, benchmark, median

PEOPLE = 10_000
TODAY = date(2026, 11, 16)
FIRST = date(2021, 12, 1)
NOW = "2026-11-16T09:00:00.000000+00:00"
COUNTIES = ("Nairobi", "Kiambu", "Mombasa", "Kisumu", "Nakuru", "Machakos")


def _month(i: int) -> date:
    y, m = divmod(FIRST.month - 1 + i, 12)
    return date(FIRST.year + y, m + 1, 1)


def impact_store(ctx: Context) -> Path:
    cached = getattr(ctx, "_impact_store", None)
    if cached is not None:
        return cached
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    folder = ctx.fresh_dir("impact-10k")
    services = open_services(resolve_paths(folder), create=True)
    services.db.dispose()
    rng = random.Random(99)
    conn = sqlite3.connect(folder / "centre.sqlite", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO centre (id, name, country, time_zone, currency, is_demo, "
                     "idle_lock_minutes, backup_every_minutes, backup_copy_folder, "
                     "alumni_retention_months, created_at, updated_at, updated_by, version) "
                     "VALUES (1, 'Bench', 'KE', 'Africa/Nairobi', 'KES', 0, 10, 30, '', 0, ?, "
                     "?, '', 1)", (NOW, NOW))
        cohorts = []
        for i in range(60):
            start = _month(i)
            cohorts.append((i + 1, f"c{i}", f"Cohort {i}", start.isoformat(),
                            (start + timedelta(days=83)).isoformat(), NOW, NOW))
        conn.executemany("INSERT INTO cohort (id, uid, name, start_date, end_date, capacity, "
                         "notes, programme, trainer, attendance_threshold_pct, created_at, "
                         "updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, 200, '', '', "
                         "'', 80, ?, ?, '', 1)", cohorts)
        sessions = [(c * 100 + k, c, (date.fromisoformat(cohorts[c - 1][3])
                                      + timedelta(days=k)).isoformat(), NOW)
                    for c in range(1, 61) for k in range(60)]
        conn.executemany("INSERT INTO training_session (id, cohort_id, held_on, minutes, topic, "
                         "recorded_at, recorded_by) VALUES (?, ?, ?, 420, '', ?, '')", sessions)
        people, changes, elig, surveys, rolls, spells = [], [], [], [], [], []
        for pid in range(1, PEOPLE + 1):
            c = (pid - 1) % 60 + 1
            begin = date.fromisoformat(cohorts[c - 1][3])
            applied = begin - timedelta(days=rng.randint(5, 40))
            hired = rng.random() < 0.66
            stage, left = "trainee", None
            changes += [(pid, None, "applicant", applied.isoformat(), None),
                        (pid, "applicant", "trainee", begin.isoformat(), None)]
            if hired:
                on = begin + timedelta(days=90)
                if on <= TODAY:
                    stage = "worker"
                    changes.append((pid, "trainee", "worker", on.isoformat(), None))
                    if rng.random() < 0.2:
                        left = on + timedelta(days=rng.randint(30, 900))
                        if left <= TODAY:
                            stage = "alumnus"
                            changes.append((pid, "worker", "alumnus", left.isoformat(),
                                            rng.choice(("voluntary", "involuntary",
                                                        "positive"))))
                        else:
                            left = None
                    spells.append((pid, on, left))
            people.append((pid, f"p{pid}", f"F{pid}", f"L{pid}",
                           date(1990 + pid % 15, 1 + pid % 12, 1 + pid % 28).isoformat(),
                           rng.choice(("female", "male")), rng.choice(COUNTIES),
                           int(rng.random() < 0.05), stage, c, NOW, NOW))
            if rng.random() < 0.9:
                elig.append((pid, "below_poverty_line", NOW))
            surveys.append((pid, "baseline", applied.isoformat(),
                            rng.choice((0, 300_000, 600_000, 900_000)), rng.randint(0, 5), NOW))
            if hired and begin + timedelta(days=270) <= TODAY:
                surveys.append((pid, "followup_6m", (begin + timedelta(days=270)).isoformat(),
                                rng.randint(1_500_000, 2_500_000), rng.randint(0, 5), NOW))
            rolls += [(c * 100 + k, pid, "present" if rng.random() < 0.9 else "absent", NOW)
                      for k in range(60)]
        conn.executemany("INSERT INTO person (id, uid, first_name, last_name, other_names, "
                         "id_kind, date_of_birth, gender, phone, county, settlement, "
                         "emergency_contact_name, emergency_contact_phone, has_disability, "
                         "disability_notes, consent_by, guardian_name, stage, cohort_id, "
                         "created_at, updated_at, updated_by, version) VALUES (?, ?, ?, ?, '', "
                         "'national_id', ?, ?, '', ?, '', '', '', ?, '', '', '', ?, ?, ?, ?, "
                         "'', 1)", people)
        conn.executemany("INSERT INTO stage_change (person_id, from_stage, to_stage, "
                         "changed_on, reason, exit_kind, recorded_at) VALUES (?, ?, ?, ?, '', "
                         "?, '" + NOW + "')", changes)
        conn.executemany("INSERT INTO eligibility_record (person_id, criterion, other_detail, "
                         "evidence, verified_by, notes, frozen, recorded_at, recorded_by, "
                         "version) VALUES (?, ?, '', 'document', '', '', 1, ?, '', 1)", elig)
        conn.executemany("INSERT INTO survey (person_id, kind, taken_on, employment_status, "
                         "monthly_income_cents, income_dependents, education_level, notes, "
                         "frozen, recorded_at, recorded_by, version) VALUES (?, ?, ?, '', ?, "
                         "?, '', '', 1, ?, '', 1)", surveys)
        conn.executemany("INSERT INTO roll_call (session_id, person_id, status, recorded_at, "
                         "recorded_by) VALUES (?, ?, ?, ?, '')", rolls)
        slips = []
        for i in range(60):
            first = _month(i)
            last = _month(i + 1) - timedelta(days=1)
            if last > TODAY:
                break
            conn.execute("INSERT INTO pay_period (id, name, kind, starts_on, ends_on, pay_date, "
                         "state, pack_code, run_by, reviewed_by, closed_by, created_at, "
                         "created_by, version) VALUES (?, ?, 'monthly', ?, ?, ?, 'draft', 'KE', "
                         "'', '', '', ?, '', 1)",
                         (i + 1, f"{first:%Y-%m}", first.isoformat(), last.isoformat(),
                          last.isoformat(), NOW))
            slips += [(i + 1, pid, f"p{pid}", 1_800_000 + pid % 500 * 1000)
                      for pid, on, left in spells
                      if on <= last and (left is None or left > last)]
        conn.executemany("INSERT INTO payslip (period_id, person_id, name, national_id, phone, "
                         "method, bank, kind, job_category, gross_cents, deductions_cents, "
                         "net_cents, employer_cents, created_at) VALUES (?, ?, ?, '', '', "
                         "'mpesa', '', 'monthly', '', ?, 0, 0, 0, '" + NOW + "')", slips)
        conn.execute("UPDATE pay_period SET state = 'closed'")
        shifts = []
        for pid, on, left in spells:
            if left is None and on <= TODAY:
                for k in range(20):
                    day = TODAY - timedelta(days=27 - k - k // 5 * 2)
                    begin = datetime(day.year, day.month, day.day, 5, tzinfo=UTC)
                    shifts.append((f"s{pid}-{k}", pid, begin.isoformat(timespec="microseconds"),
                                   (begin + timedelta(hours=8)).isoformat(
                                       timespec="microseconds"), NOW, NOW))
        conn.executemany("INSERT INTO shift (uid, person_id, starts_at, ends_at, break_minutes, "
                         "is_night, note, override_reason, overtime_approved, created_at, "
                         "created_by, updated_at, updated_by, version) VALUES (?, ?, ?, ?, 30, "
                         "0, '', '', 0, ?, '', ?, '', 1)", shifts)
        _curricula(conn, cohorts)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    ctx._impact_store = folder  # type: ignore[attr-defined]
    return folder


MODULES = ("Typing", "Computer literacy", "Data entry", "Transcription", "Image tagging",
           "Work readiness")


def _curricula(conn: sqlite3.Connection, cohorts: list[tuple[Any, ...]]) -> None:
    """Six modules taught in every cohort; each trainee's assessments: passed at the first
    attempt 85 % of the time, else a second attempt passed 70 % of the time (so about three
    trainees in four pass every module and their attendance decides completion)."""
    rng = random.Random(98)  # apart from the store's own draws, which stay as they were
    conn.executemany("INSERT INTO module (id, uid, name, kind, hours, pass_mark, description, "
                     "active, created_at, updated_at, updated_by, version) VALUES (?, ?, ?, "
                     "'test', 40, 60, '', 1, ?, ?, '', 1)",
                     [(m + 1, f"m{m}", name, NOW, NOW) for m, name in enumerate(MODULES)])
    conn.executemany("INSERT INTO cohort_module (cohort_id, module_id, position) "
                     "VALUES (?, ?, ?)",
                     [(c[0], m + 1, m) for c in cohorts for m in range(len(MODULES))])
    rows = []
    for pid in range(1, PEOPLE + 1):
        c = (pid - 1) % 60 + 1
        taken = date.fromisoformat(cohorts[c - 1][4]).isoformat()
        for m in range(1, len(MODULES) + 1):
            first = rng.random() < 0.85
            rows.append((pid, m, c, taken, 75 if first else 40, int(first), 1))
            if not first:
                second = rng.random() < 0.7
                rows.append((pid, m, c, taken, 70 if second else 45, int(second), 2))
    conn.executemany("INSERT INTO assessment (person_id, module_id, cohort_id, taken_on, score, "
                     "passed, attempt, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, '"
                     + NOW + "', '')", rows)


_FLOOR = (
    "SELECT p.id, p.gender, p.has_disability, p.date_of_birth, p.county, c.end_date "
    "FROM person p LEFT JOIN cohort c ON c.id = p.cohort_id",
    "SELECT person_id, from_stage, to_stage, changed_on, exit_kind FROM stage_change "
    "ORDER BY person_id, changed_on, id",
    "SELECT DISTINCT person_id FROM eligibility_record",
    "SELECT person_id, monthly_income_cents FROM survey WHERE id IN (SELECT max(id) FROM survey "
    "WHERE kind = 'baseline' GROUP BY person_id)",
    # completion: the latest attempt of each module, attendance counts at the cohort's sessions
    # (cohorts ending in the two periods)
    "SELECT person_id, module_id, passed FROM assessment WHERE id IN (SELECT max(a.id) FROM "
    "assessment a JOIN person p ON p.id = a.person_id JOIN cohort c ON c.id = p.cohort_id "
    "WHERE c.end_date BETWEEN '2024-11-17' AND '2026-11-16' GROUP BY a.person_id, a.module_id)",
    "SELECT r.person_id, s.cohort_id, r.status, count(*) FROM training_session s JOIN roll_call r "
    "ON r.session_id = s.id WHERE s.cohort_id IN (SELECT id FROM cohort WHERE end_date BETWEEN "
    "'2024-11-17' AND '2026-11-16') GROUP BY r.person_id, s.cohort_id, r.status",
)
_PERIOD = (
    "SELECT r.person_id, sum(s.minutes) FROM roll_call r JOIN training_session s "
    "ON s.id = r.session_id WHERE r.status IN ('present', 'late') AND s.held_on BETWEEN ? AND ? "
    "GROUP BY r.person_id",
    "SELECT person_id, gross_cents FROM (SELECT s.person_id, s.gross_cents, row_number() OVER "
    "(PARTITION BY s.person_id ORDER BY p.ends_on DESC) n FROM payslip s JOIN pay_period p "
    "ON p.id = s.period_id WHERE p.state = 'closed' AND p.ends_on BETWEEN ? AND ?) WHERE n = 1",
    "SELECT person_id, v FROM (SELECT person_id, monthly_income_cents v, row_number() OVER "
    "(PARTITION BY person_id ORDER BY taken_on DESC) n FROM survey WHERE kind <> 'baseline' "
    "AND taken_on BETWEEN ? AND ?) WHERE n = 1",
    "SELECT person_id, sum((julianday(ends_at) - julianday(starts_at)) * 1440 - break_minutes) "
    "FROM shift WHERE starts_at >= ? AND starts_at < ? GROUP BY person_id",
)


@benchmark("impact_report")
def bench_impact_report(ctx: Context) -> Row:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.services.impact import ImpactService

    folder = impact_store(ctx)
    start, end = date(2025, 11, 17), TODAY
    services = open_services(resolve_paths(folder))
    try:
        impact = ImpactService(services.ctx)
        impact.today = staticmethod(lambda: TODAY)  # type: ignore[method-assign]
        impact.report(start, end)
        ours, cpu = [], []
        for _ in range(ctx.repeat):
            began, c0 = time.perf_counter(), time.process_time()
            report = impact.report(start, end)
            ours.append(time.perf_counter() - began)
            cpu.append(time.process_time() - c0)  # this process's CPU: what load cannot inflate
        headcount = report.figure("headcount").value
    finally:
        services.db.dispose()
    conn = sqlite3.connect(folder / "centre.sqlite")
    periods = ((start, end), (date(2024, 11, 17), date(2025, 11, 16)))

    def floor_once() -> None:
        for sql in _FLOOR:
            conn.execute(sql).fetchall()
        for first, last in periods:
            for sql in _PERIOD[:3]:
                conn.execute(sql, (first.isoformat(), last.isoformat())).fetchall()
            conn.execute(_PERIOD[3], ((last - timedelta(days=27)).isoformat(),
                                      (last + timedelta(days=1)).isoformat())).fetchall()

    try:
        floor_once()
        floor = []
        for _ in range(ctx.repeat):
            began = time.perf_counter()
            floor_once()
            floor.append(time.perf_counter() - began)
    finally:
        conn.close()
    detail: dict[str, Any] = {"ours_cpu": median(cpu)}
    return Row("impact_report", median(ours), median(floor), target_abs=2.0,
               note=f"{PEOPLE:,} people over five years; {headcount} workers at the end",
               samples_ours=ours, samples_floor=floor, details=detail)

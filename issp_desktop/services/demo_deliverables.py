"""The demo centre's deliverables (called inside the demo's one write transaction): five
clients in Kenya, the Netherlands and the United States, nine projects, a year of batches up to
``today`` worked by the demo's workers in project teams, daily work logs, quality checks with
error categories, some batches late, some sent to rework and re-checked, a few rejected, and
the newest ones still received, in progress or in QA."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import Person, StageChange
from issp_desktop.db.models.deliverables import (
    Batch,
    BatchStatusChange,
    BatchWorker,
    Client,
    ErrorCategory,
    Project,
    QaCheck,
    QaError,
    WorkLog,
)
from issp_desktop.domain import deliverables as rules

# name, contact, country, currency
CLIENTS = (
    ("Nyota Bank", "Back-office operations, ops@nyotabank.example", "KE", "KES"),
    ("Kilimo Mutual Insurance", "Claims desk, +254 20 765 4321", "KE", "KES"),
    ("Lumen Transcription BV", "Annelies de Vries, annelies@lumen.example", "NL", "EUR"),
    ("Tagwise AI Inc.", "Data ops, vendors@tagwise.example", "US", "USD"),
    ("Kaunti Records Office", "County registrar, +254 57 202 0101", "KE", "KES"),
)
# client, name, unit, price (client's cents), piece rate (KES cents), target bp, sample bp,
# turnaround days, units a worker does in a day, fields checked per sampled unit
PROJECTS = (
    (0, "Account opening forms", "form", 450, 150, 9950, 500, 5, 260, 12),
    (0, "Loan file digitisation", "page", 1200, 350, 9900, 500, 7, 150, 8),
    (1, "Claims data entry", "record", 600, 200, 9950, 1000, 4, 320, 10),
    (2, "Interview transcription", "audio_minute", 85, 2500, 9800, 1000, 5, 55, 150),
    (2, "Medical dictation", "audio_minute", 120, 3500, 9900, 1500, 3, 45, 150),
    (3, "Image bounding boxes", "image", 6, 200, 9700, 300, 3, 650, 4),
    (3, "Product categorisation", "record", 3, 100, 9800, 200, 3, 900, 2),
    (4, "Land records index", "document", 2500, 800, 9900, 500, 10, 80, 15),
    (4, "Birth register digitisation", "record", 350, 120, 9950, 500, 7, 340, 9),
)
PREFIX = ("NB-AOF", "NB-LFD", "KM-CLM", "LT-INT", "LT-MED", "TW-BOX", "TW-CAT", "KR-LRI",
          "KR-BRD")


@dataclass
class _Rows:
    batches: list[dict[str, Any]] = field(default_factory=list)
    workers: list[tuple[int, int]] = field(default_factory=list)  # (batch no, person)
    changes: list[tuple[int, str | None, str, datetime, str]] = field(default_factory=list)
    logs: list[dict[str, Any]] = field(default_factory=list)  # with "n": batch no
    checks: list[dict[str, Any]] = field(default_factory=list)  # with "n"
    errors: list[tuple[int, int, int]] = field(default_factory=list)  # (check no, cat, n)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)  # 06:00 UTC = 09:00


def _workday(day: date) -> date:
    return day + timedelta(days=1) if day.weekday() == 6 else day  # no work on Sundays


def build_demo(s: Session, seed: int, today: date, now: datetime) -> dict[str, int]:
    """Add this feature's demo rows; return counts by name for the demo summary."""
    rng = random.Random(seed * 6007 + 6)
    s.execute(insert(Client.__table__), [  # type: ignore[attr-defined]
        {"name": n, "contact": c, "country": k, "currency": cur, "active": True,
         "created_at": now, "updated_at": now, "updated_by": "system", "version": 1}
        for n, c, k, cur in CLIENTS])
    client_ids = {n: i for i, n in s.execute(select(Client.id, Client.name))}
    start = today - timedelta(days=365)
    s.execute(insert(Project.__table__), [  # type: ignore[attr-defined]
        {"client_id": client_ids[CLIENTS[c][0]], "name": name, "unit": unit,
         "price_per_unit_cents": price, "piece_rate_cents": rate, "accuracy_target_bp": tgt,
         "qa_sample_bp": sample, "turnaround_days": days, "active_from": start,
         "active_to": None, "created_at": now, "updated_at": now, "updated_by": "system",
         "version": 1}
        for c, name, unit, price, rate, tgt, sample, days, _, _ in PROJECTS])
    project_ids = [s.execute(select(Project.id).where(Project.name == p[1])).scalar_one()
                   for p in PROJECTS]
    hired = dict(s.execute(select(StageChange.person_id, func.max(StageChange.changed_on))
                           .join(Person, Person.id == StageChange.person_id)
                           .where(Person.stage == "worker", StageChange.to_stage == "worker")
                           .group_by(StageChange.person_id)).all())
    for pid in s.execute(select(Person.id).where(Person.stage == "worker")).scalars():
        hired.setdefault(pid, start)
    categories = list(s.execute(select(ErrorCategory.id).where(ErrorCategory.active.is_(True))
                                .order_by(ErrorCategory.position)).scalars())
    counts = {"clients": len(CLIENTS), "projects": len(PROJECTS)}
    if not hired or not categories:
        return counts
    teams: list[list[int]] = [[] for _ in PROJECTS]
    for n, pid in enumerate(sorted(hired, key=lambda p: (hired[p], p))):
        teams[n % len(PROJECTS)].append(pid)
    rows = _Rows()
    for k, project in enumerate(PROJECTS):
        _project_year(rng, k, project, teams[k], hired, categories, start, today, rows)
    _insert(s, rows, project_ids)
    counts.update(batches=len(rows.batches), work_logs=len(rows.logs),
                  qa_checks=len(rows.checks))
    return counts


def _project_year(rng: random.Random, k: int, project: tuple[Any, ...], team: list[int],
                  hired: dict[int, date], categories: list[int], start: date, today: date,
                  rows: _Rows) -> None:
    _, _, _, _, _, target, sample_bp, turnaround, per_day, fields = project
    free: dict[int, date] = defaultdict(lambda: start)  # when each worker is next free
    cursor = float(rng.randint(0, 4))
    received = start + timedelta(days=int(cursor))
    serial = 0
    while received <= today:
        staff = [p for p in team if hired[p] <= received]
        if not staff:
            cursor += 7
            received = start + timedelta(days=int(cursor))
            continue
        staff.sort(key=lambda p: (free[p], rng.random()))  # the least busy first
        if free[staff[0]] > received + timedelta(days=2):  # the team is busy: it comes later
            cursor = float((free[staff[0]] - start).days - rng.randint(0, 2))
            received = start + timedelta(days=int(cursor))
            if received > today:
                break
        crew = staff[:min(len(staff), rng.randint(2, max(3, min(8, len(staff) // 2))))]
        days_of_work = rng.randint(max(1, turnaround - 3), max(1, turnaround - 2))
        expected = max(10, round(len(crew) * per_day * days_of_work * rng.uniform(0.6, 0.85),
                                 -1))
        serial += 1
        n = len(rows.batches)
        due = received + timedelta(days=turnaround)
        batch = {"project": k, "reference": f"{PREFIX[k]}-{received:%y%m}-{serial:04d}",
                 "units_expected": int(expected), "received_on": received, "due_on": due}
        rows.batches.append(batch)
        rows.workers += [(n, p) for p in crew]
        events = [(received, None, rules.Status.RECEIVED, "received")]
        day = _workday(max(received, *(free[p] for p in crew)))
        done, first = 0, None
        while done < expected and day <= today:
            for p in crew:
                if done >= expected:
                    break
                units = min(int(per_day * rng.uniform(0.75, 1.2)), int(expected) - done)
                minutes = min(480, max(30, round(units / per_day * 450 * rng.uniform(0.9, 1.1))))
                rows.logs.append({"n": n, "person_id": p, "worked_on": day, "units": units,
                                  "minutes": minutes})
                done += units
                first = first or day
            day = _workday(day + timedelta(days=1))
        for p in crew:
            free[p] = day
        batch["units_done"] = done
        if first is not None:
            events.append((first, rules.Status.RECEIVED, rules.Status.IN_PROGRESS,
                           "work logged"))
        first_check = len(rows.checks)
        if done >= expected:
            _qa_and_delivery(rng, n, day, target, sample_bp, fields, int(expected), today,
                             categories, events, rows)
        events = [e for e in events if e[0] <= today]
        batch["status"] = events[-1][2].value
        for on, frm, to, note in events:
            rows.changes.append((n, frm.value if frm else None, to.value, _at(on, 6 + len(
                rows.changes) % 8), note))
            if to is rules.Status.DELIVERED:
                batch["delivered_on"] = on
            elif to in (rules.Status.ACCEPTED, rules.Status.REJECTED):
                batch["decided_on"] = on
        batch["status_changed_at"] = _at(events[-1][0], 9)
        checks = rows.checks[first_check:]
        batch["qa_rounds"] = len(checks)
        batch["last_accuracy_bp"] = checks[-1]["accuracy_bp"] if checks else None
        batch["last_qa_passed"] = checks[-1]["passed"] if checks else None
        cursor += days_of_work * len(crew) / len(staff) * rng.uniform(1.25, 1.7)
        received = start + timedelta(days=int(cursor))


def _qa_and_delivery(rng: random.Random, n: int, day: date, target: int, sample_bp: int,
                     fields: int, expected: int, today: date, categories: list[int],
                     events: list[tuple[date, Any, rules.Status, str]], rows: _Rows) -> None:
    S = rules.Status
    sample = rules.sample_size(expected, sample_bp, 50)
    checked = sample * fields
    events.append((day, S.IN_PROGRESS, S.IN_QA, "quality check round 1"))
    fails = rng.random() < 0.08
    round_ = 1
    while day <= today:
        limit = checked * (rules.BP - target) // rules.BP  # most errors that still pass
        if fails and round_ == 1:
            errors = limit + 1 + rng.randint(0, max(1, limit))
        else:
            errors = rng.randint(0, limit)
        errors = min(errors, checked)
        accuracy = rules.accuracy_bp(checked, errors)
        passed = rules.qa_passed(checked, errors, target)
        rows.checks.append({"n": n, "round": round_, "sample_size": sample, "checked": checked,
                            "errors": errors, "accuracy_bp": accuracy, "target_bp": target,
                            "passed": passed, "checked_at": _at(day, 11)})
        left = errors
        for cat in rng.sample(categories, min(len(categories), 3)):
            part = left if cat == categories[-1] else rng.randint(0, left)
            if part:
                rows.errors.append((len(rows.checks) - 1, cat, part))
            left -= part
        if left:
            rows.errors.append((len(rows.checks) - 1, categories[0], left))
        if passed:
            break
        events.append((day, S.IN_QA, S.REWORK, f"QA round {round_}: accuracy "
                       f"{rules.fmt_bp(accuracy)} % below the target {rules.fmt_bp(target)} %"))
        day = _workday(day + timedelta(days=1))
        round_ += 1
        events.append((day, S.REWORK, S.IN_QA, f"quality check round {round_}"))
    if not rows.checks or rows.checks[-1]["n"] != n or not rows.checks[-1]["passed"]:
        return
    delivered = day if rng.random() < 0.9 else _workday(day + timedelta(days=1))
    events.append((delivered, S.IN_QA, S.DELIVERED, ""))
    answer = delivered + timedelta(days=rng.randint(2, 6))
    rejected = rng.random() < (0.12 if round_ > 1 else 0.02)
    events.append((answer, S.DELIVERED, S.REJECTED if rejected else S.ACCEPTED,
                   "client found errors in the delivery" if rejected else ""))


def _insert(s: Session, rows: _Rows, project_ids: list[int]) -> None:
    t = Batch.__table__  # type: ignore[attr-defined]
    stamp = datetime.now(UTC)
    values = [{"project_id": project_ids[b["project"]], "reference": b["reference"],
               "units_expected": b["units_expected"], "received_on": b["received_on"],
               "due_on": b["due_on"], "status": b["status"], "units_done": b["units_done"],
               "status_changed_at": b["status_changed_at"],
               "delivered_on": b.get("delivered_on"), "decided_on": b.get("decided_on"),
               "qa_rounds": b["qa_rounds"], "last_accuracy_bp": b["last_accuracy_bp"],
               "last_qa_passed": b["last_qa_passed"], "note": "", "created_at": stamp,
               "created_by": "system", "updated_at": stamp, "updated_by": "system",
               "version": 1} for b in rows.batches]
    ids: dict[str, int] = {}
    for at in range(0, len(values), 2000):
        ids.update((ref, i) for i, ref in s.execute(insert(t).returning(t.c.id, t.c.reference),
                                                    values[at:at + 2000]))
    bid = [ids[b["reference"]] for b in rows.batches]
    _bulk(s, BatchWorker, [{"batch_id": bid[n], "person_id": p, "assigned_at": stamp,
                            "assigned_by": "system"} for n, p in rows.workers])
    _bulk(s, BatchStatusChange, [{"batch_id": bid[n], "from_status": f, "to_status": to,
                                  "at": at, "by": "system", "note": note}
                                 for n, f, to, at, note in rows.changes])
    _bulk(s, WorkLog, [{"batch_id": bid[r["n"]], "person_id": r["person_id"],
                        "worked_on": r["worked_on"], "units": r["units"],
                        "minutes": r["minutes"], "source": "demo", "recorded_at": stamp,
                        "recorded_by": "system"} for r in rows.logs])
    q = QaCheck.__table__  # type: ignore[attr-defined]
    check_values = [{**{k: v for k, v in c.items() if k != "n"}, "batch_id": bid[c["n"]],
                     "checked_by": "QA desk", "note": "", "recorded_by": "system"}
                    for c in rows.checks]
    check_ids: dict[tuple[int, int], int] = {}
    for at in range(0, len(check_values), 2000):
        check_ids.update(((b, r), i) for i, b, r in s.execute(
            insert(q).returning(q.c.id, q.c.batch_id, q.c.round), check_values[at:at + 2000]))
    _bulk(s, QaError, [{"qa_check_id": check_ids[(bid[rows.checks[c]["n"]],
                                                  rows.checks[c]["round"])],
                        "category_id": cat, "count": count}
                       for c, cat, count in _merge(rows.errors) if c < len(rows.checks)])


def _merge(errors: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    merged: dict[tuple[int, int], int] = defaultdict(int)
    for c, cat, n in errors:
        merged[(c, cat)] += n
    return [(c, cat, n) for (c, cat), n in merged.items()]


def _bulk(s: Session, model: Any, values: list[dict[str, Any]]) -> None:
    for at in range(0, len(values), 5000):
        s.execute(insert(model.__table__), values[at:at + 5000])

"""The demo centre's training and impact data: modules and curricula, assessments, training
days with roll-call, stipends, eligibility records and baseline/follow-up surveys.

Made from the people the demo already has, with its own random stream so that adding more demo
data never changes the people a seed makes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from issp_desktop.domain import demo_data as dd
from issp_desktop.domain.people import module_passed

MODULES: tuple[tuple[str, str, int, int, int | None, int | None], ...] = (
    # name, kind, hours, pass mark, min wpm, min accuracy (basis points)
    ("Typing", "typing", 60, 0, 30, 9500),
    ("Computer literacy", "test", 40, 60, None, None),
    ("English for work", "test", 40, 55, None, None),
    ("Soft skills", "test", 24, 50, None, None),
    ("Financial literacy", "test", 16, 50, None, None),
    ("Client work: data entry", "test", 60, 70, None, None),
)
CRITERIA = (("neet_youth", 45), ("below_poverty_line", 30), ("long_term_unemployed", 15),
            ("disability", 5), ("other", 5))
WEEKLY_STIPEND_CENTS = 100_000  # KES 1,000 a week for transport and lunch


@dataclass
class TrainingData:
    modules: list[dict[str, Any]] = field(default_factory=list)
    curricula: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    roll_calls: list[dict[str, Any]] = field(default_factory=list)
    stipends: list[dict[str, Any]] = field(default_factory=list)
    eligibility: list[dict[str, Any]] = field(default_factory=list)
    surveys: list[dict[str, Any]] = field(default_factory=list)


def _weekdays(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    roll = rng.randrange(sum(w for _, w in weighted))
    for value, weight in weighted:
        roll -= weight
        if roll < 0:
            return value
    return weighted[-1][0]


def enrich_people(rng: random.Random, people: list[dict[str, Any]],
                  changes: list[dict[str, Any]]) -> None:
    """Settlement, consent, disability and emergency contact on the people rows (in place)."""
    applied = {c["person_id"]: c["changed_on"] for c in changes if c["from_stage"] is None}
    places = dict(dd.COUNTIES)
    for row in people:
        row["settlement"] = rng.choice(places.get(row["county"], ("",)))
        row["consent_on"] = applied.get(row["id"])
        row["consent_by"] = "supervisor"
        row["has_disability"] = rng.random() < 0.06
        row["disability_notes"] = ("Low vision; uses screen magnifier"
                                   if row["has_disability"] else "")
        row["emergency_contact_name"] = f"{rng.choice(dd.FEMALE_FIRST)} {row['last_name']}"
        row["emergency_contact_phone"] = f"+2547{rng.randint(0, 99_999_999):08d}"


def build(seed: int, cohorts: list[dict[str, Any]], people: list[dict[str, Any]],
          changes: list[dict[str, Any]], today: date, now: datetime) -> TrainingData:
    rng = random.Random(seed * 7919 + 13)
    data = TrainingData()
    for i, (name, kind, hours, mark, wpm, acc) in enumerate(MODULES, start=1):
        data.modules.append({
            "id": i, "uid": f"00000000-0000-4000-8000-{i:012d}", "name": name, "kind": kind,
            "hours": hours, "pass_mark": mark, "min_wpm": wpm, "min_accuracy_bp": acc,
            "description": "", "active": True, "created_at": now, "updated_at": now,
            "updated_by": "system", "version": 1,
        })
    history: dict[int, list[dict[str, Any]]] = {}
    for change in changes:
        history.setdefault(change["person_id"], []).append(change)
    by_cohort: dict[int, list[dict[str, Any]]] = {}
    for row in people:
        if row["cohort_id"] is not None:
            by_cohort.setdefault(row["cohort_id"], []).append(row)

    session_id = 0
    for cohort in cohorts:
        cid, start, end = cohort["id"], cohort["start_date"], cohort["end_date"]
        cohort["programme"] = cohort["name"].split(" ", 2)[-1]
        cohort["trainer"] = "Mercy Chebet"
        cohort["attendance_threshold_pct"] = 80
        for pos, module in enumerate(data.modules):
            data.curricula.append({"cohort_id": cid, "module_id": module["id"],
                                   "position": pos})
        if start > today:
            continue
        members = [p for p in by_cohort.get(cid, [])
                   if any(c["to_stage"] == "trainee" for c in history[p["id"]])]
        left_on = {p["id"]: next((c["changed_on"] for c in history[p["id"]]
                                  if c["from_stage"] == "trainee" and c["to_stage"] == "alumnus"),
                                 None) for p in members}
        days = _weekdays(start, min(end, today))
        topic_every = max(1, len(days) // len(data.modules))
        keen = {p["id"]: rng.random() for p in members}  # how reliably each one attends
        for n, day in enumerate(days):
            session_id += 1
            module = data.modules[min(n // topic_every, len(data.modules) - 1)]
            data.sessions.append({
                "id": session_id, "cohort_id": cid, "held_on": day, "minutes": 420,
                "topic": module["name"], "module_id": module["id"], "recorded_at": now,
                "recorded_by": "trainer",
            })
            for p in members:
                gone = left_on[p["id"]]
                if gone is not None and day > gone:
                    continue
                r = rng.random()
                if r < 0.80 + 0.18 * keen[p["id"]]:
                    status = "present" if rng.random() < 0.93 else "late"
                else:
                    status = "excused" if rng.random() < 0.3 else "absent"
                data.roll_calls.append({"session_id": session_id, "person_id": p["id"],
                                        "status": status, "recorded_at": now,
                                        "recorded_by": "trainer"})
        for p in members:
            gone = left_on[p["id"]]
            weeks = sum(1 for d in days if d.weekday() == 4 and (gone is None or d <= gone))
            for w in range(weeks):
                data.stipends.append({
                    "person_id": p["id"], "cohort_id": cid,
                    "on": start + timedelta(days=4 + 7 * w), "amount_cents": WEEKLY_STIPEND_CENTS,
                    "kind": "transport", "note": "Weekly transport and lunch",
                    "recorded_at": now, "recorded_by": "supervisor",
                })
            for pos, module in enumerate(data.modules):
                taken = start + timedelta(days=14 * (pos + 1) - 3)
                if taken > today or (gone is not None and taken > gone):
                    break
                attempts = 2 if rng.random() < 0.12 else 1
                for attempt in range(1, attempts + 1):
                    skill = keen[p["id"]] * 0.5 + rng.random() * 0.5 + 0.25 * (attempt - 1)
                    score = wpm = acc = None
                    if module["kind"] == "typing":
                        wpm = int(24 + 30 * skill)
                        acc = min(9990, int(9380 + 600 * skill))
                    else:
                        score = min(100, int(52 + 45 * skill))
                    passed = module_passed(module["kind"], module["pass_mark"], module["min_wpm"],
                                           module["min_accuracy_bp"], score, wpm, acc)
                    data.assessments.append({
                        "person_id": p["id"], "module_id": module["id"], "cohort_id": cid,
                        "taken_on": taken + timedelta(days=7 * (attempt - 1)), "score": score,
                        "wpm": wpm, "accuracy_bp": acc, "passed": passed, "attempt": attempt,
                        "recorded_at": now, "recorded_by": "trainer",
                    })
                    if passed:
                        break

    for p in people:
        moves = history[p["id"]]
        applied = moves[0]["changed_on"]
        hired = next((c["changed_on"] for c in moves if c["to_stage"] == "worker"), None)
        criterion = "disability" if p["has_disability"] and rng.random() < 0.6 else \
            _pick(rng, CRITERIA)
        evidence = rng.choice(("self_declared", "document", "home_visit", "poverty_score"))
        data.eligibility.append({
            "person_id": p["id"], "criterion": criterion,
            "months_unemployed": rng.randint(6, 40) if criterion == "long_term_unemployed"
            else None,
            "other_detail": "Orphan, head of household" if criterion == "other" else "",
            "evidence": evidence,
            "poverty_score": rng.randint(20, 45) if evidence == "poverty_score" else None,
            "verified_by": "Community mobiliser", "verified_on": applied, "notes": "",
            "frozen": hired is not None, "supersedes_id": None, "recorded_at": now,
            "recorded_by": "supervisor", "version": 1,
        })
        zero = rng.random() < 0.35
        data.surveys.append({
            "person_id": p["id"], "kind": "baseline", "taken_on": applied,
            "employment_status": "unemployed" if zero else rng.choice(("casual", "informal")),
            "monthly_income_cents": 0 if zero else rng.randrange(150_000, 900_000, 5_000),
            "household_size": rng.randint(2, 9), "income_dependents": rng.randint(0, 5),
            "education_level": rng.choice(("primary", "secondary", "secondary", "certificate")),
            "notes": "", "frozen": hired is not None, "supersedes_id": None,
            "recorded_at": now, "recorded_by": "supervisor", "version": 1,
        })
        if hired is None:
            continue
        for kind, months in (("followup_6m", 6), ("followup_12m", 12)):
            on = hired + timedelta(days=round(30.44 * months))
            if on > today or p["stage"] != "worker":
                break
            data.surveys.append({
                "person_id": p["id"], "kind": kind, "taken_on": on,
                "employment_status": "formal",
                "monthly_income_cents": rng.randrange(1_700_000, 2_800_000, 10_000),
                "household_size": rng.randint(2, 9), "income_dependents": rng.randint(1, 6),
                "education_level": "certificate", "notes": "", "frozen": False,
                "supersedes_id": None, "recorded_at": now, "recorded_by": "supervisor",
                "version": 1,
            })
    return data

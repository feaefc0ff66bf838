"""``issp cohorts ...``: cohorts with their progress figures, and one cohort's trainees.

``register(subparsers)`` adds the commands to the ``issp`` parser (called from ``cli.py``).
The helpers of ``cli`` are imported when a command runs, so either module may import the
other first."""

from __future__ import annotations

import argparse
from typing import Any

from issp_desktop.config.paths import AppPaths


def _fmt_pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def cmd_cohorts_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in, _print_json

    services = _open_signed_in(paths)
    try:
        rows = _training(services).list_cohorts()
    finally:
        services.db.dispose()
    if args.json:
        _print_json([{
            "id": r.id, "name": r.name, "start": r.start_date.isoformat(),
            "end": r.end_date.isoformat(), "trainer": r.trainer, "programme": r.programme,
            "capacity": r.capacity, "attendance_threshold_pct": r.attendance_threshold_pct,
            "modules": len(r.module_ids), "sessions": r.sessions, "trainees": r.trainees,
            "completed": r.completed, "at_risk": r.at_risk,
            "attendance_pct": _pct(r.attendance_pct),
        } for r in rows])
        return 0
    if not rows:
        print("No cohorts yet.")
        return 0
    width = max(len("Cohort"), *(len(r.name) for r in rows))
    print(f"{'Cohort':<{width}}  {'Start':<10}  {'End':<10}  {'Trainees':>8}  "
          f"{'Completed':>9}  {'At risk':>7}  {'Attendance %':>12}")
    for r in rows:
        print(f"{r.name:<{width}}  {r.start_date.isoformat():<10}  "
              f"{r.end_date.isoformat():<10}  {r.trainees:>8}  {r.completed:>9}  "
              f"{r.at_risk:>7}  {_fmt_pct(r.attendance_pct):>12}")
    return 0


def cmd_cohorts_show(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in, _print_json

    services = _open_signed_in(paths)
    try:
        training = _training(services)
        cohort = training.find_cohort(args.name)
        progress = training.cohort_progress(cohort.id)
    finally:
        services.db.dispose()
    c = progress.cohort
    if args.json:
        _print_json({
            "id": c.id, "name": c.name, "start": c.start_date.isoformat(),
            "end": c.end_date.isoformat(), "trainer": c.trainer, "programme": c.programme,
            "attendance_threshold_pct": c.attendance_threshold_pct,
            "modules": [m.name for m in progress.modules],
            "trainees": [{
                "person_id": t.person_id, "name": t.name, "stage": t.stage,
                "attendance_pct": _pct(t.attendance_pct), "present": t.present, "late": t.late,
                "absent": t.absent, "excused": t.excused,
                "hours_attended": round(t.hours_attended, 1),
                "modules_passed": t.modules_passed, "modules_total": t.modules_total,
                "modules_failed": t.modules_failed, "complete": t.complete,
                "at_risk": t.at_risk,
            } for t in progress.trainees],
        })
        return 0
    print(f"{c.name}  ({c.start_date.isoformat()} to {c.end_date.isoformat()})")
    print(f"Trainer: {c.trainer or '—'}   Programme: {c.programme or '—'}   "
          f"Attendance needed: {c.attendance_threshold_pct} %")
    print(f"Modules: {', '.join(m.name for m in progress.modules) or 'none yet'}")
    if not progress.trainees:
        print("No trainees in this cohort.")
        return 0
    width = max(len("Trainee"), *(len(t.name) for t in progress.trainees))
    print(f"{'Trainee':<{width}}  {'Attendance %':>12}  {'Hours':>6}  {'Passed':>7}  Status")
    for t in progress.trainees:
        status = "complete" if t.complete else ("AT RISK" if t.at_risk else "on track")
        print(f"{t.name:<{width}}  {_fmt_pct(t.attendance_pct):>12}  "
              f"{t.hours_attended:>6.1f}  {t.modules_passed:>3}/{t.modules_total:<3}  {status}")
    return 0


def _training(services: Any) -> Any:
    """The training service of ``services`` (built here until ``Services`` carries one)."""
    found = getattr(services, "training", None)
    if found is not None:
        return found
    from issp_desktop.services.training import TrainingService

    return TrainingService(services.ctx)


def register(subparsers: Any) -> None:
    """Add ``issp cohorts list|show`` to the ``issp`` command's subparsers."""
    from issp_desktop.cli import _Parser

    cohorts = subparsers.add_parser("cohorts", help="training cohorts and their progress")
    sub = cohorts.add_subparsers(dest="cohorts_command", metavar="ACTION", parser_class=_Parser)
    sub.required = True
    clist = sub.add_parser("list", help="cohorts with trainees, completed, at risk, attendance")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=cmd_cohorts_list)
    show = sub.add_parser("show", help="one cohort's trainees and their progress")
    show.add_argument("name", metavar="NAME", help="the cohort's name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_cohorts_show)

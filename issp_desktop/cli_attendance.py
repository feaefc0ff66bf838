"""``issp`` commands of the attendance feature.

``issp attendance clock-in|clock-out BADGE [--at ISO8601] [--confirm]``, ``issp attendance
punches``, ``issp attendance correct``, ``issp attendance summary --from DATE --to DATE``,
``issp badges list|assign|change`` and ``issp holidays list|load|add|delete``.

A time without an offset (``--at 2026-03-02T07:05``) is the centre's local time. A punch whose
time looks wrong (a PC clock far off) is not saved: the message says why, and ``--confirm``
saves it anyway. ``register(subparsers)`` is called from ``cli.py``."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from issp_desktop.config.paths import AppPaths


def _zone(services: Any) -> ZoneInfo:
    info = services.centre.get()
    return ZoneInfo(info.time_zone if info is not None else "Africa/Nairobi")


def _instant(raw: str | None, tz: ZoneInfo, field: str = "--at") -> datetime | None:
    from issp_desktop.errors import ValidationError

    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw.strip())
    except ValueError as exc:
        raise ValidationError(field, f"'{raw}' is not a date and time (use ISO 8601, e.g. "
                                     "2026-03-02T07:05 or 2026-03-02T07:05+03:00)") from exc
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def _day(raw: str, field: str) -> date:
    from issp_desktop.domain.people import parse_date

    return parse_date(field, raw)


def _local(at: datetime | None, tz: ZoneInfo) -> str:
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if at is not None else "—"


def cmd_clock(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.services.attendance_types import ClockWarningError

    kind = "in" if args.attendance_command == "clock-in" else "out"
    with _signed_in(paths) as services:
        tz = _zone(services)
        at = _instant(args.at, tz)
        use = services.attendance.clock_in if kind == "in" else services.attendance.clock_out
        try:
            got = use(args.badge, at, confirm=args.confirm, source="cli")
        except ClockWarningError as exc:
            print(f"issp: {exc}", file=sys.stderr)
            print("issp: run the command again with --confirm to save it.", file=sys.stderr)
            return exc.exit_code
    if args.json:
        _print_json({"event_id": got.event_id, "person_id": got.person_id, "name": got.name,
                     "badge": got.badge_no, "kind": got.kind, "at": got.at.isoformat(),
                     "status": got.status, "clock_warning": got.clock_warning,
                     "note": got.note})
        return 0
    verb = "Clocked in" if kind == "in" else "Clocked out"
    print(f"{verb}: {got.name} ({got.badge_no}) at {_local(got.at, tz)} — {got.status}")
    if got.note:
        print(f"  note: {got.note}")
    if got.clock_warning:
        print(f"  saved with the warning: {got.clock_warning}")
    return 0


def cmd_summary(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.services.attendance_summary import total_row
    from issp_desktop.services.attendance_types import COUNT_FIELDS, MINUTE_FIELDS, hours

    start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    with _signed_in(paths) as services:
        if args.output:
            done = services.attendance.export_summary(Path(args.output), start, end)
            print(f"Wrote the attendance of {done.rows:,} people to {done.path}")
            return 0
        rows = services.attendance.summary(start, end)
    if args.json:
        _print_json([{
            "person_id": r.person_id, "national_id": r.national_id, "name": r.name,
            "badge": r.badge_no,
            **{f.replace("_minutes", "_hours"): hours(getattr(r, f)) for f in MINUTE_FIELDS},
            **{f: getattr(r, f) for f in COUNT_FIELDS},
            "minutes": {f: getattr(r, f) for f in MINUTE_FIELDS},
        } for r in rows])
        return 0
    if not rows:
        print(f"No shifts, punches or leave from {start} to {end}.")
        return 0
    width = min(32, max(len("Name"), *(len(r.name) for r in rows)))
    head = ("Planned", "Worked", "OT wkday", "OT rest", "Night", "Downtime", "Late",
            "Absent", "Leave d", "Missing")
    print(f"{'Name':<{width}}  {'Badge':<8}  " + "  ".join(f"{h:>8}" for h in head))
    for r in [*rows, total_row(rows)]:
        figures = [hours(r.planned_minutes), hours(r.worked_minutes),
                   hours(r.overtime_weekday_minutes), hours(r.overtime_rest_minutes),
                   hours(r.night_minutes), hours(r.downtime_minutes), str(r.late_count),
                   str(r.absences), str(r.leave_days), str(r.missing_punches)]
        print(f"{r.name[:width]:<{width}}  {(r.badge_no or '—'):<8}  "
              + "  ".join(f"{v:>8}" for v in figures))
    print(f"Hours with two decimals, {start} to {end}; shifts count for the day they start.")
    return 0


def cmd_punches(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        tz = _zone(services)
        person_id = (services.attendance.person_for_badge(args.badge)[0]
                     if args.badge else None)
        day = _day(args.date, "--date") if args.date else None
        rows = services.attendance.punches(day, person_id)
    if args.json:
        _print_json([{"id": r.id, "person_id": r.person_id, "name": r.name, "kind": r.kind,
                      "at": r.at.isoformat(), "source": r.source, "reason": r.reason,
                      "replaces_id": r.replaces_id, "replaced_by_id": r.replaced_by_id,
                      "effective": r.effective, "clock_warning": r.clock_warning}
                     for r in rows])
        return 0
    if not rows:
        print("No punches.")
        return 0
    for r in rows:
        mark = "" if r.effective else f"  [replaced by {r.replaced_by_id}]" if (
            r.replaced_by_id) else ""
        fix = f"  replaces {r.replaces_id}" if r.replaces_id else ""
        why = f"  “{r.reason}”" if r.reason else ""
        print(f"{r.id:>7}  {_local(r.at, tz)}  {r.kind:<4}  {r.name:<28}  {r.source:<10}"
              f"{fix}{why}{mark}")
    return 0


def cmd_correct(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in
    from issp_desktop.services.attendance_types import Correction

    with _signed_in(paths) as services:
        tz = _zone(services)
        person_id, name = services.attendance.person_for_badge(args.badge)
        row = services.attendance.correct(Correction(
            person_id, args.kind, args.reason, _instant(args.at, tz), args.replaces))
    what = {"in": "clock-in", "out": "clock-out", "void": "void"}[row.kind]
    extra = f", replacing punch {row.replaces_id}" if row.replaces_id else ""
    print(f"Recorded a corrected {what} for {name} at {_local(row.at, tz)}{extra} "
          f"(punch {row.id}).")
    return 0


def cmd_badges_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        rows = services.attendance.badges()
    if args.json:
        _print_json([{"person_id": r.person_id, "name": r.name, "stage": r.stage,
                      "badge": r.badge_no} for r in rows])
        return 0
    for r in rows:
        print(f"{(r.badge_no or '—'):<10}  {r.stage:<8}  {r.name}")
    return 0


def cmd_badges_assign(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        done = services.attendance.assign_badges(include_trainees=args.trainees)
    if not done.assigned:
        print("Everybody already has a badge number.")
    else:
        print(f"Gave {done.assigned:,} people badge numbers {done.first} to {done.last}.")
    return 0


def cmd_badges_change(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        person_id, _name = services.attendance.person_for_badge(args.badge)
        row = services.attendance.set_badge(person_id, args.new)
    print(f"{row.name} now has badge {row.badge_no}.")
    return 0


def cmd_holidays_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        rows = services.attendance.holidays(args.year)
    if args.json:
        _print_json([{"id": r.id, "date": r.on.isoformat(), "name": r.name} for r in rows])
        return 0
    if not rows:
        print("No public holidays listed" + (f" for {args.year}" if args.year else "")
              + ". Load Kenya's with: issp holidays load --year YEAR")
    for r in rows:
        print(f"{r.on.isoformat()}  {r.on:%a}  {r.name}")
    return 0


def cmd_holidays_load(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        added = services.attendance.load_holidays(args.year)
    print(f"Added {added} public holiday(s) for {args.year}"
          + (" (the others were already listed)." if added else "; all were already listed."))
    return 0


def cmd_holidays_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        row = services.attendance.save_holiday(_day(args.date, "date"), args.name)
    print(f"Added {row.on.isoformat()} {row.name}.")
    return 0


def cmd_holidays_delete(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in
    from issp_desktop.errors import NotFoundError

    on = _day(args.date, "date")
    with _signed_in(paths) as services:
        found = [r for r in services.attendance.holidays(on.year) if r.on == on]
        if not found:
            raise NotFoundError("public holiday on", on.isoformat())
        services.attendance.delete_holiday(found[0].id)
    print(f"Deleted {on.isoformat()} {found[0].name}.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's commands to the ``issp`` parser."""
    from issp_desktop.cli import _Parser

    att = sub.add_parser("attendance", help="clock in and out, corrections, monthly summary")
    asub = att.add_subparsers(dest="attendance_command", metavar="ACTION",
                              parser_class=_Parser)
    asub.required = True
    for name, text in (("clock-in", "clock a badge's holder in"),
                       ("clock-out", "clock a badge's holder out")):
        p = asub.add_parser(name, help=text)
        p.add_argument("badge", metavar="BADGE")
        p.add_argument("--at", metavar="ISO8601",
                       help="when (default: now); without an offset, the centre's local time")
        p.add_argument("--confirm", action="store_true",
                       help="save even though the time looks wrong (a clock warning)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=cmd_clock)
    summ = asub.add_parser("summary", help="hours, overtime, lateness and absences per person")
    summ.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    summ.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    summ.add_argument("--json", action="store_true")
    summ.add_argument("-o", "--output", metavar="FILE", help="write FILE.csv or FILE.xlsx")
    summ.set_defaults(handler=cmd_summary)
    pun = asub.add_parser("punches", help="punches of a day or of one badge, with corrections")
    pun.add_argument("--date", metavar="DATE")
    pun.add_argument("--badge", metavar="BADGE")
    pun.add_argument("--json", action="store_true")
    pun.set_defaults(handler=cmd_punches)
    cor = asub.add_parser("correct", help="add a missed punch, replace a wrong one, or void one")
    cor.add_argument("badge", metavar="BADGE")
    cor.add_argument("--kind", required=True, choices=["in", "out", "void"])
    cor.add_argument("--at", metavar="ISO8601", help="the right time (not for --kind void)")
    cor.add_argument("--replaces", type=int, metavar="PUNCH_ID",
                     help="the punch this corrects (see 'issp attendance punches')")
    cor.add_argument("--reason", required=True)
    cor.set_defaults(handler=cmd_correct)

    badges = sub.add_parser("badges", help="badge numbers for the door")
    bsub = badges.add_subparsers(dest="badges_command", metavar="ACTION", parser_class=_Parser)
    bsub.required = True
    bl = bsub.add_parser("list", help="workers and trainees with their badge numbers")
    bl.add_argument("--json", action="store_true")
    bl.set_defaults(handler=cmd_badges_list)
    ba = bsub.add_parser("assign", help="give everybody without a badge the next numbers")
    ba.add_argument("--trainees", action="store_true", help="trainees too, not only workers")
    ba.set_defaults(handler=cmd_badges_assign)
    bc = bsub.add_parser("change", help="change a badge number (a lost badge)")
    bc.add_argument("badge", metavar="BADGE", help="the badge number now")
    bc.add_argument("new", metavar="NEW", nargs="?", help="the new number (default: the next)")
    bc.set_defaults(handler=cmd_badges_change)

    hol = sub.add_parser("holidays", help="public holidays (Kenya's preloaded per year)")
    hsub = hol.add_subparsers(dest="holidays_command", metavar="ACTION", parser_class=_Parser)
    hsub.required = True
    hl = hsub.add_parser("list", help="the listed public holidays")
    hl.add_argument("--year", type=int)
    hl.add_argument("--json", action="store_true")
    hl.set_defaults(handler=cmd_holidays_list)
    hload = hsub.add_parser("load", help="add Kenya's public holidays of a year")
    hload.add_argument("--year", type=int, required=True)
    hload.set_defaults(handler=cmd_holidays_load)
    hadd = hsub.add_parser("add", help="add a holiday (e.g. one declared by notice)")
    hadd.add_argument("date", metavar="DATE")
    hadd.add_argument("name", metavar="NAME")
    hadd.set_defaults(handler=cmd_holidays_add)
    hdel = hsub.add_parser("delete", help="remove the holiday on a date")
    hdel.add_argument("date", metavar="DATE")
    hdel.set_defaults(handler=cmd_holidays_delete)

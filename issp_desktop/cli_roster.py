"""``issp shifts|roster|leave|downtime ...``: plan shifts, import them, print a week, record
leave and outages. The same services and rules as the GUI: a hard conflict exits 1 with one
line; a soft one exits 1 too unless ``--override REASON`` says why it is accepted.

``register(subparsers)`` is called from ``cli.py``; its helpers are imported when a command
runs, so either module may import the other first.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths


def _day(field: str, raw: str) -> date:
    from issp_desktop.domain.people import parse_date

    return parse_date(field, raw.strip())


def _when(services: Any, field: str, raw: str) -> datetime:
    from issp_desktop.domain.roster import parse_instant, zone

    return parse_instant(field, raw, zone(services.roster.time_zone()))


def _cohort_id(services: Any, name: str | None) -> int | None:
    if not name:
        return None
    from issp_desktop.errors import ValidationError

    wanted = name.strip().casefold()
    found = [c for c in services.people.cohorts() if c.name.casefold() == wanted]
    if not found:
        raise ValidationError("--cohort", f"there is no cohort '{name}'")
    return int(found[0].id)


def cmd_shifts_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.domain.roster import parse_hours
    from issp_desktop.services.roster import ShiftInput

    with _signed_in(paths) as services:
        roster = services.roster
        person = roster.person_by_national_id(args.person)
        start = _when(services, "--start", args.start)
        minutes = parse_hours("--hours", args.hours)
        template = None
        if args.template:
            wanted = args.template.strip().casefold()
            template = next((t for t in roster.templates()
                             if wanted in (t.name.casefold(), t.code.casefold())), None)
            if template is None:
                from issp_desktop.errors import ValidationError

                raise ValidationError("--template", f"there is no shift template "
                                      f"'{args.template}'")
        shift = ShiftInput(person.id, start, minutes, template.id if template else None,
                           min(template.break_minutes, minutes - 1) if template else 0,
                           template.is_night if template else False, args.note or "")
        row = roster.add_shift(shift, args.override or "")
        zone = roster.time_zone()
    if args.json:
        _print_json({"id": row.id, "person": person.name, "national_id": person.national_id,
                     "starts_at": row.starts_at.isoformat(), "ends_at": row.ends_at.isoformat(),
                     "template": row.code, "override_reason": row.override_reason})
        return 0
    from issp_desktop.domain.roster import zone as tz_of

    tz = tz_of(zone)
    start, end = row.starts_at.astimezone(tz), row.ends_at.astimezone(tz)
    extra = f"; override: {row.override_reason}" if row.override_reason else ""
    print(f"Added shift {row.id}: {person.name}, {start:%a %d %b %Y %H:%M}–{end:%H:%M} "
          f"({zone}){extra}")
    return 0


def cmd_shifts_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    source = Path(args.file)
    with _signed_in(paths) as services:
        result = services.roster.import_file(source, dry_run=args.dry_run,
                                             override_reason=args.override or "")
    if args.json:
        _print_json({"ok": result.ok, "dry_run": result.dry_run, "rows": result.rows,
                     "created": result.created, "overridden": result.overridden,
                     "problems": [str(p) for p in result.problems],
                     "backup": str(result.backup) if result.backup else None})
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"issp: {len(result.problems)} problem(s) in {source.name}; nothing was imported.",
              file=sys.stderr)
        return 1
    if args.json:
        return 0
    if result.dry_run:
        print(f"Checked {result.rows:,} rows of {source.name}: all good. Nothing was written "
              "(dry run).")
    else:
        print(f"Imported {result.created:,} shifts from {source.name}.")
        if result.overridden:
            print(f"  {result.overridden} conflict(s) accepted: {args.override}")
        if result.backup:
            print(f"  the database before the import was kept as {result.backup}")
    return 0


def cmd_shifts_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.domain.roster import zone

    with _signed_in(paths) as services:
        grid = services.roster.week(_day("--week", args.week),
                                    _cohort_id(services, args.cohort), args.search or "")
    tz = zone(grid.time_zone)
    names = {p.id: p for p in grid.people}
    if args.json:
        _print_json({"week": grid.monday.isoformat(), "time_zone": grid.time_zone,
                     "shifts": [{"id": sh.id, "person": names[sh.person_id].name,
                                 "national_id": names[sh.person_id].national_id,
                                 "date": sh.day.isoformat(), "template": sh.code,
                                 "starts_at": sh.starts_at.isoformat(),
                                 "ends_at": sh.ends_at.isoformat(), "note": sh.note,
                                 "override_reason": sh.override_reason}
                                for sh in grid.shifts],
                     "leave": [{"person": names[pid].name, "date": day.isoformat(),
                                "kind": kind} for (pid, day), kind in sorted(
                                    grid.leave.items(), key=lambda kv: (kv[0][1], kv[0][0]))]})
        return 0
    print(f"Week of {grid.monday:%a %d %b %Y} ({grid.time_zone}): {len(grid.shifts)} shifts, "
          f"{len(grid.people)} people")
    for sh in grid.shifts:
        start, end = sh.starts_at.astimezone(tz), sh.ends_at.astimezone(tz)
        print(f"{sh.day:%a %d %b}  {start:%H:%M}–{end:%H:%M}  {sh.code or '—':<4}  "
              f"{names[sh.person_id].name}" + (f"  ({sh.note})" if sh.note else ""))
    return 0


def cmd_roster_print(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        result = services.roster.export_week(_day("--week", args.week), Path(args.output),
                                             _cohort_id(services, args.cohort))
    print(f"Wrote the roster of {result.people} people ({result.shifts} shifts) to "
          f"{result.path}")
    return 0


def cmd_leave_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in
    from issp_desktop.services.roster import LeaveInput

    with _signed_in(paths) as services:
        person = services.roster.person_by_national_id(args.person)
        row = services.roster.add_leave(LeaveInput(
            person.id, args.kind, _day("--from", args.start), _day("--to", args.end),
            args.note or ""))
    print(f"Recorded {row.kind} leave for {row.person}: {row.starts_on.isoformat()} to "
          f"{row.ends_on.isoformat()} ({row.days} day(s)).")
    return 0


def cmd_leave_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        rows = services.roster.leave_between(_day("--from", args.start), _day("--to", args.end))
    if args.json:
        _print_json([{"id": r.id, "person": r.person, "kind": r.kind,
                      "from": r.starts_on.isoformat(), "to": r.ends_on.isoformat(),
                      "days": r.days, "note": r.note} for r in rows])
        return 0
    for r in rows:
        print(f"{r.starts_on.isoformat()} – {r.ends_on.isoformat()}  {r.kind:<7} {r.person}")
    if not rows:
        print("No leave in those dates.")
    return 0


def cmd_downtime_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in
    from issp_desktop.services.roster import DowntimeInput

    with _signed_in(paths) as services:
        start = _when(services, "--start", args.start)
        end = _when(services, "--end", args.end) if args.end else None
        row = services.roster.add_downtime(DowntimeInput(args.kind, start, end,
                                                         not args.unpaid, args.note or ""))
    length = f"{row.minutes} min" if row.minutes is not None else "ongoing"
    print(f"Recorded {row.kind} downtime {row.id} from {row.starts_at.isoformat()} ({length}, "
          f"{'paid standby' if row.paid else 'unpaid'}).")
    return 0


def cmd_downtime_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.domain.roster import day_bounds, zone

    with _signed_in(paths) as services:
        tz = zone(services.roster.time_zone())
        low, high = day_bounds(_day("--from", args.start), _day("--to", args.end), tz)
        rows = services.roster.downtime_between(low, high)
    if args.json:
        _print_json([{"id": r.id, "kind": r.kind, "starts_at": r.starts_at.isoformat(),
                      "ends_at": r.ends_at.isoformat() if r.ends_at else None,
                      "minutes": r.minutes, "paid": r.paid, "note": r.note} for r in rows])
        return 0
    for r in rows:
        length = f"{r.minutes} min" if r.minutes is not None else "ongoing"
        print(f"{r.starts_at.astimezone(tz):%Y-%m-%d %H:%M}  {r.kind:<8} {length:>9}  {r.note}")
    if not rows:
        print("No downtime in those dates.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``issp shifts``, ``issp roster``, ``issp leave`` and ``issp downtime``."""
    from issp_desktop.cli import _Parser

    shifts = sub.add_parser("shifts", help="planned shifts: add, import, list a week")
    ssub = shifts.add_subparsers(dest="shifts_command", metavar="ACTION", parser_class=_Parser)
    ssub.required = True
    add = ssub.add_parser("add", help="plan one shift (exit 1 on a conflict)")
    add.add_argument("--person", required=True, metavar="NATIONAL_ID")
    add.add_argument("--start", required=True, metavar="ISO8601",
                     help="e.g. 2026-11-23T07:00 (centre time) or 2026-11-23T04:00Z")
    add.add_argument("--hours", required=True, metavar="H", help="length, e.g. 8 or 7.5")
    add.add_argument("--template", metavar="NAME", help="template name or code (break, night)")
    add.add_argument("--note", metavar="TEXT")
    add.add_argument("--override", metavar="REASON",
                     help="accept soft conflicts (rest, weekly hours, leave) for this reason")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_shifts_add)
    imp = ssub.add_parser("import", help="add shifts from .csv/.xlsx (all rows or none)",
                          description="Columns: national_id, date, then template or start "
                                      "(HH:MM) and hours; note optional. Every row is checked, "
                                      "with the roster rules, before anything is written.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    imp.add_argument("--override", metavar="REASON", help="accept soft conflicts")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_shifts_import)
    lst = ssub.add_parser("list", help="the shifts of one week (Monday to Sunday)")
    lst.add_argument("--week", required=True, metavar="YYYY-MM-DD", help="any day of the week")
    lst.add_argument("--cohort", metavar="NAME")
    lst.add_argument("--search", metavar="TEXT", help="part of a name or national ID")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_shifts_list)

    roster = sub.add_parser("roster", help="the week's roster as a PDF or XLSX")
    rsub = roster.add_subparsers(dest="roster_command", metavar="ACTION", parser_class=_Parser)
    rsub.required = True
    prn = rsub.add_parser("print", help="write the week's roster to FILE.pdf or FILE.xlsx")
    prn.add_argument("--week", required=True, metavar="YYYY-MM-DD")
    prn.add_argument("-o", "--output", required=True, metavar="FILE")
    prn.add_argument("--cohort", metavar="NAME")
    prn.set_defaults(handler=cmd_roster_print)

    leave = sub.add_parser("leave", help="leave and absence records")
    lsub = leave.add_subparsers(dest="leave_command", metavar="ACTION", parser_class=_Parser)
    lsub.required = True
    ladd = lsub.add_parser("add", help="record leave (both dates included)")
    ladd.add_argument("--person", required=True, metavar="NATIONAL_ID")
    ladd.add_argument("--kind", required=True, choices=["annual", "sick", "unpaid", "other"])
    ladd.add_argument("--from", dest="start", required=True, metavar="DATE")
    ladd.add_argument("--to", dest="end", required=True, metavar="DATE")
    ladd.add_argument("--note", metavar="TEXT")
    ladd.set_defaults(handler=cmd_leave_add)
    llist = lsub.add_parser("list", help="leave that touches the dates")
    llist.add_argument("--from", dest="start", required=True, metavar="DATE")
    llist.add_argument("--to", dest="end", required=True, metavar="DATE")
    llist.add_argument("--json", action="store_true")
    llist.set_defaults(handler=cmd_leave_list)

    down = sub.add_parser("downtime", help="power, internet and platform outages")
    dsub = down.add_subparsers(dest="downtime_command", metavar="ACTION", parser_class=_Parser)
    dsub.required = True
    dadd = dsub.add_parser("add", help="record an outage (no --end: still going on)")
    dadd.add_argument("--kind", required=True,
                      choices=["power", "internet", "platform", "other"])
    dadd.add_argument("--start", required=True, metavar="ISO8601")
    dadd.add_argument("--end", metavar="ISO8601")
    dadd.add_argument("--unpaid", action="store_true", help="not paid standby")
    dadd.add_argument("--note", metavar="TEXT")
    dadd.set_defaults(handler=cmd_downtime_add)
    dlist = dsub.add_parser("list", help="outages in the dates")
    dlist.add_argument("--from", dest="start", required=True, metavar="DATE")
    dlist.add_argument("--to", dest="end", required=True, metavar="DATE")
    dlist.add_argument("--json", action="store_true")
    dlist.set_defaults(handler=cmd_downtime_list)

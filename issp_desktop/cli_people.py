"""``issp people ...``: list and find people, import a .csv/.xlsx file, export what a list shows.

``register(subparsers)`` adds the commands to the ``issp`` parser (called from ``cli.py``).
The helpers of ``cli`` are imported when a command runs, so either module may import the
other first. An import with any bad row prints every problem to stderr as
``line N: column: reason``, writes nothing and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths

ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "cp1252": "Windows-1252"}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


def _people(services: Any) -> Any:
    """The people service of ``services`` (built here until ``Services`` carries one)."""
    found = getattr(services, "people", None)
    if found is not None:
        return found
    from issp_desktop.services.people import PeopleService

    return PeopleService(services.ctx)


def _people_io(services: Any) -> Any:
    found = getattr(services, "people_io", None)
    if found is not None:
        return found
    from issp_desktop.services.people_io import PeopleIOService

    return PeopleIOService(services.ctx)


def _query(services: Any, args: argparse.Namespace) -> Any:
    from issp_desktop.errors import NotFoundError
    from issp_desktop.services.people import PeopleQuery

    cohort_id = None
    if getattr(args, "cohort", None):
        wanted = args.cohort.strip().casefold()
        found = [c for c in _people(services).cohorts() if c.name.casefold() == wanted]
        if not found:
            raise NotFoundError("cohort", args.cohort)
        cohort_id = found[0].id
    return PeopleQuery(text=args.search or "", stage=args.stage or None, cohort_id=cohort_id)


def _mapping(pairs: list[str] | None) -> dict[str, str] | None:
    """``--map first_name="Given name"`` pairs: field -> the file's column."""
    if not pairs:
        return None
    from issp_desktop.errors import ValidationError

    mapping: dict[str, str] = {}
    for pair in pairs:
        key, sep, column = pair.partition("=")
        if not sep or not key.strip() or not column.strip():
            raise ValidationError("--map", f"'{pair}' should be FIELD=COLUMN")
        mapping[key.strip()] = column.strip()
    return mapping


def cmd_people_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        page = _people(services).list(_query(services, args),
                                      limit=args.limit if args.limit > 0 else 10**9)
    if args.json:
        _print_json([{
            "id": r.id, "first_name": r.first_name, "last_name": r.last_name,
            "national_id": r.national_id, "phone": r.phone, "stage": r.stage,
            "cohort": r.cohort, "enrolled_on": r.enrolled_on, "age": r.age,
        } for r in page.rows])
        return 0
    if not page.rows:
        print("Nobody matches.")
        return 0
    width = min(40, max(len("Name"), *(len(r.name) for r in page.rows)))
    print(f"{'Name':<{width}}  {'National ID':<12}  {'Phone':<13}  {'Stage':<9}  "
          f"{'Enrolled':<10}  {'Age':>3}  Cohort")
    for r in page.rows:
        enrolled = r.enrolled_on.isoformat() if r.enrolled_on else "—"
        age = str(r.age) if r.age is not None else "—"
        print(f"{r.name[:width]:<{width}}  {r.national_id or '—':<12}  {r.phone or '—':<13}  "
              f"{r.stage:<9}  {enrolled:<10}  {age:>3}  {r.cohort or '—'}")
    if page.total > len(page.rows):
        print(f"… {page.total - len(page.rows):,} more (use --limit 0 for all)", file=sys.stderr)
    return 0


def cmd_people_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    source = Path(args.file)
    with _signed_in(paths) as services:
        result = _people_io(services).import_file(
            source, _mapping(args.map), dry_run=args.dry_run, encoding=args.encoding,
            override_duplicates=args.allow_near_duplicates)
    if args.json:
        _print_json({
            "ok": result.ok, "dry_run": result.dry_run, "rows": result.rows,
            "created": result.created, "problems": [str(p) for p in result.problems],
            "format": result.format, "encoding": result.encoding,
            "delimiter": result.delimiter, "mapping": result.mapping,
            "ignored_columns": result.ignored_columns,
            "backup": str(result.backup) if result.backup else None,
        })
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"issp: {len(result.problems)} problem(s) in {source.name}; nothing was imported.",
              file=sys.stderr)
        return 1
    if args.json:
        return 0
    read_as = "Excel workbook" if result.format == "xlsx" else (
        f"{ENCODINGS.get(result.encoding, result.encoding)}, "
        f"{DELIMITERS.get(result.delimiter, repr(result.delimiter))}-separated")
    if result.dry_run:
        print(f"Checked {result.rows:,} rows of {source.name} ({read_as}): all good. "
              "Nothing was written (dry run).")
    else:
        print(f"Imported {result.created:,} people from {source.name} ({read_as}).")
        if result.backup:
            print(f"  the database before the import was kept as {result.backup}")
    if result.ignored_columns:
        print(f"  columns not used: {', '.join(result.ignored_columns)}")
    return 0


def cmd_people_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        result = _people_io(services).export(Path(args.output), _query(services, args))
    if args.json:
        _print_json({"path": str(result.path), "rows": result.rows, "columns": result.columns})
    else:
        print(f"Wrote {result.rows:,} people to {result.path}")
    return 0


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", metavar="TEXT",
                        help="part of a name, or the start of a national ID or phone")
    parser.add_argument("--stage", choices=["applicant", "trainee", "worker", "alumnus"])
    parser.add_argument("--cohort", metavar="NAME", help="only this cohort (its full name)")


def register(subparsers: Any) -> None:
    """Add ``issp people list|import|export`` to the ``issp`` command's subparsers."""
    from issp_desktop.cli import _Parser

    people = subparsers.add_parser("people", help="the people registry: list, import, export")
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", parser_class=_Parser)
    sub.required = True
    plist = sub.add_parser("list", help="people, sorted by name")
    _add_filters(plist)
    plist.add_argument("--limit", type=int, default=0, metavar="N", help="at most N (0: all)")
    plist.add_argument("--json", action="store_true")
    plist.set_defaults(handler=cmd_people_list)
    pimport = sub.add_parser(
        "import", help="add people from a .csv or .xlsx file (all rows or none)",
        description="Columns are matched by header name (any case, any order); see "
                    "resources/templates/people-import-template.csv. Every row is checked "
                    "first; if any is bad every problem is printed and nothing is written.")
    pimport.add_argument("file", metavar="FILE")
    pimport.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    pimport.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                         help="take FIELD from the file's COLUMN (repeat; replaces matching "
                              "by header name)")
    pimport.add_argument("--encoding", metavar="ENC",
                         help="the file's text encoding (default: UTF-8, else Windows-1252)")
    pimport.add_argument("--allow-near-duplicates", action="store_true",
                         help="import people whose name and date of birth look like someone "
                              "already registered")
    pimport.add_argument("--json", action="store_true")
    pimport.set_defaults(handler=cmd_people_import)
    pexport = sub.add_parser("export", help="write a list of people to .csv or .xlsx")
    pexport.add_argument("-o", "--output", metavar="FILE", required=True,
                         help="FILE.csv or FILE.xlsx")
    _add_filters(pexport)
    pexport.add_argument("--json", action="store_true")
    pexport.set_defaults(handler=cmd_people_export)

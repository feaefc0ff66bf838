"""``issp report impact --from DATE --to DATE [--by …] [--centre NAME] -o FILE.pdf|.xlsx|.json``:
the funder report from the command line.

``add_report_impact(report_subparsers)`` adds the command under an existing ``issp report``
parser; ``register(sub)`` finds (or makes) that parser first. The helpers of ``cli`` are
imported when the command runs, so either module may import the other first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths
from issp_desktop.domain.impact import Breakdown

OUTPUTS = (".pdf", ".xlsx", ".json")


def _impact(services: Any) -> Any:
    """The impact service of ``services`` (built here until ``Services`` carries one)."""
    found = getattr(services, "impact", None)
    if found is not None:
        return found
    from issp_desktop.services.impact import ImpactService

    return ImpactService(services.ctx)


def cmd_report_impact(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in
    from issp_desktop.domain.people import parse_date
    from issp_desktop.errors import ValidationError

    start, end = parse_date("from", args.date_from), parse_date("to", args.date_to)
    output = Path(args.output)
    if output.suffix.lower() not in OUTPUTS:
        raise ValidationError("output", f"'{output.name}': choose a .pdf, .xlsx or .json file")
    if not output.parent.is_dir():
        raise ValidationError("output", f"folder '{output.parent}' does not exist")
    services = _open_signed_in(paths)
    try:
        report = _impact(services).report(start, end, args.by, centre=args.centre)
    finally:
        services.db.dispose()
    from issp_desktop.reports.impact_report import write_impact_report

    write_impact_report(report, output)
    headcount = report.figure("headcount")
    print(f"Wrote {output}: impact report {report.start.isoformat()} to "
          f"{report.end.isoformat()}; {headcount.text} workers at the end, "
          f"{report.people_considered:,} people reached; {len(report.notes)} data notes")
    for note in report.notes[1:]:
        print(f"  note: {note}")
    return 0


def add_report_impact(report: Any) -> None:
    """Add ``impact`` to the subparsers of ``issp report``."""
    impact = report.add_parser(
        "impact", help="the funder impact report (.pdf, .xlsx or .json)",
        description="Every impact figure for the period with last period's beside it, "
                    "breakdown tables (cells under 5 people shown as <5), definitions and "
                    "data notes.")
    impact.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                        help="first day (YYYY-MM-DD or DD/MM/YYYY)")
    impact.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                        help="last day, included")
    impact.add_argument("--by", choices=[b.value for b in Breakdown],
                        help="one breakdown table (default: all four)")
    impact.add_argument("--centre", metavar="NAME",
                        help="at head office: only the records from this centre (its name, "
                             "key id or fingerprint; see 'issp sync centres')")
    impact.add_argument("-o", "--output", required=True, metavar="FILE.pdf|.xlsx|.json")
    impact.set_defaults(handler=cmd_report_impact)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``issp report impact`` to the ``issp`` parser (making ``issp report`` if no other
    feature has)."""
    from issp_desktop.cli import _Parser

    existing = sub.choices.get("report")
    if existing is None:
        existing = sub.add_parser("report", help="reports")
        group = existing.add_subparsers(dest="report_command", metavar="ACTION",
                                        parser_class=_Parser)
        group.required = True
    for action in existing._actions:
        if isinstance(action, argparse._SubParsersAction):
            add_report_impact(action)
            return

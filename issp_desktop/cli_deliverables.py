"""``issp`` commands of the deliverables feature: ``clients list``, ``batches list|show``,
``worklog import``, ``qa record`` and ``report delivery``.

``register(subparsers)`` is called from ``cli.py``. A work-log file that would put a batch past
its expected units is refused with a line naming ``--force``; with ``--force`` it is saved and
each such batch is printed as a ``warning:`` line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths
from issp_desktop.domain.deliverables import STATUS_TITLES, Status, fmt_bp
from issp_desktop.errors import ValidationError


def _services(paths: AppPaths) -> Any:
    from issp_desktop.cli import _open_signed_in

    return _open_signed_in(paths)


def _date(field: str, raw: str) -> date:
    from issp_desktop.domain.people import parse_date

    return parse_date(field, raw)


def _title(status: str) -> str:
    return STATUS_TITLES.get(Status(status), status)


def cmd_clients_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json

    services = _services(paths)
    try:
        rows = services.deliverables.list_clients()
    finally:
        services.db.dispose()
    if args.json:
        _print_json([{"id": r.id, "name": r.name, "contact": r.contact, "country": r.country,
                      "currency": r.currency, "active": r.active, "projects": r.projects,
                      "open_batches": r.open_batches} for r in rows])
        return 0
    if not rows:
        print("No clients yet.")
        return 0
    width = max(len("Client"), *(len(r.name) for r in rows))
    print(f"{'Client':<{width}}  Country  Currency  Projects  Open batches")
    for r in rows:
        print(f"{r.name:<{width}}  {r.country:<7}  {r.currency:<8}  {r.projects:>8}  "
              f"{r.open_batches:>12}")
    return 0


def cmd_batches_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json
    from issp_desktop.services.deliverables import BatchQuery

    services = _services(paths)
    try:
        d = services.deliverables
        client_id = d.find_client(args.client).id if args.client else None
        query = BatchQuery(client_id=client_id, view="late" if args.late else "all",
                           status=args.status)
        page = d.board(query, limit=10**9)
    finally:
        services.db.dispose()
    if args.json:
        _print_json([{"reference": r.reference, "client": r.client, "project": r.project,
                      "units_expected": r.units_expected, "units_done": r.units_done,
                      "received_on": r.received_on.isoformat(), "due_on": r.due_on.isoformat(),
                      "status": r.status, "delivered_on": r.delivered_on and
                      r.delivered_on.isoformat(), "accuracy_pct": None if r.last_accuracy_bp
                      is None else fmt_bp(r.last_accuracy_bp), "late": r.late}
                     for r in page.rows])
        return 0
    if not page.rows:
        print("No batches match." if (args.late or args.client) else "No batches yet.")
        return 0
    ref = max(len("Batch"), *(len(r.reference) for r in page.rows))
    client = max(len("Client"), *(len(r.client) for r in page.rows))
    print(f"{'Batch':<{ref}}  {'Client':<{client}}  {'Due':<10}  {'Status':<11}  "
          f"{'Done':>15}  {'Accuracy':>8}  Late")
    for r in page.rows:
        done = f"{r.units_done:,}/{r.units_expected:,}"
        print(f"{r.reference:<{ref}}  {r.client:<{client}}  {r.due_on.isoformat()}  "
              f"{_title(r.status):<11}  {done:>15}  {fmt_bp(r.last_accuracy_bp):>8}  "
              f"{'LATE' if r.late else ''}")
    print(f"{len(page.rows):,} batches" + (f", {sum(r.late for r in page.rows):,} late"
                                           if not args.late else " late"))
    return 0


def cmd_batches_show(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json

    services = _services(paths)
    try:
        d = services.deliverables
        detail = d.batch_detail(d.find_batch(args.reference).id)
    finally:
        services.db.dispose()
    b = detail.batch
    if args.json:
        _print_json({
            "reference": b.reference, "client": b.client, "project": b.project,
            "status": b.status, "units_expected": b.units_expected, "units_done": b.units_done,
            "received_on": b.received_on, "due_on": b.due_on, "delivered_on": b.delivered_on,
            "late": b.late, "proposed_sample": detail.proposed_sample,
            "accuracy_target_pct": fmt_bp(detail.accuracy_target_bp),
            "workers": [{"name": w.name, "units": w.units, "minutes": w.minutes}
                        for w in detail.workers],
            "history": [{"from": h.from_status, "to": h.to_status, "at": h.at, "by": h.by,
                         "note": h.note} for h in detail.history],
            "qa_checks": [{"round": c.round, "checked": c.checked, "errors": c.errors,
                           "accuracy_pct": fmt_bp(c.accuracy_bp), "passed": c.passed,
                           "by_category": c.errors_by_category} for c in detail.checks],
        })
        return 0
    print(f"{b.reference}  {b.client} — {b.project}")
    print(f"Status: {_title(b.status)}{'  (LATE)' if b.late else ''}   Units: "
          f"{b.units_done:,} of {b.units_expected:,} {b.unit}")
    print(f"Received {b.received_on.isoformat()}, due {b.due_on.isoformat()}"
          + (f", delivered {b.delivered_on.isoformat()}" if b.delivered_on else ""))
    print(f"Accuracy target {fmt_bp(detail.accuracy_target_bp)} %; proposed QA sample "
          f"{detail.proposed_sample:,} units")
    print("Workers: " + (", ".join(f"{w.name} ({w.units:,} units)" for w in detail.workers)
                         or "none assigned"))
    for c in detail.checks:
        cats = ", ".join(f"{k} {v}" for k, v in c.errors_by_category.items())
        print(f"QA round {c.round}: {c.errors:,} errors in {c.checked:,} checked, accuracy "
              f"{fmt_bp(c.accuracy_bp)} % — {'passed' if c.passed else 'FAILED'}"
              + (f" ({cats})" if cats else ""))
    for h in detail.history:
        print(f"  {h.at:%Y-%m-%d %H:%M} UTC  {h.from_status or '—'} → {h.to_status}  "
              f"{h.by}{'  ' + h.note if h.note else ''}")
    return 0


def cmd_worklog_import(args: argparse.Namespace, paths: AppPaths) -> int:
    services = _services(paths)
    try:
        result = services.deliverables.import_worklogs(Path(args.file), dry_run=args.dry_run,
                                                       force=args.force)
    finally:
        services.db.dispose()
    for w in result.warnings:
        print(f"warning: {w}")
    if result.problems:
        for p in result.problems:
            print(str(p), file=sys.stderr)
        print(f"issp: {len(result.problems)} problem(s) in {Path(args.file).name}; nothing was "
              "saved.", file=sys.stderr)
        return 1
    units = sum(p[3] for p in result.preview)
    if result.dry_run:
        print(f"{result.rows:,} rows checked, all good; nothing saved (dry run).")
    else:
        print(f"Saved {result.created:,} work logs" + (f" ({units:,} units)" if
                                                       result.created <= 200 else "") + ".")
        if result.backup is not None:
            print(f"Backup made before the import: {result.backup}")
    return 0


def _categories(raw: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in raw or []:
        name, sep, count = item.rpartition("=")
        if not sep or not name.strip():
            raise ValidationError("category", f"'{item}' is not NAME=N")
        text = count.strip()
        if not text.lstrip("-").isdigit():
            raise ValidationError(f"category {name.strip()}", f"'{count}' is not a whole "
                                  "number")
        out[name.strip()] = out.get(name.strip(), 0) + int(text)
    return out


def cmd_qa_record(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.services.deliverables import QaInput

    categories = _categories(args.category)
    services = _services(paths)
    try:
        d = services.deliverables
        batch = d.find_batch(args.batch)
        result = d.record_qa(QaInput(batch.id, args.checked, args.errors, categories,
                                     args.checked_by or ""))
    finally:
        services.db.dispose()
    verdict = "passed" if result.passed else "FAILED"
    print(f"{result.reference}: QA round {result.round}: accuracy {fmt_bp(result.accuracy_bp)} "
          f"% (target {fmt_bp(result.target_bp)} %) — {verdict}")
    status = _title(result.status)
    if result.passed:
        print(f"Status: {status} — ready to deliver")
    else:
        print(f"Status: {status} — rework by {', '.join(result.workers) or 'nobody assigned'}")
    return 0


def cmd_report_delivery(args: argparse.Namespace, paths: AppPaths) -> int:
    start, end = _date("from", args.date_from), _date("to", args.date_to)
    services = _services(paths)
    try:
        d = services.deliverables
        client = d.find_client(args.client)
        report = d.write_delivery_report(client.id, start, end, Path(args.output))
    finally:
        services.db.dispose()
    from issp_desktop.reports.delivery_report import money

    print(f"Wrote {args.output}: {len(report.lines)} batches delivered, {report.on_time} on "
          f"time; total {report.currency} {money(report.total_cents)}")
    return 0


def _nonnegative(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{raw}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def _group(sub: Any, name: str, help_text: str) -> Any:
    """The ``name`` command's own subparsers, made or reused (another feature may add
    ``issp report …`` commands too)."""
    from issp_desktop.cli import _Parser

    existing = sub.choices.get(name)
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    parser = sub.add_parser(name, help=help_text)
    group = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION",
                                  parser_class=_Parser)
    group.required = True
    return group


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's commands to the ``issp`` parser."""
    clients = _group(sub, "clients", "clients and their projects")
    clist = clients.add_parser("list", help="clients with their projects and open batches")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=cmd_clients_list)

    batches = _group(sub, "batches", "client batches (deliverables)")
    blist = batches.add_parser("list", help="batches by due date; late ones marked")
    blist.add_argument("--late", action="store_true", help="only late batches")
    blist.add_argument("--client", metavar="NAME")
    blist.add_argument("--status", choices=[s.value for s in Status])
    blist.add_argument("--json", action="store_true")
    blist.set_defaults(handler=cmd_batches_list)
    bshow = batches.add_parser("show", help="one batch: workers, quality checks, history")
    bshow.add_argument("reference", metavar="REF")
    bshow.add_argument("--json", action="store_true")
    bshow.set_defaults(handler=cmd_batches_show)

    worklog = _group(sub, "worklog", "work logs of workers on batches")
    wimport = worklog.add_parser(
        "import", help="import work logs (.csv/.xlsx: batch_ref, national_id, date, units, "
                       "minutes); all rows or none")
    wimport.add_argument("file", metavar="FILE")
    wimport.add_argument("--dry-run", action="store_true", help="check only, save nothing")
    wimport.add_argument("--force", action="store_true",
                         help="save even where a batch gets more units than it expects")
    wimport.set_defaults(handler=cmd_worklog_import)

    qa = _group(sub, "qa", "quality checks of batches")
    record = qa.add_parser("record", help="record a quality check; prints accuracy and the "
                                          "batch's new status")
    record.add_argument("--batch", required=True, metavar="REF")
    record.add_argument("--checked", required=True, type=_nonnegative, metavar="N",
                        help="fields or characters checked")
    record.add_argument("--errors", required=True, type=_nonnegative, metavar="N")
    record.add_argument("--category", action="append", metavar="NAME=N",
                        help="errors of one category (repeat; they must add up to --errors)")
    record.add_argument("--checked-by", metavar="NAME")
    record.set_defaults(handler=cmd_qa_record)

    report = _group(sub, "report", "reports")
    delivery = report.add_parser("delivery", help="a client's delivery report (.pdf or .xlsx)")
    delivery.add_argument("--client", required=True, metavar="NAME")
    delivery.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    delivery.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    delivery.add_argument("-o", "--output", required=True, metavar="FILE.pdf|.xlsx")
    delivery.set_defaults(handler=cmd_report_delivery)

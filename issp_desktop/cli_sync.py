"""``issp sync ...``: exchange records with other centres by signed files.

  issp sync export --to-centre NAME [--since DATE] -o FILE.issp
  issp sync import FILE.issp [--ack FILE]     (a bundle: writes FILE.ack.issp for the sender;
                                               an acknowledgement: records it)
  issp sync ack FILE.ack.issp                 (the same, for an acknowledgement)
  issp sync centres | partners | conflicts [--all] | resolve ID mine|theirs | id TABLE ID

Exit codes as every ``issp`` command: 0 done, 1 bad input (a damaged, tampered, untrusted or
misaddressed file; nothing changed), 3 a file from a newer version, 4 not allowed.
``register(subparsers)`` is called from ``cli.py``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths


def _money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def cmd_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.domain.people import parse_date

    since = parse_date("--since", args.since) if args.since else None
    with _signed_in(paths) as services:
        r = services.exchange.export(args.to_centre, Path(args.output), since)
    if args.json:
        _print_json({"file": str(r.path), "to_centre": r.to_centre, "bundle_id": r.bundle_id,
                     "records": r.records, "by_table": r.by_table, "seq_from": r.seq_from,
                     "seq_upto": r.seq_upto, "since": since})
        return 0
    what = f"changed on or after {since.isoformat()}" if since else \
        "changed since its last acknowledgement"
    print(f"Wrote {r.records} record(s) {what} for {r.to_centre} to {r.path}")
    for table, n in sorted(r.by_table.items()):
        print(f"  {table.replace('_', ' '):<24} {n:>7}")
    return 0


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        r = services.exchange.import_file(Path(args.file),
                                          Path(args.ack) if args.ack else None,
                                          expect="ack" if args.only_ack else None)
    if args.json:
        _print_json({"file": str(r.path), "kind": r.kind, "from_centre": r.from_centre,
                     "bundle_id": r.bundle_id, "already_imported": r.already_imported,
                     "records": r.records, "inserted": r.inserted, "updated": r.updated,
                     "deleted": r.deleted, "unchanged": r.unchanged,
                     "conflicts": r.conflicts, "by_table": r.by_table,
                     "ack_file": str(r.ack_path) if r.ack_path else None,
                     "backup": str(r.backup) if r.backup else None,
                     "acked_seq": r.acked_seq})
        return 0
    if r.kind == "ack":
        if r.already_imported:
            print(f"This acknowledgement from {r.from_centre} was recorded already; nothing "
                  "changed.")
        else:
            print(f"{r.from_centre} acknowledged the bundle ({r.records} record(s)); the next "
                  "export to it holds only newer changes.")
        return 0
    if r.already_imported:
        print(f"This bundle from {r.from_centre} was imported already; nothing changed. Its "
              f"acknowledgement was written again to {r.ack_path}")
        return 0
    print(f"Imported {r.records} record(s) from {r.from_centre}: {r.inserted} new, "
          f"{r.updated} updated, {r.deleted} deleted, {r.unchanged} unchanged, "
          f"{r.conflicts} conflict(s).")
    if r.conflicts:
        print("  Conflicts wait for a manager: issp sync conflicts")
    if r.backup:
        print(f"  Backup made before the import: {r.backup}")
    print(f"  Send this acknowledgement back to {r.from_centre}: {r.ack_path}")
    return 0


def cmd_centres(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        rows = services.exchange.centres()
    if args.json:
        _print_json([{"centre": c.name, "key_id": c.key_id or None, "this_centre": c.own,
                      "total": not c.key_id, "people": c.people, "workers": c.workers,
                      "trainees": c.trainees, "hours": c.hours, "units": c.units,
                      "gross_cents": c.gross_cents} for c in rows])
        return 0
    width = max(len(c.name) for c in rows) + 2
    print(f"{'Centre':<{width}} {'People':>7} {'Workers':>8} {'Trainees':>9} {'Hours':>8} "
          f"{'Units':>10} {'Gross pay':>16}")
    for c in rows:
        label = c.name + (" *" if c.own else "")
        print(f"{label:<{width}} {c.people:>7} {c.workers:>8} {c.trainees:>9} {c.hours:>8} "
              f"{c.units:>10} {_money(c.gross_cents):>16}")
    print("* this centre")
    return 0


def cmd_partners(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        rows = services.exchange.partners()
    if args.json:
        _print_json([{"centre": p.name, "key_id": p.key_id, "fingerprint": p.fingerprint,
                      "tag": p.tag or None, "acked_at": p.acked_at,
                      "last_import_at": p.last_import_at} for p in rows])
        return 0
    if not rows:
        print("No trusted centres yet: 'issp certificates trust KEYFILE' first.")
    for p in rows:
        acked = p.acked_at.strftime("%Y-%m-%d %H:%M") if p.acked_at else "never"
        got = p.last_import_at.strftime("%Y-%m-%d %H:%M") if p.last_import_at else "never"
        print(f"{p.name}  ({p.fingerprint})  last acknowledged: {acked}  last imported "
              f"from: {got}")
    return 0


def _conflict_json(c: Any) -> dict[str, Any]:
    return {"id": c.id, "table": c.table, "uid": c.uid, "origin": c.origin,
            "from_centre": c.from_centre, "detected_at": c.detected_at, "fields": c.fields,
            "mine": c.mine, "theirs": c.theirs, "resolution": c.resolution or None,
            "resolved_by": c.resolved_by or None}


def cmd_conflicts(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        rows = services.exchange.conflicts(args.all)
    if args.json:
        _print_json([_conflict_json(c) for c in rows])
        return 0
    if not rows:
        print("No conflicts waiting.")
    for c in rows:
        state = f"resolved: {c.resolution} by {c.resolved_by}" if c.resolution else "open"
        print(f"#{c.id}  {c.table.replace('_', ' ')} {c.uid} (from {c.from_centre}; {state})")
        for f in c.fields:
            mine = (c.mine or {}).get(f, "(deleted)" if c.mine is None else None)
            theirs = (c.theirs or {}).get(f, "(deleted)" if c.theirs is None else None)
            print(f"    {f}: mine {mine!r}  theirs {theirs!r}")
    return 0


def cmd_resolve(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        c = services.exchange.resolve(args.conflict, args.choice)
    if args.json:
        _print_json(_conflict_json(c))
        return 0
    kept = "this centre" if c.resolution == "mine" else c.from_centre
    print(f"Conflict #{c.id} resolved: kept {kept}'s version; it goes out with the next "
          "exports.")
    return 0


def cmd_identity(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in

    with _signed_in(paths) as services:
        r = services.exchange.identity(args.table, args.id)
    if args.json:
        _print_json({"table": r.table, "local_id": r.local_id, "uid": r.uid,
                     "origin": r.origin, "origin_key_id": r.origin_key})
        return 0
    print(f"{r.table} {r.local_id}: uid {r.uid}, origin {r.origin} ({r.origin_key})")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's commands to the ``issp`` parser."""
    from issp_desktop.cli import _Parser

    sync = sub.add_parser("sync", help="exchange records with other centres by signed files")
    ssub = sync.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=_Parser)
    ssub.required = True
    exp = ssub.add_parser("export", help="write a signed bundle of changes for a centre")
    exp.add_argument("--to-centre", required=True, metavar="NAME",
                     help="a trusted centre (name, key id or fingerprint)")
    exp.add_argument("--since", metavar="DATE",
                     help="changes made on or after DATE, instead of since the centre's last "
                          "acknowledgement")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.issp")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(handler=cmd_export)
    imp = ssub.add_parser("import", help="import a bundle (writes its acknowledgement) or an "
                                         "acknowledgement")
    imp.add_argument("file", metavar="FILE.issp")
    imp.add_argument("--ack", metavar="FILE", help="where to write the acknowledgement "
                                                   "(default: FILE.ack.issp beside the bundle)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import, only_ack=False)
    ack = ssub.add_parser("ack", help="record a centre's acknowledgement of our bundle")
    ack.add_argument("file", metavar="FILE.ack.issp")
    ack.add_argument("--json", action="store_true")
    ack.set_defaults(handler=cmd_import, only_ack=True, ack=None)
    cen = ssub.add_parser("centres", help="people, hours, units and pay by origin centre")
    cen.add_argument("--json", action="store_true")
    cen.set_defaults(handler=cmd_centres)
    par = ssub.add_parser("partners", help="the trusted centres and the exchange with each")
    par.add_argument("--json", action="store_true")
    par.set_defaults(handler=cmd_partners)
    con = ssub.add_parser("conflicts", help="records changed here and at another centre")
    con.add_argument("--all", action="store_true", help="resolved ones too")
    con.add_argument("--json", action="store_true")
    con.set_defaults(handler=cmd_conflicts)
    res = ssub.add_parser("resolve", help="keep this centre's version or take theirs")
    res.add_argument("conflict", type=int, metavar="ID")
    res.add_argument("choice", choices=["mine", "theirs"])
    res.add_argument("--json", action="store_true")
    res.set_defaults(handler=cmd_resolve)
    ident = ssub.add_parser("id", help="a record's global id and origin centre")
    ident.add_argument("table", metavar="TABLE", help="e.g. person, shift, work_log")
    ident.add_argument("id", metavar="ID")
    ident.add_argument("--json", action="store_true")
    ident.set_defaults(handler=cmd_identity)

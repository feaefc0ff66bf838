"""``issp db migrate-to URL`` (and ``issp db test-connection URL``): moving a centre from its
SQLite file to a PostgreSQL server shared by several PCs.

``register(subparsers)`` adds the commands under the existing ``db`` group (called from
``cli.py`` after the built-in commands). A URL's password is never printed."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from issp_desktop.config.paths import AppPaths, redact_url


def cmd_db_migrate_to(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.services.db_migrate import migrate_to

    def progress(table: str, n: int, total: int) -> None:
        if not args.json:
            print(f"  copying {table} ({n + 1}/{total})", file=sys.stderr)

    with _signed_in(paths) as services:
        report = migrate_to(services.db, args.url, services.actor, progress=progress)
    if args.json:
        _print_json({
            "source": report.source, "target": report.target, "revision": report.revision,
            "ok": report.ok, "rows": report.total_rows,
            "tables": [{"table": t.table, "source_rows": t.source_rows,
                        "target_rows": t.target_rows,
                        "money": {c: {"source": a, "target": b}
                                  for c, (a, b) in t.money.items()}}
                       for t in report.tables],
        })
        return 0
    print(f"Copied {report.source} to {report.target} (schema {report.revision}).")
    width = max(len(t.table) for t in report.tables)
    print(f"{'Table':<{width}}  {'Source':>10}  {'Target':>10}")
    for t in report.tables:
        print(f"{t.table:<{width}}  {t.source_rows:>10,}  {t.target_rows:>10,}"
              f"{'' if t.ok else '  MISMATCH'}")
        for col, (a, b) in t.money.items():
            print(f"  {col:<{width - 2}}  {_money(a):>10}  {_money(b):>10}")
    print(f"Every row count and money total matches ({report.total_rows:,} rows). Point each "
          f"PC at the server: issp-desktop --db {redact_url(args.url)}")
    return 0


def _money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def cmd_db_test_connection(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json
    from issp_desktop.db.server import test_connection

    url = args.url or paths.db_url
    result = test_connection(url)
    if args.json:
        _print_json({"location": result.location, "ok": result.ok, "server": result.server,
                     "revision": result.revision, "message": result.message})
    else:
        print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 3


def _db_group(sub: Any) -> Any:
    """The ``db`` command's own sub-parsers (made by ``cli.build_parser``)."""
    db = sub.choices["db"]
    for action in db._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the db command has no actions")


def register(sub: Any) -> None:
    db_sub = _db_group(sub)
    mig = db_sub.add_parser(
        "migrate-to", help="copy this SQLite centre into an empty PostgreSQL database "
        "(manager; checks row counts and money totals)")
    mig.add_argument("url", metavar="URL", help="postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    mig.add_argument("--json", action="store_true")
    mig.set_defaults(handler=cmd_db_migrate_to)
    test = db_sub.add_parser(
        "test-connection", help="can this PC reach the database server? (exit 0 if yes)")
    test.add_argument("url", metavar="URL", nargs="?",
                      help="a PostgreSQL URL (default: --db / ISSP_DB_URL)")
    test.add_argument("--json", action="store_true")
    test.set_defaults(handler=cmd_db_test_connection)

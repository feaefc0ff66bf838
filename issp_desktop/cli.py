"""The ``issp`` command: a second front door on the same services as the GUI.

Errors print one clear line to stderr and exit non-zero (1: bad input or a failed check,
2: bad command line, 3: the database cannot be used). Commands a script reads take ``--json``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from issp_desktop import __version__
from issp_desktop.config.paths import AppPaths, resolve_paths
from issp_desktop.errors import DatabaseExistsError, IsspError, LoginRequiredError

Handler = Callable[[argparse.Namespace, AppPaths], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"issp: error: {message}\n")


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _open(paths: AppPaths, *, create: bool = False) -> Any:
    """Open the store; an encrypted one is unlocked with ISSP_DB_PASSPHRASE (the passphrase or
    the recovery key) or a passphrase asked for at the terminal."""
    from issp_desktop.app import open_services
    from issp_desktop.errors import PassphraseRequiredError

    try:
        return open_services(paths, create=create)
    except PassphraseRequiredError:
        from issp_desktop.db import crypto

        secret = os.environ.get("ISSP_DB_PASSPHRASE", "")
        if not secret:
            if not sys.stdin.isatty():
                raise
            secret = getpass.getpass("Database passphrase (or recovery key): ")
        assert paths.sqlite_path is not None
        key = crypto.unlock(paths.sqlite_path, secret)
        return open_services(paths, create=create, data_key=key)


def _sign_in(services: Any) -> None:
    """Once the centre has accounts, commands act as a signed-in user: ISSP_USER and
    ISSP_PASSWORD, or asked for at the terminal. The user's role decides what is allowed."""
    if not services.users.has_users():
        return  # a centre without accounts yet: the command acts as the system
    username = os.environ.get("ISSP_USER", "")
    password = os.environ.get("ISSP_PASSWORD", "")
    if not username or not password:
        if not sys.stdin.isatty():
            raise LoginRequiredError()
        username = username or input("User name: ")
        password = password or getpass.getpass("Password: ")
    services.users.login(username, password)


@contextlib.contextmanager
def _opened(paths: AppPaths) -> Iterator[Any]:
    """The services on the store for one command; closed again at the end."""
    services = _open(paths)
    try:
        yield services
    finally:
        services.db.dispose()


@contextlib.contextmanager
def _signed_in(paths: AppPaths) -> Iterator[Any]:
    """As ``_opened``, acting as the signed-in user."""
    services = _open_signed_in(paths)
    try:
        yield services
    finally:
        services.db.dispose()


def _open_signed_in(paths: AppPaths) -> Any:
    services = _open(paths)
    try:
        _sign_in(services)
    except BaseException:
        services.db.dispose()
        raise
    return services


# --- demo --------------------------------------------------------------------------------------

def _set_aside(path: Path, backups_dir: Path) -> Path:
    """Keep an existing database file as a backup before it is replaced."""
    from issp_desktop.db.backup import create_backup
    from issp_desktop.db.store import remove_sqlite_files

    try:
        kept = create_backup(path, backups_dir, "replaced").path
    except Exception:  # damaged or not SQLite: move the files as they are
        backups_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = backups_dir / f"replaced-{stamp}-{path.name}"
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(path) + suffix)
            if src.exists():
                shutil.move(str(src), str(kept) + suffix)
        return kept
    remove_sqlite_files(path)
    return kept


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.db.store import peek_sqlite

    path = paths.sqlite_path
    kept = None
    if path is not None and path.exists():
        has_data = True
        with contextlib.suppress(IsspError):
            has_data = peek_sqlite(path, check=False).has_tables
        if has_data and not args.force:
            raise DatabaseExistsError(str(path))
        if has_data:
            with _signed_in(paths) as old:
                old.demo.check_may_replace()
            kept = _set_aside(path, paths.backups_dir)
    services = _open(paths, create=True)
    try:
        if args.force and path is None and services.demo.has_data():
            raise IsspError(
                "--force can only replace a SQLite file; empty the server database first."
            )
        summary = services.demo.build(people=args.people, seed=args.seed)
    finally:
        services.db.dispose()
    if args.json:
        _print_json({**asdict(summary), "location": paths.location})
    else:
        for line in summary.lines():
            print(line)
        print(f"  database: {paths.location}")
        if kept is not None:
            print(f"  the previous file was kept aside as {kept}")
    return 0


# --- db ----------------------------------------------------------------------------------------

def cmd_db_info(args: argparse.Namespace, paths: AppPaths) -> int:
    with _opened(paths) as services:
        info = services.admin.info()
    if args.json:
        _print_json({**asdict(info), "up_to_date": info.up_to_date})
        return 0
    print(f"Location:  {info.location}")
    print(f"Backend:   {info.backend}")
    print(f"Schema:    {info.revision} (this version knows up to {info.head})")
    if info.size_bytes is not None:
        print(f"Size:      {info.size_bytes:,} bytes")
    print("Rows:")
    for table, n in info.row_counts.items():
        print(f"  {table:<24} {n:>10,}")
    return 0


def cmd_db_check(args: argparse.Namespace, paths: AppPaths) -> int:
    with _opened(paths) as services:
        result = services.admin.check()
    if args.json:
        _print_json({"ok": result.ok, **asdict(result)})
    elif result.ok:
        print(f"{paths.location}: integrity ok, foreign keys ok")
    else:
        for line in result.integrity:
            if line != "ok":
                print(f"integrity: {line}", file=sys.stderr)
        for line in result.foreign_key_problems:
            print(f"foreign key: {line}", file=sys.stderr)
    return 0 if result.ok else 1


def cmd_db_upgrade(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.db.migrate import current_revision, upgrade
    from issp_desktop.db.store import open_store

    db = open_store(paths.db_url, migrate=False, backups_dir=paths.backups_dir)
    try:
        before = current_revision(db)
        result = upgrade(db, paths.backups_dir)
    finally:
        db.dispose()
    if args.json:
        _print_json({
            "from": before, "to": result.to_revision,
            "backup": str(result.backup) if result.backup else None,
        })
    elif result.changed:
        print(f"Upgraded {paths.location} from {before or 'empty'} to {result.to_revision}.")
        if result.backup:
            print(f"The file before the upgrade was kept as {result.backup}")
    else:
        print(f"{paths.location} is up to date (schema {result.to_revision}).")
    return 0


def _new_passphrase() -> str:
    secret = os.environ.get("ISSP_NEW_PASSPHRASE", "")
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise IsspError("Give the new passphrase in ISSP_NEW_PASSPHRASE, or run in a terminal.")
    first = getpass.getpass("New database passphrase: ")
    if getpass.getpass("Repeat it: ") != first:
        raise IsspError("The two passphrases are not the same; nothing was changed.")
    return first


def _print_recovery(key: str, as_json: bool) -> None:
    if as_json:
        _print_json({"recovery_key": key})
        return
    print("Recovery key (print it or write it down, and keep it away from this PC):")
    print(f"    {key}")
    print("It opens the database if the passphrase is forgotten. It is shown only now.")


def cmd_db_encrypt(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        key = services.encryption.encrypt(_new_passphrase())
    _print_recovery(key, args.json)
    if not args.json:
        print("Older backups in the backups folder are not encrypted: delete them once a new "
              "backup has been made, or keep them somewhere safe.")
    return 0


def cmd_db_change_passphrase(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        current = os.environ.get("ISSP_DB_PASSPHRASE", "")
        if not current and sys.stdin.isatty():
            current = getpass.getpass("Current passphrase (or recovery key): ")
        services.encryption.change_passphrase(current, _new_passphrase())
    print("The passphrase is changed; the recovery key still works.")
    return 0


def cmd_db_new_recovery_key(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        current = os.environ.get("ISSP_DB_PASSPHRASE", "")
        if not current and sys.stdin.isatty():
            current = getpass.getpass("Passphrase: ")
        key = services.encryption.new_recovery_key(current)
    _print_recovery(key, args.json)
    return 0


# --- backups -----------------------------------------------------------------------------------

def cmd_backup_create(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        if args.output:
            target = services.backups.export_to(Path(args.output))
            newest = services.backups.newest()
            data = {"path": str(target), "kept": str(newest.path) if newest else None}
        else:
            result = services.backups.create("manual")
            data = {"path": str(result.backup.path), "copied_to": str(result.copied_to)
                    if result.copied_to else None, "copy_error": result.copy_error or None,
                    "thinned": [str(p) for p in result.thinned]}
    if args.json:
        _print_json(data)
    else:
        print(f"Backup written and checked: {data['path']}")
        if data.get("copied_to"):
            print(f"  copied to {data['copied_to']}")
        if data.get("copy_error"):
            print(f"  the copy to the backup folder failed: {data['copy_error']}",
                  file=sys.stderr)
    return 0


def cmd_backup_list(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        found = services.backups.list()
    if args.json:
        _print_json([{"path": str(b.path), "created_at": b.created_at.isoformat(),
                      "reason": b.reason, "size_bytes": b.size_bytes} for b in found])
        return 0
    if not found:
        print(f"No backups yet in {paths.backups_dir}.")
    for b in found:
        print(f"{b.created_at:%Y-%m-%d %H:%M:%S}Z  {b.reason:<18} {b.size_bytes:>12,}  "
              f"{b.path.name}")
    return 0


def cmd_backup_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    source = Path(args.file)
    with _signed_in(paths) as services:
        result = services.backups.restore(source)
    if args.json:
        _print_json({"restored": str(result.restored),
                     "kept_aside": str(result.kept_aside) if result.kept_aside else None})
    else:
        print(f"Restored {paths.location} from {result.restored}.")
        if result.kept_aside:
            print(f"  the database as it was is kept as {result.kept_aside}")
    return 0


# --- personal data requests ------------------------------------------------------------------

def _one_person(services: Any, key: str) -> Any:
    from issp_desktop.domain.text import normalise_national_id
    from issp_desktop.errors import NotFoundError

    matches = [p for p in services.privacy.find(key)
               if (p.national_id and normalise_national_id(p.national_id)
                   == normalise_national_id(key)) or p.uid.startswith(key.strip().lower())]
    if len(matches) != 1:
        raise NotFoundError("person with national ID or reference", key)
    return matches[0]


def cmd_privacy_export(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        person = _one_person(services, args.person)
        json_path, pdf_path = services.privacy.export_files(person.id, Path(args.output))
    if args.json:
        _print_json({"json": str(json_path), "pdf": str(pdf_path)})
    else:
        print(f"Wrote {json_path} and {pdf_path}")
    return 0


def cmd_privacy_erase(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        person = _one_person(services, args.person)
        services.privacy.erase(person.id, args.reason)
    print(f"Erased the personal data of person {person.uid[:8]}; their records stay, unnamed.")
    return 0


def cmd_privacy_retention(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        count = services.privacy.apply_retention(dry_run=args.dry_run)
    if args.json:
        _print_json({"erased" if not args.dry_run else "due": count})
    else:
        verb = "would be" if args.dry_run else "were"
        print(f"{count} alumni {verb} pseudonymised under the retention setting.")
    return 0


# --- audit, users -------------------------------------------------------------------------------

def cmd_audit_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        result = services.audit.verify()
    if args.json:
        _print_json(asdict(result))
    elif result.ok:
        print(f"Audit trail intact: {result.checked:,} entries check out.")
    else:
        print(f"issp: audit trail broken at entry {result.first_broken_id}: {result.reason} "
              f"({result.checked:,} entries before it check out)", file=sys.stderr)
    return 0 if result.ok else 1


def cmd_audit_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.services.audit import AuditFilter

    with _signed_in(paths) as services:
        rows = services.audit.page(AuditFilter(text=args.search or ""), 0, args.limit)
    if args.json:
        _print_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        print(f"{r.id:>7}  {r.at:%Y-%m-%d %H:%M:%S}Z  {r.username:<12} {r.use_case:<24} "
              f"{r.entity} {r.entity_id}")
    return 0


def cmd_users_list(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        rows = services.users.list()
    if args.json:
        _print_json([{**asdict(r), "role": r.role.value} for r in rows])
        return 0
    for r in rows:
        state = "active" if r.active else "switched off"
        if r.locked_until:
            state = f"locked until {r.locked_until:%Y-%m-%d %H:%M}Z"
        print(f"{r.username:<16} {r.role.value:<11} {state:<28} {r.display_name}")
    return 0


def _new_password(prompt: str) -> str:
    from_env = os.environ.get("ISSP_NEW_PASSWORD", "")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise IsspError("Give the new password in ISSP_NEW_PASSWORD, or run in a terminal.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat it: ") != first:
        raise IsspError("The two passwords are not the same; nothing was changed.")
    return first


def cmd_users_add(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.domain.access import Role
    from issp_desktop.services.users import NewUser

    with _signed_in(paths) as services:
        password = _new_password(f"Password for {args.username}: ")
        row = services.users.add(NewUser(args.username, Role(args.role), password,
                                         args.name or ""))
    print(f"Added {row.username} ({row.role.value}).")
    return 0


def _user_id(services: Any, username: str) -> int:
    from issp_desktop.errors import NotFoundError

    row = services.users.find(username)
    if row is None:
        raise NotFoundError("user", username)
    return int(row.id)


def cmd_users_reset_password(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        user_id = _user_id(services, args.username)
        password = _new_password(f"Temporary password for {args.username}: ")
        services.users.reset_password(user_id, password)
    print(f"{args.username} must choose a new password at the next sign-in.")
    return 0


def cmd_users_unlock(args: argparse.Namespace, paths: AppPaths) -> int:
    with _signed_in(paths) as services:
        services.users.unlock(_user_id(services, args.username))
    print(f"{args.username} is unlocked.")
    return 0


# --- parser ------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="issp", description="ISSP Desktop from the command line.")
    parser.add_argument("--version", action="version", version=f"issp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database and backups")
    parser.add_argument("--db", metavar="URL", help="an SQLAlchemy database URL instead")
    parser.add_argument("--demo", action="store_true", help="use the demo database in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    demo = sub.add_parser("demo", help="create a realistic demo centre")
    demo.add_argument("--people", type=int, default=400, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--force", action="store_true", help="replace an existing database")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=cmd_demo)

    db = sub.add_parser("db", help="look after the database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_sub.required = True
    info = db_sub.add_parser("info", help="location, schema revision, row counts")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=cmd_db_info)
    check = db_sub.add_parser("check", help="integrity and foreign-key check (exit 0 if clean)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_db_check)
    up = db_sub.add_parser("upgrade", help="bring the schema up to date")
    up.add_argument("--json", action="store_true")
    up.set_defaults(handler=cmd_db_upgrade)
    enc = db_sub.add_parser("encrypt", help="encrypt the database (manager; prints the "
                            "recovery key; passphrase from ISSP_NEW_PASSPHRASE or asked)")
    enc.add_argument("--json", action="store_true")
    enc.set_defaults(handler=cmd_db_encrypt)
    chp = db_sub.add_parser("change-passphrase", help="new passphrase for an encrypted database")
    chp.set_defaults(handler=cmd_db_change_passphrase)
    nrk = db_sub.add_parser("new-recovery-key", help="re-key the database; prints the new key")
    nrk.add_argument("--json", action="store_true")
    nrk.set_defaults(handler=cmd_db_new_recovery_key)

    backup = sub.add_parser("backup", help="make, list and restore backups")
    backup_sub = backup.add_subparsers(dest="backup_command", metavar="ACTION",
                                       parser_class=_Parser)
    backup_sub.required = True
    bcreate = backup_sub.add_parser("create", help="a checked backup now")
    bcreate.add_argument("-o", "--output", metavar="FILE",
                         help="also write it to FILE (e.g. on a USB stick), verified")
    bcreate.add_argument("--json", action="store_true")
    bcreate.set_defaults(handler=cmd_backup_create)
    blist = backup_sub.add_parser("list", help="backups in the data folder, newest first")
    blist.add_argument("--json", action="store_true")
    blist.set_defaults(handler=cmd_backup_list)
    brestore = backup_sub.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept)")
    brestore.add_argument("file", metavar="FILE")
    brestore.add_argument("--json", action="store_true")
    brestore.set_defaults(handler=cmd_backup_restore)

    privacy = sub.add_parser("privacy", help="personal-data requests (manager)")
    privacy_sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION",
                                         parser_class=_Parser)
    privacy_sub.required = True
    pexport = privacy_sub.add_parser("export", help="everything held about a person: JSON + PDF")
    pexport.add_argument("person", metavar="PERSON", help="national ID or reference")
    pexport.add_argument("-o", "--output", metavar="DIR", required=True)
    pexport.add_argument("--json", action="store_true")
    pexport.set_defaults(handler=cmd_privacy_export)
    perase = privacy_sub.add_parser("erase", help="pseudonymise a person on request")
    perase.add_argument("person", metavar="PERSON", help="national ID or reference")
    perase.add_argument("--reason", required=True)
    perase.set_defaults(handler=cmd_privacy_erase)
    pret = privacy_sub.add_parser("retention", help="apply the alumni retention setting")
    pret.add_argument("--dry-run", action="store_true")
    pret.add_argument("--json", action="store_true")
    pret.set_defaults(handler=cmd_privacy_retention)

    audit = sub.add_parser("audit", help="the audit trail (manager)")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser)
    audit_sub.required = True
    verify = audit_sub.add_parser("verify", help="recompute the hash chain; exit 0 if intact")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_audit_verify)
    alist = audit_sub.add_parser("list", help="newest entries first")
    alist.add_argument("--search", metavar="TEXT")
    alist.add_argument("--limit", type=int, default=50, metavar="N")
    alist.add_argument("--json", action="store_true")
    alist.set_defaults(handler=cmd_audit_list)

    users = sub.add_parser("users", help="staff accounts (manager)")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", parser_class=_Parser)
    users_sub.required = True
    ulist = users_sub.add_parser("list", help="accounts and their roles")
    ulist.add_argument("--json", action="store_true")
    ulist.set_defaults(handler=cmd_users_list)
    uadd = users_sub.add_parser(
        "add", help="add an account (password from ISSP_NEW_PASSWORD or asked)")
    uadd.add_argument("username")
    uadd.add_argument("--role", required=True,
                      choices=["manager", "supervisor", "trainer", "clerk", "viewer"])
    uadd.add_argument("--name", help="the person's name as shown in the app")
    uadd.set_defaults(handler=cmd_users_add)
    ureset = users_sub.add_parser("reset-password", help="set a temporary password")
    ureset.add_argument("username")
    ureset.set_defaults(handler=cmd_users_reset_password)
    uunlock = users_sub.add_parser("unlock", help="lift a lock after wrong passwords")
    uunlock.add_argument("username")
    uunlock.set_defaults(handler=cmd_users_unlock)

    from issp_desktop import (
        cli_attendance,
        cli_certificates,
        cli_database,
        cli_deliverables,
        cli_help,
        cli_impact,
        cli_payroll,
        cli_people,
        cli_roster,
        cli_sync,
        cli_training,
    )

    for feature in (cli_people, cli_training, cli_roster, cli_attendance, cli_deliverables,
                    cli_impact, cli_payroll, cli_certificates, cli_help, cli_database,
                    cli_sync):
        feature.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir, args.db, demo=args.demo)
    handler: Handler = args.handler
    try:
        return handler(args, paths)
    except IsspError as exc:
        print(f"issp: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a fault with no typed error yet: still one line, no traceback
        from sqlalchemy.exc import DBAPIError

        if not isinstance(exc, DBAPIError):
            raise
        from issp_desktop.db.engine import translate_error

        known = translate_error(exc, paths.location)
        print(f"issp: {known or f'database error: {exc.orig}'}", file=sys.stderr)
        return known.exit_code if known else 3
    except KeyboardInterrupt:
        print("issp: interrupted; nothing was saved by the unfinished step.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

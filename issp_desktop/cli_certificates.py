"""``issp certificates ...``: issue a cohort's certificates into one PDF, verify a QR text or
short code (no sign-in needed: an employer uses it), revoke, list the register, reprint,
export the centre's public key, trust another centre's key, and print ID badges.

``register(subparsers)`` is called from ``cli.py``; the helpers of ``cli`` are imported when a
command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths


def _content_lines(content: Any) -> list[str]:
    lines = [
        f"  Person:     {content.person}",
        f"  Kind:       {content.kind.value} certificate",
        f"  Serial:     {content.serial}",
        f"  Issued on:  {content.issued_on.isoformat()}",
        f"  Programme:  {content.programme or '—'} (cohort {content.cohort or '—'})",
        f"  Modules:    {content.modules_passed} of {content.modules_total} passed",
        f"  Attendance: {content.attendance_text}   Hours of training: {content.hours}",
    ]
    for r in content.results:
        level = f"  ({r.level()})" if content.kind.value == "skill" else ""
        lines.append(f"    {r.name}: {r.text()}{level}")
    if content.production_text:
        lines.append(f"  Evidence:   {content.production_text}")
    return lines


def _content_json(content: Any) -> dict[str, Any]:
    return {
        "serial": content.serial, "kind": content.kind.value, "person": content.person,
        "issued_on": content.issued_on.isoformat(), "programme": content.programme,
        "cohort": content.cohort, "modules_passed": content.modules_passed,
        "modules_total": content.modules_total,
        "attendance_pct": None if content.attendance_bp is None
        else content.attendance_bp / 100, "hours": content.hours,
        "results": [{"module": r.name, "score": r.score, "wpm": r.wpm,
                     "accuracy_pct": None if r.accuracy_bp is None else r.accuracy_bp / 100,
                     "level": r.level()} for r in content.results],
        "production_batches": content.batches,
        "production_accuracy_pct": None if content.production_accuracy_bp is None
        else content.production_accuracy_bp / 100,
        "key_id": content.key_id,
    }


def cmd_issue(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.domain.certificates import format_code
    from issp_desktop.reports.certificate_words import certificate_language
    from issp_desktop.services.certificate_types import IssueRequest

    with _signed_in(paths) as services:
        cohort = services.training.find_cohort(args.cohort)
        with certificate_language(args.language):
            result = services.certificates.issue_pdf(
                IssueRequest(cohort.id, args.kind, None, args.orientation), Path(args.output))
    for e in result.skipped:
        print(f"not eligible: {e.name}: {e.reason}", file=sys.stderr)
    if args.json:
        _print_json([{"serial": c.serial, "code": format_code(c.code), "person": c.person}
                     for c in result.issued])
        return 0
    print(f"Issued {len(result.issued)} {args.kind} certificate(s) for {cohort.name} into "
          f"{args.output}")
    width = max(len(c.person) for c in result.issued)
    for c in result.issued:
        print(f"  {c.serial:<11}  {format_code(c.code)}  {c.person:<{width}}")
    return 0


def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _opened, _print_json

    with _opened(paths) as services:
        result = services.certificates.verify(args.text)
    if args.json:
        _print_json({"status": result.status.value, "genuine": result.genuine,
                     "reason": result.reason, "issuer": result.issuer,
                     "revoked_at": result.revoked_at, "revoked_reason": result.revoked_reason,
                     "content": _content_json(result.content) if result.content else None})
        return 0 if result.genuine else 1
    if not result.genuine:
        print(f"{result.status.value.upper()}: {result.reason}", file=sys.stderr)
        if result.content is not None:
            for line in _content_lines(result.content):
                print(line, file=sys.stderr)
        return 1
    print(f"GENUINE: {result.reason}")
    for line in _content_lines(result.content):
        print(line)
    return 0


def cmd_revoke(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        row = services.certificates.revoke(args.serial, args.reason)
    print(f"Revoked {row.serial} ({row.person}): {row.revoked_reason}")
    return 0


def cmd_list(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.domain.certificates import format_code
    from issp_desktop.services.certificate_types import RegisterFilter

    with _signed_in(paths) as services:
        cohort_id = services.training.find_cohort(args.cohort).id if args.cohort else None
        f = RegisterFilter(args.search or "", args.kind, cohort_id)
        rows = services.certificates.register_page(f, 0, args.limit)
    if args.json:
        _print_json([{"serial": r.serial, "code": format_code(r.code), "person": r.person,
                      "kind": r.kind.value, "cohort": r.cohort,
                      "issued_on": r.issued_on.isoformat(), "issued_by": r.issued_by,
                      "revoked": r.revoked_at is not None,
                      "revoked_reason": r.revoked_reason} for r in rows])
        return 0
    if not rows:
        print("No certificates.")
        return 0
    width = max(len("Person"), *(len(r.person) for r in rows))
    print(f"{'Serial':<11}  {'Code':<14}  {'Person':<{width}}  {'Kind':<8}  {'Issued':<10}  "
          "Revoked")
    for r in rows:
        revoked = f"yes: {r.revoked_reason}" if r.revoked_at else ""
        print(f"{r.serial:<11}  {format_code(r.code):<14}  {r.person:<{width}}  "
              f"{r.kind.value:<8}  {r.issued_on.isoformat():<10}  {revoked}")
    return 0


def cmd_reprint(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        pages = services.certificates.reprint_pdf(args.serials, Path(args.output))
    print(f"Reprinted {pages} certificate(s) into {args.output}")
    return 0


def cmd_export_key(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        info = services.certificates.export_public_key(Path(args.output))
    print(f"Wrote the public key of {info.centre or 'this centre'} to {args.output}")
    print(f"Fingerprint: {info.fingerprint} (read it to the other centre to compare)")
    return 0


def cmd_trust(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _signed_in

    with _signed_in(paths) as services:
        row = services.certificates.trust(Path(args.file), args.name or "")
    print(f"Now trusting {row.name} (fingerprint {row.fingerprint}): its certificates verify "
          "here.")
    return 0


def cmd_badges(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _print_json, _signed_in
    from issp_desktop.errors import ValidationError

    with _signed_in(paths) as services:
        cohort_id = services.training.find_cohort(args.cohort).id if args.cohort else None
        stage = None if args.stage == "all" else args.stage
        people = services.certificates.badge_people(stage, cohort_id)
        if not people:
            raise ValidationError("badges", "nobody matches that choice")
        sheet = services.certificates.badge_pdf([p.person_id for p in people],
                                                Path(args.output))
    if args.json:
        _print_json({"printed": [{"person": b.name, "badge_no": b.badge_no}
                                 for b in sheet.badges],
                     "without_badge_number": [b.name for b in sheet.missing]})
        return 0
    print(f"Printed {len(sheet.badges)} badge(s) into {args.output}")
    if sheet.missing:
        print(f"{len(sheet.missing)} without a badge number (not printed): "
              + ", ".join(b.name for b in sheet.missing))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's commands to the ``issp`` parser."""
    from issp_desktop.cli import _Parser

    certs = sub.add_parser("certificates", help="issue, verify and revoke certificates")
    csub = certs.add_subparsers(dest="certificates_command", metavar="ACTION",
                                parser_class=_Parser)
    csub.required = True
    issue = csub.add_parser("issue", help="a certificate for every eligible member of a "
                                          "cohort, into one PDF")
    issue.add_argument("--cohort", required=True, metavar="NAME")
    issue.add_argument("--kind", choices=["progress", "skill"], default="progress")
    issue.add_argument("--orientation", choices=["landscape", "portrait"],
                       default="landscape")
    issue.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    issue.add_argument("--language", choices=["en", "sw", "fr"], default="en",
                       help="the printed wording (the signed content is the same in each)")
    issue.add_argument("--json", action="store_true")
    issue.set_defaults(handler=cmd_issue)
    verify = csub.add_parser("verify", help="check a QR text or short code (exit 0: genuine)")
    verify.add_argument("text", metavar="TEXT")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify)
    revoke = csub.add_parser("revoke", help="revoke a certificate, with the reason")
    revoke.add_argument("serial", metavar="SERIAL")
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(handler=cmd_revoke)
    clist = csub.add_parser("list", help="the certificate register, newest first")
    clist.add_argument("--cohort", metavar="NAME")
    clist.add_argument("--kind", choices=["progress", "skill"])
    clist.add_argument("--search", metavar="TEXT", help="serial, code or name")
    clist.add_argument("--limit", type=int, default=200, metavar="N")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=cmd_list)
    reprint = csub.add_parser("reprint", help="the same certificates again, into one PDF")
    reprint.add_argument("serials", nargs="+", metavar="SERIAL")
    reprint.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    reprint.set_defaults(handler=cmd_reprint)
    export = csub.add_parser("export-key", help="write this centre's public key to a file")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(handler=cmd_export_key)
    trust = csub.add_parser("trust", help="trust another centre's public key file")
    trust.add_argument("file", metavar="FILE")
    trust.add_argument("--name", help="the centre's name as shown here")
    trust.set_defaults(handler=cmd_trust)
    badges = csub.add_parser("badges", help="printable ID badges (people with a badge number)")
    badges.add_argument("--cohort", metavar="NAME")
    badges.add_argument("--stage", choices=["worker", "trainee", "alumnus", "applicant", "all"],
                        default="worker")
    badges.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    badges.add_argument("--json", action="store_true")
    badges.set_defaults(handler=cmd_badges)

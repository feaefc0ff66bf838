"""``issp payroll ...``: the statutory breakdown of a gross, and the month's payroll.

``register(subparsers)`` adds the commands to the ``issp`` parser (called from ``cli.py``).
"""

from __future__ import annotations

import argparse
from typing import Any

from issp_desktop.config.paths import AppPaths


def _calc_json(result: Any, on: str) -> dict[str, Any]:
    from issp_desktop.domain.statutory import fmt_cents

    data: dict[str, Any] = {
        "pack": result.pack,
        "date": on,
        "version_from": result.version_from.isoformat(),
        "gross": fmt_cents(result.gross_cents),
        "taxable": fmt_cents(result.taxable_cents),
    }
    for code, cents in result.deductions.items():
        data[code] = fmt_cents(cents)
    data["deductions"] = {code: fmt_cents(c) for code, c in result.deductions.items()}
    data["total_deductions"] = fmt_cents(result.total_deductions_cents)
    data["employer"] = {code: fmt_cents(c) for code, c in result.employer.items()}
    data["tax_before_relief"] = fmt_cents(result.tax_before_relief_cents)
    data["reliefs"] = {line.code: fmt_cents(line.employee_cents) for line in result.reliefs}
    data["net"] = fmt_cents(result.net_cents)
    data["working"] = {line.code: line.working
                       for line in (*result.contributions,
                                    *([result.tax] if result.tax else []))}
    return data


def cmd_payroll_calc(args: argparse.Namespace, paths: AppPaths) -> int:
    """Needs no database: the shipped rule pack is enough."""
    from issp_desktop.cli import _print_json
    from issp_desktop.domain.people import parse_amount_cents, parse_date
    from issp_desktop.domain.statutory import compute_on, fmt_cents
    from issp_desktop.services.rule_packs import shipped_pack

    gross = parse_amount_cents("gross", args.gross)
    on = parse_date("date", args.date)
    assert on is not None
    pack = shipped_pack(args.pack)
    result = compute_on(pack, gross, on)
    if args.json:
        _print_json(_calc_json(result, on.isoformat()))
        return 0
    currency = pack.currency or ""
    print(f"{pack.code} rules in force on {on.isoformat()} "
          f"(version from {result.version_from.isoformat()}), amounts in {currency}".rstrip())
    rows = [("Gross", result.gross_cents, "")]
    rows += [(line.code, line.employee_cents, line.working) for line in result.contributions]
    rows.append(("Taxable pay", result.taxable_cents, ""))
    if result.tax is not None:
        rows.append((result.tax.code, result.tax.employee_cents, result.tax.working))
    rows.append(("Net", result.net_cents, ""))
    width = max(len(r[0]) for r in rows)
    for label, cents, working in rows:
        print(f"  {label:<{width}}  {fmt_cents(cents):>14}  {working}".rstrip())
    if result.employer:
        shares = ", ".join(f"{code} {fmt_cents(c)}" for code, c in result.employer.items())
        print(f"  Employer contributions (not deducted): {shares}")
    return 0


def register(subparsers: Any) -> None:
    """Add ``issp payroll ...`` to the ``issp`` command's subparsers."""
    from issp_desktop.cli import _Parser

    payroll = subparsers.add_parser("payroll", help="statutory deductions and the payroll")
    sub = payroll.add_subparsers(dest="payroll_command", metavar="ACTION", parser_class=_Parser)
    sub.required = True
    calc = sub.add_parser("calc", help="the statutory breakdown of a monthly gross on a date")
    calc.add_argument("--gross", required=True, metavar="AMOUNT", help="e.g. 50000 or 50,000.00")
    calc.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                      help="the pay date: which rules were in force")
    calc.add_argument("--pack", default="KE", help="the rule pack (default KE; 'none')")
    calc.add_argument("--json", action="store_true")
    calc.set_defaults(handler=cmd_payroll_calc)

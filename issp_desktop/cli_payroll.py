"""``issp payroll ...``: the statutory breakdown of a gross, and the month's payroll.

``register(subparsers)`` adds the commands to the ``issp`` parser (called from ``cli.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
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


def _period_id(payroll: Any, name: str, *, create: bool = False) -> Any:
    """The period called ``name`` (a monthly one is made when ``create`` and it is missing)."""
    from issp_desktop.domain.payroll_periods import month_bounds, parse_period_name
    from issp_desktop.errors import NotFoundError

    wanted = parse_period_name(name)
    try:
        return payroll.find_period(wanted)
    except NotFoundError:
        if not create or "-W" in wanted or "-F" in wanted:
            raise
        year, month = (int(x) for x in wanted.split("-"))
        b = month_bounds(year, month)
        return payroll.create_period(b.starts_on, b.ends_on)


def cmd_payroll_run(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in, _print_json
    from issp_desktop.domain.statutory import fmt_cents

    services = _open_signed_in(paths)
    try:
        period = _period_id(services.payroll, args.period, create=True)
        result = services.payroll.run(period.id)
        reg = services.payroll.register(period.id)
    finally:
        services.db.dispose()
    if args.json:
        _print_json({
            "period": result.name, "state": reg.period.state, "payslips": result.payslips,
            "without_pay": result.without_pay, "gross": fmt_cents(result.gross_cents),
            "deductions": {code: fmt_cents(c) for code, c in reg.by_code.items()},
            "total_deductions": fmt_cents(result.deductions_cents),
            "net": fmt_cents(result.net_cents), "employer": fmt_cents(result.employer_cents),
            "seconds": round(result.seconds, 3),
        })
        return 0
    print(f"Pay period {result.name} run: {result.payslips} payslips "
          f"({result.without_pay} on the payroll with nothing to pay)")
    print(f"  Gross       {fmt_cents(result.gross_cents):>16}")
    for code in reg.codes:
        print(f"  {code:<11} {fmt_cents(reg.by_code.get(code, 0)):>16}")
    print(f"  Deductions  {fmt_cents(result.deductions_cents):>16}")
    print(f"  Net         {fmt_cents(result.net_cents):>16}")
    print(f"  Employer contributions (not deducted) {fmt_cents(result.employer_cents)}")
    return 0


def cmd_payroll_close(args: argparse.Namespace, paths: AppPaths) -> int:
    """A draft period is marked reviewed first (the clerk who closes from the command line has
    checked it), then closed."""
    from issp_desktop.cli import _open_signed_in

    services = _open_signed_in(paths)
    try:
        period = _period_id(services.payroll, args.period)
        if period.state == "draft":
            period = services.payroll.mark_reviewed(period.id, period.version)
        closed = services.payroll.close(period.id, period.version)
    finally:
        services.db.dispose()
    print(f"Pay period {closed.name} closed: {closed.payslips} payslips, net "
          f"{closed.net_cents // 100:,}.{closed.net_cents % 100:02d}. It can no longer change; "
          f"shifts up to {closed.ends_on.isoformat()} are locked.")
    return 0


def cmd_payroll_payslips(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in
    from issp_desktop.reports.payslip_words import payslip_language

    services = _open_signed_in(paths)
    try:
        period = _period_id(services.payroll, args.period)
        with payslip_language(args.lang):
            done = services.payroll.write_payslips(period.id, args.output)
    finally:
        services.db.dispose()
    print(f"Wrote {done.pages} payslip page(s) for {period.name} to {done.path}")
    return 0


def cmd_payroll_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in
    from issp_desktop.domain.statutory import fmt_cents

    services = _open_signed_in(paths)
    try:
        period = _period_id(services.payroll, args.period)
        done = services.payroll.export_payments(period.id, args.format, args.output)
    finally:
        services.db.dispose()
    print(f"Wrote {done.path} ({done.format}) for {period.name}: control totals "
          f"count {done.count}, sum {fmt_cents(done.total_cents)}")
    return 0


def cmd_payroll_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from issp_desktop.cli import _open_signed_in
    from issp_desktop.domain.statutory import fmt_cents

    services = _open_signed_in(paths)
    try:
        period = _period_id(services.payroll, args.period)
        done = services.payroll.import_payment_references(period.id, args.input)
    finally:
        services.db.dispose()
    print(f"Marked {done.marked} payslip(s) of {period.name} paid, "
          f"total {fmt_cents(done.total_cents)}")
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

    run = sub.add_parser("run", help="run (or run again) a draft pay period")
    run.add_argument("--period", required=True, metavar="YYYY-MM")
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=cmd_payroll_run)
    close = sub.add_parser("close", help="close a pay period for good (after checking it)")
    close.add_argument("--period", required=True, metavar="YYYY-MM")
    close.set_defaults(handler=cmd_payroll_close)
    slips = sub.add_parser("payslips", help="the period's payslips, one page a person")
    slips.add_argument("--period", required=True, metavar="YYYY-MM")
    slips.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    slips.add_argument("--lang", choices=("en", "sw", "fr"), default="en",
                       help="en: English with Kiswahili beneath (default); sw: Kiswahili; "
                            "fr: French")
    slips.set_defaults(handler=cmd_payroll_payslips)
    export = sub.add_parser("export-payments", help="a payment file for a closed period")
    export.add_argument("--period", required=True, metavar="YYYY-MM")
    export.add_argument("--format", required=True, choices=("mpesa", "bank", "cash"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=cmd_payroll_export)
    marks = sub.add_parser("import-payments",
                           help="mark payslips paid from a CSV of transaction references")
    marks.add_argument("--period", required=True, metavar="YYYY-MM")
    marks.add_argument("-i", "--input", required=True, type=Path, metavar="FILE.csv")
    marks.set_defaults(handler=cmd_payroll_import)

"""``issp help quick-start -o FILE.pdf``: the printable quick-start guide for supervisors."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from issp_desktop.config.paths import AppPaths


def cmd_help_quick_start(args: argparse.Namespace, _paths: AppPaths) -> int:
    from issp_desktop.reports.quick_start import build_quick_start_pdf

    out = build_quick_start_pdf(Path(args.output))
    print(f"Quick-start guide written to {out}")
    return 0


def register(subparsers: Any) -> None:
    """Add ``issp help quick-start`` to the ``issp`` command's subparsers."""
    from issp_desktop.cli import _Parser

    helper = subparsers.add_parser("help", help="printable help: the quick-start guide")
    sub = helper.add_subparsers(dest="help_command", metavar="WHAT", parser_class=_Parser)
    sub.required = True
    quick = sub.add_parser("quick-start", help="the quick-start guide for supervisors as a PDF")
    quick.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                       help="where to write the PDF")
    quick.set_defaults(handler=cmd_help_quick_start)

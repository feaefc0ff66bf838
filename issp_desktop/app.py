"""Wires everything once: paths, logging, the store and its migrations, services, the GUI.

Importing this module loads no Qt; ``main`` imports the GUI only when it runs it.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from issp_desktop import __version__
from issp_desktop.config.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from issp_desktop.services import Services


def open_services(paths: AppPaths, *, create: bool = False, quick_check: bool = True,
                  data_key: bytes | None = None) -> Services:
    """Open (create, upgrade) the store at ``paths`` and build the services on it.

    ``data_key`` opens an encrypted database (from ``db.crypto.unlock``)."""
    from issp_desktop.db.store import open_store
    from issp_desktop.services import Services

    db = open_store(paths.db_url, create=create, backups_dir=paths.backups_dir,
                    quick_check=quick_check, data_key=data_key)
    return Services(db, paths.backups_dir)


LOG_MAX_BYTES = 1_000_000
LOG_KEEP = 3


def configure_logging(paths: AppPaths) -> None:
    """Log to ``<data dir>/logs/issp.log``, rotated at start once it passes 1 MB (three old
    files kept). Never logs passwords or IDs. (A plain FileHandler: ``logging.handlers`` pulls
    in sockets and pickle, which start-up does not need.)"""
    root = logging.getLogger()
    if any(getattr(h, "_issp", False) for h in root.handlers):
        return
    try:
        folder = paths.data_dir / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "issp.log"
        if log.exists() and log.stat().st_size > LOG_MAX_BYTES:
            for n in range(LOG_KEEP - 1, 0, -1):
                older = folder / f"issp.log.{n}"
                if older.exists():
                    older.replace(folder / f"issp.log.{n + 1}")
            log.replace(folder / "issp.log.1")
        with contextlib.suppress(FileNotFoundError):
            (folder / f"issp.log.{LOG_KEEP + 1}").unlink()
        handler: logging.Handler = logging.FileHandler(log, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._issp = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="issp-desktop", description="ISSP Desktop")
    parser.add_argument("--version", action="version", version=f"ISSP Desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database and backups")
    parser.add_argument("--db", metavar="URL", help="an SQLAlchemy database URL instead")
    parser.add_argument(
        "--demo", action="store_true",
        help="use (or create on first use) a demo database in the data folder",
    )
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = resolve_paths(args.data_dir, args.db, demo=args.demo)
    configure_logging(paths)
    from issp_desktop.ui.launcher import run_gui

    return run_gui(paths, [sys.argv[0], *qt_args])

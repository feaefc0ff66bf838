"""Where the app keeps its files.

The data directory comes from (first match wins): an explicit ``data_dir`` argument
(``--data-dir``), the ``ISSP_DATA_DIR`` environment variable, or the platform's user data
directory for "ISSP Desktop". The database is a SQLite file in it unless an SQLAlchemy URL is
given (``--db`` / ``ISSP_DB_URL``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from issp_desktop import APP_NAME

CENTRE_DB_NAME = "centre.sqlite"
DEMO_DB_NAME = "demo.sqlite"


@dataclass(frozen=True)
class AppPaths:
    """Every location the app reads or writes, decided once at start-up."""

    data_dir: Path
    db_url: str
    demo: bool = False

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when the store is SQLite on disk, else ``None``."""
        return sqlite_path_from_url(self.db_url)

    @property
    def location(self) -> str:
        """A human description of where the data lives (a file path or a server URL)."""
        path = self.sqlite_path
        return str(path) if path is not None else redact_url(self.db_url)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def sqlite_path_from_url(url: str) -> Path | None:
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if rest in ("", ":memory:"):
        return None
    return Path(rest)


def redact_url(url: str) -> str:
    """Hide a password in a server URL before showing or logging it."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
    *,
    demo: bool = False,
    environ: Mapping[str, str] | None = None,
) -> AppPaths:
    env = os.environ if environ is None else environ
    if data_dir is not None:
        base = Path(data_dir)
    elif env.get("ISSP_DATA_DIR"):
        base = Path(env["ISSP_DATA_DIR"])
    else:
        base = default_data_dir()
    base = base.expanduser().absolute()
    url = db_url or env.get("ISSP_DB_URL") or ""
    if not url and not demo:  # a PostgreSQL server chosen in Settings → Database
        from issp_desktop.db.server import saved_url

        url = saved_url(base, dict(env)) or ""
    if not url:
        url = sqlite_url(base / (DEMO_DB_NAME if demo else CENTRE_DB_NAME))
    return AppPaths(data_dir=base, db_url=url, demo=demo)


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a source tree, or in a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"

"""A PostgreSQL server shared by several PCs: its settings on this PC, the password, and a
connection test.

Where things are kept (never in a log, never in the settings file):

* ``<data folder>/database.json``: host, port, database and user of the server this PC uses,
  written by Settings → Database. No password in it.
* The password goes where PostgreSQL's own client library looks for it: the user's password
  file (``~/.pgpass`` on Linux and macOS, ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or
  ``PGPASSFILE``), one line per server, readable by this user only. ``ISSP_DB_PASSWORD`` also
  works (e.g. for a script), as does a full ``--db`` / ``ISSP_DB_URL`` URL with the password in
  it (as used by a script or a shortcut).

``saved_url(data_dir)`` gives the URL to open (without the password: libpq finds it), or
``None`` when this PC keeps its data in the SQLite file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from issp_desktop.config.paths import redact_url
from issp_desktop.db.revisions import HEAD_REVISION, is_known

SETTINGS_NAME = "database.json"
DEFAULT_PORT = 5432
TEST_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerSettings:
    """Where the shared database is. ``password`` is only carried, never saved here."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "issp"
    user: str = "issp"
    password: str = ""

    def url(self, *, with_password: bool = True) -> str:
        auth = quote(self.user, safe="")
        if with_password and self.password:
            auth += ":" + quote(self.password, safe="")
        return (f"postgresql+psycopg://{auth}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}")

    @property
    def location(self) -> str:
        return redact_url(self.url())

    def problems(self) -> dict[str, str]:
        """Field → what is wrong, for the settings form (empty when all is well)."""
        found: dict[str, str] = {}
        if not self.host.strip() or any(c.isspace() for c in self.host.strip()):
            found["host"] = "give the server's name or IP address"
        if not 1 <= self.port <= 65535:
            found["port"] = "a port is a number from 1 to 65535"
        if not self.database.strip():
            found["database"] = "give the database name"
        if not self.user.strip():
            found["user"] = "give the database user"
        return found


def from_url(url: str) -> ServerSettings:
    """The settings in a ``postgresql://user:password@host:port/database`` URL."""
    parts = urlsplit(url)
    return ServerSettings(host=parts.hostname or "", port=parts.port or DEFAULT_PORT,
                          database=unquote(parts.path.lstrip("/")) or "",
                          user=unquote(parts.username or ""),
                          password=unquote(parts.password or ""))


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_NAME


def load_settings(data_dir: Path) -> ServerSettings | None:
    """The server this PC was pointed at in Settings, or ``None`` (the SQLite file)."""
    try:
        raw = json.loads(settings_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("kind") != "postgresql":
        return None
    try:
        return ServerSettings(host=str(raw["host"]), port=int(raw.get("port", DEFAULT_PORT)),
                              database=str(raw["database"]), user=str(raw["user"]))
    except (KeyError, TypeError, ValueError):
        return None


def save_settings(data_dir: Path, settings: ServerSettings | None) -> None:
    """Remember the server (``None``: go back to the SQLite file). Never writes the password."""
    path = settings_path(data_dir)
    if settings is None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    data = {"kind": "postgresql", **asdict(settings)}
    data.pop("password")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def saved_url(data_dir: Path, environ: dict[str, str] | None = None) -> str | None:
    """The URL of the saved server (password from ``ISSP_DB_PASSWORD`` if set, else left to
    the password file), or ``None``."""
    settings = load_settings(data_dir)
    if settings is None:
        return None
    env = os.environ if environ is None else environ
    password = env.get("ISSP_DB_PASSWORD", "")
    return ServerSettings(settings.host, settings.port, settings.database, settings.user,
                          password).url()


# --- the password file ------------------------------------------------------------------------

def pgpass_path(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("PGPASSFILE"):
        return Path(env["PGPASSFILE"])
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return Path(env.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(settings: ServerSettings, *, path: Path | None = None) -> Path:
    """Keep ``settings.password`` in the user's password file (replacing an older line for the
    same server, database and user); the file is made readable by this user only."""
    target = path or pgpass_path()
    key = ":".join(_pgpass_field(v) for v in (settings.host, str(settings.port),
                                               settings.database, settings.user))
    lines: list[str] = []
    with contextlib.suppress(FileNotFoundError):
        lines = [ln for ln in target.read_text(encoding="utf-8").splitlines()
                 if not ln.startswith(key + ":")]
    lines.append(f"{key}:{_pgpass_field(settings.password)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, target)
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    return target


# --- the connection test ---------------------------------------------------------------------

@dataclass(frozen=True)
class ConnectionTest:
    location: str
    ok: bool
    message: str
    server: str = ""
    revision: str | None = None


def _libpq_params(url: str) -> dict[str, object]:
    s = from_url(url)
    params: dict[str, object] = {"host": s.host, "port": s.port, "dbname": s.database,
                                 "user": s.user, "connect_timeout": TEST_TIMEOUT_S,
                                 "application_name": "ISSP Desktop"}
    if s.password:
        params["password"] = s.password
    return params


def test_connection(url: str) -> ConnectionTest:
    """Can this PC sign in to the server at ``url``, and what is in the database? Plain
    psycopg (no SQLAlchemy), a few seconds at most; never raises for a server problem."""
    location = redact_url(url)
    if not url.startswith(("postgresql", "postgres://")):
        return ConnectionTest(location, False, f"{location} is not a PostgreSQL server URL "
                              "(postgresql://USER@HOST:PORT/DATABASE).")
    try:
        import psycopg
    except ImportError:
        return ConnectionTest(location, False, "The PostgreSQL driver (psycopg) is not "
                              "installed: pip install 'issp-desktop[postgresql]'.")
    peek = peek_postgres(url)
    if peek.error:
        return ConnectionTest(location, False, f"Cannot connect to {location}: {peek.error}")
    del psycopg
    if peek.revision is None:
        what = "an empty database: ISSP Desktop will set it up on first start"
    elif not is_known(peek.revision):
        what = (f"written by a newer version of ISSP Desktop (schema {peek.revision}); "
                "install the newer version on this PC")
        return ConnectionTest(location, False, f"Connected to {location}, {what}.",
                              peek.server, peek.revision)
    else:
        centre = f"the centre {peek.centre_name!r}" if peek.centre_name else "no centre yet"
        what = f"schema {peek.revision}, {centre}"
    return ConnectionTest(location, True, f"Connected to {location} (PostgreSQL "
                          f"{peek.server}): {what}.", peek.server, peek.revision)


@dataclass(frozen=True)
class ServerPeek:
    """A quick look at a server database without SQLAlchemy (start-up, connection test)."""

    reachable: bool
    revision: str | None = None
    centre_name: str | None = None
    server: str = ""
    error: str = ""

    @property
    def current(self) -> bool:
        return self.revision == HEAD_REVISION


def peek_postgres(url: str) -> ServerPeek:
    """Connect with psycopg alone and read the schema revision and the centre's name.
    Problems (server down, password refused, no such database) come back in ``error``."""
    import psycopg

    try:
        conn = psycopg.connect(**_libpq_params(url), autocommit=True)  # type: ignore[arg-type]
    except psycopg.Error as exc:
        return ServerPeek(False, error=_first_line(exc))
    try:
        version = conn.info.server_version
        server = f"{version // 10000}.{version % 10000}"
        names = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")}
        revision = centre = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if "centre" in names:
            row = conn.execute("SELECT name FROM centre ORDER BY id LIMIT 1").fetchone()
            centre = row[0] if row else None
        return ServerPeek(True, revision, centre, server)
    except psycopg.Error as exc:
        return ServerPeek(False, error=_first_line(exc))
    finally:
        conn.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

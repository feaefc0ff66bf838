"""Schema upgrades, run from code.

Before an existing SQLite file is upgraded it is copied aside (SQLite backup API) into the
backups folder. The whole upgrade then runs in one transaction with foreign-key enforcement
paused (batch mode rebuilds tables) and a ``foreign_key_check`` before the commit, so a failed or
interrupted upgrade leaves the file as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from issp_desktop.db import revisions
from issp_desktop.db.backup import Opener, create_backup
from issp_desktop.db.engine import Database
from issp_desktop.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision from the first to head, in upgrade order."""
    revs = [r.revision for r in script_directory().walk_revisions()]
    return list(reversed(revs))


def is_known_revision(rev: str) -> bool:
    return rev in known_revisions()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade(db: Database, backups_dir: Path | None = None, target: str = "head",
            opener: Opener | None = None) -> UpgradeResult:
    """Bring ``db`` to ``target`` (default: head). Refuses a database newer than this app."""
    before = current_revision(db)
    if target == "head" and before == revisions.HEAD_REVISION:
        return UpgradeResult(before, before, None)  # the usual case: no Alembic needed
    head = head_revision()
    if before is not None and not is_known_revision(before):
        raise DatabaseTooNewError(db.location, before, head)
    goal = head if target == "head" else target
    if before == goal:
        return UpgradeResult(before, goal, None)
    from alembic import command

    backup = None
    path = db.sqlite_path
    if before is not None and path is not None and backups_dir is not None:
        backup = create_backup(path, backups_dir, "pre-migration",
                               opener=opener or db.opener).path

    cfg = alembic_config()
    with db.write_engine.connect() as conn:
        if db.is_sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, goal)
                if db.is_sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise RuntimeError(f"upgrade would break foreign keys: {bad[:5]}")
        finally:
            if db.is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    return UpgradeResult(before, goal, backup)

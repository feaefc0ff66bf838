"""Looking after the store: what is in it, is it sound, bring it up to date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text

from issp_desktop.db.migrate import UpgradeResult, current_revision, head_revision, upgrade
from issp_desktop.services.base import Service


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    backend: str
    revision: str | None
    head: str
    size_bytes: int | None
    row_counts: dict[str, int]

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


@dataclass(frozen=True)
class CheckResult:
    integrity: list[str]
    foreign_key_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems


class DatabaseService(Service):
    """Maintenance that reveals no personal data: open to the CLI without signing in."""

    @property
    def backups_dir(self) -> Path:
        return self.ctx.backups_dir

    def info(self) -> DatabaseInfo:
        counts: dict[str, int] = {}
        with self.db.engine.connect() as conn:
            names = sorted(
                n for n in inspect(conn).get_table_names() if n != "alembic_version"
            )
            for name in names:
                counts[name] = int(
                    conn.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar() or 0
                )
        path = self.db.sqlite_path
        size = path.stat().st_size if path is not None and path.exists() else None
        return DatabaseInfo(
            location=self.db.location,
            backend=self.db.engine.dialect.name,
            revision=current_revision(self.db),
            head=head_revision(),
            size_bytes=size,
            row_counts=counts,
        )

    def check(self) -> CheckResult:
        """``integrity_check`` + ``foreign_key_check`` on SQLite; a connection test elsewhere."""
        if not self.db.is_sqlite:
            with self.db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return CheckResult(["ok"])
        with self.db.engine.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            fk = [
                f"{r[0]} row {r[1]} points at a missing {r[2]}"
                for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            ]
        return CheckResult(integrity, fk)

    def last_backup(self) -> datetime | None:
        """When the newest good backup of this database was made, if any. (Every backup is
        checked before it gets its name, so the newest listed one is good.)"""
        from issp_desktop.db.backup import list_backups

        path = self.db.sqlite_path
        if path is None or not self.backups_dir.is_dir():
            return None
        found = list_backups(self.backups_dir, path.stem)
        return found[0].created_at if found else None

    def upgrade(self) -> UpgradeResult:
        return upgrade(self.db, self.backups_dir)

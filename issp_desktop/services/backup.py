"""Backups as use cases: make one (by hand, on a timer, on close, before risky work), list and
check them, copy one to a folder or USB stick, and restore one.

The file work is in ``db.backup``; this adds who may do it, the audit trail, thinning after
each backup, the copy to the centre's chosen folder, and the upgrade after a restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from issp_desktop.db import backup as files
from issp_desktop.db.backup import BackupCheck, BackupInfo
from issp_desktop.db.migrate import upgrade
from issp_desktop.db.models import AuditEntry
from issp_desktop.domain.access import SYSTEM, Permission
from issp_desktop.errors import IsspError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case


class ServerBackupError(IsspError):
    def __init__(self) -> None:
        super().__init__(
            "This centre keeps its data on a database server: back it up on the server "
            "(for PostgreSQL, pg_dump); ISSP Desktop backs up SQLite files only."
        )


@dataclass(frozen=True)
class BackupResult:
    backup: BackupInfo
    copied_to: Path | None = None
    copy_error: str = ""
    thinned: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    kept_aside: Path | None


class BackupService(Service):
    @property
    def _db_path(self) -> Path:
        path = self.db.sqlite_path
        if path is None:
            raise ServerBackupError()
        return path

    @property
    def _opener(self) -> files.Opener:
        return self.ctx.opener

    # --- making backups ------------------------------------------------------------------------

    @use_case("backup.create", Permission.BACKUP_CREATE)
    def create(self, reason: str = "manual") -> BackupResult:
        """A backup now, thinned afterwards and copied to the centre's folder if one is set."""
        return self._make(reason)

    @use_case("backup.automatic", None)
    def automatic(self, reason: str = "auto") -> BackupResult | None:
        """What the app does by itself (timer, close, before risky work): no permission needed,
        and nothing is made when nothing changed since the newest backup, nor for a store on
        a database server (the server's own backups, e.g. pg_dump, keep it)."""
        if self.db.sqlite_path is None or not self.changed_since_last():
            return None
        return self._make(reason, as_system=True)

    def _make(self, reason: str, *, as_system: bool = False) -> BackupResult:
        path = self._db_path
        info = files.create_backup(path, self.ctx.backups_dir, reason, opener=self._opener)
        thinned = tuple(files.thin_backups(self.ctx.backups_dir, path.stem))
        copied, copy_error = None, ""
        folder = self._copy_folder()
        if folder:
            try:
                copied = files.copy_backup(info.path, Path(folder), opener=self._opener)
            except IsspError as exc:
                copy_error = str(exc)
        actor = SYSTEM if as_system else self.actor
        with self.db.write() as s:
            audit.record(s, actor, "backup.create", "backup", info.path.name, None, {
                "reason": reason, "size_bytes": info.size_bytes,
                "copied_to": str(copied) if copied else None, "copy_error": copy_error or None,
                "thinned": len(thinned),
            })
        return BackupResult(info, copied, copy_error, thinned)

    def _copy_folder(self) -> str:
        from issp_desktop.services.centre import CentreService

        return CentreService(self.ctx).safety().backup_copy_folder

    def changed_since_last(self) -> bool:
        """Has anything been written since the newest backup was made? Every write leaves an
        audit entry, so: is there an entry after it, other than backups themselves?"""
        newest = self.newest()
        if newest is None:
            return True
        with self.db.read() as s:
            later = s.execute(
                select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.at > newest.created_at, AuditEntry.use_case != "backup.create")
            ).scalar_one()
        return bool(later)

    # --- looking at backups --------------------------------------------------------------------

    def newest(self) -> BackupInfo | None:
        path = self.db.sqlite_path
        if path is None:
            return None
        found = files.list_backups(self.ctx.backups_dir, path.stem)
        return found[0] if found else None

    @use_case("backup.list", Permission.BACKUP_CREATE)
    def list(self) -> list[BackupInfo]:
        return files.list_backups(self.ctx.backups_dir, self._db_path.stem)

    @use_case("backup.check", Permission.BACKUP_CREATE)
    def check(self, path: Path) -> BackupCheck:
        return files.check_backup(Path(path), opener=self._opener)

    @use_case("backup.export", Permission.BACKUP_CREATE)
    def export_to(self, target: Path) -> Path:
        """A fresh backup written to ``target`` (a file name anywhere, e.g. on a USB stick),
        verified after writing. The backup also stays in the backups folder."""
        target = Path(target)
        if target.is_dir():
            raise IsspError(f"{target} is a folder; give a file name such as "
                            f"{target / 'centre-backup.sqlite'}")
        result = self._make("manual")
        copied = files.copy_backup(result.backup.path, target.parent, opener=self._opener)
        if copied != target:
            copied.replace(target)
        with self.db.write() as s:
            audit.record(s, self.actor, "backup.export", "backup", result.backup.path.name,
                         None, {"to": str(target)})
        return target

    @use_case("backup.copy", Permission.BACKUP_CREATE)
    def copy_to(self, path: Path, folder: Path) -> Path:
        copied = files.copy_backup(Path(path), Path(folder), opener=self._opener)
        with self.db.write() as s:
            audit.record(s, self.actor, "backup.copy", "backup", Path(path).name, None,
                         {"to": str(copied)})
        return copied

    # --- restoring -----------------------------------------------------------------------------

    @use_case("backup.restore", Permission.BACKUP_RESTORE)
    def restore(self, path: Path) -> RestoreResult:
        """Put a backup in place of the live database. The current file is kept aside first.

        Every connection is closed for the swap; the same services work on the restored file
        afterwards (brought up to date if the backup is from an older version). The restore is
        recorded in the restored database's own audit trail."""
        path = Path(path)
        db_path = self._db_path
        actor = self.actor
        self.db.dispose()
        kept = files.restore_backup(path, db_path, self.ctx.backups_dir, opener=self._opener)
        self.db.forget_file()  # the new file in place is ours
        upgrade(self.db, self.ctx.backups_dir)
        with self.db.write() as s:
            audit.record(s, actor, "backup.restore", "backup", path.name, None, {
                "restored": path.name, "kept_aside": kept.name if kept else None,
            })
        return RestoreResult(path, kept)

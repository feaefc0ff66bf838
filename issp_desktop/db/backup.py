"""Backups of a SQLite store: make, list, check, thin, copy and restore. Standard library only.

Rules every function here keeps, so a crash or power cut at any moment loses nothing:

* A file only ever gets its final name by an atomic ``os.replace`` of a temporary file that was
  written completely, ``fsync``-ed and verified; the folder is ``fsync``-ed after the rename
  (on POSIX). A failure deletes the temporary file and raises ``BackupFailedError``; a crash
  can at worst leave a hidden ``.tmp-*`` file behind, which no listing shows.
* A backup is made with the SQLite backup API from a read-only connection, so it may run while
  the app is writing: it copies the last committed state (WAL readers never wait for writers).
  The copy is switched to ``journal_mode=DELETE`` so it is one self-contained file, then passes
  ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` before it gets its name.
* The live database is replaced (restore) only by renaming a verified copy over it, after the
  current file was kept aside in the backups folder.

Every function takes an ``opener``: how to open a file as a ``sqlite3.Connection``. The default
opens plain SQLite files; an encrypted store passes one that keys the connection. Nothing here
reads a database file's bytes itself; byte copies are compared only with each other.

Backup files are named ``<stem>-<YYYYMMDDTHHMMSSffffff>Z-<reason>.sqlite``, e.g.
``centre-20261129T180556123456Z-pre-payroll-close.sqlite``: the stem of the database file, the
UTC time it was made and a short reason slug. Older versions wrote ``pre-migration-<rev>-<stamp>``
and ``replaced-...`` copies: ``list_backups`` shows them (reason ``pre-migration`` /
``replaced``; the time from a stamp in the name, else the file's modification time), but
``thin_backups`` never deletes them.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from issp_desktop.db.revisions import HEAD_REVISION, is_known
from issp_desktop.domain.backup_policy import backups_to_keep
from issp_desktop.errors import IsspError

__all__ = [
    "BackupCheck",
    "BackupFailedError",
    "BackupInfo",
    "Opener",
    "backup_name",
    "check_backup",
    "copy_backup",
    "create_backup",
    "list_backups",
    "plain_opener",
    "restore_backup",
    "thin_backups",
]

Opener = Callable[[Path, bool], sqlite3.Connection]
"""Open ``path`` as a SQLite connection; the flag asks for a read-only connection."""

BUSY_TIMEOUT_S = 10.0
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
COMPANIONS = ("-wal", "-shm", "-journal")
_CHUNK = 1024 * 1024

_REASON = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_REASON_RE = re.compile(rf"{_REASON}\Z")
_NAME_RE = re.compile(rf"(?P<stem>.+)-(?P<stamp>\d{{8}}T\d{{12}}Z)-(?P<reason>{_REASON})\.sqlite\Z")
_LEGACY_RE = re.compile(r"(?P<reason>pre-migration|replaced)-.*\.sqlite\Z")
_LEGACY_STAMP_RE = re.compile(r"\d{8}T\d{6}(?:\d{6})?Z")
_TMP_PREFIX = ".tmp-"
MAX_REASON = 40


class BackupFailedError(IsspError):
    """A backup, copy, check or restore could not be done. ``damaged`` is true when the source
    itself is not a sound database (as opposed to a full disk or a folder that is not
    writable)."""

    exit_code = 1

    def __init__(self, location: str, reason: str, *, damaged: bool = False) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason
        self.damaged = damaged


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``stem`` is the database it was made from, when the name says."""

    path: Path
    created_at: datetime
    reason: str
    size_bytes: int
    stem: str | None = None


@dataclass(frozen=True)
class BackupCheck:
    """What ``check_backup`` found. ``ok`` means integrity "ok" and no broken foreign key."""

    ok: bool
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    revision: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line naming the first problems (or "ok")."""
        if self.ok:
            return "ok"
        problems = [p for p in self.integrity if p != "ok"] + self.foreign_key_problems
        return "; ".join(problems[:3]) or "not ok"


def plain_opener(path: Path, read_only: bool) -> sqlite3.Connection:
    """Open a plain (unencrypted) SQLite file; read-only through a ``mode=ro`` URI, which never
    creates a missing file."""
    if read_only:
        uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)


# --- names -------------------------------------------------------------------------------------

def backup_name(stem: str, created_at: datetime, reason: str) -> str:
    """``<stem>-<YYYYMMDDTHHMMSSffffff>Z-<reason>.sqlite`` for an aware ``created_at``."""
    _check_reason(reason)
    if created_at.tzinfo is None:
        raise ValueError(f"created_at must be time-zone aware, got {created_at!r}")
    return f"{stem}-{created_at.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}.sqlite"


def _check_reason(reason: str) -> None:
    if not _REASON_RE.match(reason) or len(reason) > MAX_REASON:
        raise ValueError(
            f"a backup reason is a short slug of a-z, 0-9 and single dashes, got {reason!r}"
        )


def _parse_stamp(text: str) -> datetime | None:
    fmt = STAMP_FORMAT if len(text) == 22 else "%Y%m%dT%H%M%SZ"
    try:
        return datetime.strptime(text, fmt).replace(tzinfo=UTC)
    except ValueError:
        return None


def _info(path: Path) -> BackupInfo | None:
    """The backup a file name describes, or ``None`` if it is not one of ours."""
    name = path.name
    match = _NAME_RE.match(name)
    if match:
        stamp = _parse_stamp(match["stamp"])
        if stamp is None:
            return None
        try:
            size = path.stat().st_size
        except OSError:
            return None
        return BackupInfo(path, stamp, match["reason"], size, match["stem"])
    legacy = _LEGACY_RE.match(name)
    if legacy:
        try:
            stat = path.stat()
        except OSError:
            return None
        found = _LEGACY_STAMP_RE.search(name)
        stamp = _parse_stamp(found.group()) if found else None
        if stamp is None:
            stamp = datetime.fromtimestamp(stat.st_mtime, UTC)
        return BackupInfo(path, stamp, legacy["reason"], stat.st_size, None)
    return None


def list_backups(backups_dir: Path, stem: str | None = None) -> list[BackupInfo]:
    """The backups in ``backups_dir``, newest first; with ``stem``, those of that database.

    Files whose names do not parse are ignored (temporary files, ``-wal`` companions, anything
    a user put there). Copies named by older versions (``pre-migration-...``, ``replaced-...``)
    carry no reliable stem (``stem`` is ``None``); they are listed under every stem so a user
    can still find them. Their time is a stamp found in the name, else the file's mtime.
    """
    if not backups_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in backups_dir.iterdir():
        info = _info(path)
        if info is None or not path.is_file():
            continue
        if stem is None or info.stem is None or info.stem == stem:
            found.append(info)
    found.sort(key=lambda i: (i.created_at, i.path.name), reverse=True)
    return found


# --- durable file operations -------------------------------------------------------------------

def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename or delete in ``folder`` durable. Windows has no directory fsync (NTFS
    journals metadata itself); some file systems refuse it, which is harmless."""
    if os.name == "nt":  # pragma: no cover - Windows only
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _forget_cache(fd: int) -> None:
    """Ask the OS to drop cached pages so a read-back comes from the disk, not from memory."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _discard(path: Path) -> None:
    """Delete a temporary file (and any companions SQLite made for it), ignoring what is gone."""
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def _drop_reader_files(tmp: Path) -> None:
    """Reading a WAL-mode file (an older-style backup) leaves an empty ``-wal`` and a ``-shm``
    beside it, even read-only. Remove them from our own temporary file before it is renamed;
    a read-only connection never writes to the ``-wal``, so only an empty one is removed."""
    with contextlib.suppress(OSError):
        Path(str(tmp) + "-shm").unlink()
    wal = Path(str(tmp) + "-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        _forget_cache(handle.fileno())
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_file(source: Path, target: Path) -> str:
    """Copy bytes to a new file, fsync it, and return the SHA-256 of what was read."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(target, "xb") as dst:
        for chunk in iter(lambda: src.read(_CHUNK), b""):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
        _forget_cache(dst.fileno())
    return digest.hexdigest()


def _tmp_path(folder: Path) -> Path:
    return folder / f"{_TMP_PREFIX}{uuid.uuid4().hex}.sqlite"


def _ensure_folder(folder: Path, location: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailedError(
            location, f"the folder {folder} cannot be used for backups ({_os_reason(exc)})"
        ) from exc
    if not folder.is_dir():
        raise BackupFailedError(location, f"{folder} is not a folder")


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror if not exc.filename else f"{exc.strerror}: {exc.filename}"
    return str(exc) or type(exc).__name__


KEYS_SUFFIX = ".keys"  # an encrypted database's key file, beside it (see db.crypto)


def _keys(path: Path) -> Path:
    return Path(str(path) + KEYS_SUFFIX)


def _copy_keys(source_db: Path, target_db: Path) -> None:
    """Put the key file of ``source_db`` (if it has one) beside ``target_db``, atomically, so an
    encrypted backup always travels with the key file that opens it."""
    keys = _keys(source_db)
    if not keys.is_file():
        return
    tmp = _tmp_path(target_db.parent)
    try:
        _copy_file(keys, tmp)
        os.replace(tmp, _keys(target_db))
    finally:
        _discard(tmp)


def _db_errors() -> tuple[type[BaseException], ...]:
    """Errors a connection may raise: sqlite3's, the OS's, and SQLCipher's when it is loaded
    (its errors do not derive from sqlite3's), plus a wrong key from the encrypted opener."""
    errors: list[type[BaseException]] = [sqlite3.Error, OSError, IsspError]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        errors.append(cipher.Error)
    return tuple(errors)


def _is_damage(exc: BaseException) -> bool:
    """SQLITE_CORRUPT / SQLITE_NOTADB arrive as a bare ``DatabaseError``; locks, I/O errors,
    missing files and full disks are ``OperationalError``."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None and isinstance(exc, cipher.DatabaseError):
        return not isinstance(exc, cipher.OperationalError)
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.OperationalError
    )


@contextlib.contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        conn.close()


# --- checking ----------------------------------------------------------------------------------

def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_backup(path: Path, *, opener: Opener = plain_opener,
                 quick: bool = False) -> BackupCheck:
    """Open ``path`` read-only and run ``integrity_check`` (``quick_check`` with ``quick``: the
    same page and row checks without matching every index to its table, about ten times
    faster) and ``foreign_key_check``; count the rows of every user table. Never raises for a
    bad or missing file: ``ok`` is then false and ``integrity`` says why."""
    if not path.is_file():
        return BackupCheck(False, [f"no file at {path}"])
    try:
        with _closing(opener(path, True)) as conn:
            pragma = "quick_check" if quick else "integrity_check"
            integrity = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
            fk = [
                f"{r[0]} row {r[1]} points at a missing {r[2]}"
                for r in conn.execute("PRAGMA foreign_key_check")
            ]
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            revision: str | None = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            counts = {
                name: int(conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0])
                for name in tables
                if name != "alembic_version" and not name.startswith("sqlite_")
            }
    except _db_errors() as exc:
        return BackupCheck(False, [f"cannot be read: {exc}"])
    return BackupCheck(integrity == ["ok"] and not fk, integrity, fk, revision, counts)


# --- making ------------------------------------------------------------------------------------

def _free_name(folder: Path, stem: str, when: datetime, reason: str) -> tuple[Path, datetime]:
    """A name not yet taken: two backups in the same microsecond get consecutive stamps."""
    while (folder / backup_name(stem, when, reason)).exists():
        when += timedelta(microseconds=1)
    return folder / backup_name(stem, when, reason), when


def create_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    opener: Opener = plain_opener,
    now: datetime | None = None,
    quick_check: bool = False,
) -> BackupInfo:
    """Copy the last committed state of ``db_path`` into ``backups_dir`` as a checked,
    self-contained file named for ``reason`` (a slug: ``auto``, ``manual``, ``pre-restore``...).
    ``quick_check``: check the copy with ``PRAGMA quick_check`` (for the safety copy taken just
    before an import, which the import waits for) instead of the full ``integrity_check``.

    Safe while other connections are writing. Raises ``BackupFailedError`` (with ``damaged``
    set when the database itself is unsound) and then leaves no file behind.
    """
    _check_reason(reason)
    if now is not None and now.tzinfo is None:
        raise ValueError(f"now must be time-zone aware, got {now!r}")
    when = (now or datetime.now(UTC)).astimezone(UTC)
    location = str(db_path)
    if not db_path.is_file():
        raise BackupFailedError(location, "there is no database file to back up")
    _ensure_folder(backups_dir, location)
    tmp = _tmp_path(backups_dir)
    done = False
    try:
        with _closing(opener(db_path, True)) as src, _closing(opener(tmp, False)) as dst:
            src.backup(dst)
            mode = dst.execute("PRAGMA journal_mode = DELETE").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                raise BackupFailedError(location, f"the copy stayed in journal mode {mode}")
        _fsync_file(tmp)
        check = check_backup(tmp, opener=opener, quick=quick_check)
        if not check.ok:
            raise BackupFailedError(
                location, f"the copy failed its check ({check.summary()})", damaged=True
            )
        final, when = _free_name(backups_dir, db_path.stem, when, reason)
        _copy_keys(db_path, final)
        os.replace(tmp, final)
        done = True
        _fsync_dir(backups_dir)
        return BackupInfo(final, when, reason, final.stat().st_size, db_path.stem)
    except BackupFailedError:
        raise
    except _db_errors() as exc:
        raise BackupFailedError(
            location, f"could not back up into {backups_dir} ({_os_reason(exc)})",
            damaged=_is_damage(exc),
        ) from exc
    finally:
        if not done:
            _discard(tmp)


# --- thinning ----------------------------------------------------------------------------------

def _sweep_crash_leftovers(folder: Path, older_than: timedelta = timedelta(hours=1)) -> None:
    """Delete hidden ``.tmp-*`` files a crash left behind (never a fresh one: it may be a
    backup being written right now by another program)."""
    cutoff = datetime.now(UTC).timestamp() - older_than.total_seconds()
    with contextlib.suppress(OSError):
        for leftover in folder.glob(".tmp-*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()


def thin_backups(
    backups_dir: Path, stem: str, now: datetime | None = None, **policy: int
) -> list[Path]:
    """Delete the backups of ``stem`` that ``backups_to_keep`` does not keep; return them.

    Only files named ``<stem>-<stamp>-<reason>.sqlite`` (and their SQLite companions) are ever
    deleted: not other databases' backups, not older-style names, not anything else.
    """
    _sweep_crash_leftovers(backups_dir)
    mine = [i for i in list_backups(backups_dir, stem) if i.stem == stem]
    keep = backups_to_keep([i.created_at for i in mine], now or datetime.now(UTC), **policy)
    deleted: list[Path] = []
    try:
        for info in mine:
            if info.created_at in keep:
                continue
            for suffix in COMPANIONS:
                with contextlib.suppress(FileNotFoundError):
                    Path(str(info.path) + suffix).unlink()
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
            with contextlib.suppress(FileNotFoundError):
                _keys(info.path).unlink()
            deleted.append(info.path)
    except OSError as exc:
        raise BackupFailedError(
            str(backups_dir), f"could not delete an old backup ({_os_reason(exc)})"
        ) from exc
    finally:
        if deleted:
            with contextlib.suppress(OSError):
                _fsync_dir(backups_dir)
    return deleted


# --- copying -----------------------------------------------------------------------------------

def copy_backup(path: Path, folder: Path, *, opener: Opener = plain_opener) -> Path:
    """Copy a backup file into ``folder`` (a USB stick, say) under the same name.

    The copy is written to a temporary name, fsynced, read back (past the OS cache where the
    platform allows) and compared by SHA-256 with the source, and must pass ``check_backup``;
    only then is it renamed. On any failure nothing is left in ``folder``.
    """
    location = str(path)
    if not path.is_file():
        raise BackupFailedError(location, "there is no backup file to copy")
    _ensure_folder(folder, location)
    final = folder / path.name
    tmp = _tmp_path(folder)
    done = False
    try:
        source_hash = _copy_file(path, tmp)
        if _sha256(tmp) != source_hash:
            raise BackupFailedError(
                location, f"the copy in {folder} does not read back the same (SHA-256 differs)"
            )
        check = check_backup(tmp, opener=opener)
        _drop_reader_files(tmp)
        if not check.ok:
            raise BackupFailedError(
                location, f"the copy failed its check ({check.summary()})", damaged=True
            )
        _copy_keys(path, final)
        os.replace(tmp, final)
        done = True
        _fsync_dir(folder)
        return final
    except BackupFailedError:
        raise
    except OSError as exc:
        raise BackupFailedError(
            location, f"could not copy into {folder} ({_os_reason(exc)})"
        ) from exc
    finally:
        if not done:
            _discard(tmp)


# --- restoring ---------------------------------------------------------------------------------

def _keep_damaged(db_path: Path, backups_dir: Path, now: datetime) -> Path:
    """Copy a database that cannot be backed up (and its journal files) into the backups folder
    as ``<stem>-<stamp>-damaged.sqlite`` (+ ``-wal`` / ``-journal``), bytes as they are.

    Copied rather than moved: the live file stays in place until the atomic rename over it, so
    a crash in between never leaves the database path empty. ``-shm`` is a rebuildable index of
    the ``-wal`` and is not kept.
    """
    final, _ = _free_name(backups_dir, db_path.stem, now, "damaged")
    temps: list[tuple[Path, Path]] = []
    try:
        for suffix in ("-wal", "-journal", ""):  # the main file gets its name last
            source = Path(str(db_path) + suffix)
            if not source.is_file():
                continue
            tmp = _tmp_path(backups_dir)
            temps.append((tmp, Path(str(final) + suffix)))
            _copy_file(source, tmp)
        for tmp, target in temps:
            os.replace(tmp, target)
        _copy_keys(db_path, final)
        _fsync_dir(backups_dir)
    except OSError:
        for tmp, target in temps:
            _discard(tmp)
            if target != final:
                with contextlib.suppress(OSError):
                    target.unlink()
        raise
    return final


def restore_backup(
    backup: Path, db_path: Path, backups_dir: Path, *, opener: Opener = plain_opener
) -> Path | None:
    """Put ``backup`` in place of the database at ``db_path``. Every connection to the
    database must be closed first.

    The backup is checked first; a damaged one, or one of a schema this version does not know,
    is refused and nothing changes. The current database is kept aside in ``backups_dir``: as a
    ``pre-restore`` backup, or, when it cannot be read as a sound database, as a byte copy named
    ``...-damaged.sqlite``. Then a verified copy of the backup replaces it by an atomic rename
    (its stale ``-wal``/``-shm``/``-journal`` are deleted first, so SQLite can never replay them
    into the restored file). Returns the kept-aside file, or ``None`` when there was no
    database to keep.
    """
    location = str(backup)
    if not backup.is_file():
        raise BackupFailedError(location, "there is no backup file to restore")
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise BackupFailedError(location, "this is the database itself, not a backup of it")
    check = check_backup(backup, opener=opener)
    if not check.ok:
        raise BackupFailedError(
            location,
            f"the backup is damaged ({check.summary()}); nothing was changed",
            damaged=True,
        )
    if check.revision is None or not is_known(check.revision):
        raise BackupFailedError(
            location,
            f"the backup has schema {check.revision or 'none'}, which this version of ISSP "
            f"Desktop cannot open (it knows up to {HEAD_REVISION}); nothing was changed",
        )
    _ensure_folder(backups_dir, location)
    folder = db_path.parent
    tmp = _tmp_path(folder)
    done = False
    try:
        source_hash = _copy_file(backup, tmp)
        if _sha256(tmp) != source_hash:
            raise BackupFailedError(
                location, f"the copy beside {db_path} does not read back the same"
            )
        kept: Path | None = None
        if db_path.exists():
            try:
                kept = create_backup(db_path, backups_dir, "pre-restore", opener=opener).path
            except BackupFailedError as exc:
                if not exc.damaged:
                    raise
                kept = _keep_damaged(db_path, backups_dir, datetime.now(UTC))
        for suffix in COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                Path(str(db_path) + suffix).unlink()
        if _keys(backup).is_file():
            _copy_keys(backup, db_path)
        else:  # a plain backup: the current key file was kept with the pre-restore copy
            with contextlib.suppress(FileNotFoundError):
                _keys(db_path).unlink()
        _fsync_dir(folder)
        os.replace(tmp, db_path)
        done = True
        _fsync_dir(folder)
        return kept
    except BackupFailedError:
        raise
    except OSError as exc:
        raise BackupFailedError(
            location, f"could not restore over {db_path} ({_os_reason(exc)})"
        ) from exc
    finally:
        if not done:
            _discard(tmp)

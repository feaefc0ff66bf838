"""Faults from outside the app: a full disk, a read-only file, the file deleted or replaced
while the app has it open, a lost ``-wal``, a database from a newer version.

Each fault must surface as a clear message and never as a partial commit. Everything runs on
real SQLite files; the faults are real too: a full ``tmpfs`` (when this process may mount one)
or SQLite's own ``max_page_count`` limit (SQLITE_FULL, everywhere), ``chattr +i`` and read-only
bind mounts (root ignores permission bits, not these), real unlink/rename, a real SIGKILL.

Each of these once found a product bug (raw driver errors reaching the user, writes lost into a
file deleted or replaced under the app, a stale -wal replayed into a replacement); they now
guard the fixes.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import event

from issp_desktop import cli
from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.db import backup as backup_files
from issp_desktop.domain.access import Role
from issp_desktop.errors import (
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    IsspError,
)
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file-system faults")


def _load_writer() -> ModuleType:
    key = "issp_reliability_writer"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name("writer.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


W = _load_writer()
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
STAFF_PASSWORD = "Kinyozi-mbili-2026"


# --- helpers -----------------------------------------------------------------------------------

def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _signed_in(data: Path) -> Services:
    svc = open_services(resolve_paths(data))
    svc.ctx.hasher = FAST_HASHER
    svc.users.login(W.MANAGER, W.PASSWORD)
    return svc


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    W.make_centre(folder)
    return folder


def _add_users_until_it_fails(svc: Services, prefix: str,
                              limit: int = 200) -> tuple[int, BaseException]:
    """Add staff accounts through the real use case until one fails; the fault must come."""
    for i in range(limit):
        try:
            svc.users.add(NewUser(f"{prefix}{i}", Role.VIEWER, STAFF_PASSWORD, "x" * 120))
        except Exception as exc:
            return i, exc
    raise RuntimeError(f"{limit} accounts were added and the fault never showed")


def _assert_only_whole_adds(data: Path, prefix: str, added: int) -> None:
    """Exactly the accounts added before the fault are there, each with its audit entry; the
    failed one left nothing; the file is sound and the audit chain intact."""
    with contextlib.closing(W.connect(W.db_file(data))) as conn:
        W.integrity(conn)
        names = [r[0] for r in conn.execute(
            "SELECT username FROM app_user WHERE username LIKE ? ORDER BY id", (f"{prefix}%",))]
        audited = [json.loads(r[0])["username"] for r in conn.execute(
            "SELECT new_values FROM audit_entry WHERE use_case = 'users.add' ORDER BY id")]
    assert names == [f"{prefix}{i}" for i in range(added)], names[-3:]
    assert [a for a in audited if a.startswith(prefix)] == names, (
        "an account without its audit entry, or the reverse")
    assert W.verify_through_services(data) > 0


def _gui_text(exc: BaseException) -> str | None:
    """The sentence the GUI's error box shows for ``exc`` (``None`` without PySide6)."""
    try:
        from issp_desktop.ui.errors import error_text
    except ImportError:
        return None
    return error_text(exc)


def _assert_clear_store_error(exc: BaseException, *words: str) -> None:
    """What a user would be shown: the CLI prints ``str(exc)`` of an ``IsspError`` (anything
    else escapes as a traceback); the GUI's ``error_text`` shows any other exception as
    "Something went wrong that ISSP Desktop did not expect: ..." with its raw text, which for a
    SQLAlchemy error holds the SQL and its parameters (and goes to the log)."""
    text = str(exc)
    gui = _gui_text(exc)
    assert isinstance(exc, IsspError), (
        f"a raw {type(exc).__module__}.{type(exc).__name__} reaches the user; the GUI "
        f"shows: {gui!r}")
    for word in words:
        assert word in text.lower(), f"{word!r} not in {text!r}"
    for shown in (text, gui or ""):
        assert "[SQL:" not in shown and "$argon2" not in shown, shown


# --- a full disk -------------------------------------------------------------------------------

def _limit_pages(svc: Services) -> Callable[[], None]:
    """SQLite's own size cap: every connection may not grow the file past its current pages,
    so the next write that needs a page fails with SQLITE_FULL ("database or disk is full"),
    the same code a full disk gives. Returns a function that lifts the cap."""
    with svc.db.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())

    def cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(svc.db.engine, "connect", cap)
    svc.db.engine.dispose()

    def lift() -> None:
        event.remove(svc.db.engine, "connect", cap)
        svc.db.engine.dispose()

    return lift


def test_full_database_saves_nothing_partial_and_recovers(data: Path) -> None:
    svc = _signed_in(data)
    try:
        lift = _limit_pages(svc)
        added, exc = _add_users_until_it_fails(svc, "full")
        assert "full" in str(exc).lower(), exc
        assert added > 0
        lift()
        _assert_only_whole_adds(data, "full", added)
        svc.users.add(NewUser("after", Role.VIEWER, STAFF_PASSWORD))  # the app goes on working
        assert svc.users.find("after") is not None
    finally:
        svc.db.dispose()


def test_full_database_error_is_clear(data: Path) -> None:
    svc = _signed_in(data)
    try:
        _limit_pages(svc)
        _, exc = _add_users_until_it_fails(svc, "full")
    finally:
        svc.db.dispose()
    _assert_clear_store_error(exc, "full", "nothing")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 6 MB file system (tmpfs) that can be filled. Needs the right to mount."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root (simulated with max_page_count above)")
    point = tmp_path / "disk"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(point)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def _fill(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        block = b"\0" * 65536
        while True:
            try:
                os.write(fd, block)
            except OSError:
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]
    finally:
        os.close(fd)
    return filler


def test_disk_full_on_a_real_file_system(small_disk: Path) -> None:
    data = small_disk / "data"
    W.make_centre(data)
    svc = _signed_in(data)
    try:
        filler = _fill(small_disk)
        added, exc = _add_users_until_it_fails(svc, "full")
        assert "full" in str(exc).lower() or "disk" in str(exc).lower(), exc
        filler.unlink()
        _assert_only_whole_adds(data, "full", added)
        svc.users.add(NewUser("after", Role.VIEWER, STAFF_PASSWORD))
        assert svc.users.find("after") is not None
    finally:
        svc.db.dispose()


def test_cli_on_a_full_database_prints_one_line(
        data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import issp_desktop.db.engine as engine_module
    import issp_desktop.services as services_module

    with contextlib.closing(sqlite3.connect(W.db_file(data))) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    plain = engine_module._on_sqlite_connect

    def capped(dbapi_connection: Any, record: Any) -> None:
        plain(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine_module, "_on_sqlite_connect", capped)
    monkeypatch.setattr(services_module, "default_hasher", lambda: FAST_HASHER)
    monkeypatch.setenv("ISSP_USER", W.MANAGER)
    monkeypatch.setenv("ISSP_PASSWORD", W.PASSWORD)
    monkeypatch.setenv("ISSP_NEW_PASSWORD", STAFF_PASSWORD)
    for i in range(200):
        argv = ["--data-dir", str(data), "users", "add", f"full{i}", "--role", "viewer",
                "--name", "x" * 120]
        try:
            code = cli.main(argv)
        except Exception as exc:
            pytest.fail(f"a traceback reaches the user: {type(exc).__name__}: {exc}")
        if code != 0:
            break
    else:
        raise RuntimeError("the database never filled")
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("issp: "), lines
    assert "full" in lines[0].lower()


# --- a read-only file ----------------------------------------------------------------------------

@contextlib.contextmanager
def _immutable(*paths: Path) -> Iterator[None]:
    """``chattr +i``: even root cannot write the file (permission bits do not stop root)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    done: list[Path] = []
    try:
        for path in paths:
            result = subprocess.run(["chattr", "+i", str(path)], capture_output=True,
                                    text=True, check=False)
            if result.returncode != 0:
                pytest.skip(f"chattr +i is not possible here: {result.stderr.strip()}")
            done.append(path)
        yield
    finally:
        for path in done:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)


def test_immutable_database_is_refused_at_open_untouched(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = W.db_file(data)
    before = _sha(db)
    with _immutable(db):
        with pytest.raises(DatabaseReadOnlyError) as info:
            open_services(resolve_paths(data))
        assert str(db) in str(info.value) and "cannot be written" in str(info.value)
        assert cli.main(["--data-dir", str(data), "db", "info"]) == 3
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "cannot be written" in err[0], err
        assert _sha(db) == before


@pytest.fixture
def read_only_view(data: Path, tmp_path: Path) -> Iterator[Path]:
    """The data folder seen through a read-only bind mount (EROFS, which binds root too)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a read-only bind mount needs root")
    view = tmp_path / "ro-view"
    view.mkdir()
    bound = subprocess.run(["mount", "--bind", str(data), str(view)], capture_output=True,
                           text=True, check=False)
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bound.stderr.strip()}")
    try:
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(view)],
                            capture_output=True, text=True, check=False)
        if ro.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {ro.stderr.strip()}")
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True, check=False)


def test_database_on_a_read_only_file_system_is_refused(read_only_view: Path,
                                                         data: Path) -> None:
    before = sorted(p.name for p in data.iterdir())
    digest = _sha(W.db_file(data))
    with pytest.raises(DatabaseReadOnlyError) as info:
        open_services(resolve_paths(read_only_view))
    assert "cannot be written" in str(info.value)
    assert sorted(p.name for p in data.iterdir()) == before
    assert _sha(W.db_file(data)) == digest


def _wal_and_db(data: Path) -> tuple[Path, Path]:
    db = W.db_file(data)
    return db, Path(str(db) + "-wal")


def test_file_made_read_only_while_open_saves_nothing_partial(data: Path) -> None:
    svc = _signed_in(data)
    try:
        svc.users.add(NewUser("before", Role.VIEWER, STAFF_PASSWORD))
        db, wal = _wal_and_db(data)
        with _immutable(db, wal):
            with pytest.raises(Exception) as info:
                svc.users.add(NewUser("during", Role.VIEWER, STAFF_PASSWORD))
            print(f"\nwrite to a file made read-only: {type(info.value).__name__}: "
                  f"{str(info.value).splitlines()[0]}")
        svc.users.add(NewUser("after", Role.VIEWER, STAFF_PASSWORD))  # works again
    finally:
        svc.db.dispose()
    with contextlib.closing(W.connect(W.db_file(data))) as conn:
        W.integrity(conn)
        names = {r[0] for r in conn.execute("SELECT username FROM app_user")}
    assert {"before", "after"} <= names and "during" not in names
    assert W.verify_through_services(data) > 0


def test_file_made_read_only_while_open_gives_a_clear_error(data: Path) -> None:
    svc = _signed_in(data)
    try:
        db, wal = _wal_and_db(data)
        with _immutable(db, wal), pytest.raises(Exception) as info:
            svc.users.add(NewUser("during", Role.VIEWER, STAFF_PASSWORD))
    finally:
        svc.db.dispose()
    _assert_clear_store_error(info.value, "writ", "nothing")


# --- the file deleted or replaced while the app has it open --------------------------------------

def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read by a fresh connection as the next program would."""
    with contextlib.closing(W.connect(path)) as conn:
        W.integrity(conn)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in sorted(tables)}


def _busy_session(data: Path) -> Services:
    """The app signed in after some work, its ``-wal`` holding frames not yet checkpointed."""
    svc = _signed_in(data)
    for i in range(3):
        svc.users.add(NewUser(f"early{i}", Role.VIEWER, STAFF_PASSWORD))
    return svc


def _older_copy(data: Path, tmp_path: Path) -> Path:
    """A checked backup of the database as it is now (what a user might copy back)."""
    return backup_files.create_backup(W.db_file(data), tmp_path / "elsewhere", "manual").path


def _replace_with(db: Path, replacement: Path) -> None:
    """What a user, a sync tool or a second program does: put another file at the path by an
    atomic rename. The app's ``-wal`` and ``-shm`` stay where they are."""
    tmp = db.with_name("incoming.tmp")
    shutil.copyfile(replacement, tmp)
    os.replace(tmp, db)


CHANGES = ("deleted", "replaced", "restored by another program")


def _change_under_the_app(change: str, data: Path, tmp_path: Path) -> Services:
    svc = _busy_session(data)
    db = W.db_file(data)
    if change == "deleted":
        db.unlink()
    elif change == "replaced":
        _replace_with(db, _older_copy(data, tmp_path))
    else:  # `issp backup restore` run while the GUI is open
        backup_files.restore_backup(_older_copy(data, tmp_path), db, data / "backups")
    return svc


@pytest.mark.parametrize("change", CHANGES)
def test_write_after_the_file_changed_under_the_app_is_refused(
        change: str, data: Path, tmp_path: Path) -> None:
    svc = _change_under_the_app(change, data, tmp_path)
    try:
        with pytest.raises(IsspError):
            svc.users.add(NewUser("late", Role.VIEWER, STAFF_PASSWORD))
    finally:
        svc.db.dispose()


def test_restored_file_is_not_touched_by_the_open_app(data: Path, tmp_path: Path) -> None:
    """``restore_backup`` deletes the stale ``-wal``/``-shm`` before its rename, so whatever the
    open app does afterwards cannot reach the restored file (its write is lost instead, see
    above)."""
    svc = _busy_session(data)
    backup = _older_copy(data, tmp_path)
    expected = _dump(backup)
    backup_files.restore_backup(backup, W.db_file(data), data / "backups")
    with contextlib.suppress(Exception):
        svc.users.add(NewUser("late", Role.VIEWER, STAFF_PASSWORD))
    svc.db.dispose()
    assert _dump(W.db_file(data)) == expected


@pytest.mark.parametrize("then_write", [False, True], ids=["close", "write-then-close"])
def test_replacement_file_is_not_changed_by_the_app(
        then_write: bool, data: Path, tmp_path: Path) -> None:
    svc = _busy_session(data)
    replacement = _older_copy(data, tmp_path)
    svc.centre.update(CentreSetup("Renamed after the copy"))  # the copy is now older
    for i in range(40):  # many pages in the -wal, so replaying them touches the indexes
        svc.users.add(NewUser(f"later{i}", Role.VIEWER, STAFF_PASSWORD))
    expected = _dump(replacement)
    _replace_with(W.db_file(data), replacement)
    if then_write:
        with contextlib.suppress(Exception):  # refusing the write is fine; corrupting is not
            svc.users.add(NewUser("late", Role.VIEWER, STAFF_PASSWORD))
    svc.db.dispose()
    assert _dump(W.db_file(data)) == expected


def test_new_centre_after_the_file_was_deleted_starts_clean(data: Path) -> None:
    """The old ``-wal``/``-shm`` left beside the path must not leak into a new database."""
    svc = _busy_session(data)
    W.db_file(data).unlink()
    with contextlib.suppress(Exception):
        svc.users.add(NewUser("ghost", Role.VIEWER, STAFF_PASSWORD))
    svc.db.dispose()
    fresh = open_services(resolve_paths(data), create=True)
    try:
        assert fresh.centre.needs_setup()
        assert fresh.centre.get() is None
        assert not fresh.users.has_users()
    finally:
        fresh.db.dispose()
    with contextlib.closing(W.connect(W.db_file(data))) as conn:
        W.integrity(conn)


# --- the -wal lost after an unclean shutdown -----------------------------------------------------

@pytest.fixture(scope="module")
def zygote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    z = W.Zygote(tmp_path_factory.mktemp("zygote") / "stderr.txt")
    yield z
    z.close()


@pytest.mark.parametrize("lost", [("-wal", "-shm"), ("-wal",), ("-shm",)],
                         ids=["wal+shm", "wal", "shm"])
def test_missing_wal_after_an_unclean_shutdown(zygote: Any, data: Path,
                                               lost: tuple[str, ...]) -> None:
    """The app is killed with commits still only in its ``-wal`` (not yet checkpointed), and
    the ``-wal`` is then deleted (a clean-up tool, a user tidying "junk" files, a copy that
    took only the main file). Those commits are gone -- they were only ever in the ``-wal``;
    SQLite cannot know and nor can the app (the audit chain just ends earlier). What must
    hold: the app opens the file cleanly, it is sound, and it holds exactly the transactions
    that were checkpointed, each whole. Losing only ``-shm`` loses nothing (it is an index
    SQLite rebuilds from the ``-wal``)."""
    clean = zygote.start({"mode": "write", "data_dir": str(data), "stop_after": 3})
    assert zygote.finish(clean) == 0  # a clean close: checkpointed, -wal removed
    assert clean.acks == [1, 2, 3]
    crashed = zygote.start({"mode": "write", "data_dir": str(data), "stop_after": 2,
                            "hang": True})
    zygote.wait_for(crashed, lambda line: line == "DONE", timeout=60)
    zygote.kill(crashed)
    assert crashed.acks == [4, 5]
    db, wal = _wal_and_db(data)
    assert wal.stat().st_size > 0, "the scenario needs commits that live only in the -wal"
    for suffix in lost:
        Path(str(db) + suffix).unlink()
    verified = W.verify_through_services(data)  # opens through open_store: peek, quick_check
    with contextlib.closing(W.connect(db)) as conn:
        m = W.check_transactions(conn)
    assert m == (3 if "-wal" in lost else 5)
    assert verified > 0


# --- a database from a newer version ----------------------------------------------------------

FUTURE = "9999_from_the_future"


def _from_the_future(data: Path) -> Path:
    db = W.db_file(data)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def _assert_untouched(data: Path, db: Path, digest: str) -> None:
    assert _sha(db) == digest
    wal = Path(str(db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "something was written to the -wal"
    backups = data / "backups"
    assert not backups.exists() or not any(backups.iterdir()), "a backup was made"


@pytest.mark.parametrize("command", [["db", "info"], ["db", "upgrade"], ["db", "check"],
                                     ["audit", "verify"]])
def test_newer_database_refused_by_the_cli(data: Path, command: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = _from_the_future(data)
    digest = _sha(db)
    code = cli.main(["--data-dir", str(data), *command])
    out = capsys.readouterr()
    lines = out.err.strip().splitlines()
    assert code == 3, (code, out.out, out.err)
    assert len(lines) == 1 and lines[0].startswith("issp: "), lines
    assert "newer version" in lines[0] and str(db) in lines[0] and FUTURE in lines[0]
    _assert_untouched(data, db, digest)


def test_newer_database_refused_by_open_services(data: Path) -> None:
    db = _from_the_future(data)
    digest = _sha(db)
    with pytest.raises(DatabaseTooNewError) as info:
        open_services(resolve_paths(data))
    assert info.value.found == FUTURE
    assert str(db) in str(info.value) and "was not changed" in str(info.value)
    _assert_untouched(data, db, digest)

"""Backups on real SQLite files: made while the app writes, named, listed, thinned, copied,
checked, restored; and every failure leaves nothing half-done behind."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

import issp_desktop.db.backup as backup_module
from issp_desktop.app import open_services
from issp_desktop.config.paths import resolve_paths
from issp_desktop.db.backup import (
    BackupCheck,
    BackupFailedError,
    BackupInfo,
    check_backup,
    copy_backup,
    create_backup,
    list_backups,
    restore_backup,
    thin_backups,
)
from issp_desktop.domain.backup_policy import backups_to_keep
from issp_desktop.errors import IsspError

WHEN = datetime(2026, 11, 29, 18, 5, 56, 123456, tzinfo=UTC)


# --- fixtures and helpers ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo centre built once through the real store; each test works on its own copy."""
    base = tmp_path_factory.mktemp("template") / "data"
    svc = open_services(resolve_paths(base, environ={}), create=True)
    ctx = getattr(svc, "ctx", None)
    if hasattr(ctx, "hasher"):  # cheap password hashing for the demo users, as in conftest
        ctx.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # type: ignore[union-attr]
    try:
        svc.demo.build(50, seed=1, today=date(2026, 11, 16))
        path = svc.db.sqlite_path
    finally:
        svc.db.dispose()
    assert path is not None
    assert not Path(str(path) + "-wal").exists()
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def live(template: Path, data_dir: Path) -> Path:
    path = data_dir / "centre.sqlite"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def backups(data_dir: Path) -> Path:
    return data_dir / "backups"


@pytest.fixture
def writer(live: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(live, isolation_level=None)
    yield conn
    conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_one(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def centre_name(path: Path) -> object:
    return read_one(path, "SELECT name FROM centre")


def count(path: Path, table: str) -> int:
    result = read_one(path, f"SELECT count(*) FROM {table}")
    assert isinstance(result, int)
    return result


def write(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.startswith(".tmp-")]


def flip_byte_in_page(path: Path, table: str, offset_in_page: int) -> None:
    """Corrupt one byte of the root page of ``table`` (or index) in a plain SQLite file."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    position = (root - 1) * page_size + offset_in_page % page_size
    data = bytearray(path.read_bytes())
    data[position] ^= 0xFF
    path.write_bytes(bytes(data))


def damaged_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    flip_byte_in_page(target, "person", 0)  # the b-tree page type byte
    return target


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- making a backup ---------------------------------------------------------------------------

def test_backup_while_another_connection_writes_holds_the_committed_state(
    live: Path, backups: Path, writer: sqlite3.Connection
) -> None:
    people = count(live, "person")
    changes = count(live, "stage_change")
    writer.execute("UPDATE centre SET name = 'Committed name'")
    assert Path(str(live) + "-wal").stat().st_size > 0  # the commit sits in the WAL only
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE centre SET name = 'Uncommitted name'")
    writer.execute("DELETE FROM stage_change")
    writer.execute("DELETE FROM person WHERE id > 10")

    info = create_backup(live, backups, "auto")

    assert centre_name(info.path) == "Committed name"
    assert count(info.path, "person") == people
    assert count(info.path, "stage_change") == changes
    check = check_backup(info.path)
    assert check.ok, check
    assert check.integrity == ["ok"]
    assert check.row_counts["person"] == people == 50
    # one self-contained file: rollback-journal mode in the header, no companions
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert listing(backups) == [info.path.name]
    lone = backups.parent / "elsewhere" / "alone.sqlite"
    lone.parent.mkdir()
    shutil.copyfile(info.path, lone)
    assert centre_name(lone) == "Committed name"
    # the writer was not disturbed
    writer.execute("COMMIT")
    assert centre_name(live) == "Uncommitted name"


def test_backup_reports_what_it_made(live: Path, backups: Path) -> None:
    info = create_backup(live, backups, "pre-payroll-close", now=WHEN)
    assert info.path == backups / "centre-20261129T180556123456Z-pre-payroll-close.sqlite"
    assert info.created_at == WHEN
    assert info.reason == "pre-payroll-close"
    assert info.stem == "centre"
    assert info.size_bytes == info.path.stat().st_size > 0
    assert sha(live) != sha(info.path)  # a fresh copy, not the WAL-mode file as it is


def test_two_backups_in_the_same_microsecond_both_survive(live: Path, backups: Path) -> None:
    first = create_backup(live, backups, "manual", now=WHEN)
    second = create_backup(live, backups, "manual", now=WHEN)
    assert first.path != second.path
    assert second.created_at == WHEN + timedelta(microseconds=1)
    assert [i.path for i in list_backups(backups)] == [second.path, first.path]


def test_reason_must_be_a_slug(live: Path, backups: Path) -> None:
    for bad in ("", "Auto", "pre migration", "a--b", "-x", "x/../y", "r" * 41):
        with pytest.raises(ValueError, match="slug"):
            create_backup(live, backups, bad)
    assert not backups.exists()


def test_naive_now_is_refused(live: Path, backups: Path) -> None:
    with pytest.raises(ValueError, match="aware"):
        create_backup(live, backups, "auto", now=datetime(2026, 11, 29, 18, 0))


def test_backup_of_a_missing_database_fails_and_creates_nothing(data_dir: Path,
                                                                backups: Path) -> None:
    missing = data_dir / "centre.sqlite"
    with pytest.raises(BackupFailedError, match="no database file") as caught:
        create_backup(missing, backups, "auto")
    assert str(missing) in str(caught.value)
    assert isinstance(caught.value, IsspError)
    assert caught.value.exit_code == 1
    assert not missing.exists()


def test_backup_of_a_database_with_broken_foreign_keys_is_refused(live: Path,
                                                                  backups: Path) -> None:
    write(live, "PRAGMA foreign_keys = OFF",
          "INSERT INTO stage_change (person_id, to_stage, changed_on, reason, recorded_at) "
          "VALUES (99999, 'trainee', '2026-11-16', 'orphan', '2026-11-16T00:00:00+00:00')")
    check = check_backup(live)
    assert not check.ok
    assert check.integrity == ["ok"]
    assert len(check.foreign_key_problems) == 1
    assert "stage_change" in check.foreign_key_problems[0]
    assert "person" in check.foreign_key_problems[0]
    with pytest.raises(BackupFailedError, match="stage_change") as caught:
        create_backup(live, backups, "auto")
    assert caught.value.damaged
    assert listing(backups) == []


# --- names and listing -------------------------------------------------------------------------

def test_names_parse_back_newest_first_and_by_stem(live: Path, data_dir: Path,
                                                   backups: Path) -> None:
    demo = data_dir / "demo.sqlite"
    shutil.copyfile(live, demo)
    older = create_backup(live, backups, "auto", now=WHEN - timedelta(days=1))
    newer = create_backup(live, backups, "pre-migration", now=WHEN)
    demo_info = create_backup(demo, backups, "close", now=WHEN - timedelta(hours=1))

    assert list_backups(backups, "centre") == [newer, older]
    assert list_backups(backups, "demo") == [demo_info]
    assert list_backups(backups) == [newer, demo_info, older]
    assert list_backups(backups / "nowhere") == []


def test_listing_ignores_what_is_not_a_backup_and_tolerates_older_names(
    live: Path, backups: Path
) -> None:
    made = create_backup(live, backups, "manual", now=WHEN)
    junk = [
        "notes.txt", "centre.sqlite", ".tmp-0123456789abcdef.sqlite",
        "centre-20261399T000000000000Z-auto.sqlite",  # no 99th of the 13th month
        "centre-20261129T180556123456Z-Auto.sqlite", "centre-20261129T1805Z-auto.sqlite",
        made.path.name + "-wal", made.path.name + ".bak",
    ]
    for name in junk:
        (backups / name).write_bytes(b"x")
    (backups / "centre-20261101T000000000000Z-folder.sqlite").mkdir()
    (backups / "pre-migration-0001-20261001T101010123456Z.sqlite").write_bytes(b"abc")
    (backups / "replaced-20261002T080000Z-centre.sqlite").write_bytes(b"abcd")
    no_stamp = backups / "pre-migration-0001.sqlite"
    no_stamp.write_bytes(b"ab")
    mtime = datetime(2026, 9, 1, 7, 30, tzinfo=UTC)
    os.utime(no_stamp, (mtime.timestamp(), mtime.timestamp()))

    found = list_backups(backups, "centre")
    assert [(i.path.name, i.created_at, i.reason, i.size_bytes, i.stem) for i in found] == [
        (made.path.name, WHEN, "manual", made.size_bytes, "centre"),
        ("replaced-20261002T080000Z-centre.sqlite", datetime(2026, 10, 2, 8, tzinfo=UTC),
         "replaced", 4, None),
        ("pre-migration-0001-20261001T101010123456Z.sqlite",
         datetime(2026, 10, 1, 10, 10, 10, 123456, tzinfo=UTC), "pre-migration", 3, None),
        ("pre-migration-0001.sqlite", mtime, "pre-migration", 2, None),
    ]
    # older-style copies have no reliable stem: they show under every database
    assert [i.path.name for i in list_backups(backups, "demo")] == [
        i.path.name for i in found[1:]
    ]


# --- thinning ----------------------------------------------------------------------------------

def test_thinning_deletes_exactly_what_the_policy_drops_and_nothing_else(
    backups: Path,
) -> None:
    backups.mkdir(parents=True)
    now = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
    stamps = [now - timedelta(hours=6 * i + 1) for i in range(480)]  # 4 a day for 120 days
    reasons = ["auto", "close", "manual", "pre-import"]
    mine = {}
    for i, stamp in enumerate(stamps):
        name = f"centre-{stamp.strftime('%Y%m%dT%H%M%S%fZ')}-{reasons[i % 4]}.sqlite"
        (backups / name).write_bytes(b"x")
        mine[stamp] = backups / name
    # a companion of a backup that will go, and files that must never be touched
    doomed = mine[stamps[-1]]
    Path(str(doomed) + "-wal").write_bytes(b"w")
    others = [
        f"demo-{stamps[-1].strftime('%Y%m%dT%H%M%S%fZ')}-auto.sqlite",
        "centres-20260101T000000000000Z-auto.sqlite",
        "pre-migration-0001-20200101T000000000000Z.sqlite",
        "replaced-20200101T000000Z-centre.sqlite",
        "centre.sqlite", "notes.txt", ".tmp-abc.sqlite",
    ]
    for name in others:
        (backups / name).write_bytes(b"keep me")
    policy = {"daily": 5, "weekly": 3, "monthly": 2, "newest": 2}

    deleted = thin_backups(backups, "centre", now, **policy)

    keep = backups_to_keep(stamps, now, **policy)
    assert len(keep) == 12
    assert stamps[0] in keep
    assert sorted(deleted) == sorted(p for s, p in mine.items() if s not in keep)
    assert len(deleted) == 480 - 12
    assert listing(backups) == sorted([mine[s].name for s in keep] + others)
    assert thin_backups(backups, "centre", now, **policy) == []


def test_thinning_with_the_default_policy_keeps_a_year_in_34_files(backups: Path) -> None:
    backups.mkdir(parents=True)
    now = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
    for day in range(400):
        stamp = now - timedelta(days=day, hours=1)
        (backups / f"centre-{stamp.strftime('%Y%m%dT%H%M%S%fZ')}-auto.sqlite").write_bytes(b"")
    deleted = thin_backups(backups, "centre", now)
    left = list_backups(backups, "centre")
    assert len(deleted) == 400 - 34
    assert len(left) == 34
    assert left[-1].created_at < now - timedelta(days=300)


def test_thinning_a_missing_folder_deletes_nothing(tmp_path: Path) -> None:
    assert thin_backups(tmp_path / "none", "centre") == []


# --- checking and copying ----------------------------------------------------------------------

def test_check_reports_revision_and_row_counts(live: Path, backups: Path) -> None:
    info = create_backup(live, backups, "manual")
    check = check_backup(info.path)
    conn = sqlite3.connect(live)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        expected = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert check == BackupCheck(True, ["ok"], [], revision, expected)
    assert check.row_counts["person"] == 50
    assert "alembic_version" not in check.row_counts
    assert check.summary() == "ok"


def test_check_of_a_missing_or_foreign_file_says_so_without_raising(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert not check_backup(missing).ok
    assert not missing.exists()
    text = tmp_path / "text.sqlite"
    text.write_bytes(b"this is not a database at all " * 200)
    result = check_backup(text)
    assert not result.ok
    assert "not a database" in result.summary()


def test_copy_to_another_folder_is_verified(live: Path, backups: Path, tmp_path: Path) -> None:
    info = create_backup(live, backups, "manual")
    stick = tmp_path / "USB STICK #1 100%"

    copied = copy_backup(info.path, stick)

    assert copied == stick / info.path.name
    assert sha(copied) == sha(info.path)
    assert check_backup(copied).ok
    assert listing(stick) == [info.path.name]
    # copying again over an existing copy is fine (same name, same bytes)
    assert copy_backup(info.path, stick) == copied
    assert listing(stick) == [info.path.name]


def test_copy_of_an_older_wal_mode_copy_leaves_no_companions(live: Path, backups: Path,
                                                             tmp_path: Path) -> None:
    # What version 0.1 wrote before migrations: a plain backup-API copy, left in WAL mode.
    backups.mkdir(parents=True, exist_ok=True)
    legacy = backups / "pre-migration-0001-20261129T180556123456Z.sqlite"
    src = sqlite3.connect(f"file:{live.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(legacy)
    src.backup(dst)
    dst.close()
    src.close()
    assert legacy.read_bytes()[18:20] == b"\x02\x02"  # WAL mode, as older versions made them
    stick = tmp_path / "stick"
    copied = copy_backup(legacy, stick)
    assert listing(stick) == [legacy.name]
    assert sha(copied) == sha(legacy)


def test_a_flipped_byte_in_a_page_fails_the_check(live: Path, backups: Path,
                                                  tmp_path: Path) -> None:
    info = create_backup(live, backups, "manual")
    header_flip = damaged_copy(info.path, tmp_path / "page-type.sqlite")
    assert not check_backup(header_flip).ok
    content_flip = tmp_path / "index-entry.sqlite"
    shutil.copyfile(info.path, content_flip)
    flip_byte_in_page(content_flip, "ix_person_last_first", -1)  # last byte of a cell
    result = check_backup(content_flip)
    assert not result.ok
    assert result.integrity != ["ok"]
    assert check_backup(info.path).ok  # the original is untouched


def test_the_quick_check_of_a_pre_import_backup_still_finds_a_damaged_page(
        live: Path, backups: Path, tmp_path: Path) -> None:
    info = create_backup(live, backups, "pre-import", quick_check=True)
    assert check_backup(info.path, quick=True).ok and check_backup(info.path).ok
    header_flip = damaged_copy(info.path, tmp_path / "page-type.sqlite")
    result = check_backup(header_flip, quick=True)
    assert not result.ok and result.integrity != ["ok"]


def test_copy_of_a_damaged_backup_fails_and_leaves_nothing(live: Path, backups: Path,
                                                           tmp_path: Path) -> None:
    info = create_backup(live, backups, "manual")
    bad = damaged_copy(info.path, backups / info.path.name.replace("manual", "auto"))
    stick = tmp_path / "stick"
    with pytest.raises(BackupFailedError, match="check") as caught:
        copy_backup(bad, stick)
    assert str(bad) in str(caught.value)
    assert listing(stick) == []


def test_copy_that_reads_back_different_bytes_fails_and_leaves_nothing(
    live: Path, backups: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = create_backup(live, backups, "manual")
    real_copy = backup_module._copy_file

    def copy_then_rot(source: Path, target: Path) -> str:
        digest = real_copy(source, target)
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0x01  # the stick flipped one bit
        target.write_bytes(bytes(data))
        return digest

    monkeypatch.setattr(backup_module, "_copy_file", copy_then_rot)
    stick = tmp_path / "stick"
    with pytest.raises(BackupFailedError, match="SHA-256"):
        copy_backup(info.path, stick)
    assert listing(stick) == []


def test_copy_into_a_file_instead_of_a_folder_fails(live: Path, backups: Path,
                                                    tmp_path: Path) -> None:
    info = create_backup(live, backups, "manual")
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_bytes(b"a file")
    with pytest.raises(BackupFailedError, match="stick"):
        copy_backup(info.path, not_a_folder)
    assert not_a_folder.read_bytes() == b"a file"
    assert temp_files(tmp_path) == []


# --- restoring ---------------------------------------------------------------------------------

def test_restore_round_trip(live: Path, backups: Path) -> None:
    original = centre_name(live)
    changes = count(live, "stage_change")
    info = create_backup(live, backups, "manual")
    write(live, "UPDATE centre SET name = 'Changed after the backup'",
          "DELETE FROM stage_change WHERE person_id = 1")
    assert count(live, "stage_change") < changes

    kept = restore_backup(info.path, live, backups)

    assert sha(live) == sha(info.path)
    assert centre_name(live) == original
    assert count(live, "stage_change") == changes
    assert kept is not None
    assert kept.parent == backups
    assert kept.name.startswith("centre-") and kept.name.endswith("-pre-restore.sqlite")
    assert centre_name(kept) == "Changed after the backup"
    assert count(kept, "stage_change") < changes
    assert [i.reason for i in list_backups(backups, "centre")] == ["pre-restore", "manual"]
    assert not Path(str(live) + "-wal").exists()
    assert temp_files(live.parent) == []
    # the app opens the restored file as usual
    svc = open_services(resolve_paths(live.parent, environ={}))
    try:
        centre = svc.centre.get()
        assert centre is not None
        assert centre.name == original
    finally:
        svc.db.dispose()


def test_restore_over_a_crashed_database_keeps_its_wal_data_and_drops_the_stale_wal(
    live: Path, backups: Path
) -> None:
    info = create_backup(live, backups, "manual")
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("UPDATE centre SET name = 'Only in the WAL'")
    main_bytes = live.read_bytes()
    wal_bytes = Path(str(live) + "-wal").read_bytes()
    conn.close()  # checkpoints; then put back the files as a power cut would have left them
    live.write_bytes(main_bytes)
    Path(str(live) + "-wal").write_bytes(wal_bytes)
    assert centre_name(live) == "Only in the WAL"

    kept = restore_backup(info.path, live, backups)

    assert kept is not None
    assert centre_name(kept) == "Only in the WAL"
    # had the stale WAL stayed, SQLite would replay it into the restored file
    assert not Path(str(live) + "-wal").exists()
    assert centre_name(live) == centre_name(info.path)
    assert check_backup(live).ok


def test_restoring_a_damaged_backup_changes_nothing(live: Path, backups: Path,
                                                    tmp_path: Path) -> None:
    info = create_backup(live, backups, "manual")
    bad = damaged_copy(info.path, tmp_path / "bad.sqlite")
    before = sha(live)
    files_before = listing(live.parent), listing(backups)

    with pytest.raises(BackupFailedError, match="damaged") as caught:
        restore_backup(bad, live, backups)

    assert caught.value.damaged
    assert str(bad) in str(caught.value)
    assert sha(live) == before
    assert (listing(live.parent), listing(backups)) == files_before


def test_restoring_a_backup_from_a_newer_version_changes_nothing(live: Path, backups: Path,
                                                                 tmp_path: Path) -> None:
    info = create_backup(live, backups, "manual")
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(info.path, newer)
    write(newer, "UPDATE alembic_version SET version_num = '9999'")
    before = sha(live), listing(live.parent), listing(backups)
    with pytest.raises(BackupFailedError, match="schema 9999"):
        restore_backup(newer, live, backups)
    assert (sha(live), listing(live.parent), listing(backups)) == before


def test_restore_over_a_garbage_file_keeps_it_aside_as_damaged(live: Path, backups: Path) -> None:
    info = create_backup(live, backups, "manual")
    garbage = b"\x00garbage, not SQLite\xff" * 500
    live.write_bytes(garbage)
    Path(str(live) + "-wal").write_bytes(b"stale wal")
    Path(str(live) + "-shm").write_bytes(b"stale shm")

    kept = restore_backup(info.path, live, backups)

    assert kept is not None
    assert kept.parent == backups
    assert kept.name.startswith("centre-") and kept.name.endswith("-damaged.sqlite")
    assert kept.read_bytes() == garbage
    assert Path(str(kept) + "-wal").read_bytes() == b"stale wal"
    assert sha(live) == sha(info.path)
    assert not Path(str(live) + "-wal").exists()
    assert not Path(str(live) + "-shm").exists()
    assert [i.reason for i in list_backups(backups, "centre")] == ["damaged", "manual"]
    assert temp_files(live.parent) == []


def test_restore_where_no_database_is_puts_it_in_place(live: Path, backups: Path) -> None:
    info = create_backup(live, backups, "manual")
    live.unlink()
    assert restore_backup(info.path, live, backups) is None
    assert sha(live) == sha(info.path)
    assert [i.reason for i in list_backups(backups)] == ["manual"]


def test_restore_refuses_the_database_itself(live: Path, backups: Path) -> None:
    before = sha(live)
    with pytest.raises(BackupFailedError, match="database itself"):
        restore_backup(live, live, backups)
    assert sha(live) == before


def test_restore_that_fails_at_the_last_step_leaves_the_live_file_as_it_was(
    live: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = create_backup(live, backups, "manual")
    write(live, "UPDATE centre SET name = 'Current'")
    before = sha(live)
    real_replace = os.replace

    def refuse_live(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == live:
            raise OSError(30, "Read-only file system", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_live)
    with pytest.raises(BackupFailedError, match="Read-only file system"):
        restore_backup(info.path, live, backups)
    assert sha(live) == before
    assert centre_name(live) == "Current"
    assert temp_files(live.parent) == []


# --- failure injection -------------------------------------------------------------------------

def test_backups_folder_that_is_a_file_fails_cleanly(live: Path, data_dir: Path) -> None:
    blocker = data_dir / "backups"
    blocker.write_bytes(b"I am a file")
    with pytest.raises(BackupFailedError, match="backups") as caught:
        create_backup(live, blocker, "auto")
    assert str(live) in str(caught.value)
    assert not caught.value.damaged
    assert blocker.read_bytes() == b"I am a file"
    assert temp_files(data_dir) == []
    with pytest.raises(BackupFailedError):
        create_backup(live, blocker / "inside", "auto")
    assert temp_files(data_dir) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="permissions do not bind root")
def test_read_only_backups_folder_fails_cleanly(live: Path, backups: Path) -> None:
    backups.mkdir()
    backups.chmod(0o500)
    try:
        with pytest.raises(BackupFailedError):
            create_backup(live, backups, "auto")
        assert listing(backups) == []
    finally:
        backups.chmod(0o700)


def test_a_failed_rename_leaves_no_temp_file(live: Path, backups: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rename(src: object, dst: object) -> None:
        raise OSError(30, "Read-only file system", str(dst))

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(BackupFailedError, match="Read-only file system"):
        create_backup(live, backups, "auto")
    assert listing(backups) == []


def test_a_copy_that_fails_its_check_is_never_named(live: Path, backups: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        backup_module, "check_backup",
        lambda path, *, opener, quick=False: BackupCheck(False, ["page 7 is wrong"]))
    with pytest.raises(BackupFailedError, match="page 7 is wrong") as caught:
        create_backup(live, backups, "auto")
    assert caught.value.damaged
    assert listing(backups) == []


def test_a_failing_opener_is_reported_and_leaves_nothing(live: Path, backups: Path) -> None:
    def locked(path: Path, read_only: bool) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(BackupFailedError, match="locked") as caught:
        create_backup(live, backups, "auto", opener=locked)
    assert not caught.value.damaged
    assert listing(backups) == []


def test_the_opener_is_used_for_every_connection(live: Path, backups: Path,
                                                 tmp_path: Path) -> None:
    seen: list[tuple[str, bool]] = []

    def spying(path: Path, read_only: bool) -> sqlite3.Connection:
        seen.append((Path(path).name, read_only))
        return backup_module.plain_opener(path, read_only)

    info = create_backup(live, backups, "auto", opener=spying)
    assert seen[0] == ("centre.sqlite", True)
    assert seen[1][0].startswith(".tmp-") and seen[1][1] is False
    assert seen[2] == (seen[1][0], True)  # the check re-opens the copy read-only
    seen.clear()
    copy_backup(info.path, tmp_path / "stick", opener=spying)
    assert all(read_only for _, read_only in seen) and seen
    seen.clear()
    restore_backup(info.path, live, backups, opener=spying)
    assert seen[0] == (info.path.name, True)
    assert ("centre.sqlite", True) in seen


def test_backup_info_is_a_frozen_value(live: Path, backups: Path) -> None:
    info = create_backup(live, backups, "auto", now=WHEN)
    assert info == BackupInfo(info.path, WHEN, "auto", info.size_bytes, "centre")
    with pytest.raises(AttributeError):
        info.reason = "manual"  # type: ignore[misc]


def test_thinning_sweeps_old_crash_leftovers_only(live: Path, backups: Path) -> None:
    import os
    import time

    create_backup(live, backups, "manual")
    old = backups / ".tmp-crashed.sqlite"
    fresh = backups / ".tmp-being-written.sqlite"
    old.write_bytes(b"x")
    fresh.write_bytes(b"y")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    thin_backups(backups, live.stem)
    assert not old.exists()
    assert fresh.exists()

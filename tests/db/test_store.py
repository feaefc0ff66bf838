"""Opening a store that is missing, damaged, foreign, locked, read-only or on a network share:
a typed error naming the file, and the file left as it was."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from pathlib import Path

import pytest

from issp_desktop.db import store
from issp_desktop.db.store import open_store
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseNotIsspError,
    DatabaseReadOnlyError,
    NetworkShareError,
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made(tmp_path: Path) -> Path:
    path = tmp_path / "c.sqlite"
    db = open_store(f"sqlite:///{path}", create=True)
    with db.write() as s:
        from issp_desktop.db.models import Centre

        s.add(Centre(name="Kept"))
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sqlite"
    with pytest.raises(DatabaseMissingError) as info:
        open_store(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert not path.exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    before = _sha(path)
    with pytest.raises(DatabaseNotIsspError) as info:
        open_store(f"sqlite:///{path}", create=True)
    assert str(path) in str(info.value)
    assert _sha(path) == before


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    before = _sha(path)
    with pytest.raises(DatabaseNotIsspError):
        open_store(f"sqlite:///{path}", create=True)
    assert _sha(path) == before


def test_damaged_pages_are_reported_and_the_file_untouched(tmp_path: Path) -> None:
    path = _made(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 3 * page
    # Scribble over the second page (a table's b-tree page), keep the header intact.
    data[page + 8: 2 * page - 8] = random.Random(7).randbytes(page - 16)
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises((DatabaseCorruptError, DatabaseNotIsspError)) as info:
        open_store(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert _sha(path) == before


def test_a_locked_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = _made(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE centre SET name = 'busy'")
        with pytest.raises(DatabaseLockedError) as info:
            open_store(f"sqlite:///{path}")
        assert "locked" in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root ignores file permissions")
def test_read_only_file_is_refused(tmp_path: Path) -> None:  # pragma: no cover - non-root
    path = _made(tmp_path)
    path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnlyError):
            open_store(f"sqlite:///{path}")
    finally:
        path.chmod(0o644)


def test_read_only_file_message_when_the_os_denies_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root ignores permission bits, so simulate what os.access says to an ordinary user."""
    path = _made(tmp_path)
    before = _sha(path)
    monkeypatch.setattr(store.os, "access", lambda p, mode: Path(p) != path)
    with pytest.raises(DatabaseReadOnlyError) as info:
        open_store(f"sqlite:///{path}")
    assert "cannot be written" in str(info.value)
    assert _sha(path) == before


def test_a_unc_path_is_refused_for_sqlite() -> None:
    with pytest.raises(NetworkShareError) as info:
        open_store("sqlite://///fileserver/centre/centre.sqlite", create=True)
    assert "PostgreSQL" in str(info.value)


def test_a_directory_in_place_of_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "c.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseNotIsspError):
        open_store(f"sqlite:///{folder}", create=True)


def test_a_garbled_revision_row_is_damage_not_a_newer_version(tmp_path: Path) -> None:
    path = _made(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (b"\x87\xf3\x0f\x8f",))
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorruptError):
        open_store(f"sqlite:///{path}")

"""Encryption at rest on real files: nothing readable on disk, the passphrase, the recovery key,
a wrong or missing key, changing the passphrase, re-keying (also interrupted), encrypting an
existing file, the safety pragmas, migrations, and encrypted backups through the opener."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip(
    "sqlcipher3",
    reason="sqlcipher3 (SQLCipher) has no wheel for this platform: encryption at rest is "
    "unavailable here; the app offers to run unencrypted only if the manager agrees",
)
pytest.importorskip("cryptography", reason="the 'cryptography' package wraps the data key")

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from issp_desktop.db import crypto, migrate
from issp_desktop.db.engine import Database
from issp_desktop.db.models import Centre, Person
from issp_desktop.db.peek import is_encrypted_file, peek_sqlite
from issp_desktop.db.store import open_store
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseNotEncryptedError,
    DatabaseTooNewError,
    EncryptionUnavailableError,
    KeyFileMissingError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

PASS = "pa'ss wörd \"x\""
NAME = ("Wanjirũ", "Kũria")


@pytest.fixture(autouse=True)
def _quick_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at the OWASP floor costs ~0.5 s a call; the suite wraps keys at n=2**14. One
    test below checks the real default."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**14)


def _url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_people(db: Database, n: int = 1) -> None:
    with db.write() as s:
        if s.exec(select(Centre)).first() is None:
            s.add(Centre(name="Kibera Centre"))
        for i in range(n):
            first, last = NAME if i == 0 else (f"Person{i}", f"Surname{i}")
            nid = os.urandom(6).hex().upper()
            s.add(Person(first_name=first, last_name=last, national_id=nid,
                         national_id_norm=nid, date_of_birth=date(2001, 2, 3)))


def _names(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [(p.first_name, p.last_name) for p in s.exec(select(Person).order_by(Person.id))]


def _checkpoint(path: Path, key: bytes | None) -> None:
    conn = (crypto.connect_encrypted(path, key) if key is not None else sqlite3.connect(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[tuple[Path, bytes, str]]:
    """An encrypted centre with Wanjirũ Kũria in it, closed: (path, data key, recovery key)."""
    path = tmp_path / "centre.sqlite"
    key, recovery = crypto.create_keyfile(path, PASS)
    db = open_store(_url(path), create=True, data_key=key, backups_dir=tmp_path / "backups")
    _add_people(db)
    db.dispose()
    yield path, key, recovery


# --- on disk -------------------------------------------------------------------------------------

def test_the_file_on_disk_holds_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite"
    key, _ = crypto.create_keyfile(path, PASS)
    db = open_store(_url(path), create=True, data_key=key)
    try:
        _add_people(db, 50)
        wal = Path(str(path) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the rows are in the WAL right now
        for f in (path, wal):
            data = f.read_bytes()
            assert b"Wanj" not in data
            assert "Wanjirũ".encode() not in data
            assert b"Kibera" not in data
            assert b"SQLite format 3" not in data
    finally:
        db.dispose()
    data = path.read_bytes()
    assert b"Wanj" not in data and b"SQLite format 3" not in data
    assert is_encrypted_file(path)
    keys = crypto.keyfile_path(path).read_bytes()
    assert key.hex().encode() not in keys and PASS.encode() not in keys


def test_reopening_with_the_passphrase(encrypted: tuple[Path, bytes, str]) -> None:
    path, key, _ = encrypted
    assert crypto.unlock(path, PASS) == key
    db = open_store(_url(path), data_key=crypto.unlock(path, PASS))
    try:
        assert _names(db) == [NAME]
        assert db.sqlite_path == path
        assert db.location == str(path)
        assert db.is_encrypted
        assert key.hex() not in repr(db)
    finally:
        db.dispose()
    assert peek_sqlite(path, data_key=key).centre_name == "Kibera Centre"


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
    encrypted: tuple[Path, bytes, str],
) -> None:
    path, _, _ = encrypted
    keys = crypto.keyfile_path(path)
    before, keys_before = _sha(path), _sha(keys)
    with pytest.raises(WrongPassphraseError) as info:
        crypto.unlock(path, "pa'ss wörd \"y\"")
    assert str(path) in str(info.value)
    assert "recovery key" in str(info.value)
    with pytest.raises(WrongPassphraseError):
        open_store(_url(path), data_key=os.urandom(32))
    with pytest.raises(WrongPassphraseError):
        peek_sqlite(path, data_key=os.urandom(32))
    assert _sha(path) == before
    assert _sha(keys) == keys_before
    assert not Path(str(path) + "-wal").exists()


def test_an_encrypted_file_without_a_key_asks_for_the_passphrase(
    encrypted: tuple[Path, bytes, str],
) -> None:
    path, _, _ = encrypted
    before = _sha(path)
    with pytest.raises(PassphraseRequiredError) as info:
        open_store(_url(path))
    assert str(info.value) == f"The database {path} is encrypted. Enter its passphrase."
    with pytest.raises(PassphraseRequiredError):
        peek_sqlite(path)
    assert _sha(path) == before


def test_a_plaintext_file_with_a_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    open_store(_url(path), create=True).dispose()
    before = _sha(path)
    assert not is_encrypted_file(path)
    with pytest.raises(DatabaseNotEncryptedError):
        open_store(_url(path), data_key=os.urandom(32))
    assert _sha(path) == before


# --- the recovery key ---------------------------------------------------------------------------

def test_recovery_keys_are_printable_and_forgiving() -> None:
    key = crypto.make_recovery_key()
    groups = key.split("-")
    assert len(groups) == 6 and all(len(g) == 5 for g in groups)
    assert all(ch in crypto.CROCKFORD for ch in key.replace("-", ""))
    assert crypto.make_recovery_key() != key
    typed = key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert crypto.normalise_recovery_key(typed) == key
    assert crypto.data_key_from_recovery_key(typed) == crypto.data_key_from_recovery_key(key)
    assert crypto.normalise_recovery_key(key[:-1]) is None
    assert crypto.normalise_recovery_key("correct horse battery staple!!") is None


def test_the_recovery_key_unlocks_even_without_the_key_file(
    encrypted: tuple[Path, bytes, str],
) -> None:
    path, key, recovery = encrypted
    assert crypto.unlock(path, recovery) == key
    assert crypto.unlock(path, recovery.lower().replace("-", "  ")) == key
    other = crypto.make_recovery_key()
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, other)
    crypto.keyfile_path(path).unlink()
    with pytest.raises(KeyFileMissingError) as info:
        crypto.unlock(path, PASS)
    assert "recovery key" in str(info.value)
    assert crypto.unlock(path, recovery) == key
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, other)
    # ... and it rebuilds the key file under a new passphrase
    crypto.change_passphrase(path, recovery, "new one")
    assert crypto.unlock(path, "new one") == key


# --- changing the passphrase and the key ---------------------------------------------------------

def test_changing_the_passphrase(encrypted: tuple[Path, bytes, str]) -> None:
    path, key, recovery = encrypted
    before = _sha(path)
    crypto.change_passphrase(path, PASS, "Ngũgĩ's new 'one'")
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, PASS)
    assert crypto.unlock(path, "Ngũgĩ's new 'one'") == key
    assert crypto.unlock(path, recovery) == key
    assert _sha(path) == before  # re-wrapping never touches the database
    # a forgotten passphrase: the recovery key sets a new one
    crypto.change_passphrase(path, recovery, "third")
    assert crypto.unlock(path, "third") == key
    with pytest.raises(WrongPassphraseError):
        crypto.change_passphrase(path, "not it", "fourth")
    assert crypto.unlock(path, "third") == key
    assert not list(path.parent.glob("*.tmp"))


def test_rekeying_changes_the_data_key_and_keeps_the_data(
    encrypted: tuple[Path, bytes, str],
) -> None:
    path, old_key, old_recovery = encrypted
    db = open_store(_url(path), data_key=old_key)
    _add_people(db, 30)
    expected = _names(db)
    db.dispose()
    new_recovery = crypto.rekey_database(path, PASS)
    assert new_recovery != old_recovery
    new_key = crypto.unlock(path, PASS)
    assert new_key != old_key
    assert crypto.unlock(path, new_recovery) == new_key
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, old_recovery)
    with pytest.raises(WrongPassphraseError):
        open_store(_url(path), data_key=old_key)
    db = open_store(_url(path), data_key=new_key)
    try:
        assert _names(db) == expected
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.dispose()
    assert b"Wanj" not in path.read_bytes()
    leftovers = [p.name for p in path.parent.iterdir()
                 if p.name not in (path.name, crypto.keyfile_path(path).name)]
    assert leftovers == [] or leftovers == ["backups"]


def test_rekeying_needs_the_passphrase_not_the_recovery_key(
    encrypted: tuple[Path, bytes, str],
) -> None:
    path, key, recovery = encrypted
    with pytest.raises(WrongPassphraseError):
        crypto.rekey_database(path, recovery)
    assert crypto.unlock(path, PASS) == key


@pytest.mark.parametrize("cut", ["before the database is replaced", "before the key file is done"])
def test_an_interrupted_rekey_still_unlocks(
    encrypted: tuple[Path, bytes, str], monkeypatch: pytest.MonkeyPatch, cut: str,
) -> None:
    """A power cut: after the key file got both keys, nothing more is written to it."""
    import json

    path, old_key, _ = encrypted
    real_write = crypto._write_keyfile
    writes: list[int] = []

    def write_then_power_cut(db_path: Path, keys: object) -> None:
        writes.append(1)
        if len(writes) > 1:
            raise RuntimeError("power cut")
        real_write(db_path, keys)  # type: ignore[arg-type]

    def rekey_then_power_cut(*_a: object, **_k: object) -> bytes:
        raise RuntimeError("power cut")

    monkeypatch.setattr(crypto, "_write_keyfile", write_then_power_cut)
    if cut == "before the database is replaced":
        monkeypatch.setattr(crypto, "rekey", rekey_then_power_cut)
    with pytest.raises(RuntimeError, match="power cut"):
        crypto.rekey_database(path, PASS)
    monkeypatch.undo()
    slots = json.loads(crypto.keyfile_path(path).read_text(encoding="utf-8"))["slots"]
    assert len(slots) == 2  # the in-between state: the old and the new key
    key = crypto.unlock(path, PASS)
    assert (key == old_key) is (cut == "before the database is replaced")
    db = open_store(_url(path), data_key=key)
    try:
        assert _names(db) == [NAME]
    finally:
        db.dispose()
    # setting the passphrase again tidies the key file from either state
    crypto.change_passphrase(path, PASS, PASS)
    assert crypto.unlock(path, PASS) == key
    assert len(json.loads(crypto.keyfile_path(path).read_text(encoding="utf-8"))["slots"]) == 1


def test_a_failed_rekey_puts_the_key_file_back(
    encrypted: tuple[Path, bytes, str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, key, recovery = encrypted
    before = _sha(path)

    def broken(*_a: object, **_k: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(crypto, "rekey", broken)
    with pytest.raises(OSError, match="disk full"):
        crypto.rekey_database(path, PASS)
    assert _sha(path) == before
    assert crypto.unlock(path, PASS) == key
    assert crypto.unlock(path, recovery) == key


def test_low_level_rekey_refuses_a_wrong_old_key(encrypted: tuple[Path, bytes, str]) -> None:
    path, key, _ = encrypted
    before = _sha(path)
    with pytest.raises(WrongPassphraseError):
        crypto.rekey(path, os.urandom(32))
    assert _sha(path) == before
    new = crypto.rekey(path, key)
    assert peek_sqlite(path, data_key=new).centre_name == "Kibera Centre"


def test_rekey_stops_while_the_database_is_open(encrypted: tuple[Path, bytes, str]) -> None:
    from issp_desktop.errors import DatabaseLockedError

    path, key, _ = encrypted
    db = open_store(_url(path), data_key=key)
    try:
        with db.read() as s:
            s.exec(select(Person)).all()
            before = _sha(path)
            with pytest.raises(DatabaseLockedError):
                crypto.rekey_database(path, PASS)
            assert _sha(path) == before
    finally:
        db.dispose()
    assert crypto.unlock(path, PASS) == key
    db = open_store(_url(path), data_key=key)
    try:
        assert _names(db) == [NAME]
    finally:
        db.dispose()


# --- encrypting an existing database ------------------------------------------------------------

def test_encrypting_an_existing_database_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite"
    db = open_store(_url(path), create=True)
    _add_people(db, 120)
    expected = _names(db)
    db.dispose()
    with sqlite3.connect(path) as conn:
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for (t,) in
                  conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "Wanjirũ".encode() in path.read_bytes()  # readable before
    recovery = crypto.encrypt_existing(path, PASS)
    data = path.read_bytes()
    assert b"Wanj" not in data and b"SQLite format 3" not in data
    assert is_encrypted_file(path)
    key = crypto.unlock(path, PASS)
    assert crypto.unlock(path, recovery) == key
    conn = crypto.connect_encrypted(path, key)
    try:
        for table, n in counts.items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n
    finally:
        conn.close()
    db = open_store(_url(path), data_key=key)
    try:
        assert _names(db) == expected
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.dispose()
    with pytest.raises(ValueError, match="already encrypted"):
        crypto.encrypt_existing(path, PASS)


def test_decrypting_to_a_plain_copy(encrypted: tuple[Path, bytes, str], tmp_path: Path) -> None:
    path, key, _ = encrypted
    target = crypto.decrypt_to(path, key, tmp_path / "plain.sqlite")
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT first_name, last_name FROM person").fetchall() == [NAME]


# --- the engine ----------------------------------------------------------------------------------

def test_encrypted_connections_get_the_safety_pragmas(encrypted: tuple[Path, bytes, str]) -> None:
    path, key, _ = encrypted
    db = open_store(_url(path), data_key=key)
    try:
        assert db.url == _url(path)
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
            assert conn.execute(text("PRAGMA cipher_version")).scalar()
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.write() as s:
            s.execute(text(
                "INSERT INTO stage_change (person_id, to_stage, changed_on, reason, "
                "recorded_at) VALUES (999, 'trainee', '2026-01-01', '', "
                "'2026-01-01T00:00:00+00:00')"
            ))
        other = crypto.connect_encrypted(path, key, timeout=0)
        other.isolation_level = None
        try:
            with db.write() as s:
                s.execute(text("SELECT 1"))  # BEGIN IMMEDIATE ran: the write lock is taken
                with pytest.raises(Exception, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()
    finally:
        db.dispose()


def test_migrations_run_to_head_on_an_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite"
    key, _ = crypto.create_keyfile(path, PASS)
    first = migrate.known_revisions()[0]
    db = Database(_url(path), data_key=key)
    migrate.upgrade(db, target=first)
    db.dispose()
    assert is_encrypted_file(path)
    conn = crypto.connect_encrypted(path, key)
    try:
        now = "2026-01-05T08:00:00.000000+00:00"
        conn.execute(
            "INSERT INTO centre (id, name, country, time_zone, currency, is_demo, created_at, "
            "updated_at, version) VALUES (1, 'Kibera Centre', 'KE', 'Africa/Nairobi', 'KES', 0, "
            "?, ?, 1)", (now, now))
        conn.commit()
    finally:
        conn.close()
    db = open_store(_url(path), data_key=key)  # no backups_dir: see the next test
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        with db.read() as s:
            assert s.exec(select(Centre)).one().name == "Kibera Centre"
    finally:
        db.dispose()
    assert b"Kibera" not in path.read_bytes()


def test_the_copy_before_a_migration_stays_encrypted(tmp_path: Path) -> None:
    from issp_desktop.db.backup import check_backup

    revisions = migrate.known_revisions()
    if len(revisions) < 2:
        pytest.skip("only one schema revision: nothing to upgrade from")
    path = tmp_path / "centre.sqlite"
    key, _ = crypto.create_keyfile(path, PASS)
    db = Database(_url(path), data_key=key)
    migrate.upgrade(db, target=revisions[-2])
    db.dispose()
    backups = tmp_path / "backups"
    db = open_store(_url(path), data_key=key, backups_dir=backups)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        opener = db.opener
    finally:
        db.dispose()
    (copy,) = backups.glob("*pre-migration*.sqlite")
    assert is_encrypted_file(copy)
    assert check_backup(copy, opener=opener).ok
    assert crypto.unlock(copy, PASS) == key  # its key file was copied beside it
    with pytest.raises(PassphraseRequiredError):
        peek_sqlite(copy)


def test_a_newer_encrypted_database_is_refused_untouched(
    encrypted: tuple[Path, bytes, str],
) -> None:
    path, key, _ = encrypted
    conn = crypto.connect_encrypted(path, key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    _checkpoint(path, key)
    before = _sha(path)
    with pytest.raises(DatabaseTooNewError):
        open_store(_url(path), data_key=key)
    assert _sha(path) == before


def test_damaged_pages_of_an_encrypted_file_are_reported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "centre.sqlite"
    key, _ = crypto.create_keyfile(path, PASS)
    db = open_store(_url(path), create=True, data_key=key)
    _add_people(db, 400)
    db.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[6 * page + 100: 6 * page + 300] = os.urandom(200)
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(DatabaseCorruptError):
        open_store(_url(path), data_key=key)
    assert _sha(path) == before


# --- backups through the opener ------------------------------------------------------------------

def test_the_opener_makes_encrypted_backups_readable_with_the_key(
    encrypted: tuple[Path, bytes, str], tmp_path: Path,
) -> None:
    path, key, _ = encrypted
    db = open_store(_url(path), data_key=key)
    try:
        _add_people(db, 20)  # some of it still in the WAL: the backup must include it
        opener = db.opener
        target = tmp_path / "backups" / "centre-backup.sqlite"
        target.parent.mkdir(exist_ok=True)
        src = opener(path, True)
        dst = opener(target, False)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    finally:
        db.dispose()
    crypto.copy_keyfile(path, target)
    data = target.read_bytes()
    assert b"Wanj" not in data and b"SQLite format 3" not in data
    assert is_encrypted_file(target)
    with pytest.raises(PassphraseRequiredError):
        peek_sqlite(target)
    assert crypto.unlock(target, PASS) == key  # the key file beside it works
    copy = open_store(_url(target), data_key=key, migrate=False)
    try:
        assert len(_names(copy)) == 21
    finally:
        copy.dispose()


def test_the_backup_module_makes_encrypted_backups_with_the_stores_opener(
    encrypted: tuple[Path, bytes, str], tmp_path: Path,
) -> None:
    from issp_desktop.db import backup

    path, key, _ = encrypted
    db = open_store(_url(path), data_key=key)
    try:
        _add_people(db, 5)
        info = backup.create_backup(path, tmp_path / "backups", "manual", opener=db.opener)
    finally:
        db.dispose()
    assert is_encrypted_file(info.path)
    assert b"Wanj" not in info.path.read_bytes()
    check = backup.check_backup(info.path, opener=crypto.encrypted_opener(key))
    assert check.ok and check.row_counts["person"] == 6
    assert not backup.check_backup(info.path).ok  # plain sqlite3 cannot read it
    assert Database(_url(tmp_path / "p.sqlite")).opener is backup.plain_opener


# --- passphrases ---------------------------------------------------------------------------------

@pytest.mark.parametrize("passphrase", [
    PASS,
    "'; DROP TABLE person; --",
    "  spaces  at both ends  ",
    "日本語のパスフレーズ 🔑",
    "x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'",
])
def test_any_passphrase_text_works(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "c.sqlite"
    key, _ = crypto.create_keyfile(path, passphrase)
    assert crypto.unlock(path, passphrase) == key
    with pytest.raises(WrongPassphraseError):
        crypto.unlock(path, passphrase + " ")
    # SQLCipher keyed with the passphrase itself: the quoting in PRAGMA key holds
    direct = tmp_path / "direct.sqlite"
    conn = crypto.connect_encrypted(direct, passphrase)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('Wanjirũ')")
    conn.commit()
    conn.close()
    conn = crypto.connect_encrypted(direct, passphrase, read_only=True)
    assert conn.execute("SELECT x FROM t").fetchall() == [("Wanjirũ",)]
    conn.close()
    with pytest.raises(WrongPassphraseError):
        crypto.connect_encrypted(direct, passphrase + "!")
    assert b"Wanj" not in direct.read_bytes()


def test_composed_and_decomposed_accents_are_the_same_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    key, _ = crypto.create_keyfile(path, unicodedata.normalize("NFD", "wörd"))
    assert crypto.unlock(path, unicodedata.normalize("NFC", "wörd")) == key


def test_the_key_file_uses_strong_scrypt_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.undo()  # the real parameters
    import json

    path = tmp_path / "c.sqlite"
    key, _ = crypto.create_keyfile(path, PASS)
    slot = json.loads(crypto.keyfile_path(path).read_text(encoding="utf-8"))["slots"][0]
    assert slot["kdf"]["name"] == "scrypt" and slot["kdf"]["n"] >= 2**17
    assert slot["aead"] == "AES-256-GCM"
    assert crypto.unlock(path, PASS) == key
    with pytest.raises(FileExistsError):
        crypto.create_keyfile(path, "again")
    if os.name == "posix":
        assert crypto.keyfile_path(path).stat().st_mode & 0o077 == 0


# --- no SQLCipher on this platform ---------------------------------------------------------------

def test_without_sqlcipher_encryption_is_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encrypted: tuple[Path, bytes, str],
) -> None:
    path, key, _ = encrypted
    monkeypatch.setattr(crypto, "_load_sqlcipher", lambda: None)
    assert not crypto.sqlcipher_available()
    with pytest.raises(EncryptionUnavailableError) as info:
        open_store(_url(path), data_key=key)
    assert "unencrypted" in str(info.value) and "manager agrees" in str(info.value)
    with pytest.raises(EncryptionUnavailableError):
        crypto.create_keyfile(tmp_path / "new.sqlite", PASS)
    with pytest.raises(EncryptionUnavailableError):
        crypto.unlock(path, PASS)
    with pytest.raises(PassphraseRequiredError):  # still recognised as encrypted
        peek_sqlite(path)
    plain = open_store(_url(tmp_path / "plain.sqlite"), create=True)  # unencrypted still works
    plain.dispose()

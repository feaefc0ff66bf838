"""Encryption at rest: SQLCipher through ``sqlcipher3``, a key file, and a printable recovery key.

The design
==========

**The database key.** An encrypted database is an SQLCipher 4 file opened with a *raw* 256-bit
key (``PRAGMA key = "x'<64 hex>'"``), never with the passphrase itself. A raw key skips
SQLCipher's own PBKDF2 (so opening a connection costs nothing extra — the engine opens several)
and keeps the user's passphrase out of SQL text altogether. Every connection pins
``cipher_compatibility = 4`` so that a later SQLCipher with other defaults still opens the file.

**The recovery key.** ``make_recovery_key()`` draws 150 random bits and writes them as six groups
of five Crockford base32 characters (``7K3QD-M1X8Z-...``: no I, L, O or U; typing is forgiving
about case, spaces, hyphens and the look-alikes O→0, I/L→1). The data key is *derived* from it:
``data_key = HKDF-SHA256(recovery key, salt="issp-desktop/recovery/v1")``. So the printed sheet
alone (with the database file) always recovers the data, even if the key file below is lost.
150 random bits need no stretching: guessing them is out of reach, so HKDF is enough.

**The key file** ``<database>.keys`` (JSON, beside the database) holds the data key wrapped
under the user's passphrase: scrypt (n=2**17, r=8, p=1 — the OWASP minimum; the parameters are
stored per slot so they can be raised later) turns the NFC-normalised passphrase and a random
salt into a key-encryption key, and AES-256-GCM (``cryptography``) wraps the data key with a
random nonce and the slot's kind and key ID as associated data. A wrong passphrase fails the GCM
tag: ``WrongPassphraseError``, and nothing is touched. The file also records the key ID (a short
fingerprint of the data key, also printable on the recovery sheet to tell sheets apart), never
the key itself.

**Changing the passphrase** re-wraps the same data key (fast; the database is not touched).
**Re-keying** (``rekey_database``; e.g. a recovery sheet was stolen) makes a new recovery key and
data key and re-encrypts every page with ``PRAGMA rekey``. It does that on a *copy* made with the
backup API, verifies the copy (quick_check and row counts), fsyncs it and only then moves it over
the original with ``os.replace``: an in-place rekey of a WAL database is not documented as
crash-safe, a copy is. The key file goes through three atomic states: (1) slots for the old
*and* the new key, (2) the database replaced, (3) only the new key. ``unlock`` copes with every
state a power cut can leave: when more than one key fits, it keeps the one that opens the file.

**Crash safety.** Every file this module writes goes to a temporary file in the same folder,
is fsynced, then ``os.replace``-d into place, and the folder is fsynced (POSIX). The database
must be closed (``Database.dispose()``) while it is re-keyed, encrypted or decrypted; a
``-wal`` file still there after our own connections close means another connection has it
open, and the operation stops with ``DatabaseLockedError`` before replacing anything.

**Backups** of an encrypted database are made with ``encrypted_opener(data_key)``: both ends of
``src.backup(dst)`` are sqlcipher3 connections keyed with the same data key, so the copy is
encrypted with it. Copy the key file beside each backup with ``copy_keyfile`` so the backup
opens with the passphrase of the day it was made (and always with the recovery key of that day).

**Limits.** Python cannot wipe key bytes from memory. Encrypting an existing plaintext file does
not scrub the old plaintext from the disk or from older backups. A damaged first page of an
encrypted file reads exactly like a wrong key (SQLCipher checks page 1's HMAC first).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import os
import secrets
import sqlite3
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from issp_desktop.db.peek import (
    classify_error,
    has_sqlite_header,
    is_encrypted_file,
)
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseNotEncryptedError,
    EncryptionUnavailableError,
    KeyFileDamagedError,
    KeyFileMissingError,
    ValidationError,
    WrongPassphraseError,
)

__all__ = [
    "KEYFILE_SUFFIX",
    "Opener",
    "change_passphrase",
    "connect_encrypted",
    "copy_keyfile",
    "create_keyfile",
    "data_key_from_recovery_key",
    "decrypt_to",
    "driver_errors",
    "encrypt_existing",
    "encrypted_opener",
    "has_sqlite_header",
    "is_encrypted_file",
    "key_id",
    "key_pragma",
    "keyfile_path",
    "make_recovery_key",
    "normalise_recovery_key",
    "rekey",
    "rekey_database",
    "sqlcipher_available",
    "sqlcipher_dbapi",
    "unlock",
]

KEYFILE_SUFFIX = ".keys"
KEYFILE_FORMAT = "issp-desktop-keys"
KEYFILE_VERSION = 1
DATA_KEY_BYTES = 32
CIPHER_COMPATIBILITY = 4

SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MAX_N = 2**22  # refuse absurd parameters from a tampered key file

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5
_RECOVERY_LEN = RECOVERY_GROUPS * RECOVERY_GROUP_LEN  # 30 symbols x 5 bits = 150 bits
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_SALT = b"issp-desktop/recovery/v1"

Opener = Callable[[Path, bool], Any]
"""``opener(path, read_only)`` -> a DB-API connection with ``execute`` and ``backup``."""


# --- is SQLCipher here? -------------------------------------------------------------------------

@functools.cache
def _load_sqlcipher() -> ModuleType | None:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    # SQLCipher logs every failed page HMAC (i.e. every wrong key) to stderr; the app reports
    # a wrong key as a typed error instead. The setting is process-wide.
    conn = dbapi2.connect(":memory:")
    try:
        with contextlib.suppress(dbapi2.Error):
            conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    return dbapi2


def sqlcipher_available() -> bool:
    """Whether ``sqlcipher3`` (with its bundled SQLCipher) can be imported on this computer."""
    return _load_sqlcipher() is not None


def sqlcipher_dbapi(location: str = "") -> ModuleType:
    """The ``sqlcipher3.dbapi2`` module, or ``EncryptionUnavailableError``."""
    module = _load_sqlcipher()
    if module is None:
        raise EncryptionUnavailableError(location)
    return module


# --- connections --------------------------------------------------------------------------------

def _check_data_key(key: bytes) -> None:
    if not isinstance(key, bytes | bytearray) or len(key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 raw bytes")


def key_pragma(key: bytes | str) -> str:
    """``PRAGMA key`` for a raw 32-byte key, or for a passphrase (quotes doubled)."""
    if isinstance(key, bytes | bytearray):
        _check_data_key(bytes(key))
        return f"PRAGMA key = \"x'{bytes(key).hex()}'\""
    if not key or "\x00" in key:
        raise ValueError("a passphrase must be non-empty text without NUL characters")
    return "PRAGMA key = '" + key.replace("'", "''") + "'"


def _uri(path: Path, read_only: bool) -> str:
    uri = path.absolute().as_uri()
    return uri + "?mode=ro" if read_only else uri


def connect_encrypted(
    path: Path,
    key: bytes | str,
    *,
    read_only: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> Any:
    """A sqlcipher3 connection to ``path`` keyed with ``key`` and checked.

    ``key`` is the raw 32-byte data key (how the app opens its databases) or, for a file keyed
    directly with a passphrase, that passphrase. The key is checked at once by reading
    ``sqlite_master``: a wrong key raises ``WrongPassphraseError``; any other driver error is
    raised as the driver's own exception (so SQLAlchemy wraps it as usual). A new or empty
    file becomes an encrypted database on its first write.
    """
    dbapi = sqlcipher_dbapi(str(path))
    pragma = key_pragma(key)
    conn = dbapi.connect(
        _uri(path, read_only), uri=True, timeout=timeout, check_same_thread=check_same_thread
    )
    try:
        conn.execute(pragma)
        conn.execute(f"PRAGMA cipher_compatibility = {CIPHER_COMPATIBILITY}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongPassphraseError(str(path)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def encrypted_opener(data_key: bytes, *, timeout: float = 10.0) -> Opener:
    """``opener(path, read_only)`` for ``db.backup``: sqlcipher3 connections keyed with
    ``data_key`` in autocommit mode (like ``backup.plain_opener``). ``src.backup(dst)`` between
    two of them makes a copy encrypted with the same key; copy the key file beside it with
    ``copy_keyfile``. A wrong key raises ``WrongPassphraseError``; other failures raise
    sqlcipher3's own errors (see ``driver_errors``)."""
    _check_data_key(data_key)
    key = bytes(data_key)

    def opener(path: Path, read_only: bool) -> Any:
        conn = connect_encrypted(Path(path), key, read_only=read_only, timeout=timeout)
        conn.isolation_level = None
        return conn

    return opener


def driver_errors() -> tuple[type[Exception], ...]:
    """The DB-API error bases of both drivers: sqlcipher3's errors do not derive from
    ``sqlite3.Error``, so code catching driver errors from an opener should catch these."""
    module = _load_sqlcipher()
    return (sqlite3.Error,) if module is None else (sqlite3.Error, module.Error)


# --- recovery keys and key IDs ------------------------------------------------------------------

def make_recovery_key() -> str:
    """A new random recovery key: six hyphenated groups of five Crockford base32 characters."""
    symbols = "".join(secrets.choice(CROCKFORD) for _ in range(_RECOVERY_LEN))
    return _format_recovery(symbols)


def _format_recovery(symbols: str) -> str:
    n = RECOVERY_GROUP_LEN
    return "-".join(symbols[i:i + n] for i in range(0, len(symbols), n))


def normalise_recovery_key(text: str) -> str | None:
    """The canonical form (``XXXXX-...``) of a typed recovery key, or ``None`` if ``text``
    is not shaped like one. Case, spaces, hyphens and O/I/L look-alikes are forgiven."""
    cleaned = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(ch for ch in cleaned if not ch.isspace() and ch not in "-_.")
    cleaned = cleaned.translate(_LOOKALIKES)
    if len(cleaned) != _RECOVERY_LEN or any(ch not in CROCKFORD for ch in cleaned):
        return None
    return _format_recovery(cleaned)


def data_key_from_recovery_key(recovery_key: str) -> bytes:
    """The data key a recovery key stands for (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    canonical = normalise_recovery_key(recovery_key)
    if canonical is None:
        raise ValueError("not a recovery key")
    return HKDF(
        algorithm=hashes.SHA256(), length=DATA_KEY_BYTES, salt=_RECOVERY_SALT,
        info=b"sqlcipher data key",
    ).derive(canonical.replace("-", "").encode("ascii"))


def key_id(data_key: bytes) -> str:
    """A short printable fingerprint of a data key (reveals nothing usable about it)."""
    _check_data_key(data_key)
    digest = hashlib.sha256(b"issp-desktop/key-id/v1\x00" + bytes(data_key)).digest()
    number = int.from_bytes(digest[:8], "big") >> 4  # 60 bits -> 12 Crockford symbols
    text = "".join(CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(12)))
    return f"{text[:4]}-{text[4:8]}-{text[8:]}"


def _new_recovery() -> tuple[str, bytes]:
    recovery = make_recovery_key()
    return recovery, data_key_from_recovery_key(recovery)


# --- the key file -------------------------------------------------------------------------------

def keyfile_path(db_path: Path) -> Path:
    """``<database>.keys`` beside the database."""
    return Path(str(db_path) + KEYFILE_SUFFIX)


def _normalise_passphrase(passphrase: str) -> bytes:
    if not passphrase:
        raise ValidationError("passphrase", "must not be empty")
    # NFC: "ö" typed as one code point or as o + combining diaeresis is the same passphrase.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        _normalise_passphrase(passphrase), salt=salt, n=n, r=r, p=p,
        maxmem=128 * r * n + 16 * 1024 * 1024, dklen=32,
    )


def _aad(kind: str, kid: str) -> bytes:
    return f"{KEYFILE_FORMAT}/v{KEYFILE_VERSION}/{kind}/{kid}".encode("ascii")


def _wrap(data_key: bytes, passphrase: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    kid = key_id(data_key)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad("passphrase", kid))
    return {
        "kind": "passphrase",
        "key_id": kid,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": _b64(salt)},
        "aead": "AES-256-GCM",
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def _unwrap(slot: dict[str, Any], passphrase: str) -> bytes | None:
    """The data key in ``slot`` if ``passphrase`` opens it, else ``None``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = slot["kdf"]
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if kdf["name"] != "scrypt" or not (2 <= n <= _SCRYPT_MAX_N) or not (1 <= r * p <= 64):
        raise ValueError("unsupported key derivation")
    kek = _kek(passphrase, _unb64(kdf["salt"]), n, r, p)
    try:
        key = AESGCM(kek).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(slot["kind"], slot["key_id"])
        )
    except InvalidTag:
        return None
    if len(key) != DATA_KEY_BYTES or key_id(key) != slot["key_id"]:
        return None
    return key


@dataclass(frozen=True)
class _KeyFile:
    key_id: str
    slots: tuple[dict[str, Any], ...]

    @property
    def key_ids(self) -> set[str]:
        return {slot["key_id"] for slot in self.slots}

    @property
    def pending(self) -> bool:
        """A re-key was interrupted: slots for more than one key."""
        return len(self.key_ids) > 1

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "cipher": f"sqlcipher{CIPHER_COMPATIBILITY}-raw-key",
            "key_id": self.key_id,
            "slots": list(self.slots),
            "note": "The database key, wrapped under the passphrase. Keep this file beside the "
                    "database and each backup; without it only the recovery key opens them.",
        }


def _read_keyfile(db_path: Path) -> _KeyFile | None:
    path = keyfile_path(db_path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyFileDamagedError(str(db_path), str(path)) from exc
    try:
        data = json.loads(raw)
        if data.get("format") != KEYFILE_FORMAT or int(data["version"]) != KEYFILE_VERSION:
            raise ValueError("not an ISSP Desktop key file of a known version")
        slots = tuple(data["slots"])
        for slot in slots:
            if slot["kind"] != "passphrase" or not isinstance(slot["key_id"], str):
                raise ValueError("unknown slot")
        return _KeyFile(str(data["key_id"]), slots)
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyFileDamagedError(str(db_path), str(path)) from exc


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _write_keyfile(db_path: Path, keys: _KeyFile) -> None:
    _write_atomic(keyfile_path(db_path), json.dumps(keys.to_json(), indent=2).encode("utf-8"))


def _write_atomic(target: Path, content: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:  # mkstemp: mode 0600 on POSIX
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def copy_keyfile(db_path: Path, target_db_path: Path) -> Path | None:
    """Copy ``<db>.keys`` to ``<target>.keys`` (atomically); ``None`` if there is none."""
    source = keyfile_path(db_path)
    try:
        content = source.read_bytes()
    except FileNotFoundError:
        return None
    target = keyfile_path(target_db_path)
    _write_atomic(target, content)
    return target


def create_keyfile(db_path: Path, passphrase: str) -> tuple[bytes, str]:
    """Start encryption for a new database: a new recovery key, its data key, and the key file
    holding the data key wrapped under ``passphrase``. Open the (new) database with the returned
    key — ``open_store(url, create=True, data_key=key)`` — and print the recovery key.
    Refuses to overwrite an existing key file (that would lock its database for good)."""
    sqlcipher_dbapi(str(db_path))
    _normalise_passphrase(passphrase)
    target = keyfile_path(db_path)
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    recovery, data_key = _new_recovery()
    _write_keyfile(db_path, _KeyFile(key_id(data_key), (_wrap(data_key, passphrase),)))
    return data_key, recovery


# --- unlocking ----------------------------------------------------------------------------------

def _opens(db_path: Path, data_key: bytes) -> bool:
    """Does ``data_key`` open the database file? Other problems raise a ``StoreError``."""
    dbapi = sqlcipher_dbapi(str(db_path))
    try:
        conn = connect_encrypted(db_path, data_key, read_only=True, timeout=2)
    except WrongPassphraseError:
        return False
    except dbapi.Error as exc:
        raise classify_error(str(db_path), exc) from exc
    conn.close()
    return True


def _has_content(db_path: Path) -> bool:
    try:
        return db_path.stat().st_size > 0
    except OSError:
        return False


def _choose(db_path: Path, candidates: list[bytes], keys: _KeyFile | None) -> bytes:
    unique = list(dict.fromkeys(candidates))
    if (len(unique) == 1 and keys is not None and not keys.pending
            and key_id(unique[0]) == keys.key_id):
        return unique[0]
    if _has_content(db_path):
        for key in unique:
            if _opens(db_path, key):
                return key
        raise WrongPassphraseError(str(db_path))
    # No database yet (created key file, crash before the first write): trust the key file.
    for key in unique:
        if keys is None or key_id(key) in keys.key_ids:
            return key
    raise WrongPassphraseError(str(db_path))


def _passphrase_candidates(keys: _KeyFile, passphrase: str) -> list[bytes]:
    found = []
    for slot in keys.slots:
        key = _unwrap(slot, passphrase)
        if key is not None:
            found.append(key)
    return found


def unlock(db_path: Path, passphrase_or_recovery_key: str) -> bytes:
    """The data key of the encrypted database at ``db_path``.

    Takes the passphrase or the recovery key. The recovery key works without the key file.
    Raises ``WrongPassphraseError`` (nothing is changed), ``KeyFileMissingError`` (a passphrase
    but no key file), ``KeyFileDamagedError`` or ``EncryptionUnavailableError``.
    """
    location = str(db_path)
    sqlcipher_dbapi(location)
    secret = passphrase_or_recovery_key
    if not secret:
        raise WrongPassphraseError(location)
    keys = _read_keyfile(db_path)
    candidates: list[bytes] = []
    if keys is not None:
        try:
            candidates += _passphrase_candidates(keys, secret)
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileDamagedError(location, str(keyfile_path(db_path))) from exc
    if normalise_recovery_key(secret) is not None:
        candidates.append(data_key_from_recovery_key(secret))
    if not candidates:
        if keys is None:
            raise KeyFileMissingError(location, str(keyfile_path(db_path)))
        raise WrongPassphraseError(location)
    return _choose(db_path, candidates, keys)


def change_passphrase(db_path: Path, current: str, new: str) -> None:
    """Re-wrap the data key under ``new``. ``current`` is the passphrase or the recovery key
    (the way back in after a forgotten passphrase, and the way to rebuild a lost key file).
    The database itself is not touched; old backups keep their own key files."""
    data_key = unlock(db_path, current)
    _normalise_passphrase(new)
    _write_keyfile(db_path, _KeyFile(key_id(data_key), (_wrap(data_key, new),)))


# --- whole-file operations (the database must be closed) ----------------------------------------

def _sibling_temp(db_path: Path, tag: str) -> Path:
    for stale in db_path.parent.glob(f"{db_path.name}.{tag}-*"):
        with contextlib.suppress(OSError):
            stale.unlink()  # left by an earlier interrupted run
    fd, name = tempfile.mkstemp(dir=db_path.parent, prefix=f"{db_path.name}.{tag}-")
    os.close(fd)
    return Path(name)


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )]
    return {
        n: conn.execute(f"SELECT count(*) FROM {schema}.{_quote_ident(n)}").fetchone()[0]
        for n in names
    }


def _verify_copy(source: Path, copy: Path, key: bytes | None, expected: dict[str, int]) -> None:
    conn = (connect_encrypted(copy, key, read_only=True) if key is not None
            else sqlite3.connect(_uri(copy, True), uri=True))
    try:
        check = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        counts = _row_counts(conn)
    finally:
        conn.close()
    if check != ["ok"] or counts != expected:
        detail = "; ".join(check[:3]) if check != ["ok"] else "rows went missing in the copy"
        raise DatabaseCorruptError(str(source), detail)


@contextlib.contextmanager
def _exclusive(db_path: Path, connect: Callable[[], Any]) -> Iterator[Any]:
    """A connection to ``db_path`` while a second one holds the write lock, so nothing can
    change the file under us. On exit both close; a ``-wal`` still there then means somebody
    else has the file open -> ``DatabaseLockedError``."""
    location = str(db_path)
    guard = connect()
    try:
        guard.isolation_level = None
        try:
            guard.execute("BEGIN IMMEDIATE")
        except Exception as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise DatabaseLockedError(location) from exc
            raise
        conn = connect()
        try:
            conn.isolation_level = None
            yield conn
        finally:
            conn.close()
    finally:
        guard.close()
    if Path(location + "-wal").exists():
        raise DatabaseLockedError(location)


def _replace(copy: Path, db_path: Path) -> None:
    _fsync_file(copy)
    try:
        os.replace(copy, db_path)
    except PermissionError as exc:  # Windows: the file is open somewhere
        raise DatabaseLockedError(str(db_path)) from exc
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(copy) + suffix).unlink()
    _fsync_dir(db_path.parent)


def rekey(path: Path, old_data_key: bytes, new_data_key: bytes | None = None) -> bytes:
    """Re-encrypt every page of ``path`` under a new data key (``PRAGMA rekey`` on a verified
    copy that then replaces the file). Returns the new key. The key file is NOT updated: use
    ``rekey_database`` unless you manage keys yourself."""
    _check_data_key(old_data_key)
    new_key = os.urandom(DATA_KEY_BYTES) if new_data_key is None else bytes(new_data_key)
    _check_data_key(new_key)
    if not is_encrypted_file(path):
        raise DatabaseNotEncryptedError(str(path))
    copy = _sibling_temp(path, "rekeying")
    try:
        with _exclusive(path, lambda: connect_encrypted(path, old_data_key, timeout=2)) as src:
            expected = _row_counts(src)
            dst = connect_encrypted(copy, old_data_key)
            try:
                src.backup(dst)
                dst.isolation_level = None
                dst.execute("PRAGMA journal_mode = DELETE")
                dst.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            finally:
                dst.close()
            _verify_copy(path, copy, new_key, expected)
        _replace(copy, path)
    except driver_errors() as exc:
        _remove_with_companions(copy)
        raise classify_error(str(path), exc) from exc
    except BaseException:
        _remove_with_companions(copy)
        raise
    return new_key


def rekey_database(db_path: Path, passphrase: str) -> str:
    """A new recovery key and data key for the database (e.g. after a recovery sheet went
    missing): every page is re-encrypted and the key file re-written, crash-safely. Needs the
    passphrase (it wraps the new key); with only the recovery key, set a new passphrase with
    ``change_passphrase`` first. Returns the new recovery key: print it; the old one is void.
    Backups made before keep the old key (and their own key files)."""
    location = str(db_path)
    sqlcipher_dbapi(location)
    keys = _read_keyfile(db_path)
    if keys is None:
        raise KeyFileMissingError(location, str(keyfile_path(db_path)))
    try:
        opened = [(slot, _unwrap(slot, passphrase)) for slot in keys.slots]
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyFileDamagedError(location, str(keyfile_path(db_path))) from exc
    candidates = [key for _, key in opened if key is not None]
    if not candidates:
        raise WrongPassphraseError(location)
    old_key = _choose(db_path, candidates, keys)
    old_slots = tuple(slot for slot, key in opened if key == old_key)
    recovery, new_key = _new_recovery()
    new_slot = _wrap(new_key, passphrase)
    # (1) both keys open the key file: whichever file a power cut leaves, it can be unlocked
    _write_keyfile(db_path, _KeyFile(key_id(new_key), (new_slot, *old_slots)))
    # (2) the re-encrypted copy replaces the database
    try:
        rekey(db_path, old_key, new_key)
    except BaseException:
        with contextlib.suppress(Exception):  # best effort: (1) is safe to leave as it is
            if _opens(db_path, old_key):
                _write_keyfile(db_path, _KeyFile(key_id(old_key), old_slots))
        raise
    # (3) only the new key
    _write_keyfile(db_path, _KeyFile(key_id(new_key), (new_slot,)))
    return recovery


def encrypt_existing(plain_path: Path, passphrase: str) -> str:
    """Encrypt an unencrypted database in place; returns its recovery key (print it).

    The key file is written first, then an encrypted export (``ATTACH ... KEY`` +
    ``sqlcipher_export``) is verified against the original's row counts, fsynced and moved over
    it. Older plaintext backups and the old disk blocks are not scrubbed."""
    location = str(plain_path)
    dbapi = sqlcipher_dbapi(location)
    _normalise_passphrase(passphrase)
    if not has_sqlite_header(plain_path):
        if is_encrypted_file(plain_path):
            raise ValueError(f"{plain_path} is already encrypted")
        raise ValueError(f"{plain_path} is not an SQLite database")
    recovery, data_key = _new_recovery()
    # A key file beside a plaintext database can belong to nothing but an interrupted
    # earlier attempt, so it may be replaced.
    _write_keyfile(plain_path, _KeyFile(key_id(data_key), (_wrap(data_key, passphrase),)))
    copy = _sibling_temp(plain_path, "encrypting")
    try:
        with _exclusive(plain_path, lambda: dbapi.connect(_uri(plain_path, False), uri=True,
                                                          timeout=2)) as src:
            src.execute("ATTACH DATABASE ? AS encrypted KEY ?",
                        (_uri(copy, False), f"x'{data_key.hex()}'"))
            src.execute(f"PRAGMA encrypted.cipher_compatibility = {CIPHER_COMPATIBILITY}")
            expected = _row_counts(src)
            src.execute("SELECT sqlcipher_export('encrypted')")
            for pragma in ("user_version", "application_id"):
                value = int(src.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                src.execute(f"PRAGMA encrypted.{pragma} = {value}")
            src.execute("DETACH DATABASE encrypted")
        _verify_copy(plain_path, copy, data_key, expected)
        _replace(copy, plain_path)
    except BaseException as exc:
        _remove_with_companions(copy)
        if has_sqlite_header(plain_path):  # still plaintext: the new key file belongs to nothing
            with contextlib.suppress(OSError):
                keyfile_path(plain_path).unlink()
        if isinstance(exc, driver_errors()):
            raise classify_error(location, exc) from exc
        raise
    return recovery


def decrypt_to(path: Path, data_key: bytes, target: Path) -> Path:
    """An unencrypted copy of the encrypted database at ``path`` written to ``target`` (which
    must not exist). For support and tests; the copy holds everything in plain text."""
    if target.exists():
        raise FileExistsError(str(target))
    src = connect_encrypted(path, data_key, read_only=False)
    try:
        src.isolation_level = None
        expected = _row_counts(src)
        src.execute("ATTACH DATABASE ? AS plain KEY ''", (_uri(target, False),))
        src.execute("SELECT sqlcipher_export('plain')")
        for pragma in ("user_version", "application_id"):
            value = int(src.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            src.execute(f"PRAGMA plain.{pragma} = {value}")
        src.execute("DETACH DATABASE plain")
    except BaseException:
        src.close()
        _remove_with_companions(target)
        raise
    src.close()
    try:
        _verify_copy(path, target, None, expected)
        _fsync_file(target)
    except BaseException:
        _remove_with_companions(target)
        raise
    return target


"""Rows ↔ exchanged records: how each table's content travels (codecs), bulk reads and writes
through the driver, identities, and reading, deleting or scoping one record. The scan is in
``exchange_scan.py``, the apply step in ``exchange_apply.py``. Core SQL throughout; the tables'
own ORM classes are never loaded."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, LargeBinary, Table, bindparam, delete, select, update
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from issp_desktop.db.models.exchange import SyncIdentity
from issp_desktop.db.sequences import reset_sequence
from issp_desktop.db.types import UTCDateTime
from issp_desktop.domain.exchange import (
    LOCAL_COLUMNS,
    TableSpec,
    scope,
    unscope,
)

IDENT: Table = SyncIdentity.__table__  # type: ignore[attr-defined]
Record = list[Any]  # [uid, origin, seq, hash, deleted, payload | None]
Tick = Callable[[str], None]


def table_of(name: str) -> Table:
    return SQLModel.metadata.tables[name]


# --- values <-> JSON ---------------------------------------------------------------------------
#
# Rows are read and bulk-written through the driver (no per-value type processing): SQLite
# hands back instants as the ISO text ``UTCDateTime`` stored, PostgreSQL as datetimes; both
# become the same canonical text here.

_CANONICAL_LEN = len("2026-11-02T05:00:00.000000+00:00")


def _enc_dt(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str):
        if len(v) == _CANONICAL_LEN and v.endswith("+00:00"):
            return v
        v = datetime.fromisoformat(v)
    if v.tzinfo is None:
        v = v.replace(tzinfo=UTC)
    return v.astimezone(UTC).isoformat(timespec="microseconds")


def _enc_date(v: Any) -> Any:
    if v is None or isinstance(v, str):
        return v
    return v.isoformat()


def _enc_bool(v: Any) -> Any:
    return None if v is None else bool(v)


def _enc_bytes(v: Any) -> Any:
    return None if v is None else base64.b64encode(bytes(v)).decode("ascii")


def _dec_dt(v: Any) -> Any:
    return None if v is None else datetime.fromisoformat(v)


def _dec_date(v: Any) -> Any:
    return None if v is None else date.fromisoformat(v)


def _dec_bytes(v: Any) -> Any:
    return None if v is None else base64.b64decode(v)


def _same(v: Any) -> Any:
    return v


@dataclass(frozen=True)
class Codec:
    """How one table's content columns travel."""

    spec: TableSpec
    table: Table
    columns: tuple[str, ...]  # content columns (no id, version, uid)
    enc: tuple[Callable[[Any], Any], ...]
    dec: dict[str, Callable[[Any], Any]]  # to Python values (Core statements)
    raw_sqlite: dict[str, Callable[[Any], Any]]  # to what the SQLite driver stores
    has_version: bool

    def raw(self, sqlite: bool) -> dict[str, Callable[[Any], Any]]:
        return self.raw_sqlite if sqlite else self.dec


_CODECS: dict[str, Codec] = {}


def codec(spec: TableSpec) -> Codec:
    found = _CODECS.get(spec.name)
    if found is not None:
        return found
    table = table_of(spec.name)
    cols, enc, dec, raw = [], [], {}, {}
    for col in table.columns:
        if col.name in LOCAL_COLUMNS or col.name == "uid":
            continue
        if col.name in spec.key and col.name not in spec.fks:
            continue
        r: Callable[[Any], Any] = _same
        if isinstance(col.type, UTCDateTime):
            e, d = _enc_dt, _dec_dt
        elif isinstance(col.type, Date):
            e, d = _enc_date, _dec_date
        elif isinstance(col.type, LargeBinary):
            e, d = _enc_bytes, _dec_bytes
            r = _dec_bytes
        elif isinstance(col.type, Boolean):
            e, d = _enc_bool, _same
        else:
            e, d = _same, _same
        cols.append(col.name)
        enc.append(e)
        dec[col.name] = d
        raw[col.name] = r
    found = Codec(spec, table, tuple(cols), tuple(enc), dec, raw, "version" in table.columns)
    _CODECS[spec.name] = found
    return found


# --- the driver, for bulk reads and writes --------------------------------------------------

def is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def instant(s: Session, value: datetime) -> Any:
    """An instant as the driver takes it for a ``UTCDateTime`` column."""
    return value.astimezone(UTC).isoformat(timespec="microseconds") if is_sqlite(s) else value


def bulk_insert(s: Session, table: str, columns: Sequence[str],
                rows: list[Sequence[Any]]) -> None:
    if not rows:
        return
    mark = "?" if s.get_bind().dialect.paramstyle == "qmark" else "%s"
    cols = ", ".join(f'"{c}"' for c in columns)
    s.connection().exec_driver_sql(
        f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join([mark] * len(columns))})', rows)


IDENT_COLUMNS = ("table_name", "local_key", "uid", "origin", "content_hash", "deleted",
                 "changed_seq", "changed_at", "remote_centre", "remote_seq")


def insert_identities(s: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        when = instant(s, rows[0]["changed_at"])
        bulk_insert(s, "sync_identity", IDENT_COLUMNS,
                    [tuple(when if c == "changed_at" else r[c] for c in IDENT_COLUMNS)
                     for r in rows])


def key_of(positions: tuple[int, ...], row: Sequence[Any]) -> str:
    return ",".join(str(row[i]) for i in positions)


def write_changes(s: Session, changed: list[dict[str, Any]]) -> None:
    plain = [c for c in changed if "_key" not in c]
    moved = [c for c in changed if "_key" in c]
    values = {"content_hash": bindparam("_hash"), "deleted": bindparam("_deleted"),
              "changed_seq": bindparam("_seq"), "changed_at": bindparam("_at")}
    if plain:
        s.execute(update(IDENT).where(IDENT.c.id == bindparam("_id")).values(**values), plain)
    if moved:
        s.execute(update(IDENT).where(IDENT.c.id == bindparam("_id"))
                  .values(**values, local_key=bindparam("_key")), moved)


# --- reading one record ---------------------------------------------------------------------

def payload_of(s: Session, spec: TableSpec, key: str, origin: str, me: str,
               tags: dict[str, str]) -> dict[str, Any] | None:
    """The content of one local row as it would travel (None when it is gone)."""
    c = codec(spec)
    parts = key.split(",")
    if key.startswith("-"):
        return None
    cond = [c.table.c[k] == int(v) for k, v in zip(spec.key, parts, strict=True)]
    row = s.execute(select(c.table).where(*cond)).mappings().first()
    if row is None:
        return None
    out: dict[str, Any] = {}
    for name, enc in zip(c.columns, c.enc, strict=True):
        v = row[name]
        if name in spec.fks and v is not None:
            v = s.execute(select(IDENT.c.uid).where(IDENT.c.table_name == spec.fks[name],
                                                    IDENT.c.local_key == str(v))).scalar()
        elif name in spec.scoped and origin != me:
            v = unscope(v, tags.get(origin, ""))
        out[name] = enc(v)
    return out


def delete_row(s: Session, spec: TableSpec, key: str) -> None:
    c = codec(spec)
    parts = key.split(",")
    cond = [c.table.c[k] == int(v) for k, v in zip(spec.key, parts, strict=True)]
    s.execute(delete(c.table).where(*cond))


def reset_ids(s: Session, spec: TableSpec) -> None:
    if not spec.composite:
        reset_sequence(s, codec(spec).table)


def scoped_value(value: Any, origin: str, me: str, tags: dict[str, str]) -> Any:
    return value if origin == me else scope(value, tags[origin])

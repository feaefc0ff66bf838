"""Rows ↔ exchanged records: the scan that gives every record its global id and notices what
changed here, and the apply step that writes received records (inside the caller's write
transaction). Core SQL throughout; the tables' own ORM classes are never loaded."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, LargeBinary, Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from issp_desktop.db.models.exchange import SyncIdentity
from issp_desktop.db.sequences import reset_sequence
from issp_desktop.db.types import UTCDateTime, utcnow
from issp_desktop.domain.exchange import (
    EXCHANGED,
    LOCAL_COLUMNS,
    TableSpec,
    composite_uid,
    content_hash,
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


def raw_rows(s: Session, table: str, columns: Sequence[str],
             order: Sequence[str]) -> list[Any]:
    cols = ", ".join(f'"{c}"' for c in columns)
    by = ", ".join(f'"{c}"' for c in order)
    return list(s.connection().exec_driver_sql(
        f'SELECT {cols} FROM "{table}" ORDER BY {by}').fetchall())


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


def local_key(spec: TableSpec, row: Any) -> str:
    return ",".join(str(row[c]) for c in spec.key)


def _key_of(positions: tuple[int, ...], row: Sequence[Any]) -> str:
    return ",".join(str(row[i]) for i in positions)


# --- the scan ---------------------------------------------------------------------------------

@dataclass
class ScanResult:
    seq: int  # the highest change number after the scan
    changed: int = 0  # records found new, changed or deleted by this scan
    records: dict[str, list[Record]] = field(default_factory=dict)  # wanted ones, in id order

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


def max_seq(s: Session) -> int:
    return int(s.execute(select(func.max(IDENT.c.changed_seq))).scalar() or 0)


Want = Callable[[int, datetime], bool]


def scan(s: Session, me: str, tags: dict[str, str], want: Want | None = None,
         tick: Tick | None = None, tables: Iterable[TableSpec] = EXCHANGED) -> ScanResult:
    """Give every exchanged row without one a global id (origin: this centre ``me``) and note
    rows changed or deleted here since the last scan under a new change number. Collect the
    records ``want(changed_seq, changed_at)`` selects, for a bundle."""
    seq = max_seq(s) + 1
    now = utcnow()
    result = ScanResult(seq - 1)
    uid_maps: dict[str, dict[Any, str]] = {}
    for spec in tables:
        if tick is not None:
            tick(spec.name)
        c = codec(spec)
        idents = {r.local_key: r for r in s.execute(
            select(IDENT.c.id, IDENT.c.local_key, IDENT.c.uid, IDENT.c.origin,
                   IDENT.c.content_hash, IDENT.c.deleted, IDENT.c.changed_seq,
                   IDENT.c.changed_at).where(IDENT.c.table_name == spec.name))}
        extra = [k for k in ("id", "uid", *spec.key)
                 if k in c.table.c and k not in c.columns]
        names = list(dict.fromkeys([*c.columns, *extra]))
        at = {n: i for i, n in enumerate(names)}
        rows = raw_rows(s, spec.name, names, spec.key)
        key_at = tuple(at[k] for k in spec.key)
        uid_at = at.get("uid", -1)
        id_at = at.get("id", -1)
        n_cols = len(c.columns)
        seen: set[str] = set()
        umap: dict[Any, str] = {}
        uid_maps[spec.name] = umap  # before the payloads: a table may point at itself
        fresh: list[str | None] = []
        idents_of: list[Any] = []
        for r in rows:
            key = _key_of(key_at, r)
            ident = idents.get(key)
            if ident is not None and spec.has_uid and r[uid_at] != ident.uid:
                ident = None  # the id was reused by a new row; the old one is gone
            idents_of.append(ident)
            if ident is not None:
                seen.add(key)
                uid = ident.uid
            elif spec.has_uid:
                uid = r[uid_at]
            elif spec.composite:
                uid = ""  # from its parents' uids, below
            else:
                uid = str(uuid.uuid4())
            fresh.append(uid)
            if not spec.composite:
                umap[r[id_at]] = uid
        fk_maps = [(i, uid_maps.get(spec.fks[name], {}) if name in spec.fks else None)
                   for i, name in enumerate(c.columns)]
        scoped = [i for i, name in enumerate(c.columns) if name in spec.scoped]
        new: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        wanted: list[Record] = []
        for r, ident, uid in zip(rows, idents_of, fresh, strict=True):
            origin = me if ident is None else ident.origin
            values = list(r[:n_cols])
            for i, m in fk_maps:
                if m is not None and values[i] is not None:
                    values[i] = m.get(values[i], f"?{values[i]}")
            if origin != me and scoped:
                tag = tags.get(origin, "")
                for i in scoped:
                    values[i] = unscope(values[i], tag)
            payload = {name: enc(v) for name, enc, v in zip(c.columns, c.enc, values,
                                                              strict=True)}
            digest = content_hash(payload)
            if ident is None:
                if spec.composite:
                    uid = composite_uid(spec.name, [payload[k] for k in spec.key])
                new.append({"table_name": spec.name, "local_key": _key_of(key_at, r),
                            "uid": uid, "origin": me, "content_hash": digest,
                            "deleted": False, "changed_seq": seq, "changed_at": now,
                            "remote_centre": "", "remote_seq": 0})
                cseq, cat = seq, now
            else:
                cseq, cat = ident.changed_seq, ident.changed_at
                if ident.deleted or digest != ident.content_hash:
                    changed.append({"_id": ident.id, "_hash": digest, "_deleted": False,
                                    "_seq": seq, "_at": now})
                    cseq, cat = seq, now
            if want is not None and cseq > 0 and want(cseq, cat):
                wanted.append([uid, origin, cseq, digest, False, payload])
        gone = [i for k, i in idents.items() if k not in seen and not k.startswith("-")]
        for ident in gone:
            if not ident.deleted:
                changed.append({"_id": ident.id, "_hash": "", "_deleted": True, "_seq": seq,
                                "_at": now, "_key": f"-{ident.uid}"})
                cseq, cat = seq, now
            else:
                cseq, cat = ident.changed_seq, ident.changed_at
            if want is not None and cseq > 0 and want(cseq, cat):
                wanted.append([ident.uid, ident.origin, cseq, "", True, None])
        _write_changes(s, changed)  # first: a gone row's key is freed for a new one
        insert_identities(s, new)
        result.changed += len(new) + len(changed)
        if wanted:
            result.records[spec.name] = wanted
    if result.changed:
        result.seq = seq
    return result


def _write_changes(s: Session, changed: list[dict[str, Any]]) -> None:
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

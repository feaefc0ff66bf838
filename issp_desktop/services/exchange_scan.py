"""The scan: notice what changed here since the last scan and give new records their global
ids, then (for an export) collect the records a bundle must carry.

What changed comes from the change journal ``sync_change``, which database triggers fill with
the key of every row of an exchanged table inserted, updated or deleted (migration 0013). The
scan reads only those rows, each with its identity in one join, hashes their content and
compares it with the hash stored: a different hash (or a new or vanished row) gets this centre's
next change number; an unchanged one (a row written back as it was, or a received record) does
not. The journal entries are emptied in the same transaction. Writers take the store's one
write lock (``BEGIN IMMEDIATE``; an advisory lock on PostgreSQL), so nothing is journaled
between reading a table's entries and emptying them.

Foreign keys travel as the uids they point at, found through ``sync_identity``; a row pointed at
that has no identity yet (e.g. the error categories a new store starts with) gets one then.

The cost follows the number of rows changed, not the centre's history: every statement is keyed
by the journal, by primary keys or by ``sync_identity``'s indexes (``changed_seq``, the unique
``(table_name, local_key)`` and ``uid``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from issp_desktop.db.models.exchange import SyncChange
from issp_desktop.db.types import utcnow
from issp_desktop.domain.exchange import (
    EXCHANGED,
    SPECS,
    TableSpec,
    composite_uid,
    content_hash,
    unscope,
)
from issp_desktop.services.exchange_rows import (
    IDENT,
    IDENT_COLUMNS,
    Record,
    Tick,
    bulk_insert,
    codec,
    instant,
    is_sqlite,
    key_of,
    write_changes,
)

CHANGE: Table = SyncChange.__table__  # type: ignore[attr-defined]
CHUNK = 500
Want = Callable[[int, datetime], bool]


@dataclass
class ScanResult:
    seq: int  # the highest change number after the scan
    changed: int = 0  # records found new, changed or deleted by this scan
    journaled: int = 0  # journal entries handled
    read: int = 0  # rows of exchanged tables read
    hashed: int = 0  # records whose content was hashed
    records: dict[str, list[Record]] = field(default_factory=dict)  # wanted ones, in id order

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


def max_seq(s: Session) -> int:
    return int(s.execute(select(func.max(IDENT.c.changed_seq))).scalar() or 0)


def scan(s: Session, me: str, tags: dict[str, str], want: Want | None = None,
         tick: Tick | None = None, tables: Iterable[TableSpec] = EXCHANGED, *,
         after: int = 0) -> ScanResult:
    """Handle the change journal: give every new row a global id (origin: this centre ``me``)
    and note rows changed or deleted here under a new change number. With ``want``, collect
    the records whose change number is above ``after`` and that ``want(changed_seq,
    changed_at)`` selects, for a bundle."""
    specs = list(tables)
    run = _Scan(s, me, tags)
    for spec in specs:
        if tick is not None:
            tick(spec.name)
        run.journal(spec)
    if want is not None:
        run.collect(specs, want, after)
    if run.result.changed:
        run.result.seq = run.seq
    return run.result


def note(s: Session, table: str, key: str) -> None:
    """Put one row in the journal (for a row that never was, e.g. one the migrations wrote)."""
    parts = [int(p) for p in key.split(",")]
    k = {"table_name": table, "k1": parts[0], "k2": parts[1] if len(parts) > 1 else 0}
    s.execute(delete(CHANGE).where(*(CHANGE.c[n] == v for n, v in k.items())))
    s.execute(insert(CHANGE).values(**k))


@contextmanager
def inserts_unjournaled(s: Session, tables: Iterable[str]) -> Iterator[None]:
    """For the block (inside the caller's write transaction), rows inserted into ``tables`` are
    not journaled: on SQLite the tables' insert triggers are dropped and made again from their
    own text at the end, in the same transaction (a rollback brings them back too). A bulk
    insert into a table with no trigger is much cheaper in SQLite than one with any trigger at
    all. For an import, whose records are stored with the hash they arrived with. Elsewhere
    (PostgreSQL) the journal entries are written and ``clear_journal`` removes them."""
    if not is_sqlite(s):
        yield
        return
    conn = s.connection()
    names = [f"sync_change_{t}_ins" for t in tables]
    found: list[Any] = []
    if names:
        found = list(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' * len(names))})", tuple(names)).fetchall())
    for name, _ in found:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _, sql in found:
            conn.exec_driver_sql(sql)


def clear_journal(s: Session) -> None:
    """Forget the journal entries written since the last scan in this transaction (by an
    import, whose records are stored with the hash they arrived with: no echo)."""
    s.execute(delete(CHANGE))


@dataclass(frozen=True)
class _Layout:
    names: tuple[str, ...]  # content columns first, then id / uid / key columns
    at: dict[str, int]
    key_at: tuple[int, ...]


_LAYOUTS: dict[str, _Layout] = {}


def _layout(spec: TableSpec) -> _Layout:
    found = _LAYOUTS.get(spec.name)
    if found is None:
        c = codec(spec)
        extra = [k for k in ("id", "uid", *spec.key) if k in c.table.c and k not in c.columns]
        names = tuple(dict.fromkeys([*c.columns, *extra]))
        at = {n: i for i, n in enumerate(names)}
        found = _Layout(names, at, tuple(at[k] for k in spec.key))
        _LAYOUTS[spec.name] = found
    return found


def _key_sort(key: str) -> tuple[int, ...]:
    return tuple(int(p) for p in key.split(","))


class _Scan:
    def __init__(self, s: Session, me: str, tags: dict[str, str]) -> None:
        self.s, self.me, self.tags = s, me, tags
        self.seq = max_seq(s) + 1
        self.now = utcnow()
        self.result = ScanResult(self.seq - 1)
        self.uids: dict[str, dict[int, str]] = {}  # table -> local id -> uid, as found
        # (table, local key) -> (payload, hash) of the rows read by this scan
        self.payloads: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        self.collecting = False
        self.late: list[tuple[str, Record]] = []
        self.conn = s.connection()
        self.mark = "?" if s.get_bind().dialect.paramstyle == "qmark" else "%s"

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self.conn.exec_driver_sql(sql, tuple(params)).fetchall())

    # --- the journal ---------------------------------------------------------------------------

    def journal(self, spec: TableSpec) -> None:
        lay = _layout(spec)
        k = spec.key
        name = spec.name
        if spec.composite:
            on = f't."{k[0]}" = j.k1 AND t."{k[1]}" = j.k2'
            key_sql = "CAST(j.k1 AS TEXT) || ',' || CAST(j.k2 AS TEXT)"
        else:
            on = "t.id = j.k1"
            key_sql = "CAST(j.k1 AS TEXT)"
        cols = ", ".join(f't."{n}"' for n in lay.names)
        rows = self._sql(
            f'SELECT j.k1, j.k2, t."{k[0]}", i.id, i.uid, i.origin, i.content_hash, i.deleted, '
            f'{cols} FROM sync_change j LEFT JOIN "{name}" t ON {on} '
            f"LEFT JOIN sync_identity i ON i.table_name = j.table_name "
            f"AND i.local_key = {key_sql} "
            f"WHERE j.table_name = {self.mark} ORDER BY j.k1, j.k2", (name,))
        if not rows:
            return
        self.s.execute(delete(CHANGE).where(CHANGE.c.table_name == name))
        self.result.journaled += len(rows)
        present: list[tuple[Sequence[Any], Any]] = []
        gone: list[dict[str, Any]] = []
        for r in rows:
            ident = None if r[3] is None else _Ident(r[3], r[4], r[5], r[6], bool(r[7]))
            if r[2] is not None:
                present.append((r[8:], ident))
            elif ident is not None and not ident.deleted:
                gone.append(self._gone(ident))
        self.result.read += len(present)
        write_changes(self.s, gone)  # first: a gone row's key is freed for a new one
        self.result.changed += len(gone)
        self._process(spec, present)

    def _gone(self, ident: _Ident) -> dict[str, Any]:
        return {"_id": ident.id, "_hash": "", "_deleted": True, "_seq": self.seq,
                "_at": self.now, "_key": f"-{ident.uid}"}

    def _process(self, spec: TableSpec, rows: list[tuple[Sequence[Any], Any]]) -> list[str]:
        """Hash ``rows`` (each with its identity, or None) and write what is new or changed;
        returns their local keys."""
        if not rows:
            return []
        lay = _layout(spec)
        umap = self.uids.setdefault(spec.name, {})
        uid_at, id_at = lay.at.get("uid", -1), lay.at.get("id", -1)
        changed: list[dict[str, Any]] = []
        plan: list[tuple[Sequence[Any], Any, str]] = []
        for r, ident in rows:
            if ident is not None and spec.has_uid and r[uid_at] != ident.uid:
                changed.append(self._gone(ident))  # the id was reused by a new row
                ident = None
            if ident is not None:
                uid = ident.uid
            elif spec.has_uid:
                uid = r[uid_at]
            elif spec.composite:
                uid = ""  # from its parents' uids, below
            else:
                uid = str(uuid.uuid4())
            if not spec.composite:
                umap[r[id_at]] = uid  # before the payloads: a table may point at itself
            plan.append((r, ident, uid))
        fk_maps = self._fk_maps(spec, [p[0] for p in plan])
        new: list[tuple[Any, ...]] = []  # in IDENT_COLUMNS order
        keys: list[str] = []
        when = instant(self.s, self.now)
        for r, ident, uid in plan:
            origin = self.me if ident is None else ident.origin
            payload, digest = self._payload(spec, r, origin, fk_maps)
            key = key_of(lay.key_at, r)
            keys.append(key)
            self.payloads[(spec.name, key)] = (payload, digest)
            if ident is None:
                if spec.composite:
                    uid = composite_uid(spec.name, [payload[k] for k in spec.key])
                new.append((spec.name, key, uid, self.me, digest, False, self.seq, when, "",
                            0))
            elif ident.deleted or digest != ident.content_hash:
                changed.append({"_id": ident.id, "_hash": digest, "_deleted": False,
                                "_seq": self.seq, "_at": self.now})
        write_changes(self.s, changed)
        bulk_insert(self.s, "sync_identity", IDENT_COLUMNS, new)
        self.result.changed += len(new) + len(changed)
        return keys

    def _payload(self, spec: TableSpec, r: Sequence[Any], origin: str,
                 fk_maps: list[tuple[int, dict[Any, str]]]) -> tuple[dict[str, Any], str]:
        c = codec(spec)
        values = list(r[:len(c.columns)])
        for i, m in fk_maps:
            if values[i] is not None:
                values[i] = m.get(values[i], f"?{values[i]}")
        if origin != self.me and spec.scoped:
            tag = self.tags.get(origin, "")
            for i, name in enumerate(c.columns):
                if name in spec.scoped:
                    values[i] = unscope(values[i], tag)
        payload = {name: enc(v) for name, enc, v in zip(c.columns, c.enc, values, strict=True)}
        self.result.hashed += 1
        return payload, content_hash(payload)

    # --- foreign keys ----------------------------------------------------------------------------

    def _fk_maps(self, spec: TableSpec,
                 rows: list[Sequence[Any]]) -> list[tuple[int, dict[Any, str]]]:
        out = []
        for i, name in enumerate(codec(spec).columns):
            target = spec.fks.get(name)
            if target is None:
                continue
            umap = self.uids.setdefault(target, {})
            wanted = {r[i] for r in rows if r[i] is not None and r[i] not in umap}
            if wanted:
                self._find_uids(SPECS[target], wanted)
            out.append((i, umap))
        return out

    def _find_uids(self, target: TableSpec, ids: set[Any]) -> None:
        umap = self.uids[target.name]
        todo = sorted(ids)
        for start in range(0, len(todo), CHUNK):
            part = [str(v) for v in todo[start:start + CHUNK]]
            for key, uid in self.s.execute(select(IDENT.c.local_key, IDENT.c.uid).where(
                    IDENT.c.table_name == target.name, IDENT.c.local_key.in_(part))):
                umap[int(key)] = uid
        missing = [v for v in todo if v not in umap]
        if missing:  # rows pointed at that never had an identity: give them one now
            keys = self._process(target, [(r, None) for r in self._read(target, missing)])
            if self.collecting:
                for key in keys:
                    payload, digest = self.payloads[(target.name, key)]
                    uid = umap[int(key)]
                    self.late.append((target.name, [uid, self.me, self.seq, digest, False,
                                                     payload]))

    def _read(self, spec: TableSpec, ids: list[Any]) -> list[Sequence[Any]]:
        """The rows of ``spec`` whose first key column is in ``ids``."""
        lay = _layout(spec)
        cols = ", ".join(f'"{n}"' for n in lay.names)
        found: list[Sequence[Any]] = []
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            found += self._sql(f'SELECT {cols} FROM "{spec.name}" WHERE "{spec.key[0]}" IN '
                               f'({", ".join([self.mark] * len(part))})', part)
        self.result.read += len(found)
        return found

    # --- collecting a bundle ---------------------------------------------------------------------

    def collect(self, specs: list[TableSpec], want: Want, after: int) -> None:
        self.collecting = True
        by_table: dict[str, list[_Wanted]] = {}
        for table, key, uid, origin, gone, seq, at in self._sql(
                "SELECT table_name, local_key, uid, origin, deleted, changed_seq, changed_at "
                f"FROM sync_identity WHERE changed_seq > {self.mark}", (max(after, 0),)):
            if not isinstance(at, datetime):
                at = datetime.fromisoformat(at)
            if want(seq, at):
                by_table.setdefault(table, []).append(_Wanted(key, uid, origin, bool(gone), seq))
        for spec in specs:
            wanted = by_table.get(spec.name)
            if not wanted:
                continue
            live = sorted((w for w in wanted if not w.deleted),
                          key=lambda w: _key_sort(w.local_key))
            self._load(spec, [w for w in live
                              if (spec.name, w.local_key) not in self.payloads])
            records: list[Record] = []
            for w in live:
                got = self.payloads.get((spec.name, w.local_key))
                if got is not None:
                    records.append([w.uid, w.origin, w.changed_seq, got[1], False, got[0]])
            records += [[w.uid, w.origin, w.changed_seq, "", True, None]
                        for w in wanted if w.deleted]
            if records:
                self.result.records[spec.name] = records
        for table, rec in self.late:
            if want(self.seq, self.now):
                self.result.records.setdefault(table, []).append(rec)

    def _load(self, spec: TableSpec, wanted: list[Any]) -> None:
        """Payloads of records changed before this scan (sent again: not acknowledged yet)."""
        if not wanted:
            return
        lay = _layout(spec)
        origins = {w.local_key: w.origin for w in wanted}
        rows = [r for r in self._read(spec, sorted({_key_sort(w.local_key)[0] for w in wanted}))
                if key_of(lay.key_at, r) in origins]
        fk_maps = self._fk_maps(spec, rows)
        for r in rows:
            key = key_of(lay.key_at, r)
            self.payloads[(spec.name, key)] = self._payload(spec, r, origins[key], fk_maps)


class _Wanted(NamedTuple):
    local_key: str
    uid: str
    origin: str
    deleted: bool
    changed_seq: int


@dataclass(frozen=True)
class _Ident:
    id: int
    uid: str
    origin: str
    content_hash: str
    deleted: bool

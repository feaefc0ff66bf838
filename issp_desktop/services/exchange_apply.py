"""Writing a received bundle's records here (inside the import's one write transaction).

For each record, by its global id:
- unknown here: inserted (natural keys scoped by its origin's tag), foreign keys remapped
  through the uids they point at;
- the same version as here, or an older version from the same sender (a re-sent or late
  bundle): left alone;
- changed here too since the sender last acknowledged our changes: a conflict, kept for a
  manager (this centre's version stays until then);
- otherwise: updated, or deleted when the sender deleted it.
Closed pay periods are closed last, after their payslips are in (the payroll triggers refuse
payslips in a closed period)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from issp_desktop.db.models.exchange import SyncConflict
from issp_desktop.db.types import utcnow
from issp_desktop.domain.exchange import EXCHANGED, SPECS, TableSpec, scope
from issp_desktop.services.exchange_rows import (
    IDENT,
    bulk_insert,
    codec,
    delete_row,
    insert_identities,
    is_sqlite,
    reset_ids,
)
from issp_desktop.services.exchange_types import MissingParentError

CONFLICTS = SyncConflict.__table__  # type: ignore[attr-defined]
CHUNK = 500


@dataclass
class Applied:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


class _Damaged(ValueError):
    pass


def _record(rec: Any) -> tuple[str, str, int, str, bool, dict[str, Any] | None]:
    if not isinstance(rec, list) or len(rec) != 6:
        raise _Damaged()
    uid, origin, seq, digest, deleted, payload = rec
    if not (isinstance(uid, str) and isinstance(origin, str) and isinstance(seq, int)
            and isinstance(digest, str) and isinstance(deleted, bool)
            and (payload is None or isinstance(payload, dict))):
        raise _Damaged()
    if not deleted and payload is None:
        raise _Damaged()
    return uid, origin, seq, digest, deleted, payload


class Applier:
    def __init__(self, s: Session, *, me: str, sender: str, acked: int, tags: dict[str, str],
                 bundle_id: str, where: str) -> None:
        self.s, self.me, self.sender, self.acked = s, me, sender, acked
        self.tags, self.bundle_id, self.where = tags, bundle_id, where
        self.uid_ids: dict[str, dict[str, int]] = {}
        self.result = Applied()
        self.deletes: list[tuple[TableSpec, str, int]] = []
        self.close_periods: list[tuple[int, dict[str, Any]]] = []
        self._plans: dict[str, list[tuple[str, str | None]]] = {}
        self.sqlite = is_sqlite(s)

    # --- ids ---------------------------------------------------------------------------------

    def _ids(self, table: str) -> dict[str, int]:
        """uid → local id of the records of ``table`` looked up so far (``_find``)."""
        return self.uid_ids.setdefault(table, {})

    def _find(self, table: str, uids: set[str]) -> None:
        """Look up the local ids of ``uids`` (records of ``table``) not looked up yet."""
        found = self._ids(table)
        todo = sorted(u for u in uids if u not in found)
        for start in range(0, len(todo), CHUNK):  # by the unique uid alone: its own index
            for u, t, k, gone in self.s.execute(select(
                    IDENT.c.uid, IDENT.c.table_name, IDENT.c.local_key, IDENT.c.deleted).where(
                    IDENT.c.uid.in_(todo[start:start + CHUNK]))):
                if t == table and not gone and not k.startswith("-"):
                    found[u] = int(k)

    def _find_parents(self, spec: TableSpec, recs: list[tuple[Any, ...]]) -> None:
        for name, target in self._plan(spec):
            if target is not None:
                self._find(target, {p[name] for *_, p in recs
                                    if isinstance(p, dict) and isinstance(p.get(name), str)})

    def _local(self, spec: TableSpec, payload: dict[str, Any], origin: str,
               decode: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
        """The row as stored here: foreign keys remapped, natural keys scoped, values
        decoded with ``decode`` (Python values for Core, or the driver's own)."""
        row: dict[str, Any] = {}
        for name, target in self._plan(spec):
            if name not in payload:
                raise _Damaged()
            v = payload[name]
            if target is not None and v is not None:
                local = self._ids(target).get(v)
                if local is None:
                    raise MissingParentError(self.where, spec.name, name, str(v))
                row[name] = local
            else:
                v = decode[name](v)
                if name in spec.scoped and origin != self.me:
                    v = scope(v, self.tags[origin])
                row[name] = v
        return row

    def _plan(self, spec: TableSpec) -> list[tuple[str, str | None]]:
        found = self._plans.get(spec.name)
        if found is None:
            found = [(n, spec.fks.get(n)) for n in codec(spec).columns]
            self._plans[spec.name] = found
        return found

    # --- records -----------------------------------------------------------------------------

    def apply(self, records: dict[str, Any], tick: Callable[[str], None] | None = None) -> None:
        unknown = set(records) - set(SPECS)
        if unknown:
            raise _Damaged()
        for spec in EXCHANGED:
            recs = records.get(spec.name) or []
            if not isinstance(recs, list):
                raise _Damaged()
            if recs:
                if tick is not None:
                    tick(spec.name)
                self._table(spec, [_record(r) for r in recs])
        for spec, key, _ in reversed(self.deletes):
            delete_row(self.s, spec, key)
        for local_id, payload in self.close_periods:
            t = codec(SPECS["pay_period"]).table
            self.s.execute(update(t).where(t.c.id == local_id).values(state=payload["state"]))

    def _table(self, spec: TableSpec, recs: list[tuple[Any, ...]]) -> None:
        c = codec(spec)
        s = self.s
        idents: dict[str, Any] = {}
        uids = [r[0] for r in recs]
        for start in range(0, len(uids), CHUNK):
            idents.update((r.uid, r) for r in s.execute(select(IDENT).where(
                IDENT.c.uid.in_(uids[start:start + CHUNK]))) if r.table_name == spec.name)
        self._find_parents(spec, recs)
        next_id = 0
        if not spec.composite:
            next_id = int(s.execute(select(func.max(c.table.c.id))).scalar() or 0) + 1
        inserts: list[dict[str, Any]] = []
        new_idents: list[dict[str, Any]] = []
        ident_updates: list[dict[str, Any]] = []
        now = utcnow()
        ids = None if spec.composite else self._ids(spec.name)
        raw = c.raw(self.sqlite)
        count = 0
        for uid, origin, seq, digest, deleted, payload in recs:
            ident = idents.get(uid)
            if origin not in self.tags and origin != self.me:
                raise _Damaged()
            if ident is not None:
                stale = ident.remote_centre == self.sender and seq <= ident.remote_seq
                same = ident.content_hash == digest and bool(ident.deleted) == deleted
                if stale or same:
                    self.result.unchanged += 1
                    continue
                if ident.changed_seq > self.acked:
                    self._conflict(spec, uid, origin, seq, digest, payload, ident.content_hash)
                    continue
            count += 1
            mark = {"_id": None if ident is None else ident.id, "_hash": digest,
                    "_deleted": deleted, "_rc": self.sender, "_rs": seq, "_at": now}
            if deleted:
                if ident is None:
                    new_idents.append(self._ident(spec, f"-{uid}", uid, origin, "", True,
                                                  seq, now))
                    self.result.unchanged += 1
                    count -= 1
                    continue
                if not ident.deleted:
                    self.deletes.append((spec, ident.local_key, 0))
                    if ids is not None:
                        ids.pop(uid, None)
                    self.result.deleted += 1
                mark["_key"] = f"-{uid}"
                ident_updates.append(mark)
                continue
            assert payload is not None
            inserting = ident is None or bool(ident.deleted)
            row = self._local(spec, payload, origin, raw if inserting else c.dec)
            closing = spec.name == "pay_period" and row.get("state") == "closed"
            if closing:
                row["state"] = "reviewed"
            if inserting:
                if spec.composite:
                    key = ",".join(str(row[k]) for k in spec.key)
                else:
                    row["id"] = next_id
                    key = str(next_id)
                    next_id += 1
                    assert ids is not None
                    ids[uid] = int(key)
                if spec.has_uid:
                    row["uid"] = uid
                if c.has_version:
                    row["version"] = 1
                inserts.append(row)
                if ident is None:
                    new_idents.append(self._ident(spec, key, uid, origin, digest, False,
                                                  seq, now))
                else:
                    mark["_key"] = key
                    ident_updates.append(mark)
                self.result.inserted += 1
                local_id = int(key) if not spec.composite else 0
            else:
                key = ident.local_key
                cond = [c.table.c[k] == int(v) for k, v in zip(spec.key, key.split(","),
                                                               strict=True)]
                values = dict(row)
                if c.has_version:
                    values["version"] = c.table.c.version + 1
                s.execute(update(c.table).where(*cond).values(**values))
                ident_updates.append(mark)
                self.result.updated += 1
                local_id = int(key) if not spec.composite else 0
            if closing:
                self.close_periods.append((local_id, payload))
        if inserts:
            columns = list(inserts[0])
            bulk_insert(s, spec.name, columns, [tuple(r[k] for k in columns) for r in inserts])
            reset_ids(s, spec)
        insert_identities(s, new_idents)
        self._write_marks(ident_updates)
        if count:
            self.result.by_table[spec.name] = self.result.by_table.get(spec.name, 0) + count

    def _ident(self, spec: TableSpec, key: str, uid: str, origin: str, digest: str,
               deleted: bool, seq: int, now: Any) -> dict[str, Any]:
        return {"table_name": spec.name, "local_key": key, "uid": uid, "origin": origin,
                "content_hash": digest, "deleted": deleted, "changed_seq": 0,
                "changed_at": now, "remote_centre": self.sender, "remote_seq": seq}

    def _write_marks(self, marks: list[dict[str, Any]]) -> None:
        values = {"content_hash": bindparam("_hash"), "deleted": bindparam("_deleted"),
                  "changed_seq": 0, "remote_centre": bindparam("_rc"),
                  "remote_seq": bindparam("_rs")}
        plain = [m for m in marks if "_key" not in m]
        moved = [m for m in marks if "_key" in m]
        if plain:
            self.s.execute(update(IDENT).where(IDENT.c.id == bindparam("_id")).values(**values),
                           plain)
        if moved:
            self.s.execute(update(IDENT).where(IDENT.c.id == bindparam("_id")).values(
                **values, local_key=bindparam("_key")), moved)

    def _conflict(self, spec: TableSpec, uid: str, origin: str, seq: int, digest: str,
                  payload: dict[str, Any] | None, mine_hash: str) -> None:
        s = self.s
        open_ = s.execute(select(CONFLICTS.c.id, CONFLICTS.c.theirs_hash).where(
            CONFLICTS.c.uid == uid, CONFLICTS.c.resolution == "")).first()
        if open_ is not None and open_.theirs_hash == digest:
            self.result.unchanged += 1
            return
        if open_ is not None:
            s.execute(delete(CONFLICTS).where(CONFLICTS.c.id == open_.id))
        s.execute(insert(CONFLICTS).values(
            bundle_id=self.bundle_id, peer=self.sender, table_name=spec.name, uid=uid,
            origin=origin, theirs_seq=seq, theirs_hash=digest,
            theirs=None if payload is None else json.dumps(payload, ensure_ascii=False),
            mine_hash=mine_hash, detected_at=utcnow(), resolution="", resolved_by=""))
        self.result.conflicts += 1


Damaged = _Damaged

"""The audit trail: every write appends an entry in the same transaction, hash-chained.

Entries cannot be updated or deleted (database triggers). ``verify`` recomputes the chain and
names the first entry that does not match, which is what ``issp audit verify`` prints.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, or_, select, text
from sqlmodel import Session

from issp_desktop.db.engine import holds_write_lock
from issp_desktop.db.models import AuditEntry
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Actor, Permission, redact
from issp_desktop.services.base import Service, use_case

GENESIS = "0" * 64


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _dump(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    clean = redact({k: _plain(v) for k, v in values.items()})
    return json.dumps(clean, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, entry_id: int, at: str, username: str, use_case: str,
               entity: str, entity_id: str, old: str | None, new: str | None) -> str:
    content = json.dumps(
        [entry_id, at, username, use_case, entity, entity_id, old, new],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, use_case: str, entity: str = "",
           entity_id: object = "", old: dict[str, Any] | None = None,
           new: dict[str, Any] | None = None) -> int:
    """Append one entry inside the caller's write transaction; returns its id."""
    conn = session.connection()
    if conn.dialect.name == "postgresql" and not holds_write_lock(conn):
        session.execute(text("SELECT pg_advisory_xact_lock(727274)"))  # one chain, one writer
    last = conn.execute(_last_entry()).first()
    entry_id = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    at = utcnow()
    at_text = at.isoformat(timespec="microseconds")
    old_text, new_text = _dump(old), _dump(new)
    digest = entry_hash(prev, entry_id, at_text, actor.username, use_case, entity,
                        str(entity_id), old_text, new_text)
    conn.execute(_insert_entry(), {
        "id": entry_id, "at": at, "user_id": actor.user_id, "username": actor.username,
        "use_case": use_case, "entity": entity, "entity_id": str(entity_id),
        "old_values": old_text, "new_values": new_text, "prev_hash": prev,
        "entry_hash": digest,
    })
    return entry_id


@functools.cache
def _last_entry() -> Any:
    """The newest entry's id and hash (statements built once: every write records one)."""
    c = AuditEntry.__table__.c  # type: ignore[attr-defined]
    return select(c.id, c.entry_hash).order_by(c.id.desc()).limit(1)


@functools.cache
def _insert_entry() -> Any:
    return insert(AuditEntry.__table__)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    use_case: str
    entity: str
    entity_id: str
    old_values: str | None
    new_values: str | None


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""
    username: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""


class AuditService(Service):
    def _where(self, f: AuditFilter) -> list[Any]:
        clauses: list[Any] = []
        if f.text:
            like = f"%{f.text.strip()}%"
            clauses.append(or_(AuditEntry.use_case.like(like), AuditEntry.entity.like(like),
                               AuditEntry.entity_id.like(like), AuditEntry.username.like(like)))
        if f.username:
            clauses.append(AuditEntry.username == f.username)
        if f.since is not None:
            clauses.append(AuditEntry.at >= f.since)
        if f.until is not None:
            clauses.append(AuditEntry.at < f.until)
        return clauses

    @use_case("audit.count", Permission.AUDIT_VIEW)
    def count(self, f: AuditFilter | None = None) -> int:
        f = f or AuditFilter()
        with self.db.read() as s:
            q = select(func.count()).select_from(AuditEntry).where(*self._where(f))
            return int(s.execute(q).scalar_one())

    @use_case("audit.list", Permission.AUDIT_VIEW)
    def page(self, f: AuditFilter | None = None, offset: int = 0,
             limit: int = 200) -> list[AuditRow]:
        """Newest first, one page at a time (the Audit page fetches more as it scrolls)."""
        f = f or AuditFilter()
        with self.db.read() as s:
            rows = s.execute(
                select(AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.use_case,
                       AuditEntry.entity, AuditEntry.entity_id, AuditEntry.old_values,
                       AuditEntry.new_values)
                .where(*self._where(f)).order_by(AuditEntry.id.desc())
                .offset(offset).limit(limit)
            ).all()
        return [AuditRow(*r) for r in rows]

    @use_case("audit.verify", Permission.AUDIT_VIEW)
    def verify(self) -> VerifyResult:
        """Recompute the chain from the first entry; stop at the first that does not match."""
        prev = GENESIS
        expected_id = 1
        checked = 0
        with self.db.read() as s:
            result = s.execute(
                select(AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.use_case,
                       AuditEntry.entity, AuditEntry.entity_id, AuditEntry.old_values,
                       AuditEntry.new_values, AuditEntry.prev_hash, AuditEntry.entry_hash)
                .order_by(AuditEntry.id)
                .execution_options(yield_per=2000)
            )
            for (eid, at, user, uc, entity, entity_id, old, new, prev_hash, digest) in result:
                if eid != expected_id:
                    return VerifyResult(False, checked, expected_id,
                                        f"entry {expected_id} is missing")
                if prev_hash != prev:
                    return VerifyResult(False, checked, eid,
                                        "it does not point at the entry before it")
                at_text = at.isoformat(timespec="microseconds")
                if entry_hash(prev, eid, at_text, user, uc, entity, entity_id, old,
                              new) != digest:
                    return VerifyResult(False, checked, eid,
                                        "its content does not match its hash")
                prev = digest
                expected_id += 1
                checked += 1
        return VerifyResult(True, checked)

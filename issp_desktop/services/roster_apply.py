"""The one write path of shifts: check a staged batch against every roster rule, then write it.

Every use case that adds, moves or deletes shifts (the grid, ``issp shifts add``, imports,
copies, repeats, swaps) comes through ``apply_changes`` inside its write transaction, so the
rules hold whatever the front door."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, or_, select, update
from sqlmodel import Session

from issp_desktop.db.models import Leave, Person, Shift, ShiftSwap
from issp_desktop.db.types import utcnow
from issp_desktop.domain import roster as rr
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.roster_base import WORKER, centre_zone, limits_of, load_rules, names_of
from issp_desktop.services.roster_types import (
    ConflictRow,
    RosterConflictError,
    SaveResult,
    ShiftChanges,
    ShiftInput,
)

REACH = timedelta(days=8)  # a week for the weekly hours, plus the rest before and after
AUDIT_EACH = 25  # batches up to this size get one audit entry per shift


@dataclass
class _Planned:
    span: rr.ShiftSpan
    inp: ShiftInput


def _aware(field: str, at: object) -> datetime:
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(field, f"'{at}' is not a date and time with a time zone")
    return at.astimezone(rr.UTC)


def _check_input(i: int, inp: ShiftInput) -> rr.ShiftSpan:
    if not isinstance(inp, ShiftInput):
        raise ValidationError("shift", "is missing")
    start = _aware("start", inp.starts_at)
    if isinstance(inp.minutes, bool) or not isinstance(inp.minutes, int):
        raise ValidationError("hours", f"'{inp.minutes}' is not a length in minutes")
    if not 0 <= inp.break_minutes < max(inp.minutes, 1):
        raise ValidationError("break", f"{inp.break_minutes} min does not fit in the shift")
    if len(inp.note or "") > 300:
        raise ValidationError("note", "is longer than 300 characters")
    key = inp.shift_id if inp.shift_id is not None else -(i + 1)
    return rr.ShiftSpan(key, inp.person_id, start, start + timedelta(minutes=inp.minutes),
                        inp.break_minutes, bool(inp.is_night))


def _people_ok(s: Session, ids: set[int]) -> None:
    found: dict[int, str] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), 900):
        found.update(s.execute(select(Person.id, Person.stage).where(
            Person.id.in_(wanted[start:start + 900]))).all())  # type: ignore[union-attr]
    for pid in wanted:
        if pid not in found:
            raise NotFoundError("person", pid)
        if found[pid] != WORKER:
            names = names_of(s, [pid])
            raise ValidationError("person", f"{names.get(pid, pid)} is a {found[pid]}, not a "
                                  "worker; only workers are rostered")


def check_changes(s: Session, changes: ShiftChanges) -> tuple[list[ConflictRow],
                                                              list[_Planned], dict[int, Any]]:
    """Every conflict the batch would bring, the planned spans, and the old rows it touches."""
    if not isinstance(changes, ShiftChanges):
        raise ValidationError("changes", "are missing")
    tz = centre_zone(s)
    limits = limits_of(load_rules(s))
    planned = [_Planned(_check_input(i, inp), inp) for i, inp in enumerate(changes.upsert)]
    touched = {p.inp.shift_id for p in planned if p.inp.shift_id is not None} | set(
        changes.delete)
    if len(touched) < len([p for p in planned if p.inp.shift_id]) + len(changes.delete):
        raise ValidationError("changes", "the same shift is changed twice in one batch")
    old: dict[int, Any] = {}
    ids = sorted(touched)
    for start in range(0, len(ids), 900):
        for row in s.execute(select(Shift.id, Shift.person_id, Shift.starts_at, Shift.ends_at)
                             .where(Shift.id.in_(ids[start:start + 900]))):  # type: ignore
            old[row.id] = row
    for sid in ids:
        if sid not in old:
            raise NotFoundError("shift", sid)
    _people_ok(s, {p.span.person_id for p in planned})
    conflicts: list[rr.Conflict] = []
    lock = limits.payroll_locked_through
    if lock is not None:
        for sid in ids:  # moving or deleting a closed shift is as bad as adding one
            day = rr.local_day(old[sid].starts_at, tz)
            if day <= lock:
                conflicts.append(rr.Conflict(old[sid].person_id, day, rr.Rule.LOCKED,
                                             f"the payroll for {lock.isoformat()} and before "
                                             "is closed", sid))
    spans = [p.span for p in planned]
    if spans:
        others = _others(s, spans, touched)
        leave = _leave(s, spans, tz)
        conflicts += rr.check(spans, others, leave, limits, tz)
    unique = list(dict.fromkeys(conflicts))  # a moved closed shift is reported once
    conflicts = unique
    names = names_of(s, {c.person_id for c in conflicts})
    rows = [ConflictRow.of(c, names.get(c.person_id, str(c.person_id))) for c in conflicts]
    return rows, planned, old


def _others(s: Session, spans: Sequence[rr.ShiftSpan], touched: set[int]) -> list[rr.ShiftSpan]:
    people = sorted({x.person_id for x in spans})
    low = min(x.starts_at for x in spans) - REACH
    high = max(x.ends_at for x in spans) + REACH
    found: list[rr.ShiftSpan] = []
    for start in range(0, len(people), 900):
        chunk = people[start:start + 900]
        for row in s.execute(select(Shift.id, Shift.person_id, Shift.starts_at, Shift.ends_at,
                                    Shift.break_minutes, Shift.is_night).where(
                Shift.person_id.in_(chunk), Shift.starts_at >= low - timedelta(hours=16),
                Shift.starts_at < high)):  # type: ignore[union-attr]
            if row.id not in touched:
                found.append(rr.ShiftSpan(*row))
    return found


def _leave(s: Session, spans: Sequence[rr.ShiftSpan], tz: ZoneInfo) -> list[rr.LeaveSpan]:
    people = sorted({x.person_id for x in spans})
    low = rr.local_day(min(x.starts_at for x in spans), tz)
    high = rr.local_day(max(x.starts_at for x in spans), tz)
    found: list[rr.LeaveSpan] = []
    for start in range(0, len(people), 900):
        found += [rr.LeaveSpan(*row) for row in s.execute(
            select(Leave.person_id, Leave.starts_on, Leave.ends_on, Leave.kind).where(
                Leave.person_id.in_(people[start:start + 900]),  # type: ignore[union-attr]
                Leave.starts_on <= high, Leave.ends_on >= low))]
    return found


def apply_changes(s: Session, actor: Any, use_case: str, changes: ShiftChanges,
                  override_reason: str = "") -> SaveResult:
    """Check ``changes``; raise ``RosterConflictError`` on a hard conflict, or on a soft one
    without ``override_reason``; otherwise write them all (inside the caller's transaction)."""
    reason = (override_reason or "").strip()
    if len(reason) > 300:
        raise ValidationError("override reason", "is longer than 300 characters")
    conflicts, planned, old = check_changes(s, changes)
    if any(c.hard for c in conflicts) or (conflicts and not reason):
        raise RosterConflictError(conflicts)
    overridden = {c.key for c in conflicts}
    now, who = utcnow(), actor.username
    if changes.delete:
        ids = list(changes.delete)
        s.execute(delete(ShiftSwap).where(or_(ShiftSwap.shift_a_id.in_(ids),  # type: ignore
                                              ShiftSwap.shift_b_id.in_(ids))))  # type: ignore
        s.execute(delete(Shift).where(Shift.id.in_(ids)))  # type: ignore[union-attr]
    new_rows: list[dict[str, Any]] = []
    moved = 0
    for p in planned:
        values = {"person_id": p.span.person_id, "template_id": p.inp.template_id,
                  "starts_at": p.span.starts_at, "ends_at": p.span.ends_at,
                  "break_minutes": p.inp.break_minutes, "is_night": p.span.is_night,
                  "note": (p.inp.note or "").strip(),
                  "override_reason": reason if p.span.key in overridden else "",
                  "updated_at": now, "updated_by": who}
        if p.inp.shift_id is None:
            new_rows.append(values | {"uid": _uid(), "created_at": now, "created_by": who,
                                      "overtime_approved": False, "version": 1})
        else:
            s.execute(update(Shift).where(Shift.id == p.inp.shift_id).values(
                **values, version=Shift.version + 1))
            moved += 1
    for start in range(0, len(new_rows), 2000):
        s.execute(insert(Shift.__table__), new_rows[start:start + 2000])  # type: ignore
    _audit(s, actor, use_case, changes, planned, old, len(new_rows), reason, conflicts)
    return SaveResult(len(new_rows), moved, len(changes.delete),
                      tuple(conflicts) if reason else ())


def _uid() -> str:
    import uuid

    return str(uuid.uuid4())


def _audit(s: Session, actor: Any, use_case: str, changes: ShiftChanges,
           planned: list[_Planned], old: dict[int, Any], added: int, reason: str,
           conflicts: list[ConflictRow]) -> None:
    def brief(span: rr.ShiftSpan) -> dict[str, Any]:
        return {"person_id": span.person_id, "starts_at": span.starts_at,
                "ends_at": span.ends_at}

    if len(planned) + len(changes.delete) <= AUDIT_EACH:
        for p in planned:
            before = old.get(p.inp.shift_id) if p.inp.shift_id else None
            audit.record(s, actor, use_case, "shift", p.inp.shift_id or "",
                         {"person_id": before.person_id, "starts_at": before.starts_at,
                          "ends_at": before.ends_at} if before is not None else None,
                         brief(p.span) | ({"override_reason": reason} if reason else {}))
        for sid in changes.delete:
            row = old[sid]
            audit.record(s, actor, use_case, "shift", sid, {
                "person_id": row.person_id, "starts_at": row.starts_at,
                "ends_at": row.ends_at}, None)
        return
    audit.record(s, actor, use_case, "shift", "", None, {
        "added": added, "changed": len(planned) - added, "deleted": len(changes.delete),
        "people": len({p.span.person_id for p in planned}), "overrides": len(conflicts),
        "override_reason": reason})

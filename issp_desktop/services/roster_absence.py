"""Leave and downtime (part of ``RosterService``). The attendance summary and the deliverables
feature read these tables; the grid shows leave."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from issp_desktop.db.models import Downtime, Leave
from issp_desktop.domain.access import Permission
from issp_desktop.errors import StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import use_case
from issp_desktop.services.roster_base import RosterBase, get_row, load_person, names_of
from issp_desktop.services.roster_types import (
    DowntimeInput,
    DowntimeKind,
    DowntimeRow,
    LeaveInput,
    LeaveKind,
    LeaveRow,
)

MAX_LEAVE_DAYS = 366


def _kind(enum: type[LeaveKind] | type[DowntimeKind], value: object) -> str:
    text = str(value or "").strip().lower()
    allowed = [k.value for k in enum]
    if text not in allowed:
        raise ValidationError("kind", f"'{value}' is not one of {', '.join(allowed)}")
    return text


def _note(raw: str) -> str:
    text = (raw or "").strip()
    if len(text) > 300:
        raise ValidationError("note", "is longer than 300 characters")
    return text


def _downtime_row(d: Downtime) -> DowntimeRow:
    return DowntimeRow(d.id or 0, d.kind, d.starts_at, d.ends_at, d.paid, d.note, d.version)


def _aware(field: str, at: object) -> datetime:
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(field, f"'{at}' is not a date and time with a time zone")
    return at


class AbsenceUseCases(RosterBase):
    # --- leave ---------------------------------------------------------------------------------

    @use_case("leave.list", Permission.ROSTER_VIEW)
    def leave_between(self, first: date, last: date,
                      person_id: int | None = None) -> list[LeaveRow]:
        """Leave that touches the dates ``first``..``last`` (both included)."""
        with self.db.read() as s:
            query = select(Leave).where(Leave.starts_on <= last, Leave.ends_on >= first)
            if person_id is not None:
                query = query.where(Leave.person_id == person_id)
            rows = list(s.execute(query.order_by(Leave.starts_on, Leave.id)).scalars())
            names = names_of(s, {r.person_id for r in rows})
            return [LeaveRow(r.id or 0, r.person_id, names.get(r.person_id, ""), r.kind,
                             r.starts_on, r.ends_on, r.note,
                             (r.ends_on - r.starts_on).days + 1) for r in rows]

    @use_case("leave.add", Permission.ROSTER_EDIT)
    def add_leave(self, leave: LeaveInput) -> LeaveRow:
        if not isinstance(leave, LeaveInput):
            raise ValidationError("leave", "is missing")
        kind = _kind(LeaveKind, leave.kind)
        for field, on in (("from", leave.starts_on), ("to", leave.ends_on)):
            if not isinstance(on, date):
                raise ValidationError(field, f"'{on}' is not a date")
        if leave.ends_on < leave.starts_on:
            raise ValidationError("to", f"{leave.ends_on.isoformat()} is before the first day "
                                  f"{leave.starts_on.isoformat()}")
        if (leave.ends_on - leave.starts_on).days >= MAX_LEAVE_DAYS:
            raise ValidationError("to", "leave longer than a year is not a leave record")
        note = _note(leave.note)
        with self.db.write() as s:
            person = load_person(s, leave.person_id)
            clash = s.execute(select(Leave).where(
                Leave.person_id == leave.person_id, Leave.starts_on <= leave.ends_on,
                Leave.ends_on >= leave.starts_on)).scalars().first()
            if clash is not None:
                raise ValidationError("from", f"overlaps {clash.kind} leave "
                                      f"{clash.starts_on.isoformat()} to "
                                      f"{clash.ends_on.isoformat()} already recorded")
            row = Leave(person_id=leave.person_id, kind=kind, starts_on=leave.starts_on,
                        ends_on=leave.ends_on, note=note, recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            values = {"person_id": row.person_id, "kind": kind, "starts_on": row.starts_on,
                      "ends_on": row.ends_on, "note": note}
            audit.record(s, self.actor, "leave.add", "leave", row.id, None, values)
            name = names_of(s, [person.id or 0]).get(person.id or 0, "")
            return LeaveRow(row.id or 0, row.person_id, name, kind, row.starts_on, row.ends_on,
                            note, (row.ends_on - row.starts_on).days + 1)

    @use_case("leave.delete", Permission.ROSTER_EDIT)
    def delete_leave(self, leave_id: int) -> None:
        with self.db.write() as s:
            row = get_row(s, Leave, leave_id, "leave record")
            old = {"person_id": row.person_id, "kind": row.kind, "starts_on": row.starts_on,
                   "ends_on": row.ends_on}
            s.delete(row)
            audit.record(s, self.actor, "leave.delete", "leave", leave_id, old, None)

    # --- downtime ------------------------------------------------------------------------------

    @use_case("downtime.list", Permission.ROSTER_VIEW)
    def downtime_between(self, first: datetime, last: datetime) -> list[DowntimeRow]:
        """Outages that overlap ``first``..``last`` (ongoing ones included), newest first."""
        with self.db.read() as s:
            query = select(Downtime).where(Downtime.starts_at < last).where(
                (Downtime.ends_at.is_(None)) | (Downtime.ends_at > first))  # type: ignore
            return [_downtime_row(d) for d in s.execute(
                query.order_by(Downtime.starts_at.desc())).scalars()]  # type: ignore

    @use_case("downtime.add", Permission.ROSTER_EDIT)
    def add_downtime(self, downtime: DowntimeInput) -> DowntimeRow:
        values = self._downtime_values(downtime)
        with self.db.write() as s:
            row = Downtime(**values, recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "downtime.add", "downtime", row.id, None, values)
            return _downtime_row(row)

    @use_case("downtime.update", Permission.ROSTER_EDIT)
    def update_downtime(self, downtime_id: int, downtime: DowntimeInput,
                        expected_version: int | None = None) -> DowntimeRow:
        """Change an outage, e.g. give an ongoing one its end."""
        values = self._downtime_values(downtime)
        with self.db.write() as s:
            row = get_row(s, Downtime, downtime_id, "downtime")
            if expected_version is not None and row.version != expected_version:
                raise StaleRecordError("downtime", row.recorded_by, row.recorded_at)
            old = {k: getattr(row, k) for k in values}
            for key, value in values.items():
                setattr(row, key, value)
            row.version += 1
            s.flush()
            audit.record(s, self.actor, "downtime.update", "downtime", row.id, old, values)
            return _downtime_row(row)

    @use_case("downtime.delete", Permission.ROSTER_EDIT)
    def delete_downtime(self, downtime_id: int) -> None:
        with self.db.write() as s:
            row = get_row(s, Downtime, downtime_id, "downtime")
            old = {"kind": row.kind, "starts_at": row.starts_at, "ends_at": row.ends_at}
            s.delete(row)
            audit.record(s, self.actor, "downtime.delete", "downtime", downtime_id, old, None)

    def _downtime_values(self, d: DowntimeInput) -> dict[str, object]:
        if not isinstance(d, DowntimeInput):
            raise ValidationError("downtime", "is missing")
        kind = _kind(DowntimeKind, d.kind)
        start = _aware("start", d.starts_at)
        end = _aware("end", d.ends_at) if d.ends_at is not None else None
        if end is not None and end <= start:
            raise ValidationError("end", "must be after the start")
        if end is not None and end - start > timedelta(days=31):
            raise ValidationError("end", "an outage longer than 31 days is not downtime")
        return {"kind": kind, "starts_at": start, "ends_at": end, "paid": bool(d.paid),
                "note": _note(d.note)}

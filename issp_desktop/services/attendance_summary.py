"""The monthly attendance summary (what payroll reads), its export, and a day's sheet of shifts
with what happened (part of ``AttendanceService``).

The period's shifts, punches, leave, downtime and holidays are read in a handful of bulk
queries and the rules of ``domain.attendance`` run in memory: no query per person.
"""

from __future__ import annotations

import csv
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from issp_desktop.db.models import Person
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.attendance import (
    TOTAL_FIELDS,
    Shared,
    derive_with,
    local_day_bounds,
    totals,
    ts,
    utc,
)
from issp_desktop.errors import ValidationError
from issp_desktop.services import audit
from issp_desktop.services.attendance_clock import person_name
from issp_desktop.services.attendance_load import load_settings, load_window
from issp_desktop.services.attendance_types import (
    COUNT_FIELDS,
    MINUTE_FIELDS,
    AttendanceSummaryRow,
    DayShiftRow,
    hours,
)
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.batch import gc_paused
from issp_desktop.services.people_io import neutralise

MAX_DAYS = 366
_TOTALS = operator.attrgetter(*TOTAL_FIELDS)
CHUNK = 900


@dataclass(frozen=True)
class SummaryExport:
    path: Path
    rows: int


def _check_period(start: date, end: date) -> None:
    for field, value in (("from", start), ("to", end)):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError(field, f"'{value}' is not a date")
    if end < start:
        raise ValidationError("to", f"{end.isoformat()} is before {start.isoformat()}")
    if (end - start).days >= MAX_DAYS:
        raise ValidationError("to", f"the period is longer than {MAX_DAYS} days")


def summary_columns(identity: bool) -> list[str]:
    return ["name", *(["national_id"] if identity else []), "badge_no", "shifts_planned",
            *(f.replace("_minutes", "_hours") for f in MINUTE_FIELDS),
            *(f for f in COUNT_FIELDS if f != "shifts_planned")]


def summary_values(row: AttendanceSummaryRow, identity: bool) -> list[Any]:
    """One export line: hours with two decimals (as numbers), counts as integers."""
    out: list[Any] = [row.name, *([row.national_id or ""] if identity else []),
                      row.badge_no or "", row.shifts_planned]
    out += [float(hours(getattr(row, f))) for f in MINUTE_FIELDS]
    out += [getattr(row, f) for f in COUNT_FIELDS if f != "shifts_planned"]
    return out


def total_row(rows: Iterable[AttendanceSummaryRow]) -> AttendanceSummaryRow:
    """The column totals (person_id 0, name "Total")."""
    listed = list(rows)
    sums = {f: sum(getattr(r, f) for r in listed) for f in (*MINUTE_FIELDS, *COUNT_FIELDS)}
    return AttendanceSummaryRow(person_id=0, national_id=None, name="Total", badge_no=None,
                                **sums)


class SummaryUseCases(Service):
    now: Callable[[], datetime] = staticmethod(utcnow)

    @use_case("attendance.summary", Permission.ROSTER_VIEW)
    def summary(self, start: date, end: date,
                person_ids: Iterable[int] | None = None) -> list[AttendanceSummaryRow]:
        """Per person, the attendance figures of the shifts whose local start date is in
        [start, end] (both included), in whole minutes and counts, sorted by name.

        Everybody with a planned shift, a punch or leave in the period is listed, and everybody
        in ``person_ids`` (then only they). The rules are documented in
        ``issp_desktop.domain.attendance``; the fields in ``AttendanceSummaryRow``."""
        with gc_paused():
            return self._summary(start, end, person_ids)

    def _summary(self, start: date, end: date,
                 person_ids: Iterable[int] | None) -> list[AttendanceSummaryRow]:
        _check_period(start, end)
        wanted = list(dict.fromkeys(person_ids)) if person_ids is not None else None
        identity = self.actor.can(Permission.PEOPLE_IDENTITY)
        now = self.now()
        with self.db.read() as s:
            settings = load_settings(s)
            lo, hi = local_day_bounds(start, end, settings.rules.time_zone)
            lo_ts, hi_ts = ts(lo), ts(hi)
            w = load_window(s, *_whole_weeks(start, end, settings.rules.time_zone), start, end,
                            wanted)
            ids = set(wanted) if wanted is not None else (
                {pid for pid, shs in w.shifts.items() if any(lo_ts <= sh.start < hi_ts
                                                              for sh in shs)}
                | set(w.leaves)
                | {pid for pid, ps in w.punches.items() if any(lo_ts <= p.at < hi_ts
                                                               for p in ps)})
            people = _people(s, ids)
        found: list[AttendanceSummaryRow] = []
        shared = Shared.of(w.downtime, w.holidays, settings.rules, now)
        shifts, punches, leaves = w.shifts, w.punches, w.leaves
        for pid, (first, last, national_id, badge) in people.items():
            mine = leaves.get(pid, ())
            derived = derive_with(pid, shifts.get(pid, ()), punches.get(pid, ()), mine, shared)
            t = totals(derived, mine, start, end)
            found.append(AttendanceSummaryRow(
                pid, national_id if identity else None, person_name(first, last), badge,
                *_TOTALS(t)))
        found.sort(key=lambda r: (r.name.casefold(), r.person_id))
        return found

    @use_case("attendance.summary_export", Permission.ROSTER_VIEW)
    def export_summary(self, path: Path, start: date, end: date) -> SummaryExport:
        """Write the summary (hours with two decimals, a totals line) to .csv or .xlsx."""
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("csv", "xlsx"):
            raise ValidationError("file", f"{path.name}: choose a .csv or .xlsx file name")
        rows = self.summary(start, end)
        identity = self.actor.can(Permission.PEOPLE_IDENTITY)
        columns = summary_columns(identity)
        lines = [[neutralise(v) for v in summary_values(r, identity)] for r in rows]
        if rows:
            lines.append(summary_values(total_row(rows), identity))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            _write(tmp, fmt, columns, lines, f"{start.isoformat()} to {end.isoformat()}")
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        with self.db.write() as s:
            audit.record(s, self.actor, "attendance.summary_export", "person", "", None,
                         {"from": start, "to": end, "count": len(rows), "format": fmt})
        return SummaryExport(path, len(rows))

    @use_case("attendance.day", Permission.ROSTER_VIEW)
    def day_sheet(self, day: date) -> list[DayShiftRow]:
        """The planned shifts starting on ``day`` (local) and what happened, by start and name."""
        _check_period(day, day)
        now = self.now()
        with self.db.read() as s:
            settings = load_settings(s)
            lo, hi = local_day_bounds(day, day, settings.rules.time_zone)
            lo_ts, hi_ts = ts(lo), ts(hi)
            w = load_window(s, *_whole_weeks(day, day, settings.rules.time_zone), day, day)
            people = _people(s, set(w.shifts))
        found: list[DayShiftRow] = []
        shared = Shared.of(w.downtime, w.holidays, settings.rules, now)
        for pid, shifts in w.shifts.items():
            derived = derive_with(pid, shifts, w.punches.get(pid, ()), w.leaves.get(pid, ()),
                                  shared)
            first, last = people[pid][:2] if pid in people else ("?", "")
            by_id = {sh.id: sh for sh in shifts}
            for r in derived.shifts:
                sh = by_id[r.shift_id]
                if not lo_ts <= sh.start < hi_ts:
                    continue
                found.append(DayShiftRow(r.shift_id, pid, person_name(first, last),
                                         sh.starts_at, sh.ends_at, r.status.value,
                                         r.late_minutes, r.worked_minutes,
                                         utc(r.first_in) if r.first_in is not None else None,
                                         utc(r.last_out) if r.last_out is not None else None))
        found.sort(key=lambda r: (r.starts_at, r.name.casefold()))
        return found


def _whole_weeks(start: date, end: date, tz: str) -> tuple[datetime, datetime]:
    """The Monday before ``start`` to the Sunday after ``end``: whether a shift is rest-day
    work depends on the person's whole week."""
    return local_day_bounds(start - timedelta(days=start.weekday()),
                            end + timedelta(days=6 - end.weekday()), tz)


def _people(s: Any, ids: set[int]) -> dict[int, tuple[str, str, str | None, str | None]]:
    found: dict[int, tuple[str, str, str | None, str | None]] = {}
    listed = sorted(ids)
    for i in range(0, len(listed), CHUNK):
        for pid, first, last, nid, badge in s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.national_id,
                       Person.badge_no).where(Person.id.in_(listed[i:i + CHUNK]))):
            found[pid] = (first, last, nid, badge)
    return found


def _write(path: Path, fmt: str, columns: list[str], lines: list[list[Any]],
           title: str) -> None:
    if fmt == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows(lines)
        return
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Attendance")
    sheet.append(columns)
    for line in lines:
        sheet.append(line)
    book.properties.title = f"Attendance {title}"
    book.save(path)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)

"""Shift import from .csv/.xlsx (all rows or none; every problem as ``line N: column:
reason``; a backup first) and the week's roster as a PDF or XLSX (part of ``RosterService``).

Import columns (any case, any order): ``national_id``, ``date``, then ``template`` (name or
code) or ``start`` (HH:MM, centre time) and ``hours``; ``note`` optional. With a template and a
start/hours, the start and hours win and the template gives the break and night flag."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from issp_desktop.db.models import Person
from issp_desktop.domain import roster as rr
from issp_desktop.domain.access import Permission
from issp_desktop.domain.people import parse_date
from issp_desktop.domain.text import normalise_national_id
from issp_desktop.errors import IsspError, ValidationError
from issp_desktop.services.base import use_case
from issp_desktop.services.people_io import (
    ImportProblem,
    _discard_backup,
    _start_backup,
    header_key,
    read_table,
)
from issp_desktop.services.roster_apply import apply_changes, check_changes
from issp_desktop.services.roster_base import (
    RosterBase,
    centre_name,
    centre_zone,
    ensure_setup,
    load_templates,
)
from issp_desktop.services.roster_shifts import from_template
from issp_desktop.services.roster_types import (
    RosterConflictError,
    ShiftChanges,
    ShiftInput,
    TemplateRow,
    WeekGrid,
)

COLUMNS = ("national_id", "date", "template", "start", "hours", "note")
_ALIASES = {"id": "national_id", "id_number": "national_id", "shift": "template",
            "day": "date", "start_time": "start", "length": "hours", "notes": "note"}

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ShiftImportResult:
    rows: int
    created: int
    problems: list[ImportProblem]
    dry_run: bool
    backup: Path | None = None
    overridden: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ExportResult:
    path: Path
    people: int
    shifts: int


@dataclass
class _Parsed:
    lines: list[int] = field(default_factory=list)
    shifts: list[ShiftInput] = field(default_factory=list)


def _column(header: str) -> str:
    key = header_key(header)
    return _ALIASES.get(key, key)


class RosterIOUseCases(RosterBase):
    @use_case("roster.import", Permission.ROSTER_EDIT)
    def import_file(self, path: Path, *, dry_run: bool = False, override_reason: str = "",
                    progress: ProgressFn | None = None) -> ShiftImportResult:
        """Check every row; if all are good (and not ``dry_run``), back up the database and add
        every shift in one transaction. Soft conflicts need ``override_reason``."""
        table = read_table(Path(path))
        problems = list(table.problems)
        cols = {_column(h): i for i, h in enumerate(table.headers)}
        for need in ("national_id", "date"):
            if need not in cols:
                problems.append(ImportProblem(table.header_line, need,
                                              "the file needs a column for it"))
        if "template" not in cols and not {"start", "hours"} <= set(cols):
            problems.append(ImportProblem(table.header_line, "template",
                                          "the file needs a template column, or start and "
                                          "hours columns"))
        if problems or not table.rows:
            if not table.rows and not problems:
                problems.append(ImportProblem(table.header_line, "file", "has no rows"))
            return ShiftImportResult(len(table.rows), 0, problems, dry_run)
        self._bootstrap()
        backup = _start_backup(self) if not dry_run else None
        try:
            with self.db.write() as s:
                ensure_setup(s, self.actor)
                parsed = self._parse(s, table.rows, cols, problems)
                if progress is not None:
                    progress(len(table.rows), len(table.rows), "Checking the rules")
                if problems:
                    return ShiftImportResult(len(table.rows), 0, problems, dry_run)
                changes = ShiftChanges(tuple(parsed.shifts))
                conflicts = check_changes(s, changes)[0]
                reason = override_reason.strip()
                for c in conflicts:
                    if c.hard or not reason:
                        line = parsed.lines[-c.key - 1] if c.key < 0 else table.header_line
                        extra = "" if c.hard else " (give an override reason to accept it)"
                        problems.append(ImportProblem(line, "date", f"{c.person}: "
                                                      f"{rr.RULE_TITLES[rr.Rule(c.rule)]}: "
                                                      f"{c.detail}{extra}"))
                if problems or dry_run:
                    return ShiftImportResult(len(table.rows), 0, problems, dry_run)
                made = backup.result().path if backup is not None else None
                result = apply_changes(s, self.actor, "roster.import", changes, reason)
            backup = None  # the import is in: keep it
            return ShiftImportResult(len(table.rows), result.added, [], False, made,
                                     len(result.overridden))
        except RosterConflictError as exc:  # a rule that changed between check and write
            raise IsspError(str(exc)) from exc
        finally:
            if backup is not None:
                _discard_backup(backup)

    def _parse(self, s: Any, rows: list[tuple[int, list[str]]], cols: dict[str, int],
               problems: list[ImportProblem]) -> _Parsed:
        tz = centre_zone(s)
        templates = load_templates(s)
        by_key: dict[str, TemplateRow] = {}
        for t in templates:
            by_key[t.name.casefold()] = t
            by_key[t.code.casefold()] = t
        ids: dict[str, int] = dict(s.execute(select(Person.national_id_norm, Person.id).where(
            Person.national_id_norm.is_not(None))).all())  # type: ignore[union-attr]
        out = _Parsed()
        seen: dict[tuple[int, object], int] = {}

        def cell(cells: list[str], key: str) -> str:
            return cells[cols[key]].strip() if key in cols else ""

        for line, cells in rows:
            try:
                raw_id = cell(cells, "national_id")
                if not raw_id:
                    raise ValidationError("national_id", "is required")
                pid = ids.get(normalise_national_id(raw_id))
                if pid is None:
                    raise ValidationError("national_id", f"no person has national ID "
                                          f"'{raw_id}'")
                day = parse_date("date", cell(cells, "date"))
                shift = self._row_shift(pid, day, cells, cell, by_key, tz)
            except ValidationError as exc:
                problems.append(ImportProblem(line, exc.field, exc.reason))
                continue
            key = (pid, shift.starts_at)
            if key in seen:
                problems.append(ImportProblem(line, "row", f"the same shift as line {seen[key]} "
                                              "(duplicate row)"))
                continue
            seen[key] = line
            out.lines.append(line)
            out.shifts.append(shift)
        return out

    @staticmethod
    def _row_shift(pid: int, day: date, cells: list[str], cell: Any,
                   by_key: dict[str, TemplateRow], tz: Any) -> ShiftInput:
        name = cell(cells, "template")
        template = None
        if name:
            template = by_key.get(name.casefold())
            if template is None:
                raise ValidationError("template", f"there is no shift template '{name}'")
        note = cell(cells, "note")
        if len(note) > 300:
            raise ValidationError("note", "is longer than 300 characters")
        start_raw, hours_raw = cell(cells, "start"), cell(cells, "hours")
        if template is not None and not start_raw and not hours_raw:
            return from_template(pid, day, template, tz, note)
        if not start_raw:
            raise ValidationError("start", "is required without a template")
        if not hours_raw and template is None:
            raise ValidationError("hours", "is required without a template")
        minute = rr.parse_clock("start", start_raw)
        minutes = rr.parse_hours("hours", hours_raw) if hours_raw else template.length_minutes
        brk = template.break_minutes if template is not None else 0
        return ShiftInput(pid, rr.local_start(day, minute, tz), minutes,
                          template.id if template else None, min(brk, minutes - 1),
                          template.is_night if template else False, note)

    # --- print and export ---------------------------------------------------------------------

    @use_case("roster.export", Permission.ROSTER_VIEW)
    def export_week(self, monday: date, path: Path, cohort_id: int | None = None,
                    text: str = "") -> ExportResult:
        """The week's roster as .pdf (landscape, for the notice board) or .xlsx."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise ValidationError("file", f"{target.name} should end in .pdf or .xlsx")
        grid: WeekGrid = self.week(monday, cohort_id, text)
        with self.db.read() as s:
            centre = centre_name(s)
        if suffix == ".pdf":
            from issp_desktop.reports.roster_pdf import build_roster_pdf

            build_roster_pdf(grid, centre, target)
        else:
            from issp_desktop.reports.roster_xlsx import build_roster_xlsx

            build_roster_xlsx(grid, centre, target)
        return ExportResult(target, len(grid.people), len(grid.shifts))

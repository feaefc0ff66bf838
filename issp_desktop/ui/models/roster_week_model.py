"""The week grid: people × Monday..Sunday, plus the week's hours. Held whole (a week of 200
people is 1,400 cells, read in three queries); edits are staged here — each staged cell is the
shift it will hold (or none) — until the tab checks and saves them as one batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from issp_desktop.domain.roster import zone
from issp_desktop.services.roster import (
    ShiftChanges,
    ShiftInput,
    ShiftRow,
    TemplateRow,
    WeekGrid,
    from_template,
)
from issp_desktop.ui.formatting import format_day

Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, date]
LEAVE_COLOUR = QColor("#e0e0e0")
STAGED_COLOUR = QColor("#fff0b3")
HARD_COLOUR = QColor("#f4b4b4")
SOFT_COLOUR = QColor("#ffd59a")
FIRST_DAY_COLUMN = 1


class RosterWeekModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: WeekGrid | None = None
        self.shifts: dict[Cell, list[ShiftRow]] = {}
        self.staged: dict[Cell, ShiftInput | None] = {}
        self.notes: dict[int, str] = {}  # existing shift id -> new note
        self.marks: dict[Cell, bool] = {}  # cells with a conflict -> hard?
        self.templates: dict[int, TemplateRow] = {}
        self.tz = zone(None)

    # --- loading -------------------------------------------------------------------------------

    def set_grid(self, grid: WeekGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.tz = zone(grid.time_zone)
        self.templates = {t.id: t for t in grid.templates}
        cells: dict[Cell, list[ShiftRow]] = defaultdict(list)
        for sh in grid.shifts:
            cells[(sh.person_id, sh.day)].append(sh)
        self.shifts = dict(cells)
        self.staged.clear()
        self.notes.clear()
        self.marks.clear()
        self.endResetModel()

    # --- shape ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Name")
        if section == 8:
            return self.tr("Hours")
        if self.grid is None:
            return None
        # two short lines ("Mon" over "30 Nov"): the columns stay narrow at large text sizes
        return format_day(self.grid.days[section - 1]).replace(" ", "\n", 1)

    def cell_of(self, index: Index) -> Cell | None:
        if self.grid is None or not index.isValid() or not 1 <= index.column() <= 7:
            return None
        return (self.grid.people[index.row()].id, self.grid.days[index.column() - 1])

    def index_of(self, cell: Cell) -> QModelIndex:
        assert self.grid is not None
        row = next(i for i, p in enumerate(self.grid.people) if p.id == cell[0])
        return self.index(row, self.grid.days.index(cell[1]) + 1)

    # --- what a cell holds ---------------------------------------------------------------------

    def planned(self, cell: Cell) -> list[tuple[int | None, ShiftInput]]:
        """What the cell will hold after saving: (existing id or None, shift)."""
        if cell in self.staged:
            new = self.staged[cell]
            return [] if new is None else [(None, new)]
        return [(sh.id, ShiftInput(sh.person_id, sh.starts_at, sh.minutes, sh.template_id,
                                   sh.break_minutes, sh.is_night,
                                   self.notes.get(sh.id, sh.note), sh.id))
                for sh in self.shifts.get(cell, [])]

    def _label(self, shift: ShiftInput) -> str:
        t = self.templates.get(shift.template_id or 0)
        if t is not None:
            return t.code
        start = shift.starts_at.astimezone(self.tz)
        return f"{start:%H:%M} {shift.minutes / 60:g}h"

    def _times(self, shift: ShiftInput) -> str:
        start = shift.starts_at.astimezone(self.tz)
        from datetime import timedelta

        end = (shift.starts_at + timedelta(minutes=shift.minutes)).astimezone(self.tz)
        return f"{start:%H:%M}–{end:%H:%M}"

    def week_minutes(self, person_id: int) -> int:
        if self.grid is None:
            return 0
        return sum(max(0, s.minutes - s.break_minutes) for d in self.grid.days
                   for _id, s in self.planned((person_id, d)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        person = self.grid.people[index.row()]
        col = index.column()
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{person.name} · {person.national_id or '—'} · {person.cohort or '—'}"
            return None
        if col == 8:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.week_minutes(person.id) / 60:.1f}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        cell = (person.id, self.grid.days[col - 1])
        planned = self.planned(cell)
        leave = self.grid.leave.get(cell)
        staged = cell in self.staged or any(i in self.notes for i, _s in planned)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " + ".join(self._label(s) for _i, s in planned)
            if any(s.note for _i, s in planned):
                text += " ✎"
            if leave:
                text = f"{text} · {self.tr('leave')}" if text else self.tr("Leave ({0})").format(
                    leave)
            if cell in self.marks:  # colour is never the only signal of a conflict
                text = f"⚠ {text}"
            return text + (" *" if staged else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [] if cell not in self.marks else [
                self.tr("Conflict: cannot be saved") if self.marks[cell]
                else self.tr("Warning: check before saving")]
            lines += [f"{self._label(s)} {self._times(s)}" + (f" — {s.note}" if s.note else "")
                     for _i, s in planned]
            lines += [self.tr("Override: {0}").format(sh.override_reason)
                      for sh in self.shifts.get(cell, []) if sh.override_reason
                      and cell not in self.staged]
            if leave:
                lines.append(self.tr("On {0} leave").format(leave))
            if staged:
                lines.append(self.tr("Not saved yet"))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell in self.marks:
                return QBrush(HARD_COLOUR if self.marks[cell] else SOFT_COLOUR)
            if staged:
                return QBrush(STAGED_COLOUR)
            if leave and not planned:
                return QBrush(LEAVE_COLOUR)
            if planned:
                t = self.templates.get(planned[0][1].template_id or 0)
                if t is not None and t.colour:
                    return QBrush(QColor(t.colour))
            return None
        if role == Qt.ItemDataRole.FontRole and staged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # --- staging -------------------------------------------------------------------------------

    def _changed(self, cells: Iterable[Cell]) -> None:
        for cell in cells:
            idx = self.index_of(cell)
            self.dataChanged.emit(idx, idx)
            hours = self.index(idx.row(), 8)
            self.dataChanged.emit(hours, hours)

    def assign(self, cells: Iterable[Cell], template: TemplateRow) -> int:
        cells = list(cells)
        for pid, day in cells:
            notes = [s.note for _i, s in self.planned((pid, day)) if s.note]
            self.staged[(pid, day)] = from_template(pid, day, template, self.tz,
                                                    notes[0] if notes else "")
            self.marks.pop((pid, day), None)
        self._changed(cells)
        return len(cells)

    def unassign(self, cells: Iterable[Cell]) -> int:
        cells = [c for c in cells if self.planned(c)]
        for cell in cells:
            self.staged[cell] = None
            self.marks.pop(cell, None)
        self._changed(cells)
        return len(cells)

    def stage(self, shifts: Iterable[ShiftInput]) -> int:
        """Put planned shifts (a copied week, say) into their cells; people not on the grid
        are left out. Returns how many were staged."""
        if self.grid is None:
            return 0
        shown = {p.id for p in self.grid.people}
        days = set(self.grid.days)
        done = []
        for s in shifts:
            cell = (s.person_id, s.starts_at.astimezone(self.tz).date())
            if s.person_id in shown and cell[1] in days:
                self.staged[cell] = ShiftInput(s.person_id, s.starts_at, s.minutes,
                                               s.template_id, s.break_minutes, s.is_night,
                                               s.note)
                self.marks.pop(cell, None)
                done.append(cell)
        self._changed(done)
        return len(done)

    def set_note(self, cell: Cell, note: str) -> bool:
        planned = self.planned(cell)
        if not planned:
            return False
        shift_id, s = planned[0]
        if shift_id is None:
            self.staged[cell] = ShiftInput(s.person_id, s.starts_at, s.minutes, s.template_id,
                                           s.break_minutes, s.is_night, note)
        else:
            self.notes[shift_id] = note
        self._changed([cell])
        return True

    def mark(self, conflicts: Iterable[tuple[Cell, bool]]) -> None:
        old = list(self.marks)
        self.marks = {}
        for cell, hard in conflicts:
            self.marks[cell] = self.marks.get(cell, False) or hard
        shown = {p.id for p in self.grid.people} if self.grid else set()
        self._changed([c for c in {*old, *self.marks} if c[0] in shown])

    @property
    def pending(self) -> int:
        return len(self.staged) + len(self.notes)

    def changes(self) -> ShiftChanges:
        """The staged cells as one batch: a cell's first shift is moved (so swaps and history
        keep pointing at it), any others deleted, a new one added."""
        upsert: list[ShiftInput] = []
        delete: list[int] = []
        for cell, new in self.staged.items():
            existing = [sh.id for sh in self.shifts.get(cell, [])]
            if new is None:
                delete += existing
                continue
            keep = existing[0] if existing else None
            upsert.append(ShiftInput(new.person_id, new.starts_at, new.minutes, new.template_id,
                                     new.break_minutes, new.is_night, new.note, keep))
            delete += existing[1:]
        staged_ids = {u.shift_id for u in upsert} | set(delete)
        for rows in self.shifts.values():
            for sh in rows:
                if sh.id in self.notes and sh.id not in staged_ids:
                    upsert.append(ShiftInput(sh.person_id, sh.starts_at, sh.minutes,
                                             sh.template_id, sh.break_minutes, sh.is_night,
                                             self.notes[sh.id], sh.id))
        return ShiftChanges(tuple(upsert), tuple(delete))

    def discard(self) -> None:
        self.beginResetModel()
        self.staged.clear()
        self.notes.clear()
        self.marks.clear()
        self.endResetModel()

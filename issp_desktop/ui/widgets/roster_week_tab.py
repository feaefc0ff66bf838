"""The week tab: the grid with its filters, the edits staged on it (by keyboard, context menu or
toolbar; a copied week; a whole team at once), the conflicts found by Check or Save, an override
reason for the soft ones, swaps, repeating a week, and printing or exporting it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPoint, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.roster import monday_of
from issp_desktop.services.roster import ConflictRow, RosterConflictError, TemplateRow, WeekGrid
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.formatting import format_day
from issp_desktop.ui.models.roster_week_model import Cell, RosterWeekModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import ERROR_STYLE, OK_STYLE
from issp_desktop.ui.widgets.flow_row import FlowRow
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.roster_week_view import RosterWeekView

if TYPE_CHECKING:
    from issp_desktop.services import Services


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _button(text: str, name: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class RosterWeekTab(QWidget):
    loaded = Signal()
    saved = Signal()

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.roster, self.runner = services, services.roster, runner
        self.can_edit = services.actor.can(Permission.ROSTER_EDIT)
        self.setObjectName("rosterWeekTab")
        self.monday = monday_of(self.roster.today_local())
        self.templates: list[TemplateRow] = []
        self.conflicts: list[ConflictRow] = []
        self._ticket = 0
        self.model = RosterWeekModel(self)
        self.view = RosterWeekView()
        self.view.setObjectName("rosterGrid")
        self.view.setAccessibleName(self.tr("Roster: people by day of the week"))
        self.view.setModel(self.model)
        self.view.editable = self.can_edit
        self.view.verticalHeader().setVisible(False)  # sizes follow the font: fit_to_font
        self.view.code_typed.connect(self._on_view_code_typed)
        self.view.unassign_requested.connect(self._on_view_unassign_requested)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self._build_filters()
        self._build_actions()
        self.week_label = QLabel()
        self.week_label.setObjectName("rosterWeekLabel")
        self.week_label.setWordWrap(True)
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("rosterConflicts")
        self.conflict_list.setAccessibleName(self.tr("Conflicts found"))
        self.conflict_list.setMaximumHeight(110)
        self.conflict_list.setVisible(False)
        self.conflict_list.itemActivated.connect(self._on_conflict_list_activated)
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("rosterOverride")
        self.override_edit.setMaxLength(300)
        self.override_edit.setAccessibleName(self.tr("Override reason"))
        self.override_edit.setPlaceholderText(self.tr("Why these soft conflicts are accepted"))
        self.override_label = QLabel(self.tr("Override &reason:"))
        self.override_label.setBuddy(self.override_edit)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_label)
        override_row.addWidget(self.override_edit, 1)
        self._show_override(False)
        self.message = FormError()
        self.message.setObjectName("rosterMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.week_label)
        layout.addLayout(self.action_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict_list)
        layout.addLayout(override_row)
        for w in self.edit_widgets:
            w.setVisible(self.can_edit)

    # --- building ------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.week_edit = QDateEdit(_qdate(self.monday))
        self.week_edit.setObjectName("rosterWeekDate")
        self.week_edit.setDisplayFormat("yyyy-MM-dd")
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setAccessibleName(self.tr("Any day of the week to show"))
        self.week_edit.dateChanged.connect(self._on_week_edit_changed)
        self.cohort_combo = QComboBox()
        self.cohort_combo.setObjectName("rosterCohortFilter")
        self.cohort_combo.setAccessibleName(self.tr("Cohort filter"))
        self.cohort_combo.addItem(self.tr("All cohorts"), None)
        for c in self.services.people.cohorts():
            self.cohort_combo.addItem(c.name, c.id)
        self.cohort_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("rosterStageFilter")
        self.stage_combo.setAccessibleName(self.tr("Stage filter"))
        self.stage_combo.addItem(self.tr("Workers"), "worker")
        self.stage_combo.addItem(self.tr("Only people with shifts"), "rostered")
        self.stage_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("rosterSearch")
        self.search_edit.setPlaceholderText(self.tr("Name or national ID"))
        self.search_edit.setAccessibleName(self.tr("Search by name"))
        self.search_edit.returnPressed.connect(self.load)
        row = FlowRow()
        row.addWidget(_button(self.tr("◀ &Previous"), "rosterPrevWeek",
                              lambda: self.go_to(self.monday - timedelta(days=7))))
        row.addWidget(self.week_edit)
        row.addWidget(_button(self.tr("&Next ▶"), "rosterNextWeek",
                              lambda: self.go_to(self.monday + timedelta(days=7))))
        row.addWidget(_button(self.tr("This &week"), "rosterThisWeek",
                              lambda: self.go_to(self.roster.today_local())))
        row.addSpacing(12)
        row.addWidget(self.cohort_combo)
        row.addWidget(self.stage_combo)
        row.addWidget(self.search_edit, 1)
        self.filter_row = row

    def _build_actions(self) -> None:
        self.assign_button = QToolButton()
        self.assign_button.setObjectName("rosterAssignButton")
        self.assign_button.setText(self.tr("&Assign"))
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self)
        self.assign_button.setMenu(self.assign_menu)
        self.unassign_button = _button(self.tr("&Unassign"), "rosterUnassignButton",
                                       lambda: self.unassign(self.view.selected_cells()))
        self.note_button = _button(self.tr("N&ote…"), "rosterNoteButton", self.edit_note)
        self.copy_button = _button(self.tr("&Copy last week"), "rosterCopyButton",
                                   self.copy_last_week)
        self.team_button = _button(self.tr("Assign to &team…"), "rosterTeamButton",
                                   self.assign_team)
        self.repeat_button = _button(self.tr("&Repeat…"), "rosterRepeatButton", self.repeat)
        self.swap_button = _button(self.tr("S&wap…"), "rosterSwapButton", self.swap)
        self.check_button = _button(self.tr("C&heck"), "rosterCheckButton", self.check)
        self.save_button = _button(self.tr("&Save"), "rosterSaveButton", self.save)
        self.discard_button = _button(self.tr("&Discard"), "rosterDiscardButton", self.discard)
        self.pdf_button = _button(self.tr("&Print PDF…"), "rosterPdfButton",
                                  lambda: self._ask_export(".pdf"))
        self.xlsx_button = _button(self.tr("E&xport XLSX…"), "rosterXlsxButton",
                                   lambda: self._ask_export(".xlsx"))
        self.edit_widgets: list[QWidget] = [
            self.assign_button, self.unassign_button, self.note_button, self.copy_button,
            self.team_button, self.repeat_button, self.swap_button, self.check_button,
            self.save_button, self.discard_button]
        row = FlowRow()
        for w in self.edit_widgets[:7]:
            row.addWidget(w)
        row.addStretch(1)
        for w in (*self.edit_widgets[7:], self.pdf_button, self.xlsx_button):
            row.addWidget(w)
        self.action_row = row

    # --- loading -------------------------------------------------------------------------------

    def go_to(self, day: date) -> bool:
        if self.model.pending:
            self.say(self.tr("Save or discard the %n staged change(s) first.", "",
                             self.model.pending), ok=False)
            self.week_edit.blockSignals(True)
            self.week_edit.setDate(_qdate(self.monday))
            self.week_edit.blockSignals(False)
            return False
        self.monday = monday_of(day)
        self.week_edit.blockSignals(True)
        self.week_edit.setDate(_qdate(self.monday))
        self.week_edit.blockSignals(False)
        self.load()
        return True

    def _on_week_edit_changed(self, d: QDate) -> None:
        self.go_to(date(d.year(), d.month(), d.day()))

    def load(self) -> None:
        self._ticket += 1
        ticket, roster, monday = self._ticket, self.roster, self.monday
        cohort, stage = self.cohort_combo.currentData(), self.stage_combo.currentData()
        text = self.search_edit.text()
        self.runner.submit(lambda _p, _c: roster.week(monday, cohort, text, stage),
                           on_done=lambda g: self._on_loaded(ticket, g),
                           on_error=lambda e: self.say(error_text(e), ok=False), name="week")

    def _on_loaded(self, ticket: int, grid: object) -> None:
        if ticket != self._ticket or not isinstance(grid, WeekGrid):
            return
        self.model.set_grid(grid)
        self.templates = [t for t in grid.templates if t.active]
        self.view.codes = [t.code for t in self.templates]
        self.assign_menu.clear()
        for t in self.templates:
            action = self.assign_menu.addAction(
                f"{t.code}  {t.name} {t.start_text}–{t.end_text}")
            action.triggered.connect(lambda _c=False, t=t: self.assign(
                self.view.selected_cells(), t))
        last = grid.days[-1]
        lock = (self.tr(" · payroll closed through {0}").format(grid.locked_through.isoformat())
                if grid.locked_through else "")
        self.week_label.setText(self.tr("<b>Week of {0} to {1}</b> · {2} people · {3} shifts · "
                                        "times in {4}{5}").format(
            format_day(grid.monday, year=True), format_day(last, year=True),
            len(grid.people), len(grid.shifts), grid.time_zone, lock))
        self.view.fit_to_font()
        self._set_conflicts([])
        self.loaded.emit()

    # --- staging -------------------------------------------------------------------------------

    def _template(self, code: str) -> TemplateRow | None:
        return next((t for t in self.templates if t.code == code), None)

    def _on_view_code_typed(self, code: str, cells: list[Cell]) -> None:
        template = self._template(code)
        if template is not None:
            self.assign(cells, template)

    def _on_view_unassign_requested(self, cells: list[Cell]) -> None:
        self.unassign(cells)

    def assign(self, cells: list[Cell], template: TemplateRow) -> None:
        if cells and self.can_edit:
            n = self.model.assign(cells, template)
            self._staged(self.tr("%n cell(s) set to {0}.", "", n).format(template.name))

    def unassign(self, cells: list[Cell]) -> None:
        if cells and self.can_edit:
            n = self.model.unassign(cells)
            self._staged(self.tr("%n cell(s) emptied.", "", n))

    def _staged(self, text: str) -> None:
        self.say(text + " " + self.tr("%n change(s) not saved yet.", "", self.model.pending),
                 ok=True)

    def _on_view_context_menu(self, pos: QPoint) -> None:
        if not self.can_edit or self.model.cell_of(self.view.indexAt(pos)) is None:
            return
        menu = QMenu(self)
        cells = self.view.selected_cells()
        for t in self.templates:
            menu.addAction(self.tr("Assign {0} ({1})").format(t.name, t.code)).triggered.connect(
                lambda _c=False, t=t: self.assign(cells, t))
        menu.addSeparator()
        menu.addAction(self.tr("Unassign")).triggered.connect(lambda: self.unassign(cells))
        menu.addAction(self.tr("Note…")).triggered.connect(self.edit_note)
        menu.addAction(self.tr("Swap…")).triggered.connect(self.swap)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def edit_note(self) -> None:
        from issp_desktop.ui.dialogs.shift_dialog import ShiftDialog

        cells = self.view.selected_cells()
        planned = self.model.planned(cells[0]) if cells else []
        if not planned:
            self.say(self.tr("Choose a cell with a shift to write a note on."), ok=False)
            return
        cell = cells[0]
        name = self.model.data(self.model.index_of(cell).siblingAtColumn(0))
        dialog = ShiftDialog(f"{name}, {cell[1]:%a %d %b}", planned[0][1].note, self)
        dialog.accepted.connect(lambda: self._on_note_accepted(cell, dialog.note()))
        self.note_dialog = dialog
        dialog.open()

    def _on_note_accepted(self, cell: Cell, note: str) -> None:
        if self.model.set_note(cell, note):
            self._staged(self.tr("Note staged."))

    def copy_last_week(self) -> None:
        roster, monday = self.roster, self.monday
        people = [p.id for p in self.model.grid.people] if self.model.grid else []
        self.runner.submit(
            lambda _p, _c: roster.plan_copy(monday - timedelta(days=7), monday, people),
            on_done=self._on_copy_planned, on_error=lambda e: self.say(error_text(e), ok=False),
            name="copy week")

    def _on_copy_planned(self, shifts: object) -> None:
        assert isinstance(shifts, list)
        if not shifts:
            self.say(self.tr("Last week has no shifts for the people shown."), ok=False)
            return
        n = self.model.stage(shifts)
        self._staged(self.tr("Copied %n shift(s) from last week.", "", n))

    def assign_team(self) -> None:
        from issp_desktop.ui.dialogs.roster_assign_dialog import RosterAssignDialog

        if self.model.grid is None:
            return
        cohorts = [(int(self.cohort_combo.itemData(i)), self.cohort_combo.itemText(i))
                   for i in range(1, self.cohort_combo.count())]
        dialog = RosterAssignDialog(cohorts, self.templates, self.model.grid.days, self)
        dialog.accepted.connect(lambda: self._on_team_chosen(dialog))
        self.team_dialog = dialog
        dialog.open()

    def _on_team_chosen(self, dialog: Any) -> None:
        template = next(t for t in self.templates if t.id == dialog.template_id())
        days, roster, cohort = dialog.chosen_days(), self.roster, dialog.team()

        def done(people: object) -> None:
            assert isinstance(people, list) and self.model.grid is not None
            shown = {p.id for p in self.model.grid.people}
            ids = [p.id for p in people if p.id in shown]
            n = self.model.assign([(pid, d) for pid in ids for d in days], template)
            hidden = len(people) - len(ids)
            extra = self.tr(" (%n hidden by the filter left out)", "", hidden) if hidden else ""
            self._staged(self.tr("{0} for %n worker(s){1}:", "", len(ids)).format(
                template.name, extra) + " " + self.tr("%n cell(s).", "", n))

        self.runner.submit(lambda _p, _c: roster.workers(cohort), on_done=done,
                           on_error=lambda e: self.say(error_text(e), ok=False), name="team")

    # --- checking and saving -------------------------------------------------------------------

    def check(self) -> None:
        changes, roster = self.model.changes(), self.roster
        if changes.empty:
            self.say(self.tr("Nothing to check: no staged changes."), ok=True)
            return
        self.runner.submit(lambda _p, _c: roster.check(changes), on_done=self._on_checked,
                           on_error=lambda e: self.say(error_text(e), ok=False), name="check")

    def _on_checked(self, conflicts: object) -> None:
        assert isinstance(conflicts, list)
        self._set_conflicts(conflicts)
        if not conflicts:
            self.say(self.tr("No conflicts: the %n change(s) can be saved.", "",
                             self.model.pending), ok=True)
        else:
            self._say_conflicts()

    def save(self) -> None:
        changes, roster = self.model.changes(), self.roster
        if changes.empty:
            self.say(self.tr("There is nothing to save."), ok=True)
            return
        reason = self.override_edit.text() if self.override_edit.isVisible() else ""
        self.save_button.setEnabled(False)
        self.runner.submit(lambda _p, _c: roster.save(changes, reason), write=True,
                           on_done=self._on_saved, on_error=self._on_save_failed, name="save")

    def _on_saved(self, result: object) -> None:
        self.save_button.setEnabled(True)
        self.override_edit.clear()
        self.model.discard()
        self.load()
        added, changed, deleted = (getattr(result, k) for k in ("added", "changed", "deleted"))
        self.say(self.tr("Saved: {0} added, {1} changed, {2} removed.").format(
            added, changed, deleted), ok=True)
        self.saved.emit()

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.save_button.setEnabled(True)
        if isinstance(exc, RosterConflictError):
            self._set_conflicts(exc.conflicts)
            self._say_conflicts()
        else:
            self.say(error_text(exc), ok=False)

    def _say_conflicts(self) -> None:
        hard = sum(c.hard for c in self.conflicts)
        if hard:
            self.say(self.tr("Not saved: %n conflict(s) block the save. Change the red cells.",
                             "", hard), ok=False)
        else:
            self.say(self.tr("%n soft conflict(s): give an override reason and save again, or "
                             "change the cells.", "", len(self.conflicts)), ok=False)

    def _set_conflicts(self, conflicts: list[ConflictRow]) -> None:
        self.conflicts = list(conflicts)
        self.conflict_list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(str(c))
            item.setForeground(QBrush(QColor("#b00020" if c.hard else "#8a5a00")))
            self.conflict_list.addItem(item)
        self.conflict_list.setVisible(bool(conflicts))
        self._show_override(bool(conflicts) and not any(c.hard for c in conflicts))
        self.model.mark(((c.person_id, c.day), c.hard) for c in self.conflicts)

    def _show_override(self, shown: bool) -> None:
        self.override_label.setVisible(shown)
        self.override_edit.setVisible(shown)

    def _on_conflict_list_activated(self, item: QListWidgetItem) -> None:
        c = self.conflicts[self.conflict_list.row(item)]
        if self.model.grid is not None and c.day in self.model.grid.days and any(
                p.id == c.person_id for p in self.model.grid.people):
            self.view.setCurrentIndex(self.model.index_of((c.person_id, c.day)))

    def discard(self) -> None:
        self.model.discard()
        self._set_conflicts([])
        self.say(self.tr("Staged changes discarded."), ok=True)

    # --- repeat, swap, export ------------------------------------------------------------------

    def repeat(self) -> None:
        from issp_desktop.ui.dialogs.roster_repeat_dialog import RosterRepeatDialog

        if self.model.pending:
            self.say(self.tr("Save or discard the staged changes before repeating the week."),
                     ok=False)
            return
        dialog = RosterRepeatDialog(self.monday, self)
        dialog.accepted.connect(lambda: self._on_repeat_chosen(dialog))
        self.repeat_dialog = dialog
        dialog.open()

    def _on_repeat_chosen(self, dialog: Any) -> None:
        roster, monday = self.roster, self.monday
        weeks, reason = dialog.weeks_spin.value(), dialog.reason_edit.text()
        people = [p.id for p in self.model.grid.people] if self.model.grid else None
        self.runner.submit(lambda _p, _c: roster.repeat_week(monday, weeks, people, reason),
                           write=True, on_done=lambda r: self.say(self.tr(
                               "Repeated for %n week(s): {0} shifts added.", "", weeks).format(
                               r.added), ok=True), on_error=self._on_save_failed, name="repeat")

    def swap(self) -> None:
        from issp_desktop.ui.dialogs.swap_dialog import SwapDialog

        cells = self.view.selected_cells()
        grid = self.model.grid
        saved = [sh for sh in self.model.shifts.get(cells[0], [])] if cells else []
        if self.model.pending:
            self.say(self.tr("Save or discard the staged changes before a swap."), ok=False)
            return
        if grid is None or not saved:
            self.say(self.tr("Choose a cell with a saved shift to swap."), ok=False)
            return
        holder = next(p.name for p in grid.people if p.id == saved[0].person_id)
        dialog = SwapDialog(self.roster, self.runner, saved[0], holder, list(grid.people),
                            list(grid.shifts), self.model.tz, self.services.actor.label, self)
        dialog.saved.connect(self._on_swapped)
        self.swap_dialog = dialog
        dialog.open()

    def _on_swapped(self, row: object) -> None:
        self.load()
        self.say(self.tr("Swapped: {0} and {1}, approved by {2}.").format(
            row.person_a, row.person_b, row.approved_by),
            ok=True)

    def _ask_export(self, suffix: str) -> None:
        kind = "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roster"),
                                              f"roster-{self.monday.isoformat()}{suffix}", kind)
        if name:
            self.export_to(Path(name if name.endswith(suffix) else name + suffix))

    def export_to(self, path: Path) -> None:
        roster, monday = self.roster, self.monday
        cohort, text = self.cohort_combo.currentData(), self.search_edit.text()
        self.runner.submit(lambda _p, _c: roster.export_week(monday, path, cohort, text),
                           on_done=lambda r: self.say(self.tr("Wrote {0}.").format(r.path),
                                                      ok=True),
                           on_error=lambda e: self.say(error_text(e), ok=False), name="export")

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.show_message(text)

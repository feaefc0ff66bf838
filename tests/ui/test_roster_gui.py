"""The supervisor's roster work on real widgets over the demo database: shifts typed into the
grid and saved; a hard conflict blocking the save with the message on screen; a soft one saved
with an override reason; last week copied; a cohort assigned at once; a swap; leave and downtime
dialogs; the week printed to PDF; a viewer seeing no edit controls. Each test checks the
database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from issp_desktop.services import Services
from issp_desktop.services.roster import ShiftChanges, TemplateInput, from_template
from issp_desktop.ui.pages.roster_attendance_page import RosterAttendancePage
from issp_desktop.ui.pages.roster_page import roster_tabs
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.roster_week_tab import RosterWeekTab

EMPTY_WEEK = date(2026, 11, 30)  # after the demo's roster
LAST_DEMO_WEEK = date(2026, 11, 23)


def sql(services: Services, query: str, **params: object) -> list[tuple[object, ...]]:
    with services.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(query), params).all()]


def week_count(services: Services, monday: date) -> int:
    low = datetime.combine(monday, datetime.min.time(), UTC) - timedelta(hours=3)
    high = low + timedelta(days=7)
    return int(sql(services, "SELECT COUNT(*) FROM shift WHERE starts_at >= :a AND "
                   "starts_at < :b", a=low.isoformat(), b=high.isoformat())[0][0])  # type: ignore


def host(qtbot: QtBot, services: Services, role: str = "supervisor") -> QTabWidget:
    services.users.login(role, "demo")
    tabs = RosterAttendancePage(services, TaskRunner(inline=True))  # the real section
    assert [tabs.tabText(i) for i in range(5)] == [
        title for _k, title, _w in roster_tabs(services, TaskRunner(inline=True))]
    qtbot.addWidget(tabs)
    tabs.resize(1300, 800)
    tabs.show()
    qtbot.waitExposed(tabs)
    for i in range(tabs.count()):
        tabs.widget(i).host_window = tabs  # type: ignore[attr-defined]  # keeps it alive
    return tabs


@pytest.fixture
def week(qtbot: QtBot, demo_services: Services) -> RosterWeekTab:
    tab = host(qtbot, demo_services).widget(0)
    assert isinstance(tab, RosterWeekTab)
    assert tab.go_to(EMPTY_WEEK)
    assert tab.model.rowCount() >= 20
    return tab


def select(tab: RosterWeekTab, row: int, day: int) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row, day + 1))


def shifts_of(services: Services, pid: int) -> list[tuple[object, ...]]:
    return sql(services, "SELECT starts_at, template_id, override_reason, note FROM shift "
               "WHERE person_id = :p AND starts_at >= '2026-11-29T21:00' ORDER BY starts_at", p=pid)


def test_keyboard_assign_and_save(qtbot: QtBot, week: RosterWeekTab,
                                  demo_services: Services) -> None:
    person = week.model.grid.people[0]  # type: ignore[union-attr]
    select(week, 0, 0)
    for key in "MMEE":  # one key per day; the cursor moves on to the next day
        qtbot.keyClick(week.view, key)
    assert week.view.currentIndex().column() == 5
    assert week.model.index(0, 1).data() == "M *" and week.model.index(0, 4).data() == "E *"
    assert week.model.index(0, 8).data() == "30.0"
    qtbot.keyClick(week.view, Qt.Key.Key_Left)
    qtbot.keyClick(week.view, Qt.Key.Key_Delete)  # Thursday again empty
    assert week.model.pending == 4
    qtbot.mouseClick(week.save_button, Qt.MouseButton.LeftButton)
    assert "Saved: 3 added" in week.message.text()
    rows = shifts_of(demo_services, person.id)
    assert [str(r[0])[:16] for r in rows] == ["2026-11-30T04:00", "2026-12-01T04:00",
                                              "2026-12-02T12:00"]
    assert week.model.index(0, 1).data() == "M" and week.model.pending == 0
    # multi-cell selection: Shift+Right selects three days, Delete empties them all
    select(week, 0, 0)
    qtbot.keyClick(week.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(week.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert len(week.view.selected_cells()) == 3
    qtbot.keyClick(week.view, Qt.Key.Key_Delete)
    week.save()
    assert shifts_of(demo_services, person.id) == []


def test_hard_conflict_blocks_the_save(qtbot: QtBot, demo_services: Services) -> None:
    demo_services.roster.save_template(TemplateInput("Early", "X", 3 * 60, 480, 30))
    tab = host(qtbot, demo_services).widget(0)
    assert isinstance(tab, RosterWeekTab) and tab.go_to(EMPTY_WEEK)
    person = tab.model.grid.people[1]  # type: ignore[union-attr]
    select(tab, 1, 0)
    qtbot.keyClick(tab.view, "N")  # Monday 22:00 – Tuesday 06:00
    qtbot.keyClick(tab.view, "X")  # Tuesday 03:00: overlaps
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.conflict_list.isVisible() and tab.conflict_list.count() == 1
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Not saved: 1 conflict(s) block the save" in tab.message.text()
    line = tab.conflict_list.item(0).text()
    assert person.name in line and "Mon 30 Nov 2026" in line and "overlapping shifts" in line
    assert not tab.override_edit.isVisible()  # no override for a hard conflict
    assert tab.model.marks and shifts_of(demo_services, person.id) == []


def test_soft_conflict_needs_an_override_reason(qtbot: QtBot, week: RosterWeekTab,
                                                demo_services: Services) -> None:
    person = week.model.grid.people[2]  # type: ignore[union-attr]
    select(week, 2, 0)
    qtbot.keyClick(week.view, "N")  # ends Tuesday 06:00
    qtbot.keyClick(week.view, "M")  # Tuesday 07:00: one hour of rest
    week.save()
    assert "soft conflict" in week.message.text()
    assert "rest between shifts" in week.conflict_list.item(0).text()
    assert week.override_edit.isVisible() and shifts_of(demo_services, person.id) == []
    qtbot.keyClicks(week.override_edit, "Client go-live; worker agreed")
    qtbot.mouseClick(week.save_button, Qt.MouseButton.LeftButton)
    assert "Saved: 2 added" in week.message.text()
    reasons = [r[2] for r in shifts_of(demo_services, person.id)]
    assert "Client go-live; worker agreed" in reasons


def test_copy_last_week(week: RosterWeekTab, demo_services: Services) -> None:
    assert week_count(demo_services, EMPTY_WEEK) == 0
    week.copy_last_week()
    assert "Copied" in week.message.text() and week.model.pending > 50
    week.save()
    if week.conflicts:  # leave recorded in the new week: accept with a reason
        assert all(not c.hard for c in week.conflicts)
        week.override_edit.setText("Copied pattern")
        week.save()
    assert week_count(demo_services, EMPTY_WEEK) == week_count(demo_services, LAST_DEMO_WEEK)


def test_assign_a_cohort(week: RosterWeekTab, demo_services: Services) -> None:
    week.assign_team()
    dialog = week.team_dialog
    cohort = next(i for i in range(1, dialog.team_combo.count())
                  if demo_services.roster.workers(dialog.team_combo.itemData(i)))
    dialog.team_combo.setCurrentIndex(cohort)
    members = demo_services.roster.workers(dialog.team_combo.itemData(cohort))
    dialog.template_combo.setCurrentIndex(1)  # Evening
    dialog.accept()
    assert week.model.pending == 5 * len(members)
    week.save()
    assert "Saved" in week.message.text(), week.message.text()
    for m in members:
        assert len(shifts_of(demo_services, m.id)) == 5


def test_swap(qtbot: QtBot, demo_services: Services) -> None:
    grid = demo_services.roster.week(EMPTY_WEEK)
    a, b = grid.people[3], grid.people[4]
    tz = demo_services.roster._zone()
    m, e = (next(t for t in grid.templates if t.code == c) for c in "ME")
    wed = EMPTY_WEEK + timedelta(days=2)
    demo_services.roster.save(ShiftChanges((from_template(a.id, wed, m, tz),
                                            from_template(b.id, wed, e, tz))))
    tab = host(qtbot, demo_services).widget(0)
    assert isinstance(tab, RosterWeekTab) and tab.go_to(EMPTY_WEEK)
    select(tab, 3, 2)
    tab.swap()
    dialog = tab.swap_dialog
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(b.id))
    assert dialog.shift_combo.count() == 2  # a hand-over, or B's Wednesday evening
    dialog.shift_combo.setCurrentIndex(1)
    dialog.reason_edit.setText("Clinic appointment")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_label.text()
    assert "Swapped" in tab.message.text() and "Peter Otieno" in tab.message.text()
    assert [r[1] for r in shifts_of(demo_services, a.id)] == [e.id]
    assert [r[1] for r in shifts_of(demo_services, b.id)] == [m.id]
    assert tab.model.index(3, 3).data() == "E"
    swap = sql(demo_services, "SELECT person_a_id, person_b_id, approved_by, reason FROM "
               "shift_swap ORDER BY id DESC LIMIT 1")[0]
    assert swap == (a.id, b.id, "Peter Otieno", "Clinic appointment")


def test_leave_dialog_and_grid(qtbot: QtBot, demo_services: Services) -> None:
    tabs = host(qtbot, demo_services)
    tabs.setCurrentIndex(1)
    leave = tabs.widget(1)
    leave.add()  # type: ignore[attr-defined]
    dialog = leave.leave_dialog  # type: ignore[attr-defined]
    pid = dialog.person_combo.itemData(0)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sick"))
    dialog.from_edit.setDate(date(2026, 12, 2))
    dialog.to_edit.setDate(date(2026, 12, 1))
    dialog.accept()
    assert "before the first day" in dialog.error_label.text()
    dialog.to_edit.setDate(date(2026, 12, 3))
    dialog.accept()
    assert not dialog.isVisible()
    assert sql(demo_services, "SELECT kind, starts_on, ends_on FROM leave WHERE person_id = :p "
               "AND starts_on = '2026-12-02'", p=pid) == [("sick", "2026-12-02", "2026-12-03")]
    week = tabs.widget(0)
    assert isinstance(week, RosterWeekTab) and week.go_to(EMPTY_WEEK)
    row = next(i for i, p in enumerate(week.model.grid.people)  # type: ignore[union-attr]
               if p.id == pid)
    assert week.model.index(row, 3).data() == "Leave (sick)"


def test_downtime_dialog(qtbot: QtBot, demo_services: Services) -> None:
    tabs = host(qtbot, demo_services)
    tabs.setCurrentIndex(2)
    tab = tabs.widget(2)
    before = tab.model.rowCount()  # type: ignore[attr-defined]
    assert before >= 1  # the demo's outages of the last two months
    tab.add()  # type: ignore[attr-defined]
    dialog = tab.downtime_dialog  # type: ignore[attr-defined]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("power"))
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-3600))
    dialog.accept()
    assert "end: must be after the start" in dialog.error_label.text()
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(2 * 3600))
    dialog.paid_box.setChecked(False)
    dialog.accept()
    assert not dialog.isVisible()
    assert sql(demo_services, "SELECT kind, paid FROM downtime ORDER BY id DESC LIMIT 1") == [
        ("power", 0)]
    assert tab.model.rowCount() == before + 1  # type: ignore[attr-defined]


def test_templates_and_rules_tabs(qtbot: QtBot, demo_services: Services) -> None:
    tabs = host(qtbot, demo_services)
    tabs.setCurrentIndex(3)
    templates = tabs.widget(3)
    assert templates.model.rowCount() == 3  # type: ignore[attr-defined]
    templates.open()  # type: ignore[attr-defined]
    dialog = templates.template_dialog  # type: ignore[attr-defined]
    dialog.name_edit.setText("Weekend day")
    dialog.code_edit.setText("W")
    dialog.hours_spin.setValue(17)  # clamped to 16
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_label.text()
    assert templates.model.rowCount() == 4  # type: ignore[attr-defined]
    tabs.setCurrentIndex(4)
    rules = tabs.widget(4)
    rules.spins["min_rest_hours"].setValue(11)  # type: ignore[attr-defined]
    rules.save()  # type: ignore[attr-defined]
    assert demo_services.roster.rules().min_rest_hours == 11


def test_print_week_to_pdf(week: RosterWeekTab, tmp_path: Path) -> None:
    assert week.go_to(LAST_DEMO_WEEK)
    path = tmp_path / "roster.pdf"
    week.export_to(path)
    assert "Wrote" in week.message.text()
    reader = PdfReader(path)
    body = "".join(page.extract_text() for page in reader.pages)
    grid = week.model.grid
    assert grid is not None
    assert "Tumaini Digital Skills Centre" in body and "Mon 23 Nov 2026" in body
    assert "M 07:00–15:00" in body and "N 22:00–06:00" in body
    for person in grid.people[:5]:
        assert person.name in body
    assert any(not n.isascii() for n in (p.name for p in grid.people) if n in body)


def test_viewer_sees_no_edit_controls(qtbot: QtBot, demo_services: Services) -> None:
    tabs = host(qtbot, demo_services, role="viewer")
    week = tabs.widget(0)
    assert isinstance(week, RosterWeekTab) and week.go_to(EMPTY_WEEK)
    assert all(not w.isVisible() for w in week.edit_widgets)
    assert week.pdf_button.isVisible()
    select(week, 0, 0)
    qtbot.keyClick(week.view, "M")
    qtbot.keyClick(week.view, Qt.Key.Key_Delete)
    assert week.model.pending == 0
    for i in (1, 2, 3):
        tabs.setCurrentIndex(i)
        assert all(not b.isVisible() for b in tabs.widget(i).edit_buttons)  # type: ignore
    tabs.setCurrentIndex(4)
    assert not tabs.widget(4).save_button.isVisible()  # type: ignore[attr-defined]

"""The attendance tabs with real widgets: correcting a missed punch, the monthly summary's
figures, loading holidays, giving badge numbers, and what a viewer sees."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, Qt, QTime
from pytestqt.qtbot import QtBot

from issp_desktop.db.models import Person, Shift
from issp_desktop.domain.access import Actor, Role
from issp_desktop.services import Services
from issp_desktop.services.attendance import ClockResult
from issp_desktop.ui.pages.attendance_page import attendance_tabs
from issp_desktop.ui.pages.roster_attendance_page import RosterAttendancePage
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_badges_tab import BadgesTab
from issp_desktop.ui.widgets.attendance_holidays_tab import HolidaysTab
from issp_desktop.ui.widgets.attendance_punches_tab import PunchesTab
from issp_desktop.ui.widgets.attendance_summary_tab import SummaryTab

NBO = ZoneInfo("Africa/Nairobi")
MON = date(2026, 3, 2)
NOW = datetime(2026, 4, 2, 9, tzinfo=UTC)


def local(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=NBO)


def door(services: Services, kind: str, badge: str, when: datetime) -> ClockResult:
    att = services.attendance
    att.now = lambda: when  # type: ignore[method-assign]
    try:
        return (att.clock_in if kind == "in" else att.clock_out)(badge, when)
    finally:
        att.now = lambda: NOW  # type: ignore[method-assign]


@pytest.fixture
def centre(services: Services) -> Services:
    """Two workers with badges, a week of morning shifts for Wanjiru (07:00-15:00, 30 min
    break), and a trainee without a badge."""
    services.attendance.now = lambda: NOW  # type: ignore[method-assign]
    with services.db.write() as s:
        w = Person(first_name="Wanjiru", last_name="Kamau", stage="worker", badge_no="B00001")
        o = Person(first_name="Otieno", last_name="Ouma", stage="worker", badge_no="B00002")
        s.add_all([w, o, Person(first_name="Chebet", last_name="Kiprop", stage="trainee")])
        s.flush()
        for i in range(3):
            a = local(MON + timedelta(days=i), 7)
            s.add(Shift(person_id=w.id, starts_at=a, ends_at=a + timedelta(hours=8),
                        break_minutes=30))
    return services


def runner() -> TaskRunner:
    return TaskRunner(inline=True)


def select_row(table: object, row: int) -> None:
    model = table.model()  # type: ignore[attr-defined]
    table.selectionModel().select(  # type: ignore[attr-defined]
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_the_tabs_sit_after_the_roster_tabs(qtbot: QtBot, centre: Services) -> None:
    page = RosterAttendancePage(centre, runner())
    qtbot.addWidget(page)
    titles = [page.tabText(i) for i in range(page.count())]
    assert titles[-5:] == ["Door kiosk", "Punches", "Monthly summary", "Public holidays",
                           "Badges"]
    page.show_tab("summary")  # loads on first show
    assert page.tabs["summary"].model.rowCount() >= 0


def test_a_supervisor_corrects_a_missed_clock_out(qtbot: QtBot, centre: Services,
                                                  type_text: object) -> None:
    centre.ctx.actor = Actor(3, "sup", Role.SUPERVISOR)
    door(centre, "in", "B00001", local(MON, 7, 50))  # wrong: really 07:00
    tab = PunchesTab(centre, runner())
    qtbot.addWidget(tab)
    tab.show_day(MON)
    assert tab.model.rowCount() == 1
    assert tab.day_model.data(tab.day_model.index(0, 2)) == "no clock-out (late 50 min)"

    dialog = tab.add_punch()
    assert dialog is not None
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("Wanjiru Kamau"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("out"))
    dialog.time_edit.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(15, 5)))
    dialog.save()  # no reason
    assert "reason" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "Forgot to clock out; left 15:05")
    dialog.save()
    assert not dialog.isVisible()
    assert tab.model.rowCount() == 2

    select_row(tab.table, 0)  # the 07:50 clock-in
    dialog = tab.replace_punch()
    assert dialog is not None and "07:50" in dialog.findChild(object, "correctionOriginal").text()
    dialog.time_edit.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(7, 0)))
    qtbot.keyClicks(dialog.reason_edit, "Scanner down at 07:00 (gate register)")
    dialog.save()
    assert tab.model.rowCount() == 3
    texts = [[tab.model.data(tab.model.index(r, c)) for c in range(8)] for r in range(3)]
    original = next(r for r, row in enumerate(texts) if row[0].endswith("07:50"))
    assert texts[original][5].startswith("replaced by #")
    font = tab.model.data(tab.model.index(original, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()  # still shown, struck through
    assert tab.day_model.data(tab.day_model.index(0, 2)) == "on time"
    assert tab.day_model.data(tab.day_model.index(0, 5)) == "7.58"  # 07:00-15:05 less 30 min


def test_void_and_one_persons_punches(qtbot: QtBot, centre: Services) -> None:
    door(centre, "in", "B00002", local(MON, 9))
    tab = PunchesTab(centre, runner())
    qtbot.addWidget(tab)
    tab.show_day(MON)
    tab.badge_edit.setText("B00002")
    tab.load()
    assert tab.model.rowCount() == 1 and tab.day_model.rowCount() == 0
    select_row(tab.table, 0)
    dialog = tab.void_punch()
    assert dialog is not None
    dialog.reason_edit.setText("Scanned by mistake")
    dialog.save()
    assert tab.model.rowCount() == 2
    assert "2 punch(es), 0 counting" in tab.count_label.text()


def test_the_monthly_summary_shows_known_figures(qtbot: QtBot, centre: Services,
                                                 tmp_path: Path) -> None:
    tue, wed = MON + timedelta(days=1), MON + timedelta(days=2)
    for kind, when in (("in", local(MON, 7, 25)), ("out", local(MON, 16)),
                       ("in", local(tue, 6, 58)), ("out", local(tue, 15))):
        door(centre, kind, "B00001", when)
    assert wed  # Wednesday: absent
    tab = SummaryTab(centre, runner())
    qtbot.addWidget(tab)
    tab.month_edit.setDate(QDate(2026, 3, 1))
    model = tab.model
    assert model.rowCount() == 2  # Wanjiru and the totals row
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {columns[c]: model.text(0, c) for c in range(len(columns))}
    assert row["Name"] == "Wanjiru Kamau" and row["Shifts"] == "3"
    assert row["Planned h"] == "22.50"
    assert row["Worked h"] == "15.58"  # Mon 07:25-15:00 less 30 + 60 overtime; Tue 7h30
    assert row["Overtime weekdays h"] == "1.00"
    assert (row["Late"], row["Absences"]) == ("1", "1")
    assert model.text(1, 0) == "Total" and model.text(1, 4) == "15.58"
    tab.export(tmp_path / "march.csv")
    assert "Wrote 1 people" in tab.info.text()
    assert (tmp_path / "march.csv").read_text(encoding="utf-8-sig").count("\n") == 3


def test_holidays_tab_loads_kenyas_holidays(qtbot: QtBot, centre: Services) -> None:
    tab = HolidaysTab(centre, runner())
    qtbot.addWidget(tab)
    tab.year_spin.setValue(2027)
    assert tab.model.rowCount() == 0
    assert tab.load_button.text() == "&Load Kenya's holidays for 2027"
    qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 15
    names = [tab.model.data(tab.model.index(r, 2)) for r in range(15)]
    assert "Jamhuri Day (observed)" in names
    assert "Added 15 holiday(s)." in tab.info.text()
    dialog = tab.add_holiday()
    dialog.date_edit.setDate(QDate(2027, 11, 13))
    dialog.name_edit.setText("National Tree Growing Day")
    dialog.save()
    assert tab.model.rowCount() == 16


def test_badges_tab_gives_numbers_and_checks_duplicates(qtbot: QtBot,
                                                        services: Services) -> None:
    with services.db.write() as s:
        s.add_all([Person(first_name="Achieng", last_name="Odhiambo", stage="worker"),
                   Person(first_name="Baraka", last_name="Mwangi", stage="worker"),
                   Person(first_name="Chebet", last_name="Kiprop", stage="trainee")])
    tab = BadgesTab(services, runner())
    qtbot.addWidget(tab)
    tab.load()
    assert "2 without a badge" in tab.count_label.text()
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    badges = [tab.model.data(tab.model.index(r, 2)) for r in range(tab.model.rowCount())]
    assert badges == ["B00002", "B00001"]  # by name: Mwangi, Odhiambo (numbered by id)
    assert "B00001 to B00002" in tab.info.text()
    tab.trainees_check.setChecked(True)
    assert tab.model.rowCount() == 3
    select_row(tab.table, 0)  # Chebet Kiprop (by name: Kiprop, Mwangi, Odhiambo)
    dialog = tab.change_badge()
    assert dialog is not None
    dialog.badge_edit.setText("b00002")
    dialog.save()
    assert "already the badge of Baraka Mwangi" in dialog.error.text()
    dialog.badge_edit.setText("")
    dialog.save()
    assert not dialog.isVisible()
    tab.search_edit.setText("B00003")
    assert tab.model.rowCount() == 1 and tab.model.data(tab.model.index(0, 0)) == (
        "Chebet Kiprop")


def test_a_viewer_sees_no_edit_controls(qtbot: QtBot, centre: Services) -> None:
    centre.ctx.actor = Actor(9, "viewer", Role.VIEWER)
    tabs = {key: widget for key, _t, widget in attendance_tabs(centre, runner())}
    for widget in tabs.values():
        qtbot.addWidget(widget)
    assert tabs["kiosk"].open_button.isHidden()
    punches = tabs["punches"]
    assert all(b.isHidden() for b in (punches.add_button, punches.replace_button,
                                      punches.void_button))
    assert punches.replace_punch() is None
    holidays = tabs["holidays"]
    assert all(b.isHidden() for b in (holidays.load_button, holidays.add_button,
                                      holidays.edit_button, holidays.delete_button))
    badges = tabs["badges"]
    assert badges.assign_button.isHidden() and badges.change_button.isHidden()
    badges.load()  # reading is allowed
    assert badges.model.rowCount() == 2
    tabs["summary"].load()
    assert tabs["summary"].model.rowCount() == 0 or tabs["summary"].message.text() == ""

"""The door kiosk with real widgets: scans and keys, the messages a worker sees, the clock
warning, a locked main session, and leaving with a supervisor's password."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from issp_desktop.db.models import ClockEvent, Person
from issp_desktop.domain.access import SIGNED_OUT, Actor, Role
from issp_desktop.services import Services
from issp_desktop.services.users import NewUser
from issp_desktop.ui.kiosk_window import KioskWindow
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_kiosk_tab import KioskTab


@pytest.fixture
def door(services: Services) -> Services:
    with services.db.write() as s:
        s.add(Person(first_name="Wanjiru", last_name="Kamau", stage="worker", badge_no="B00001"))
        s.add(Person(first_name="Otieno", last_name="Ouma", stage="worker", badge_no="B00002"))
    return services


def scan(qtbot: QtBot, kiosk: KioskWindow, badge: str) -> None:
    qtbot.keyClicks(kiosk.badge_edit, badge)
    qtbot.keyClick(kiosk.badge_edit, Qt.Key.Key_Return)


@pytest.fixture
def kiosk(qtbot: QtBot, door: Services) -> KioskWindow:
    window = KioskWindow(door, full_screen=False, message_seconds=30)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.isVisible():
        window.close_now()


def test_a_scan_clocks_in_then_out_with_the_name(qtbot: QtBot, kiosk: KioskWindow,
                                                door: Services) -> None:
    scan(qtbot, kiosk, "b00001")
    assert kiosk.name_label.text() == "Wanjiru Kamau"
    assert "Clocked IN at" in kiosk.result_label.text()
    assert "no shift planned" in kiosk.result_label.text()
    assert kiosk.photo.pixmap() is not None and not kiosk.photo.pixmap().isNull()  # initials
    assert kiosk.badge_edit.text() == ""
    scan(qtbot, kiosk, "B00001")
    assert kiosk.name_label.text() == "Wanjiru Kamau"
    assert "Clocked OUT at" in kiosk.result_label.text()
    with door.db.read() as s:
        assert [tuple(r) for r in s.execute(select(ClockEvent.kind, ClockEvent.source))] == [
            ("in", "kiosk"), ("out", "kiosk")]


def test_the_message_clears_after_a_few_seconds(qtbot: QtBot, door: Services) -> None:
    window = KioskWindow(door, full_screen=False, message_seconds=1)
    window.show()
    scan(qtbot, window, "B00002")
    assert window.name_label.text() == "Otieno Ouma"
    qtbot.waitUntil(lambda: window.name_label.text() == "", timeout=3000)
    window.close_now()


def test_unknown_badge_and_double_clock_in(qtbot: QtBot, kiosk: KioskWindow) -> None:
    scan(qtbot, kiosk, "B99999")
    assert "Unknown badge B99999" in kiosk.result_label.text()
    assert kiosk.name_label.text() == ""
    qtbot.keyClicks(kiosk.badge_edit, "B00002")
    qtbot.keyClick(kiosk.badge_edit, Qt.Key.Key_F1)
    assert "Clocked IN" in kiosk.result_label.text()
    qtbot.keyClicks(kiosk.badge_edit, "B00002")
    qtbot.keyClick(kiosk.badge_edit, Qt.Key.Key_F1)
    assert "Otieno Ouma, you are already clocked in" in kiosk.result_label.text()


def test_clock_out_with_no_clock_in(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.keyClicks(kiosk.badge_edit, "B00001")
    qtbot.mouseClick(kiosk.out_button, Qt.MouseButton.LeftButton)
    assert "you are not clocked in" in kiosk.result_label.text()


def test_a_clock_that_looks_wrong_needs_a_supervisor_to_save(qtbot: QtBot, kiosk: KioskWindow,
                                                             door: Services) -> None:
    door.users.add(NewUser("sup", Role.SUPERVISOR, "Door-Password-42"))
    door.users.add(NewUser("viewer", Role.VIEWER, "Viewer-Password-42"))
    # Somebody punched "ten days from now": this PC's clock now looks ten days slow.
    ahead = datetime.now(UTC) + timedelta(days=10)
    door.attendance.clock_in("B00002", ahead, confirm=True)
    scan(qtbot, kiosk, "B00001")
    box = kiosk.confirm_box
    assert box is not None and "earlier than punches already recorded" in box.prompt.text()
    assert "Check the time" in kiosk.result_label.text()

    def saved() -> list[str]:
        with door.db.read() as s:
            return list(s.execute(select(ClockEvent.clock_warning).where(
                ClockEvent.person_id == 1)).scalars())

    box.user_edit.setText("viewer")  # the worker at the door, or a viewer, cannot confirm
    box.password_edit.setText("Viewer-Password-42")
    box.check()
    assert "Only a supervisor or a manager may confirm" in box.message.text()
    assert saved() == [] and kiosk.confirm_box is box
    box.user_edit.setText("sup")
    box.password_edit.setText("Door-Password-42")
    box.check()
    assert "Clocked IN" in kiosk.result_label.text()
    assert box.signer == "sup" and kiosk.confirm_box is None
    assert len(saved()) == 1 and "earlier than punches" in saved()[0]


def test_declining_the_warning_saves_nothing(qtbot: QtBot, kiosk: KioskWindow,
                                            door: Services) -> None:
    door.attendance.clock_in("B00002", datetime.now(UTC) + timedelta(days=10), confirm=True)
    scan(qtbot, kiosk, "B00001")
    assert kiosk.confirm_box is not None
    kiosk.confirm_box.reject()
    assert "Not saved" in kiosk.result_label.text()
    with door.db.read() as s:
        assert s.execute(select(ClockEvent).where(ClockEvent.person_id == 1)).first() is None


def test_the_kiosk_keeps_punching_when_the_main_session_locks(qtbot: QtBot, door: Services,
                                                             ) -> None:
    door.ctx.actor = Actor(7, "sup", Role.SUPERVISOR)
    tab = KioskTab(door, TaskRunner(inline=True), full_screen=False)
    qtbot.addWidget(tab)
    kiosk = tab.open_kiosk()
    assert kiosk is not None
    door.ctx.actor = SIGNED_OUT  # what the main window's idle lock does
    scan(qtbot, kiosk, "B00001")
    assert "Clocked IN" in kiosk.result_label.text()
    with door.db.read() as s:
        assert s.execute(select(ClockEvent.recorded_by)).scalar_one() == "sup"
    kiosk.close_now()
    assert tab.kiosk is None


def test_leaving_needs_a_supervisor_password(qtbot: QtBot, door: Services) -> None:
    door.users.add(NewUser("sup", Role.SUPERVISOR, "Door-Password-42"))
    door.users.add(NewUser("viewer", Role.VIEWER, "Viewer-Password-42"))
    door.ctx.actor = Actor(1, "sup", Role.SUPERVISOR)
    kiosk = KioskWindow(door, full_screen=False)
    kiosk.show()
    kiosk.close()  # a close from the window manager is refused: it asks instead
    assert kiosk.isVisible()
    dialog = kiosk.exit_dialog
    assert dialog is not None
    dialog.user_edit.setText("viewer")
    dialog.password_edit.setText("Viewer-Password-42")
    dialog.check()
    assert "Only a supervisor or a manager" in dialog.message.text() and kiosk.isVisible()
    dialog.user_edit.setText("sup")
    dialog.password_edit.setText("wrong")
    dialog.check()
    assert "not right" in dialog.message.text() and kiosk.isVisible()
    dialog.password_edit.setText("Door-Password-42")
    dialog.check()
    assert not kiosk.isVisible()
    assert door.ctx.actor.username == "sup"  # the check signed nobody in or out elsewhere


def test_a_viewer_cannot_open_the_kiosk(qtbot: QtBot, door: Services) -> None:
    door.ctx.actor = Actor(9, "v", Role.VIEWER)
    tab = KioskTab(door, TaskRunner(inline=True), full_screen=False)
    qtbot.addWidget(tab)
    assert tab.open_button.isHidden()
    assert tab.open_kiosk() is None

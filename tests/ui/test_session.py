"""Signing in and out, idle lock, role-based sections, Users and Audit pages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import AppPaths
from issp_desktop.domain.access import Role
from issp_desktop.services import Services
from issp_desktop.services.users import NewUser
from issp_desktop.ui.dialogs.user_dialog import UserDialog
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import TaskRunner


@pytest.fixture
def locked_window(qtbot: QtBot, paths: AppPaths, demo_services: Services) -> MainWindow:
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.show()
    return win


def _sign_in(qtbot: QtBot, win: MainWindow, username: str, password: str) -> Any:
    win.start_session() if win.is_locked and not win._login_open else None
    dialog = win.login_dialog
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    return dialog


def test_the_window_starts_locked_and_shows_no_data(locked_window: MainWindow) -> None:
    assert locked_window.is_locked
    assert locked_window.user_label.text() == "Locked"
    assert locked_window.dashboard_page.title.text() == ""
    assert not locked_window.go_menu.isEnabled()


def test_signing_in_shows_the_centre(qtbot: QtBot, locked_window: MainWindow) -> None:
    dialog = _sign_in(qtbot, locked_window, "supervisor", "demo")
    assert not dialog.isVisible()
    assert not locked_window.is_locked
    assert "Peter Otieno (Supervisor)" in locked_window.user_label.text()
    assert locked_window.dashboard_page.title.text().startswith("Tumaini")


def test_a_wrong_password_keeps_it_locked(qtbot: QtBot, locked_window: MainWindow) -> None:
    dialog = _sign_in(qtbot, locked_window, "manager", "guess")
    assert dialog.isVisible()
    assert "not right" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    assert locked_window.is_locked


def test_demo_login_names_the_demo_users(qtbot: QtBot, locked_window: MainWindow) -> None:
    locked_window.start_session()
    hint = locked_window.login_dialog.findChild(type(locked_window.user_label), "loginHint")
    assert hint is not None and "password “demo”" in hint.text()


@pytest.mark.parametrize(
    ("user", "hidden", "listed"),
    [
        ("manager", set(), {"payroll", "users", "audit", "settings"}),
        ("supervisor", {"payroll", "users", "audit"}, {"people", "roster", "clients"}),
        ("trainer", {"payroll", "users", "audit"}, {"training", "certificates"}),
        ("clerk", {"users", "audit"}, {"payroll", "people"}),
        ("viewer", {"payroll", "users", "audit"}, {"people", "impact", "settings"}),
    ],
)
def test_sections_follow_the_role(qtbot: QtBot, locked_window: MainWindow, user: str,
                                  hidden: set[str], listed: set[str]) -> None:
    _sign_in(qtbot, locked_window, user, "demo")
    for key in hidden:
        assert not locked_window.is_listed(key), key
    for key in listed:
        assert locked_window.is_listed(key), key


def test_settings_are_read_only_for_a_supervisor(qtbot: QtBot,
                                                 locked_window: MainWindow) -> None:
    _sign_in(qtbot, locked_window, "supervisor", "demo")
    locked_window.show_page("settings")
    page = locked_window.settings_page
    assert page.read_only_note.isVisible()
    assert not page.save_button.isEnabled()
    assert not page.safety_group.isEnabled()


def test_lock_hides_everything_and_the_next_person_signs_in(
    qtbot: QtBot, locked_window: MainWindow, demo_services: Services
) -> None:
    _sign_in(qtbot, locked_window, "manager", "demo")
    locked_window.show_page("settings")
    qtbot.keyClick(locked_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked_window.is_locked
    assert demo_services.actor.role is Role.NONE
    _sign_in(qtbot, locked_window, "trainer", "demo")
    assert not locked_window.is_locked
    assert locked_window.is_listed("settings")
    assert locked_window.settings_page.read_only_note.isVisible()  # rebuilt for the trainer


def test_idle_lock(qtbot: QtBot, locked_window: MainWindow) -> None:
    _sign_in(qtbot, locked_window, "manager", "demo")
    now = [1000.0]
    locked_window.idle.clock = lambda: now[0]
    locked_window.idle.start(10)
    now[0] += 9 * 60
    locked_window.idle.check()
    assert not locked_window.is_locked
    qtbot.keyClick(locked_window.nav, Qt.Key.Key_Down)  # input resets the clock
    now[0] += 9 * 60
    locked_window.idle.check()
    assert not locked_window.is_locked
    now[0] += 61
    locked_window.idle.check()
    assert locked_window.is_locked


def test_manager_adds_a_user_in_the_users_page(
    qtbot: QtBot, locked_window: MainWindow, demo_services: Services,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    _sign_in(qtbot, locked_window, "manager", "demo")
    locked_window.show_page("users")
    page = locked_window.page("users")

    def fill(dialog: UserDialog) -> int:
        qtbot.keyClicks(dialog.username_edit, "amina")
        qtbot.keyClicks(dialog.display_edit, "Amina Hassan")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("clerk"))
        qtbot.keyClicks(dialog.password_edit, "amina's password")
        qtbot.keyClicks(dialog.confirm_edit, "amina's password")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = demo_services.users.find("amina")
    assert added is not None and added.role is Role.PAYROLL_CLERK
    assert "amina" in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Added amina" in page.message.text()


def test_user_dialog_refuses_a_short_password(qtbot: QtBot) -> None:
    dialog = UserDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "amina")
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    dialog.accept()
    assert dialog.result_user is None
    assert "at least 8" in dialog.error_label.text()


def test_forced_password_change_after_a_reset(
    qtbot: QtBot, locked_window: MainWindow, demo_services: Services
) -> None:
    demo_services.users.login("manager", "demo")
    row = demo_services.users.add(NewUser("peris", Role.VIEWER, "first password"))
    demo_services.users.reset_password(row.id, "temporary password")
    demo_services.users.logout()
    _sign_in(qtbot, locked_window, "peris", "temporary password")
    dialog = locked_window.change_password_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.current_edit, "temporary password")
    qtbot.keyClicks(dialog.new_edit, "my own password")
    qtbot.keyClicks(dialog.confirm_edit, "my own password")
    dialog.accept()
    assert not dialog.isVisible()
    found = demo_services.users.find("peris")
    assert found is not None and not found.must_change_password


def test_audit_page_lists_and_verifies(qtbot: QtBot, locked_window: MainWindow) -> None:
    _sign_in(qtbot, locked_window, "manager", "demo")
    locked_window.show_page("audit")
    page = locked_window.page("audit")
    assert page.model.rowCount() >= 2
    assert page.model.index(0, 2).data() == "auth.login"
    qtbot.keyClicks(page.search_edit, "demo.build")
    page.load()
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "Intact" in page.verify_label.text()


def test_personal_data_requests(qtbot: QtBot, locked_window: MainWindow,
                                demo_services: Services, tmp_path: Any,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from issp_desktop.services.privacy import PersonCorrection
    from issp_desktop.ui.dialogs.privacy_dialog import PrivacyDialog

    _sign_in(qtbot, locked_window, "manager", "demo")
    assert locked_window.privacy_action.isVisible()
    locked_window.personal_data_requests()
    dialog = locked_window.privacy_dialog
    with demo_services.db.engine.connect() as conn:
        nid = conn.exec_driver_sql("SELECT national_id FROM person LIMIT 1").scalar()
    qtbot.keyClicks(dialog.search, str(nid))
    dialog.find()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    monkeypatch.setattr(PrivacyDialog, "choose_folder", lambda self: tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(list(tmp_path.glob("personal-data-*.pdf"))) == 1
    monkeypatch.setattr(PrivacyDialog, "ask_correction",
                        lambda self, p: PersonCorrection("Zoë", "Achieng'", national_id=nid))
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert "Corrected" in dialog.message.text()
    assert dialog.table.item(0, 0).text() == "Zoë Achieng'"
    dialog.table.selectRow(0)
    monkeypatch.setattr(PrivacyDialog, "ask_reason", lambda self, p: "Asked in person")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "Erased" in dialog.message.text()
    assert demo_services.privacy.find(str(nid)) == []


def test_only_managers_see_personal_data_requests(qtbot: QtBot,
                                                  locked_window: MainWindow) -> None:
    _sign_in(qtbot, locked_window, "supervisor", "demo")
    assert not locked_window.privacy_action.isVisible()


def test_manager_encrypts_the_centre_from_settings(
    qtbot: QtBot, locked_window: MainWindow, demo_services: Services,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from issp_desktop.db import crypto
    from issp_desktop.ui.pages.settings_page import SettingsPage

    if not crypto.sqlcipher_available():
        pytest.skip("SQLCipher is not installed here")
    _sign_in(qtbot, locked_window, "manager", "demo")
    locked_window.show_page("settings")
    page = locked_window.settings_page
    assert "Off" in page.encryption_label.text()
    monkeypatch.setattr(SettingsPage, "ask_secret",
                        lambda self, _t, _l: "mvua ya asubuhi ni baraka")
    qtbot.mouseClick(page.encrypt_button, Qt.MouseButton.LeftButton)
    assert demo_services.db.is_encrypted
    assert "On." in page.encryption_label.text()
    dialog = page.recovery_dialog
    assert dialog.isVisible() and dialog.recovery_key.count("-") == 5
    assert not dialog.close_button.isEnabled()
    path = demo_services.db.sqlite_path
    assert path is not None and crypto.is_encrypted_file(path)
    monkeypatch.setattr(type(dialog), "choose_file", lambda self: path.parent / "sheet.pdf")
    dialog.save_pdf()
    from pypdf import PdfReader

    text = " ".join(PdfReader(path.parent / "sheet.pdf").pages[0].extract_text().split())
    assert dialog.recovery_key in text
    dialog.kept_box.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert locked_window.dashboard_page.services is demo_services  # carries on, same services
    demo_services.dashboard.counts()

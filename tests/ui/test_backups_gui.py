"""Backups in the GUI: back up now, automatic backups, restore, and the offer at start-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import AppPaths
from issp_desktop.db.backup import list_backups
from issp_desktop.domain.centre import CentreSetup
from issp_desktop.errors import DatabaseCorruptError, DatabaseNotIsspError
from issp_desktop.services import Services
from issp_desktop.ui.dialogs.restore_dialog import RestoreDialog
from issp_desktop.ui.launcher import Launcher
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, demo_services: Services) -> MainWindow:
    demo_services.users.login("manager", "demo")
    win = MainWindow(paths, demo_services, TaskRunner(inline=True))
    qtbot.addWidget(win)
    win.show()
    return win


def _people(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT COUNT(*) FROM person").scalar() or 0)


def test_back_up_now_from_the_file_menu(qtbot: QtBot, window: MainWindow,
                                        demo_services: Services) -> None:
    assert window.backup_label.text() == "Last backup: never"
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    made = demo_services.backups.list()
    assert len(made) == 1 and made[0].reason == "manual"
    assert window.backup_label.text().startswith("Last backup: 20")
    assert "checked" in window.statusBar().currentMessage()


def test_automatic_backups_only_when_something_changed(window: MainWindow,
                                                       demo_services: Services) -> None:
    window.automatic_backup("auto")
    assert len(demo_services.backups.list()) == 1
    window.automatic_backup("auto")
    assert len(demo_services.backups.list()) == 1  # nothing changed since
    demo_services.centre.update(CentreSetup("Changed name"))
    window.automatic_backup("auto")
    assert len(demo_services.backups.list()) == 2


def test_closing_backs_up_what_changed(qtbot: QtBot, window: MainWindow,
                                       demo_services: Services) -> None:
    window.close()
    assert [b.reason for b in demo_services.backups.list()] == ["close"]


def test_the_timer_follows_the_setting(window: MainWindow) -> None:
    assert window.backup_timer.isActive()
    assert window.backup_timer.interval() == 30 * 60_000
    window.schedule_backups(0)
    assert not window.backup_timer.isActive()


def test_restore_from_the_dialog(qtbot: QtBot, window: MainWindow, demo_services: Services,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    demo_services.backups.create("manual")
    raw = sqlite3.connect(str(demo_services.db.sqlite_path))
    raw.execute("PRAGMA foreign_keys = OFF")  # a mishap: the people are gone, rows dangle
    for table in ("roll_call", "assessment", "stipend", "survey", "eligibility_record",
                  "stage_change", "person"):
        raw.execute(f"DELETE FROM {table}")
    raw.commit()
    raw.close()
    assert _people(demo_services) == 0
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, path: True)
    window.restore_backup()
    dialog = window.restore_dialog
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert "sound. 120 people" in dialog.details.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _people(demo_services) == 120
    assert window.is_locked  # everybody signs in again on the restored data
    # the file it replaced is kept (labelled damaged: its dangling rows fail the check)
    found = list_backups(demo_services.backups_dir, "centre")
    assert any(b.reason in ("pre-restore", "damaged") for b in found), found


def test_a_damaged_backup_cannot_be_restored(qtbot: QtBot, window: MainWindow,
                                             tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 8000)
    window.restore_backup()
    dialog = window.restore_dialog
    dialog.choose_file(bad)
    assert not dialog.restore_button.isEnabled()
    assert "bad.sqlite" in dialog.error_label.text()


def test_start_up_offers_the_newest_backup_for_a_damaged_file(
    qtbot: QtBot, paths: AppPaths, demo_services: Services
) -> None:
    demo_services.backups.create("manual")
    db_path = demo_services.db.sqlite_path
    assert db_path is not None
    demo_services.db.dispose()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(db_path.read_bytes())
    data[4096 + 8: 3 * 4096] = b"\xff" * (2 * 4096 - 8)
    db_path.write_bytes(bytes(data))
    offered: list[BaseException] = []

    def ask(exc: BaseException, _label: str) -> bool:
        offered.append(exc)
        return True

    launcher = Launcher(paths, runner=TaskRunner(inline=True), ask_restore=ask)
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    assert isinstance(offered[0], DatabaseCorruptError | DatabaseNotIsspError)
    assert window.services is not None and _people(window.services) == 120
    assert list(paths.backups_dir.glob("*-damaged.sqlite"))
    window.services.db.dispose()

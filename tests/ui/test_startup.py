"""Start-up: first run, demo database, and databases that cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from issp_desktop.config.paths import resolve_paths
from issp_desktop.domain.access import Role
from issp_desktop.errors import DatabaseTooNewError, NetworkShareError
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser
from issp_desktop.ui.dialogs.first_run_dialog import FirstRunDialog
from issp_desktop.ui.launcher import Launcher
from issp_desktop.ui.tasks import TaskRunner

MANAGER = NewUser("manager", Role.MANAGER, "correct horse battery")
FIRST = (CentreSetup("C"), MANAGER)


def test_first_run_dialog_validates_then_accepts(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(str(tmp_path / "centre.sqlite"))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "needs a name" in dialog.error_label.text()
    qtbot.keyClicks(dialog.form.name_edit, "Mathare Impact Centre")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in dialog.error_label.text()
    qtbot.keyClicks(dialog.password_edit, "correct horse battery")
    qtbot.keyClicks(dialog.confirm_edit, "correct horse batterY")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error_label.text()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "correct horse battery")
    if dialog.encryption_available:
        assert dialog.encrypt_box.isChecked()  # recommended, so on by default
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "passphrase" in dialog.error_label.text()
        qtbot.keyClicks(dialog.passphrase_edit, "mvua ya asubuhi ni baraka")
        qtbot.keyClicks(dialog.passphrase_confirm, "mvua ya asubuhi ni baraka")
    assert dialog.form.tz_combo.currentText() == "Africa/Nairobi"
    assert dialog.form.currency_combo.currentText() == "KES"
    dialog.form.country_combo.setCurrentIndex(dialog.form.country_combo.findData("UG"))
    assert dialog.form.tz_combo.currentText() == "Africa/Kampala"
    assert dialog.form.currency_combo.currentText() == "UGX"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.setup == CentreSetup("Mathare Impact Centre", "UG", "Africa/Kampala", "UGX")
    assert dialog.manager == NewUser("manager", Role.MANAGER, "correct horse battery", "")
    if dialog.encryption_available:
        assert dialog.passphrase == "mvua ya asubuhi ni baraka"


def test_without_sqlcipher_the_manager_must_agree_to_plain_data(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    dialog = FirstRunDialog(str(tmp_path / "c.sqlite"), encryption_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.encrypt_box.isEnabled() and dialog.plain_ok_box.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.form.name_edit, "Centre")
    qtbot.keyClicks(dialog.password_edit, "correct horse battery")
    qtbot.keyClicks(dialog.confirm_edit, "correct horse battery")
    dialog.accept()
    assert dialog.setup is None and "unencrypted" in dialog.error_label.text()
    dialog.plain_ok_box.setChecked(True)
    dialog.accept()
    assert dialog.setup is not None and dialog.passphrase is None


def test_first_run_creates_the_database_and_centre(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "fresh")
    asked: list[str] = []

    def ask(location: str) -> tuple[CentreSetup, NewUser]:
        asked.append(location)
        return CentreSetup("Korogocho Centre"), MANAGER

    launcher = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=ask)
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    assert asked == [str(paths.sqlite_path)]
    assert paths.sqlite_path is not None and paths.sqlite_path.exists()
    assert window.services.centre.require().name == "Korogocho Centre"
    assert window.services.actor.username == "manager"  # signed in straight away
    assert not window.is_locked
    window.services.db.dispose()


def test_cancelling_first_run_opens_nothing(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "fresh")
    launcher = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=lambda _l: None)
    assert launcher.prepare() is None
    assert launcher.exit_code == 0


def test_demo_flag_builds_the_demo_centre_once(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d", demo=True)

    def never(_location: str) -> tuple[CentreSetup, NewUser]:
        raise AssertionError("the demo must not ask for a centre")

    launcher = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=never)
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    assert paths.sqlite_path is not None and paths.sqlite_path.name == "demo.sqlite"
    info = window.services.centre.require()
    assert info.is_demo
    people = window.services.admin.info().row_counts["person"]
    assert people > 100
    window.services.db.dispose()
    again = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=never).prepare()
    assert again is not None
    qtbot.addWidget(again)
    assert again.services.admin.info().row_counts["person"] == people
    again.services.db.dispose()


def test_demo_build_in_the_background_with_progress(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d", demo=True)
    runner = TaskRunner()
    launcher = Launcher(paths, runner=runner, ask_centre=lambda _l: None)
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    assert window.services.centre.require().is_demo
    window.services.db.dispose()


def test_a_newer_database_gets_a_dialog_and_is_left_alone(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    launcher = Launcher(paths, runner=TaskRunner(inline=True),
                        ask_centre=lambda _l: FIRST)
    window = launcher.prepare()
    assert window is not None
    window.services.db.dispose()
    assert paths.sqlite_path is not None
    conn = sqlite3.connect(paths.sqlite_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = paths.sqlite_path.read_bytes()
    shown: list[BaseException] = []
    launcher = Launcher(paths, runner=TaskRunner(inline=True),
                        show_error=lambda _t, exc: shown.append(exc))
    assert launcher.prepare() is None
    assert launcher.exit_code == 3
    assert isinstance(shown[0], DatabaseTooNewError)
    assert paths.sqlite_path.read_bytes() == before


def test_a_network_share_is_refused_with_the_postgresql_hint() -> None:
    paths = resolve_paths("/tmp", "sqlite://///fileserver/share/centre.sqlite")
    shown: list[BaseException] = []
    launcher = Launcher(paths, runner=TaskRunner(inline=True),
                        show_error=lambda _t, exc: shown.append(exc))
    assert launcher.prepare() is None
    assert isinstance(shown[0], NetworkShareError)


@pytest.mark.parametrize("content", [b"garbage" * 1000])
def test_a_foreign_file_gets_an_error_dialog(qtbot: QtBot, tmp_path: Path,
                                             content: bytes) -> None:
    from issp_desktop.ui.errors import error_text

    paths = resolve_paths(tmp_path)
    assert paths.sqlite_path is not None
    paths.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    paths.sqlite_path.write_bytes(content)
    shown: list[BaseException] = []
    launcher = Launcher(paths, runner=TaskRunner(inline=True),
                        show_error=lambda _t, exc: shown.append(exc))
    assert launcher.prepare() is None
    text = error_text(shown[0])
    assert str(paths.sqlite_path) in text and "not an ISSP Desktop database" in text
    assert paths.sqlite_path.read_bytes() == content


def test_usual_start_shows_the_window_then_fills_it_from_a_worker(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    first = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=lambda _l: FIRST)
    made = first.prepare()
    assert made is not None
    made.services.db.dispose()

    launcher = Launcher(paths, runner=TaskRunner())
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_ready, timeout=10_000):
        window.show()
    assert window.is_locked  # the centre has accounts: nothing shows before sign-in
    window.start_session()
    dialog = window.login_dialog
    dialog.password_edit.setText("correct horse battery")
    dialog.username_edit.setText("manager")
    with qtbot.waitSignal(window.dashboard_page.counts_loaded, timeout=10_000):
        dialog.accept()
    assert not window.is_locked
    assert window.dashboard_page.title.text() == "C"
    assert window.windowTitle().startswith("C — ")
    launcher.runner.wait_all()
    window.services.db.dispose()


def test_a_failure_while_opening_in_the_background_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from issp_desktop.errors import DatabaseLockedError
    from issp_desktop.ui import launcher as launcher_module

    paths = resolve_paths(tmp_path / "d")
    made = Launcher(paths, runner=TaskRunner(inline=True),
                    ask_centre=lambda _l: FIRST).prepare()
    assert made is not None
    made.services.db.dispose()

    def locked(*_a: object, **_k: object) -> None:
        raise DatabaseLockedError(str(paths.sqlite_path))

    monkeypatch.setattr(launcher_module, "open_services", locked)
    shown: list[BaseException] = []
    launcher = Launcher(paths, runner=TaskRunner(),
                        show_error=lambda _t, exc: shown.append(exc))
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert isinstance(shown[0], DatabaseLockedError)
    assert launcher.exit_code == 3
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_the_gui_start_path_loads_no_database_layer() -> None:
    """The window appears before SQLAlchemy is loaded; a stray import would slow every start."""
    import subprocess
    import sys

    script = (
        "import sys; import issp_desktop.ui.launcher; "
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic') "
        "if m in sys.modules]; print(heavy); assert not heavy"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_first_run_with_a_passphrase_makes_an_encrypted_centre(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    from issp_desktop.db import crypto

    if not crypto.sqlcipher_available():
        pytest.skip("SQLCipher is not installed here")
    paths = resolve_paths(tmp_path / "enc")
    shown: list[str] = []
    launcher = Launcher(paths, runner=TaskRunner(inline=True),
                        ask_centre=lambda _l: (CentreSetup("Siri"), MANAGER,
                                               "mvua ya asubuhi ni baraka"),
                        show_recovery=lambda key, _c, _k: shown.append(key))
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)
    assert paths.sqlite_path is not None
    assert crypto.is_encrypted_file(paths.sqlite_path)
    assert len(shown) == 1 and shown[0].count("-") == 5
    assert not window.is_locked
    window.services.db.dispose()
    launcher.runner.wait_all()

    asked: list[str] = []

    def ask(_location: str, problem: str) -> str | None:
        asked.append(problem)
        return "wrong passphrase" if len(asked) == 1 else shown[0]  # then the recovery key

    again = Launcher(paths, runner=TaskRunner(inline=True), ask_passphrase=ask)
    window = again.prepare()
    assert window is not None
    qtbot.addWidget(window)
    assert asked[0] == "" and "not right" in asked[1]
    assert window.services.centre.require().name == "Siri"
    window.services.db.dispose()


def test_cancelling_the_passphrase_opens_nothing(tmp_path: Path) -> None:
    from issp_desktop.db import crypto

    if not crypto.sqlcipher_available():
        pytest.skip("SQLCipher is not installed here")
    paths = resolve_paths(tmp_path / "enc")
    first = Launcher(paths, runner=TaskRunner(inline=True),
                     ask_centre=lambda _l: (CentreSetup("Siri"), MANAGER,
                                            "mvua ya asubuhi ni baraka"),
                     show_recovery=lambda *_a: None)
    made = first.prepare()
    assert made is not None
    made.services.db.dispose()
    assert Launcher(paths, runner=TaskRunner(inline=True),
                    ask_passphrase=lambda _l, _p: None).prepare() is None

"""Start-up in the GUI: open the store, set up the centre on first run, show the window.

The usual start (an existing, current SQLite centre) is fast: the file is checked read-only
with the standard library, the window is shown at once, and the database layer is loaded and
opened on a worker thread; the pages fill in when it is ready. First runs, demo creation,
upgrades and server databases take the careful path and open the store before any window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from issp_desktop import APP_NAME
from issp_desktop.app import open_services
from issp_desktop.config.paths import AppPaths
from issp_desktop.db.location import is_network_path
from issp_desktop.db.peek import peek_sqlite
from issp_desktop.errors import (
    DatabaseCorruptError,
    DatabaseNotIsspError,
    IsspError,
    NetworkShareError,
    PassphraseRequiredError,
    StoreError,
)
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import CancelledFn, ProgressFn, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from issp_desktop.domain.centre import CentreSetup
    from issp_desktop.services import Services
    from issp_desktop.services.users import NewUser

# (centre, first manager) or (centre, first manager, database passphrase or None)
FirstRun = tuple["CentreSetup", "NewUser"] | tuple["CentreSetup", "NewUser", str | None]
AskCentre = Callable[[str], FirstRun | None]
ShowError = Callable[[str, BaseException], None]
AskRestore = Callable[[BaseException, str], bool]
AskPassphrase = Callable[[str, str], str | None]  # (location, problem) -> passphrase
ShowRecovery = Callable[[str, str, str], None]  # (recovery key, centre, key id)

DEMO_PEOPLE = 400


def ask_centre_with_dialog(location: str) -> FirstRun | None:
    from issp_desktop.ui.dialogs.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(location)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.setup and dialog.manager:
        return dialog.setup, dialog.manager, dialog.passphrase
    return None


def ask_passphrase_with_dialog(location: str, problem: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    prompt = QApplication.translate(
        "Launcher", "The database {0} is encrypted.\nEnter its passphrase (or the recovery key):"
    ).format(location)
    if problem:
        prompt = problem + "\n\n" + prompt
    text, ok = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def show_recovery_with_dialog(recovery_key: str, centre: str, key_id: str) -> None:
    from issp_desktop.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

    RecoveryKeyDialog(recovery_key, centre=centre, key_id=key_id, location="").exec()


def ask_restore_with_box(exc: BaseException, backup_label: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error_text(exc))
    box.setObjectName("offerRestoreBox")
    box.setInformativeText(QApplication.translate(
        "Launcher", "Restore the newest good backup, made {0}? The damaged file is kept aside."
    ).format(backup_label))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error_box(title: str, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(exc))
    box.setObjectName("startupErrorBox")
    box.exec()


class Launcher:
    """Decides what to show at start. Dialog functions are injectable for tests."""

    def __init__(self, paths: AppPaths, *, runner: TaskRunner | None = None,
                 ask_centre: AskCentre = ask_centre_with_dialog,
                 show_error: ShowError = show_error_box,
                 ask_restore: AskRestore = ask_restore_with_box,
                 ask_passphrase: AskPassphrase = ask_passphrase_with_dialog,
                 show_recovery: ShowRecovery = show_recovery_with_dialog) -> None:
        self.paths = paths
        self.runner = runner or TaskRunner()
        self.ask_centre = ask_centre
        self.show_error = show_error
        self.ask_restore = ask_restore
        self.ask_passphrase = ask_passphrase
        self.show_recovery = show_recovery
        self.data_key: bytes | None = None
        self.exit_code = 0
        self.services: Services | None = None
        self.window: MainWindow | None = None

    def prepare(self) -> MainWindow | None:
        """The main window ready to show, or ``None`` (the user cancelled or an error shown)."""
        path = self.paths.sqlite_path
        if path is not None:
            try:
                if is_network_path(path):
                    raise NetworkShareError(str(path))
                peek = peek_sqlite(path, data_key=self.data_key)
            except PassphraseRequiredError:
                if self._unlock(path):
                    return self.prepare()
                return None
            except (DatabaseCorruptError, DatabaseNotIsspError) as exc:
                if not self._restored_once and self._offer_restore(exc, path):
                    self._restored_once = True
                    return self.prepare()
                if not self._declined:
                    self._fail(exc, 3)
                self.exit_code = 3
                return None
            except StoreError as exc:
                self._fail(exc, 3)
                return None
            if peek.exists and peek.current and peek.centre_name:
                return self._fast_start()
        return self._careful_start()

    _declined = False
    _restored_once = False

    def _unlock(self, path: Path) -> bool:
        """Ask for the passphrase until it opens the database (or the user gives up)."""
        from issp_desktop.db import crypto

        problem = ""
        for _ in range(10):
            passphrase = self.ask_passphrase(str(path), problem)
            if passphrase is None:
                return False
            try:
                self.data_key = self._blocking(lambda p=passphrase: crypto.unlock(path, p))
                return True
            except StoreError as exc:
                problem = error_text(exc)
        self._fail(StoreError(str(path), problem), 3)
        return False

    def _blocking(self, work: Callable[[], object]) -> bytes:
        """Run ``work`` on a worker (key stretching takes ~0.5 s) while the GUI stays live."""
        loop = QEventLoop()
        outcome: dict[str, object] = {}

        def done(value: object) -> None:
            outcome["value"] = value
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        task = self.runner.submit(lambda _p, _c: work(), on_done=done, on_error=failed)
        if not task.is_done():
            loop.exec()
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        value = outcome["value"]
        assert isinstance(value, bytes)
        return value

    def _offer_restore(self, exc: BaseException, path: Path) -> bool:
        """A damaged database: offer the newest good backup (the damaged file is kept)."""
        from issp_desktop.db.backup import list_backups, restore_backup
        from issp_desktop.errors import IsspError as _IsspError

        found = [b for b in list_backups(self.paths.backups_dir, path.stem)
                 if b.reason != "damaged"]
        if not found:
            return False
        newest = found[0]
        label = newest.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if not self.ask_restore(exc, label):
            self._declined = True
            return False
        try:
            restore_backup(newest.path, path, self.paths.backups_dir)
        except _IsspError as failure:
            self._fail(failure, 3)
            self._declined = True
            return False
        return True

    def _fail(self, exc: BaseException, code: int) -> None:
        self.exit_code = code
        self.show_error(APP_NAME, exc)

    # --- the usual start -----------------------------------------------------------------------

    def _fast_start(self) -> MainWindow:
        window = MainWindow(self.paths, None, self.runner)
        self.window = window
        if self.runner.inline:
            self._open_in_background()
        else:
            # Paint the window first, then load the database layer: a worker importing
            # SQLAlchemy competes with the GUI thread for the interpreter.
            window.first_shown.connect(lambda: QTimer.singleShot(0, self._open_in_background))
        return window

    def _open_in_background(self) -> None:
        paths = self.paths
        key = self.data_key
        self.runner.submit(
            lambda _p, _c: open_services(paths, quick_check=False, data_key=key),
            write=True,
            on_done=self._on_services_opened,
            on_error=self._on_open_failed,
            name="open the database",
        )

    def _on_services_opened(self, services: object) -> None:
        self.services = services  # type: ignore[assignment]
        if self.window is not None:
            self.window.set_services(services)  # type: ignore[arg-type]

    def _on_open_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._fail(exc, 3 if isinstance(exc, StoreError) else 1)
        if self.window is not None:
            self.window.close()

    # --- first run, demo, upgrade, server ------------------------------------------------------

    def _is_fresh(self) -> bool:
        path = self.paths.sqlite_path
        if path is None or self.paths.demo:
            return False
        try:
            peek = peek_sqlite(path, check=False, data_key=self.data_key)
        except StoreError:
            return False
        return not peek.has_tables

    def _first_run(self) -> MainWindow | None:
        """A brand-new centre: ask first, then create the (possibly encrypted) database."""
        from issp_desktop.db import crypto

        answer = self.ask_centre(self.paths.location)
        if answer is None:
            return None
        setup, manager = answer[0], answer[1]
        passphrase = answer[2] if len(answer) > 2 else None
        path = self.paths.sqlite_path
        recovery = None
        try:
            if passphrase and path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                from issp_desktop.db.store import remove_sqlite_files

                remove_sqlite_files(path)  # an empty file left by an earlier attempt
                self.data_key, recovery = crypto.create_keyfile(path, passphrase)
            services = open_services(self.paths, create=True, data_key=self.data_key)
        except (StoreError, OSError) as exc:
            self._fail(exc, 3)
            return None
        self.services = services
        try:
            services.centre.first_run(setup, manager)
            services.users.login(manager.username, manager.password)
        except IsspError as exc:
            self._fail(exc, 1)
            services.db.dispose()
            return None
        if recovery is not None and self.data_key is not None:
            self.show_recovery(recovery, setup.name, crypto.key_id(self.data_key))
        self.window = MainWindow(self.paths, services, self.runner)
        return self.window

    def _careful_start(self) -> MainWindow | None:
        if self._is_fresh():
            return self._first_run()
        try:
            services = open_services(self.paths, create=True, data_key=self.data_key)
        except StoreError as exc:
            self._fail(exc, 3)
            return None
        self.services = services
        try:
            if services.centre.needs_setup():
                if self.paths.demo and not services.demo.has_data():
                    if not self._build_demo(services):
                        services.db.dispose()
                        return None
                else:
                    answer = self.ask_centre(self.paths.location)
                    if answer is None:
                        services.db.dispose()
                        return None
                    setup, manager = answer[0], answer[1]
                    services.centre.first_run(setup, manager)
                    services.users.login(manager.username, manager.password)
        except IsspError as exc:
            self._fail(exc, 1)
            services.db.dispose()
            return None
        self.window = MainWindow(self.paths, services, self.runner)
        return self.window

    def _build_demo(self, services: Services) -> bool:
        loop = QEventLoop()
        outcome: dict[str, object] = {}

        def work(progress: ProgressFn, cancelled: CancelledFn) -> object:
            return services.demo.build(DEMO_PEOPLE, seed=1, progress=progress, cancelled=cancelled)

        def done(summary: object) -> None:
            outcome["ok"] = summary
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        task = run_with_progress(self.runner, None, QApplication.translate(
            "Launcher", "Creating the demo centre…"), work, write=True, on_done=done,
            on_error=failed)
        if not task.is_done():
            loop.exec()
        error = outcome.get("error")
        if isinstance(error, BaseException):
            if not task.is_cancelled():
                self._fail(error, 1)
            return False
        return True


def apply_language(paths: AppPaths) -> str:
    """Install the language chosen on this PC (or the system's) before any window is built."""
    from issp_desktop.config.preferences import effective_language, load_preferences
    from issp_desktop.ui.translation import install_language

    language = effective_language(load_preferences(paths.settings_file))
    install_language(language)
    return language


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    from PySide6.QtGui import QIcon

    from issp_desktop.config.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "issp-desktop.png")))
    app.setDesktopFileName("issp-desktop")
    apply_language(paths)
    from issp_desktop.ui.widgets.display_settings import apply_saved_display

    apply_saved_display(app, paths.data_dir)  # this PC's theme and text size
    launcher = Launcher(paths)
    window = launcher.prepare()
    if window is None:
        return launcher.exit_code
    window.show()
    QTimer.singleShot(0, window.start_session)
    code = app.exec()
    launcher.runner.wait_all()
    if launcher.services is not None:
        launcher.services.db.dispose()
    return launcher.exit_code or code

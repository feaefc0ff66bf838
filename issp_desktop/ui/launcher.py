"""Start-up in the GUI: open the store, set up the centre on first run, show the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from issp_desktop import APP_NAME
from issp_desktop.app import open_services
from issp_desktop.config.paths import AppPaths
from issp_desktop.errors import IsspError, StoreError
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup
from issp_desktop.ui.dialogs.first_run_dialog import FirstRunDialog
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.main_window import MainWindow
from issp_desktop.ui.tasks import CancelledFn, ProgressFn, TaskRunner, run_with_progress

AskCentre = Callable[[str], CentreSetup | None]
ShowError = Callable[[str, BaseException], None]

DEMO_PEOPLE = 400


def ask_centre_with_dialog(location: str) -> CentreSetup | None:
    dialog = FirstRunDialog(location)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.setup
    return None


def show_error_box(title: str, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(exc))
    box.setObjectName("startupErrorBox")
    box.exec()


class Launcher:
    """Decides what to show at start. Dialog functions are injectable for tests."""

    def __init__(self, paths: AppPaths, *, runner: TaskRunner | None = None,
                 ask_centre: AskCentre = ask_centre_with_dialog,
                 show_error: ShowError = show_error_box) -> None:
        self.paths = paths
        self.runner = runner or TaskRunner()
        self.ask_centre = ask_centre
        self.show_error = show_error
        self.exit_code = 0
        self.services: Services | None = None

    def prepare(self) -> MainWindow | None:
        """The main window ready to show, or ``None`` (the user cancelled or an error shown)."""
        title = APP_NAME
        try:
            services = open_services(self.paths, create=True)
        except StoreError as exc:
            self.exit_code = 3
            self.show_error(title, exc)
            return None
        self.services = services
        try:
            if services.centre.get() is None:
                if self.paths.demo and not services.demo.has_data():
                    if not self._build_demo(services):
                        services.db.dispose()
                        return None
                else:
                    setup = self.ask_centre(self.paths.location)
                    if setup is None:
                        services.db.dispose()
                        return None
                    services.centre.setup(setup)
        except IsspError as exc:
            self.exit_code = 1
            self.show_error(title, exc)
            services.db.dispose()
            return None
        return MainWindow(self.paths, services, self.runner)

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
                self.exit_code = 1
                self.show_error(APP_NAME, error)
            return False
        return True


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    launcher = Launcher(paths)
    window = launcher.prepare()
    if window is None:
        return launcher.exit_code
    window.show()
    code = app.exec()
    if launcher.services is not None:
        launcher.services.db.dispose()
    return code

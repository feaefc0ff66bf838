"""The main window: navigation on the left, one page at a time, status bar, menus.

Start-up note: the first use of PySide6's ``Qt`` namespace costs ~35 ms (it builds every enum),
so the window, the dashboard and the stat cards avoid it (properties are set by name instead);
pages that need it are built on first visit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from issp_desktop import APP_NAME, __version__
from issp_desktop.config.paths import AppPaths
from issp_desktop.ui.pages.dashboard_page import DashboardPage
from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.ui.pages.settings_page import SettingsPage


class MainWindow(QMainWindow):
    """The main window. It can be shown before the store is open (``services=None``): pages
    then say "Opening the database…" until ``set_services`` hands the services over."""

    first_shown = Signal()
    services_ready = Signal()

    def __init__(self, paths: AppPaths, services: Services | None,
                 runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.services = services
        self.runner = runner or TaskRunner(self)
        self._shown_once = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 700)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        self.dashboard_page = DashboardPage(services, self.runner)
        self.dashboard_page.counts_loaded.connect(self._on_dashboard_counts_loaded)
        # Pages other than the dashboard are built on first visit, so start-up stays fast as
        # features grow. ``page(key)`` builds one on demand.
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self.keys: list[str] = []
        self._add_page("dashboard", self.tr("Dashboard"), lambda: self.dashboard_page)
        for key, title, text in self._planned_pages():
            self._add_page(key, title, self._unavailable_factory(title, text))
        self._add_page("settings", self.tr("Settings"), self._make_settings_page)
        self.page("dashboard")
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel()
        self.location_label.setObjectName("locationLabel")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._build_menus()
        self.update_status()
        self.nav.setCurrentRow(0)

    def _planned_pages(self) -> list[tuple[str, str, str]]:
        return [
            ("people", self.tr("People"), self.tr(
                "Registering applicants and trainees with their impact profile, search, import "
                "and export arrive with the people and training feature. People and their stage "
                "history are already kept in the database and counted on the Dashboard.")),
            ("training", self.tr("Training"), self.tr(
                "Cohorts, curriculum modules, assessments and training roll-call arrive with "
                "the people and training feature.")),
            ("roster", self.tr("Roster & Attendance"), self.tr(
                "Shift planning, the door kiosk for clock-in and clock-out, and hours worked "
                "arrive with the shifts and attendance feature.")),
            ("clients", self.tr("Clients & Work"), self.tr(
                "Clients, projects, batches, work logs and quality checks arrive with the "
                "deliverables feature.")),
            ("payroll", self.tr("Payroll"), self.tr(
                "Pay periods, statutory deductions, payslips and payment files arrive with the "
                "payroll feature.")),
            ("certificates", self.tr("Certificates"), self.tr(
                "Progress and skill certificates with offline verification arrive with the "
                "certificates feature.")),
            ("impact", self.tr("Impact"), self.tr(
                "The funder report and impact dashboard arrive with the impact feature.")),
        ]

    @staticmethod
    def _unavailable_factory(title: str, text: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from issp_desktop.ui.pages.unavailable_page import UnavailablePage

            return UnavailablePage(title, text)

        return make

    def _make_settings_page(self) -> QWidget:
        from issp_desktop.ui.pages.settings_page import SettingsPage

        page = SettingsPage(self.services, self.runner)
        page.centre_saved.connect(self._on_settings_centre_saved)
        return page

    def _add_page(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        self._factories[key] = factory
        self.keys.append(key)
        self.stack.addWidget(QWidget())  # stands in until the page is first visited
        item = QListWidgetItem(title)
        item.setToolTip(title)
        self.nav.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_folder = QAction(self.tr("Open the &data folder"), self)
        open_folder.triggered.connect(self._on_open_folder_triggered)
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = QAction(item.text(), self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(self._go_to(row))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About ISSP Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _go_to(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it has not been visited yet."""
        built = self._built.get(key)
        if built is not None:
            return built
        index = self.keys.index(key)
        page = self._factories[key]()
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._built[key] = page
        return page

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.keys.index(key))

    def current_page_key(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.keys[row]
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        if key == "settings":
            self.settings_page.load()
        elif page is self.dashboard_page and self._shown_once:
            self.dashboard_page.refresh()

    def _on_dashboard_counts_loaded(self, counts: object) -> None:
        name = getattr(counts, "centre_name", "")
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    def _on_settings_centre_saved(self, _info: object) -> None:
        self.update_status()

    def set_services(self, services: Services) -> None:
        self.services = services
        for page in self._built.values():
            setter = getattr(page, "set_services", None)
            if setter is not None:
                setter(services)
        self.update_status()
        self.services_ready.emit()

    def update_status(self) -> None:
        self.location_label.setText(self.tr("Database: {0}").format(self.paths.location))
        if self.services is None:
            self.backup_label.setText("")
            return
        last = self.services.admin.last_backup()
        if last is None:
            self.backup_label.setText(self.tr("Last backup: never"))
        else:
            local = last.astimezone()
            self.backup_label.setText(
                self.tr("Last backup: {0}").format(local.strftime("%Y-%m-%d %H:%M")))

    def _on_open_folder_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ISSP Desktop"),
            self.tr(
                "<b>ISSP Desktop {0}</b><br>Runs an impact-sourcing centre offline: people and "
                "training, shifts, deliverables, payroll, certificates and impact.<br><br>"
                "Database: {1}"
            ).format(__version__, self.paths.location),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.dashboard_page.refresh()
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait_all(10_000)
        super().closeEvent(event)

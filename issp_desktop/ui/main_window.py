"""The main window: navigation on the left, one page at a time, status bar, menus.

It can be shown before the store is open (``services=None``; the fast start) and it starts
locked whenever the centre has user accounts: the centre's data appears only after sign-in,
and disappears again on idle lock or sign-out. The pages a role may not use are not listed
(the services refuse them anyway).

Start-up note: the first use of PySide6's ``Qt`` namespace costs ~35 ms (it builds every enum),
so the window, the dashboard and the stat cards avoid it (properties are set by name instead);
pages that need it are built on first visit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from issp_desktop import APP_NAME, __version__
from issp_desktop.config.paths import AppPaths
from issp_desktop.domain.access import ROLE_TITLES, Actor, Permission
from issp_desktop.ui.idle import IdleWatcher
from issp_desktop.ui.pages.dashboard_page import DashboardPage
from issp_desktop.ui.pages.locked_page import LockedPage
from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.ui.pages.settings_page import SettingsPage

# Which permission a section needs to be listed at all.
PAGE_PERMISSION: dict[str, Permission | None] = {
    "dashboard": Permission.PEOPLE_VIEW,
    "people": Permission.PEOPLE_VIEW,
    "training": Permission.TRAINING_VIEW,
    "roster": Permission.ROSTER_VIEW,
    "clients": Permission.DELIVERABLES_VIEW,
    "payroll": Permission.PAY_VIEW,
    "certificates": Permission.TRAINING_VIEW,
    "impact": Permission.IMPACT_VIEW,
    "users": Permission.USERS_MANAGE,
    "audit": Permission.AUDIT_VIEW,
    "settings": None,
}


def _set_shortcut(action: QAction, keys: str) -> None:
    """``action.setShortcut`` resolves overloads through PySide6's ``Qt`` enums (~40 ms on the
    first call, at start-up); setting the property by name does the same without that."""
    action.setProperty("shortcut", QKeySequence(keys))


class MainWindow(QMainWindow):
    first_shown = Signal()
    services_ready = Signal()
    unlocked = Signal(object)
    locked = Signal()

    def __init__(self, paths: AppPaths, services: Services | None,
                 runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.services = services
        self.runner = runner or TaskRunner(self)
        self.actor: Actor | None = None
        self._shown_once = False
        self._login_open = False
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

        self.dashboard_page = DashboardPage(None, self.runner)
        self.dashboard_page.counts_loaded.connect(self._on_dashboard_counts_loaded)
        # Pages other than the dashboard are built on first visit, so start-up stays fast as
        # features grow. ``page(key)`` builds one on demand.
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self.keys: list[str] = []
        self._add_page("dashboard", self.tr("Dashboard"), lambda: self.dashboard_page)
        built_pages = {"people": self._make_people_page, "training": self._make_training_page,
                       "roster": self._make_roster_page, "clients": self._make_clients_page,
                       "certificates": self._make_certificates_page,
                       "payroll": self._make_payroll_page, "impact": self._make_impact_page}
        for key, title, text in self._planned_pages():
            self._add_page(key, title,
                           built_pages.get(key) or self._unavailable_factory(title, text))
        self._add_page("users", self.tr("Users"), self._make_users_page)
        self._add_page("audit", self.tr("Audit trail"), self._make_audit_page)
        self._add_page("settings", self.tr("Settings"), self._make_settings_page)
        self.page("dashboard")
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

        content = QWidget()
        layout = QHBoxLayout(content)
        layout.addWidget(self.nav)
        # a scroll area around the pages keeps every page usable at large text sizes (200 %)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.locked_page = LockedPage()
        self.locked_page.sign_in_requested.connect(self.ask_login)
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self.body.addWidget(self.locked_page)
        self.setCentralWidget(self.body)

        self.location_label = QLabel()
        self.location_label.setObjectName("locationLabel")
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._build_menus()
        # Ctrl+N/S/F and tab switching: installed after the first paint (they resolve Qt's
        # enums, which costs start-up time)
        self.shortcuts: object | None = None
        self.first_shown.connect(self._install_shortcuts)
        self.idle = IdleWatcher(self.lock, self)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self._on_backup_timer_timeout)
        self.nav.setCurrentRow(0)
        self._fit_navigation()
        self._show_locked(True)
        if services is not None:
            self._adopt(services)

    # --- sections ------------------------------------------------------------------------------

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

    def _make_people_page(self) -> QWidget:
        from issp_desktop.ui.pages.people_page import PeoplePage

        return PeoplePage(self.services, self.runner)

    def _make_training_page(self) -> QWidget:
        from issp_desktop.ui.pages.training_page import TrainingPage

        return TrainingPage(self.services, self.runner)

    def _make_roster_page(self) -> QWidget:
        from issp_desktop.ui.pages.roster_attendance_page import RosterAttendancePage

        return RosterAttendancePage(self.services, self.runner)

    def _make_clients_page(self) -> QWidget:
        from issp_desktop.ui.pages.clients_page import ClientsPage

        return ClientsPage(self.services, self.runner)

    def _make_impact_page(self) -> QWidget:
        from issp_desktop.ui.pages.impact_page import ImpactPage

        return ImpactPage(self.services, self.runner)

    def _make_payroll_page(self) -> QWidget:
        from issp_desktop.ui.pages.payroll_page import PayrollPage

        return PayrollPage(self.services, self.runner)

    def _make_certificates_page(self) -> QWidget:
        from issp_desktop.ui.pages.certificates_page import CertificatesPage

        return CertificatesPage(self.services, self.runner)

    def _make_users_page(self) -> QWidget:
        from issp_desktop.ui.pages.users_page import UsersPage

        return UsersPage(self.services, self.runner)

    def _make_audit_page(self) -> QWidget:
        from issp_desktop.ui.pages.audit_page import AuditPage

        return AuditPage(self.services, self.runner)

    def _add_page(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        self._factories[key] = factory
        self.keys.append(key)
        self.stack.addWidget(QWidget())  # stands in until the page is first visited
        item = QListWidgetItem(title)
        item.setToolTip(title)
        self.nav.addItem(item)

    def _fit_navigation(self) -> None:
        """The section list 210 px wide at the normal text size, widening with a larger text
        size (up to 210 px × the size) as far as its longest title needs: at 200 % text no
        title is cut off, while the pages keep their room at 100 % (a title a translation
        makes too long shows in full as its tooltip)."""
        from PySide6.QtWidgets import QApplication

        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(row).text())
                      for row in range(self.nav.count())), default=0)
        # icon, the item's padding (10 px a side), the frame and room for a scroll bar
        wanted = widest + self.nav.iconSize().width() + 2 * 10 + 40
        base = QApplication.instance().property("isspBaseFontPointSize") if \
            QApplication.instance() is not None else None
        size = self.nav.font().pointSizeF()
        scale = size / float(base) if base and size > 0 else 1.0
        self.nav.setFixedWidth(int(min(max(210, wanted), 210 * max(1.0, scale))))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation()

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

    def _forget_pages(self) -> None:
        """Drop built pages (another user signed in): they are rebuilt for the new role."""
        for key in list(self._built):
            if key == "dashboard":
                continue
            page = self._built.pop(key)
            index = self.keys.index(key)
            self.stack.insertWidget(index, QWidget())
            self.stack.removeWidget(page)
            page.deleteLater()

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    def is_listed(self, key: str) -> bool:
        return not self.nav.item(self.keys.index(key)).isHidden()

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
        loader = getattr(page, "load", None)
        if key == "dashboard":
            if self._shown_once and not self.is_locked:
                self.dashboard_page.refresh()
        elif loader is not None and not self.is_locked:
            loader()

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        _set_shortcut(self.lock_action, "Ctrl+L")
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        self.change_password_action = QAction(self.tr("Change &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.change_password_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.lock)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up now"), self)
        _set_shortcut(self.backup_action, "Ctrl+B")
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        self.copy_backup_action = QAction(self.tr("&Copy a backup to a folder or USB stick…"),
                                          self)
        self.copy_backup_action.triggered.connect(self.copy_backup)
        file_menu.addAction(self.copy_backup_action)
        self.restore_action = QAction(self.tr("&Restore a backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.privacy_action = QAction(self.tr("Personal &data requests…"), self)
        self.privacy_action.triggered.connect(self.personal_data_requests)
        file_menu.addAction(self.privacy_action)
        self.exchange_action = QAction(self.tr("E&xchange with other centres…"), self)
        self.exchange_action.triggered.connect(self.exchange_with_centres)
        file_menu.addAction(self.exchange_action)
        self.kiosk_action = QAction(self.tr("Open the door &kiosk…"), self)
        self.kiosk_action.triggered.connect(self.open_kiosk)
        file_menu.addAction(self.kiosk_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        open_folder = QAction(self.tr("Open the &data folder"), self)
        open_folder.triggered.connect(self._on_open_folder_triggered)
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        _set_shortcut(quit_action, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_actions: list[QAction] = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = QAction(item.text(), self)
            if row < 9:
                _set_shortcut(action, f"Ctrl+{row + 1}")
            action.triggered.connect(self._go_to(row))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        settings_row = self.keys.index("settings")
        _set_shortcut(self.go_actions[settings_row], "Ctrl+,")

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.page_help_action = QAction(self.tr("&Help for this page"), self)
        _set_shortcut(self.page_help_action, "F1")
        self.page_help_action.triggered.connect(self.show_page_help)
        help_menu.addAction(self.page_help_action)
        self.quick_start_action = QAction(self.tr("&Quick-start guide (PDF)…"), self)
        self.quick_start_action.triggered.connect(self.save_quick_start)
        help_menu.addAction(self.quick_start_action)
        self.impact_help_action = QAction(self.tr("&Impact figures explained"), self)
        self.impact_help_action.triggered.connect(self._on_impact_help_triggered)
        help_menu.addAction(self.impact_help_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About ISSP Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def open_kiosk(self) -> QWidget | None:
        """The door kiosk, opened from the Roster & Attendance page's kiosk tab."""
        if self.is_locked or self.actor is None or not self.actor.can(Permission.ATTENDANCE_EDIT):
            return None
        self.show_page("roster")
        page: Any = self.page("roster")
        tab: Any = page.show_tab("kiosk")
        kiosk: QWidget | None = tab.open_kiosk()
        return kiosk

    def _install_shortcuts(self) -> None:
        if self.shortcuts is None:
            from issp_desktop.ui.shortcuts import install_shortcuts

            self.shortcuts = install_shortcuts(self)

    def show_page_help(self) -> None:
        from issp_desktop.ui.dialogs.help_dialog import HelpDialog

        key = self.current_page_key()
        title = self.nav.item(self.keys.index(key)).text()
        HelpDialog(key, self.tr("Help: {0}").format(title), self).exec()

    def save_quick_start(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from issp_desktop.reports.quick_start import build_quick_start_pdf

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the quick-start guide"),
                                              "issp-quick-start.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return None
        build_quick_start_pdf(Path(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return Path(path)

    def _on_impact_help_triggered(self) -> None:
        from issp_desktop.ui.dialogs.help_dialog import HelpDialog

        HelpDialog("impact-figures", self.tr("Impact figures"), self).exec()

    def _go_to(self, row: int) -> Callable[[], None]:
        def go() -> None:
            if not self.is_locked and not self.nav.item(row).isHidden():
                self.nav.setCurrentRow(row)

        return go

    # --- services, signing in and locking ------------------------------------------------------

    def set_services(self, services: Services) -> None:
        """Hand over the services once the store is open (the fast start)."""
        self._adopt(services)
        self.services_ready.emit()
        if self._shown_once:
            self.start_session()

    def _adopt(self, services: Services) -> None:
        self.services = services
        self.dashboard_page.set_services(services)
        for page in self._built.values():
            setter = getattr(page, "set_services", None)
            if setter is not None and page is not self.dashboard_page:
                setter(services)
        self.update_status()
        privacy = services.privacy
        self.runner.submit(lambda _p, _c: privacy.apply_retention(), write=True,
                           name="alumni retention")
        if services.actor.user_id is not None or not services.users.has_users():
            self.unlock(services.actor)

    @property
    def is_locked(self) -> bool:
        return self.body.currentWidget() is self.locked_page

    def _show_locked(self, locked: bool) -> None:
        self.body.setCurrentWidget(self.locked_page if locked else self.body.widget(0))
        self.menuBar().setEnabled(True)
        self.go_menu.setEnabled(not locked)
        self.lock_action.setEnabled(not locked)
        for action in (self.backup_action, self.copy_backup_action, self.restore_action,
                       self.privacy_action, self.exchange_action):
            action.setEnabled(not locked)
        self.change_password_action.setEnabled(not locked)
        self.sign_out_action.setEnabled(not locked)
        self.locked_page.sign_in_button.setEnabled(self.services is not None)

    def start_session(self) -> None:
        """After the window is shown: sign in if the centre has accounts."""
        if self.services is None or not self.is_locked:
            return
        self.ask_login()

    def ask_login(self) -> None:
        if self.services is None or self._login_open:
            return
        from issp_desktop.ui.dialogs.login_dialog import LoginDialog

        info = self.services.centre.get()
        hint = ""
        if info is not None and info.is_demo:
            hint = self.tr("Demo centre: sign in as manager, supervisor, trainer, clerk or "
                           "viewer, each with the password “demo”.")
        dialog = LoginDialog(self.services, self.runner,
                             centre_name=info.name if info else "", hint=hint,
                             username=self.actor.username if self.actor and
                             self.actor.user_id else "", parent=self)
        dialog.signed_in.connect(self.unlock)
        dialog.finished.connect(self._on_login_finished)
        self._login_open = True
        self.login_dialog = dialog
        dialog.open()

    def _on_login_finished(self, _result: int) -> None:
        self._login_open = False

    def unlock(self, actor: object) -> None:
        assert isinstance(actor, Actor)
        if self.actor is not None and self.actor.username != actor.username:
            self._forget_pages()
        self.actor = actor
        self._apply_permissions(actor)
        self._show_locked(False)
        self.update_status()
        if self.services is not None:
            safety = self.services.centre.safety()
            self.idle.start(safety.idle_lock_minutes)
            self.schedule_backups(safety.backup_every_minutes)
            self.dashboard_page.refresh()
            row = self.nav.currentRow()
            if row < 0 or self.nav.item(row).isHidden():
                self.nav.setCurrentRow(self._first_listed_row())
            if actor.user_id is not None:
                user = self.services.users.find(actor.username)
                if user is not None and user.must_change_password:
                    self.change_password(forced=True)
        self.unlocked.emit(actor)

    def lock(self) -> None:
        """Hide the centre's data and sign out; the next person signs in again."""
        if self.is_locked or self.services is None:
            return
        self.idle.stop()
        if self.services.actor.user_id is not None:
            self.services.users.logout()
        elif self.services.users.has_users():
            from issp_desktop.domain.access import SIGNED_OUT

            self.services.ctx.actor = SIGNED_OUT
        else:
            return  # no accounts yet: nothing to lock against
        self._show_locked(True)
        self.update_status()
        self.locked.emit()
        self.ask_login()

    def change_password(self, forced: bool = False) -> None:
        if self.services is None or self.actor is None or self.actor.user_id is None:
            return
        from issp_desktop.ui.dialogs.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, self.runner, forced=forced, parent=self)
        self.change_password_dialog = dialog
        dialog.open()

    def _first_listed_row(self) -> int:
        return next(r for r in range(self.nav.count()) if not self.nav.item(r).isHidden())

    def _apply_permissions(self, actor: Actor) -> None:
        self.backup_action.setVisible(actor.can(Permission.BACKUP_CREATE))
        self.copy_backup_action.setVisible(actor.can(Permission.BACKUP_CREATE))
        self.restore_action.setVisible(actor.can(Permission.BACKUP_RESTORE))
        self.privacy_action.setVisible(actor.can(Permission.DATA_SUBJECT))
        self.exchange_action.setVisible(actor.can(Permission.EXCHANGE))
        self.kiosk_action.setVisible(actor.can(Permission.ATTENDANCE_EDIT))
        for row, key in enumerate(self.keys):
            needed = PAGE_PERMISSION.get(key)
            listed = needed is None or actor.can(needed)
            self.nav.item(row).setHidden(not listed)
            self.go_actions[row].setVisible(listed)

    # --- backups -------------------------------------------------------------------------------

    def schedule_backups(self, minutes: int) -> None:
        """Automatic backups every ``minutes`` when something changed (0 = off)."""
        if minutes > 0 and self.services is not None and self.services.db.is_sqlite:
            self.backup_timer.start(minutes * 60_000)
        else:
            self.backup_timer.stop()

    def _on_backup_timer_timeout(self) -> None:
        self.automatic_backup("auto")

    def automatic_backup(self, reason: str) -> None:
        if self.services is None or not self.services.db.is_sqlite:
            return
        backups = self.services.backups
        self.runner.submit(lambda _p, _c: backups.automatic(reason), write=True,
                           on_done=self._on_backup_done, on_error=self._on_backup_failed,
                           name="automatic backup")

    def back_up_now(self) -> None:
        if self.services is None:
            return
        from issp_desktop.ui.tasks import run_with_progress

        backups = self.services.backups
        run_with_progress(self.runner, self, self.tr("Making a backup…"),
                          lambda _p, _c: backups.create("manual"), write=True,
                          on_done=self._on_backup_done, on_error=self._on_backup_failed)

    def _on_backup_done(self, result: object) -> None:
        self.update_status()
        if result is None:
            return
        error = getattr(result, "copy_error", "")
        if error:
            self.statusBar().showMessage(
                self.tr("Backup made, but the copy to the backup folder failed: {0}").format(
                    error), 15_000)
        else:
            self.statusBar().showMessage(self.tr("Backup made and checked."), 8000)

    def _on_backup_failed(self, exc: object) -> None:
        from issp_desktop.ui.errors import show_error

        assert isinstance(exc, BaseException)
        self.backup_label.setText(self.tr("Last backup FAILED — see the message"))
        show_error(self, self.tr("Backup failed"), exc)

    def copy_backup(self) -> None:
        if self.services is None:
            return
        from PySide6.QtWidgets import QFileDialog

        newest = self.services.backups.newest()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy the newest backup to"))
        if not folder:
            return
        backups = self.services.backups

        def work(_p: object, _c: object) -> object:
            path = newest.path if newest is not None else backups.create("manual").backup.path
            return backups.copy_to(path, Path(folder))

        from issp_desktop.ui.tasks import run_with_progress

        run_with_progress(self.runner, self, self.tr("Copying the backup…"), work, write=True,
                          on_done=lambda p: self.statusBar().showMessage(
                              self.tr("Copied and verified: {0}").format(p), 15_000),
                          on_error=self._on_backup_failed)

    def restore_backup(self) -> None:
        if self.services is None:
            return
        from issp_desktop.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.services, self.runner, self)
        dialog.restored.connect(self._on_backup_restored)
        self.restore_dialog = dialog
        dialog.open()

    def personal_data_requests(self) -> None:
        if self.services is None:
            return
        from issp_desktop.ui.dialogs.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self.services, self.runner, self)
        self.privacy_dialog = dialog
        dialog.open()

    def exchange_with_centres(self) -> None:
        if self.services is None:
            return
        from issp_desktop.ui.dialogs.exchange_dialog import ExchangeDialog

        dialog = ExchangeDialog(self.services, self.runner, self)
        self.exchange_dialog = dialog
        dialog.open()

    def _on_backup_restored(self, _result: object) -> None:
        """The database changed under us: everybody signs in again on the restored data."""
        self._forget_pages()
        self.actor = None
        if self.services is not None and self.services.users.has_users():
            from issp_desktop.domain.access import SIGNED_OUT

            self.services.ctx.actor = SIGNED_OUT
            self._show_locked(True)
            self.update_status()
            self.ask_login()
        else:
            self.dashboard_page.refresh()
            self.update_status()

    # --- status ----------------------------------------------------------------------------

    def _on_dashboard_counts_loaded(self, counts: object) -> None:
        name = getattr(counts, "centre_name", "")
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    def _on_settings_centre_saved(self, _info: object) -> None:
        self.update_status()

    def update_status(self) -> None:
        self.location_label.setText(self.tr("Database: {0}").format(self.paths.location))
        if self.services is None:
            self.backup_label.setText("")
            self.user_label.setText(self.tr("Opening the database…"))
            return
        if self.is_locked or self.actor is None:
            self.user_label.setText(self.tr("Locked"))
        elif self.actor.user_id is None:
            self.user_label.setText(self.tr("No user accounts yet"))
        else:
            self.user_label.setText(self.tr("Signed in: {0} ({1})").format(
                self.actor.label, ROLE_TITLES[self.actor.role]))
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
            if not self.is_locked:
                self.dashboard_page.refresh()
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.backup_timer.stop()
        if self.services is not None and self.services.db.is_sqlite:
            self.automatic_backup("close")
        self.runner.wait_all(10_000)
        super().closeEvent(event)

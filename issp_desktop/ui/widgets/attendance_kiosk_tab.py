"""The Door kiosk tab: who is clocked in today, and the big button that opens the kiosk window
(supervisors and managers). Opening it locks the main window behind it when there is one: the
kiosk keeps its own session (see ``ui.kiosk_window``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from issp_desktop.domain.access import Permission
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_tab_base import AttendanceTab

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.ui.kiosk_window import KioskWindow


class KioskTab(AttendanceTab):
    def __init__(self, services: Services, runner: TaskRunner, *,
                 full_screen: bool = True) -> None:
        super().__init__(services, runner)
        self.setObjectName("attendanceKioskTab")
        self.full_screen = full_screen
        self.kiosk: KioskWindow | None = None
        title = QLabel(self.tr("Door kiosk"))
        font = title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        about = QLabel(self.tr(
            "Workers clock in and out at the door with their badge: a USB barcode scanner "
            "(it types the number and Enter) or the keyboard. A scan clocks in, or out when "
            "the person is already in; F1 and F2 choose In or Out.\n\n"
            "The kiosk fills the screen and keeps working when this window locks itself. "
            "This window locks when the kiosk opens; closing the kiosk needs a supervisor's "
            "or manager's password."))
        about.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the door kiosk"))
        self.open_button.setObjectName("openKioskButton")
        self.open_button.setMinimumHeight(80)
        big = self.open_button.font()
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        self.open_button.setFont(big)
        self.open_button.clicked.connect(self.open_kiosk)
        self.today_label = QLabel()
        self.today_label.setObjectName("kioskTodayLabel")
        self.today_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addSpacing(16)
        layout.addWidget(self.today_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.open_button.setVisible(self.can_edit)
        if not self.can_edit:
            self.today_label.setText(self.tr("A supervisor or manager opens the kiosk."))

    def fetch(self) -> Any:
        attendance, day = self.attendance, self.today()
        return lambda _p, _c: attendance.punches(day)

    def show_result(self, result: Any) -> None:
        rows = [r for r in result if r.effective]
        inside: set[int] = set()
        for r in rows:
            if r.kind == "in":
                inside.add(r.person_id)
            else:
                inside.discard(r.person_id)
        self.today_label.setText(self.tr(
            "Today: {0} punch(es); {1} people clocked in now.").format(len(rows), len(inside)))

    def open_kiosk(self) -> KioskWindow | None:
        if not self.can_edit:
            return None
        if self.kiosk is not None:
            self.kiosk.raise_()
            self.kiosk.activateWindow()
            return self.kiosk
        from issp_desktop.ui.kiosk_window import KioskWindow

        kiosk = KioskWindow(self.services, full_screen=self.full_screen)
        kiosk.closed.connect(self._on_kiosk_closed)
        kiosk.punched.connect(self._on_kiosk_punched)
        if not self.full_screen:
            kiosk.show()
        self.kiosk = kiosk
        window = self.window()
        lock = getattr(window, "lock", None)
        if window is not self and callable(lock):
            lock()  # the main window waits, locked, behind the kiosk
        kiosk.activateWindow()
        kiosk.badge_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return kiosk

    def _on_kiosk_punched(self, _result: object) -> None:
        if self.services.actor.can(Permission.ROSTER_VIEW):  # not while the window is locked
            self.load()

    def _on_kiosk_closed(self) -> None:
        self.kiosk = None

"""The door kiosk: a full-screen window where workers clock in and out with their badge.

A USB barcode scanner types the badge number and Enter, so a scan alone works: it clocks the
person out if they are clocked in, else in. Typing the number and pressing F1 (In) or F2 (Out),
or the two big buttons, picks the direction. The person's name, photo (or initials), the time
and what the door says ("on time", "late 12 min") stay on screen for a few seconds, then clear.
Unknown badges, a double clock-in and a clock-out with no clock-in get a large red message.

**A day at the door.** The kiosk works in its own session: a copy of the services' context
whose actor is the supervisor or manager who opened it, fixed for as long as the kiosk is open,
and used only for the punch use cases. When the main window locks itself after idle minutes
(or is locked when the kiosk opens, as ``KioskTab`` does), the main window's actor becomes
"signed out", but the kiosk keeps punching. Leaving the kiosk (Esc, or the small Close button)
asks for the user name and password of a supervisor or manager, checked by a real sign-in with
its lock-out after wrong passwords; the main window stays locked behind it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.errors import IsspError
from issp_desktop.services.attendance_types import (
    AlreadyClockedInError,
    ClockOutBeforeInError,
    ClockResult,
    ClockWarningError,
    NotClockedInError,
    PersonLeftError,
    UnknownBadgeError,
)
from issp_desktop.ui.errors import error_text

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.services.attendance import AttendanceService

GREEN, RED, AMBER = "#1b7f3b", "#b00020", "#a15c00"
_OPEN: set[KioskWindow] = set()  # open kiosks live on their own, whatever page made them


def kiosk_attendance(services: Services) -> AttendanceService:
    """An attendance service in a session of its own, acting as whoever opens the kiosk for as
    long as it is open (the main window's locks do not reach it)."""
    from dataclasses import replace

    from issp_desktop.services.attendance import AttendanceService

    return AttendanceService(replace(services.ctx))


def initials_pixmap(name: str, size: int) -> QPixmap:
    """A round badge with the person's initials, for people without a photo."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#3b5b92"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    letters = "".join(part[0] for part in name.split()[:2]).upper() or "?"
    font = QFont()
    font.setPixelSize(size // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap


class SupervisorSignDialog(QDialog):
    """A supervisor or manager signs (user name and password, a real sign-in with its lock-out
    after wrong passwords) before the kiosk does something a worker may not: close, or save
    a punch whose time looks wrong. ``signer`` is who signed, once accepted."""

    def __init__(self, services: Services, title: str, prompt: str, refusal: str,
                 parent: QWidget | None = None, name: str = "kioskSignDialog") -> None:
        super().__init__(parent)
        self.services = services
        self.refusal = refusal
        self.signer = ""
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("kioskSignUser")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("kioskSignPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setObjectName("kioskSignMessage")
        self.message.setStyleSheet(f"color: {RED};")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.prompt = QLabel(prompt)
        self.prompt.setObjectName("kioskSignPrompt")
        self.prompt.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.prompt)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.message)
        form.addRow(buttons)

    def check(self) -> None:
        from dataclasses import replace

        from issp_desktop.services.users import UserService

        users = UserService(replace(self.services.ctx))  # signing in here changes nothing else
        try:
            actor = users.login(self.user_edit.text(), self.password_edit.text())
        except IsspError as exc:
            self.message.setText(error_text(exc))
            self.password_edit.clear()
            return
        if not actor.can(Permission.ATTENDANCE_EDIT):
            self.message.setText(self.refusal)
            self.password_edit.clear()
            return
        self.signer = actor.username
        self.accept()


class KioskExitDialog(SupervisorSignDialog):
    """A supervisor or manager signs to close the kiosk."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(
            services, QCoreApplication.translate("KioskExitDialog", "Close the door kiosk"),
            QCoreApplication.translate("KioskExitDialog",
                                       "A supervisor or manager signs to close the kiosk."),
            QCoreApplication.translate("KioskExitDialog",
                                       "Only a supervisor or a manager may close the kiosk."),
            parent, "kioskExitDialog")


class KioskWindow(QWidget):
    punched = Signal(object)  # ClockResult
    closed = Signal()

    def __init__(self, services: Services, *, full_screen: bool = True,
                 message_seconds: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.attendance = kiosk_attendance(services)
        self.message_ms = message_seconds * 1000
        self._may_close = False
        self._pending: tuple[str, str | None] | None = None
        self.confirm_box: SupervisorSignDialog | None = None
        self.exit_dialog: KioskExitDialog | None = None
        info = services.centre.get()
        self.zone = ZoneInfo(info.time_zone if info else "Africa/Nairobi")
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("Door kiosk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("QWidget#kioskWindow { background: #f4f6f8; }")

        self.centre_label = QLabel(info.name if info else "")
        self.centre_label.setObjectName("kioskCentre")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("kioskClock")
        self.prompt = QLabel(self.tr("Scan your badge, or type its number and press Enter"))
        self.prompt.setObjectName("kioskPrompt")
        self.badge_edit = QLineEdit()
        self.badge_edit.setObjectName("kioskBadge")
        self.badge_edit.setAccessibleName(self.tr("Badge number"))
        self.badge_edit.setMaxLength(40)
        self.badge_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge_edit.returnPressed.connect(self._on_badge_return_pressed)
        self.in_button = QPushButton(self.tr("Clock IN  (F1)"))
        self.in_button.setObjectName("kioskInButton")
        self.in_button.clicked.connect(lambda: self.submit("in"))
        self.out_button = QPushButton(self.tr("Clock OUT  (F2)"))
        self.out_button.setObjectName("kioskOutButton")
        self.out_button.clicked.connect(lambda: self.submit("out"))
        for button, colour in ((self.in_button, GREEN), (self.out_button, "#3b5b92")):
            button.setMinimumHeight(90)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(f"QPushButton {{ background: {colour}; color: white; "
                                 "border-radius: 10px; padding: 12px 36px; }")
        self.photo = QLabel()
        self.photo.setObjectName("kioskPhoto")
        self.photo.setFixedSize(220, 220)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = QLabel()
        self.name_label.setObjectName("kioskName")
        self.name_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("kioskResult")
        self.result_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close kiosk…"))
        self.close_button.setObjectName("kioskCloseButton")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.ask_to_close)
        self._fonts()

        top = QHBoxLayout()
        top.addWidget(self.centre_label, 1)
        top.addWidget(self.close_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.in_button)
        buttons.addSpacing(40)
        buttons.addWidget(self.out_button)
        buttons.addStretch(1)
        person = QHBoxLayout()
        person.addSpacing(60)
        person.addWidget(self.photo)
        person.addSpacing(30)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.name_label)
        words.addWidget(self.result_label)
        words.addStretch(1)
        person.addLayout(words, 1)
        person.addSpacing(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 40)
        layout.addLayout(top)
        layout.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.prompt, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.badge_edit)
        layout.addLayout(buttons)
        layout.addSpacing(20)
        layout.addLayout(person, 1)

        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.timeout.connect(self.clear_result)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self._on_tick_timeout)
        self.tick.start(1000)
        self._on_tick_timeout()
        self.clear_result()
        _OPEN.add(self)
        if full_screen:
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.showFullScreen()
        self.badge_edit.setFocus()

    def _fonts(self) -> None:
        for widget, size, bold in ((self.clock_label, 64, True), (self.prompt, 22, False),
                                   (self.badge_edit, 40, True), (self.in_button, 28, True),
                                   (self.out_button, 28, True), (self.name_label, 40, True),
                                   (self.result_label, 26, False),
                                   (self.centre_label, 18, False)):
            font = widget.font()
            font.setPointSize(size)
            font.setBold(bold)
            widget.setFont(font)

    # --- punching ------------------------------------------------------------------------------

    def _on_badge_return_pressed(self) -> None:
        self.submit(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F1:
            self.submit("in")
        elif key == Qt.Key.Key_F2:
            self.submit("out")
        elif key == Qt.Key.Key_Escape:
            self.ask_to_close()
        else:
            super().keyPressEvent(event)

    def submit(self, kind: str | None, *, confirm: bool = False) -> None:
        """Punch the typed badge: ``kind`` 'in', 'out', or None (a scan: the door decides)."""
        badge = self.badge_edit.text().strip()
        self.badge_edit.clear()
        self.badge_edit.setFocus()
        if not badge:
            return
        self._punch(badge, kind, confirm)

    def _punch(self, badge: str, kind: str | None, confirm: bool) -> None:
        use = {"in": self.attendance.clock_in, "out": self.attendance.clock_out,
               None: self.attendance.punch}[kind]
        try:
            got = use(badge, None, confirm=confirm, source="kiosk")
        except ClockWarningError as exc:
            self._ask_confirm(badge, kind, exc)
            return
        except IsspError as exc:
            self.show_problem(self._problem_text(exc))
            return
        self.show_result(got)
        self.punched.emit(got)

    def _problem_text(self, exc: IsspError) -> str:
        if isinstance(exc, UnknownBadgeError):
            return self.tr("Unknown badge {0}.\nAsk your supervisor.").format(exc.badge)
        if isinstance(exc, AlreadyClockedInError):
            return self.tr("{0}, you are already clocked in (since {1}).").format(
                exc.name, self._local(exc.since))
        if isinstance(exc, NotClockedInError):
            return self.tr("{0}, you are not clocked in: there is nothing to clock out.\n"
                           "Press Clock IN, or ask your supervisor.").format(exc.name)
        if isinstance(exc, ClockOutBeforeInError):
            return self.tr("{0}: this clock-out is before your clock-in at {1}.").format(
                exc.name, self._local(exc.clocked_in))
        if isinstance(exc, PersonLeftError):
            return self.tr("{0} is no longer at the centre.").format(exc.name)
        return error_text(exc)

    def _ask_confirm(self, badge: str, kind: str | None, exc: ClockWarningError) -> None:
        """A punch whose time looks wrong (this PC's clock?) is saved only when a supervisor
        or manager signs for it; the worker at the door cannot wave it through."""
        self._pending = (badge, exc.kind if kind is None else kind)
        box = SupervisorSignDialog(
            self.services, self.tr("Check the time"), self.tr(
                "The time of this clock-{0} for {1} looks wrong:\n\n{2}\n\nIs this "
                "computer's clock right? A supervisor or manager signs to save the punch "
                "anyway.").format(exc.kind, exc.name,
                                  "\n".join(f"• {w}" for w in exc.warnings)),
            self.tr("Only a supervisor or a manager may confirm a punch whose time looks "
                    "wrong."), self, "kioskConfirmBox")
        box.finished.connect(self._on_confirm_finished)
        self.confirm_box = box
        self.show_problem(self.tr("Check the time: a supervisor should confirm."), AMBER)
        box.open()

    def _on_confirm_finished(self, result: int) -> None:
        pending, self._pending = self._pending, None
        self.confirm_box = None
        if pending is not None and result == QDialog.DialogCode.Accepted:
            self._punch(pending[0], pending[1], True)
        else:
            self.show_problem(self.tr("Not saved."), AMBER)

    # --- what the door shows ---------------------------------------------------------------

    def _local(self, at: datetime) -> str:
        return at.astimezone(self.zone).strftime("%H:%M")

    def show_result(self, got: ClockResult) -> None:
        pixmap = QPixmap()
        if not (got.photo and pixmap.loadFromData(got.photo)):
            pixmap = initials_pixmap(got.name, 200)
        self.photo.setPixmap(pixmap.scaled(
            200, 200, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.name_label.setText(got.name)
        verb = self.tr("Clocked IN at {0}") if got.kind == "in" else self.tr(
            "Clocked OUT at {0}")
        lines = [verb.format(self._local(got.at)) + " — " + self._status(got.status)]
        if got.note:
            lines.append(self.tr("Your last clock-out is missing: tell your supervisor."))
        colour = AMBER if got.status.startswith(("late", "left early")) else GREEN
        self.result_label.setText("\n".join(lines))
        self.result_label.setStyleSheet(f"color: {colour};")
        self.name_label.setStyleSheet(f"color: {colour};")
        self.clear_timer.start(self.message_ms)

    def _status(self, status: str) -> str:
        words = {"on time": self.tr("on time"), "unplanned": self.tr("no shift planned")}
        if status in words:
            return words[status]
        number = "".join(ch for ch in status if ch.isdigit())
        if status.startswith("late"):
            return self.tr("late {0} min").format(number)
        if status.startswith("left early"):
            return self.tr("left early {0} min").format(number)
        if status.startswith("overtime"):
            return self.tr("overtime {0} min").format(number)
        return status

    def show_problem(self, text: str, colour: str = RED) -> None:
        self.photo.clear()
        self.name_label.setText("")
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.clear_timer.start(self.message_ms)

    def clear_result(self) -> None:
        self.photo.clear()
        self.name_label.setText("")
        self.result_label.setText("")

    def _on_tick_timeout(self) -> None:
        self.clock_label.setText(datetime.now(self.zone).strftime("%H:%M:%S"))

    # --- leaving -------------------------------------------------------------------------------

    def ask_to_close(self) -> None:
        if not self.services.users.has_users():
            self.close_now()
            return
        dialog = KioskExitDialog(self.services, self)
        dialog.accepted.connect(self.close_now)
        self.exit_dialog = dialog
        dialog.open()

    def close_now(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            self.ask_to_close()
            return
        self.tick.stop()
        self.clear_timer.stop()
        _OPEN.discard(self)
        self.closed.emit()
        super().closeEvent(event)


def open_kiosks() -> list[Any]:
    return list(_OPEN)

"""Locks the window after a stretch without keyboard or mouse input."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Install on the QApplication; calls ``on_idle`` once ``minutes`` pass without input."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None,
                 *, check_every_ms: int = 15_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.on_idle = on_idle
        self.clock = clock
        self.minutes = 0
        self._watching = False
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    def start(self, minutes: int) -> None:
        """Watch input (only while somebody is signed in: a locked screen needs no watching)."""
        self.minutes = minutes
        self.last_input = self.clock()
        if minutes > 0:
            self._watch(True)
            self.timer.start()
        else:
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self._watch(False)

    def _watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self.minutes > 0 and self.clock() - self.last_input >= self.minutes * 60:
            self.timer.stop()
            self.on_idle()

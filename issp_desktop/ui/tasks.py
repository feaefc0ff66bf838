"""Background work for the GUI.

Work longer than ~100 ms runs on a thread pool; its result comes back to the GUI thread as a
signal. Database writes go through a single-thread lane so they never race each other. The work
itself is a plain callable ``fn(progress, cancelled)`` (Qt-free, as services expect): ``progress``
reports ``(done, total, text)`` and ``cancelled()`` says whether the user pressed Cancel.

Tests can make a runner ``inline=True``: work then runs at once on the calling thread and the
signals still fire, so a test needs no waiting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class TaskSignals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Task(QRunnable):
    """One piece of work. Create it on the GUI thread (its signals live there)."""

    def __init__(self, work: Work, name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.name = name or getattr(work, "__name__", "task")
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progressed.emit(int(done), int(total), str(text))

    def run(self) -> None:
        try:
            self.result = self.work(self._progress, self._cancel.is_set)
        except BaseException as exc:
            self.error = exc
            if not self.is_cancelled():
                log.debug("task %s failed", self.name, exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(self.result)
        finally:
            self._done.set()
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Runs tasks on a shared pool, or writes on a one-thread lane."""

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._write_lane = QThreadPool(self)
        self._write_lane.setMaxThreadCount(1)
        self._live: set[Task] = set()

    def submit(
        self,
        work: Work,
        *,
        write: bool = False,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        name: str = "",
    ) -> Task:
        task = Task(work, name)
        if on_done is not None:
            task.signals.succeeded.connect(on_done)
        if on_error is not None:
            task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progressed.connect(on_progress)
        self._live.add(task)
        task.signals.finished.connect(lambda: self._live.discard(task))
        if self.inline:
            task.run()
        else:
            (self._write_lane if write else self._pool).start(task)
        return task

    def wait_all(self, msecs: int = 30_000) -> bool:
        a = self._pool.waitForDone(msecs)
        b = self._write_lane.waitForDone(msecs)
        return a and b

    @property
    def busy(self) -> bool:
        return bool(self._live)


class ProgressDialog(QProgressDialog):
    """Shows a task's progress after a short delay, with a Cancel button that cancels it."""

    def __init__(self, task: Task, title: str, parent: QWidget | None = None,
                 delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.task = task
        self.setWindowTitle(title)
        self.setLabelText(title)
        from PySide6.QtCore import Qt  # not at import: keeps start-up light

        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setMinimumDuration(delay_ms)
        self.setAccessibleName(title)
        self.canceled.connect(self._on_self_canceled)
        task.signals.progressed.connect(self._on_task_progressed)
        task.signals.finished.connect(self._on_task_finished)
        self._closed = False
        if task.is_done():
            QTimer.singleShot(0, self, self._on_task_finished)

    def _on_self_canceled(self) -> None:
        self.task.cancel()
        self.setLabelText(self.tr("Cancelling…"))

    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        if text and not self.task.is_cancelled():
            self.setLabelText(text)

    def _on_task_finished(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.reset()
        self.hide()
        self.deleteLater()


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    title: str,
    work: Work,
    *,
    write: bool = False,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    delay_ms: int = 400,
) -> Task:
    """Submit ``work`` and attach a delayed progress dialog with Cancel to it."""
    task = runner.submit(work, write=write, on_done=on_done, on_error=on_error)
    if runner.inline:
        return task
    dialog = ProgressDialog(task, title, parent, delay_ms)
    task.progress_dialog = dialog  # type: ignore[attr-defined]
    return task

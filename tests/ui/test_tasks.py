"""Background work: results come back on the GUI thread, errors too, Cancel stops the work."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from issp_desktop.ui.tasks import ProgressDialog, TaskRunner, run_with_progress


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(_p: object, _c: object) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: object) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    task = runner.submit(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert task.is_done()
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_errors_arrive_as_signals(qtbot: QtBot) -> None:
    runner = TaskRunner()

    def work(_p: object, _c: object) -> None:
        raise ValueError("bad row")

    errors: list[BaseException] = []
    task = runner.submit(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert task.error is errors[0]


def test_write_lane_runs_one_at_a_time(qtbot: QtBot) -> None:
    runner = TaskRunner()
    active = 0
    peak = 0
    lock = threading.Lock()

    def work(_p: object, _c: object) -> None:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1

    tasks = [runner.submit(work, write=True) for _ in range(6)]
    assert runner.wait_all(10_000)
    assert all(t.is_done() for t in tasks)
    assert peak == 1


def test_progress_dialog_appears_and_cancel_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    steps: list[int] = []

    def work(progress, cancelled) -> str:  # type: ignore[no-untyped-def]
        for i in range(1000):
            if cancelled():
                return "cancelled"
            steps.append(i)
            progress(i, 1000, f"Step {i}")
            time.sleep(0.005)
        return "finished"

    results: list[object] = []
    task = run_with_progress(runner, parent, "Printing certificates", work,
                             on_done=results.append, delay_ms=50)
    dialog = task.progress_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["cancelled"]
    assert len(steps) < 1000


def test_inline_runner_runs_at_once(qtbot: QtBot) -> None:
    runner = TaskRunner(inline=True)
    got: list[object] = []
    runner.submit(lambda _p, _c: "now", on_done=got.append)
    assert got == ["now"]

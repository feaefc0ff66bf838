"""``python -m issp_desktop`` and the ``issp-desktop`` script start the GUI.

``--smoke-test`` (or ``ISSP_SMOKE_TEST=1``) starts the GUI as usual, waits until the main
window has been painted and its services are open, prints one ``ISSP-SMOKE-OK`` line and quits
with exit code 0. If that does not happen within ``ISSP_SMOKE_TIMEOUT`` seconds (default 90),
or a start-up error box appears, it prints ``ISSP-SMOKE-FAIL`` and exits non-zero. The
packaged build uses it to check that a bundle really starts (``packaging/build.sh``).

Nothing heavy is imported here: Qt and the app load only when ``main`` runs.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

SMOKE_FLAG = "--smoke-test"
SMOKE_OK = "ISSP-SMOKE-OK"
SMOKE_FAIL = "ISSP-SMOKE-FAIL"
SMOKE_TIMEOUT_S = 90.0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    smoke = SMOKE_FLAG in args or os.environ.get("ISSP_SMOKE_TEST", "") not in ("", "0")
    args = [a for a in args if a != SMOKE_FLAG]
    from issp_desktop.app import main as app_main

    if not smoke:
        return app_main(args)
    timeout = float(os.environ.get("ISSP_SMOKE_TIMEOUT", "") or SMOKE_TIMEOUT_S)
    return _smoke_test(args, app_main, timeout)


def _smoke_test(args: list[str], app_main: object, timeout: float) -> int:
    """Run the real start-up with a watcher that quits once the window is painted and ready."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from issp_desktop import __version__
    from issp_desktop.app import parse_args

    started = time.perf_counter()
    _, qt_args = parse_args(args)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    state: dict[str, object] = {"painted": False, "done": False, "code": 0}

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not state["painted"] and event.type() == QEvent.Type.Paint
                    and watched.objectName() == "mainWindow"):
                state["painted"] = True
            return False

    spy = PaintSpy()
    app.installEventFilter(spy)

    def finish(code: int, line: str) -> None:
        state["done"] = True
        state["code"] = code
        poll.stop()
        app.removeEventFilter(spy)
        print(line, flush=True)
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if code == 0:
            for widget in app.topLevelWidgets():
                if widget.objectName() == "mainWindow":
                    widget.close()
        QTimer.singleShot(0, lambda: app.exit(code))

    def check() -> None:
        if state["done"]:
            return
        elapsed = time.perf_counter() - started
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and \
                    widget.objectName() in ("startupErrorBox", "offerRestoreBox"):
                text = " ".join(widget.text().split())
                finish(1, f"{SMOKE_FAIL} start-up error after {elapsed:.1f} s: {text}")
                return
        window = next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"),
                      None)
        services = getattr(window, "services", None)
        if window is not None and window.isVisible() and state["painted"] \
                and services is not None:
            shot = window.grab()
            if shot.isNull():
                finish(1, f"{SMOKE_FAIL} the main window could not be drawn")
                return
            location = getattr(getattr(window, "paths", None), "location", "?")
            finish(0, f"{SMOKE_OK} version={__version__} elapsed={elapsed:.2f}s "
                      f"window={shot.width()}x{shot.height()} "
                      f"platform={QApplication.platformName()} database={location}")
            return
        if elapsed > timeout:
            what = ("no main window" if window is None else
                    "window not painted" if not state["painted"] else "services not ready")
            finish(1, f"{SMOKE_FAIL} {what} after {elapsed:.1f} s")

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(check)
    poll.start()
    assert callable(app_main)
    code = int(app_main(args))
    if not state["done"]:
        print(f"{SMOKE_FAIL} the app quit before it was ready (exit code {code})", flush=True)
        return code or 1
    # A failure found by the watcher stays a failure even if the app then exits cleanly.
    failed = int(state["code"])  # type: ignore[call-overload]
    return failed or code


if __name__ == "__main__":
    sys.exit(main())

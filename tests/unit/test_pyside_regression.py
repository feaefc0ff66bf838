"""PySide6 6.12.0 on CPython 3.11 corrupted the refcount of None on every void call and aborted
after a few thousand (``Fatal Python error: none_dealloc``). Our dependency pin must keep a
version that survives 10,000 void binding calls. Runs in a child so an abort cannot kill pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_ten_thousand_void_binding_calls_survive() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        obj = QObject()
        label = QLabel()
        before = sys.getrefcount(None)
        for i in range(10_000):
            obj.setObjectName("n")          # void
            label.setEnabled(i % 2 == 0)    # void
            label.setText("x")              # void
        print("ok", sys.getrefcount(None) - before)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("ok")

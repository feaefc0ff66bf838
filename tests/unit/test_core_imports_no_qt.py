"""The core (everything outside ``ui/``) must load without Qt: the CLI and tests rely on it."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_importing_every_core_module_loads_no_pyside6() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import issp_desktop
        names = []
        for info in pkgutil.walk_packages(issp_desktop.__path__, "issp_desktop."):
            if info.name.startswith("issp_desktop.ui") or info.name.endswith("__main__"):
                continue
            if ".db.migrations." in info.name and info.name.endswith(".env"):
                continue  # alembic's env.py runs only under alembic
            importlib.import_module(info.name)
            names.append(info.name)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(len(names), loaded)
        assert len(names) > 15, names
        assert not loaded, loaded
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr

"""Packaging without a build: the PyInstaller spec ships every folder the app reads and the
migrations, the Linux desktop entry is valid, the icon is there, the installer keeps the data,
and ``issp-desktop --smoke-test`` really reports (and fails) as the bundle's smoke test needs.
The bundle itself is built and smoke-tested by ``packaging/ci-smoke.sh``."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from issp_desktop.db import migrate, revisions

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "issp-desktop.spec"
DESKTOP = PACKAGING / "linux" / "issp-desktop.desktop"
ISS = PACKAGING / "windows" / "issp-desktop.iss"
ICONS = ROOT / "resources" / "icons"


def spec_constant(name: str) -> object:
    """A top-level literal assigned in the spec (it is Python, read without running it)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not assigned in {SPEC.name}")


def folders_the_app_reads() -> set[str]:
    """Every ``resources_dir() / "<folder>"`` in the app's code."""
    found: set[str] = set()
    pattern = re.compile(r'resources_dir\(\)\s*/\s*"([^"/]+)"')
    for path in (ROOT / "issp_desktop").rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_spec_ships_every_resource_folder_the_app_reads() -> None:
    shipped = spec_constant("RESOURCE_FOLDERS")
    assert isinstance(shipped, list)
    read = folders_the_app_reads()
    assert {"fonts", "rule_packs", "minimum_wages", "templates", "help"} <= read
    assert read <= set(shipped), f"not in the bundle: {sorted(read - set(shipped))}"
    on_disk = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert on_disk - {"screenshots"} <= set(shipped), "a resources/ folder is not shipped"
    assert "screenshots" not in shipped
    assert "icons" in shipped  # the window icon
    licences = [p.name for p in (ROOT / "resources" / "fonts").iterdir()
                if p.name.upper().startswith("LICENSE")]
    assert licences, "the fonts ship with their licence"


def test_spec_ships_the_migrations_where_alembic_looks_for_them() -> None:
    folder = spec_constant("MIGRATIONS")
    patterns = spec_constant("MIGRATION_PATTERNS")
    assert isinstance(folder, str) and isinstance(patterns, list)
    # Frozen, db/migrate.py's __file__ is _MEIPASS/issp_desktop/db/migrate.pyc: the scripts must
    # sit at the same path relative to the bundle as to the source tree.
    assert (ROOT / folder).resolve() == migrate.MIGRATIONS_DIR.resolve()
    matched = {p.relative_to(ROOT / folder).as_posix()
               for pattern in patterns for p in (ROOT / folder).glob(pattern)}
    wanted = {p.relative_to(ROOT / folder).as_posix()
              for p in (ROOT / folder).rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    assert wanted <= matched, f"not shipped: {sorted(wanted - matched)}"
    assert "env.py" in matched and "script.py.mako" in matched
    for rev in revisions.KNOWN_REVISIONS:
        assert any(re.match(rf"versions/{rev}_.+\.py$", m) for m in matched), rev


def test_spec_builds_the_gui_and_the_cli_into_one_folder() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "COLLECT(" in text and text.count("exe(") >= 3  # the helper and two programs
    assert 'exe(gui, APP, console=False)' in text and 'exe(cli, "issp", console=True)' in text
    assert spec_constant("APP") == "issp-desktop"
    gui = (PACKAGING / "entry_gui.py").read_text(encoding="utf-8")
    cli = (PACKAGING / "entry_cli.py").read_text(encoding="utf-8")
    assert "from issp_desktop.__main__ import main" in gui
    assert "from issp_desktop.cli import main" in cli
    excludes = spec_constant("EXCLUDES")
    assert isinstance(excludes, list) and "pytest" in excludes
    assert not any(e.startswith(("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                                 "PySide6.QtPrintSupport")) for e in excludes)


def test_desktop_entry_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ISSP Desktop"
    assert entry["Exec"].split()[0] == "issp-desktop"
    assert entry["Icon"] == "issp-desktop"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    installer = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "^Exec=issp-desktop" in installer  # the installer points Exec at the bundle


def test_icon_svg_and_png() -> None:
    svg = ET.parse(ICONS / "issp-desktop.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    data = (ICONS / "issp-desktop.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)
    ico = (ICONS / "issp-desktop.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 4


def test_windows_installer_is_per_user_and_keeps_the_data() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs" in text
    assert "{autoprograms}" in text and "desktopicon" in text
    assert "[UninstallDelete]\n" not in text  # nothing beyond what was installed is removed
    assert 'GetStringFileInfo(' in text and "ProductVersion" in text  # version from the app
    deleted = re.findall(r'^Type: filesandordirs; Name: "([^"]+)"', text, flags=re.M)
    assert deleted == [r"{app}\_internal"]


def run_smoke(data_dir: Path, timeout: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISSP_SMOKE_TIMEOUT": timeout}
    env.pop("ISSP_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "issp_desktop", "--data-dir", str(data_dir), "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=120, check=False, cwd=ROOT)


def test_smoke_test_flag_reports_a_ready_window(demo_template: Path, tmp_path: Path) -> None:
    data = tmp_path / "centre"
    shutil.copytree(demo_template, data)
    done = run_smoke(data, "60")
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("ISSP-SMOKE-"))
    assert line.startswith("ISSP-SMOKE-OK version=")
    assert "window=1100x700" in line and "platform=offscreen" in line
    assert str(data / "centre.sqlite") in line


@pytest.mark.parametrize("layout", ["no centre yet", "damaged file"])
def test_smoke_test_flag_fails_when_the_app_does_not_start(tmp_path: Path, layout: str) -> None:
    data = tmp_path / "centre"
    data.mkdir()
    if layout == "damaged file":
        (data / "centre.sqlite").write_bytes(b"this is not a database" * 100)
    done = run_smoke(data, "3")  # a fresh folder waits at the first-run dialog
    assert done.returncode != 0, done.stdout
    assert "ISSP-SMOKE-FAIL" in done.stdout
    assert "ISSP-SMOKE-OK" not in done.stdout

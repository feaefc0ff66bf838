"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from issp_desktop.app import open_services
from issp_desktop.config.paths import AppPaths, resolve_paths
from issp_desktop.services import Services

DEMO_TODAY = date(2026, 11, 16)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test runs may touch the user's real data folder."""
    monkeypatch.setenv("ISSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ISSP_DB_URL", raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    """Services on a fresh database, acting as the system (as at first run). Password hashing
    is made cheap here; tests of the real parameters use ``default_hasher`` explicitly."""
    svc = open_services(paths, create=True)
    svc.ctx.hasher = FAST_HASHER
    yield svc
    svc.db.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo centre (120 people, seed 7, ``DEMO_TODAY``), built once
    per test session; ``demo_services`` gives each test its own copy."""
    data = tmp_path_factory.mktemp("demo-template") / "data"
    svc = open_services(resolve_paths(data), create=True)
    svc.ctx.hasher = FAST_HASHER
    try:
        svc.demo.build(120, seed=7, today=DEMO_TODAY)
    finally:
        svc.db.dispose()
    return data


@pytest.fixture
def demo_services(services: Services, paths: AppPaths, demo_template: Path) -> Services:
    """``services`` on a private copy of the demo centre (the same object, so a test asking for
    both gets one store)."""
    services.db.dispose()
    for leftover in paths.data_dir.glob("*.sqlite*"):
        leftover.unlink()
    for item in demo_template.iterdir():
        if item.is_file():
            shutil.copy2(item, paths.data_dir / item.name)
    fresh = open_services(paths)
    fresh.ctx.hasher = FAST_HASHER
    vars(services).update(vars(fresh))
    return services


@pytest.fixture
def type_text() -> object:
    return _type_text


def _type_text(qtbot: object, widget: object, text: str) -> None:
    """Type ``text`` key by key like a user. QTest asserts on non-ASCII keys, so those are sent
    as key events carrying their text (as a keyboard layout with ũ/ë would)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)  # type: ignore[attr-defined]
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]

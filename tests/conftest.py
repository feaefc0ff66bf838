"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

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


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    svc = open_services(paths, create=True)
    yield svc
    svc.db.dispose()


@pytest.fixture
def demo_services(services: Services) -> Services:
    services.demo.build(120, seed=7, today=DEMO_TODAY)
    return services

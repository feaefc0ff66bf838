"""CLI tests build many demo centres through ``issp demo`` (each a few seconds of real work:
a year of payroll, batches, certificates). The first build of a given kind in a test session
is real; later identical builds (same people, seed, day and password hasher, into an empty
unencrypted SQLite store, without progress callbacks) restore a copy of that first result into
the store through SQLite's backup API. The command, its output and every later step run for
real on the restored store."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from issp_desktop.services.demo import DemoService

_CACHE: dict[tuple[Any, ...], tuple[Path, Any]] = {}


def _key(service: DemoService, people: int, seed: int, today: date | None) -> tuple[Any, ...]:
    hasher = service.ctx.hasher
    return (people, seed, today or date.today(), hasher.time_cost, hasher.memory_cost,
            hasher.parallelism)


@pytest.fixture(autouse=True)
def _demo_cache(monkeypatch: pytest.MonkeyPatch,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    original = DemoService.build

    def build(self: DemoService, people: int = 400, seed: int = 1, *,
              today: date | None = None, progress: Any = None, cancelled: Any = None) -> Any:
        db = self.db
        path = db.sqlite_path
        usable = (path is not None and db._data_key is None and progress is None
                  and cancelled is None and not self.has_data())
        if not usable:
            return original(self, people, seed, today=today, progress=progress,
                            cancelled=cancelled)
        key = _key(self, people, seed, today)
        hit = _CACHE.get(key)
        if hit is None:
            summary = original(self, people, seed, today=today)
            folder = tmp_path_factory.mktemp("cli-demo-cache")
            raw = db.engine.raw_connection()
            try:
                with sqlite3.connect(folder / "demo.sqlite") as copy:
                    raw.driver_connection.backup(copy)  # type: ignore[union-attr]
            finally:
                raw.close()
            for item in path.parent.iterdir():  # type: ignore[union-attr]
                if item.is_file() and ".sqlite" not in item.name:
                    shutil.copy2(item, folder / item.name)
            _CACHE[key] = (folder, summary)
            return summary
        folder, summary = hit
        raw = db.engine.raw_connection()
        try:
            with sqlite3.connect(folder / "demo.sqlite") as source:
                source.backup(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
        for item in folder.iterdir():
            if item.name != "demo.sqlite":
                shutil.copy2(item, path.parent / item.name)  # type: ignore[union-attr]
        return summary

    monkeypatch.setattr(DemoService, "build", build)
    yield

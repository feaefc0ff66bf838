from __future__ import annotations

import logging
from pathlib import Path

import pytest

from issp_desktop import app
from issp_desktop.config.paths import resolve_paths


@pytest.fixture
def clean_root() -> None:
    root = logging.getLogger()
    saved = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_issp", False):
            handler.close()
            root.removeHandler(handler)
    root.handlers[:] = saved


def test_log_goes_to_the_data_folder_and_rotates_at_start(tmp_path: Path,
                                                          clean_root: None) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "issp.log").write_bytes(b"x" * (app.LOG_MAX_BYTES + 1))
    (folder / "issp.log.1").write_text("older", encoding="utf-8")
    app.configure_logging(resolve_paths(tmp_path))
    logging.getLogger("issp.test").warning("hello Wanjirũ")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert (folder / "issp.log.1").stat().st_size == app.LOG_MAX_BYTES + 1
    assert (folder / "issp.log.2").read_text(encoding="utf-8") == "older"
    assert "hello Wanjirũ" in (folder / "issp.log").read_text(encoding="utf-8")

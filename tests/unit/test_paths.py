from __future__ import annotations

from pathlib import Path

from issp_desktop.config.paths import (
    redact_url,
    resolve_paths,
    sqlite_path_from_url,
    sqlite_url,
)


def test_explicit_data_dir_wins_over_environment(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "a", environ={"ISSP_DATA_DIR": str(tmp_path / "b")})
    assert paths.data_dir == tmp_path / "a"
    assert paths.sqlite_path == tmp_path / "a" / "centre.sqlite"


def test_environment_data_dir_and_demo_file(tmp_path: Path) -> None:
    paths = resolve_paths(environ={"ISSP_DATA_DIR": str(tmp_path)}, demo=True)
    assert paths.sqlite_path == tmp_path / "demo.sqlite"
    assert paths.backups_dir == tmp_path / "backups"


def test_db_url_replaces_the_file(tmp_path: Path) -> None:
    url = "postgresql://issp:secret@server/centre"
    paths = resolve_paths(tmp_path, environ={"ISSP_DB_URL": url})
    assert paths.db_url == url
    assert paths.sqlite_path is None
    assert "secret" not in paths.location
    assert paths.location == "postgresql://issp:***@server/centre"


def test_default_data_dir_is_the_platform_user_data_dir() -> None:
    paths = resolve_paths(environ={})
    assert "ISSP Desktop" in str(paths.data_dir)


def test_sqlite_url_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "x y" / "centre.sqlite"
    assert sqlite_path_from_url(sqlite_url(path)) == path
    assert sqlite_path_from_url("sqlite://") is None
    assert sqlite_path_from_url("sqlite:///:memory:") is None
    assert redact_url("sqlite:///x") == "sqlite:///x"

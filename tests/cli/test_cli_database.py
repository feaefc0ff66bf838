"""``issp db migrate-to URL`` and ``issp db test-connection``, and every ``issp`` command on a
PostgreSQL store through ``--db``: output, --json, exit codes (3: the server cannot be used).
The commands that need a server are skipped without ``ISSP_TEST_PG_URL``."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from issp_desktop import cli, cli_database


@pytest.fixture(autouse=True)
def _database_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until ``cli.build_parser`` calls ``cli_database.register`` itself, add the commands."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        db_sub = cli_database._db_group(sub)
        if "migrate-to" not in db_sub.choices:
            cli_database.register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    data = tmp_path / "centre"
    shutil.copytree(demo_template, data)
    monkeypatch.setenv("ISSP_USER", "manager")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return str(data)


@pytest.fixture
def empty_pg(pg_server: object) -> object:
    name = pg_server.new_name()  # type: ignore[attr-defined]
    pg_server.create(name)  # type: ignore[attr-defined]
    yield pg_server.db_url(name)  # type: ignore[attr-defined]
    pg_server.drop(name)  # type: ignore[attr-defined]


def test_migrate_to_then_every_command_runs_on_the_server(
        capsys: pytest.CaptureFixture[str], demo_dir: str, empty_pg: str) -> None:
    code, out, err = run(capsys, "--data-dir", demo_dir, "db", "migrate-to", empty_pg)
    assert code == 0, err
    assert "Every row count and money total matches" in out
    assert "person" in out and "net_cents" in out
    password = make_url(empty_pg).password
    assert not password or password not in out + err
    # the same centre, now from the server
    code, out, err = run(capsys, "--db", empty_pg, "db", "info", "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["backend"] == "postgresql" and info["row_counts"]["person"] == 120
    code, out, err = run(capsys, "--db", empty_pg, "db", "check")
    assert code == 0, err
    code, out, err = run(capsys, "--db", empty_pg, "people", "list", "--json")
    assert code == 0, err
    assert len(json.loads(out)) > 0
    code, out, err = run(capsys, "--db", empty_pg, "audit", "verify")
    assert code == 0, err
    code, out, err = run(capsys, "--db", empty_pg, "backup", "create")
    assert code == 1 and "pg_dump" in err
    code, out, err = run(capsys, "--db", empty_pg, "db", "test-connection")
    assert code == 0 and "Tumaini" in out, err
    # a second copy into the same database is refused
    code, out, err = run(capsys, "--data-dir", demo_dir, "db", "migrate-to", empty_pg, "--json")
    assert code == 1 and "not empty" in err


def test_migrate_to_json_lists_every_table(capsys: pytest.CaptureFixture[str], demo_dir: str,
                                           empty_pg: str) -> None:
    code, out, err = run(capsys, "--data-dir", demo_dir, "db", "migrate-to", empty_pg, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["ok"] and data["rows"] > 1000
    tables = {t["table"]: t for t in data["tables"]}
    assert tables["person"]["source_rows"] == tables["person"]["target_rows"] == 120
    money = tables["payslip"]["money"]["gross_cents"]
    assert money["source"] == money["target"] > 0


def test_a_server_that_is_down_is_exit_code_3(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://issp:secret-pw@127.0.0.1:1/issp"
    code, out, err = run(capsys, "--db", url, "people", "list")
    assert code == 3
    assert "Cannot reach the database server" in err and "Traceback" not in err
    assert "secret-pw" not in out + err
    code, out, err = run(capsys, "db", "test-connection", url)
    assert code == 3 and "Cannot connect" in err and "secret-pw" not in err


def test_migrate_to_needs_a_manager(capsys: pytest.CaptureFixture[str], demo_dir: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISSP_USER", "supervisor")
    code, _out, err = run(capsys, "--data-dir", demo_dir, "db", "migrate-to",
                          "postgresql://x@127.0.0.1:1/none")
    assert code == 4 and "may not" in err


def test_migrate_to_refuses_a_target_that_is_not_postgresql(
        capsys: pytest.CaptureFixture[str], demo_dir: str, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "--data-dir", demo_dir, "db", "migrate-to",
                          f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert code == 1 and "PostgreSQL URL" in err

"""The ``issp`` command: the contract other tools rely on (names, flags, --json, exit codes)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from issp_desktop import __version__
from issp_desktop.cli import main
from issp_desktop.db.migrate import head_revision


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_check_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path)
    code, out, err = run(capsys, "--data-dir", d, "demo", "--people", "80", "--seed", "3")
    assert code == 0, err
    assert "people: 80" in out and "cohorts: 12" in out
    code, out, err = run(capsys, "--data-dir", d, "db", "check")
    assert code == 0, err
    assert "integrity ok" in out
    code, out, _ = run(capsys, "--data-dir", d, "db", "info", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["revision"] == head_revision()
    assert info["row_counts"]["person"] == 80
    assert info["location"] == str(tmp_path / "centre.sqlite")


def test_demo_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "demo", "--people", "30", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["people"] == 30
    assert sum(data["by_stage"].values()) == 30


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    d = str(tmp_path)
    assert run(capsys, "--data-dir", d, "demo", "--people", "10")[0] == 0
    code, out, err = run(capsys, "--data-dir", d, "demo", "--people", "20")
    assert code != 0
    assert out == ""
    assert err.count("\n") == 1 and "--force" in err
    code, out, err = run(capsys, "--data-dir", d, "demo", "--people", "20", "--force")
    assert code == 4 and "sign in" in err  # the old centre has accounts: a manager decides
    monkeypatch.setenv("ISSP_USER", "trainer")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    code, out, err = run(capsys, "--data-dir", d, "demo", "--people", "20", "--force")
    assert code == 4 and "may not" in err
    monkeypatch.setenv("ISSP_USER", "manager")
    code, out, err = run(capsys, "--data-dir", d, "demo", "--people", "20", "--force")
    assert code == 0, err
    assert "kept aside" in out
    kept = list((tmp_path / "backups").glob("centre-*-replaced.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM person").fetchone() == (10,)
    code, out, _ = run(capsys, "--data-dir", d, "db", "info", "--json")
    assert json.loads(out)["row_counts"]["person"] == 20


def test_missing_database_is_one_clear_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--data-dir", str(tmp_path), "db", "info")
    assert code == 3
    assert err.startswith("issp: There is no database at")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert not (tmp_path / "centre.sqlite").exists()


def test_newer_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path)
    run(capsys, "--data-dir", d, "demo", "--people", "5")
    conn = sqlite3.connect(tmp_path / "centre.sqlite")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    for args in (["db", "info"], ["db", "check"], ["db", "upgrade"]):
        code, _, err = run(capsys, "--data-dir", d, *args)
        assert code == 3
        assert "newer version" in err


def test_check_fails_on_broken_foreign_keys(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path)
    run(capsys, "--data-dir", d, "demo", "--people", "5")
    conn = sqlite3.connect(tmp_path / "centre.sqlite")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE person SET cohort_id = 777")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--data-dir", d, "db", "check")
    assert code == 1
    assert "foreign key" in err
    code, out, _ = run(capsys, "--data-dir", d, "db", "check", "--json")
    assert code == 1
    assert json.loads(out)["ok"] is False


def test_upgrade_on_a_current_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path)
    run(capsys, "--data-dir", d, "demo", "--people", "5")
    code, out, _ = run(capsys, "--data-dir", d, "db", "upgrade")
    assert code == 0
    assert "up to date" in out
    code, out, _ = run(capsys, "--data-dir", d, "db", "upgrade", "--json")
    assert json.loads(out) == {"from": head_revision(), "to": head_revision(), "backup": None}


def test_db_url_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite'}"
    assert run(capsys, "--db", url, "demo", "--people", "7")[0] == 0
    _code, out, _ = run(capsys, "--db", url, "db", "info", "--json")
    assert json.loads(out)["row_counts"]["person"] == 7


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_bad_people_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "demo", "--people", "0")
    assert code == 1
    assert "people" in err


def test_console_scripts_are_installed(tmp_path: Path) -> None:
    bindir = Path(sys.executable).parent
    env = {**os.environ, "ISSP_DATA_DIR": str(tmp_path)}
    out = subprocess.run([str(bindir / "issp"), "--version"], capture_output=True, text=True,
                         env=env, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout
    out = subprocess.run([str(bindir / "issp-desktop"), "--version"], capture_output=True,
                         text=True, env=env, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout

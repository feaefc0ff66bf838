"""`issp backup create|list|restore`: the contract scripts rely on."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from issp_desktop.cli import main


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> Path:
    assert main(["--data-dir", str(tmp_path), "demo", "--people", "12"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ISSP_USER", "manager")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _people(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM person").fetchone()[0])
    finally:
        conn.close()


def test_create_list_and_restore(centre: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(centre)
    code, out, err = run(capsys, "--data-dir", d, "backup", "create", "--json")
    assert code == 0, err
    made = Path(json.loads(out)["path"])
    assert made.exists() and _people(made) == 12
    code, out, _ = run(capsys, "--data-dir", d, "backup", "list", "--json")
    listed = json.loads(out)
    assert listed[0]["path"] == str(made) and listed[0]["reason"] == "manual"

    conn = sqlite3.connect(centre / "centre.sqlite")
    conn.execute("DELETE FROM stage_change")
    conn.execute("DELETE FROM person")
    conn.commit()
    conn.close()
    assert _people(centre / "centre.sqlite") == 0

    code, out, err = run(capsys, "--data-dir", d, "backup", "restore", str(made), "--json")
    assert code == 0, err
    kept = Path(json.loads(out)["kept_aside"])
    assert _people(centre / "centre.sqlite") == 12
    assert _people(kept) == 0  # the state before the restore is kept, not lost
    code, out, _ = run(capsys, "--data-dir", d, "audit", "list", "--json")
    assert json.loads(out)[0]["use_case"] in ("backup.restore", "auth.login")
    assert run(capsys, "--data-dir", d, "db", "check")[0] == 0
    assert run(capsys, "--data-dir", d, "audit", "verify")[0] == 0


def test_create_to_a_file_elsewhere(centre: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "usb" / "kibera-backup.sqlite"
    stick.parent.mkdir()
    code, out, err = run(capsys, "--data-dir", str(centre), "backup", "create", "-o", str(stick))
    assert code == 0, err
    assert stick.exists() and _people(stick) == 12
    assert "checked" in out


def test_restoring_a_damaged_file_changes_nothing(centre: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    def snapshot() -> list[tuple[object, ...]]:
        conn = sqlite3.connect(centre / "centre.sqlite")
        rows = conn.execute("SELECT * FROM person ORDER BY id").fetchall()
        conn.close()
        return rows

    before = snapshot()
    code, _, err = run(capsys, "--data-dir", str(centre), "backup", "restore", str(bad))
    assert code != 0
    assert "bad.sqlite" in err and "Traceback" not in err
    assert snapshot() == before
    assert not list((centre / "backups").glob("*pre-restore*"))


def test_a_viewer_may_not_back_up(centre: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISSP_USER", "viewer")
    code, _, err = run(capsys, "--data-dir", str(centre), "backup", "create")
    assert code == 4 and "viewer" in err
    monkeypatch.setenv("ISSP_USER", "supervisor")
    assert run(capsys, "--data-dir", str(centre), "backup", "create")[0] == 0
    code, _, err = run(capsys, "--data-dir", str(centre), "backup", "restore", "x.sqlite")
    assert code == 4  # restoring is a manager's job

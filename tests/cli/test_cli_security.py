"""Signing in from the command line, users and the audit trail."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from issp_desktop.cli import main


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    d = str(tmp_path)
    assert main(["--data-dir", d, "demo", "--people", "10"]) == 0
    out = capsys.readouterr().out
    assert "users: manager, supervisor, trainer, clerk, viewer (password 'demo'" in out
    return d


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def as_user(monkeypatch: pytest.MonkeyPatch, user: str, password: str = "demo") -> None:
    monkeypatch.setenv("ISSP_USER", user)
    monkeypatch.setenv("ISSP_PASSWORD", password)


def test_commands_with_personal_data_need_a_user(centre: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", centre, "audit", "verify")
    assert code == 4
    assert "ISSP_USER" in err
    # maintenance that shows no personal data works without signing in
    assert run(capsys, "--data-dir", centre, "db", "check")[0] == 0


def test_wrong_password_is_refused(centre: str, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, "manager", "nope")
    code, _, err = run(capsys, "--data-dir", centre, "audit", "verify")
    assert code == 4 and "not right" in err
    assert "Traceback" not in err


def test_audit_verify_and_list(centre: str, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    as_user(monkeypatch, "manager")
    code, out, _ = run(capsys, "--data-dir", centre, "audit", "verify", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True
    code, out, _ = run(capsys, "--data-dir", centre, "audit", "list", "--json",
                       "--limit", "100000")
    cases = [e["use_case"] for e in json.loads(out)]
    assert "demo.build" in cases and "auth.login" in cases
    conn = sqlite3.connect(tmp_path / "centre.sqlite")
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET username = 'mallory' WHERE id = 1")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--data-dir", centre, "audit", "verify")
    assert code == 1
    assert "broken at entry 1" in err


def test_only_a_manager_reads_the_audit_trail(centre: str, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, "supervisor")
    code, _, err = run(capsys, "--data-dir", centre, "audit", "verify")
    assert code == 4 and "supervisor" in err


def test_users_add_list_reset_unlock(centre: str, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, "manager")
    monkeypatch.setenv("ISSP_NEW_PASSWORD", "nyambura's password")
    code, out, err = run(capsys, "--data-dir", centre, "users", "add", "nyambura",
                         "--role", "trainer", "--name", "Nyambura Kamau")
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", centre, "users", "list", "--json")
    names = {u["username"]: u["role"] for u in json.loads(out)}
    assert names["nyambura"] == "trainer"
    as_user(monkeypatch, "nyambura", "wrong")
    for _ in range(5):
        run(capsys, "--data-dir", centre, "audit", "list")
    as_user(monkeypatch, "manager")
    code, out, _ = run(capsys, "--data-dir", centre, "users", "list")
    assert "locked until" in out
    assert run(capsys, "--data-dir", centre, "users", "unlock", "nyambura")[0] == 0
    monkeypatch.setenv("ISSP_NEW_PASSWORD", "temporary password")
    assert run(capsys, "--data-dir", centre, "users", "reset-password", "nyambura")[0] == 0
    code, _, err = run(capsys, "--data-dir", centre, "users", "unlock", "nobody")
    assert code == 1 and "No user 'nobody'" in err


def test_a_short_password_is_refused(centre: str, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    as_user(monkeypatch, "manager")
    monkeypatch.setenv("ISSP_NEW_PASSWORD", "short")
    code, _, err = run(capsys, "--data-dir", centre, "users", "add", "x1", "--role", "viewer")
    assert code == 1 and "at least 8" in err


def test_privacy_export_and_erase(centre: str, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    as_user(monkeypatch, "manager")
    conn = sqlite3.connect(Path(centre) / "centre.sqlite")
    nid = conn.execute("SELECT national_id FROM person LIMIT 1").fetchone()[0]
    conn.close()
    code, out, err = run(capsys, "--data-dir", centre, "privacy", "export", "00" + nid,
                         "-o", str(tmp_path / "out"), "--json")
    assert code == 0, err
    paths = json.loads(out)
    assert Path(paths["pdf"]).exists()
    assert json.loads(Path(paths["json"]).read_text(encoding="utf-8"))["person"][
        "national_id"] == nid
    code, _, err = run(capsys, "--data-dir", centre, "privacy", "erase", nid,
                       "--reason", "Asked by letter")
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", centre, "privacy", "export", nid, "-o", "x")
    assert code == 1 and "No person" in err
    code, out, _ = run(capsys, "--data-dir", centre, "privacy", "retention", "--json")
    assert json.loads(out) == {"erased": 0}

"""``issp cohorts list|show``: progress figures for scripts (--json) and people."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from issp_desktop import cli, cli_training


@pytest.fixture(autouse=True)
def _cohorts_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until ``cli.build_parser`` calls ``cli_training.register`` itself, add it here."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "cohorts" not in sub.choices:
            cli_training.register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> str:
    d = str(tmp_path)
    assert cli.main(["--data-dir", d, "demo", "--people", "120", "--seed", "7"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ISSP_USER", "trainer")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cohorts_list_json(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", centre, "cohorts", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 12
    first = rows[0]
    assert {"name", "start", "end", "trainees", "completed", "at_risk",
            "attendance_pct"} <= set(first)
    assert rows == sorted(rows, key=lambda r: r["start"], reverse=True)
    assert all(r["completed"] + r["at_risk"] <= r["trainees"] for r in rows)
    assert any(r["attendance_pct"] is not None for r in rows)
    assert all(r["attendance_pct"] is None or 0 <= r["attendance_pct"] <= 100 for r in rows)


def test_cohorts_list_as_a_table(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", centre, "cohorts", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["Cohort", "Start", "End", "Trainees"]
    assert len(lines) == 13


def test_cohorts_show(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--data-dir", centre, "cohorts", "list", "--json")
    name = next(r["name"] for r in json.loads(out) if r["trainees"])
    code, out, err = run(capsys, "--data-dir", centre, "cohorts", "show", name, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["name"] == name and shown["modules"]
    assert shown["trainees"] and {"attendance_pct", "modules_passed", "complete",
                                  "at_risk"} <= set(shown["trainees"][0])
    code, out, _ = run(capsys, "--data-dir", centre, "cohorts", "show", name.upper())
    assert code == 0 and name in out and "Attendance %" in out


def test_an_unknown_cohort_is_one_clear_line(centre: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", centre, "cohorts", "show", "Atlantis")
    assert code == 1 and out == ""
    assert err == "issp: No cohort 'Atlantis' was found.\n"


def test_signed_out_or_wrong_role(centre: str, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISSP_PASSWORD", "wrong")
    code, _, err = run(capsys, "--data-dir", centre, "cohorts", "list")
    assert code == 4 and "not right" in err

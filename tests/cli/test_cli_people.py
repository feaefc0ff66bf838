"""``issp people list|import|export``: the contract scripts rely on (output, --json, exit codes,
every bad row on stderr as ``line N: column: reason``, nothing written)."""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
from pathlib import Path

import pytest

from issp_desktop import cli, cli_people


@pytest.fixture(autouse=True)
def _people_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until ``cli.build_parser`` calls ``cli_people.register`` itself, add the commands."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "people" not in sub.choices:
            cli_people.register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> str:
    d = str(tmp_path / "centre")
    assert run(capsys, "--data-dir", d, "demo", "--people", "60", "--seed", "4")[0] == 0
    monkeypatch.setenv("ISSP_USER", "supervisor")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def _people(d: str) -> int:
    with sqlite3.connect(Path(d) / "centre.sqlite") as conn:
        return int(conn.execute("SELECT COUNT(*) FROM person").fetchone()[0])


def test_list_search_and_json(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", centre, "people", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 60
    names = [(r["last_name"], r["first_name"]) for r in rows]
    assert names == sorted(names)
    who = rows[5]
    code, out, _ = run(capsys, "--data-dir", centre, "people", "list", "--search",
                       who["national_id"], "--json")
    assert [r["id"] for r in json.loads(out)] == [who["id"]]
    code, out, _ = run(capsys, "--data-dir", centre, "people", "list", "--stage", "worker",
                       "--limit", "3")
    assert code == 0 and out.splitlines()[0].startswith("Name")
    assert len(out.splitlines()) == 4 and all("worker" in line for line in out.splitlines()[1:])


def test_a_viewer_sees_no_ids(centre: str, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISSP_USER", "viewer")
    code, out, _ = run(capsys, "--data-dir", centre, "people", "list", "--json")
    assert code == 0
    assert all(r["national_id"] is None and r["phone"] is None for r in json.loads(out))
    code, out, err = run(capsys, "--data-dir", centre, "people", "export", "-o", "x.csv")
    assert code == 4 and "may not" in err


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("first_name;last_name;national_id;date_of_birth;phone\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_import_with_bad_rows_prints_every_problem_and_writes_nothing(
        centre: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path / "in.csv", ["Grace;Wanjirũ;11112222;2001-03-04;0712345678",
                                      " ;Kamau;11113333;2030-01-01;12",
                                      "Peter;Otieno;11112222;1999-01-01;"])
    code, out, err = run(capsys, "--data-dir", centre, "people", "import", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "line 3: first_name: must not be empty",
        "line 3: date_of_birth: is in the future",
        "line 3: phone: '12' is not a Kenyan mobile number (e.g. 0712 345 678 or "
        "+254 712 345 678)",
        "line 4: national_id: '11112222' is also on line 2",
        "issp: 4 problem(s) in in.csv; nothing was imported.",
    ]
    assert _people(centre) == 60


def test_dry_run_then_import_then_json(centre: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path / "in.csv", ["Grace;Wanjirũ;11112222;2001-03-04;0712345678",
                                      "Peter;Otieno;11113333;04/05/1999;"])
    code, out, err = run(capsys, "--data-dir", centre, "people", "import", str(path),
                         "--dry-run")
    assert code == 0, err
    assert "Checked 2 rows" in out and "UTF-8, semicolon-separated" in out
    assert _people(centre) == 60
    code, out, err = run(capsys, "--data-dir", centre, "people", "import", str(path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["ok"] and result["created"] == 2 and result["delimiter"] == ";"
    assert Path(result["backup"]).exists() and "pre-import" in result["backup"]
    assert _people(centre) == 62
    code, out, err = run(capsys, "--data-dir", centre, "people", "import", str(path), "--json")
    assert code == 1 and not json.loads(out)["ok"]
    assert "line 2: national_id: is already registered to another person" in err


def test_import_with_a_column_map(centre: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Jina,Jina la ukoo\nAmina,Hassan\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", centre, "people", "import", str(path))
    assert code == 1 and "line 1: first_name: the file needs a column for it" in err
    code, out, err = run(capsys, "--data-dir", centre, "people", "import", str(path),
                         "--map", "first_name=Jina", "--map", "last_name=Jina la ukoo")
    assert code == 0, err
    assert "Imported 1 people" in out
    code, _, err = run(capsys, "--data-dir", centre, "people", "import", str(path),
                       "--map", "first_name")
    assert code == 1 and "FIELD=COLUMN" in err


def test_import_of_a_missing_or_binary_file(centre: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", centre, "people", "import", "nope.csv")
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    binary = tmp_path / "x.csv"
    binary.write_bytes("first_name,last_name\n".encode("utf-16"))
    code, _, err = run(capsys, "--data-dir", centre, "people", "import", str(binary))
    assert code == 1 and "UTF-16" in err and "Traceback" not in err


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export(centre: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                suffix: str) -> None:
    target = tmp_path / f"workers.{suffix}"
    code, out, err = run(capsys, "--data-dir", centre, "people", "export", "-o", str(target),
                         "--stage", "worker", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert target.exists() and result["columns"][:3] == ["first_name", "last_name",
                                                          "national_id"]
    code, out, _ = run(capsys, "--data-dir", centre, "people", "list", "--stage", "worker",
                       "--json")
    assert result["rows"] == len(json.loads(out)) > 0
    if suffix == "csv":
        with target.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert len(rows) == result["rows"] + 1
        assert all(r[3].startswith("'+254") for r in rows[1:])  # neutralised
    code, _, err = run(capsys, "--data-dir", centre, "people", "export", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and ".csv or .xlsx" in err


def test_unknown_cohort(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", centre, "people", "list", "--cohort", "Nowhere")
    assert code == 1 and "Nowhere" in err

"""``issp report impact``: writes the report in each format, prints a summary, and refuses bad
ranges and file types with one clear line and the validation exit code."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from issp_desktop import cli, cli_impact


@pytest.fixture(autouse=True)
def _impact_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until ``cli.build_parser`` registers ``issp report impact`` itself, add it."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        report = sub.choices.get("report")
        has_impact = report is not None and any(
            isinstance(a, argparse._SubParsersAction) and "impact" in a.choices
            for a in report._actions)
        if not has_impact:
            cli_impact.register(sub)
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
    assert run(capsys, "--data-dir", d, "demo", "--people", "60", "--seed", "7")[0] == 0
    monkeypatch.setenv("ISSP_USER", "manager")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def test_report_impact_in_three_formats(centre: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", centre, "report", "impact", "--from", "2025-01-01", "--to",
            "31/12/2025"]
    code, out, err = run(capsys, *base, "-o", str(tmp_path / "r.json"))
    assert code == 0, err
    assert out.startswith(f"Wrote {tmp_path / 'r.json'}: impact report 2025-01-01 to "
                          "2025-12-31")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["start"] == "2025-01-01" and len(data["figures"]) > 25
    assert {t["key"] for t in data["tables"]} >= {"breakdown_gender", "breakdown_county"}
    code, out, err = run(capsys, *base, "--by", "age", "-o", str(tmp_path / "r.xlsx"))
    assert code == 0, err
    assert "By age band" in load_workbook(tmp_path / "r.xlsx").sheetnames
    code, _, err = run(capsys, *base, "-o", str(tmp_path / "r.pdf"))
    assert code == 0, err
    assert "Impact report" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()


def test_bad_input_is_one_clear_line(centre: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out_file = str(tmp_path / "r.pdf")
    code, _, err = run(capsys, "--data-dir", centre, "report", "impact", "--from",
                       "2026-05-01", "--to", "2026-04-30", "-o", out_file)
    assert code == 1 and "before it starts" in err and len(err.strip().splitlines()) == 1
    assert not Path(out_file).exists()
    code, _, err = run(capsys, "--data-dir", centre, "report", "impact", "--from",
                       "2026-01-01", "--to", "2026-02-30", "-o", out_file)
    assert code == 1 and "to" in err
    code, _, err = run(capsys, "--data-dir", centre, "report", "impact", "--from",
                       "2026-01-01", "--to", "2026-03-31", "-o", str(tmp_path / "r.docx"))
    assert code == 1 and ".pdf, .xlsx or .json" in err
    with pytest.raises(SystemExit):
        cli.main(["--data-dir", centre, "report", "impact", "--from", "2026-01-01", "--to",
                  "2026-03-31", "--by", "shoe", "-o", out_file])
    assert "invalid choice: 'shoe'" in capsys.readouterr().err
    monkeypatch.setenv("ISSP_USER", "nobody-here")
    code, _, err = run(capsys, "--data-dir", centre, "report", "impact", "--from",
                       "2026-01-01", "--to", "2026-03-31", "-o", out_file)
    assert code != 0 and err.startswith("issp: ") and len(err.strip().splitlines()) == 1
    assert not Path(out_file).exists()

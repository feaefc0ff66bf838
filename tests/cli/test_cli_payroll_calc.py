"""``issp payroll calc``: the statutory breakdown scripts read (JSON keys, two-place decimal
strings, exit codes), with no database needed."""

from __future__ import annotations

import json

import pytest

from issp_desktop import cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_published_check_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "payroll", "calc", "--gross", "50000", "--date", "2025-02-15",
                         "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["gross"] == "50000.00"
    assert data["taxable"] == "44875.00"
    assert (data["NSSF"], data["SHIF"], data["AHL"], data["PAYE"]) == (
        "3000.00", "1375.00", "750.00", "5845.85")
    assert data["net"] == "39029.15"
    assert data["employer"] == {"NSSF": "3000.00", "AHL": "750.00"}


def test_text_output_and_other_packs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "payroll", "calc", "--gross", "50,000.00", "--date",
                       "15/02/2025")
    assert code == 0
    assert "PAYE" in out and "5845.85" in out and "39029.15" in out
    code, out, _ = run(capsys, "payroll", "calc", "--gross", "1000", "--date", "2026-01-01",
                       "--pack", "none", "--json")
    assert code == 0
    assert json.loads(out)["net"] == "1000.00"


@pytest.mark.parametrize(("args", "message"), [
    (["--gross", "-5", "--date", "2025-02-15"], "gross: '-5' is negative"),
    (["--gross", "fifty", "--date", "2025-02-15"], "is not an amount"),
    (["--gross", "100", "--date", "2020-01-01"], "before the KE rule pack"),
    (["--gross", "100", "--date", "2025-02-30"], "date"),
    (["--gross", "100", "--date", "2025-02-01", "--pack", "XX"], "no pack 'XX'"),
    (["--gross", "99999999999999999", "--date", "2025-02-01"], "too large"),
])
def test_bad_input_exits_non_zero_with_one_line(capsys: pytest.CaptureFixture[str],
                                                args: list[str], message: str) -> None:
    code, out, err = run(capsys, "payroll", "calc", *args)
    assert code != 0
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1

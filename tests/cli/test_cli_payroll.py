"""``issp payroll run|close|payslips|export-payments|import-payments`` on a demo centre (twelve
closed periods and the current month open): output, JSON, exit codes, closed periods refused."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from issp_desktop import cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> str:
    d = str(tmp_path / "centre")
    code, out, err = run(capsys, "--data-dir", d, "demo", "--people", "60", "--seed", "3")
    assert code == 0, err
    assert "pay periods closed: 12" in out
    monkeypatch.setenv("ISSP_USER", "clerk")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def _month(back: int) -> str:
    t = date.today()
    m = t.year * 12 + t.month - 1 - back
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def test_demo_has_twelve_closed_periods_and_one_open(centre: str) -> None:
    with sqlite3.connect(Path(centre) / "centre.sqlite") as conn:
        states = conn.execute("SELECT state, COUNT(*) FROM pay_period GROUP BY state").fetchall()
        assert dict(states) == {"closed": 12, "draft": 1}
        unpaid = conn.execute(
            "SELECT COUNT(*) FROM payslip s JOIN pay_period p ON p.id = s.period_id "
            "LEFT JOIN payment_mark m ON m.payslip_id = s.id WHERE p.state = 'closed' "
            "AND m.id IS NULL AND s.net_cents > 0").fetchone()[0]
        assert unpaid == 0
        assert conn.execute("SELECT COUNT(*) FROM adjustment").fetchone()[0] == 1
        bad = conn.execute("SELECT COUNT(*) FROM payslip WHERE net_cents != gross_cents - "
                           "deductions_cents").fetchone()[0]
        assert bad == 0


def test_run_close_payslips_and_payments(centre: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    open_period = _month(0)
    code, out, err = run(capsys, "--data-dir", centre, "payroll", "run", "--period",
                         open_period, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["period"] == open_period and data["state"] == "draft"
    assert data["payslips"] > 0
    gross, net = float(data["gross"]), float(data["net"])
    assert abs(net + float(data["total_deductions"]) - gross) < 0.005
    assert set(data["deductions"]) >= {"NSSF", "SHIF", "AHL", "PAYE"}
    code, out, _ = run(capsys, "--data-dir", centre, "payroll", "run", "--period", open_period)
    assert code == 0 and "Gross" in out and "PAYE" in out
    code, out, err = run(capsys, "--data-dir", centre, "payroll", "close", "--period",
                         open_period)
    assert code == 0, err
    assert f"Pay period {open_period} closed" in out
    for args in (["run", "--period", open_period], ["close", "--period", open_period]):
        code, out, err = run(capsys, "--data-dir", centre, "payroll", *args)
        assert code != 0 and out == ""
        assert f"{open_period} is closed" in err and len(err.strip().splitlines()) == 1
    pdf = tmp_path / "slips.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "payroll", "payslips", "--period",
                         open_period, "-o", str(pdf))
    assert code == 0, err
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == data["payslips"]
    assert "Net pay" in reader.pages[0].extract_text()
    mpesa = tmp_path / "mpesa.csv"
    code, out, err = run(capsys, "--data-dir", centre, "payroll", "export-payments",
                         "--period", open_period, "--format", "mpesa", "-o", str(mpesa))
    assert code == 0, err
    assert "control totals count" in out
    rows = list(csv.reader(mpesa.open(encoding="utf-8")))
    assert rows[0] == ["Phone Number", "Amount", "Name", "Reference"]
    assert all(r[0].startswith("254") and len(r[0]) == 12 for r in rows[1:])
    refs = tmp_path / "refs.csv"
    refs.write_text("Reference,Transaction ID\n" + "".join(
        f"{r[3]},QA{i:04d}X\n" for i, r in enumerate(rows[1:])), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", centre, "payroll", "import-payments",
                         "--period", open_period, "-i", str(refs))
    assert code == 0, err
    assert f"Marked {len(rows) - 1} payslip(s)" in out
    code, _, err = run(capsys, "--data-dir", centre, "payroll", "import-payments",
                       "--period", open_period, "-i", str(refs))
    assert code != 0 and "already marked paid" in err


def test_bad_input_and_roles(centre: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, "--data-dir", centre, "payroll", "run", "--period", "2026-13")
    assert code != 0 and "not a month" in err
    code, _, err = run(capsys, "--data-dir", centre, "payroll", "export-payments", "--period",
                       _month(0), "--format", "mpesa", "-o", str(tmp_path / "x.csv"))
    assert code != 0 and "must be closed" in err
    code, _, err = run(capsys, "--data-dir", centre, "payroll", "export-payments", "--period",
                       _month(1), "--format", "bank", "-o", str(tmp_path / "x.csv"))
    assert code != 0 and "nobody" in err  # the demo paid every closed period
    code, _, err = run(capsys, "--data-dir", centre, "payroll", "payslips", "--period",
                       "1999-01", "-o", str(tmp_path / "x.pdf"))
    assert code != 0 and "No pay period '1999-01'" in err
    monkeypatch.setenv("ISSP_USER", "supervisor")
    code, _, err = run(capsys, "--data-dir", centre, "payroll", "run", "--period", _month(0))
    assert code == 4 and "may not" in err

"""``issp clients|batches|worklog|qa|report delivery``: output, --json, exit codes, all-or-nothing
imports with ``line N: column: reason`` and nothing written on a bad row."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
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
    assert run(capsys, "--data-dir", d, "demo", "--people", "60", "--seed", "4")[0] == 0
    monkeypatch.setenv("ISSP_USER", "supervisor")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def _sql(d: str, query: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(Path(d) / "centre.sqlite") as conn:
        return conn.execute(query, params).fetchall()


def _open_batch(d: str) -> tuple[str, int, str, int, int]:
    """An in-progress batch: reference, id, an assigned worker's national ID, units left,
    and the worker's id."""
    return _sql(d, "SELECT b.reference, b.id, p.national_id, b.units_expected - b.units_done, "
                   "p.id FROM batch b JOIN batch_worker w ON w.batch_id = b.id JOIN person p ON "
                   "p.id = w.person_id WHERE b.status = 'in_progress' AND p.national_id IS NOT "
                   "NULL ORDER BY b.id LIMIT 1")[0]  # type: ignore[return-value]


def test_clients_and_batches_lists(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", centre, "clients", "list")
    assert code == 0, err
    assert "Nyota Bank" in out and "EUR" in out
    code, out, _ = run(capsys, "--data-dir", centre, "batches", "list", "--json")
    rows = json.loads(out)
    assert len(rows) == _sql(centre, "SELECT COUNT(*) FROM batch")[0][0]
    assert [r["due_on"] for r in rows] == sorted(r["due_on"] for r in rows)
    code, out, _ = run(capsys, "--data-dir", centre, "batches", "list", "--late", "--client",
                       "nyota bank", "--json")
    late = json.loads(out)
    assert late and all(r["late"] and r["client"] == "Nyota Bank" for r in late)
    code, out, _ = run(capsys, "--data-dir", centre, "batches", "list", "--late")
    assert code == 0 and "LATE" in out and out.strip().endswith("late")
    code, _, err = run(capsys, "--data-dir", centre, "batches", "list", "--client", "Nobody")
    assert code == 1 and "No client 'Nobody' was found." in err


def test_batches_show(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    ref = _sql(centre, "SELECT b.reference FROM batch b JOIN qa_check q ON q.batch_id = b.id "
                       "WHERE q.round = 2 LIMIT 1")[0][0]
    code, out, err = run(capsys, "--data-dir", centre, "batches", "show", str(ref))
    assert code == 0, err
    assert "QA round 1" in out and "FAILED" in out and "QA round 2" in out
    assert "in_qa → rework" in out
    code, _, err = run(capsys, "--data-dir", centre, "batches", "show", "NOPE-1")
    assert code == 1 and "No batch 'NOPE-1' was found." in err


def test_qa_record_fail_then_pass(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    ref, bid, *_ = _open_batch(centre)
    code, out, err = run(capsys, "--data-dir", centre, "qa", "record", "--batch", ref,
                         "--checked", "1000", "--errors", "40", "--category", "omission=30",
                         "--category", "formatting=10")
    assert code == 0, err
    assert "accuracy 96.00 %" in out and "FAILED" in out and "Status: Rework — rework by" in out
    assert _sql(centre, "SELECT status FROM batch WHERE id = ?", bid) == [("rework",)]
    code, out, err = run(capsys, "--data-dir", centre, "qa", "record", "--batch", ref,
                         "--checked", "1000", "--errors", "0")
    assert code == 0 and "QA round 2" in out and "Status: In QA — ready to deliver" in out
    before = _sql(centre, "SELECT COUNT(*) FROM qa_check")
    for args, words in (
            (["--checked", "10", "--errors", "11"], "errors: 11 errors is more than the 10"),
            (["--checked", "10", "--errors", "1", "--category", "typo=1"],
             "'typo' is not an error category"),
            (["--checked", "10", "--errors", "2", "--category", "omission=1"],
             "add up to 1, not to the 2 errors")):
        code, _, err = run(capsys, "--data-dir", centre, "qa", "record", "--batch", ref, *args)
        assert code == 1 and words in err
    with pytest.raises(SystemExit) as info:
        cli.main(["--data-dir", centre, "qa", "record", "--batch", ref, "--checked", "-5",
                  "--errors", "0"])
    assert info.value.code == 2 and "-5 is negative" in capsys.readouterr().err
    assert _sql(centre, "SELECT COUNT(*) FROM qa_check") == before


def test_worklog_import(centre: str, capsys: pytest.CaptureFixture[str],
                        tmp_path: Path) -> None:
    ref, bid, nid, left, pid = _open_batch(centre)
    trainee = _sql(centre, "SELECT national_id FROM person WHERE stage = 'trainee' AND "
                           "national_id IS NOT NULL LIMIT 1")[0][0]
    day = date.today()
    logged = _sql(centre, "SELECT COUNT(*) FROM work_log WHERE batch_id = ? AND person_id = ? "
                          "AND worked_on = ?", bid, pid, day.isoformat())[0][0]
    if logged:
        day -= timedelta(days=1)
    bad = tmp_path / "bad.csv"
    bad.write_text("batch_ref,national_id,date,units,minutes\n"
                   f"{ref},{nid},{day},1,30\n"
                   f"NOPE,{nid},{day},1,30\n"
                   f"{ref},{trainee},{day},1,30\n"
                   f"{ref},{nid},31/02/2026,1,30\n", encoding="utf-8")
    before = _sql(centre, "SELECT COUNT(*), SUM(units) FROM work_log")
    code, out, err = run(capsys, "--data-dir", centre, "worklog", "import", str(bad))
    assert code == 1
    assert "line 3: batch_ref: there is no batch 'NOPE'" in err
    assert "line 4: national_id:" in err and "not" in err.split("line 4:")[1]
    assert "line 5: date: '31/02/2026' is not a real date" in err
    assert _sql(centre, "SELECT COUNT(*), SUM(units) FROM work_log") == before
    over = tmp_path / "over.csv"
    over.write_text(f"batch_ref,national_id,date,units,minutes\n{ref},{nid},{day},"
                    f"{int(left) + 5},300\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", centre, "worklog", "import", str(over),
                         "--dry-run")
    assert code == 1 and "--force" in err
    code, out, err = run(capsys, "--data-dir", centre, "worklog", "import", str(over),
                         "--force", "--dry-run")
    assert code == 0 and "warning: batch" in out and "dry run" in out
    assert _sql(centre, "SELECT COUNT(*), SUM(units) FROM work_log") == before
    code, out, err = run(capsys, "--data-dir", centre, "worklog", "import", str(over),
                         "--force")
    assert code == 0, err
    assert "Saved 1 work logs" in out and "Backup made before the import" in out
    assert _sql(centre, "SELECT units_done - units_expected FROM batch WHERE id = ?", bid) == [
        (5,)]


def test_report_delivery_pdf_and_xlsx(centre: str, capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    start, end = (date.today() - timedelta(days=60)).isoformat(), date.today().isoformat()
    pdf = tmp_path / "nyota.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "report", "delivery", "--client",
                         "Nyota Bank", "--from", start, "--to", end, "-o", str(pdf))
    assert code == 0, err
    assert "total KES" in out
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    total = out.rsplit("KES ", 1)[1].strip()
    assert "Delivery report for Nyota Bank" in text and total in text
    ref = _sql(centre, "SELECT b.reference FROM batch b JOIN project p ON p.id = b.project_id "
                       "JOIN client c ON c.id = p.client_id WHERE c.name = 'Nyota Bank' AND "
                       "b.delivered_on BETWEEN ? AND ? LIMIT 1", start, end)[0][0]
    assert str(ref) in text
    xlsx = tmp_path / "nyota.xlsx"
    code, out, err = run(capsys, "--data-dir", centre, "report", "delivery", "--client",
                         "Nyota Bank", "--from", start, "--to", end, "-o", str(xlsx))
    assert code == 0, err
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    assert any(row[0] == ref for row in sheet.iter_rows(values_only=True))
    code, _, err = run(capsys, "--data-dir", centre, "report", "delivery", "--client",
                       "Nyota Bank", "--from", end, "--to", start, "-o", str(pdf))
    assert code == 1 and "is before the start" in err

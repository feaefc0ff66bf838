"""``issp shifts add|import|list``, ``issp roster print``, ``issp leave``, ``issp downtime``:
exit codes, one clear line per problem, ``line N: column: reason`` for imports, nothing written
on any bad row."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from issp_desktop import cli

WEEK = "2027-03-01"  # a Monday well after the demo's roster


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> str:
    d = str(tmp_path / "centre")
    assert run(capsys, "--data-dir", d, "demo", "--people", "80", "--seed", "3")[0] == 0
    monkeypatch.setenv("ISSP_USER", "supervisor")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def db(d: str, query: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(Path(d) / "centre.sqlite") as conn:
        return conn.execute(query, params).fetchall()


def workers(d: str) -> list[str]:
    return [str(r[0]) for r in db(d, "SELECT national_id FROM person WHERE stage = 'worker' "
                                     "ORDER BY id")]


def shifts(d: str) -> int:
    return int(db(d, "SELECT COUNT(*) FROM shift")[0][0])  # type: ignore[arg-type]


def test_add_hard_and_soft_conflicts(centre: str, capsys: pytest.CaptureFixture[str]) -> None:
    nid = workers(centre)[0]
    base = ["--data-dir", centre, "shifts", "add", "--person", nid]
    before = shifts(centre)
    code, out, err = run(capsys, *base, "--start", "2027-03-01T07:00", "--hours", "8",
                         "--template", "Morning", "--note", "Induction")
    assert code == 0, err
    assert "07:00–15:00" in out and "Africa/Nairobi" in out
    row = db(centre, "SELECT starts_at, break_minutes, note FROM shift ORDER BY id DESC")[0]
    assert str(row[0]).startswith("2027-03-01T04:00") and row[1:] == (30, "Induction")
    # overlap: hard, one line, exit 1, whatever the override
    code, out, err = run(capsys, *base, "--start", "2027-03-01T04:30Z", "--hours", "4",
                         "--override", "x")
    assert code == 1 and "overlapping shifts" in err and len(err.strip().splitlines()) == 1
    # rest: soft — refused without --override, accepted with it
    args = [*base, "--start", "2027-03-01T22:00+03:00", "--hours", "8", "--template", "N"]
    code, _, err = run(capsys, *args)
    assert code == 1 and "rest between shifts" in err and "override" in err
    code, out, err = run(capsys, *args, "--override", "Cover for a sick colleague")
    assert code == 0, err
    assert "override: Cover for a sick colleague" in out
    assert shifts(centre) == before + 2


@pytest.mark.parametrize(("args", "needle"), [
    (["--hours", "0"], "--hours: 0 h is not a shift length"),
    (["--hours", "17"], "--hours: 17 h is longer than the 16 h"),
    (["--template", "Lunch"], "--template: there is no shift template 'Lunch'"),
    (["--start", "next monday"], "--start: 'next monday' is not a date and time"),
    (["--person", "99999999"], "national ID: no person has national ID '99999999'"),
    (["--start", "2020-01-06T07:00"], None),
])
def test_add_bad_input(centre: str, capsys: pytest.CaptureFixture[str], args: list[str],
                       needle: str | None) -> None:
    values = {"--person": workers(centre)[1], "--start": "2027-03-02T07:00", "--hours": "8"}
    values.update(dict(zip(args[::2], args[1::2], strict=True)))
    if needle is None:  # a start before the payroll lock
        db(centre, "UPDATE roster_settings SET payroll_locked_through = '2026-10-31'")
        needle = "the payroll for 2026-10-31 and before is closed"
    before = shifts(centre)
    code, _, err = run(capsys, "--data-dir", centre, "shifts", "add",
                       *[x for kv in values.items() for x in kv])
    assert code == 1 and needle in err, err
    assert shifts(centre) == before


def test_import_all_or_nothing(centre: str, capsys: pytest.CaptureFixture[str],
                               tmp_path: Path) -> None:
    a, b, c = workers(centre)[:3]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "national_id,date,template,start,hours,note\n"
        f"{a},2027-03-01,Morning,,,\n"
        f"{b},01/03/2027,,07:00,8,\n"
        f"{a},2027-03-01,M,,,\n"                # line 4: duplicate of line 2
        f"{c},2027-03-01,Lunch,,,\n"            # line 5: unknown template
        "11111111,2027-03-01,M,,,\n"           # line 6: unknown person
        f"{c},2027-03-02,,09:00,0,\n"           # line 7: zero hours
        f"{b},2027-03-01,,10:00,4,\n",          # line 8: overlaps line 3
        encoding="utf-8")
    before = shifts(centre)
    code, _, err = run(capsys, "--data-dir", centre, "shifts", "import", str(bad))
    assert code == 1
    lines = err.strip().splitlines()
    assert "line 4: row: the same shift as line 2 (duplicate row)" in lines
    assert "line 5: template: there is no shift template 'Lunch'" in lines
    assert "line 6: national_id: no person has national ID '11111111'" in lines
    assert any(x.startswith("line 7: hours: 0 h is not a shift length") for x in lines)
    assert lines[-1].endswith("nothing was imported.")
    assert shifts(centre) == before
    # fix all but the overlap: the rules run over the file too
    good = tmp_path / "good.csv"
    good.write_text("national_id,date,template,start,hours,note\n"
                    f"{a},2027-03-01,Morning,,,\n{b},01/03/2027,,07:00,8,Trainer\n"
                    f"{b},2027-03-01,,10:00,4,\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", centre, "shifts", "import", str(good))
    assert code == 1 and "line 3: date:" in err and "overlapping" in err
    good.write_text("national_id,date,template,start,hours,note\n"
                    f"{a},2027-03-01,Morning,,,\n{b},01/03/2027,,07:00,8,Trainer\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", centre, "shifts", "import", str(good),
                         "--dry-run")
    assert code == 0 and "dry run" in out and shifts(centre) == before
    code, out, err = run(capsys, "--data-dir", centre, "shifts", "import", str(good))
    assert code == 0, err
    assert "Imported 2 shifts" in out and "kept as" in out
    assert shifts(centre) == before + 2


def test_import_xlsx_with_soft_conflict_override(centre: str, capsys: pytest.CaptureFixture[
        str], tmp_path: Path) -> None:
    from openpyxl import Workbook

    a = workers(centre)[4]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["National ID", "Date", "Template"])
    sheet.append([a, "2027-03-01", "M"])
    sheet.append([a, "2027-03-01", "N"])  # 7 h of rest
    path = tmp_path / "shifts.xlsx"
    book.save(path)
    code, _, err = run(capsys, "--data-dir", centre, "shifts", "import", str(path))
    assert code == 1 and "line 2: date:" in err and "give an override reason" in err
    code, _, err = run(capsys, "--data-dir", centre, "shifts", "import", str(path),
                         "--override", "Client month-end")
    assert code == 0, err
    assert db(centre, "SELECT COUNT(*) FROM shift WHERE override_reason = 'Client month-end'"
              ) == [(1,)]


def test_list_print_leave_downtime(centre: str, capsys: pytest.CaptureFixture[str],
                                   tmp_path: Path) -> None:
    nid = workers(centre)[2]
    assert run(capsys, "--data-dir", centre, "shifts", "add", "--person", nid, "--start",
               "2027-03-03T15:00", "--hours", "8", "--template", "E")[0] == 0
    code, out, err = run(capsys, "--data-dir", centre, "leave", "add", "--person", nid,
                         "--kind", "annual", "--from", "2027-03-04", "--to", "2027-03-05")
    assert code == 0 and "2 day(s)" in out, err
    code, _, err = run(capsys, "--data-dir", centre, "leave", "add", "--person", nid,
                       "--kind", "sick", "--from", "2027-03-09", "--to", "2027-03-08")
    assert code == 1 and "to: 2027-03-08 is before the first day" in err
    code, out, _ = run(capsys, "--data-dir", centre, "shifts", "list", "--week", "2027-03-04",
                       "--json")
    data = json.loads(out)
    assert data["week"] == WEEK and len(data["shifts"]) == 1
    assert data["shifts"][0]["template"] == "E" and data["leave"][0]["kind"] == "annual"
    pdf = tmp_path / "week.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "roster", "print", "--week", WEEK, "-o",
                         str(pdf))
    assert code == 0, err
    body = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "E 15:00–23:00" in body and "Leave (annual)" in body
    code, out, err = run(capsys, "--data-dir", centre, "downtime", "add", "--kind", "power",
                         "--start", "2026-11-20T10:00", "--end", "2026-11-20T12:30")
    assert code == 0 and "150 min" in out, err
    code, _, err = run(capsys, "--data-dir", centre, "downtime", "add", "--kind", "power",
                       "--start", "2026-11-20T10:00", "--end", "2026-11-20T09:00")
    assert code == 1 and "end: must be after the start" in err
    code, out, _ = run(capsys, "--data-dir", centre, "downtime", "list", "--from",
                       "2026-11-20", "--to", "2026-11-20", "--json")
    assert [r["minutes"] for r in json.loads(out)] == [150]


def test_viewer_cannot_add(centre: str, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISSP_USER", "viewer")
    code, _, err = run(capsys, "--data-dir", centre, "shifts", "add", "--person",
                       workers(centre)[0], "--start", "2027-03-01T07:00", "--hours", "8")
    assert code == 4 and "may not do this" in err

"""``issp certificates ...``: issue into one PDF (JSON: serial, code, person), verify with the
database only (no sign-in; exit 0 genuine, 1 otherwise), revoke, list, reprint, keys, badges."""

from __future__ import annotations

import json
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
    assert run(capsys, "--data-dir", d, "demo", "--people", "80", "--seed", "5")[0] == 0
    monkeypatch.setenv("ISSP_USER", "trainer")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    return d


def _cohorts(capsys: pytest.CaptureFixture[str], d: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "--data-dir", d, "cohorts", "list", "--json")
    assert code == 0
    return list(json.loads(out))


def test_issue_verify_revoke(centre: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    done = next(c for c in _cohorts(capsys, centre) if int(c["completed"]) > 0)
    pdf = tmp_path / "skill.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "certificates", "issue", "--cohort",
                         str(done["name"]), "--kind", "skill", "-o", str(pdf), "--json")
    assert code == 0, err
    issued = json.loads(out)
    assert len(issued) == done["completed"]
    assert set(issued[0]) == {"serial", "code", "person"}
    text = PdfReader(pdf).pages[0].extract_text()
    assert issued[0]["person"] in text and issued[0]["code"] in text
    monkeypatch.delenv("ISSP_USER")
    monkeypatch.delenv("ISSP_PASSWORD")  # an employer: no account, database only
    code, out, _ = run(capsys, "--data-dir", centre, "certificates", "verify",
                       issued[0]["code"])
    assert code == 0 and out.startswith("GENUINE") and issued[0]["person"] in out
    code, _, err = run(capsys, "--data-dir", centre, "certificates", "verify", "ZZZZ-ZZZZ-ZZZ")
    assert code == 1 and "12 characters" in err
    monkeypatch.setenv("ISSP_USER", "trainer")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    code, out, err = run(capsys, "--data-dir", centre, "certificates", "revoke",
                         issued[0]["serial"], "--reason", "Wrong cohort")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", centre, "certificates", "verify",
                         issued[0]["code"], "--json")
    assert code == 1
    assert json.loads(out)["status"] == "revoked" and "Wrong cohort" in json.loads(out)["reason"]
    code, out, _ = run(capsys, "--data-dir", centre, "certificates", "list", "--json",
                       "--search", issued[1]["serial"])
    assert code == 0 and [r["serial"] for r in json.loads(out)] == [issued[1]["serial"]]
    again = tmp_path / "again.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "certificates", "reprint",
                         issued[1]["serial"], "-o", str(again))
    assert code == 0, err
    assert issued[1]["code"] in PdfReader(again).pages[0].extract_text()
    code, _, err = run(capsys, "--data-dir", centre, "certificates", "reprint",
                       issued[0]["serial"], "-o", str(again))
    assert code == 1 and "revoked" in err


def test_no_eligible_member_is_an_error(centre: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    current = next(c for c in _cohorts(capsys, centre) if int(c["completed"]) == 0
                   and int(c["trainees"]) > 0)
    pdf = tmp_path / "none.pdf"
    code, _out, err = run(capsys, "--data-dir", centre, "certificates", "issue", "--cohort",
                         str(current["name"]), "--kind", "skill", "-o", str(pdf))
    assert code == 1 and "none of its" in err and "not complete" in err
    assert not pdf.exists()
    code, _, err = run(capsys, "--data-dir", centre, "certificates", "issue", "--cohort",
                       "No such cohort", "-o", str(pdf))
    assert code == 1 and "No such cohort" in err


def test_keys_between_centres(centre: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    current = next(c for c in _cohorts(capsys, centre) if int(c["trainees"]) > 0)
    pdf = tmp_path / "p.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "certificates", "issue", "--cohort",
                         str(current["name"]), "-o", str(pdf))
    assert code == 0, err
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    services = open_services(resolve_paths(Path(centre)))
    try:
        serial = services.certificates.register_page()[0].serial
        qr = services.certificates.reprint([serial]).certificates[0].qr_text
    finally:
        services.db.dispose()
    key = tmp_path / "key.json"
    assert run(capsys, "--data-dir", centre, "certificates", "export-key", "-o", str(key))[0] \
        == 0
    other = str(tmp_path / "other")
    monkeypatch.delenv("ISSP_USER")
    monkeypatch.delenv("ISSP_PASSWORD")
    assert run(capsys, "--data-dir", other, "demo", "--people", "20", "--seed", "9")[0] == 0
    code, _, err = run(capsys, "--data-dir", other, "certificates", "verify", qr)
    assert code == 1 and "UNKNOWN" in err
    monkeypatch.setenv("ISSP_USER", "manager")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    code, out, err = run(capsys, "--data-dir", other, "certificates", "trust", str(key))
    assert code == 0 and "Now trusting" in out, err
    code, out, _ = run(capsys, "--data-dir", other, "certificates", "verify", qr)
    assert code == 0 and out.startswith("GENUINE")
    code, _, err = run(capsys, "--data-dir", other, "certificates", "trust",
                       str(tmp_path / "nothing.json"))
    assert code == 1 and "does not exist" in err


def test_badges(centre: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISSP_USER", "supervisor")
    pdf = tmp_path / "badges.pdf"
    code, out, err = run(capsys, "--data-dir", centre, "certificates", "badges", "--stage",
                         "all", "-o", str(pdf), "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["printed"] and found["without_badge_number"]
    assert found["printed"][0]["badge_no"] in PdfReader(pdf).pages[0].extract_text()

"""``issp sync``: export, import (writes the acknowledgement), ack, centres, conflicts, id,
with --json and the exit codes of the other commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from issp_desktop import cli
from issp_desktop.services import Services


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_round_trip_from_the_command_line(centres: Callable[..., Services],
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    centres("Kibera Centre").db.dispose()
    centres("Head Office", seeded=False).db.dispose()
    kib, hq = str(tmp_path / "kibera_centre"), str(tmp_path / "head_office")
    bundle = str(tmp_path / "nov.issp")
    code, out, err = run(capsys, "--data-dir", kib, "sync", "export", "--to-centre",
                         "head office", "-o", bundle)
    assert code == 0, err
    assert "for Head Office" in out and "person" in out
    code, out, err = run(capsys, "--data-dir", hq, "sync", "import", bundle, "--json")
    assert code == 0, err
    got = json.loads(out)
    assert got["kind"] == "bundle" and got["inserted"] == got["records"] > 10
    assert got["ack_file"] == str(tmp_path / "nov.ack.issp")
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "import", bundle)
    assert code == 0 and "imported already; nothing changed" in out
    code, out, _ = run(capsys, "--data-dir", kib, "sync", "ack", got["ack_file"])
    assert code == 0 and "acknowledged" in out
    code, out, _ = run(capsys, "--data-dir", kib, "sync", "export", "--to-centre",
                       "Head Office", "-o", str(tmp_path / "dec.issp"), "--json")
    assert code == 0 and json.loads(out)["records"] == 0
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "centres", "--json")
    rows = {r["centre"]: r for r in json.loads(out)}
    assert rows["Kibera Centre"]["people"] == 3 and rows["All centres"]["total"]
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "centres")
    assert "Kibera Centre" in out and "Head Office *" in out
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "id", "person", "1", "--json")
    ident = json.loads(out)
    assert code == 0 and ident["origin"] == "Kibera Centre" and len(ident["uid"]) == 36
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "conflicts")
    assert code == 0 and "No conflicts" in out
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "partners", "--json")
    assert [p["centre"] for p in json.loads(out)] == ["Kibera Centre"]


def test_sync_bad_files_exit_codes(centres: Callable[..., Services], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    centres("Kibera Centre").db.dispose()
    centres("Head Office", seeded=False).db.dispose()
    kib, hq = str(tmp_path / "kibera_centre"), str(tmp_path / "head_office")
    bundle = tmp_path / "b.issp"
    assert run(capsys, "--data-dir", kib, "sync", "export", "--to-centre", "Head Office",
               "-o", str(bundle))[0] == 0
    cut = tmp_path / "cut.issp"
    cut.write_bytes(bundle.read_bytes()[:-40])
    code, _, err = run(capsys, "--data-dir", hq, "sync", "import", str(cut))
    assert code == 1 and "incomplete" in err and "nothing was changed" in err
    newer = tmp_path / "newer.issp"
    newer.write_bytes(bundle.read_bytes().replace(b"ISSP-EXCHANGE 1", b"ISSP-EXCHANGE 7", 1))
    code, _, err = run(capsys, "--data-dir", hq, "sync", "import", str(newer))
    assert code == 3 and "newer version" in err
    code, _, err = run(capsys, "--data-dir", kib, "sync", "export", "--to-centre", "Nowhere",
                       "-o", str(tmp_path / "x.issp"))
    assert code == 1 and "not a trusted centre" in err
    code, _, err = run(capsys, "--data-dir", hq, "sync", "resolve", "99", "mine")
    assert code == 1 and "No conflict '99'" in err
    code, _, err = run(capsys, "--data-dir", hq, "sync", "ack", str(bundle))
    assert code == 1 and "is a bundle, not an acknowledgement" in err
    code, out, _ = run(capsys, "--data-dir", hq, "sync", "centres", "--json")
    assert {r["centre"] for r in json.loads(out)} == {"Head Office", "All centres"}

"""`issp db encrypt|change-passphrase|new-recovery-key`, and every command on an encrypted file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from issp_desktop.cli import main
from issp_desktop.db import crypto

pytestmark = pytest.mark.skipif(not crypto.sqlcipher_available(),
                                reason="SQLCipher (sqlcipher3) is not installed here")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_encrypt_then_use_with_the_passphrase(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    d = str(tmp_path)
    assert run(capsys, "--data-dir", d, "demo", "--people", "8")[0] == 0
    monkeypatch.setenv("ISSP_USER", "manager")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    monkeypatch.setenv("ISSP_NEW_PASSPHRASE", "usiku mwema kwa wote")
    code, out, err = run(capsys, "--data-dir", d, "db", "encrypt", "--json")
    assert code == 0, err
    recovery = json.loads(out)["recovery_key"]
    assert crypto.is_encrypted_file(tmp_path / "centre.sqlite")
    code, _, err = run(capsys, "--data-dir", d, "db", "check")
    assert code == 3 and "encrypted" in err  # no passphrase given
    monkeypatch.setenv("ISSP_DB_PASSPHRASE", "wrong one entirely")
    code, _, err = run(capsys, "--data-dir", d, "db", "check")
    assert code == 3 and "not right" in err
    monkeypatch.setenv("ISSP_DB_PASSPHRASE", recovery)
    assert run(capsys, "--data-dir", d, "db", "check")[0] == 0
    monkeypatch.setenv("ISSP_DB_PASSPHRASE", "usiku mwema kwa wote")
    code, out, _ = run(capsys, "--data-dir", d, "db", "info", "--json")
    assert json.loads(out)["row_counts"]["person"] == 8
    assert run(capsys, "--data-dir", d, "backup", "create")[0] == 0
    monkeypatch.setenv("ISSP_NEW_PASSPHRASE", "a second good sentence")
    assert run(capsys, "--data-dir", d, "db", "change-passphrase")[0] == 0
    monkeypatch.setenv("ISSP_DB_PASSPHRASE", "a second good sentence")
    code, out, _ = run(capsys, "--data-dir", d, "db", "new-recovery-key", "--json")
    assert code == 0 and json.loads(out)["recovery_key"] != recovery
    assert run(capsys, "--data-dir", d, "audit", "verify")[0] == 0

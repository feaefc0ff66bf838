"""Personal-data requests: access (JSON + PDF), correction, erasure, retention."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from issp_desktop.domain.centre import SafetySettings
from issp_desktop.errors import PermissionDeniedError, StaleRecordError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.privacy import PersonCorrection

TODAY = date(2026, 11, 16)


@pytest.fixture
def centre(demo_services: Services) -> Services:
    demo_services.users.login("manager", "demo")
    return demo_services


def _someone(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT id FROM person WHERE stage = 'worker' ORDER BY id LIMIT 1")).scalar())


def _row(services: Services, person_id: int) -> dict[str, object]:
    with services.db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT * FROM person WHERE id = :i"),
                                 {"i": person_id}).mappings().one())


def test_find_by_name_id_or_phone(centre: Services) -> None:
    pid = _someone(centre)
    row = _row(centre, pid)
    for needle in (str(row["last_name"]), str(row["national_id"]), str(row["phone"])[-6:]):
        assert pid in [p.id for p in centre.privacy.find(needle)], needle
    assert centre.privacy.find("   ") == []


def test_export_writes_json_and_a_readable_pdf(centre: Services, tmp_path: Path) -> None:
    pid = _someone(centre)
    row = _row(centre, pid)
    json_path, pdf_path = centre.privacy.export_files(pid, tmp_path / "out")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["person"]["national_id"] == row["national_id"]
    assert data["person"]["first_name"] == row["first_name"]
    assert [h["to_stage"] for h in data["stage_history"]][-1] == "worker"
    text_back = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
                         .split())
    assert str(row["first_name"]) in text_back and str(row["last_name"]) in text_back
    assert str(row["national_id"]) in text_back
    assert "Data Protection Act" in text_back
    assert centre.audit.page(limit=1)[0].use_case == "privacy.export"


def test_correct_with_version_check(centre: Services) -> None:
    pid = _someone(centre)
    brief = centre.privacy.find(str(_row(centre, pid)["national_id"]))[0]
    fixed = centre.privacy.correct(pid, PersonCorrection(
        "Wanjirũ", "Kũria", national_id="0012345678", date_of_birth=date(2000, 2, 29),
        gender="female", phone="+254712000111", county="Nairobi"), brief.version)
    assert fixed.name == "Wanjirũ Kũria"
    row = _row(centre, pid)
    assert row["national_id_norm"] == "12345678"
    with pytest.raises(StaleRecordError, match="changed by manager"):
        centre.privacy.correct(pid, PersonCorrection("X", "Y"), brief.version)
    entry = centre.audit.page(limit=1)[0]
    assert entry.use_case == "privacy.correct"
    assert "Wanjirũ" not in (entry.new_values or "")  # names never enter the permanent trail
    assert "first_name" in (entry.new_values or "")


def test_correct_refuses_bad_input(centre: Services) -> None:
    pid = _someone(centre)
    version = int(_row(centre, pid)["version"])  # type: ignore[call-overload]
    with pytest.raises(ValidationError, match="first name"):
        centre.privacy.correct(pid, PersonCorrection("  ", "Kũria"), version)
    with pytest.raises(ValidationError, match="invisible"):
        centre.privacy.correct(pid, PersonCorrection("Zo\u200bë", "Kũria"), version)
    with pytest.raises(ValidationError, match="future"):
        centre.privacy.correct(pid, PersonCorrection("Zoë", "K", date_of_birth=date(2999, 1, 1)),
                               version)
    other = _row(centre, pid + 1)
    with pytest.raises(ValidationError, match="another person"):
        centre.privacy.correct(pid, PersonCorrection("Zoë", "K",
                                                     national_id=str(other["national_id"])),
                               version)
    assert int(_row(centre, pid)["version"]) == version  # type: ignore[call-overload]


def test_erase_pseudonymises_and_keeps_history(centre: Services) -> None:
    pid = _someone(centre)
    before = _row(centre, pid)
    with centre.db.engine.connect() as conn:
        history = conn.execute(text("SELECT COUNT(*) FROM stage_change WHERE person_id = :i"),
                               {"i": pid}).scalar()
    with pytest.raises(ValidationError, match="reason"):
        centre.privacy.erase(pid, "")
    centre.privacy.erase(pid, "Request by the person on 3 March")
    after = _row(centre, pid)
    assert after["first_name"] == "Erased" and after["national_id"] is None
    assert after["date_of_birth"] is None and after["phone"] == ""
    assert after["gender"] == before["gender"] and after["county"] == before["county"]
    assert after["erased_at"] is not None
    with centre.db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM stage_change WHERE person_id = :i"),
                            {"i": pid}).scalar() == history
        dump = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_entry")))
    assert str(before["national_id"]) not in dump
    assert f'{before["first_name"]}' not in dump  # names never entered the trail
    assert centre.audit.verify().ok
    with pytest.raises(ValidationError, match="already"):
        centre.privacy.erase(pid, "again")


def test_retention_pseudonymises_old_alumni_only(centre: Services) -> None:
    assert centre.privacy.apply_retention(today=TODAY) == 0  # the setting is off by default
    centre.centre.update_safety(SafetySettings(alumni_retention_months=6))
    due = centre.privacy.apply_retention(today=TODAY, dry_run=True)
    assert due > 0
    assert centre.privacy.apply_retention(today=TODAY) == due
    with centre.db.engine.connect() as conn:
        erased = conn.execute(text(
            "SELECT COUNT(*) FROM person WHERE erased_at IS NOT NULL")).scalar()
        wrong = conn.execute(text(
            "SELECT COUNT(*) FROM person WHERE erased_at IS NOT NULL AND stage != 'alumnus'"
        )).scalar()
    assert erased == due and wrong == 0
    assert centre.privacy.apply_retention(today=TODAY) == 0


def test_only_managers_handle_requests(centre: Services) -> None:
    centre.users.login("supervisor", "demo")
    with pytest.raises(PermissionDeniedError):
        centre.privacy.export(_someone(centre))
    with pytest.raises(PermissionDeniedError):
        centre.privacy.erase(_someone(centre), "no")


def test_erasure_revokes_the_persons_certificates(centre: Services) -> None:
    with centre.db.engine.connect() as conn:
        pid, serial = conn.execute(text(
            "SELECT person_id, serial FROM certificate WHERE id NOT IN "
            "(SELECT certificate_id FROM certificate_revocation) ORDER BY id LIMIT 1")).one()
        others = conn.execute(text(
            "SELECT COUNT(*) FROM certificate_revocation")).scalar()
        theirs = conn.execute(text("SELECT COUNT(*) FROM certificate WHERE person_id = :p"),
                              {"p": pid}).scalar()
    centre.privacy.erase(int(pid), "Request by the person on 3 March")
    with centre.db.engine.connect() as conn:
        reasons = conn.execute(text(
            "SELECT r.reason FROM certificate_revocation r JOIN certificate c "
            "ON c.id = r.certificate_id WHERE c.person_id = :p"), {"p": pid}).scalars().all()
        total = conn.execute(text("SELECT COUNT(*) FROM certificate_revocation")).scalar()
    assert len(reasons) == theirs >= 1
    assert all("erased at the person's request" in r for r in reasons)
    assert total == others + theirs
    result = centre.certificates.verify(serial_code(centre, serial))
    assert result.status.value == "revoked"
    assert "erased" in result.revoked_reason


def serial_code(services: Services, serial: str) -> str:
    with services.db.engine.connect() as conn:
        return str(conn.execute(text("SELECT code FROM certificate WHERE serial = :s"),
                                {"s": serial}).scalar())

"""Certificates on a real SQLite file with the demo centre: eligibility, issue, register,
verify by code and by QR text, revocation, trusted centres, tampering, history kept,
all-or-nothing PDF issue, settings validation, badges."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from issp_desktop.domain.access import Actor, Role
from issp_desktop.domain.certificates import CertificateKind, format_code
from issp_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.certificate_types import (
    BrandingInput,
    CertificatesCancelledError,
    IssueRequest,
    KeyFileError,
    NoEligibleError,
    RegisterFilter,
    VerifyStatus,
    Wording,
)

TODAY = date(2026, 11, 16)


def cohort_with(services: Services, *, completed: bool) -> int:
    for c in services.training.list_cohorts():
        if completed and c.completed > 0 and c.completed < c.trainees:
            return c.id
        if not completed and c.end_date > TODAY and c.trainees:
            return c.id
    raise AssertionError("no such cohort in the demo")


def test_demo_has_a_register(demo_services: Services) -> None:
    certs = demo_services.certificates
    rows = certs.register_page(RegisterFilter(), 0, 1000)
    assert len(rows) == certs.register_count() > 20
    kinds = {r.kind for r in rows}
    assert kinds == {CertificateKind.PROGRESS, CertificateKind.SKILL}
    revoked = [r for r in rows if r.revoked_at is not None]
    assert len(revoked) == 1 and revoked[0].revoked_reason
    assert demo_services.certificates.branding().logo_png
    for row in rows[:20]:
        assert certs.verify(format_code(row.code)).status in (VerifyStatus.GENUINE,
                                                             VerifyStatus.REVOKED)


def test_skill_needs_completion_and_says_why(demo_services: Services) -> None:
    cid = cohort_with(demo_services, completed=True)
    found = demo_services.certificates.eligibility(cid, "skill")
    yes = [e for e in found if e.eligible]
    no = [e for e in found if not e.eligible]
    assert yes and no
    assert all(e.reason.startswith("not complete") for e in no)
    progress = demo_services.training.cohort_progress(cid)
    complete = {t.person_id for t in progress.trainees if t.complete}
    assert {e.person_id for e in yes} == complete


def test_issue_verify_reprint_revoke(demo_services: Services, tmp_path: Path) -> None:
    certs = demo_services.certificates
    cid = cohort_with(demo_services, completed=True)
    result, job = certs.issue(IssueRequest(cid, "skill"), today=TODAY)
    assert result.issued and result.skipped
    first = result.issued[0]
    assert first.serial.startswith("2026-") and len(first.code) == 12
    by_code = certs.verify(format_code(first.code).lower())
    assert by_code.status is VerifyStatus.GENUINE and by_code.content is not None
    assert by_code.content.person == first.person and by_code.own
    qr = job.certificates[0].qr_text
    assert certs.verify(qr).status is VerifyStatus.GENUINE
    again = certs.reprint([first.serial])
    assert again.certificates[0].qr_text == qr and again.certificates[0].code == first.code
    second, _ = certs.issue(IssueRequest(cid, "skill", (first.person_id,)), today=TODAY)
    assert second.issued[0].serial != first.serial  # re-issue: a new serial
    row = certs.revoke(first.serial, "Issued in error")
    assert row.revoked_at is not None and row.revoked_reason == "Issued in error"
    for text in (qr, first.code):
        found = certs.verify(text)
        assert found.status is VerifyStatus.REVOKED and "Issued in error" in found.reason
    with pytest.raises(ValidationError, match="revoked already"):
        certs.revoke(first.serial, "again")
    with pytest.raises(ValidationError, match="revoked"):
        certs.reprint([first.serial])
    with pytest.raises(ValidationError, match="reason"):
        certs.revoke(second.issued[0].serial, "   ")
    with pytest.raises(NotFoundError):
        certs.revoke("2026-99999", "x")


def test_bad_inputs_are_clear_answers(demo_services: Services) -> None:
    certs = demo_services.certificates
    cid = cohort_with(demo_services, completed=True)
    _, job = certs.issue(IssueRequest(cid, "skill"), today=TODAY)
    qr = job.certificates[0].qr_text
    cases = {
        qr[:-10]: VerifyStatus.NOT_GENUINE,
        qr[:40] + ("A" if qr[40] != "A" else "B") + qr[41:]: VerifyStatus.NOT_GENUINE,
        "ISSP1.garbage": VerifyStatus.NOT_GENUINE,
        "ABCD-EFGH-JKMN": VerifyStatus.UNKNOWN,  # check character wrong
        "": VerifyStatus.UNKNOWN,
    }
    for text, status in cases.items():
        found = certs.verify(text)
        assert found.status is status, (text, found)
        assert found.reason
    from issp_desktop.domain.certificates import check_char

    unknown = "ABCDEFGHJKM" + check_char("ABCDEFGHJKM")
    found = certs.verify(unknown)
    assert found.status is VerifyStatus.UNKNOWN and "register" in found.reason
    with pytest.raises(ValidationError, match="kind"):
        certs.eligibility(cid, "diploma")


def test_cohort_without_eligible_members_is_refused(demo_services: Services,
                                                    tmp_path: Path) -> None:
    cid = cohort_with(demo_services, completed=False)
    before = demo_services.certificates.register_count()
    with pytest.raises(NoEligibleError, match="none of its"):
        demo_services.certificates.issue_pdf(IssueRequest(cid, "skill"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert demo_services.certificates.register_count() == before


def test_cancel_leaves_no_rows_and_no_file(demo_services: Services, tmp_path: Path) -> None:
    certs = demo_services.certificates
    cid = cohort_with(demo_services, completed=False)
    before = certs.register_count()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CertificatesCancelledError):
        certs.issue_pdf(IssueRequest(cid, "progress"), out / "c.pdf", cancelled=cancelled)
    assert certs.register_count() == before
    assert list(out.iterdir()) == []


@pytest.mark.sqlite_only  # sqlite3 connection and SQLite trigger names
def test_register_is_permanent(demo_services: Services, paths: object) -> None:
    path = demo_services.db.location
    with sqlite3.connect(path) as conn:
        for sql in ("DELETE FROM certificate", "UPDATE certificate SET body = 'x'",
                    "DELETE FROM certificate_revocation", "DELETE FROM certificate_key"):
            with pytest.raises(sqlite3.DatabaseError, match="permanent"):
                conn.execute(sql)


@pytest.mark.sqlite_only  # tampers through a sqlite3 connection
def test_altered_register_row_is_caught(demo_services: Services) -> None:
    row = demo_services.certificates.register_page()[0]
    path = demo_services.db.location
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER certificate_no_update")
        conn.execute("UPDATE certificate SET body = replace(body, '|P|', '|S|') "
                     "WHERE serial = ?", (row.serial,))
    found = demo_services.certificates.verify(row.code)
    assert found.status is VerifyStatus.NOT_GENUINE and "altered" in found.reason


def test_another_centre_verifies_once_it_trusts_the_key(demo_services: Services,
                                                        tmp_path: Path) -> None:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    cid = cohort_with(demo_services, completed=True)
    _, job = demo_services.certificates.issue(IssueRequest(cid, "skill"), today=TODAY)
    qr = job.certificates[0].qr_text
    key_file = tmp_path / "ours.json"
    info = demo_services.certificates.export_public_key(key_file)
    assert json.loads(key_file.read_text())["fingerprint"] == info.fingerprint
    assert (demo_services.ctx.backups_dir.parent / "certificate-public-key.json").exists()
    other = open_services(resolve_paths(tmp_path / "other"), create=True)
    try:
        first = other.certificates.verify(qr)
        assert first.status is VerifyStatus.UNKNOWN and "not trusted" in first.reason
        assert other.certificates.verify(format_code(job.certificates[0].code)).status \
            is VerifyStatus.UNKNOWN
        row = other.certificates.trust(key_file)
        assert row.fingerprint == info.fingerprint
        found = other.certificates.verify(qr)
        assert found.status is VerifyStatus.GENUINE and found.issuer == info.centre
        assert not found.own and "issuing centre" in found.reason
        with pytest.raises(ValidationError, match="trusted already"):
            other.certificates.trust(key_file)
        other.certificates.remove_trusted(row.id)
        assert other.certificates.verify(qr).status is VerifyStatus.UNKNOWN
    finally:
        other.db.dispose()
    with pytest.raises(ValidationError, match="own key"):
        demo_services.certificates.trust(key_file)


@pytest.mark.parametrize("content, reason", [
    (None, "does not exist"), ("not json", "not JSON"), ('{"format": "x"}', "not an ISSP"),
    ('{"format": "issp-centre-key", "version": 1, "centre": "A", "public_key": "AAAA"}',
     "wrong length"),
])
def test_bad_key_files(services: Services, tmp_path: Path, content: str | None,
                       reason: str) -> None:
    path = tmp_path / "k.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(KeyFileError, match=reason):
        services.certificates.trust(path)


def test_branding_and_wording_rules(services: Services) -> None:
    certs = services.certificates
    with pytest.raises(ValidationError, match="colour"):
        certs.save_branding(BrandingInput(accent_colour="blue"), 0)
    with pytest.raises(ValidationError, match="PNG"):
        certs.save_branding(BrandingInput(logo_png=b"GIF89a" + bytes(40)), 0)
    from issp_desktop.services.demo_certificates import demo_logo

    saved = certs.save_branding(BrandingInput("#aa3300", "Grace Mũthoni", "Manager",
                                              logo_png=demo_logo()), 0)
    assert saved.accent_colour == "#AA3300" and saved.version == 1 and saved.logo_png
    from issp_desktop.errors import StaleRecordError

    with pytest.raises(StaleRecordError):
        certs.save_branding(BrandingInput("#000000"), 0)
    kept = certs.save_branding(BrandingInput("#000000"), 1)
    assert kept.logo_png == saved.logo_png  # None keeps the image
    assert certs.save_branding(BrandingInput("#000000", clear_logo=True), 2).logo_png is None
    with pytest.raises(ValidationError, match="only"):
        certs.save_wording(Wording("Data Entry", progress_text="for {name}"))
    certs.save_wording(Wording("Data Entry", progress_title="Progress Award"))
    assert {w.programme for w in certs.wordings()} == {"", "Data Entry"}


def test_roles(demo_services: Services) -> None:
    certs = demo_services.certificates
    row = certs.register_page()[0]
    demo_services.ctx.actor = Actor(1, "viewer", Role.VIEWER)
    assert certs.verify(row.code).status is not None  # open to everybody
    assert certs.register_count() > 0
    with pytest.raises(PermissionDeniedError):
        certs.revoke(row.serial, "no")
    demo_services.ctx.actor = Actor(2, "trainer", Role.TRAINER)
    with pytest.raises(PermissionDeniedError):
        certs.badge_sheet([1])


def test_verify_is_fast(demo_services: Services) -> None:
    certs = demo_services.certificates
    row = certs.register_page()[0]
    qr = certs.reprint([row.serial]).certificates[0].qr_text
    for text in (row.code, qr):
        certs.verify(text)
        start = time.perf_counter()
        for _ in range(20):
            assert certs.verify(text).status is VerifyStatus.GENUINE
        assert (time.perf_counter() - start) / 20 < 0.020


def test_badges_only_for_people_with_a_number(demo_services: Services,
                                              tmp_path: Path) -> None:
    certs = demo_services.certificates
    people = certs.badge_people(None)
    with_no = [p for p in people if p.badge_no]
    without = [p for p in people if not p.badge_no]
    assert with_no and without
    chosen = [with_no[0].person_id, with_no[1].person_id, without[0].person_id]
    sheet = certs.badge_pdf(chosen, tmp_path / "b.pdf")
    assert len(sheet.badges) == 2 and [m.person_id for m in sheet.missing] == [chosen[2]]
    assert (tmp_path / "b.pdf").stat().st_size > 1000
    with pytest.raises(ValidationError, match="badge number"):
        certs.badge_pdf([without[0].person_id], tmp_path / "none.pdf")
    with pytest.raises(ValidationError, match="folder"):
        certs.badge_pdf(chosen, tmp_path / "missing" / "b.pdf")

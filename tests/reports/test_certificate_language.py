"""Certificates worded in English, Kiswahili or French: the fixed words change, what the
certificate states (and signs) does not; a centre's own wording is printed as written."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from issp_desktop import cli
from issp_desktop.domain.certificates import CertificateKind
from issp_desktop.reports.certificate_pdf import Text, layout_certificate
from issp_desktop.reports.certificate_words import WORDS, certificate_language, current
from issp_desktop.services import Services
from issp_desktop.services.certificate_types import IssueRequest, PrintJob, Wording


def _job(services: Services, kind: CertificateKind) -> PrintJob:
    services.users.login("trainer", "demo")
    done = next(c for c in services.training.list_cohorts() if c.completed > 0)
    return services.certificates.preview(IssueRequest(done.id, kind), today=date(2026, 11, 16))


def _texts(job: PrintJob, language: str) -> list[str]:
    with certificate_language(language):
        page = layout_certificate(job.certificates[0], job.branding)
    return [i.text for i in page.items if isinstance(i, Text)]


def test_every_language_has_every_word() -> None:
    assert set(WORDS) == {"en", "sw", "fr"}
    for language, words in WORDS.items():
        assert set(words) == set(WORDS["en"]), language
        assert len(words["months"].split()) == 12


@pytest.mark.parametrize(("language", "title", "certify", "level"), [
    ("en", "Certificate of Skill", "This is to certify that", "Module"),
    ("sw", "Cheti cha Ujuzi", "Hii ni kuthibitisha kwamba", "Moduli"),
    ("fr", "Certificat de compétences", "Nous certifions que", "Module"),
])
def test_the_fixed_wording_follows_the_language(demo_services: Services, language: str,
                                                title: str, certify: str, level: str) -> None:
    job = _job(demo_services, CertificateKind.SKILL)
    texts = _texts(job, language)
    content = job.certificates[0].content
    assert title in texts and certify in texts and level in texts
    assert content.person in texts  # the facts are the same in every language
    assert any(str(content.modules_passed) in t and str(content.hours) in t for t in texts)
    assert any(r.name in texts for r in content.results)
    others = {w["certify"] for lang, w in WORDS.items() if lang != language}
    assert not others & set(texts)


def test_progress_title_and_months(demo_services: Services) -> None:
    job = _job(demo_services, CertificateKind.PROGRESS)
    assert "Cheti cha Maendeleo" in _texts(job, "sw")
    assert "Certificat de progression" in _texts(job, "fr")
    assert current() == "en"  # the language is set only inside the with block


def test_a_centres_own_wording_is_printed_as_written(demo_services: Services) -> None:
    job = _job(demo_services, CertificateKind.SKILL)
    own = Wording(skill_title="Tuzo ya Ustadi wa BPO",
                  skill_text="amemaliza {programme} kwa ustadi.")
    cert = dataclasses.replace(job.certificates[0], wording=own)
    texts = _texts(PrintJob(job.branding, (cert,)), "fr")
    assert "Tuzo ya Ustadi wa BPO" in texts
    assert any(t.startswith("amemaliza ") for t in texts)
    assert "Nous certifions que" in texts  # the fixed words still follow the language


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="use en, sw or fr"), certificate_language("de"):
        pass


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_issues_in_kiswahili_and_the_certificate_verifies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    centre = str(tmp_path / "centre")
    assert _run(capsys, "--data-dir", centre, "demo", "--people", "80", "--seed", "5")[0] == 0
    monkeypatch.setenv("ISSP_USER", "trainer")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    code, out, _ = _run(capsys, "--data-dir", centre, "cohorts", "list", "--json")
    done = next(c for c in json.loads(out) if int(c["completed"]) > 0)
    pdf = tmp_path / "cheti.pdf"
    code, out, err = _run(capsys, "--data-dir", centre, "certificates", "issue", "--cohort",
                          str(done["name"]), "--kind", "skill", "--language", "sw",
                          "-o", str(pdf), "--json")
    assert code == 0, err
    issued = json.loads(out)
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Cheti cha Ujuzi" in text and "Hii ni kuthibitisha kwamba" in text
    assert "This is to certify" not in text
    assert issued[0]["person"] in text and issued[0]["code"] in text
    code, out, _ = _run(capsys, "--data-dir", centre, "certificates", "verify",
                        issued[0]["code"])
    assert code == 0 and out.startswith("GENUINE") and issued[0]["person"] in out
    with pytest.raises(SystemExit):
        cli.main(["--data-dir", centre, "certificates", "issue", "--cohort",
                  str(done["name"]), "--language", "de", "-o", str(tmp_path / "x.pdf")])

"""Payslips in English (Kiswahili beneath), Kiswahili or French: the words, the amounts written
the French way, the lines the payroll named put into the language, ``issp payroll payslips
--lang``; the figures are the same in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from issp_desktop import cli
from issp_desktop.config.paths import AppPaths
from issp_desktop.db.models.payroll import PayPeriod, Payslip, PayslipLine
from issp_desktop.reports import payslip_words as pw
from issp_desktop.reports.payslip_words import NNBSP, payslip_language
from issp_desktop.services import Services


def test_amounts_in_each_language() -> None:
    assert pw.amount(123_456_789) == "1,234,567.89"
    assert pw.amount(123_456_789, "sw") == "1,234,567.89"
    assert pw.amount(123_456_789, "fr") == f"1{NNBSP}234{NNBSP}567,89"
    assert pw.amount(-5, "fr") == "-0,05"
    assert pw.amount(99_900, "fr") == "999,00"
    assert pw.hours(450, "fr") == "7,50 h" and pw.hours(450, "en") == "7.50 h"
    assert pw.count(12_000, "fr") == f"12{NNBSP}000"


def test_line_names_are_put_into_the_language() -> None:
    assert pw.line_name("Basic pay", "fr") == "Salaire de base"
    assert pw.line_name("Basic pay", "sw") == "Mshahara wa msingi"
    assert pw.line_name("Basic pay", "en") == "Basic pay"
    assert pw.line_name("Affordable Housing Levy (employer)", "fr") == \
        "Taxe sur le logement abordable (AHL) (part patronale)"
    assert pw.line_name("Piece rate: Medical dictation", "fr") == \
        "Travail à la pièce : Medical dictation"
    assert pw.line_name("Transport", "fr") == "Transport"  # the centre's own name
    assert pw.note("Adjustment: corrects payslip 2026-10 #4: missed shifts", "fr") == \
        "Régularisation : corrige le bulletin 2026-10 #4: missed shifts"


def test_every_word_in_every_language() -> None:
    for table in (pw._LABELS, pw._WORDS):
        for key, words in table.items():
            assert len(words) == 3 and all(w.strip() for w in words), key
    assert pw.current() == "en"
    with pytest.raises(ValueError, match="use en, sw or fr"), payslip_language("de"):
        pass


def _slip_with_adjustment(services: Services) -> tuple[int, int, str, int, int]:
    """(period id, person id, period name, net cents, gross cents) of a payslip with an
    adjustment line and at least three lines."""
    with services.db.read() as s:
        slip = s.execute(select(Payslip).join(PayslipLine, PayslipLine.payslip_id == Payslip.id)
                         .where(PayslipLine.code == "ADJ")).scalars().first()
        assert slip is not None, "the demo has one adjustment"
        period = s.get(PayPeriod, slip.period_id)
        assert period is not None
        n = s.execute(select(func.count()).where(PayslipLine.payslip_id == slip.id)).scalar()
        assert n and n >= 3
        return slip.period_id, slip.person_id, period.name, slip.net_cents, slip.gross_cents


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_a_french_payslip_reads_back(demo_services: Services, tmp_path: Path) -> None:
    period_id, person, _name, net, gross = _slip_with_adjustment(demo_services)
    with payslip_language("fr"):
        done = demo_services.payroll.write_payslips(period_id, tmp_path / "fr.pdf", [person])
    assert done.pages == 1
    text = _text(tmp_path / "fr.pdf")
    for words in ("Bulletin de paie", "Période de paie", "Rémunération", "Retenues",
                  "Salaire brut", "Total des retenues", "Net à payer", "Montant (KES)",
                  "Régularisation", "corrige le bulletin", "Impôt sur le revenu (PAYE)"):
        assert words in text, words
    assert f"{pw.amount(net, 'fr')} KES" in text  # "11 158,83 KES"
    assert pw.amount(gross, "fr") in text
    if gross >= 100_000:  # a thousands separator is a narrow no-break space, never a comma
        assert NNBSP in pw.amount(gross, "fr")
    for english in ("Payslip", "Net pay", "Gross pay", "Hati ya malipo", "Earnings"):
        assert english not in text, english
    meta = PdfReader(str(tmp_path / "fr.pdf")).metadata
    assert meta is not None and str(meta.title).startswith("Bulletins de paie")


def test_english_with_kiswahili_stays_the_default(demo_services: Services,
                                                  tmp_path: Path) -> None:
    period_id, person, _name, net, _gross = _slip_with_adjustment(demo_services)
    demo_services.payroll.write_payslips(period_id, tmp_path / "en.pdf", [person])
    text = _text(tmp_path / "en.pdf")
    for words in ("Payslip", "Hati ya malipo", "Net pay", "Mshahara halisi", "Adjustment"):
        assert words in text, words
    assert f"KES {pw.amount(net)}" in text
    with payslip_language("sw"):
        demo_services.payroll.write_payslips(period_id, tmp_path / "sw.pdf", [person])
    sw = _text(tmp_path / "sw.pdf")
    assert "Mshahara halisi" in sw and "Marekebisho" in sw and "Net pay" not in sw
    assert f"KES {pw.amount(net)}" in sw


def test_cli_lang_option(demo_services: Services, paths: AppPaths, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    _period_id, _person, name, _net, _gross = _slip_with_adjustment(demo_services)
    data = str(paths.data_dir)
    demo_services.db.dispose()
    monkeypatch.setenv("ISSP_USER", "clerk")
    monkeypatch.setenv("ISSP_PASSWORD", "demo")
    out = tmp_path / "slips-fr.pdf"
    code = cli.main(["--data-dir", data, "payroll", "payslips", "--period", name, "-o",
                     str(out), "--lang", "fr"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert f"payslip page(s) for {name}" in printed.out
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "Bulletin de paie" in first and "Net à payer" in first
    with pytest.raises(SystemExit) as refused:
        cli.main(["--data-dir", data, "payroll", "payslips", "--period", name, "-o",
                  str(out), "--lang", "de"])
    assert refused.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err

"""The Kiswahili and French catalogues: complete, faithful to their sources' placeholders,
compiled, and loaded by the app; the per-PC language preference."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from issp_desktop.config.paths import resources_dir
from issp_desktop.config.preferences import (
    Preferences,
    effective_language,
    load_preferences,
    save_preferences,
    system_language,
)

FOLDER = resources_dir() / "translations"
LANGUAGES = ("sw", "fr")
BIN = Path(sys.executable).parent

FIELD = re.compile(r"\{[^{}]*\}")
ARG = re.compile(r"%(?:n|\d+)")
TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")
MNEMONIC = re.compile(r"&(?!&)(?<!&&)(?=\S)")


def _messages(lang: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for every message."""
    root = ET.parse(FOLDER / f"issp_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            target = message.find("translation")
            assert target is not None
            forms = [f.text or "" for f in target.iter("numerusform")] or [target.text or ""]
            finished = target.get("type") not in ("unfinished", "obsolete", "vanished")
            found.append((name, message.findtext("source") or "", forms, finished))
    return found


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 1500
    unfinished = [f"{c}: {s!r}" for c, s, forms, done in messages
                  if not done or not all(f.strip() for f in forms)]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_tags_and_mnemonics_match_the_source(lang: str) -> None:
    problems = []
    for context, source, forms, _ in _messages(lang):
        for text in forms:
            if Counter(FIELD.findall(text)) != Counter(FIELD.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: {{}} fields differ")
            if set(ARG.findall(text)) != set(ARG.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: % arguments differ")
            if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: tags differ")
            if _mnemonics(text) != _mnemonics(source):
                problems.append(f"{context}: {source!r} -> {text!r}: & mnemonic differs")
    assert problems == [], "\n".join(problems)


def test_the_checks_catch_a_broken_translation() -> None:
    assert Counter(FIELD.findall("{0} sur {1}")) != Counter(FIELD.findall("{0} of {1} and {2}"))
    assert _mnemonics("&Save") == 1 and _mnemonics("Save") == 0
    assert _mnemonics("Clients && &projects") == 1 and _mnemonics("Wateja na miradi") == 0
    assert Counter(TAG.findall("<b>x</b>")) != Counter(TAG.findall("x"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ts_covers_every_string_in_the_ui(lang: str, tmp_path: Path) -> None:
    """lupdate over today's ``ui/`` finds nothing the committed catalogue lacks. When this
    fails: add the new strings to a ``resources/translations/catalog_*.py`` and run
    ``python resources/translations/update.py``."""
    ui = resources_dir().parent / "issp_desktop" / "ui"
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join([*map(str, sorted(ui.rglob("*.py"))),
                                  str(FOLDER / "extra_sources.py")]) + "\n")
    fresh = tmp_path / f"issp_{lang}.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), f"@{listing}", "-locations", "none",
                    "-target-language", lang, "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {(c, s) for c, s, _, _ in _messages_of(fresh)}
    have = {(c, s) for c, s, _, _ in _messages(lang)}
    assert sorted(wanted - have) == []


def _messages_of(path: Path) -> list[tuple[str, str, None, None]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", None, None)
            for c in root.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_qm_is_up_to_date(lang: str, tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts."""
    out = tmp_path / f"issp_{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(FOLDER / f"issp_{lang}.ts"),
                    "-qm", str(out)], check=True)
    assert out.read_bytes() == (FOLDER / f"issp_{lang}.qm").read_bytes(), (
        "run python resources/translations/update.py")


@pytest.mark.parametrize(("lang", "context", "source", "expected"), [
    ("sw", "MainWindow", "People", "Watu"),
    ("sw", "MainWindow", "Payroll", "Mishahara"),
    ("sw", "BadgeTab", "Workers", "Wafanyakazi"),
    ("sw", "CertificatesPage", "Certificates", "Vyeti"),
    ("fr", "MainWindow", "Payroll", "Paie"),
    ("fr", "BadgeTab", "Trainees", "Stagiaires"),
    # "Words": a column header asked for in a model's own context
    ("sw", "StipendModel", "Recorded by", "Imerekodiwa na"),
    ("fr", "UsersPage", "Payroll clerk", "Gestionnaire de paie"),
    # by source alone: a base class's tr() runs in the subclass's context
    ("sw", "SomeSubclassTab", "Choose a worker.", "Chagua mfanyakazi."),
])
def test_the_app_translator_loads_and_translates(qapp: object, lang: str, context: str,
                                                 source: str, expected: str) -> None:
    from issp_desktop.ui.translation import CatalogTranslator

    translator = CatalogTranslator(lang, FOLDER)
    assert translator.load_language()
    assert translator.translate(context, source) == expected


def test_plural_forms(qapp: object) -> None:
    from issp_desktop.ui.translation import CatalogTranslator

    sw, fr = CatalogTranslator("sw", FOLDER), CatalogTranslator("fr", FOLDER)
    assert sw.load_language() and fr.load_language()
    source = "%n certificate(s)"
    assert sw.translate("CertificateRegisterTab", source, None, 1) == "Cheti %n"
    assert sw.translate("CertificateRegisterTab", source, None, 5) == "Vyeti %n"
    assert fr.translate("CertificateRegisterTab", source, None, 5) == "%n certificats"


def test_install_language_switches_and_english_needs_none(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from issp_desktop.ui.translation import current_language, install_language

    try:
        assert install_language("fr")
        assert QCoreApplication.translate("MainWindow", "Settings") == "Paramètres"
        assert QLocale().language() == QLocale.Language.French
        assert install_language("sw")
        assert current_language() == "sw"
        assert QCoreApplication.translate("MainWindow", "Settings") == "Mipangilio"
    finally:
        assert not install_language("en")
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"
    assert current_language() == "en"


# --- the per-PC preference ---------------------------------------------------------------------

def test_preferences_round_trip_and_keep_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "data" / "settings.json"
    assert load_preferences(path) == Preferences()
    path.parent.mkdir()
    path.write_text(json.dumps({"something_else": 3}))
    save_preferences(path, Preferences().with_language("sw"))
    assert load_preferences(path).language == "sw"
    assert json.loads(path.read_text())["something_else"] == 3
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp left


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"language": "de"}',
                                     '{"language": 5}'])
def test_a_damaged_or_strange_settings_file_gives_the_defaults(tmp_path: Path,
                                                               content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    assert load_preferences(path) == Preferences()


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        Preferences().with_language("de")


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "sw_KE.UTF-8"}, "sw"), ({"LC_ALL": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "en_KE.UTF-8"}, "en"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "", "LANG": "C", "LANGUAGE": "fr:en"}, "fr"),
])
def test_the_system_language_is_used_only_when_it_is_sw_or_fr(env: dict[str, str],
                                                              expected: str) -> None:
    assert system_language(env) == expected
    assert effective_language(Preferences(), env) == expected
    assert effective_language(Preferences(language="en"), env) == "en"


# --- dates, numbers and money for the language --------------------------------------------------

@pytest.mark.parametrize(("lang", "day", "long_day", "money", "number"), [
    ("en", "16 Nov 2026", "Monday 16 November 2026", "KES\u00a012,345.50", "1,234,567"),
    ("sw", "16 Nov 2026", "Jumatatu 16 Novemba 2026", "KES\u00a012,345.50", "1,234,567"),
    ("fr", "16 nov. 2026", "lundi 16 novembre 2026", "12\u202f345,50\u00a0KES",
     "1\u202f234\u202f567"),
])
def test_formatting_follows_the_language(qapp: object, lang: str, day: str, long_day: str,
                                         money: str, number: str) -> None:
    from datetime import date

    from issp_desktop.ui import formatting as f
    from issp_desktop.ui.translation import install_language

    try:
        install_language(lang)
        assert f.format_date(date(2026, 11, 16)) == day
        assert f.format_long_date(date(2026, 11, 16)) == long_day
        assert f.format_money(1_234_550) == money
        assert f.format_number(1_234_567) == number
        assert f.format_money(-5) == ("-0,05\u00a0KES" if lang == "fr" else "KES\u00a0-0.05")
        assert f.format_money(None) == "" and f.format_date(None) == ""
    finally:
        install_language("en")

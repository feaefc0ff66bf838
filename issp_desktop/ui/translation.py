"""The language of the GUI: install the app's ``.qm`` (and Qt's own, when PySide6 has one)
before any window is built. Light on purpose: start-up loads only the compiled catalogue.

A message is looked up in its own context first (what ``self.tr`` asks), then in the shared
"Words" context (labels the UI translates by value: column headers, roles, statuses), then by
its source text alone — a method of a base class calls ``tr`` with the subclass's name as the
context, which lupdate cannot know. The by-source index is read from the ``.ts`` beside the
``.qm`` the first time it is needed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from issp_desktop.config.paths import resources_dir

WORDS = "Words"


def translations_dir() -> Path:
    return resources_dir() / "translations"


class CatalogTranslator(QTranslator):
    """A ``QTranslator`` on ``issp_<lang>.qm`` with the fall-backs described above."""

    def __init__(self, language: str, folder: Path | None = None) -> None:
        super().__init__()
        self.language = language
        self.folder = folder or translations_dir()
        self._by_source: dict[str, str] | None = None

    def load_language(self) -> bool:
        return self.load(str(self.folder / f"issp_{self.language}.qm"))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        found = super().translate(context, source, disambiguation, n)
        if found or context == WORDS:
            return found
        found = super().translate(WORDS, source, disambiguation, n)
        if found or n >= 0:
            return found
        return self._source_index().get(source, "")

    def _source_index(self) -> dict[str, str]:
        if self._by_source is None:
            index: dict[str, str] = {}
            try:
                root = ET.parse(self.folder / f"issp_{self.language}.ts").getroot()
            except (OSError, ET.ParseError):
                root = None
            for message in root.iter("message") if root is not None else ():
                text = message.findtext("translation")
                source = message.findtext("source")
                if source and text and message.get("numerus") != "yes":
                    index.setdefault(source, text)
            self._by_source = index
        return self._by_source


_installed: list[QTranslator] = []


def install_language(language: str, app: QCoreApplication | None = None) -> bool:
    """Use ``language`` ("en", "sw", "fr") for everything built from now on. True when a
    catalogue was installed (English needs none). Replaces what an earlier call installed."""
    app = app or QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(_locale_name(language)))
    if language == "en":
        return False
    ours = CatalogTranslator(language)
    if not ours.load_language():
        return False
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    return True


def _locale_name(language: str) -> str:
    """Kenyan English, Kiswahili and French by default (dates, numbers)."""
    return {"sw": "sw_KE", "fr": "fr_FR"}.get(language, "en_KE")


def current_language() -> str:
    for translator in _installed:
        if isinstance(translator, CatalogTranslator):
            return translator.language
    return "en"

"""The language of this PC's ISSP Desktop: chosen in Settings, stored in ``settings.json`` in
the data folder (per PC, not in the centre's database), used from the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QWidget

from issp_desktop.config.preferences import (
    LANGUAGES,
    SYSTEM,
    effective_language,
    load_preferences,
    save_preferences,
)
from issp_desktop.ui.translation import current_language


class LanguageSettings(QGroupBox):
    """A combo box of languages; choosing one saves it at once and asks for a restart."""

    language_saved = Signal(str)

    def __init__(self, settings_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.setObjectName("languageSettings")
        self._settings_file = settings_file
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        self.combo.setAccessibleName(self.tr("Language of ISSP Desktop on this PC"))
        self.combo.addItem(self.tr("Same as this PC's system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)  # each language named in itself
        self.notice = QLabel()
        self.notice.setObjectName("languageNotice")
        self.notice.setWordWrap(True)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addWidget(self.notice, 1)
        self._loaded = False
        self.combo.currentIndexChanged.connect(self._on_combo_changed)

    def settings_file(self) -> Path | None:
        """Given, or the main window's data folder (``AppPaths.settings_file``)."""
        if self._settings_file is not None:
            return self._settings_file
        paths = getattr(self.window(), "paths", None)
        found = getattr(paths, "settings_file", None)
        return found if isinstance(found, Path) else None

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        path = self.settings_file()
        chosen = load_preferences(path).language if path is not None else SYSTEM
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)
        self._loaded = True
        self.notice.setText("")

    def _on_combo_changed(self, _index: int) -> None:
        path = self.settings_file()
        if path is None:
            return
        code = str(self.combo.currentData())
        try:
            save_preferences(path, load_preferences(path).with_language(code))
        except OSError as exc:
            self.notice.setText(self.tr("The language could not be saved: {0}").format(exc))
            return
        if effective_language(load_preferences(path)) == current_language():
            self.notice.setText(self.tr("Saved."))
        else:
            self.notice.setText(self.tr(
                "Saved. Close and start ISSP Desktop again to see it in the new language."))
        self.language_saved.emit(code)

"""Display on this PC: a high-contrast theme and the text size (100–200 %), applied at once
and at every start (palette, a stylesheet with a visible focus outline, the application font).

The choice is kept per PC in ``<data dir>/display.json`` (``config/display.py``); the launcher
calls ``apply_saved_display`` before the first window is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from issp_desktop.config.display import (
    MAX_TEXT_SIZE,
    MIN_TEXT_SIZE,
    DisplaySettings,
    load_display,
    save_display,
)

DATA_DIR_PROPERTY = "isspDataDir"
_BASE_FONT_PROPERTY = "isspBaseFontPointSize"
_BASE_STYLE_PROPERTY = "isspBaseStyle"

# A focus outline every theme keeps: the focused input or button gets a thick frame.
FOCUS_COLOUR = "#1565c0"
HIGH_CONTRAST_FOCUS_COLOUR = "#ffff00"
_FOCUS_SHEET = """
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus,
QPlainTextEdit:focus, QAbstractItemView:focus {{ border: 2px solid {c}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c}; padding: 3px 8px; }}
QCheckBox:focus, QRadioButton:focus {{ outline: none; border: 2px solid {c}; }}
QTabBar::tab:focus {{ border: 2px solid {c}; }}
"""
_HIGH_CONTRAST_SHEET = """
QPushButton, QToolButton {{ background: #000000; color: #ffffff; border: 1px solid #ffffff;
  padding: 4px 9px; }}
QPushButton:disabled, QToolButton:disabled {{ color: #a0a0a0; border-color: #a0a0a0; }}
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView {{
  border: 1px solid #ffffff; }}
QToolTip {{ background: #000000; color: #ffffff; border: 1px solid #ffff00; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 0.9em; height: 0.9em;
  border: 2px solid #ffffff; background: #000000; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: #ffff00; }}
"""


def focus_stylesheet(high_contrast: bool) -> str:
    sheet = ""
    if high_contrast:
        sheet = _HIGH_CONTRAST_SHEET.format()
    colour = HIGH_CONTRAST_FOCUS_COLOUR if high_contrast else FOCUS_COLOUR
    return sheet + _FOCUS_SHEET.format(c=colour)


def high_contrast_palette() -> QPalette:
    """White and yellow on black (the Windows "High Contrast Black" colours)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    for r in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase):
        palette.setColor(r, black)
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText,
              role.PlaceholderText):
        palette.setColor(r, white)
    palette.setColor(role.AlternateBase, QColor("#1a1a1a"))
    palette.setColor(role.Highlight, QColor("#00ffff"))  # selection: black on cyan
    palette.setColor(role.HighlightedText, black)
    palette.setColor(role.Link, yellow)
    palette.setColor(role.LinkVisited, QColor("#ff80ff"))
    palette.setColor(role.Light, white)
    palette.setColor(role.Midlight, QColor("#808080"))
    palette.setColor(role.Mid, QColor("#808080"))
    palette.setColor(role.Dark, white)
    palette.setColor(role.Shadow, white)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#a0a0a0"))
    return palette


def apply_display(app: QApplication, settings: DisplaySettings) -> None:
    """Theme, focus outline and text size for the whole program, now."""
    base = app.property(_BASE_FONT_PROPERTY)
    if base is None:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 9.0
        app.setProperty(_BASE_FONT_PROPERTY, base)
        app.setProperty(_BASE_STYLE_PROPERTY, app.style().name())
    font = app.font()
    font.setPointSizeF(float(base) * settings.text_size / 100)
    app.setFont(font)
    if settings.high_contrast:
        if app.style().name().lower() != "fusion":  # a new style object only when needed
            app.setStyle("Fusion")  # the native Windows style ignores most palette colours
        app.setPalette(high_contrast_palette())
    else:
        original = str(app.property(_BASE_STYLE_PROPERTY) or "")
        if original and app.style().name().lower() != original.lower():
            app.setStyle(original)
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(focus_stylesheet(settings.high_contrast))
    app.setProperty("isspHighContrast", settings.high_contrast)


def apply_saved_display(app: QApplication, data_dir: Path) -> DisplaySettings:
    """At start: read this PC's choice and apply it (the defaults when there is none)."""
    app.setProperty(DATA_DIR_PROPERTY, str(data_dir))
    settings = load_display(data_dir)
    apply_display(app, settings)
    return settings


def current_data_dir() -> Path:
    app = QApplication.instance()
    value = app.property(DATA_DIR_PROPERTY) if app is not None else None
    if value:
        return Path(str(value))
    from issp_desktop.config.paths import resolve_paths

    return resolve_paths().data_dir


class DisplaySettingsBox(QGroupBox):
    """The Settings page's "Display on this PC" group; anyone may change it."""

    changed = Signal(object)  # DisplaySettings

    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Display on this PC"))
        self.setObjectName("displaySettings")
        self.data_dir = data_dir or current_data_dir()
        current = load_display(self.data_dir)
        self.contrast_check = QCheckBox(self.tr("&High-contrast theme (light text on black)"))
        self.contrast_check.setObjectName("highContrastCheck")
        self.contrast_check.setChecked(current.high_contrast)
        self.size_spin = QSpinBox()
        self.size_spin.setObjectName("textSizeSpin")
        self.size_spin.setRange(MIN_TEXT_SIZE, MAX_TEXT_SIZE)
        self.size_spin.setSingleStep(25)
        self.size_spin.setSuffix(" %")
        self.size_spin.setValue(current.text_size)
        self.size_spin.setAccessibleName(self.tr("Text size in percent"))
        self.note = QLabel(self.tr("Kept for this computer only; applied at once."))
        self.note.setObjectName("displayNote")
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.contrast_check)
        size_label = QLabel(self.tr("&Text size:"))
        size_label.setBuddy(self.size_spin)
        form.addRow(size_label, self.size_spin)
        form.addRow(self.note)
        self.contrast_check.toggled.connect(self._on_contrast_check_toggled)
        self.size_spin.editingFinished.connect(self._on_size_spin_editing_finished)

    def settings(self) -> DisplaySettings:
        return DisplaySettings(self.contrast_check.isChecked(), self.size_spin.value())

    def apply(self) -> DisplaySettings:
        """Save this PC's choice and apply it to the whole program."""
        chosen = self.settings()
        try:
            save_display(self.data_dir, chosen)
        except OSError as exc:
            self.note.setText(self.tr("Applied, but not kept for the next start: {0}").format(
                exc.strerror or exc))
        else:
            self.note.setText(self.tr("Kept for this computer only; applied at once."))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_display(app, chosen)
        self.changed.emit(chosen)
        return chosen

    def _on_contrast_check_toggled(self, _checked: bool) -> None:
        self.apply()

    def _on_size_spin_editing_finished(self) -> None:
        if self.settings() != load_display(self.data_dir):
            self.apply()

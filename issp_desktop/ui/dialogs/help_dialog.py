"""A help page: one markdown file of ``resources/help`` shown in a scrollable, searchable-by-eye
text view (the Help menu opens it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from issp_desktop.config.paths import resources_dir


def help_path(name: str) -> Path:
    """``resources/help/<name>.md``."""
    return resources_dir() / "help" / f"{name}.md"


class HelpDialog(QDialog):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(True)
        path = help_path(name)
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The help page {0} is missing from this "
                                              "installation.").format(path.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

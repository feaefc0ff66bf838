"""The help dialog shows the impact figures' help file."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from issp_desktop.ui.dialogs.help_dialog import HelpDialog


def test_help_dialog_renders_the_markdown(qtbot: QtBot) -> None:
    dialog = HelpDialog("impact-figures", "Impact figures")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Impact figures: what each one means" in text
    assert "Voluntary turnover (IRIS+ OI1638)" in text
    assert "#" not in text.splitlines()[0]  # rendered, not shown as source
    missing = HelpDialog("no-such-page", "Nothing")
    qtbot.addWidget(missing)
    assert "missing" in missing.browser.toPlainText()

"""The payroll page prints payslips in the language chosen beside the button (by default the
PC's language): French payslips read back from the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from issp_desktop.domain.access import Actor, Role
from issp_desktop.reports.payslip_words import NNBSP
from issp_desktop.services import Services
from issp_desktop.ui.pages.payroll_page import PayrollPage
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.translation import install_language


@pytest.fixture
def english() -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


def _page(qtbot: QtBot, services: Services) -> PayrollPage:
    services.ctx.actor = Actor(4, "clerk", Role.PAYROLL_CLERK, "Clerk")
    page = PayrollPage(services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    page.show()
    page.load()
    return page


def test_french_payslips_from_the_page(qtbot: QtBot, demo_services: Services, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    page = _page(qtbot, demo_services)
    tab = page.periods_tab
    box = tab.findChild(QComboBox, "payslipLanguageBox")
    assert box is not None and box.currentData() == "en"  # the PC speaks English
    assert box.isVisible() and box.accessibleName()
    closed = next(r for r, p in enumerate(tab.periods_model.rows) if p.state == "closed")
    tab.periods.selectRow(closed)
    box.setCurrentIndex(box.findData("fr"))
    monkeypatch.setattr(tab, "ask_save_path", lambda *a: str(tmp_path / "fr.pdf"))
    qtbot.mouseClick(tab.payslips_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(str(tmp_path / "fr.pdf"))
    assert len(reader.pages) == tab.selected().payslips
    text = reader.pages[0].extract_text()
    assert "Bulletin de paie" in text and "Net à payer" in text and "Salaire brut" in text
    assert "Net pay" not in text
    assert "KES" in text and NNBSP in text  # "12 433,23"
    assert "Saved" in tab.message.text() or "fr.pdf" in tab.message.text()


def test_the_choice_follows_the_pcs_language(qtbot: QtBot, demo_services: Services,
                                             english: None) -> None:
    assert install_language("sw")
    page = _page(qtbot, demo_services)
    box = page.periods_tab.findChild(QComboBox, "payslipLanguageBox")
    assert box is not None and box.currentData() == "sw"

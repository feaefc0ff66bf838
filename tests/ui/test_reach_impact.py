"""The impact breakdown (title, columns, groups and note come from the service in English) is
shown in the GUI's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from issp_desktop.services import Services
from issp_desktop.services.impact import ImpactService
from issp_desktop.ui.pages.impact_page import ImpactPage
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.translation import install_language


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


def _page(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> ImpactPage:
    monkeypatch.setattr(ImpactService, "today", staticmethod(lambda: date(2026, 11, 16)))
    page = ImpactPage(services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    assert page.report is not None
    return page


def _header(page: ImpactPage, column: int) -> str:
    return str(page.breakdown_model.headerData(column, Qt.Orientation.Horizontal))


def _groups(page: ImpactPage) -> set[str]:
    model = page.breakdown_model
    return {str(model.index(r, 0).data()) for r in range(model.rowCount())}


def test_the_breakdown_in_kiswahili(qtbot: QtBot, demo_services: Services, english: None,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert install_language("sw")
    page = _page(qtbot, demo_services, monkeypatch)
    assert page.breakdown_title.text() == "<b>Kwa jinsia</b>"
    assert _header(page, 0) == "Kundi" and _header(page, 1) == "Waliofikiwa"
    assert _groups(page) <= {"mwanamke", "mwanamume", "haijulikani"} and _groups(page)
    assert page.breakdown_title.toolTip().startswith("Waliofikiwa: waliomba")
    assert "Reached:" not in page.breakdown_title.toolTip()
    page.by.setCurrentIndex(page.by.findData("disability"))
    assert page.breakdown_title.text() == "<b>Kwa ulemavu</b>"
    assert _groups(page) <= {"wenye ulemavu", "wasio na ulemavu"}
    install_language("fr")
    page.by.setCurrentIndex(page.by.findData("age"))
    assert page.breakdown_title.text() == "<b>Par tranche d'âge (âge à la fin de la période)</b>"
    assert "Les tranches d'âge utilisent" in page.breakdown_title.toolTip()


def test_english_is_as_the_service_says(qtbot: QtBot, demo_services: Services, english: None,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_services, monkeypatch)
    assert page.report is not None
    table = page.report.table("breakdown_gender")
    assert page.breakdown_title.text() == f"<b>{table.title}</b>"
    assert page.breakdown_title.toolTip() == table.note
    assert tuple(_header(page, c) for c in range(len(table.columns))) == table.columns

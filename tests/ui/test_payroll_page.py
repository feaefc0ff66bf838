"""The payroll clerk's whole month in the GUI: terms typed in the dialog, a new period, run,
an advance, re-run, review, close (confirmed), payslips, register, M-Pesa file, payment
references imported, and next month an adjustment pointing at the closed payslip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from issp_desktop.db.models import Centre
from issp_desktop.domain.access import ROLE_PERMISSIONS, Actor, Permission, Role
from issp_desktop.services import Services
from issp_desktop.services.payroll_types import TermsInput
from issp_desktop.services.people_io import PersonInput
from issp_desktop.ui.dialogs.pay_terms_dialog import PayTermsDialog
from issp_desktop.ui.dialogs.payroll_item_dialog import PayrollItemDialog
from issp_desktop.ui.main_window import PAGE_PERMISSION
from issp_desktop.ui.pages.payroll_page import PayrollPage
from issp_desktop.ui.tasks import TaskRunner


@pytest.fixture
def centre(services: Services) -> Services:
    with services.db.write() as s:
        s.add(Centre(name="Kibera Centre"))
    for first, last, phone in (("Amina", "Otieno", "0712000111"),
                               ("Brian", "Kamau", "0722000222")):
        services.people.create(PersonInput(first, last, phone=phone), stage="worker",
                               on=date(2024, 12, 1))
    services.ctx.actor = Actor(7, "clerk", Role.PAYROLL_CLERK, "Hassan Abdi")
    return services


def _page(qtbot: QtBot, services: Services) -> PayrollPage:
    page = PayrollPage(services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    page.show()
    page.load()
    return page


def test_the_clerks_whole_month(qtbot: QtBot, centre: Services, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, centre)
    payees = {p.name: p.person_id for p in centre.payroll.payees()}
    # terms through the dialog, as typed
    page.tabs.setCurrentWidget(page.terms_tab)
    dialog = PayTermsDialog(centre.payroll, centre.payroll.payees(), payees["Amina Otieno"],
                            parent=page)
    qtbot.addWidget(dialog)
    dialog.effective.setDate(date(2024, 12, 1))
    qtbot.keyClicks(dialog.amount, "-5")
    dialog.save()
    assert "negative" in dialog.error.text()  # refused, kept open, nothing saved
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "25,000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    centre.payroll.add_terms(TermsInput(payees["Brian Kamau"], date(2024, 12, 1), "monthly",
                                        3_000_000))
    page.terms_tab.load()
    assert page.terms_tab.current_model.rowCount() == 2
    # the month
    page.tabs.setCurrentWidget(page.periods_tab)
    tab = page.periods_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    period = tab.selected()
    assert period is not None and period.state == "draft"
    assert not tab.review_button.isEnabled()
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    assert tab.slips_model.rowCount() == 2
    assert tab.slips_model.codes[:4] == ("NSSF", "SHIF", "AHL", "PAYE")
    assert "reconciles" in tab.summary.text()
    assert "Basic pay" in tab.detail.toPlainText() and "monthly salary" in \
        tab.detail.toPlainText()
    assert tab.run_button.text().replace("&", "") == "Re-run"
    # an advance, then the period must be run again before review
    tab.add_item(False)
    item: PayrollItemDialog = tab.item_dialog
    item.person.setCurrentIndex(item.person.findData(payees["Brian Kamau"]))
    item.kind.setCurrentIndex(item.kind.findData("advance"))
    qtbot.keyClicks(item.amount, "2,000")
    item.save()
    assert tab.items_model.rowCount() == 1
    assert not tab.review_button.isEnabled()
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    assert tab.selected().state == "reviewed"
    asked: list[str] = []
    monkeypatch.setattr(tab, "confirm", lambda title, text: asked.append(text) or True)
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "can never change" in asked[0]
    assert tab.selected().state == "closed"
    assert not tab.run_button.isEnabled() and not tab.item_button.isEnabled()
    # documents and payments
    paths = iter([tmp_path / "slips.pdf", tmp_path / "register.xlsx", tmp_path / "mpesa.csv"])
    monkeypatch.setattr(tab, "ask_save_path", lambda *a: str(next(paths)))
    qtbot.mouseClick(tab.payslips_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(str(tmp_path / "slips.pdf")).pages) == 2
    qtbot.mouseClick(tab.register_xlsx_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "register.xlsx").exists()
    monkeypatch.setattr(tab, "choose_format", lambda: "mpesa")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "control totals 2 payment(s)" in asked[-1]
    lines = (tmp_path / "mpesa.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Phone Number,Amount,Name,Reference" and len(lines) == 3
    refs = tmp_path / "refs.csv"
    refs.write_text("Reference,Receipt No\n" + "\n".join(
        f"{line.split(',')[3]},QX{i}" for i, line in enumerate(lines[1:])) + "\n",
        encoding="utf-8")
    monkeypatch.setattr(tab, "ask_open_path", lambda *a: str(refs))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "Marked 2 payslip(s) paid" in tab.message.text()
    assert tab.selected().paid == 2
    closed_id = tab.selected().id
    # next month: an adjustment that corrects a closed payslip
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.selected().id != closed_id
    tab.add_item(True)
    adj: PayrollItemDialog = tab.item_dialog
    adj.person.setCurrentIndex(adj.person.findData(payees["Amina Otieno"]))
    assert adj.payslip.count() == 1
    qtbot.keyClicks(adj.amount, "-1,000")
    qtbot.keyClicks(adj.label, "Overpaid transport")
    adj.save()
    assert tab.adjustments_model.rowCount() == 1
    assert tab.adjustments_model.data(tab.adjustments_model.index(0, 2)) == "-1,000.00"


def test_bad_phone_is_listed_before_the_export(qtbot: QtBot, centre: Services,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for p in centre.payroll.payees():
        centre.payroll.add_terms(TermsInput(p.person_id, date(2024, 12, 1), "monthly",
                                            2_000_000))
    period = centre.payroll.create_period(date(2026, 10, 1), date(2026, 10, 31)).id
    centre.payroll.run(period)
    centre.payroll.mark_reviewed(period)
    centre.payroll.close(period)
    with centre.db.write() as s:  # a damaged snapshot: the export must list it
        from sqlalchemy import text

        s.execute(text("DROP TRIGGER payslip_closed_no_update"))
        s.execute(text("UPDATE payslip SET phone = '12' WHERE name = 'Brian Kamau'"))
    page = _page(qtbot, centre)
    tab = page.periods_tab
    shown: list[str] = []
    monkeypatch.setattr(tab, "choose_format", lambda: "mpesa")
    monkeypatch.setattr(tab, "inform", lambda title, text: shown.append(text))
    monkeypatch.setattr(tab, "ask_save_path", lambda *a: pytest.fail("no file may be asked"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "Brian Kamau: '12'" in shown[0]
    assert "phone number(s) to fix" in tab.message.text()


def test_roles_that_never_see_pay() -> None:
    assert PAGE_PERMISSION["payroll"] is Permission.PAY_VIEW
    for role in (Role.SUPERVISOR, Role.TRAINER, Role.VIEWER):
        assert Permission.PAY_VIEW not in ROLE_PERMISSIONS[role]


def test_settings_tab_adds_a_minimum_wage_and_a_pack_version(qtbot: QtBot,
                                                             centre: Services) -> None:
    centre.ctx.actor = Actor(1, "manager", Role.MANAGER)
    page = _page(qtbot, centre)
    page.tabs.setCurrentWidget(page.settings_tab)
    tab = page.settings_tab
    assert tab.hours.value() == 225 and tab.versions_model.rowCount() >= 5
    qtbot.mouseClick(tab.load_wages_button, Qt.MouseButton.LeftButton)
    assert tab.wages_model.rowCount() >= 6
    qtbot.keyClicks(tab.wage_category, "Data entry operator")
    qtbot.keyClicks(tab.wage_location, "Nairobi")
    qtbot.keyClicks(tab.wage_monthly, "-3")
    qtbot.mouseClick(tab.add_wage_button, Qt.MouseButton.LeftButton)
    assert "negative" in tab.message.text()
    tab.wage_monthly.clear()
    qtbot.keyClicks(tab.wage_monthly, "21,000")
    qtbot.mouseClick(tab.add_wage_button, Qt.MouseButton.LeftButton)
    assert any(w.category == "Data entry operator" for w in centre.payroll.minimum_wages())
    tab.versions.selectRow(0)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    body = tab.version_text.toPlainText().replace('"2026-02-01"', '"2026-12-01"')
    tab.version_text.setPlainText(body)
    qtbot.mouseClick(tab.add_version_button, Qt.MouseButton.LeftButton)
    assert tab.versions_model.rows[0].effective_from == date(2026, 12, 1)
    assert tab.versions_model.rows[0].origin == "centre"

"""The People page and the person form, driven like a user would: type, click, save; then check
what the screen shows and what the database holds."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from issp_desktop.services import Services
from issp_desktop.services.people import PeopleService, PersonInput
from issp_desktop.ui.dialogs.person_dialog import PersonDialog
from issp_desktop.ui.models.people_model import PeopleModel
from issp_desktop.ui.pages.people_page import PeoplePage
from issp_desktop.ui.tasks import TaskRunner


def _page(qtbot: QtBot, services: Services, user: str) -> PeoplePage:
    services.users.login(user, "demo")
    page = PeoplePage(services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load()
    return page


@pytest.fixture
def page(qtbot: QtBot, demo_services: Services) -> PeoplePage:
    return _page(qtbot, demo_services, "supervisor")


def _names(page: PeoplePage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def _sql(services: Services, sql: str, **params: Any) -> Any:
    with services.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_the_model_passes_qtmodeltester(qtmodeltester: Any, demo_services: Services) -> None:
    demo_services.users.login("supervisor", "demo")
    model = PeopleModel(PeopleService(demo_services.ctx))
    model.reload()
    assert model.rowCount() == 100 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == model.total == 120 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_typing_a_search_shows_matching_rows(qtbot: QtBot, page: PeoplePage,
                                             type_text: Any) -> None:
    assert page.count_label.text() == "120 people"
    type_text(qtbot, page.search_edit, "wanjirũ")
    qtbot.waitUntil(lambda: page.model.query.text == "wanjirũ", timeout=2000)
    names = _names(page)
    assert names and all("wanjirũ" in n.lower() for n in names)
    assert page.count_label.text() in ("1 person", f"{len(names)} people")
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "zzzq")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0 and page.count_label.text() == "Nobody matches."


def test_search_by_id_filters_and_sorting(qtbot: QtBot, page: PeoplePage,
                                          demo_services: Services) -> None:
    someone = page.model.row_at(7)
    assert someone is not None and someone.national_id
    qtbot.keyClicks(page.search_edit, someone.national_id)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [someone.id]
    page.search_edit.clear()
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("worker"))
    workers = _sql(demo_services, "SELECT COUNT(*) FROM person WHERE stage = 'worker'")
    assert page.model.total == workers
    assert {page.model.index(r, 3).data() for r in range(page.model.rowCount())} == {"Worker"}
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "age" and page.model.query.descending
    ages = [int(page.model.index(r, 6).data()) for r in range(page.model.rowCount())]
    assert ages == sorted(ages, reverse=True)


def test_scrolling_fetches_more(qtbot: QtBot, page: PeoplePage) -> None:
    assert page.model.rowCount() == 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 120, timeout=2000)


def _open(qtbot: QtBot, page: PeoplePage, row: int) -> PersonDialog:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.person_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def test_open_edit_and_save_a_person(qtbot: QtBot, page: PeoplePage,
                                     demo_services: Services) -> None:
    row = page.model.row_at(3)
    assert row is not None
    dialog = _open(qtbot, page, 3)
    assert dialog.record is not None and dialog.record.id == row.id
    assert dialog.form.line("national_id").text() == row.national_id
    county = dialog.form.line("county")
    county.selectAll()
    qtbot.keyClicks(county, "Kisumu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Saved."
    assert _sql(demo_services, "SELECT county FROM person WHERE id = :i", i=row.id) == "Kisumu"
    assert _sql(demo_services, "SELECT username FROM audit_entry WHERE use_case = "
                "'people.update' ORDER BY id DESC LIMIT 1") == "supervisor"


def test_the_form_lists_every_problem_and_saves_nothing(qtbot: QtBot, page: PeoplePage,
                                                        demo_services: Services) -> None:
    dialog = _open(qtbot, page, 0)
    assert dialog.record is not None
    before = dialog.record.version
    dialog.form.line("first_name").clear()
    dialog.form.line("phone").setText("0712 34")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "first name: must not be empty" in dialog.message.text()
    assert "phone: '0712 34' is not a Kenyan mobile number" in dialog.message.text()
    assert "#b00020" in dialog.form.line("phone").styleSheet()
    dialog.form.line("date_of_birth").setText("31/02/2001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "date of birth: '31/02/2001' is not a real date" in dialog.message.text()
    assert _sql(demo_services, "SELECT version FROM person WHERE id = :i",
                i=dialog.record.id) == before


def test_a_record_changed_meanwhile_offers_a_reload(qtbot: QtBot, page: PeoplePage,
                                                    demo_services: Services) -> None:
    dialog = _open(qtbot, page, 5)
    assert dialog.record is not None
    other = PeopleService(demo_services.ctx)
    current = other.get(dialog.record.id)
    other.update(current.id, PersonInput(current.first_name, current.last_name,
                                         national_id=current.national_id or "",
                                         county="Mombasa", gender=current.gender),
                 current.version)
    dialog.form.line("county").setText("Nakuru")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.conflict.isVisible()
    assert dialog.conflict.text().startswith("Changed by supervisor at 20")
    assert "reload" in dialog.conflict.text()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert not dialog.conflict.isVisible() and dialog.form.line("county").text() == "Mombasa"


def test_new_person_with_a_near_duplicate(qtbot: QtBot, page: PeoplePage,
                                          demo_services: Services, type_text: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first = PeopleService(demo_services.ctx).get(page.model.row_at(0).id)
    asked: list[str] = []
    monkeypatch.setattr(PersonDialog, "ask_override",
                        lambda self, exc: asked.append(exc.matches[0].name) or True)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    assert dialog is not None and dialog.record is None
    assert not dialog.tabs.isTabEnabled(1)
    type_text(qtbot, dialog.form.line("first_name"), first.first_name)
    type_text(qtbot, dialog.form.line("last_name"), first.last_name.upper())
    assert first.date_of_birth is not None
    qtbot.keyClicks(dialog.form.line("date_of_birth"), first.date_of_birth.strftime("%d/%m/%Y"))
    qtbot.keyClicks(dialog.form.line("consent_on"), "2026-11-02")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [f"{first.first_name} {first.last_name}"]
    assert dialog.record is not None and dialog.record.consent_by == "Peter Otieno"
    assert dialog.tabs.isTabEnabled(1) and page.model.total == 121


def test_hiring_from_the_form_freezes_the_profile(qtbot: QtBot, page: PeoplePage,
                                                  demo_services: Services) -> None:
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("trainee"))
    dialog = _open(qtbot, page, 0)
    assert dialog.record is not None and dialog.record.stage == "trainee"
    assert not dialog.record.eligibility[0].frozen
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    stage = dialog.stage_dialog
    assert stage is not None
    stage.stage_combo.setCurrentIndex(stage.stage_combo.findData("worker"))
    assert "freezes" in stage.error_label.text()
    qtbot.mouseClick(stage.buttons.button(stage.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert "reason" in stage.error_label.text()  # a move needs a reason
    qtbot.keyClicks(stage.reason_edit, "Completed training; hired")
    qtbot.keyClick(stage.reason_edit, Qt.Key.Key_Return)
    assert not stage.isVisible() and dialog.record.stage == "worker"
    assert dialog.history.item(dialog.history.rowCount() - 1, 2).text() == "worker"
    assert "frozen at hire" in dialog.impact.eligibility_table.item(0, 5).text()
    assert _sql(demo_services, "SELECT frozen FROM eligibility_record WHERE person_id = :i",
                i=dialog.record.id) == 1
    assert page.model.total < 120  # the page reloaded: one trainee fewer


def test_a_survey_added_in_the_form(qtbot: QtBot, page: PeoplePage,
                                    demo_services: Services) -> None:
    dialog = _open(qtbot, page, 2)
    assert dialog.record is not None
    before = len(dialog.record.surveys)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.impact.add_survey_button, Qt.MouseButton.LeftButton)
    survey = dialog.impact.survey_dialog
    assert survey is not None
    survey.kind_combo.setCurrentIndex(survey.kind_combo.findData("followup_6m"))
    survey.taken_edit.setText("2026-11-10")
    qtbot.keyClicks(survey.income_edit, "-5")
    survey.accept()
    assert "negative" in survey.error_label.text()
    survey.income_edit.setText("KES 18,500")
    survey.household_edit.setText("4")
    survey.accept()
    assert not survey.isVisible()
    assert len(dialog.record.surveys) == before + 1
    assert _sql(demo_services, "SELECT monthly_income_cents FROM survey WHERE person_id = :i "
                "AND taken_on = '2026-11-10'", i=dialog.record.id) == 1_850_000


def test_a_viewer_sees_no_identity_or_health(qtbot: QtBot, demo_services: Services) -> None:
    page = _page(qtbot, demo_services, "viewer")
    assert page.table.isColumnHidden(1) and page.table.isColumnHidden(2)
    assert not page.disability_combo.isVisible()
    assert page.criterion_combo.findData("disability") == -1
    for button in (page.new_button, page.import_button, page.export_button):
        assert not button.isVisible()
    dialog = page.open_person(page.model.row_at(0).id)
    assert dialog is not None
    assert not dialog.form.line("national_id").isVisible()
    assert not dialog.form.line("date_of_birth").isVisible()
    assert not dialog.save_button.isVisible() and not dialog.form.isEnabled()


def test_import_wizard_lists_problems_then_imports(qtbot: QtBot, page: PeoplePage,
                                                   demo_services: Services,
                                                   tmp_path: Any) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Jina;Surname;dob\nAmina;Hassan;2030-01-01\nBaraka;Juma;2001-02-03\n",
                   encoding="utf-8")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.import_wizard
    assert wizard is not None
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=3000)
    assert wizard.mapping_page.preview.rowCount() == 2
    assert wizard.mapping_page.combos["last_name"].currentData() == "Surname"
    wizard.next()
    assert "first name" in wizard.mapping_page.error.text()  # Jina is not a known header
    first = wizard.mapping_page.combos["first_name"]
    first.setCurrentIndex(first.findData("Jina"))
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    problems = [wizard.check_page.problems.item(i).text()
                for i in range(wizard.check_page.problems.count())]
    assert problems == ["line 2: dob: is in the future"]
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    bad.write_text("Jina;Surname;dob\nAmina;Hassan;2000-01-01\nBaraka;Juma;2001-02-03\n",
                   encoding="utf-8")
    wizard.check_page.initializePage()
    assert wizard.check_page.summary.text().startswith("All 2 rows are right")
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.import_result is not None and wizard.import_result.created == 2
    assert page.model.total == 122
    assert _sql(demo_services, "SELECT COUNT(*) FROM person WHERE first_name = 'Baraka' AND "
                "last_name = 'Juma' AND date_of_birth = :d", d=date(2001, 2, 3)) == 1


def test_export_writes_what_the_table_shows(qtbot: QtBot, page: PeoplePage, tmp_path: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("applicant"))
    target = tmp_path / "applicants.csv"
    monkeypatch.setattr(page, "choose_export_path", lambda: target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == page.model.total + 1
    assert f"Exported {page.model.total} people" in page.count_label.text()


def test_a_search_is_counted_apart_and_stale_counts_are_dropped(
        qtbot: QtBot, page: PeoplePage, demo_services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from issp_desktop.services.people import PeopleQuery

    monkeypatch.setattr("issp_desktop.ui.models.people_model.PAGE", 10)
    counted: list[PeopleQuery] = []
    original = PeopleService.count
    monkeypatch.setattr(PeopleService, "count",
                        lambda self, q: counted.append(q) or original(self, q))
    qtbot.keyClicks(page.search_edit, "a")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    exact = original(PeopleService(demo_services.ctx), PeopleQuery(text="a"))[0]
    assert exact > 10 and [q.text for q in counted] == ["a"]  # off the first page's path
    assert page.model.rowCount() == 10 and page.model.total == exact
    assert page.count_label.text() == f"{exact} people"
    assert not page.model.set_count(PeopleQuery(text="an older search"), 3, False)
    assert page.model.total == exact
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 10, timeout=2000)


def test_keyboard_opens_a_person_and_every_input_is_named(qtbot: QtBot,
                                                          page: PeoplePage) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(4, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.person_dialog
    assert dialog is not None and dialog.record is not None
    assert dialog.record.id == page.model.row_at(4).id
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.impact.eligibility_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.impact.add_survey_button, Qt.MouseButton.LeftButton)
    page.import_people()
    for root in (page, dialog, dialog.impact.eligibility_dialog, dialog.impact.survey_dialog,
                 page.import_wizard):
        assert root is not None
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox) and not isinstance(
                    widget.parent(), QComboBox):
                assert widget.accessibleName(), (type(root).__name__, widget.objectName())
            if isinstance(widget, QCheckBox):
                assert widget.accessibleName() or widget.text(), widget.objectName()
            if isinstance(widget, QLineEdit | QComboBox | QCheckBox):
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()


def test_eligibility_recorded_in_the_form(qtbot: QtBot, page: PeoplePage,
                                          demo_services: Services) -> None:
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("applicant"))
    dialog = _open(qtbot, page, 0)
    assert dialog.record is not None
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.impact.eligibility_button, Qt.MouseButton.LeftButton)
    edit = dialog.impact.eligibility_dialog
    assert edit is not None
    edit.criterion_combo.setCurrentIndex(edit.criterion_combo.findData("long_term_unemployed"))
    edit.evidence_combo.setCurrentIndex(edit.evidence_combo.findData("home_visit"))
    edit.months_edit.clear()
    edit.by_edit.clear()
    edit.accept()
    assert "months unemployed: is needed for long-term unemployment" in edit.error_label.text()
    assert "verified by: say who verified the evidence, and when" in edit.error_label.text()
    qtbot.keyClicks(edit.months_edit, "14")
    qtbot.keyClicks(edit.by_edit, "Peter Otieno")
    edit.on_edit.setText("2026-11-10")
    edit.accept()
    assert not edit.isVisible()
    assert dialog.impact.eligibility_table.item(0, 1).text() == "Long-term unemployed"
    assert "current" in dialog.impact.eligibility_table.item(0, 5).text()
    assert _sql(demo_services, "SELECT months_unemployed FROM eligibility_record WHERE "
                "person_id = :i ORDER BY id DESC LIMIT 1", i=dialog.record.id) == 14

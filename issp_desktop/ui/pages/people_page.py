"""People: everybody from applicant to alumnus, found by typing part of a name or the start of
a national ID or phone. The table is lazy (a page of rows at a time) and searching, filtering
and sorting happen in SQL, so it opens and answers each keystroke quickly at 100,000 people."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.people import CRITERION_TITLES, Criterion
from issp_desktop.services.people import NO_COHORT, PeopleQuery, PeopleService
from issp_desktop.services.people_io import ExportResult, PeopleIOService
from issp_desktop.ui.errors import error_text, show_error
from issp_desktop.ui.models.people_model import NATIONAL_ID_COLUMN, PHONE_COLUMN, PeopleModel
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.flow_row import FlowRow

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.ui.dialogs.import_wizard import ImportWizard
    from issp_desktop.ui.dialogs.person_dialog import PersonDialog

SEARCH_DELAY_MS = 120


def _people(services: Services) -> PeopleService:
    """The people service of ``services`` (built here until ``Services`` carries one)."""
    found = getattr(services, "people", None)
    return found if isinstance(found, PeopleService) else PeopleService(services.ctx)


class _CohortCombo(QComboBox):
    def __init__(self, load: Callable[[], None]) -> None:
        super().__init__()
        self._load = load
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def showPopup(self) -> None:
        self._load()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # arrow keys choose without a popup
        self._load()
        super().keyPressEvent(event)


class PeoplePage(QWidget):
    person_opened = Signal(int)

    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert services is not None
        self.services = services
        self.runner = runner
        self.people = _people(services)
        self.person_dialog: PersonDialog | None = None
        self.import_wizard: ImportWizard | None = None
        self._cohorts_loaded = False
        actor = self.people.actor
        self.vis = self.people.visibility()
        self.setObjectName("peoplePage")
        self.setAccessibleName(self.tr("People"))
        t = self.tr
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(t("Search people"))
        self.search_edit.setPlaceholderText(
            t("Part of a name, or the start of a national ID or phone…") if self.vis.identity
            else t("Part of a name…"))
        self.stage_combo = self._combo("stageFilter", t("Stage"), [
            (t("All stages"), None), (t("Applicants"), "applicant"), (t("Trainees"), "trainee"),
            (t("Workers"), "worker"), (t("Alumni"), "alumnus")])
        self.cohort_combo = _CohortCombo(self._load_cohorts)
        self.cohort_combo.setObjectName("cohortFilter")
        self.cohort_combo.setAccessibleName(t("Cohort"))
        self.cohort_combo.addItem(t("All cohorts"), None)
        self.gender_combo = self._combo("genderFilter", t("Gender"), [
            (t("All genders"), None), (t("Women"), "female"), (t("Men"), "male"),
            (t("Other"), "other"), (t("Not said"), "unsaid")])
        self.disability_combo = self._combo("disabilityFilter", t("Disability"), [
            (t("With or without disability"), None), (t("With a disability"), True),
            (t("Without a disability"), False)])
        self.disability_combo.setVisible(self.vis.health)
        self.criterion_combo = self._combo("criterionFilter", t("Eligibility criterion"), [
            (t("Any eligibility"), None)] + [
            (t(CRITERION_TITLES[c]), c.value) for c in Criterion
            if c is not Criterion.DISABILITY or self.vis.health])
        self.new_button = QPushButton(t("&New person…"))
        self.new_button.setObjectName("newPersonButton")
        self.new_button.clicked.connect(self.new_person)
        self.new_button.setVisible(actor.can(Permission.PEOPLE_EDIT))
        self.import_button = QPushButton(t("&Import…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_people)
        self.import_button.setVisible(actor.can(Permission.PEOPLE_IMPORT))
        self.export_button = QPushButton(t("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_people)
        self.export_button.setVisible(actor.can(Permission.PEOPLE_EXPORT))
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        self.model = PeopleModel(self.people, self)
        self.model.loaded.connect(self._on_model_loaded)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(t("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((220, 110, 130, 90, 260, 90)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(NATIONAL_ID_COLUMN, not self.vis.identity)
        self.table.setColumnHidden(PHONE_COLUMN, not self.vis.identity)
        self.table.activated.connect(self._on_table_activated)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.load)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self.load)
        for combo in (self.stage_combo, self.cohort_combo, self.gender_combo,
                      self.disability_combo, self.criterion_combo):
            combo.currentIndexChanged.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(t("<h2>People</h2>")))
        top.addStretch(1)
        for button in (self.new_button, self.import_button, self.export_button):
            top.addWidget(button)
        search_label = QLabel(t("&Find:"))
        search_label.setBuddy(self.search_edit)
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.search_edit, 1)
        filters = FlowRow()
        for combo in (self.stage_combo, self.cohort_combo, self.gender_combo,
                      self.disability_combo, self.criterion_combo):
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search_edit, self.stage_combo)

    @staticmethod
    def _combo(name: str, accessible: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def set_services(self, services: Services) -> None:
        self.services = services
        self.people = _people(services)
        self.model.people = self.people

    # --- the list ------------------------------------------------------------------------------

    def query(self) -> PeopleQuery:
        q = self.model.query
        return PeopleQuery(
            self.search_edit.text(), self.stage_combo.currentData(),
            self.cohort_combo.currentData(), self.gender_combo.currentData(),
            self.disability_combo.currentData(), self.criterion_combo.currentData(),
            q.sort, q.descending)

    def load(self) -> None:
        """Show the first page for what the search box and filters say (called on each visit,
        and after each pause in typing)."""
        self._debounce.stop()
        try:
            self.model.reload(self.query())
        except Exception as exc:  # shown, never a traceback
            self.count_label.setText(error_text(exc))
            return
        if self.model.counting:  # the rows are up; count them off the GUI thread
            people, query = self.people, self.model.query
            self.runner.submit(lambda _p, _c: people.count(query),
                               on_done=lambda result: self._on_counted(query, result),
                               name="count people")

    def _on_counted(self, query: PeopleQuery, result: object) -> None:
        total, more_than = result  # type: ignore[misc]
        self.model.set_count(query, total, more_than)

    def _load_cohorts(self) -> None:
        """Fill the cohort filter when it is first opened (not on the way to the first paint)."""
        if self._cohorts_loaded:
            return
        self._cohorts_loaded = True
        combo = self.cohort_combo
        combo.blockSignals(True)
        combo.addItem(self.tr("Not in a cohort"), NO_COHORT)
        for cohort in self.people.cohorts():
            combo.addItem(cohort.name, cohort.id)
        combo.blockSignals(False)

    def _on_model_loaded(self, total: int) -> None:
        if self.model.counting:
            self.count_label.setText(self.tr("{0}+ people (counting…)").format(f"{total:,}"))
        elif self.model.page is not None and self.model.page.more_than:
            self.count_label.setText(self.tr("More than {0} people: type more to narrow the "
                                             "search.").format(f"{total:,}"))
        elif total == 0:
            self.count_label.setText(self.tr("Nobody matches."))
        elif total == 1:
            self.count_label.setText(self.tr("1 person"))
        else:
            self.count_label.setText(self.tr("{0} people").format(f"{total:,}"))

    # --- one person --------------------------------------------------------------------------

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_person(row.id)

    def open_person(self, person_id: int | None) -> PersonDialog | None:
        from issp_desktop.ui.dialogs.person_dialog import PersonDialog

        try:
            dialog = PersonDialog(self.services, self.runner, person_id, self)
        except Exception as exc:
            show_error(self, self.tr("Cannot open the record"), exc)
            return None
        dialog.person_saved.connect(self._on_person_saved)
        self.person_dialog = dialog
        if person_id is not None:
            self.person_opened.emit(person_id)
        dialog.open()
        return dialog

    def new_person(self) -> None:
        self.open_person(None)

    def _on_person_saved(self, _record: object) -> None:
        self.load()

    # --- files -------------------------------------------------------------------------------

    def import_people(self) -> None:
        from issp_desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self._people_io(), self.runner, self)
        wizard.imported.connect(self._on_imported)
        self.import_wizard = wizard
        wizard.open()

    def _on_imported(self, _result: object) -> None:
        self.load()

    def _people_io(self) -> PeopleIOService:
        found = getattr(self.services, "people_io", None)
        return found if isinstance(found, PeopleIOService) else \
            PeopleIOService(self.services.ctx)

    def choose_export_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the people shown"),
                                              "people.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        return Path(path) if path else None

    def export_people(self) -> None:
        target = self.choose_export_path()
        if target is None:
            return
        io, query = self._people_io(), self.query()
        run_with_progress(self.runner, self, self.tr("Exporting…"),
                          lambda progress, cancelled: io.export(
                              target, query, progress=progress, cancelled=cancelled),
                          on_done=self._on_exported, on_error=self._on_export_failed)

    def _on_exported(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.count_label.setText(self.tr("Exported {0} people to {1}").format(
            f"{result.rows:,}", result.path))

    def _on_export_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        show_error(self, self.tr("Export failed"), exc)

"""One person's record: details and consent, stage history with "Move to stage…", and the
impact profile. Saving goes through the write lane; every problem is listed and the fields
outlined; a near-duplicate asks before saving; a record changed meanwhile offers a reload."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.errors import StaleRecordError, ValidationError
from issp_desktop.services.people import (
    PeopleService,
    PeopleValidationError,
    PersonInput,
    PersonRecord,
    PossibleDuplicateError,
)
from issp_desktop.services.people_io import label
from issp_desktop.ui.dialogs.person_stage_dialog import PersonStageDialog
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.person_form import PersonForm
from issp_desktop.ui.widgets.person_impact import PersonImpactTab

if TYPE_CHECKING:
    from issp_desktop.services import Services

EXIT_KINDS = {"positive": "positive exit", "voluntary": "left voluntarily",
              "involuntary": "left involuntarily"}


def people_service(services: Services) -> PeopleService:
    """The people service of ``services`` (built here until ``Services`` carries one)."""
    found = getattr(services, "people", None)
    return found if isinstance(found, PeopleService) else PeopleService(services.ctx)


class PersonDialog(QDialog):
    person_saved = Signal(object)  # the saved PersonRecord

    def __init__(self, services: Services, runner: TaskRunner, person_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people_service(services)
        self.runner = runner
        self.vis = self.people.visibility()
        self.record: PersonRecord | None = None
        self.stage_dialog: PersonStageDialog | None = None
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("New person") if person_id is None else self.tr("Person"))
        self.heading = QLabel()
        self.heading.setObjectName("personHeading")
        self.conflict = QLabel()
        self.conflict.setObjectName("conflictLabel")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("color: #b00020;")
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.clicked.connect(self.reload)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflict, 1)
        conflict_row.addWidget(self.reload_button)
        self.form = PersonForm(self.vis)
        self.form.set_cohorts(self.people.cohorts())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        self.tabs.addTab(self._details_tab(), self.tr("&Details and consent"))
        self.tabs.addTab(self._stages_tab(), self.tr("&Stages"))
        self.impact = PersonImpactTab(self.people, runner, self.vis, self.people.today)
        self.impact.changed.connect(self._on_impact_changed)
        self.tabs.addTab(self.impact, self.tr("&Impact profile"))
        self.message = FormError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setVisible(self.vis.edit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(conflict_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 720)
        self._show_conflict("")
        if person_id is not None:
            self.set_record(self.people.get(person_id))
        else:
            self.set_record(None)
        self.form.line("first_name").setFocus()

    def _details_tab(self) -> QWidget:
        self.photo_label = QLabel(self.tr("No photo"))
        self.photo_label.setObjectName("photoLabel")
        self.photo_label.setFixedSize(120, 150)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.photo_button = QPushButton(self.tr("Choose p&hoto…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(lambda: self._set_photo(None))
        photo = QVBoxLayout()
        for widget in (self.photo_label, self.photo_button, self.remove_photo_button):
            photo.addWidget(widget)
            widget.setVisible(self.vis.identity)
        photo.addStretch(1)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.addWidget(self.form, 1)
        row.addLayout(photo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _stages_tab(self) -> QWidget:
        self.history = QTableWidget(0, 4)
        self.history.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.history.setObjectName("stageHistory")
        self.history.setAccessibleName(self.tr("Stage history"))
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("From"),
                                                self.tr("To"), self.tr("Reason")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.move_button = QPushButton(self.tr("&Move to stage…"))
        self.move_button.setObjectName("moveButton")
        self.move_button.clicked.connect(self.move_stage)
        self.move_button.setVisible(self.vis.edit)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.move_button)
        return tab

    # --- showing the record --------------------------------------------------------------------

    def set_record(self, p: PersonRecord | None) -> None:
        self.record = p
        self.form.set_record(p, self.people.actor.label)
        self.form.mark(set())
        for index in (1, 2):
            self.tabs.setTabEnabled(index, p is not None)
        if p is None:
            self.heading.setText(self.tr("<h3>New person</h3>"))
            return
        self.setWindowTitle(p.name)
        stage = self.tr(p.stage.capitalize())
        self.heading.setText(f"<h3>{_escape(p.name)}</h3>{stage}"
                             + (f" — {_escape(p.cohort)}" if p.cohort else ""))
        self.history.setRowCount(len(p.history))
        for r, h in enumerate(p.history):
            reason = h.reason + (f" ({self.tr(EXIT_KINDS[h.exit_kind])})"
                                 if h.exit_kind in EXIT_KINDS else "")
            for c, text in enumerate((h.changed_on.isoformat(), h.from_stage or "—",
                                      h.to_stage, reason)):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.move_button.setEnabled(not p.erased and p.stage != "")
        self.impact.set_record(p)
        self.remove_photo_button.setEnabled(bool(p.has_photo))
        photo = self.people.photo(p.id) if self.vis.identity and p.has_photo else None
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo_label.setPixmap(pixmap.scaled(
                120, 150, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setText(self.tr("No photo"))

    def reload(self) -> None:
        if self.record is not None:
            self.set_record(self.people.get(self.record.id))
        self._show_conflict("")
        self.message.clear_message()

    def _show_conflict(self, text: str) -> None:
        self.conflict.setText(text)
        self.conflict.setVisible(bool(text))
        self.reload_button.setVisible(bool(text))

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.message.show_message(text)

    # --- saving --------------------------------------------------------------------------------

    def save(self, override_duplicate: bool = False) -> None:
        try:
            person = self.form.value()
        except ValidationError as exc:
            self._on_save_failed(PeopleValidationError([(exc.field, exc.reason)]))
            return
        self.save_button.setEnabled(False)
        self.runner.submit(lambda _p, _c: self._store(person, override_duplicate), write=True,
                           on_done=self._on_saved, on_error=self._on_save_failed,
                           name="save person")

    def _store(self, person: PersonInput, override: bool) -> PersonRecord:
        if self.record is None:
            return self.people.create(person, override_duplicate=override)
        return self.people.update(self.record.id, person, self.record.version,
                                  override_duplicate=override)

    def _on_saved(self, record: object) -> None:
        assert isinstance(record, PersonRecord)
        self.save_button.setEnabled(True)
        self.set_record(record)
        self._show_conflict("")
        self._say(self.tr("Saved."))
        self.person_saved.emit(record)

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.save_button.setEnabled(True)
        if isinstance(exc, PeopleValidationError):
            self.form.mark({f for f, _ in exc.problems})
            self._say("\n".join(f"{self.tr(label(f))}: {r}" for f, r in exc.problems), False)
        elif isinstance(exc, PossibleDuplicateError):
            if self.ask_override(exc):
                self.save(override_duplicate=True)
        elif isinstance(exc, StaleRecordError):
            self._show_conflict(self.tr(
                "Changed by {0} at {1} after you opened it — reload to see the change, then "
                "make yours again. Nothing was saved.").format(exc.changed_by, exc.changed_at))
        else:
            self._say(error_text(exc), False)

    def ask_override(self, exc: PossibleDuplicateError) -> bool:
        names = ", ".join(m.name for m in exc.matches[:3])
        answer = QMessageBox.question(self, self.tr("Possible duplicate"), self.tr(
            "{0} is already registered with the same date of birth. Is this a different "
            "person? Save only if you are sure.").format(names),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    # --- stages, profile, photo ----------------------------------------------------------------

    def move_stage(self) -> None:
        if self.record is None:
            return
        dialog = PersonStageDialog(self.people, self.runner, self.record, self.people.today(),
                                   self)
        dialog.accepted.connect(lambda: self._on_changed_elsewhere(dialog.result_value))
        self.stage_dialog = dialog
        dialog.open()

    def _on_impact_changed(self) -> None:
        if self.record is not None:
            self._on_changed_elsewhere(self.people.get(self.record.id))

    def _on_changed_elsewhere(self, record: Any) -> None:
        if isinstance(record, PersonRecord):
            self.set_record(record)
            self.person_saved.emit(record)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if path:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                self._say(str(exc), False)
                return
            self._set_photo(data)

    def _set_photo(self, data: bytes | None) -> None:
        if self.record is None:
            return
        person_id = self.record.id
        self.runner.submit(lambda _p, _c: self.people.set_photo(person_id, data), write=True,
                           on_done=lambda _r: self._on_impact_changed(),
                           on_error=lambda exc: self._say(error_text(exc), False),
                           name="photo")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Move a person to their next stage: the date, why, and for somebody leaving, how they left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from issp_desktop.domain.stages import ALLOWED_MOVES, STAGE_ORDER, Stage
from issp_desktop.services.people import PeopleService, PersonRecord
from issp_desktop.ui.dialogs.person_form_dialog import FormDialog
from issp_desktop.ui.tasks import TaskRunner


class PersonStageDialog(FormDialog):
    def __init__(self, people: PeopleService, runner: TaskRunner, person: PersonRecord,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Move {0} to a stage").format(person.name), parent)
        self.setObjectName("personStageDialog")
        self.people = people
        self.person = person
        titles = {Stage.APPLICANT: self.tr("Applicant"), Stage.TRAINEE: self.tr("Trainee"),
                  Stage.WORKER: self.tr("Worker (hired)"),
                  Stage.ALUMNUS: self.tr("Alumnus (left)")}
        self.stage_combo = QComboBox()
        for stage in STAGE_ORDER:
            if stage in ALLOWED_MOVES[Stage(person.stage)]:
                self.stage_combo.addItem(titles[stage], stage.value)
        self.add_row(self.tr("&New stage:"), self.tr("New stage"), self.stage_combo)
        self.on_edit = self.date_field(self.tr("&Date:"), self.tr("Date of the move"), today)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. passed the typing test"))
        self.add_row(self.tr("&Reason:"), self.tr("Reason"), self.reason_edit)
        self.exit_combo = QComboBox()
        self.exit_combo.addItem(self.tr("Positive: further study or a better job"), "positive")
        self.exit_combo.addItem(self.tr("Voluntary: left by their own choice"), "voluntary")
        self.exit_combo.addItem(self.tr("Involuntary: the centre ended it"), "involuntary")
        self.add_row(self.tr("How they &left:"), self.tr("How they left"), self.exit_combo)
        self.stage_combo.currentIndexChanged.connect(self._on_stage_combo_changed)
        self._on_stage_combo_changed()

    def _on_stage_combo_changed(self) -> None:
        leaving = self.stage_combo.currentData() == Stage.ALUMNUS.value
        self.form.setRowVisible(self.exit_combo, leaving)
        if self.stage_combo.currentData() == Stage.WORKER.value:
            self.error_label.setStyleSheet("color: #5d4037;")
            self.error_label.show_message(self.tr(
                "Hiring freezes the eligibility record and the baseline survey: later changes "
                "are kept as new dated entries."))

    def work(self) -> Callable[[], Any]:
        target = str(self.stage_combo.currentData() or "")
        on = self.read_date("on", self.on_edit)
        exit_kind = self.exit_combo.currentData() if target == Stage.ALUMNUS.value else None
        p, reason = self.person, self.reason_edit.text()
        return lambda: self.people.move(p.id, target, on, reason, p.version,  # type: ignore[arg-type]
                                        exit_kind)

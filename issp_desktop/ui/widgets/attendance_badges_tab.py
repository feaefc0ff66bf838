"""The Badges tab: workers (and trainees) with their badge numbers; hand the next numbers to
everybody without one, or change one person's (a lost badge). Numbers handed out are never
handed out again. Badge cards with barcodes are printed from the Certificates section."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from issp_desktop.ui.dialogs.badge_dialog import BadgeDialog
from issp_desktop.ui.models.attendance_table_models import BadgeModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_tab_base import AttendanceTab

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.services.attendance_types import BadgeRow


class BadgesTab(AttendanceTab):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner)
        self.setObjectName("attendanceBadgesTab")
        self.all_rows: list[BadgeRow] = []
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("badgeSearch")
        self.search_edit.setAccessibleName(self.tr("Find a name or badge number"))
        self.search_edit.setPlaceholderText(self.tr("Find a name or badge number"))
        self.search_edit.textChanged.connect(self._filter)
        self.trainees_check = QCheckBox(self.tr("Trainees too"))
        self.trainees_check.setObjectName("badgeTrainees")
        self.trainees_check.toggled.connect(lambda _on: self.load())
        self.model = BadgeModel(self)
        self.table = self.make_table(self.model, "badgeTable", self.tr("Badge numbers"))
        self.table.doubleClicked.connect(lambda _i: self.change_badge())
        self.assign_button = QPushButton(self.tr("&Give numbers to everybody without one"))
        self.assign_button.setObjectName("assignBadgesButton")
        self.assign_button.clicked.connect(self.assign)
        self.change_button = QPushButton(self.tr("&Change number…"))
        self.change_button.setObjectName("changeBadgeButton")
        self.change_button.clicked.connect(self.change_badge)
        self.count_label = QLabel()
        self.count_label.setObjectName("badgeCount")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.trainees_check)
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.change_button):
            buttons.addWidget(button)
            button.setVisible(self.can_edit)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.info)
        layout.addWidget(self.message)

    def _stages(self) -> tuple[str, ...]:
        return ("worker", "trainee") if self.trainees_check.isChecked() else ("worker",)

    def fetch(self) -> Any:
        attendance, stages = self.attendance, self._stages()
        return lambda _p, _c: attendance.badges(stages)

    def show_result(self, result: Any) -> None:
        self.all_rows = list(result)
        self._filter()

    def _filter(self) -> None:
        text = self.search_edit.text().strip().casefold()
        rows = [r for r in self.all_rows
                if not text or text in r.name.casefold() or text in (r.badge_no or "").casefold()]
        self.model.set_rows(rows)
        missing = sum(1 for r in self.all_rows if not r.badge_no)
        self.count_label.setText(self.tr("{0} people, {1} without a badge").format(
            len(self.all_rows), missing))

    def assign(self) -> None:
        attendance, trainees = self.attendance, self.trainees_check.isChecked()
        self.run_write(lambda _p, _c: attendance.assign_badges(trainees), self._on_assigned)

    def _on_assigned(self, result: Any) -> None:
        self.load()
        if result.assigned:
            self.show_info(self.tr("Gave {0} people badge numbers {1} to {2}.").format(
                result.assigned, result.first, result.last))
        else:
            self.show_info(self.tr("Everybody already has a badge number."))

    def change_badge(self) -> BadgeDialog | None:
        row = self.selected_row(self.table)
        if row < 0 or not self.can_edit:
            if self.can_edit:
                self.message.show_message(self.tr("Choose a person in the list first."))
            return None
        dialog = BadgeDialog(self.attendance, self.runner, self.model.rows[row], self)
        dialog.saved.connect(lambda _r: self.load())
        self.badge_dialog = dialog
        dialog.open()
        return dialog

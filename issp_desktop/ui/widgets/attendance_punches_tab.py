"""The Punches tab: a day's shifts with what happened, and its punches (or one person's) —
originals, corrections, and replaced or voided punches struck through. Supervisors add a
missed punch, replace a wrong one or void one, each with a reason."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from issp_desktop.ui.dialogs.punch_correction_dialog import (
    ADD,
    REPLACE,
    VOID,
    PunchCorrectionDialog,
)
from issp_desktop.ui.models.attendance_punch_models import DayShiftModel, PunchModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_tab_base import AttendanceTab, date_edit, to_date

if TYPE_CHECKING:
    from issp_desktop.services import Services


class PunchesTab(AttendanceTab):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner)
        self.setObjectName("attendancePunchesTab")
        self.people: list[tuple[int, str]] = []
        self.person_id: int | None = None
        self.day_edit = date_edit("punchesDay", self.today(), self.tr("Day"))
        self.day_edit.dateChanged.connect(lambda _d: self.load())
        self.prev_button = QPushButton(self.tr("◀"))
        self.prev_button.setObjectName("punchesPrevDay")
        self.prev_button.setAccessibleName(self.tr("Day before"))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setObjectName("punchesNextDay")
        self.next_button.setAccessibleName(self.tr("Day after"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.badge_edit = QLineEdit()
        self.badge_edit.setObjectName("punchesBadge")
        self.badge_edit.setAccessibleName(self.tr("Badge number of one person"))
        self.badge_edit.setPlaceholderText(self.tr("badge: one person's punches"))
        self.badge_edit.setMaximumWidth(220)
        self.badge_edit.returnPressed.connect(self.load)
        self.all_days = QCheckBox(self.tr("All their recent punches"))
        self.all_days.setObjectName("punchesAllDays")
        self.all_days.toggled.connect(lambda _on: self.load())
        top = QHBoxLayout()
        label = QLabel(self.tr("&Day:"))
        label.setBuddy(self.day_edit)
        for widget in (label, self.prev_button, self.day_edit, self.next_button):
            top.addWidget(widget)
        top.addSpacing(20)
        top.addWidget(self.badge_edit)
        top.addWidget(self.all_days)
        top.addStretch(1)

        self.day_model = DayShiftModel(self)
        self.day_table = self.make_table(self.day_model, "dayShiftTable",
                                         self.tr("Shifts of the day and what happened"))
        self.day_table.horizontalHeader().setStretchLastSection(False)
        self.model = PunchModel(self)
        self.table = self.make_table(self.model, "punchTable", self.tr("Punches"))
        self.table.doubleClicked.connect(lambda _i: self.replace_punch())
        self.add_button = QPushButton(self.tr("&Add a missed punch…"))
        self.add_button.setObjectName("addPunchButton")
        self.add_button.clicked.connect(self.add_punch)
        self.replace_button = QPushButton(self.tr("&Replace…"))
        self.replace_button.setObjectName("replacePunchButton")
        self.replace_button.clicked.connect(self.replace_punch)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setObjectName("voidPunchButton")
        self.void_button.clicked.connect(self.void_punch)
        self.count_label = QLabel()
        self.count_label.setObjectName("punchCount")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.replace_button, self.void_button):
            buttons.addWidget(button)
            button.setVisible(self.can_edit)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.day_table)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _step(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def fetch(self) -> Any:
        attendance, day = self.attendance, to_date(self.day_edit)
        badge = self.badge_edit.text().strip()
        everything = self.all_days.isChecked()

        def work(_p: object, _c: object) -> Any:
            person_id = attendance.person_for_badge(badge)[0] if badge else None
            punches = attendance.punches(None if everything and person_id else day, person_id)
            sheet = attendance.day_sheet(day)
            people = [(b.person_id, b.name) for b in attendance.badges()]
            return person_id, punches, sheet, people

        return work

    def show_result(self, result: Any) -> None:
        self.person_id, punches, sheet, self.people = result
        if self.person_id is not None:
            sheet = [r for r in sheet if r.person_id == self.person_id]
        self.day_model.set_rows(sheet, self.zone)
        self.model.set_rows(punches, self.zone)
        counted = sum(1 for r in punches if r.effective)
        self.count_label.setText(self.tr("{0} punch(es), {1} counting; {2} shift(s)").format(
            len(punches), counted, len(sheet)))

    def _dialog(self, mode: str) -> PunchCorrectionDialog | None:
        punch = None
        if mode != ADD:
            punch = self.model.row_at(self.selected_row(self.table))
            if punch is None:
                self.message.show_message(self.tr("Choose a punch in the list first."))
                return None
            if not punch.effective:
                self.message.show_message(self.tr("That punch was already corrected."))
                return None
        people = self.people
        if self.person_id is not None:
            people = [p for p in people if p[0] == self.person_id] or people
        dialog = PunchCorrectionDialog(self.attendance, self.runner, self.zone, people,
                                       to_date(self.day_edit), mode=mode, punch=punch,
                                       parent=self)
        dialog.saved.connect(lambda _row: self.load())
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def add_punch(self) -> PunchCorrectionDialog | None:
        return self._dialog(ADD)

    def replace_punch(self) -> PunchCorrectionDialog | None:
        return self._dialog(REPLACE) if self.can_edit else None

    def void_punch(self) -> PunchCorrectionDialog | None:
        return self._dialog(VOID)

    def show_day(self, day: date) -> None:
        """Show ``day`` (loads it)."""
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

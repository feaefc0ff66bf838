"""The Public holidays tab: the dated list the attendance rules use (work on a holiday is
holiday overtime), a year at a time; Kenya's holidays load with one button (Idd dates from a
table shipped with the app: check them against the Gazette); add, change, delete."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from issp_desktop.domain.access import Permission
from issp_desktop.domain.holidays import has_idd_dates
from issp_desktop.ui.dialogs.holiday_dialog import HolidayDialog
from issp_desktop.ui.models.attendance_table_models import HolidayModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.attendance_tab_base import AttendanceTab

if TYPE_CHECKING:
    from issp_desktop.services import Services


class HolidaysTab(AttendanceTab):
    edit_permission = Permission.ROSTER_EDIT

    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner)
        self.setObjectName("attendanceHolidaysTab")
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("holidayYear")
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today().year)
        self.year_spin.valueChanged.connect(self._on_year_changed)
        self.model = HolidayModel(self)
        self.table = self.make_table(self.model, "holidayTable", self.tr("Public holidays"))
        self.table.doubleClicked.connect(lambda _i: self.edit_holiday())
        self.load_button = QPushButton()
        self.load_button.setObjectName("loadHolidaysButton")
        self.load_button.clicked.connect(self.load_defaults)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addHolidayButton")
        self.add_button.clicked.connect(self.add_holiday)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setObjectName("editHolidayButton")
        self.edit_button.clicked.connect(self.edit_holiday)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteHolidayButton")
        self.delete_button.clicked.connect(self.delete_holiday)
        self.note = QLabel()
        self.note.setObjectName("holidayNote")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Year:"))
        label.setBuddy(self.year_spin)
        top.addWidget(label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.load_button, self.add_button, self.edit_button,
                       self.delete_button):
            buttons.addWidget(button)
            button.setVisible(self.can_edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        self._on_year_changed(self.year_spin.value(), load=False)

    def _on_year_changed(self, year: int, load: bool = True) -> None:
        self.load_button.setText(self.tr("&Load Kenya's holidays for {0}").format(year))
        note = self.tr("When a holiday falls on a Sunday, the next day that is not a holiday "
                       "is observed (Public Holidays Act). Idd-ul-Fitr and Idd-ul-Adha follow "
                       "the moon: their dates are as gazetted — check them each year.")
        if not has_idd_dates(year):
            note += " " + self.tr("No Idd dates are known to this version for {0}: add them "
                                  "when gazetted.").format(year)
        self.note.setText(note)
        if load:
            self.load()

    def fetch(self) -> Any:
        attendance, year = self.attendance, self.year_spin.value()
        return lambda _p, _c: attendance.holidays(year)

    def show_result(self, result: Any) -> None:
        self.model.set_rows(result)

    def load_defaults(self) -> None:
        attendance, year = self.attendance, self.year_spin.value()
        self.run_write(lambda _p, _c: attendance.load_holidays(year), self._on_loaded)

    def _on_loaded(self, added: object) -> None:
        self.load()
        self.show_info(self.tr("Added {0} holiday(s).").format(added)
                       if added else self.tr("All of them were already listed."))

    def add_holiday(self) -> HolidayDialog:
        return self._open(None)

    def edit_holiday(self) -> HolidayDialog | None:
        row = self.selected_row(self.table)
        if row < 0 or not self.can_edit:
            return None
        return self._open(self.model.rows[row])

    def _open(self, holiday: Any) -> HolidayDialog:
        dialog = HolidayDialog(self.attendance, self.runner, date(self.year_spin.value(), 1, 1),
                               holiday, self)
        dialog.saved.connect(lambda _r: self.load())
        self.holiday_dialog = dialog
        dialog.open()
        return dialog

    def delete_holiday(self) -> None:
        row = self.selected_row(self.table)
        if row < 0:
            self.message.show_message(self.tr("Choose a holiday in the list first."))
            return
        holiday = self.model.rows[row]
        if not self.confirm(self.tr("Delete a public holiday"),
                            self.tr("Delete {0} {1}?").format(holiday.on, holiday.name)):
            return
        attendance = self.attendance
        self.run_write(lambda _p, _c: attendance.delete_holiday(holiday.id),
                       lambda _r: self.load())

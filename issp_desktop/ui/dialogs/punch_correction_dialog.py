"""A supervisor corrects a punch: add a missed clock-in or clock-out, replace a wrong one with
the right time, or void one punched by mistake — always with a reason. The original punch stays
recorded (and shown, struck through)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from issp_desktop.services.attendance_types import Correction, PunchRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.attendance import AttendanceService

ADD, REPLACE, VOID = "add", "replace", "void"


class PunchCorrectionDialog(QDialog):
    saved = Signal(object)  # PunchRow

    def __init__(self, attendance: AttendanceService, runner: TaskRunner, zone: ZoneInfo,
                 people: list[tuple[int, str]], day: date, *, mode: str = ADD,
                 punch: PunchRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendance = attendance
        self.runner = runner
        self.zone = zone
        self.mode = mode
        self.punch = punch
        self.setObjectName("punchCorrectionDialog")
        titles = {ADD: self.tr("Add a missed punch"), REPLACE: self.tr("Replace a punch"),
                  VOID: self.tr("Void a punch")}
        self.setWindowTitle(titles[mode])
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("correctionPerson")
        self.person_combo.setAccessibleName(self.tr("Person"))
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, name in people:
            self.person_combo.addItem(name, pid)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("correctionKind")
        self.kind_combo.setAccessibleName(self.tr("Clock-in or clock-out"))
        self.kind_combo.addItem(self.tr("Clock-in"), "in")
        self.kind_combo.addItem(self.tr("Clock-out"), "out")
        shown = (datetime(day.year, day.month, day.day, 8, 0) if punch is None
                 else self._local(punch.at))
        self.time_edit = QDateTimeEdit(QDateTime(
            QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute)))
        self.time_edit.setObjectName("correctionTime")
        self.time_edit.setAccessibleName(self.tr("The right time"))
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("correctionReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("e.g. forgot to clock out; left at 15:00"))
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if punch is not None:
            what = QLabel(self.tr("{0}: {1} at {2}").format(
                punch.name, self.tr("clock-in") if punch.kind == "in" else self.tr("clock-out"),
                self._local(punch.at).strftime("%Y-%m-%d %H:%M")))
            what.setObjectName("correctionOriginal")
            form.addRow(self.tr("Punch:"), what)
            index = self.person_combo.findData(punch.person_id)
            if index < 0:
                self.person_combo.addItem(punch.name, punch.person_id)
                index = self.person_combo.count() - 1
            self.person_combo.setCurrentIndex(index)
            self.person_combo.setEnabled(False)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(punch.kind)))
        else:
            form.addRow(self.tr("&Person:"), self.person_combo)
        if mode != VOID:
            form.addRow(self.tr("&Punch:"), self.kind_combo)
            form.addRow(self.tr("&Time:"), self.time_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def _local(self, at: datetime) -> datetime:
        return at.astimezone(self.zone).replace(tzinfo=None)

    def correction(self) -> Correction:
        person_id = self.person_combo.currentData()
        replaces = self.punch.id if self.punch is not None else None
        if self.mode == VOID:
            return Correction(int(person_id), "void", self.reason_edit.text(), None, replaces)
        q = self.time_edit.dateTime()
        d, t = q.date(), q.time()
        at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        return Correction(int(person_id), str(self.kind_combo.currentData()),
                          self.reason_edit.text(), at, replaces)

    def save(self) -> None:
        if self.person_combo.currentData() is None:
            self.error.show_message(self.tr("Choose the person."))
            return
        correction = self.correction()
        attendance = self.attendance
        self.runner.submit(lambda _p, _c: attendance.correct(correction), write=True,
                           on_done=self._on_saved, on_error=self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        self.accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.error.show_message(error_text(exc))

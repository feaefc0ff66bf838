"""Record (or end) an outage: kind, start, end (none while it goes on), paid standby or not."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.roster import DowntimeInput, DowntimeKind, DowntimeRow
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.roster import RosterService


def _edit(name: str, at: datetime, tz: ZoneInfo, accessible: str) -> QDateTimeEdit:
    local = at.astimezone(tz)
    edit = QDateTimeEdit()
    edit.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible)
    return edit


def _value(edit: QDateTimeEdit, tz: ZoneInfo) -> datetime:
    d, t = edit.dateTime().date(), edit.dateTime().time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class DowntimeDialog(QDialog):
    saved = Signal(object)  # DowntimeRow

    def __init__(self, roster: RosterService, runner: TaskRunner, tz: ZoneInfo, now: datetime,
                 row: DowntimeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster, self.runner, self.tz, self.row = roster, runner, tz, row
        self.setObjectName("downtimeDialog")
        self.setWindowTitle(self.tr("Record downtime") if row is None else
                            self.tr("Change downtime"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("downtimeKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of outage"))
        for kind, title in ((DowntimeKind.POWER, self.tr("Power")),
                            (DowntimeKind.INTERNET, self.tr("Internet")),
                            (DowntimeKind.PLATFORM, self.tr("Client platform")),
                            (DowntimeKind.OTHER, self.tr("Other"))):
            self.kind_combo.addItem(title, kind.value)
        start = row.starts_at if row else now
        self.start_edit = _edit("downtimeStart", start, tz, self.tr("Start"))
        self.ongoing_box = QCheckBox(self.tr("Still going &on"))
        self.ongoing_box.setObjectName("downtimeOngoing")
        self.end_edit = _edit("downtimeEnd", row.ends_at if row and row.ends_at else now, tz,
                              self.tr("End"))
        self.ongoing_box.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
        self.paid_box = QCheckBox(self.tr("&Paid standby"))
        self.paid_box.setObjectName("downtimePaid")
        self.note_edit = QLineEdit(row.note if row else "")
        self.note_edit.setObjectName("downtimeNote")
        self.note_edit.setMaxLength(300)
        self.note_edit.setAccessibleName(self.tr("Note"))
        if row is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(row.kind)))
            self.ongoing_box.setChecked(row.ends_at is None)
        self.paid_box.setChecked(row.paid if row else True)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        form.addRow("", self.ongoing_box)
        form.addRow("", self.paid_box)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def value(self) -> DowntimeInput:
        end = None if self.ongoing_box.isChecked() else _value(self.end_edit, self.tz)
        return DowntimeInput(str(self.kind_combo.currentData()), _value(self.start_edit, self.tz),
                             end, self.paid_box.isChecked(), self.note_edit.text())

    def accept(self) -> None:
        value, roster, row = self.value(), self.roster, self.row
        self.buttons.setEnabled(False)
        if row is None:
            work = lambda _p, _c: roster.add_downtime(value)  # noqa: E731
        else:
            work = lambda _p, _c: roster.update_downtime(row.id, value, row.version)  # noqa: E731
        self.runner.submit(work, write=True, on_done=self._on_saved, on_error=self._on_failed,
                           name="downtime")

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        self.error_label.show_message(error_text(exc))

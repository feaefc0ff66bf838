"""The leave tab and the downtime tab: a list for a span of dates, recording more, deleting a
wrong entry (roles that may plan)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDateEdit, QLabel

from issp_desktop.domain.roster import day_bounds, zone
from issp_desktop.ui.dialogs.leave_dialog import _date_edit, to_date
from issp_desktop.ui.models.roster_list_models import DowntimeModel, LeaveModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.roster_list_tab import RosterListTab

if TYPE_CHECKING:
    from issp_desktop.services import Services


class _DatedTab(RosterListTab):
    def _dates(self, back_days: int, ahead_days: int) -> None:
        today = self.roster.today_local()
        self.from_edit: QDateEdit = _date_edit("fromDate", today - timedelta(days=back_days),
                                               self.tr("From"))
        self.to_edit: QDateEdit = _date_edit("toDate", today + timedelta(days=ahead_days),
                                             self.tr("To"))
        for text, edit in ((self.tr("From:"), self.from_edit), (self.tr("To:"), self.to_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            self.top.addWidget(label)
            self.top.addWidget(edit)
            edit.dateChanged.connect(lambda _d: self.load())
        self.top.addStretch(1)


class LeaveTab(_DatedTab):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner, LeaveModel(), "leaveTable",
                         "Leave and absence records")
        self.setObjectName("rosterLeaveTab")
        self._dates(60, 60)
        self.add_button(self.tr("&Record leave…"), "addLeaveButton", self.add)
        self.add_button(self.tr("&Delete"), "deleteLeaveButton", self.delete)
        self.buttons.addStretch(1)

    def fetch(self) -> Any:
        roster, first, last = self.roster, to_date(self.from_edit), to_date(self.to_edit)
        return lambda _p, _c: roster.leave_between(first, last)

    def add(self) -> None:
        from issp_desktop.ui.dialogs.leave_dialog import LeaveDialog

        dialog = LeaveDialog(self.roster, self.runner, self.roster.workers(),
                             self.roster.today_local(), self)
        dialog.saved.connect(self._on_dialog_saved)
        self.leave_dialog = dialog
        dialog.open()

    def _on_dialog_saved(self, row: object) -> None:
        self.say(self.tr("Recorded {0} leave for {1}.").format(row.kind,
                                                              row.person), ok=True)
        self.load()

    def delete(self) -> None:
        row, roster = self.selected(), self.roster
        if row is not None:
            self.run_write(lambda _p, _c: roster.delete_leave(row.id),
                           self.tr("Deleted the leave of {0}.").format(row.person))


class DowntimeTab(_DatedTab):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner, DowntimeModel(), "downtimeTable", "Outages")
        self.setObjectName("rosterDowntimeTab")
        self.tz = zone(self.roster.time_zone())
        self.model.tz = self.tz
        self._dates(60, 1)
        self.add_button(self.tr("&Record downtime…"), "addDowntimeButton", self.add)
        self.add_button(self.tr("&Change / end…"), "editDowntimeButton", self.edit)
        self.add_button(self.tr("&Delete"), "deleteDowntimeButton", self.delete)
        self.buttons.addStretch(1)

    def fetch(self) -> Any:
        low, high = day_bounds(to_date(self.from_edit), to_date(self.to_edit), self.tz)
        roster = self.roster
        return lambda _p, _c: roster.downtime_between(low, high)

    def add(self, row: Any = None) -> None:
        from issp_desktop.ui.dialogs.downtime_dialog import DowntimeDialog

        now = datetime.now(UTC).replace(second=0, microsecond=0)
        dialog = DowntimeDialog(self.roster, self.runner, self.tz, now, row or None, self)
        dialog.saved.connect(lambda _r: (self.say(self.tr("Downtime saved."), ok=True),
                                         self.load()))
        self.downtime_dialog = dialog
        dialog.open()

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.add(row)

    def delete(self) -> None:
        row, roster = self.selected(), self.roster
        if row is not None:
            self.run_write(lambda _p, _c: roster.delete_downtime(row.id),
                           self.tr("Deleted the downtime."))

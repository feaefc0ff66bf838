"""Swap a shift between two workers: exchange it for one of the other worker's shifts that
week, or hand it over. Who approved it is recorded; the rules are checked for both people."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.roster import PersonBrief, RosterConflictError, ShiftRow, SwapInput
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services.roster import RosterService

HAND_OVER = -1


def shift_label(sh: ShiftRow, tz: ZoneInfo) -> str:
    start, end = sh.starts_at.astimezone(tz), sh.ends_at.astimezone(tz)
    return f"{sh.code or '—'} {start:%a %d %b %H:%M}–{end:%H:%M}"


class SwapDialog(QDialog):
    saved = Signal(object)  # SwapRow

    def __init__(self, roster: RosterService, runner: TaskRunner, shift: ShiftRow,
                 holder: str, people: list[PersonBrief], shifts: list[ShiftRow], tz: ZoneInfo,
                 approver: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roster, self.runner, self.shift, self.tz = roster, runner, shift, tz
        self.shifts = shifts
        self.setObjectName("swapDialog")
        self.setWindowTitle(self.tr("Swap a shift"))
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("swapPerson")
        self.person_combo.setAccessibleName(self.tr("Swap with"))
        for p in people:
            if p.id != shift.person_id:
                self.person_combo.addItem(p.name, p.id)
        self.shift_combo = QComboBox()
        self.shift_combo.setObjectName("swapShift")
        self.shift_combo.setAccessibleName(self.tr("Their shift in exchange"))
        self.approver_edit = QLineEdit(approver)
        self.approver_edit.setObjectName("swapApprover")
        self.approver_edit.setMaxLength(120)
        self.approver_edit.setAccessibleName(self.tr("Approved by"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("swapReason")
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setAccessibleName(self.tr("Reason for the swap"))
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("swapOverride")
        self.override_edit.setMaxLength(300)
        self.override_edit.setAccessibleName(self.tr("Override reason"))
        self.override_edit.setPlaceholderText(self.tr("only if rest or weekly hours conflict"))
        self.person_combo.currentIndexChanged.connect(self._on_person_combo_changed)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("{0}: {1}").format(holder, shift_label(shift, tz))))
        form.addRow(self.tr("Swap &with:"), self.person_combo)
        form.addRow(self.tr("&Their shift:"), self.shift_combo)
        form.addRow(self.tr("&Approved by:"), self.approver_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.tr("&Override reason:"), self.override_edit)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._on_person_combo_changed(0)
        self.resize(520, self.sizeHint().height())

    def _on_person_combo_changed(self, _index: int) -> None:
        self.shift_combo.clear()
        self.shift_combo.addItem(self.tr("Nothing: a hand-over"), HAND_OVER)
        pid = self.person_combo.currentData()
        for sh in self.shifts:
            if sh.person_id == pid:
                self.shift_combo.addItem(shift_label(sh, self.tz), sh.id)

    def value(self) -> SwapInput:
        other = self.shift_combo.currentData()
        return SwapInput(self.shift.id, int(self.person_combo.currentData()),
                         None if other in (None, HAND_OVER) else int(other),
                         self.approver_edit.text(), self.reason_edit.text())

    def accept(self) -> None:
        if self.person_combo.currentData() is None:
            self.error_label.show_message(self.tr("There is nobody to swap with."))
            return
        swap, override, roster = self.value(), self.override_edit.text(), self.roster
        self.buttons.setEnabled(False)
        self.runner.submit(lambda _p, _c: roster.swap(swap, override), write=True,
                           on_done=self._on_saved, on_error=self._on_failed, name="swap")

    def _on_saved(self, row: object) -> None:
        self.saved.emit(row)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.buttons.setEnabled(True)
        if isinstance(exc, RosterConflictError):
            lines = [str(c) for c in exc.conflicts]
            head = (self.tr("The swap breaks a rule and cannot be saved:") if exc.hard else
                    self.tr("Give an override reason to accept:"))
            self.error_label.show_message("\n".join([head, *lines]))
        else:
            self.error_label.show_message(error_text(exc))

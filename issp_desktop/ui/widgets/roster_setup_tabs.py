"""The shift templates tab and the rules tab (limits the roster checks, and the attendance
settings the door clock uses)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.services.roster import RosterRules
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.roster_list_models import TemplateModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.cohort_tab import ERROR_STYLE, OK_STYLE
from issp_desktop.ui.widgets.flow_row import wrapping
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.roster_list_tab import RosterListTab

if TYPE_CHECKING:
    from issp_desktop.services import Services


class TemplatesTab(RosterListTab):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__(services, runner, TemplateModel(), "templateTable", "Shift templates")
        self.setObjectName("rosterTemplatesTab")
        self.top.addWidget(wrapping(QLabel(self.tr(
            "Type a template's code on the week grid to plan that shift. A deactivated "
            "template stays on the shifts already planned with it."))), 1)
        self.add_button(self.tr("&New template…"), "newTemplateButton", lambda: self.open())
        self.add_button(self.tr("&Edit…"), "editTemplateButton", self.edit)
        self.add_button(self.tr("&Deactivate / activate"), "toggleTemplateButton", self.toggle)
        self.buttons.addStretch(1)
        self.table.doubleClicked.connect(lambda _i: self.edit())

    def fetch(self) -> Any:
        roster = self.roster
        return lambda _p, _c: roster.templates()

    def open(self, row: Any = None) -> None:
        from issp_desktop.ui.dialogs.shift_template_dialog import ShiftTemplateDialog

        dialog = ShiftTemplateDialog(self.roster, self.runner, row, self)
        dialog.saved.connect(lambda r: (self.say(self.tr("Saved {0}.").format(r.name), ok=True),
                                        self.load()))
        self.template_dialog = dialog
        dialog.open()

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.can_edit:
            self.open(row)

    def toggle(self) -> None:
        row, roster = self.selected(), self.roster
        if row is not None:
            self.run_write(lambda _p, _c: roster.set_template_active(row.id, not row.active),
                           self.tr("{0} is now {1}.").format(
                               row.name, self.tr("inactive") if row.active else
                               self.tr("active")))


FIELDS = (  # field, label, suffix, low, high
    ("min_rest_hours", "Minimum &rest between shifts:", " h", 0, 24),
    ("max_week_hours", "&Weekly maximum:", " h", 1, 168),
    ("max_week_hours_night", "Weekly maximum for &night workers:", " h", 1, 168),
    ("grace_minutes", "&Grace before a clock-in is late:", " min", 0, 120),
    ("early_leave_minutes", "Leaving &early counts after:", " min", 0, 240),
    ("clock_jump_hours", "Ask to &confirm a clock event further than:", " h", 1, 8760),
)


class RulesTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("rosterRulesTab")
        self.roster, self.runner = services.roster, runner
        self.can_edit = services.actor.can(Permission.ROSTER_EDIT)
        self.rules: RosterRules | None = None
        self.spins: dict[str, QSpinBox] = {}
        group = QGroupBox(self.tr("Roster and attendance rules"))
        form = QFormLayout(group)
        for key, label, suffix, low, high in FIELDS:
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(low, high)
            spin.setSuffix(suffix)
            spin.setMaximumWidth(140)
            spin.setReadOnly(not self.can_edit)
            spin.setAccessibleName(self.tr(label).replace("&", "").rstrip(":"))
            self.spins[key] = spin
            form.addRow(self.tr(label), spin)
        self.lock_label = QLabel()
        self.lock_label.setObjectName("payrollLockLabel")
        form.addRow(self.tr("Payroll closed through:"), self.lock_label)
        self.save_button = QPushButton(self.tr("&Save rules"))
        self.save_button.setObjectName("saveRulesButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.can_edit)
        self.message = FormError()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Kenyan defaults: 8 h rest, 52 h a week, 60 h for night workers. Rest and weekly "
            "hours are soft rules: a save above them needs an override reason. Overlaps, shifts "
            "of 0 or more than 16 h and shifts in a closed payroll period are never saved.")))
        layout.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        group.setMaximumWidth(560)
        layout.addWidget(group)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self) -> None:
        roster = self.roster
        self.runner.submit(lambda _p, _c: roster.rules(), on_done=self._on_loaded,
                           on_error=lambda e: self.say(error_text(e), ok=False))

    def _on_loaded(self, rules: object) -> None:
        assert isinstance(rules, RosterRules)
        self.rules = rules
        for key, spin in self.spins.items():
            spin.setValue(getattr(rules, key))
        lock = rules.payroll_locked_through
        self.lock_label.setText(lock.isoformat() if lock else self.tr("no period closed yet"))

    def save(self) -> None:
        if self.rules is None:
            return
        values = {k: s.value() for k, s in self.spins.items()}
        new = RosterRules(**values)  # type: ignore[arg-type]
        roster, version = self.roster, self.rules.version
        self.runner.submit(lambda _p, _c: roster.update_rules(new, version), write=True,
                           on_done=lambda r: (self._on_loaded(r),
                                              self.say(self.tr("Rules saved."), ok=True)),
                           on_error=lambda e: self.say(error_text(e), ok=False))

    def say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.show_message(text)

"""Assign one template to a whole cohort (or every worker) on chosen days of the week. The
shifts are staged on the grid, to be checked and saved with the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.roster import TemplateRow
from issp_desktop.ui.widgets.form_error import FormError

ALL_WORKERS = -1


class RosterAssignDialog(QDialog):
    def __init__(self, cohorts: list[tuple[int, str]], templates: list[TemplateRow],
                 days: list[date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterAssignDialog")
        self.setWindowTitle(self.tr("Assign a shift to a team"))
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("assignTeam")
        self.team_combo.setAccessibleName(self.tr("Cohort or all workers"))
        self.team_combo.addItem(self.tr("All workers"), ALL_WORKERS)
        for cid, name in cohorts:
            self.team_combo.addItem(name, cid)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("assignTemplate")
        self.template_combo.setAccessibleName(self.tr("Shift template"))
        for t in templates:
            self.template_combo.addItem(f"{t.code} — {t.name} {t.start_text}–{t.end_text}", t.id)
        self.day_boxes: list[QCheckBox] = []
        day_row = QHBoxLayout()
        for d in days:
            box = QCheckBox(d.strftime("%a"))
            box.setObjectName(f"assignDay{d.weekday()}")
            box.setChecked(d.weekday() < 5)
            box.setAccessibleName(d.strftime("%A"))
            self.day_boxes.append(box)
            day_row.addWidget(box)
        self.days = days
        form = QFormLayout()
        form.addRow(self.tr("&Team:"), self.team_combo)
        form.addRow(self.tr("&Shift:"), self.template_combo)
        form.addRow(self.tr("Days:"), day_row)
        self.error_label = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def team(self) -> int | None:
        value = self.team_combo.currentData()
        return None if value == ALL_WORKERS else int(value)

    def template_id(self) -> int:
        return int(self.template_combo.currentData())

    def chosen_days(self) -> list[date]:
        return [d for d, box in zip(self.days, self.day_boxes, strict=True) if box.isChecked()]

    def accept(self) -> None:
        if not self.chosen_days():
            self.error_label.show_message(self.tr("Choose at least one day."))
            return
        if self.template_combo.currentData() is None:
            self.error_label.show_message(self.tr("There is no active shift template."))
            return
        super().accept()

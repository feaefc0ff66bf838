"""Repeat the shown week's saved pattern for the next N weeks (written at once, checked
against every rule; soft conflicts need a reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.ui.widgets.form_error import FormError


class RosterRepeatDialog(QDialog):
    def __init__(self, monday: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterRepeatDialog")
        self.setWindowTitle(self.tr("Repeat this week"))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setObjectName("repeatWeeks")
        self.weeks_spin.setRange(1, 26)
        self.weeks_spin.setValue(4)
        self.weeks_spin.setAccessibleName(self.tr("Number of weeks"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("repeatReason")
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setAccessibleName(self.tr("Override reason"))
        self.reason_edit.setPlaceholderText(self.tr("only if rest or weekly hours conflict"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Copy the saved shifts of the week of {0} into the weeks "
                                   "after it.").format(monday.strftime("%d %b %Y"))))
        form.addRow(self.tr("&Weeks:"), self.weeks_spin)
        form.addRow(self.tr("Override &reason:"), self.reason_edit)
        self.error_label = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

"""Personal-data requests (manager): find the person, then export, correct or erase."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.services.privacy import PersonBrief, PersonCorrection
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class CorrectionDialog(QDialog):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct personal data"))
        self.first = QLineEdit(str(values.get("first_name") or ""))
        self.last = QLineEdit(str(values.get("last_name") or ""))
        self.other = QLineEdit(str(values.get("other_names") or ""))
        self.national_id = QLineEdit(str(values.get("national_id") or ""))
        self.has_dob = QCheckBox(self.tr("known"))
        self.dob = QDateEdit()
        self.dob.setDisplayFormat("yyyy-MM-dd")
        self.dob.setCalendarPopup(True)
        dob = values.get("date_of_birth")
        self.has_dob.setChecked(bool(dob))
        if dob:
            d = date.fromisoformat(str(dob))
            self.dob.setDate(QDate(d.year, d.month, d.day))
        self.gender = QLineEdit(str(values.get("gender") or ""))
        self.phone = QLineEdit(str(values.get("phone") or ""))
        self.county = QLineEdit(str(values.get("county") or ""))
        dob_row = QHBoxLayout()
        dob_row.addWidget(self.has_dob)
        dob_row.addWidget(self.dob, 1)
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("&First name:"), self.first, self.tr("First name")),
            (self.tr("&Last name:"), self.last, self.tr("Last name")),
            (self.tr("&Other names:"), self.other, self.tr("Other names")),
            (self.tr("National &ID:"), self.national_id, self.tr("National ID")),
            (self.tr("&Gender:"), self.gender, self.tr("Gender")),
            (self.tr("&Phone:"), self.phone, self.tr("Phone")),
            (self.tr("&County:"), self.county, self.tr("County")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.dob.setAccessibleName(self.tr("Date of birth"))
        self.has_dob.setAccessibleName(self.tr("Date of birth known"))
        dob_label = QLabel(self.tr("&Date of birth:"))
        dob_label.setBuddy(self.dob)
        form.insertRow(4, dob_label, dob_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> PersonCorrection:
        d = self.dob.date()
        return PersonCorrection(
            self.first.text(), self.last.text(), self.other.text(),
            self.national_id.text().strip() or None,
            date(d.year(), d.month(), d.day()) if self.has_dob.isChecked() else None,
            self.gender.text(), self.phone.text(), self.county.text())


class PrivacyDialog(QDialog):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.people: list[PersonBrief] = []
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Personal data requests"))
        self.search = QLineEdit()
        self.search.setObjectName("privacySearch")
        self.search.setPlaceholderText(self.tr("Name, national ID, phone or reference…"))
        self.search.setAccessibleName(self.tr("Find the person"))
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("privacyPeople")
        self.table.setAccessibleName(self.tr("People found"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("National ID"),
                                              self.tr("Stage"), self.tr("Cohort")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.export_button = QPushButton(self.tr("&Export everything…"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.erase_button = QPushButton(self.tr("E&rase on request…"))
        for b in (self.export_button, self.correct_button, self.erase_button):
            b.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.correct_button.clicked.connect(self.correct)
        self.erase_button.clicked.connect(self.erase)
        self.message = FormError()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.find)
        self.search.textChanged.connect(self._debounce.start)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (self.export_button, self.correct_button, self.erase_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        intro = QLabel(self.tr(
            "A person may see everything the centre holds about them, have it corrected, and "
            "ask for it to be erased (Kenya Data Protection Act 2019). Erasing removes names, "
            "IDs and contact details; wage, training and audit records stay, unnamed."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(680, 480)

    def find(self) -> None:
        try:
            self.people = self.services.privacy.find(self.search.text())
        except Exception as exc:
            self.message.show_message(error_text(exc))
            return
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            name = p.name + (self.tr(" (erased)") if p.erased else "")
            for c, text in enumerate((name, p.national_id or "—", p.stage, p.cohort or "—")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> PersonBrief | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        p = self.selected()
        self.export_button.setEnabled(p is not None)
        self.correct_button.setEnabled(p is not None and not p.erased)
        self.erase_button.setEnabled(p is not None and not p.erased)

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.show_message(text)
        self.find()

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.setStyleSheet("color: #b00020;")
        self.message.show_message(error_text(exc))

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the personal data in"))
        return Path(folder) if folder else None

    def export(self) -> None:
        p = self.selected()
        folder = self.choose_folder() if p else None
        if p is None or folder is None:
            return
        privacy = self.services.privacy
        self.runner.submit(lambda _p, _c: privacy.export_files(p.id, folder), write=True,
                           on_done=lambda paths: self._done(self.tr("Saved {0} and {1}.").format(
                               paths[0].name, paths[1].name)),
                           on_error=self._failed, name="export personal data")

    def ask_correction(self, p: PersonBrief) -> PersonCorrection | None:
        values = self.services.privacy.export(p.id).person
        dialog = CorrectionDialog(values, self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def correct(self) -> None:
        p = self.selected()
        fix = self.ask_correction(p) if p else None
        if p is None or fix is None:
            return
        privacy = self.services.privacy
        self.runner.submit(lambda _p, _c: privacy.correct(p.id, fix, p.version), write=True,
                           on_done=lambda _r: self._done(self.tr("Corrected.")),
                           on_error=self._failed, name="correct personal data")

    def ask_reason(self, p: PersonBrief) -> str | None:
        answer = QMessageBox.warning(
            self, self.tr("Erase this person's data?"),
            self.tr("Erase the names, IDs and contact details of {0}? This cannot be undone.")
            .format(p.name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        reason, ok = QInputDialog.getText(self, self.tr("Why?"), self.tr(
            "Reason (e.g. request by the person, date):"))
        return reason if ok else None

    def erase(self) -> None:
        p = self.selected()
        reason = self.ask_reason(p) if p else None
        if p is None or reason is None:
            return
        privacy = self.services.privacy
        self.runner.submit(lambda _p, _c: privacy.erase(p.id, reason), write=True,
                           on_done=lambda _r: self._done(self.tr("Erased.")),
                           on_error=self._failed, name="erase personal data")

"""The fields of a person's record: identity, contact, emergency contact, disability, cohort and
consent. Fields the role may not see are not shown (the service masks them anyway). Dates are
typed as YYYY-MM-DD or DD/MM/YYYY, like everywhere else in the app."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.people import parse_date
from issp_desktop.errors import ValidationError
from issp_desktop.services.people import CohortChoice, PersonInput, PersonRecord, Visibility

GENDERS = ("unsaid", "female", "male", "other")
ID_KINDS = ("national_id", "birth_certificate", "passport", "none")


class PersonForm(QWidget):
    def __init__(self, vis: Visibility, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vis = vis
        self.fields: dict[str, QWidget] = {}
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        t = self.tr
        identity = self._group(t("Identity"), [
            ("first_name", t("&First name:"), t("First name"), QLineEdit()),
            ("last_name", t("&Last name:"), t("Last name"), QLineEdit()),
            ("other_names", t("&Other names:"), t("Other names"), QLineEdit()),
            ("id_kind", t("ID &document:"), t("ID document"), self._combo(ID_KINDS, (
                t("National ID"), t("Birth certificate"), t("Passport"), t("None yet")))),
            ("national_id", t("ID &number:"), t("ID number"), QLineEdit()),
            ("date_of_birth", t("Date of &birth:"), t("Date of birth"), QLineEdit()),
            ("gender", t("&Gender:"), t("Gender"), self._combo(GENDERS, (
                t("Not said"), t("Female"), t("Male"), t("Other")))),
            ("cohort_id", t("Co&hort:"), t("Cohort"), QComboBox()),
        ])
        contact = self._group(t("Contact"), [
            ("phone", t("&Phone:"), t("Phone"), QLineEdit()),
            ("county", t("C&ounty:"), t("County"), QLineEdit()),
            ("settlement", t("&Settlement:"), t("Settlement"), QLineEdit()),
            ("emergency_contact_name", t("&Emergency contact:"), t("Emergency contact"),
             QLineEdit()),
            ("emergency_contact_phone", t("Emergency p&hone:"), t("Emergency phone"),
             QLineEdit()),
        ])
        health = self._group(t("Disability (health data)"), [
            ("has_disability", t("Disa&bility:"), t("Has a disability"),
             QCheckBox(t("the person has a disability"))),
            ("disability_notes", t("&Notes:"), t("Disability notes"), QLineEdit()),
        ])
        consent = self._group(t("Consent to keep this data"), [
            ("consent_on", t("Consent &date:"), t("Consent date"), QLineEdit()),
            ("consent_by", t("&Taken by:"), t("Consent taken by"), QLineEdit()),
            ("guardian_name", t("G&uardian (under 18):"), t("Guardian's name"), QLineEdit()),
            ("guardian_consent_on", t("Guardian cons&ent date:"), t("Guardian consent date"),
             QLineEdit()),
        ])
        for key in ("date_of_birth", "consent_on", "guardian_consent_on"):
            self.line(key).setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.line("phone").setPlaceholderText(self.tr("e.g. 0712 345 678"))
        for key, limit in (("first_name", 100), ("last_name", 100), ("other_names", 100),
                           ("national_id", 32), ("county", 60), ("settlement", 80)):
            self.line(key).setMaxLength(limit * 3)  # longer input gets a clear message
        layout = QVBoxLayout(self)
        for group in (identity, contact, health, consent):
            layout.addWidget(group)
        layout.addStretch(1)
        for key in ("national_id", "date_of_birth", "phone", "emergency_contact_phone"):
            self._show_row(key, vis.identity)
        health.setVisible(vis.health)
        self.setEnabled(vis.edit)

    def _group(self, title: str, rows: list[tuple[str, str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for key, text, name, widget in rows:
            widget.setObjectName(f"person_{key}")
            widget.setAccessibleName(name)
            form.addRow(text, widget)
            self.fields[key] = widget
            self.rows[key] = (form, widget)
        return group

    @staticmethod
    def _combo(values: tuple[str, ...], titles: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        for value, title in zip(values, titles, strict=True):
            combo.addItem(title, value)
        return combo

    def _show_row(self, key: str, shown: bool) -> None:
        form, widget = self.rows[key]
        form.setRowVisible(widget, shown)

    def line(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def combo(self, key: str) -> QComboBox:
        widget = self.fields[key]
        assert isinstance(widget, QComboBox)
        return widget

    # --- values in and out --------------------------------------------------------------------

    def set_cohorts(self, cohorts: list[CohortChoice]) -> None:
        combo = self.combo("cohort_id")
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for c in cohorts:
            combo.addItem(c.name, c.id)

    def set_record(self, p: PersonRecord | None, taken_by: str) -> None:
        values: dict[str, object] = {} if p is None else vars(p)
        for key, widget in self.fields.items():
            value = values.get(key)
            if isinstance(widget, QLineEdit):
                text = value.isoformat() if isinstance(value, date) else str(value or "")
                widget.setText(text)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
        if p is None or not p.consent_by:
            self.line("consent_by").setText(taken_by)

    def value(self) -> PersonInput:
        """What the form says; raises ``ValidationError`` naming a date that is not a date
        (everything else is checked by the service, which reports every problem)."""
        text = {k: w.text() for k, w in self.fields.items() if isinstance(w, QLineEdit)}
        dates: dict[str, date | None] = {}
        for key, what in (("date_of_birth", "date_of_birth"), ("consent_on", "consent_on"),
                          ("guardian_consent_on", "guardian_consent_on")):
            raw = text.pop(key).strip()
            try:
                dates[key] = parse_date(what, raw) if raw else None
            except ValidationError as exc:
                raise ValidationError(key, exc.reason) from exc
        if dates["consent_on"] is None:
            text["consent_by"] = ""  # no consent recorded: nobody took it
        disability = self.fields["has_disability"]
        assert isinstance(disability, QCheckBox)
        return PersonInput(
            id_kind=str(self.combo("id_kind").currentData()),
            gender=str(self.combo("gender").currentData()),
            cohort_id=self.combo("cohort_id").currentData(),
            has_disability=disability.isChecked(), **text, **dates)

    def mark(self, bad: set[str]) -> None:
        """Outline the fields with problems and put the cursor in the first one."""
        first = None
        for key, widget in self.fields.items():
            widget.setStyleSheet("border: 1px solid #b00020;" if key in bad else "")
            if key in bad and first is None and widget.isVisibleTo(self):
                first = widget
        if first is not None:
            first.setFocus()

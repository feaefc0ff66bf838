"""The centre's name, country, time zone and currency: used at first run and in Settings."""

from __future__ import annotations

import zoneinfo
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QWidget

from issp_desktop.domain.centre import CentreInfo, CentreSetup
from issp_desktop.domain.locales import COUNTRIES, CURRENCIES, DEFAULT_COUNTRY, country_by_code


@cache
def _time_zones() -> list[str]:
    return sorted(zoneinfo.available_timezones())


class CentreForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("centreNameEdit")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Tumaini Digital Skills Centre"))
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        for country in COUNTRIES:
            self.country_combo.addItem(country.name, country.code)
        self.tz_combo = QComboBox()
        self.tz_combo.setObjectName("timeZoneCombo")
        self.tz_combo.setEditable(True)
        self._zones_loaded = False
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(list(CURRENCIES))

        layout = QFormLayout(self)
        layout.addRow(self.tr("Centre &name:"), self.name_edit)
        layout.addRow(self.tr("&Country:"), self.country_combo)
        layout.addRow(self.tr("&Time zone:"), self.tz_combo)
        layout.addRow(self.tr("C&urrency:"), self.currency_combo)
        self.name_edit.setAccessibleName(self.tr("Centre name"))
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.tz_combo.setAccessibleName(self.tr("Time zone"))
        self.currency_combo.setAccessibleName(self.tr("Currency"))

        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        self._set_country(DEFAULT_COUNTRY.code)
        self._on_country_changed()

    def showEvent(self, event: QShowEvent) -> None:
        self._load_zones()
        super().showEvent(event)

    def _load_zones(self) -> None:
        """Fill the time-zone list when first shown (reading the tz database takes a while)."""
        if self._zones_loaded:
            return
        self._zones_loaded = True
        current = self.tz_combo.currentText()
        zones = _time_zones()
        self.tz_combo.clear()
        self.tz_combo.addItems(zones)
        completer = QCompleter(zones, self.tz_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tz_combo.setCompleter(completer)
        self.tz_combo.setCurrentText(current)

    def _set_country(self, code: str) -> None:
        index = self.country_combo.findData(code)
        self.country_combo.setCurrentIndex(max(index, 0))

    def _on_country_changed(self) -> None:
        country = country_by_code(str(self.country_combo.currentData()))
        if country is None:
            return
        self.tz_combo.setCurrentText(country.time_zone)
        self.currency_combo.setCurrentText(country.currency)

    def value(self) -> CentreSetup:
        return CentreSetup(
            name=self.name_edit.text(),
            country=str(self.country_combo.currentData()),
            time_zone=self.tz_combo.currentText(),
            currency=self.currency_combo.currentText(),
        )

    def set_value(self, info: CentreInfo) -> None:
        self.name_edit.setText(info.name)
        self._set_country(info.country)
        self.tz_combo.setCurrentText(info.time_zone)
        self.currency_combo.setCurrentText(info.currency)

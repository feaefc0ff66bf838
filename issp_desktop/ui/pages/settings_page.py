"""Settings: the centre's details and how it keeps its data safe (managers change them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.centre import CentreInfo, SafetySettings
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.centre_form import CentreForm
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class SettingsPage(QWidget):
    centre_saved = Signal(object)
    safety_saved = Signal(object)

    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.version: int | None = None
        self.setObjectName("settingsPage")
        self.setAccessibleName(self.tr("Settings"))

        self.form = CentreForm()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCentreButton")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.read_only_note = QLabel(self.tr("Only a manager can change these settings."))
        self.read_only_note.setObjectName("readOnlyNote")
        group = QGroupBox(self.tr("Centre"))
        box = QVBoxLayout(group)
        box.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)

        self.safety_group = QGroupBox(self.tr("Data safety"))
        self.safety_group.setObjectName("safetyGroup")
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleSpin")
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.backup_spin = QSpinBox()
        self.backup_spin.setObjectName("backupSpin")
        self.backup_spin.setRange(0, 24 * 60)
        self.backup_spin.setSuffix(self.tr(" min"))
        self.backup_spin.setSpecialValueText(self.tr("off"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("copyFolderEdit")
        self.folder_edit.setPlaceholderText(self.tr("e.g. a USB stick; empty = no copy"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.retention_spin = QSpinBox()
        self.retention_spin.setObjectName("retentionSpin")
        self.retention_spin.setRange(0, 1200)
        self.retention_spin.setSuffix(self.tr(" months"))
        self.retention_spin.setSpecialValueText(self.tr("keep"))
        for widget, name in ((self.idle_spin, self.tr("Lock after idle minutes")),
                             (self.backup_spin, self.tr("Automatic backup every minutes")),
                             (self.folder_edit, self.tr("Copy backups to folder")),
                             (self.retention_spin, self.tr("Keep alumni data months"))):
            widget.setAccessibleName(name)
        self.safety_save_button = QPushButton(self.tr("Save data &safety"))
        self.safety_save_button.setObjectName("saveSafetyButton")
        self.safety_save_button.clicked.connect(self.save_safety)
        self.safety_message = FormError()
        safety_form = QFormLayout(self.safety_group)
        safety_form.addRow(self.tr("&Lock the screen after no input for:"), self.idle_spin)
        safety_form.addRow(self.tr("Automatic &backup (when something changed) every:"),
                           self.backup_spin)
        folder_label = QLabel(self.tr("&Copy each backup to:"))
        folder_label.setBuddy(self.folder_edit)
        safety_form.addRow(folder_label, folder_row)
        safety_form.addRow(self.tr("Pseudonymise &alumni's personal data after:"),
                           self.retention_spin)
        safety_row = QHBoxLayout()
        safety_row.addWidget(self.safety_message, 1)
        safety_row.addWidget(self.safety_save_button)
        safety_form.addRow(safety_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(group)
        layout.addWidget(self.safety_group)
        layout.addStretch(1)

    def set_services(self, services: Services) -> None:
        self.services = services
        if self.isVisible():
            self.load()

    @property
    def can_edit(self) -> bool:
        return self.services is not None and self.services.actor.can(Permission.CENTRE_EDIT)

    def load(self) -> None:
        self.message.setText("")
        if self.services is None:
            self.save_button.setEnabled(False)
            self.message.setText(self.tr("Opening the database…"))
            return
        info = self.services.centre.get()
        if info is not None:
            self.form.set_value(info)
            self.version = info.version
        safety = self.services.centre.safety()
        self.idle_spin.setValue(safety.idle_lock_minutes)
        self.backup_spin.setValue(safety.backup_every_minutes)
        self.folder_edit.setText(safety.backup_copy_folder)
        self.retention_spin.setValue(safety.alumni_retention_months)
        editable = self.can_edit
        self.read_only_note.setVisible(not editable)
        self.form.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.safety_group.setEnabled(editable)

    def save(self) -> None:
        if self.services is None:
            return
        setup = self.form.value()
        service = self.services.centre
        version = self.version
        self.save_button.setEnabled(False)
        self.runner.submit(
            lambda _p, _c: service.update(setup, version),
            write=True,
            on_done=self._on_save_done,
            on_error=self._on_save_failed,
            name="save centre",
        )

    def _on_save_done(self, info: Any) -> None:
        assert isinstance(info, CentreInfo)
        self.save_button.setEnabled(True)
        self.form.set_value(info)
        self.version = info.version
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.centre_saved.emit(info)

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))

    def save_safety(self) -> None:
        if self.services is None:
            return
        settings = SafetySettings(self.idle_spin.value(), self.backup_spin.value(),
                                  self.folder_edit.text(), self.retention_spin.value())
        service = self.services.centre
        self.runner.submit(
            lambda _p, _c: service.update_safety(settings),
            write=True,
            on_done=self._on_safety_saved,
            on_error=lambda exc: self.safety_message.show_message(error_text(exc)),
            name="save safety settings",
        )

    def _on_safety_saved(self, settings: Any) -> None:
        self.safety_message.setStyleSheet("color: #1b5e20;")
        self.safety_message.show_message(self.tr("Saved."))
        if self.services is not None:
            info = self.services.centre.get()
            self.version = info.version if info else self.version
        self.safety_saved.emit(settings)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy backups to"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.centre import CentreInfo, SafetySettings
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.centre_form import CentreForm
from issp_desktop.ui.widgets.database_settings import DatabaseSettings
from issp_desktop.ui.widgets.display_settings import DisplaySettingsBox
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.language_settings import LanguageSettings

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

        self.encryption_label = QLabel()
        self.encryption_label.setObjectName("encryptionStatus")
        self.encryption_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt the database…"))
        self.encrypt_button.setObjectName("encryptButton")
        self.encrypt_button.clicked.connect(self.encrypt)
        self.passphrase_button = QPushButton(self.tr("Change the &passphrase…"))
        self.passphrase_button.setObjectName("passphraseButton")
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.recovery_button = QPushButton(self.tr("New &recovery key…"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.clicked.connect(self.new_recovery_key)
        encryption_buttons = QHBoxLayout()
        for button in (self.encrypt_button, self.passphrase_button, self.recovery_button):
            encryption_buttons.addWidget(button)
        encryption_buttons.addStretch(1)
        safety_form.addRow(self.tr("Encryption at rest:"), self.encryption_label)
        safety_form.addRow(encryption_buttons)

        # three tabs keep every part on screen at the default window size: the centre, how
        # its data is kept safe, and what belongs to this PC only
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        centre_tab = QWidget()
        centre_layout = QVBoxLayout(centre_tab)
        centre_layout.addWidget(group)
        centre_layout.addStretch(1)
        safety_tab = QWidget()
        safety_layout = QVBoxLayout(safety_tab)
        safety_layout.addWidget(self.safety_group)
        safety_layout.addStretch(1)
        pc_tab = QWidget()
        pc_layout = QVBoxLayout(pc_tab)
        pc_layout.addWidget(DisplaySettingsBox())
        self.language_settings = LanguageSettings()
        pc_layout.addWidget(self.language_settings)
        self.database_settings = DatabaseSettings(services, runner)
        pc_layout.addWidget(self.database_settings)
        pc_layout.addStretch(1)
        self.tabs.addTab(centre_tab, self.tr("Centre"))
        self.tabs.addTab(safety_tab, self.tr("Data safety"))
        self.tabs.addTab(pc_tab, self.tr("This PC"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)

    def set_services(self, services: Services) -> None:
        self.services = services
        self.database_settings.set_services(services)
        if self.isVisible():
            self.load()

    @property
    def can_edit(self) -> bool:
        return self.services is not None and self.services.actor.can(Permission.CENTRE_EDIT)

    def load(self) -> None:
        self.message.setText("")
        self.language_settings.load()  # this PC's choice, even before its tab is opened
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
        self._show_encryption()
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

    # --- encryption -----------------------------------------------------------------------------

    def _show_encryption(self) -> None:
        if self.services is None:
            return
        status = self.services.encryption.status()
        if status.encrypted:
            text = self.tr("On. The data is unreadable without the passphrase or the recovery "
                           "key (key {0}).").format(status.key_id)
        elif not self.services.db.is_sqlite:
            text = self.tr("Managed on the database server.")
        elif status.available:
            text = self.tr("Off. Anyone who takes this PC or a backup stick can read the data.")
        else:
            text = self.tr("Not available on this PC (SQLCipher is missing); the data is not "
                           "encrypted.")
        self.encryption_label.setText(text)
        plain = self.services.db.is_sqlite and not status.encrypted
        self.encrypt_button.setVisible(plain and status.available)
        self.passphrase_button.setVisible(status.encrypted)
        self.recovery_button.setVisible(status.encrypted)

    def ask_secret(self, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def _new_passphrase(self) -> str | None:
        first = self.ask_secret(self.tr("New passphrase"), self.tr(
            "New database passphrase (at least 10 characters; a short sentence is good):"))
        if first is None:
            return None
        second = self.ask_secret(self.tr("New passphrase"), self.tr("Repeat it:"))
        if second is None:
            return None
        if first != second:
            self.safety_message.show_message(self.tr("The two passphrases are not the same."))
            return None
        return first

    def _run_encryption(self, title: str, work: Any, done: Any) -> None:
        from issp_desktop.ui.tasks import run_with_progress

        run_with_progress(self.runner, self, title, lambda _p, _c: work(), write=True,
                          on_done=done,
                          on_error=lambda exc: self.safety_message.show_message(
                              error_text(exc)))

    def _show_recovery(self, recovery: Any) -> None:
        from issp_desktop.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

        assert self.services is not None
        status = self.services.encryption.status()
        info = self.services.centre.get()
        dialog = RecoveryKeyDialog(str(recovery), centre=info.name if info else "",
                                   key_id=status.key_id or "",
                                   location=self.services.db.location, parent=self)
        self.recovery_dialog = dialog
        self._show_encryption()
        dialog.open()

    def encrypt(self) -> None:
        if self.services is None:
            return
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        service = self.services.encryption
        self._run_encryption(self.tr("Encrypting the database…"),
                             lambda: service.encrypt(passphrase), self._show_recovery)

    def change_passphrase(self) -> None:
        if self.services is None:
            return
        current = self.ask_secret(self.tr("Change the passphrase"),
                                  self.tr("Current passphrase (or the recovery key):"))
        new = self._new_passphrase() if current is not None else None
        if current is None or new is None:
            return
        service = self.services.encryption
        self._run_encryption(self.tr("Changing the passphrase…"),
                             lambda: service.change_passphrase(current, new),
                             lambda _r: self.safety_message.show_message(
                                 self.tr("The passphrase is changed.")))

    def new_recovery_key(self) -> None:
        if self.services is None:
            return
        passphrase = self.ask_secret(self.tr("New recovery key"), self.tr(
            "Passphrase (the old recovery key stops working for this database):"))
        if passphrase is None:
            return
        service = self.services.encryption
        self._run_encryption(self.tr("Making a new key…"),
                             lambda: service.new_recovery_key(passphrase), self._show_recovery)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy backups to"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

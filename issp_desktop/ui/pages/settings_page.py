"""Settings: the centre's details (more groups arrive with later features)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from issp_desktop.domain.centre import CentreInfo
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.centre_form import CentreForm

if TYPE_CHECKING:
    from issp_desktop.services import Services


class SettingsPage(QWidget):
    centre_saved = Signal(object)

    def __init__(self, services: Services | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("settingsPage")
        self.setAccessibleName(self.tr("Settings"))
        self.form = CentreForm()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCentreButton")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        group = QGroupBox(self.tr("Centre"))
        box = QVBoxLayout(group)
        box.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addStretch(1)

    def set_services(self, services: Services) -> None:
        self.services = services
        if self.isVisible():
            self.load()

    def load(self) -> None:
        self.save_button.setEnabled(self.services is not None)
        if self.services is None:
            self.message.setText(self.tr("Opening the database…"))
            return
        info = self.services.centre.get()
        if info is not None:
            self.form.set_value(info)
        self.message.setText("")

    def save(self) -> None:
        if self.services is None:
            return
        setup = self.form.value()
        service = self.services.centre
        self.save_button.setEnabled(False)
        self.runner.submit(
            lambda _p, _c: service.update(setup),
            write=True,
            on_done=self._on_save_done,
            on_error=self._on_save_failed,
            name="save centre",
        )

    def _on_save_done(self, info: Any) -> None:
        assert isinstance(info, CentreInfo)
        self.save_button.setEnabled(True)
        self.form.set_value(info)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.centre_saved.emit(info)

    def _on_save_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))

"""Templates & signing: the centre's logo, accent colour and signatory (name, title, signature
image); the wording of each programme's certificates; this centre's public key for others;
the trusted centres whose certificates verify here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.services.certificate_types import Branding, BrandingInput, Wording
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services

MAX_SIDE = 1200  # larger pictures are scaled down before saving


def image_png(path: Path) -> bytes:
    """A picture file (PNG, JPEG, …) as PNG bytes, scaled down to at most MAX_SIDE; raises
    ValueError when it is not a picture Qt can read."""
    image = QImage(str(path))
    if image.isNull():
        raise ValueError(f"{path.name} is not a picture (PNG or JPEG)")
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class BrandingTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("brandingTab")
        self.branding = Branding()
        self.new_logo: bytes | None = None
        self.new_signature: bytes | None = None
        self.clear_logo = self.clear_signature = False
        self.wordings: dict[str, Wording] = {}
        self.message = FormError()
        self.done_label = QLabel()
        self.done_label.setObjectName("brandingDoneLabel")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self._branding_box())
        column.addWidget(self._wording_box())
        column.addWidget(self._keys_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)

    # --- building ------------------------------------------------------------------------------

    def _branding_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Look and signatory"))
        self.colour = QLineEdit()
        self.colour.setObjectName("accentColour")
        self.colour.setAccessibleName(self.tr("Accent colour"))
        self.colour.setMaxLength(7)
        pick = QPushButton(self.tr("Choose…"))
        pick.setObjectName("pickColourButton")
        pick.clicked.connect(self._on_pick_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(pick)
        self.signatory = QLineEdit()
        self.signatory.setObjectName("signatoryName")
        self.signatory.setAccessibleName(self.tr("Signatory's name"))
        self.signatory_title = QLineEdit()
        self.signatory_title.setObjectName("signatoryTitle")
        self.signatory_title.setAccessibleName(self.tr("Signatory's title"))
        self.logo_view = QLabel()
        self.logo_view.setObjectName("logoView")
        self.logo_view.setFixedSize(160, 80)
        self.signature_view = QLabel()
        self.signature_view.setObjectName("signatureView")
        self.signature_view.setFixedSize(200, 60)
        self.save_button = QPushButton(self.tr("&Save look and signatory"))
        self.save_button.setObjectName("saveBrandingButton")
        self.save_button.clicked.connect(self.save_branding)
        form = QFormLayout(box)
        form.addRow(self.tr("Accent colour:"), colour_row)
        form.addRow(self.tr("Signatory &name:"), self.signatory)
        form.addRow(self.tr("Signatory &title:"), self.signatory_title)
        form.addRow(self.tr("Logo:"), self._image_row(self.logo_view, "logo"))
        form.addRow(self.tr("Signature:"), self._image_row(self.signature_view, "signature"))
        form.addRow("", self.save_button)
        return box

    def _image_row(self, view: QLabel, which: str) -> QHBoxLayout:
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName(f"choose_{which}")
        choose.clicked.connect(lambda: self._on_choose_image(which))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName(f"remove_{which}")
        remove.clicked.connect(lambda: self._on_remove_image(which))
        row = QHBoxLayout()
        row.addWidget(view)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def _wording_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wording per programme"))
        self.programme_box = QComboBox()
        self.programme_box.setObjectName("wordingProgramme")
        self.programme_box.setAccessibleName(self.tr("Programme"))
        self.programme_box.currentIndexChanged.connect(self._on_programme_changed)
        self.progress_title = QLineEdit()
        self.progress_title.setObjectName("progressTitle")
        self.progress_title.setAccessibleName(self.tr("Progress certificate title"))
        self.progress_text = QPlainTextEdit()
        self.progress_text.setObjectName("progressText")
        self.progress_text.setAccessibleName(self.tr("Progress certificate wording"))
        self.progress_text.setMaximumHeight(64)
        self.progress_text.setTabChangesFocus(True)  # Tab moves on, never a trap
        self.skill_title = QLineEdit()
        self.skill_title.setObjectName("skillTitle")
        self.skill_title.setAccessibleName(self.tr("Skill certificate title"))
        self.skill_text = QPlainTextEdit()
        self.skill_text.setObjectName("skillText")
        self.skill_text.setAccessibleName(self.tr("Skill certificate wording"))
        self.skill_text.setMaximumHeight(64)
        self.skill_text.setTabChangesFocus(True)
        self.save_wording_button = QPushButton(self.tr("Save &wording"))
        self.save_wording_button.setObjectName("saveWordingButton")
        self.save_wording_button.clicked.connect(self.save_wording)
        form = QFormLayout(box)
        form.addRow(self.tr("&Programme:"), self.programme_box)
        form.addRow(self.tr("Progress title:"), self.progress_title)
        form.addRow(self.tr("Progress wording:"), self.progress_text)
        form.addRow(self.tr("Skill title:"), self.skill_title)
        form.addRow(self.tr("Skill wording:"), self.skill_text)
        form.addRow("", QLabel(self.tr("The wording may use {programme}, {cohort} and "
                                       "{centre}.")))
        form.addRow("", self.save_wording_button)
        return box

    def _keys_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing key and trusted centres"))
        self.key_label = QLabel()
        self.key_label.setObjectName("keyLabel")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export our public key…"))
        self.export_button.setObjectName("exportKeyButton")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.trusted = QTableWidget(0, 4)
        self.trusted.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.trusted.setObjectName("trustedTable")
        self.trusted.setAccessibleName(self.tr("Trusted centres"))
        self.trusted.setHorizontalHeaderLabels([self.tr("Centre"), self.tr("Fingerprint"),
                                                self.tr("Imported by"), self.tr("Imported")])
        self.trusted.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trusted.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trusted.verticalHeader().setVisible(False)
        self.trusted.horizontalHeader().setStretchLastSection(True)
        self.trusted.setMinimumHeight(110)
        self.import_button = QPushButton(self.tr("&Trust a centre's key file…"))
        self.import_button.setObjectName("importKeyButton")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button = QPushButton(self.tr("Stop trusting"))
        self.remove_button.setObjectName("removeTrustedButton")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.key_label)
        layout.addWidget(self.trusted)
        layout.addLayout(buttons)
        return box

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        can = self.services.actor.can(Permission.CERTIFICATES_ISSUE)
        for w in (self.save_button, self.save_wording_button, self.import_button,
                  self.remove_button):
            w.setVisible(can)
        certs = self.services.certificates
        training = self.services.training

        def work(_p: Any, _c: Any) -> tuple[Any, ...]:
            return (certs.branding(), certs.wordings(), certs.public_key(),
                    certs.trusted_centres(), training.list_cohorts())

        self.runner.submit(work, write=True, on_done=self._on_loaded, on_error=self._on_failed,
                           name="templates and signing")

    def _on_loaded(self, found: Any) -> None:
        branding, wordings, key, trusted, cohorts = found
        self.show_branding(branding)
        self.wordings = {w.programme: w for w in wordings}
        current = self.programme_box.currentData()
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        self.programme_box.addItem(self.tr("Every programme (default)"), "")
        for name in sorted({c.programme for c in cohorts if c.programme} | set(self.wordings)):
            if name:
                self.programme_box.addItem(name, name)
        self.programme_box.setCurrentIndex(max(self.programme_box.findData(current), 0))
        self.programme_box.blockSignals(False)
        self._on_programme_changed()
        self.key_label.setText(self.tr(
            "This centre signs its certificates with key {0} (fingerprint {1}). Give the "
            "exported key file to employers and other centres; they compare the fingerprint "
            "with you by phone.").format(key.key_id, key.fingerprint))
        self.show_trusted(trusted)
        self.message.clear_message()

    def show_branding(self, b: Branding) -> None:
        self.branding = b
        self.new_logo = self.new_signature = None
        self.clear_logo = self.clear_signature = False
        self.colour.setText(b.accent_colour)
        self.signatory.setText(b.signatory_name)
        self.signatory_title.setText(b.signatory_title)
        self._show_image(self.logo_view, b.logo_png)
        self._show_image(self.signature_view, b.signature_png)

    @staticmethod
    def _show_image(view: QLabel, png: bytes | None) -> None:
        if not png:
            view.setText("—")
            view.setPixmap(QPixmap())
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        view.setPixmap(pixmap.scaled(view.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation))

    def show_trusted(self, rows: Any) -> None:
        self.trusted.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate((r.name, r.fingerprint, r.imported_by,
                                       r.imported_at.astimezone().strftime("%Y-%m-%d"))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.trusted.setItem(i, j, item)
        self.trusted.resizeColumnsToContents()

    # --- branding ------------------------------------------------------------------------------

    def _on_pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour.text() or "#1F5F8B"), self,
                                       self.tr("Accent colour"))
        if colour.isValid():
            self.colour.setText(colour.name().upper())

    def _on_choose_image(self, which: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if name:
            self.set_image(which, Path(name))

    def set_image(self, which: str, path: Path) -> None:
        try:
            png = image_png(path)
        except ValueError as exc:
            self.message.show_message(str(exc))
            return
        if which == "logo":
            self.new_logo, self.clear_logo = png, False
            self._show_image(self.logo_view, png)
        else:
            self.new_signature, self.clear_signature = png, False
            self._show_image(self.signature_view, png)
        self.message.clear_message()

    def _on_remove_image(self, which: str) -> None:
        if which == "logo":
            self.new_logo, self.clear_logo = None, True
            self._show_image(self.logo_view, None)
        else:
            self.new_signature, self.clear_signature = None, True
            self._show_image(self.signature_view, None)

    def save_branding(self) -> None:
        new = BrandingInput(self.colour.text(), self.signatory.text(),
                            self.signatory_title.text(), self.new_logo, self.new_signature,
                            self.clear_logo, self.clear_signature)
        version = self.branding.version
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.save_branding(new, version), write=True,
                           on_done=self._on_branding_saved, on_error=self._on_failed,
                           name="save branding")

    def _on_branding_saved(self, b: Any) -> None:
        self.show_branding(b)
        self.done_label.setText(self.tr("Saved the look and signatory."))
        self.message.clear_message()

    # --- wording -------------------------------------------------------------------------------

    def _on_programme_changed(self, *_args: object) -> None:
        programme = self.programme_box.currentData() or ""
        w = self.wordings.get(programme) or self.wordings.get("") or Wording()
        self.progress_title.setText(w.progress_title)
        self.progress_text.setPlainText(w.progress_text)
        self.skill_title.setText(w.skill_title)
        self.skill_text.setPlainText(w.skill_text)

    def save_wording(self) -> None:
        wording = Wording(self.programme_box.currentData() or "", self.progress_title.text(),
                          self.progress_text.toPlainText(), self.skill_title.text(),
                          self.skill_text.toPlainText())
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.save_wording(wording), write=True,
                           on_done=self._on_wording_saved, on_error=self._on_failed,
                           name="save wording")

    def _on_wording_saved(self, w: Any) -> None:
        self.wordings[w.programme] = w
        self.done_label.setText(self.tr("Saved the wording for {0}.").format(
            w.programme or self.tr("every programme")))
        self.message.clear_message()

    # --- keys ----------------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save our public key as"),
                                              str(Path.home() / "centre-public-key.json"),
                                              self.tr("Key files (*.json)"))
        if name:
            self.export_key(Path(name))

    def export_key(self, path: Path) -> None:
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.export_public_key(path), write=True,
                           on_done=lambda info: self.done_label.setText(self.tr(
                               "Wrote the public key to {0}.").format(path)),
                           on_error=self._on_failed, name="export key")

    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("A centre's public key file"), "",
                                              self.tr("Key files (*.json);;All files (*)"))
        if name:
            self.trust_file(Path(name))

    def trust_file(self, path: Path) -> None:
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.trust(path), write=True,
                           on_done=self._on_trusted, on_error=self._on_failed, name="trust")

    def _on_trusted(self, row: Any) -> None:
        self.done_label.setText(self.tr("Now trusting {0} (fingerprint {1}).").format(
            row.name, row.fingerprint))
        self._reload_trusted()

    def remove_selected(self) -> None:
        rows = self.trusted.selectionModel().selectedRows()
        if not rows:
            self.message.show_message(self.tr("Choose a trusted centre first."))
            return
        trusted_id = self.trusted.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.remove_trusted(int(trusted_id)), write=True,
                           on_done=lambda _r: self._reload_trusted(),
                           on_error=self._on_failed, name="untrust")

    def _reload_trusted(self) -> None:
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.trusted_centres(), on_done=self.show_trusted,
                           on_error=self._on_failed, name="trusted centres")

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.show_message(error_text(exc))

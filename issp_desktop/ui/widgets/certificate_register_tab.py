"""Register: every issued certificate, newest first (lazy), searchable by serial, code or
name; reprint the same certificates (PDF or printer) and revoke one with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.certificates import CertificateKind
from issp_desktop.services.certificate_types import CertificatesCancelledError, RegisterFilter
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.certificate_register_model import RegisterModel
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.certificate_issue_tab import print_with_dialog
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class CertificateRegisterTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("certificateRegisterTab")
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Serial, short code or name"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("registerKindBox")
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.kind_box.addItem(self.tr("All kinds"), None)
        self.kind_box.addItem(self.tr("Progress"), CertificateKind.PROGRESS.value)
        self.kind_box.addItem(self.tr("Skill"), CertificateKind.SKILL.value)
        self.model = RegisterModel(services.certificates, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("registerTable")
        self.table.setAccessibleName(self.tr("Certificate register"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("registerCount")
        self.reprint_button = QPushButton(self.tr("Reprint to P&DF…"))
        self.reprint_button.setObjectName("reprintPdfButton")
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.print_button = QPushButton(self.tr("Reprint on p&rinter…"))
        self.print_button.setObjectName("reprintPrintButton")
        self.print_button.clicked.connect(self._on_print_clicked)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.message = FormError()
        self.done_label = QLabel()
        self.done_label.setObjectName("registerDoneLabel")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.load())

    def apply_permissions(self) -> None:
        can = self.services.actor.can(Permission.CERTIFICATES_ISSUE)
        for button in (self.reprint_button, self.print_button, self.revoke_button):
            button.setVisible(can)

    def load(self) -> None:
        self.apply_permissions()
        kind = self.kind_box.currentData()
        try:
            self.model.reload(RegisterFilter(self.search.text(),
                                             CertificateKind(kind) if kind else None))
        except Exception as exc:  # shown, never raised into Qt
            self.message.show_message(error_text(exc))
            return
        self.count_label.setText(self.tr("%n certificate(s)", "", self.model.total))
        self.message.clear_message()

    def selected_serials(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].serial for r in rows if r < len(self.model.rows)]

    def select_serial(self, serial: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.serial == serial:
                self.table.selectRow(i)
                return

    # --- reprint -------------------------------------------------------------------------------

    def _on_reprint_clicked(self) -> None:
        if not self.selected_serials():
            self.message.show_message(self.tr("Choose one or more certificates first."))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the reprint as"),
                                              str(Path.home() / "certificates-reprint.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.reprint_to_pdf(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def reprint_to_pdf(self, path: Path) -> None:
        serials = self.selected_serials()
        certs = self.services.certificates
        run_with_progress(self.runner, self, self.tr("Reprinting certificates…"),
                          lambda p, c: certs.reprint_pdf(serials, path, p, c),
                          on_done=lambda n: self.done_label.setText(
                              self.tr("Reprinted {0} certificate(s) into {1}.").format(n, path)),
                          on_error=self._on_failed)

    def _on_print_clicked(self) -> None:
        if not self.selected_serials():
            self.message.show_message(self.tr("Choose one or more certificates first."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.reprint_on(printer)

    def reprint_on(self, printer: QPrinter) -> None:
        try:
            job = self.services.certificates.reprint(self.selected_serials())
            pages = print_with_dialog(self, printer, job)
        except CertificatesCancelledError:
            self.done_label.setText(self.tr("Printing was cancelled."))
            return
        except Exception as exc:
            self.message.show_message(error_text(exc))
            return
        self.done_label.setText(self.tr("Printed {0} certificate(s).").format(pages))

    # --- revoke --------------------------------------------------------------------------------

    def _on_revoke_clicked(self) -> None:
        serials = self.selected_serials()
        if len(serials) != 1:
            self.message.show_message(self.tr("Choose one certificate to revoke."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke {0}").format(serials[0]),
            self.tr("Why is this certificate revoked? (kept in the register and shown to "
                    "anyone who verifies it)"))
        if ok:
            self.revoke(serials[0], reason)

    def revoke(self, serial: str, reason: str) -> None:
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.revoke(serial, reason), write=True,
                           on_done=self._on_revoked, on_error=self._on_failed, name="revoke")

    def _on_revoked(self, row: Any) -> None:
        self.done_label.setText(self.tr("Revoked {0} ({1}).").format(row.serial, row.person))
        self.load()
        self.select_serial(row.serial)

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.show_message(error_text(exc))

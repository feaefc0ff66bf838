"""Issue: pick a cohort, the kind and the template; see who is eligible (and why not); preview
the first page; issue into one PDF or to a printer, with a progress bar and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.certificates import CertificateKind
from issp_desktop.reports.certificate_pdf import layout_certificate
from issp_desktop.reports.certificate_words import certificate_language
from issp_desktop.services.certificate_types import (
    CertificatesCancelledError,
    IssueRequest,
    IssueResult,
    Orientation,
    PrintJob,
)
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.certificate_eligibility_model import EligibilityModel
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.translation import current_language
from issp_desktop.ui.widgets.certificate_painter import CertificatePreview, print_job
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class CertificateIssueTab(QWidget):
    issued = Signal(object)  # IssueResult

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.last_result: IssueResult | None = None
        self.setObjectName("certificateIssueTab")
        self.cohort_box = QComboBox()
        self.cohort_box.setObjectName("certificateCohortBox")
        self.cohort_box.setAccessibleName(self.tr("Cohort"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("certificateKindBox")
        self.kind_box.setAccessibleName(self.tr("Kind of certificate"))
        self.kind_box.addItem(self.tr("Progress certificate"), CertificateKind.PROGRESS.value)
        self.kind_box.addItem(self.tr("Skill certificate (at completion)"),
                              CertificateKind.SKILL.value)
        self.template_box = QComboBox()
        self.template_box.setObjectName("certificateTemplateBox")
        self.template_box.setAccessibleName(self.tr("Template"))
        self.template_box.addItem(self.tr("A4 landscape"), Orientation.LANDSCAPE.value)
        self.template_box.addItem(self.tr("A4 portrait"), Orientation.PORTRAIT.value)
        self.language_box = QComboBox()
        self.language_box.setObjectName("certificateLanguageBox")
        self.language_box.setAccessibleName(self.tr("Language of the printed wording"))
        for code, name in (("en", "English"), ("sw", "Kiswahili"), ("fr", "Français")):
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(
            current_language())))
        form = QFormLayout()
        form.addRow(self.tr("&Cohort:"), self.cohort_box)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Template:"), self.template_box)
        form.addRow(self.tr("&Wording in:"), self.language_box)
        self.model = EligibilityModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("eligibilityTable")
        self.table.setAccessibleName(self.tr("Members and whether they are eligible"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.all_button = QPushButton(self.tr("Tick &all eligible"))
        self.all_button.setObjectName("tickAllButton")
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.none_button.setObjectName("tickNoneButton")
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.show_preview)
        self.pdf_button = QPushButton(self.tr("Issue to P&DF…"))
        self.pdf_button.setObjectName("issuePdfButton")
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.print_button = QPushButton(self.tr("Issue and p&rint…"))
        self.print_button.setObjectName("issuePrintButton")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.summary = QLabel()
        self.summary.setObjectName("eligibilitySummary")
        self.summary.setWordWrap(True)
        self.message = FormError()
        self.done_label = QLabel()
        self.done_label.setObjectName("issuedLabel")
        self.done_label.setWordWrap(True)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.print_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.summary)
        left_layout.addLayout(ticks)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.done_label)
        left_layout.addLayout(actions)
        self.preview = CertificatePreview()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.cohort_box.currentIndexChanged.connect(self._on_choice_changed)
        self.kind_box.currentIndexChanged.connect(self._on_choice_changed)
        self.template_box.currentIndexChanged.connect(self._on_template_changed)

    def apply_permissions(self) -> None:
        can = self.services.actor.can(Permission.CERTIFICATES_ISSUE)
        self.pdf_button.setVisible(can)
        self.print_button.setVisible(can)

    # --- choices -------------------------------------------------------------------------------

    def load(self) -> None:
        self.apply_permissions()
        training = self.services.training
        self.runner.submit(lambda _p, _c: training.list_cohorts(), on_done=self._on_cohorts,
                           on_error=self._on_failed, name="cohorts for certificates")

    def _on_cohorts(self, rows: Any) -> None:
        current = self.cohort_box.currentData()
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        for row in rows:
            self.cohort_box.addItem(row.name, row.id)
        at = self.cohort_box.findData(current)
        self.cohort_box.setCurrentIndex(max(at, 0))
        self.cohort_box.blockSignals(False)
        self._on_choice_changed()

    def request(self, chosen_only: bool = True) -> IssueRequest | None:
        cohort_id = self.cohort_box.currentData()
        if cohort_id is None:
            return None
        return IssueRequest(int(cohort_id), str(self.kind_box.currentData()),
                            self.model.chosen() if chosen_only else None,
                            str(self.template_box.currentData()))

    def _on_choice_changed(self, *_args: object) -> None:
        req = self.request(chosen_only=False)
        self.preview.show_page(None)
        if req is None:
            self.model.set_rows([])
            return
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.eligibility(req.cohort_id, req.kind),
                           on_done=self._on_eligibility, on_error=self._on_failed,
                           name="eligibility")

    def _on_eligibility(self, rows: Any) -> None:
        self.model.set_rows(rows)
        eligible = sum(r.eligible for r in rows)
        self.summary.setText(self.tr("{0} of {1} member(s) eligible.").format(eligible,
                                                                              len(rows)))
        self.message.clear_message()

    def _on_template_changed(self, *_args: object) -> None:
        if self.preview.page is not None:
            self.show_preview()

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        if isinstance(exc, CertificatesCancelledError):
            self.done_label.setText(error_text(exc))
            return
        self.message.show_message(error_text(exc))

    def language(self) -> str:
        """The language of the printed wording (the signed content is the same in each)."""
        return str(self.language_box.currentData())

    # --- preview -------------------------------------------------------------------------------

    def show_preview(self) -> None:
        req = self.request()
        if req is None:
            return
        if not req.person_ids:
            self.message.show_message(self.tr("Tick at least one eligible person."))
            return
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.preview(req), on_done=self._on_preview,
                           on_error=self._on_failed, name="certificate preview")

    def _on_preview(self, job: Any) -> None:
        assert isinstance(job, PrintJob)
        with certificate_language(self.language()):
            self.preview.show_page(layout_certificate(job.certificates[0], job.branding))
        self.message.clear_message()

    # --- issue ---------------------------------------------------------------------------------

    def _checked_request(self) -> IssueRequest | None:
        req = self.request()
        if req is None:
            self.message.show_message(self.tr("Choose a cohort first."))
            return None
        if not req.person_ids:
            self.message.show_message(self.tr("Tick at least one eligible person."))
            return None
        return req

    def _on_pdf_button_clicked(self) -> None:
        if self._checked_request() is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificates as"),
            str(Path.home() / f"certificates-{self.cohort_box.currentText()}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if name:
            self.issue_to_pdf(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def issue_to_pdf(self, path: Path) -> None:
        req = self._checked_request()
        if req is None:
            return
        certs = self.services.certificates
        language = self.language()
        self.message.clear_message()
        run_with_progress(self.runner, self, self.tr("Issuing certificates…"),
                          lambda p, c: in_language(language, lambda: certs.issue_pdf(
                              req, path, p, c)), write=True,
                          on_done=lambda r: self._on_issued(r, str(path)),
                          on_error=self._on_failed)

    def _on_issued(self, result: Any, where: str) -> None:
        assert isinstance(result, IssueResult)
        self.last_result = result
        text = self.tr("Issued {0} certificate(s): {1}.").format(len(result.issued), where)
        if result.skipped:
            text += " " + self.tr("{0} not eligible, left out.").format(len(result.skipped))
        self.done_label.setText(text)
        self.issued.emit(result)
        self._on_choice_changed()

    def _on_print_button_clicked(self) -> None:
        if self._checked_request() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the certificates"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.issue_and_print(printer)

    def issue_and_print(self, printer: QPrinter) -> None:
        """Issue to the register, then print every page on ``printer`` (the GUI thread paints;
        Cancel stops printing, and the issued certificates can be reprinted from the
        register)."""
        req = self._checked_request()
        if req is None:
            return
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.issue(req), write=True,
                           on_done=lambda r: self._print_issued(printer, r),
                           on_error=self._on_failed, name="issue certificates")

    def _print_issued(self, printer: QPrinter, done: Any) -> None:
        result, job = done
        where = printer.outputFileName() or printer.printerName() or self.tr("the printer")
        try:
            with certificate_language(self.language()):
                print_with_dialog(self, printer, job)
        except CertificatesCancelledError:
            self.done_label.setText(self.tr(
                "Printing was cancelled. The {0} certificate(s) are issued: reprint them from "
                "the Register.").format(len(result.issued)))
            self.issued.emit(result)
            return
        except OSError as exc:
            self.message.show_message(self.tr("The printer failed: {0}. The certificates are "
                                              "issued: reprint them from the Register.")
                                      .format(exc))
            self.issued.emit(result)
            return
        self._on_issued(result, where)


def in_language(language: str, work: Callable[[], object]) -> object:
    """``work()`` with certificates worded in ``language`` (on whichever thread runs it)."""
    with certificate_language(language):
        return work()


def print_with_dialog(parent: QWidget, printer: QPrinter, job: PrintJob) -> int:
    """Print ``job`` with a progress dialog whose Cancel stops between pages."""
    total = len(job.certificates)
    dialog = QProgressDialog(parent.tr("Printing certificates…"), parent.tr("Cancel"), 0,
                             total, parent)
    dialog.setObjectName("printProgress")
    dialog.setMinimumDuration(400)

    def progress(done: int, count: int, _text: str) -> None:
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        return print_job(printer, job, progress, dialog.wasCanceled)
    finally:
        dialog.reset()
        dialog.deleteLater()

"""The clerk's month: pay periods with their states, the chosen period's payslips (gross, each
deduction, net) with a filter, the detail of how each figure was worked out, the period's items
and adjustments, and the actions — run, review, close, payslips, register, payment files and
payment references. Questions to the user go through small methods tests can answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.domain.payroll import hours_text, money
from issp_desktop.reports.payslip_words import payslip_language
from issp_desktop.ui.dialogs.payroll_item_dialog import PayrollItemDialog
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.payroll_models import PayslipTableModel, PeriodListModel, SimpleModel
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.translation import current_language
from issp_desktop.ui.widgets.flow_row import FlowRow
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services
    from issp_desktop.services.payroll_types import PayslipDetail, PeriodRow

SECTION_TITLES = {"earning": "Earnings", "deduction": "Deductions",
                  "employer": "Employer contributions (not deducted)", "info": "Notes"}


def _table(name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class PayrollPeriodsTab(QWidget):
    changed = Signal()

    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("payrollPeriodsTab")
        self._wanted: int | None = None
        self.periods_model = PeriodListModel(self)
        self.periods = _table("payPeriodTable", self.tr("Pay periods"))
        self.periods.setModel(self.periods_model)
        self.periods.selectionModel().selectionChanged.connect(self._on_periods_selection)
        self.new_button = self._button("newPeriodButton", self.tr("&New period"),
                                       self.new_period)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Pay periods</b>")))
        lv.addWidget(self.new_button)
        lv.addWidget(self.periods, 1)
        self.run_button = self._button("runButton", self.tr("&Run"), self.run_period)
        self.review_button = self._button("reviewButton", self.tr("Mark re&viewed"),
                                          self.mark_reviewed)
        self.reopen_button = self._button("reopenButton", self.tr("Back to &draft"),
                                          self.back_to_draft)
        self.close_button = self._button("closePeriodButton", self.tr("&Close period…"),
                                         self.close_period)
        self.payslips_button = self._button("payslipsButton", self.tr("&Payslips PDF…"),
                                            self.payslips_pdf)
        self.register_pdf_button = self._button("registerPdfButton", self.tr("Register P&DF…"),
                                                lambda: self.register_file("pdf"))
        self.register_xlsx_button = self._button("registerXlsxButton",
                                                 self.tr("Register &XLSX…"),
                                                 lambda: self.register_file("xlsx"))
        self.export_button = self._button("exportPaymentsButton",
                                          self.tr("&Export payments…"), self.export_payments)
        self.import_button = self._button("importPaymentsButton",
                                          self.tr("&Import payment references…"),
                                          self.import_references)
        self.item_button = self._button("addItemButton", self.tr("Add pay &item…"),
                                        lambda: self.add_item(False))
        self.adjust_button = self._button("addAdjustmentButton", self.tr("Add ad&justment…"),
                                          lambda: self.add_item(True))
        self.payslip_language = QComboBox()
        self.payslip_language.setObjectName("payslipLanguageBox")
        self.payslip_language.setAccessibleName(self.tr("Language of the payslips"))
        for code, name in (("en", self.tr("English with Kiswahili")), ("sw", "Kiswahili"),
                           ("fr", "Français")):
            self.payslip_language.addItem(name, code)
        self.payslip_language.setCurrentIndex(max(0, self.payslip_language.findData(
            current_language())))
        language_label = QLabel(self.tr("Payslip lan&guage:"))
        language_label.setBuddy(self.payslip_language)
        actions = FlowRow()
        for b in ((self.run_button, self.review_button, self.reopen_button,
                               self.close_button, self.item_button, self.adjust_button,
                               language_label, self.payslip_language,
                               self.payslips_button, self.register_pdf_button,
                               self.register_xlsx_button, self.export_button,
                               self.import_button)):
            actions.addWidget(b)
        self.summary = QLabel()
        self.summary.setObjectName("periodSummary")
        self.summary.setWordWrap(True)
        self.message = FormError()
        self.filter = QLineEdit()
        self.filter.setObjectName("payslipFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name or ID…"))
        self.filter.setAccessibleName(self.tr("Filter the payslips"))
        self.filter.textChanged.connect(self._on_filter_changed)
        self.slips_model = PayslipTableModel(self)
        self.slips = _table("payslipTable", self.tr("Payslips of the period"))
        self.slips.setModel(self.slips_model)
        self.slips.selectionModel().selectionChanged.connect(self._on_slips_selection)
        self.detail = QTextBrowser()
        self.detail.setObjectName("payslipDetail")
        self.detail.setAccessibleName(self.tr("How the payslip was worked out"))
        self.items_model = SimpleModel(("Name", "Kind", "Label", "Amount"), lambda r: (
            r.name, r.kind, r.label, money(r.amount_cents)), self)
        self.items = _table("payItemTable", self.tr("Pay items of the period"))
        self.items.setModel(self.items_model)
        self.adjustments_model = SimpleModel(
            ("Name", "Corrects", "Amount", "Reason", "By"), lambda r: (
                r.name, f"{r.corrects_period} #{r.corrects_payslip_id}", money(r.amount_cents),
                r.reason, r.recorded_by), self)
        self.adjustments = _table("adjustmentTable", self.tr("Adjustments in the period"))
        self.adjustments.setModel(self.adjustments_model)
        lower = QTabWidget()
        lower.setObjectName("periodLowerTabs")
        lower.addTab(self.detail, self.tr("How it was worked out"))
        lower.addTab(self.items, self.tr("Pay items"))
        lower.addTab(self.adjustments, self.tr("Adjustments"))
        self.lower = lower
        right_split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addLayout(actions)
        tv.addWidget(self.summary)
        tv.addWidget(self.message)
        tv.addWidget(self.filter)
        tv.addWidget(self.slips, 1)
        right_split.addWidget(top)
        right_split.addWidget(lower)
        right_split.setStretchFactor(0, 3)
        right_split.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right_split)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([360, 1040])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    # --- questions (tests answer these) -------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(self, title, suggested, filters)[0]

    def ask_open_path(self, title: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(self, title, "", filters)[0]

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def choose_format(self) -> str | None:
        labels = {self.tr("M-Pesa bulk payment (CSV)"): "mpesa",
                  self.tr("Bank transfer (CSV)"): "bank",
                  self.tr("Cash payout sheet (PDF)"): "cash"}
        text, ok = QInputDialog.getItem(self, self.tr("Export payments"),
                                        self.tr("Payment file:"), list(labels), 0, False)
        return labels.get(text) if ok else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # --- state --------------------------------------------------------------------------------

    @property
    def payroll(self) -> Any:
        return self.services.payroll

    def selected(self) -> PeriodRow | None:
        rows = self.periods.selectionModel().selectedRows()
        return self.periods_model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        p = self.selected()
        actor = self.services.actor
        edit = actor.can(Permission.PAYROLL_EDIT)
        draft = p is not None and p.state == "draft"
        for b in (self.new_button, self.run_button, self.review_button, self.reopen_button,
                  self.close_button, self.export_button, self.import_button, self.item_button,
                  self.adjust_button):
            b.setVisible(edit)
        self.run_button.setEnabled(draft)
        self.run_button.setText(self.tr("Re-&run") if draft and p and p.payslips
                                else self.tr("&Run"))
        self.review_button.setEnabled(draft and p is not None and p.run_at is not None)
        self.reopen_button.setEnabled(p is not None and p.state == "reviewed")
        self.close_button.setEnabled(p is not None and p.state == "reviewed")
        self.item_button.setEnabled(draft)
        self.adjust_button.setEnabled(draft)
        closed = p is not None and p.state == "closed"
        self.export_button.setEnabled(closed)
        self.import_button.setEnabled(closed)
        for b in (self.payslips_button, self.register_pdf_button, self.register_xlsx_button):
            b.setEnabled(p is not None and p.payslips > 0)

    def load(self, wanted: int | None = None) -> None:
        current = self.selected()
        self._wanted = wanted or (current.id if current else None)
        payroll = self.payroll
        self.runner.submit(lambda _p, _c: payroll.periods(), on_done=self._on_periods_loaded,
                           on_error=self._show_error, name="pay periods")

    def _on_periods_loaded(self, rows: list[Any]) -> None:
        self.periods_model.set_rows(rows)
        row = self.periods_model.row_of(self._wanted)
        if row < 0 and rows:
            row = next((i for i, r in enumerate(rows) if r.state != "closed"), 0)
        if row >= 0:
            self.periods.selectRow(row)
        else:
            self._show_period(None)
        self._update_buttons()

    def _on_periods_selection(self, *_: Any) -> None:
        self._show_period(self.selected())

    def _show_period(self, p: PeriodRow | None) -> None:
        self._update_buttons()
        self.detail.clear()
        if p is None:
            self.summary.setText(self.tr("No pay period yet: press New period."))
            self.slips_model.set_rows([], ())
            return
        payroll = self.payroll
        text = self.filter.text()

        def work(_p: Any, _c: Any) -> Any:
            reg = payroll.register(p.id)
            slips = payroll.payslips(p.id, text) if text.strip() else list(reg.rows)
            return reg, slips, payroll.items(p.id), payroll.adjustments(p.id)

        self.runner.submit(work, on_done=self._on_period_loaded, on_error=self._show_error,
                           name="payslips")

    def _on_period_loaded(self, found: Any) -> None:
        reg, slips, items, adjustments = found
        p = reg.period
        state = self.tr(p.state) if p.run_at is not None or p.state != "draft" else (
            self.tr("draft, changed since its last run: run it again") if p.payslips
            else self.tr("draft, not run yet"))
        check = self.tr("reconciles") if reg.reconciles else self.tr("DOES NOT RECONCILE")
        self.summary.setText(self.tr(
            "<b>{0}</b> ({1} to {2}, pay date {3}) — {4}. {5} payslips: gross {6}, deductions "
            "{7}, net {8}; employer contributions {9}; net + deductions = gross: {10}.").format(
            p.name, p.starts_on.isoformat(), p.ends_on.isoformat(), p.pay_date.isoformat(),
            state, len(reg.rows), money(reg.gross_cents), money(reg.deductions_cents),
            money(reg.net_cents), money(reg.employer_cents), check))
        self.slips_model.set_rows(slips, reg.codes)
        self.items_model.set_rows(items)
        self.adjustments_model.set_rows(adjustments)
        if slips:
            self.slips.selectRow(0)
        self.message.clear_message()

    def _on_filter_changed(self) -> None:
        self._show_period(self.selected())

    def _on_slips_selection(self, *_: Any) -> None:
        rows = self.slips.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        slip_id = self.slips_model.rows[rows[0].row()].id
        payroll = self.payroll
        self.runner.submit(lambda _p, _c: payroll.payslip_detail(slip_id),
                           on_done=self._on_detail_loaded, on_error=self._show_error,
                           name="payslip")

    def _on_detail_loaded(self, d: PayslipDetail) -> None:
        self.detail.setHtml(detail_html(d, self.tr))

    # --- actions ------------------------------------------------------------------------------

    def _show_error(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))

    def new_period(self) -> None:
        payroll = self.payroll
        run_with_progress(self.runner, self, self.tr("Creating the next pay period…"),
                          lambda _p, _c: payroll.create_period(), write=True,
                          on_done=lambda r: self.load(r.id), on_error=self._show_error)

    def run_period(self) -> None:
        p = self.selected()
        if p is None:
            return
        payroll = self.payroll
        run_with_progress(self.runner, self, self.tr("Running {0}…").format(p.name),
                          lambda prog, cancel: payroll.run(p.id, prog, cancel), write=True,
                          on_done=lambda _r: self.load(p.id), on_error=self._show_error)

    def mark_reviewed(self) -> None:
        p = self.selected()
        if p is not None:
            payroll = self.payroll
            self.runner.submit(lambda _p, _c: payroll.mark_reviewed(p.id, p.version),
                               write=True, on_done=lambda _r: self.load(p.id),
                               on_error=self._show_error)

    def back_to_draft(self) -> None:
        p = self.selected()
        if p is not None:
            payroll = self.payroll
            self.runner.submit(lambda _p, _c: payroll.back_to_draft(p.id, p.version),
                               write=True, on_done=lambda _r: self.load(p.id),
                               on_error=self._show_error)

    def close_period(self) -> None:
        p = self.selected()
        if p is None or not self.confirm(self.tr("Close {0}").format(p.name), self.tr(
                "Close {0} for good? Its {1} payslips can never change again (mistakes are "
                "corrected with adjustments in a later period), and shifts up to {2} are "
                "locked.").format(p.name, p.payslips, p.ends_on.isoformat())):
            return
        payroll = self.payroll
        self.runner.submit(lambda _p, _c: payroll.close(p.id, p.version), write=True,
                           on_done=lambda _r: self.load(p.id), on_error=self._show_error)

    def payslips_pdf(self) -> None:
        p = self.selected()
        path = p and self.ask_save_path(self.tr("Save the payslips"), f"payslips-{p.name}.pdf",
                                        self.tr("PDF (*.pdf)"))
        if not p or not path:
            return
        payroll = self.payroll
        language = str(self.payslip_language.currentData())

        def work(prog: Any, cancel: Any) -> Any:
            with payslip_language(language):  # on whichever thread runs it
                return payroll.write_payslips(p.id, Path(path), None, prog, cancel)

        run_with_progress(self.runner, self, self.tr("Making the payslips…"), work,
                          on_done=lambda r: self.message.show_message(self.tr(
                              "Saved {0} payslip pages to {1}").format(r.pages, r.path)),
                          on_error=self._show_error)

    def register_file(self, fmt: str) -> None:
        p = self.selected()
        path = p and self.ask_save_path(self.tr("Save the payroll register"),
                                        f"register-{p.name}.{fmt}", f"{fmt.upper()} (*.{fmt})")
        if not p or not path:
            return
        payroll = self.payroll
        run_with_progress(self.runner, self, self.tr("Making the register…"),
                          lambda _p, _c: payroll.write_register(p.id, Path(path)),
                          on_done=lambda r: self.message.show_message(
                              self.tr("Saved the register to {0}").format(r.path)),
                          on_error=self._show_error)

    def export_payments(self) -> None:
        p = self.selected()
        fmt = p and self.choose_format()
        if not p or not fmt:
            return
        try:
            preview = self.payroll.payment_preview(p.id, fmt)
        except Exception as exc:  # shown on the page
            self._show_error(exc)
            return
        if preview.bad_phones:
            listed = "\n".join(f"{n}: '{ph}'" for n, ph in preview.bad_phones)
            self.inform(self.tr("Fix these phone numbers first"), self.tr(
                "M-Pesa cannot pay these people (their phone cannot become 2547XXXXXXXX or "
                "2541XXXXXXXX); no file was written:\n{0}").format(listed))
            self.message.show_message(self.tr("{0} phone number(s) to fix before the M-Pesa "
                                              "export.").format(len(preview.bad_phones)))
            return
        if not self.confirm(self.tr("Export payments"), self.tr(
                "{0} file for {1}: control totals {2} payment(s), sum {3}. Payslips already "
                "marked paid: {4}. Write it?").format(fmt, p.name, preview.count,
                                                      money(preview.total_cents),
                                                      preview.already_paid)):
            return
        ext = "pdf" if fmt == "cash" else "csv"
        path = self.ask_save_path(self.tr("Save the payment file"), f"{fmt}-{p.name}.{ext}",
                                  f"{ext.upper()} (*.{ext})")
        if not path:
            return
        payroll = self.payroll
        run_with_progress(self.runner, self, self.tr("Writing the payment file…"),
                          lambda _p, _c: payroll.export_payments(p.id, fmt, Path(path)),
                          write=True, on_done=lambda r: self.message.show_message(self.tr(
                              "Wrote {0}: {1} payment(s), sum {2}").format(
                              r.path, r.count, money(r.total_cents))),
                          on_error=self._show_error)

    def import_references(self) -> None:
        p = self.selected()
        path = p and self.ask_open_path(self.tr("Payment references (CSV)"),
                                        self.tr("CSV (*.csv)"))
        if not p or not path:
            return
        payroll = self.payroll

        def done(r: Any) -> None:
            self.load(p.id)
            self.message.show_message(self.tr("Marked {0} payslip(s) paid, total {1}").format(
                r.marked, money(r.total_cents)))

        run_with_progress(self.runner, self, self.tr("Marking payments…"),
                          lambda _p, _c: payroll.import_payment_references(p.id, Path(path),
                                                                           date.today()),
                          write=True, on_done=done, on_error=self._show_error)

    def add_item(self, adjustment: bool) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            payees = self.payroll.payees()
        except Exception as exc:  # shown on the page
            self._show_error(exc)
            return
        dialog = PayrollItemDialog(self.payroll, p.id, payees, adjustment, self)
        dialog.saved.connect(lambda _r: self.load(p.id))
        self.item_dialog = dialog
        dialog.open()


def detail_html(d: PayslipDetail, tr: Any) -> str:
    """Every line of a payslip with its working, grouped by section."""
    s = d.payslip
    parts = [f"<h3>{_esc(s.name)} — {_esc(d.period.name)}</h3>",
             f"<p>{tr('Gross')} <b>{money(s.gross_cents)}</b> − {tr('deductions')} "
             f"<b>{money(s.deductions_cents)}</b> = {tr('net')} <b>{money(s.net_cents)}</b>"
             + (f"; {tr('paid')}: {_esc(s.paid_reference)}" if s.paid_reference else "")
             + "</p>"]
    for section in ("earning", "deduction", "employer", "info"):
        lines = [x for x in d.lines if x.section == section]
        if not lines:
            continue
        parts.append(f"<h4>{tr(SECTION_TITLES[section])}</h4><table cellpadding='2'>")
        for x in lines:
            qty = ""
            if x.quantity is not None:
                qty = hours_text(x.quantity) if x.unit == "min" else f"{x.quantity:,} {x.unit}"
            parts.append(f"<tr><td>{_esc(x.label)}</td><td align='right'>{qty}</td>"
                         f"<td align='right'><b>{money(x.amount_cents)}</b></td></tr>"
                         f"<tr><td colspan='3' style='color:#555'>{_esc(x.working)}</td></tr>")
        parts.append("</table>")
    if d.corrected_by:
        parts.append(f"<h4>{tr('Corrected later by')}</h4><ul>")
        parts += [f"<li>{_esc(a.period)}: {money(a.amount_cents)} — {_esc(a.reason)}</li>"
                  for a in d.corrected_by]
        parts.append("</ul>")
    return "".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

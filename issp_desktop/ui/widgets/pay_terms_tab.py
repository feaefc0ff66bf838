"""Pay terms: everybody's newest terms, a person's whole history (each row in force until the
next), and new terms through a dialog. Only roles with the pay-terms permission may add."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from issp_desktop.domain.access import Permission
from issp_desktop.ui.dialogs.pay_terms_dialog import PayTermsDialog
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.payroll_models import TermsModel
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.flow_row import wrapping
from issp_desktop.ui.widgets.form_error import FormError
from issp_desktop.ui.widgets.payroll_periods_tab import _table

if TYPE_CHECKING:
    from issp_desktop.services import Services


class PayTermsTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("payTermsTab")
        self.filter = QLineEdit()
        self.filter.setObjectName("termsFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setAccessibleName(self.tr("Filter the pay terms"))
        self.filter.textChanged.connect(self._apply_filter)
        self.new_button = QPushButton(self.tr("&New terms…"))
        self.new_button.setObjectName("newTermsButton")
        self.new_button.clicked.connect(self.new_terms)
        self.missing = QLabel()
        self.missing.setObjectName("missingTerms")
        self.missing.setWordWrap(True)
        self.current_model = TermsModel(self)
        self.current = _table("currentTermsTable", self.tr("Everybody's current pay terms"))
        self.current.setModel(self.current_model)
        self.current.selectionModel().selectionChanged.connect(self._on_selection)
        self.history_model = TermsModel(self)
        self.history = _table("termsHistoryTable", self.tr("The chosen person's terms history"))
        self.history.setModel(self.history_model)
        self.message = FormError()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.message)
        layout.addWidget(self.current, 3)
        layout.addWidget(wrapping(QLabel(self.tr(
            "<b>History of the chosen person</b> (newest first; each row is in force until the "
            "next)"))))
        layout.addWidget(self.history, 2)
        self._all: list[Any] = []
        self.new_button.setVisible(services.actor.can(Permission.PAY_TERMS_EDIT))

    def load(self) -> None:
        payroll = self.services.payroll
        self.new_button.setVisible(self.services.actor.can(Permission.PAY_TERMS_EDIT))
        self.runner.submit(lambda _p, _c: (payroll.current_terms(), payroll.payees()),
                           on_done=self._on_loaded, on_error=self._on_error, name="pay terms")

    def _on_error(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))

    def _on_loaded(self, found: Any) -> None:
        self._all, payees = found
        without = [p.name for p in payees if not p.has_terms and p.stage == "worker"]
        self.missing.setText(self.tr("Workers without pay terms ({0}): {1}").format(
            len(without), ", ".join(without[:15]) + ("…" if len(without) > 15 else ""))
            if without else "")
        self._apply_filter()

    def _apply_filter(self) -> None:
        text = self.filter.text().strip().casefold()
        self.current_model.set_rows([t for t in self._all if text in t.name.casefold()])

    def selected_person(self) -> int | None:
        rows = self.current.selectionModel().selectedRows()
        return self.current_model.rows[rows[0].row()].person_id if rows else None

    def _on_selection(self, *_: Any) -> None:
        pid = self.selected_person()
        if pid is None:
            self.history_model.set_rows([])
            return
        payroll = self.services.payroll
        self.runner.submit(lambda _p, _c: payroll.terms_history(pid),
                           on_done=self.history_model.set_rows, on_error=self._on_error)

    def new_terms(self) -> None:
        try:
            payees = self.services.payroll.payees()
        except Exception as exc:  # shown on the tab
            self._on_error(exc)
            return
        pid = self.selected_person()
        current = next((t for t in self._all if t.person_id == pid), None)
        dialog = PayTermsDialog(self.services.payroll, payees, pid, current, self)
        dialog.terms_saved.connect(lambda _r: self.load())
        self.dialog = dialog
        dialog.open()

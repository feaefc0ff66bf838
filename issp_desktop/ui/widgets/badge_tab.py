"""Badges: choose people (by stage and cohort) and print their ID badges, ten to an A4 page,
with the badge number as a QR code and a barcode. Only people with a badge number are
printed; the others are named so somebody can give them one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.access import Permission
from issp_desktop.services.certificate_types import BadgeSheet
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.models.badge_people_model import BadgePeopleModel
from issp_desktop.ui.tasks import TaskRunner, run_with_progress
from issp_desktop.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from issp_desktop.services import Services


class BadgeTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setObjectName("badgeTab")
        self.stage_box = QComboBox()
        self.stage_box.setObjectName("badgeStageBox")
        self.stage_box.setAccessibleName(self.tr("Stage"))
        for label, value in ((self.tr("Workers"), "worker"), (self.tr("Trainees"), "trainee"),
                             (self.tr("Everybody"), None)):
            self.stage_box.addItem(label, value)
        self.cohort_box = QComboBox()
        self.cohort_box.setObjectName("badgeCohortBox")
        self.cohort_box.setAccessibleName(self.tr("Cohort"))
        self.model = BadgePeopleModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("badgeTable")
        self.table.setAccessibleName(self.tr("People and their badge numbers"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("badgeSummary")
        self.summary.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Badges to P&DF…"))
        self.pdf_button.setObjectName("badgePdfButton")
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.message = FormError()
        self.done_label = QLabel()
        self.done_label.setObjectName("badgeDoneLabel")
        self.done_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Stage:")))
        top.itemAt(0).widget().setBuddy(self.stage_box)  # type: ignore[union-attr]
        top.addWidget(self.stage_box)
        top.addWidget(QLabel(self.tr("C&ohort:")))
        top.itemAt(2).widget().setBuddy(self.cohort_box)  # type: ignore[union-attr]
        top.addWidget(self.cohort_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Select people, or none for everybody listed.")))
        bottom.addStretch(1)
        bottom.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addLayout(bottom)
        self.stage_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.cohort_box.currentIndexChanged.connect(lambda _i: self.refresh())

    def load(self) -> None:
        self.pdf_button.setEnabled(self.services.actor.can(Permission.ATTENDANCE_EDIT))
        training = self.services.training
        self.runner.submit(lambda _p, _c: training.list_cohorts(), on_done=self._on_cohorts,
                           on_error=self._on_failed, name="cohorts for badges")

    def _on_cohorts(self, rows: Any) -> None:
        current = self.cohort_box.currentData()
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        self.cohort_box.addItem(self.tr("Any cohort"), None)
        for row in rows:
            self.cohort_box.addItem(row.name, row.id)
        self.cohort_box.setCurrentIndex(max(self.cohort_box.findData(current), 0))
        self.cohort_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        stage, cohort = self.stage_box.currentData(), self.cohort_box.currentData()
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.badge_people(stage, cohort),
                           on_done=self._on_people, on_error=self._on_failed, name="badges")

    def _on_people(self, rows: Any) -> None:
        self.model.set_rows(rows)
        without = [r.name for r in rows if not r.badge_no]
        text = self.tr("{0} people, {1} with a badge number.").format(
            len(rows), len(rows) - len(without))
        if without:
            text += " " + self.tr("No badge number yet (not printed): {0}").format(
                ", ".join(without[:12]) + ("…" if len(without) > 12 else ""))
        self.summary.setText(text)
        self.message.clear_message()

    def chosen_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        picked = [self.model.rows[r] for r in rows] or self.model.rows
        return [r.person_id for r in picked]

    def _on_pdf_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the badges as"),
                                              str(Path.home() / "badges.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.badges_to_pdf(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def badges_to_pdf(self, path: Path) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.message.show_message(self.tr("Nobody is listed."))
            return
        certs = self.services.certificates
        run_with_progress(self.runner, self, self.tr("Printing badges…"),
                          lambda p, c: certs.badge_pdf(ids, path, p, c),
                          on_done=lambda sheet: self._on_printed(sheet, path),
                          on_error=self._on_failed)

    def _on_printed(self, sheet: Any, path: Path) -> None:
        assert isinstance(sheet, BadgeSheet)
        text = self.tr("Printed {0} badge(s) into {1}.").format(len(sheet.badges), path)
        if sheet.missing:
            text += " " + self.tr("Left out, no badge number: {0}.").format(
                ", ".join(b.name for b in sheet.missing[:12])
                + ("…" if len(sheet.missing) > 12 else ""))
        self.done_label.setText(text)

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.message.show_message(error_text(exc))

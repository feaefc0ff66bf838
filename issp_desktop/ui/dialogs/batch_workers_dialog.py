"""Assign workers to a batch: everybody at stage 'worker', those on the batch ticked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from issp_desktop.services.deliverables_types import BatchDetail
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class BatchWorkersDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, detail: BatchDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workers on {0}").format(detail.batch.reference),
                         "batchWorkersDialog", parent)
        self.deliverables = deliverables
        self.detail = detail
        on = {w.person_id for w in detail.workers}
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("workersFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type to find a worker"))
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.list = QListWidget()
        self.list.setObjectName("workersList")
        for w in deliverables.available_workers():
            item = QListWidgetItem(w.name)
            item.setData(Qt.ItemDataRole.UserRole, w.person_id)
            item.setCheckState(Qt.CheckState.Checked if w.person_id in on
                               else Qt.CheckState.Unchecked)
            if w.person_id in on:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        self.add_row(self.tr("&Find:"), self.filter_edit)
        self.add_row(self.tr("&Workers:"), self.list)

    def _on_filter_changed(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> list[int]:
        on = {w.person_id for w in self.detail.workers}
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked
                and int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) not in on]

    def save(self) -> tuple[str, ...]:
        return self.deliverables.assign_workers(self.detail.batch.id, self.chosen())

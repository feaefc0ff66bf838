"""Add or rename an error category of the quality-check taxonomy (name and description)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

from issp_desktop.services.deliverables_types import CategoryRow
from issp_desktop.ui.widgets.deliverables_forms import SavingDialog

if TYPE_CHECKING:
    from issp_desktop.services.deliverables import DeliverablesService


class QaCategoryDialog(SavingDialog):
    def __init__(self, deliverables: DeliverablesService, category: CategoryRow | None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("New error category") if category is None
                 else self.tr("Rename error category '{0}'").format(category.name))
        super().__init__(title, "qaCategoryDialog", parent)
        self.deliverables = deliverables
        self.category = category
        self.name_edit = QLineEdit(category.name if category else "")
        self.name_edit.setObjectName("qaCategoryName")
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("e.g. transposed digits"))
        self.description_edit = QLineEdit(category.description if category else "")
        self.description_edit.setObjectName("qaCategoryDescription")
        self.description_edit.setMaxLength(200)
        self.description_edit.setMinimumWidth(360)
        self.add_row(self.tr("&Name:"), self.name_edit)
        self.add_row(self.tr("&Description:"), self.description_edit)

    def save(self) -> CategoryRow:
        if self.category is None:
            return self.deliverables.create_category(self.name_edit.text(),
                                                     self.description_edit.text())
        return self.deliverables.update_category(self.category.id, self.name_edit.text(),
                                                 self.description_edit.text())

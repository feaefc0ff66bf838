"""A row of buttons or filters that folds onto a second line when the window is too narrow
for it (a longer language, a larger text size), instead of forcing the window wider.

A drop-in for the ``QHBoxLayout`` of such rows: ``addWidget``, ``addLayout``, ``addStretch``
and ``addSpacing`` are accepted; stretch factors are ignored (items keep their natural size)
and a stretch is where a row's remaining space goes.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- the QHBoxLayout calls these rows use ---------------------------------------------------

    def addWidget(self, widget: QWidget, stretch: int = 0,
                  alignment: Qt.AlignmentFlag | None = None) -> None:
        # Qt makes the item (C++-owned) and hands it to addItem; when the widget is deleted
        # Qt takes it back through takeAt and deletes it. An item made here in Python would be
        # left pointing at a deleted widget (a crash at the next re-layout, e.g. a theme change).
        super().addWidget(widget)

    def addLayout(self, layout: QLayout, stretch: int = 0) -> None:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        self.addWidget(holder)

    def addStretch(self, stretch: int = 0) -> None:
        """Nothing to do: a folding row leaves its spare room at the end."""

    def addSpacing(self, size: int) -> None:
        """Nothing to do: items are spaced evenly."""

    # --- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._gap * max(0, len(shown) - 1)
        height = max((s.height() for s in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()




def wrapping(label: QLabel) -> QLabel:
    """``label`` set to wrap its words, so a longer language folds it instead of widening the
    window. Returns it, to wrap a ``QLabel(...)`` where it is built."""
    label.setWordWrap(True)
    return label

"""The Impact page's charts, drawn with QPainter (PySide6-Essentials has no QtCharts): income
before and after (grouped bars), headcount with departures by month (a line over stacked
bars) and the training funnel (horizontal bars)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from issp_desktop.services.impact_types import MonthRow

BEFORE = QColor("#9aa5b1")
AFTER = QColor("#1f6f8b")
LEFT = QColor("#d1495b")
LET_GO = QColor("#edae49")
POSITIVE = QColor("#66a182")
AXIS = QColor("#6b7682")


def nice_top(value: int) -> tuple[int, int]:
    """(axis top, tick step): the top a whole number of round steps, at most five."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000):
        if value <= step * 5:
            return max(step, -(-value // step) * step), step
    return value, max(1, value // 5)


class ImpactChart(QWidget):
    """One chart; ``kind`` is 'income', 'headcount' or 'funnel'."""

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.setObjectName(f"impactChart_{kind}")
        self.setAccessibleName(title)
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bands: list[tuple[str, int, int]] = []
        self.months: list[MonthRow] = []
        self.funnel: list[tuple[str, int]] = []

    def sizeHint(self) -> QSize:
        return QSize(380, 240)

    def set_income(self, bands: Sequence[tuple[str, int, int]]) -> None:
        self.bands = list(bands)
        self.setToolTip("\n".join(f"{b}: {x} at baseline, {y} now" for b, x, y in bands))
        self.update()

    def set_months(self, months: Sequence[MonthRow]) -> None:
        self.months = list(months)
        self.setToolTip("\n".join(
            f"{m.month:%b %Y}: headcount {m.headcount}, left {m.voluntary}, let go "
            f"{m.involuntary}, positive exits {m.positive}" for m in months))
        self.update()

    def set_funnel(self, funnel: Sequence[tuple[str, int]]) -> None:
        self.funnel = list(funnel)
        self.setToolTip("\n".join(f"{label}: {n}" for label, n in funnel))
        self.update()

    # --- drawing ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft,
                   self.title)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        p.setFont(small)
        area = QRectF(44, 30, self.width() - 60, self.height() - 80)
        if self.kind == "income":
            self._income(p, area)
        elif self.kind == "headcount":
            self._headcount(p, area)
        else:
            self._funnel(p, QRectF(90, 30, self.width() - 130, self.height() - 40))
        p.end()

    def _axis(self, p: QPainter, area: QRectF, top: int, step: int) -> None:
        p.setPen(QPen(AXIS, 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        for value in range(0, top + 1, step):
            y = area.bottom() - area.height() * value / top
            p.drawText(QRectF(0, y - 8, area.left() - 4, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{value:,.0f}")

    def _legend(self, p: QPainter, items: list[tuple[QColor, str]]) -> None:
        x = 44.0
        y = self.height() - 16
        for colour, label in items:
            p.fillRect(QRectF(x, y, 10, 10), colour)
            p.setPen(self.palette().text().color())
            width = p.fontMetrics().horizontalAdvance(label)
            p.drawText(QPointF(x + 14, y + 9), label)
            x += width + 30

    def _income(self, p: QPainter, area: QRectF) -> None:
        if not self.bands:
            return self._empty(p, area)
        top, step = nice_top(max(max(b, a) for _, b, a in self.bands))
        self._axis(p, area, top, step)
        slot = area.width() / len(self.bands)
        bar = slot * 0.34
        for i, (label, before, after) in enumerate(self.bands):
            x = area.left() + i * slot + slot * 0.14
            for j, (value, colour) in enumerate(((before, BEFORE), (after, AFTER))):
                h = area.height() * value / top
                p.fillRect(QRectF(x + j * bar, area.bottom() - h, bar - 1, h), colour)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(area.left() + i * slot, area.bottom() + 2, slot, 30),
                       Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                       label.replace("–", "–\n"))
        self._legend(p, [(BEFORE, self.tr("At baseline")), (AFTER, self.tr("Now"))])

    def _headcount(self, p: QPainter, area: QRectF) -> None:
        if not self.months:
            return self._empty(p, area)
        top, step = nice_top(max(m.headcount for m in self.months))
        self._axis(p, area, top, step)
        slot = area.width() / len(self.months)
        leave_top = max(1, max(m.voluntary + m.involuntary + m.positive for m in self.months))
        strip = area.height() * 0.3
        points = []
        every = max(1, (len(self.months) + 5) // 6)
        for i, m in enumerate(self.months):
            x = area.left() + i * slot
            base = area.bottom()
            for value, colour in ((m.voluntary, LEFT), (m.involuntary, LET_GO),
                                  (m.positive, POSITIVE)):
                h = strip * value / leave_top
                p.fillRect(QRectF(x + slot * 0.2, base - h, slot * 0.6, h), colour)
                base -= h
            points.append(QPointF(x + slot / 2, area.bottom() - area.height() * m.headcount
                                  / top))
            if i % every == 0:
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(x - slot, area.bottom() + 2, slot * 3, 16),
                           Qt.AlignmentFlag.AlignHCenter, f"{m.month:%b %y}")
        p.setPen(AXIS)
        p.drawText(QRectF(area.right() - 200, area.bottom() - strip - 16, 200, 14),
                   Qt.AlignmentFlag.AlignRight,
                   self.tr("departures: tallest bar {0}").format(leave_top))
        p.setPen(QPen(AFTER, 2))
        for a, b in itertools.pairwise(points):
            p.drawLine(a, b)
        self._legend(p, [(AFTER, self.tr("Headcount")), (LEFT, self.tr("Left")),
                         (LET_GO, self.tr("Let go")), (POSITIVE, self.tr("Positive exit"))])

    def _funnel(self, p: QPainter, area: QRectF) -> None:
        if not self.funnel:
            return self._empty(p, area)
        top = max(1, max(n for _, n in self.funnel))
        row = area.height() / len(self.funnel)
        for i, (label, n) in enumerate(self.funnel):
            y = area.top() + i * row
            w = area.width() * 0.85 * n / top
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, area.left() - 8, row),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            p.fillRect(QRectF(area.left(), y + row * 0.18, w, row * 0.64), AFTER)
            p.drawText(QRectF(area.left() + w + 6, y, 80, row),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{n:,}")

    def _empty(self, p: QPainter, area: QRectF) -> None:
        p.setPen(AXIS)
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show for this period"))

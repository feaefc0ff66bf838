"""A small line chart drawn with QPainter (PySide6-Essentials has no QtCharts): units per hour
(blue, left scale) and accuracy % (green, right scale) per week or month."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from issp_desktop.services.deliverables_types import ProductivityPoint

BLUE, GREEN, GRID = QColor("#1f6fb2"), QColor("#2e8b57"), QColor("#d0d0d0")


class ProductivityChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productivityChart")
        self.setAccessibleName(self.tr("Units per hour and accuracy over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[ProductivityPoint] = []
        self.title = ""

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_points(self, points: list[ProductivityPoint], title: str = "") -> None:
        self.points = list(points)
        self.title = title
        speeds = [p.units_per_hour_x100 / 100 for p in points
                  if p.units_per_hour_x100 is not None]
        self.setAccessibleDescription(self.tr("{0}: {1} periods, {2:.1f} units per hour on "
                                              "average").format(
            title, len(points), sum(speeds) / len(speeds) if speeds else 0.0))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        area = QRectF(48, 26, max(10, self.width() - 100), max(10, self.height() - 52))
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(8, 4, self.width() - 320, 20), Qt.AlignmentFlag.AlignLeft,
                   self.title or self.tr("Choose a worker"))
        p.setPen(QPen(GRID, 1))
        for i in range(5):
            y = area.top() + area.height() * i / 4
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        speeds = [(i, pt.units_per_hour_x100 / 100) for i, pt in enumerate(self.points)
                  if pt.units_per_hour_x100 is not None]
        accs = [(i, pt.accuracy_bp / 100) for i, pt in enumerate(self.points)
                if pt.accuracy_bp is not None]
        if not speeds and not accs:
            p.setPen(QColor("#777777"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No work logged"))
            p.end()
            return
        n = max(1, len(self.points) - 1)
        top = max((v for _, v in speeds), default=1.0) * 1.1 or 1.0
        low = min((v for _, v in accs), default=90.0)
        low = min(95.0, max(0.0, low - 1.0))

        def x(i: int) -> float:
            return area.left() + area.width() * i / n

        for values, colour, lo, hi in ((speeds, BLUE, 0.0, top), (accs, GREEN, low, 100.0)):
            p.setPen(QPen(colour, 2))
            pts = [QPointF(x(i), area.bottom() - (v - lo) / ((hi - lo) or 1) * area.height())
                   for i, v in values]
            for a, b in pairwise(pts):
                p.drawLine(a, b)
            for pt in pts:
                p.drawEllipse(pt, 2.5, 2.5)
        p.setPen(BLUE)
        p.drawText(QRectF(0, area.top() - 8, 44, 16), Qt.AlignmentFlag.AlignRight, f"{top:.0f}")
        p.drawText(QRectF(0, area.bottom() - 8, 44, 16), Qt.AlignmentFlag.AlignRight, "0")
        p.setPen(GREEN)
        p.drawText(QRectF(area.right() + 4, area.top() - 8, 48, 16), Qt.AlignmentFlag.AlignLeft,
                   "100 %")
        p.drawText(QRectF(area.right() + 4, area.bottom() - 8, 48, 16),
                   Qt.AlignmentFlag.AlignLeft, f"{low:.0f} %")
        p.setPen(QColor("#555555"))
        if self.points:
            p.drawText(QRectF(area.left() - 30, area.bottom() + 4, 80, 16),
                       Qt.AlignmentFlag.AlignLeft, self.points[0].start.isoformat())
            p.drawText(QRectF(area.right() - 50, area.bottom() + 4, 80, 16),
                       Qt.AlignmentFlag.AlignLeft, self.points[-1].start.isoformat())
        p.setPen(BLUE)
        p.drawText(QRectF(self.width() - 300, 4, 150, 20), Qt.AlignmentFlag.AlignRight,
                   self.tr("— units per hour"))
        p.setPen(GREEN)
        p.drawText(QRectF(self.width() - 140, 4, 130, 20), Qt.AlignmentFlag.AlignRight,
                   self.tr("— accuracy %"))
        p.end()

"""Certificates drawn with QPainter from the same layout the PDF uses: the on-screen preview
and printing through the system's print dialog (any printer, or Qt's own PDF output)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QSizePolicy, QWidget

from issp_desktop.config.paths import resources_dir
from issp_desktop.reports.certificate_pdf import (
    Box,
    Code,
    Page,
    Picture,
    Text,
    layout_certificate,
)
from issp_desktop.services.certificate_types import (
    CertificatesCancelledError,
    Orientation,
    PrintJob,
)

_FAMILY: str | None = None


def font_family() -> str:
    """DejaVu Sans from the app's resources (as the PDFs use), registered once."""
    global _FAMILY
    if _FAMILY is None:
        family = "DejaVu Sans"
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                family = families[0]
        _FAMILY = family
    return _FAMILY


def paint_page(painter: QPainter, page: Page, target: QRectF) -> None:
    """Draw ``page`` (points, origin bottom-left) scaled into ``target``."""
    scale = min(target.width() / page.width, target.height() / page.height)
    ox = target.x() + (target.width() - page.width * scale) / 2
    oy = target.y() + (target.height() - page.height * scale) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.translate(ox, oy)
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, page.width, page.height), QColor("white"))
    h = page.height
    family = font_family()
    for item in page.items:
        if isinstance(item, Text):
            font = QFont(family)
            font.setBold(item.bold)
            # points are page units here: keep the font size in those units on any device
            font.setPixelSize(max(1, round(item.size)))
            painter.setFont(font)
            painter.setPen(QColor(item.colour))
            width = QFontMetricsF(font).horizontalAdvance(item.text)
            x = item.x - (width / 2 if item.align == "centre"
                          else width if item.align == "right" else 0)
            painter.drawText(QPointF(x, h - item.y), item.text)
        elif isinstance(item, Box):
            rect = QRectF(item.x, h - item.y - item.h, item.w, item.h)
            if item.fill:
                painter.fillRect(rect, QColor(item.fill))
            if item.stroke:
                painter.setPen(QPen(QColor(item.stroke), item.width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
        elif isinstance(item, Picture):
            image = QImage.fromData(item.png)
            if not image.isNull():
                painter.drawImage(QRectF(item.x, h - item.y - item.h, item.w, item.h), image)
        elif isinstance(item, Code):
            _paint_code(painter, item, h)
    painter.restore()


def _paint_code(painter: QPainter, item: Code, page_height: float) -> None:
    unit = item.side / item.matrix.size
    top = page_height - item.y - item.side
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor("black")
    for r, c, n in item.matrix.runs():
        painter.fillRect(QRectF(item.x + c * unit, top + r * unit, n * unit + 0.01,
                                unit + 0.01), black)
    painter.restore()


def print_job(printer: QPrinter, job: PrintJob,
              progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Print every certificate of ``job`` on ``printer``, one page each; returns pages."""
    from PySide6.QtGui import QPageLayout, QPageSize

    total = len(job.certificates)
    painter = QPainter()
    first = job.certificates[0] if job.certificates else None
    if first is not None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(
            QPageLayout.Orientation.Portrait
            if Orientation(first.orientation) is Orientation.PORTRAIT
            else QPageLayout.Orientation.Landscape)
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for i, cert in enumerate(job.certificates):
            if cancelled is not None and cancelled():
                printer.abort()
                raise CertificatesCancelledError()
            if i:
                printer.newPage()
            page = layout_certificate(cert, job.branding)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            paint_page(painter, page, QRectF(0, 0, area.width(), area.height()))
            if progress is not None:
                progress(i + 1, total, f"Certificate {i + 1} of {total}")
    finally:
        painter.end()
    return total


class CertificatePreview(QWidget):
    """Shows one laid-out page, scaled to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatePreview")
        self.setAccessibleName(self.tr("Certificate preview"))
        self.page: Page | None = None
        self.setMinimumSize(320, 230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_page(self, page: Page | None) -> None:
        self.page = page
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 400)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.page is not None:
            paint_page(painter, self.page, QRectF(self.rect()).adjusted(6, 6, -6, -6))
        else:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Choose a cohort and press Preview."))
        painter.end()

    def render_image(self, width: int = 1123) -> QImage:
        """The page as an image (for tests and screenshots)."""
        assert self.page is not None
        height = round(width * self.page.height / self.page.width)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_page(painter, self.page, QRectF(0, 0, width, height))
        painter.end()
        return image

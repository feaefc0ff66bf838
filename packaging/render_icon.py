"""Render ``resources/icons/issp-desktop.svg`` to PNGs (256 px, 48 px) and a Windows ``.ico``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py

Run it again after changing the SVG and commit both files. Uses Qt's SVG module (in
PySide6-Essentials), so no extra tools are needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (256, 48)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def write_ico(png: Path, out: Path) -> None:
    """The Windows icon (16 to 256 px in one file), with Pillow (a ReportLab dependency)."""
    from PIL import Image

    with Image.open(png) as image:
        image.save(out, format="ICO", sizes=[(16, 16), (24, 24), (32, 32), (48, 48),
                                             (64, 64), (128, 128), (256, 256)])


def main() -> int:
    svg = ICONS / "issp-desktop.svg"
    for size in SIZES:
        name = "issp-desktop.png" if size == 256 else f"issp-desktop-{size}.png"
        render(svg, size, ICONS / name)
        print(ICONS / name)
    write_ico(ICONS / "issp-desktop.png", ICONS / "issp-desktop.ico")
    print(ICONS / "issp-desktop.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""ID badges: ten to a page, names and badge numbers read back, a photo that cannot be read
left off, the QR code decodes to the badge number."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from issp_desktop.reports.badge_pdf import build_badges_pdf
from issp_desktop.services.certificate_types import BadgeRow, BadgeSheet
from issp_desktop.services.demo_certificates import demo_logo


def sheet(n: int) -> BadgeSheet:
    badges = tuple(BadgeRow(i, f"Wanjirũ Kĩmani {i}" if i % 2 else "أمينة حسن", "worker",
                            f"B{i:04d}", "2026-05 Kibera", demo_logo() if i == 1
                            else (b"not a picture" if i == 2 else None))
                   for i in range(1, n + 1))
    return BadgeSheet("Kibera Centre", "#1F5F8B", None, badges, ())


def test_badges_read_back(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    assert build_badges_pdf(sheet(23), path) == 3
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    text = reader.pages[0].extract_text()
    assert "Wanjirũ Kĩmani 1" in text and "B0001" in text and "Kibera Centre" in text
    assert "B0021" in reader.pages[2].extract_text()


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="pdftoppm and zbarimg are not installed")
def test_badge_codes_decode(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    build_badges_pdf(sheet(1), path)
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(path), str(tmp_path / "p")],
                   check=True, timeout=60)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(next(tmp_path.glob("p*.png")))],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["B0001", "B0001"]  # the QR code and the barcode

"""Certificate PDFs: the text read back, names with combining marks and right-to-left text
drawn without a crash, both templates, and the QR code decoded from a rendered page."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from issp_desktop.domain import certificates as dc
from issp_desktop.domain.certificates import CertificateContent, CertificateKind, ModuleResult
from issp_desktop.reports.certificate_pdf import build_certificates_pdf, layout_certificate
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.certificate_types import (
    Branding,
    CertificatePrint,
    Orientation,
    PrintJob,
    Wording,
)
from issp_desktop.services.demo_certificates import demo_logo, demo_signature

PRIVATE = bytes(range(1, 33))
NAMES = ("Wanjirũ Kĩmani", "Nyokabi̇ Njeri", "Kĩmani wa Mũrĩithi", "أمينة حسن",
         "Zoë O'Brien-Achieng'")


def cert(name: str, serial: int, orientation: Orientation = Orientation.LANDSCAPE,
         kind: CertificateKind = CertificateKind.SKILL) -> CertificatePrint:
    public = keys._private(PRIVATE).public_key().public_bytes_raw()
    content = CertificateContent(
        dc.key_id(public), f"2026-{serial:05d}", kind, date(2026, 11, 16), name,
        "Data Entry", "2026-05 Kibera Data Entry", 3, 3, 9250, 312,
        (ModuleResult("Typing", wpm=45, accuracy_bp=9710),
         ModuleResult("Computer literacy", score=82), ModuleResult("English", score=91)),
        12, 9870)
    body = dc.encode_body(content)
    return CertificatePrint(content, dc.make_code(bytes([serial % 256] * 7)),
                            dc.qr_text(body, keys.sign(PRIVATE, body)), orientation, Wording())


def job(*certs: CertificatePrint) -> PrintJob:
    return PrintJob(Branding("Kibera Digital Skills Centre", demo_logo(), "#1F5F8B",
                             "Grace Mũthoni", "Centre manager", demo_signature(), 1), certs)


def test_text_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    certs = [cert(n, i + 1) for i, n in enumerate(NAMES)]
    certs.append(cert("Otieno Ali", 9, Orientation.PORTRAIT, CertificateKind.PROGRESS))
    assert build_certificates_pdf(job(*certs), path) == len(certs)
    reader = PdfReader(path)
    assert len(reader.pages) == len(certs)
    first = reader.pages[0].extract_text()
    for expected in ("Kibera Digital Skills Centre", "Certificate of Skill", "Wanjirũ Kĩmani",
                     "2026-00001", dc.format_code(certs[0].code), "Grace Mũthoni",
                     "45 wpm at 97.1 % accuracy", "production accuracy 98.7 % over 12 batches",
                     "Advanced", "16 November 2026", "Attendance: 92.5 %"):
        assert expected in first, expected
    assert "Kĩmani wa Mũrĩithi" in reader.pages[2].extract_text()
    last = reader.pages[-1]
    assert "Certificate of Progress" in last.extract_text()
    assert float(last.mediabox.height) > float(last.mediabox.width)  # portrait
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)


def test_long_names_fit_the_page() -> None:
    long = "Wanjirũ " * 12 + "Kĩmani"
    page = layout_certificate(cert(long, 1), job().branding)
    from issp_desktop.reports.certificate_pdf import Text, text_width

    for item in page.items:
        if isinstance(item, Text):
            assert text_width(item.text, item.size, item.bold) <= page.width - 40, item.text


def _tools() -> bool:
    return bool(shutil.which("pdftoppm") and shutil.which("zbarimg"))


@pytest.mark.skipif(not _tools(), reason="pdftoppm and zbarimg are not installed")
@pytest.mark.parametrize("orientation", list(Orientation))
def test_qr_code_decodes_from_a_rendered_page(tmp_path: Path,
                                              orientation: Orientation) -> None:
    c = cert("Wanjirũ Kĩmani", 7, orientation)
    path = tmp_path / "c.pdf"
    build_certificates_pdf(job(c), path)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True, timeout=60)
    png = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == c.qr_text
    body, _ = dc.split_qr_text(out.stdout)
    assert dc.decode_body(body).person == "Wanjirũ Kĩmani"

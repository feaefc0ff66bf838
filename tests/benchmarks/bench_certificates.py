"""Certificate benchmarks.

* ``certificates_batch``: 1,000 signed skill certificates (landscape, logo, signature image,
  six module results, QR code, short code) drawn into one PDF by ``build_certificates_pdf``.
  Floor: a bare ReportLab page with the same text (``drawString``, no QR, no pictures), 1,000
  pages into one PDF. Detail ``reportlab_qr_widget``: that bare page plus ReportLab's own
  ``QrCodeWidget`` with the same QR text, measured on 50 pages and scaled to 1,000 (it is
  far too slow to run 1,000 times). Detail ``sign_1000``: signing the 1,000 bodies.
  Target: 5 s.
* ``certificate_verify``: ``services.certificates.verify`` of a short code and of a QR text
  in a store of 1,000 certificates. Floor: raw sqlite3 selecting the entry by code plus one
  Ed25519 signature check. Target: 20 ms.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from run import Context, Row, benchmark, median

N = 1000
WIDGET_SAMPLE = 50


def _prints(n: int) -> tuple[Any, list[Any], float]:
    from issp_desktop.domain import certificates as dc
    from issp_desktop.services import certificate_keys as keys
    from issp_desktop.services.certificate_types import (
        Branding,
        CertificatePrint,
        Orientation,
        PrintJob,
        Wording,
    )
    from issp_desktop.services.demo_certificates import demo_logo, demo_signature

    private = bytes(range(7, 39))
    public = keys._private(private).public_key().public_bytes_raw()
    results = (dc.ModuleResult("Typing", wpm=52, accuracy_bp=9941),
               dc.ModuleResult("Computer literacy", score=77),
               dc.ModuleResult("English for work", score=91),
               dc.ModuleResult("Soft skills", score=87),
               dc.ModuleResult("Financial literacy", score=92),
               dc.ModuleResult("Client work: data entry", score=78))
    contents = [dc.CertificateContent(
        dc.key_id(public), f"2026-{i + 1:05d}", dc.CertificateKind.SKILL, date(2026, 11, 16),
        f"Wanjirũ Kĩmani {i}", "Data Entry", "2026-05 Kibera Data Entry", 6, 6, 9490, 399,
        results, 31, 9939) for i in range(n)]
    start = time.perf_counter()
    bodies = [dc.encode_body(c) for c in contents]
    signatures = [keys.sign(private, b) for b in bodies]
    sign_s = time.perf_counter() - start
    prints = [CertificatePrint(c, dc.make_code(hashlib.sha256(str(i).encode()).digest()),
                               dc.qr_text(b, s), Orientation.LANDSCAPE, Wording())
              for i, (c, b, s) in enumerate(zip(contents, bodies, signatures, strict=True))]
    branding = Branding("Tumaini Digital Skills Centre", demo_logo(), "#1F5F8B",
                        "Grace Mũthoni", "Centre manager", demo_signature(), 1)
    return PrintJob(branding, tuple(prints)), prints, sign_s


def _bare_page(canvas: Any, page: Any) -> None:
    """The same words at the same places, nothing else."""
    from issp_desktop.reports.certificate_pdf import Text
    from issp_desktop.reports.fonts import BOLD, REGULAR

    for item in page.items:
        if isinstance(item, Text):
            canvas.setFont(BOLD if item.bold else REGULAR, item.size)
            canvas.drawString(item.x, item.y, item.text)


def _floor(job: Any, path: Path, qr_widget: bool, count: int) -> float:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from issp_desktop.reports.certificate_pdf import layout_certificate
    from issp_desktop.reports.fonts import register_fonts

    register_fonts()
    pages = [layout_certificate(c, job.branding) for c in job.certificates[:count]]
    start = time.perf_counter()
    canvas = Canvas(str(path), pagesize=landscape(A4), pageCompression=1)
    for cert, page in zip(job.certificates[:count], pages, strict=True):
        _bare_page(canvas, page)
        if qr_widget:
            widget = QrCodeWidget(cert.qr_text, barLevel="M")
            x1, y1, x2, y2 = widget.getBounds()
            drawing = Drawing(104, 104, transform=[104 / (x2 - x1), 0, 0, 104 / (y2 - y1),
                                                   0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, 690, 62)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


@benchmark("certificates_batch")
def certificates_batch(ctx: Context) -> Row:
    from issp_desktop.reports.certificate_pdf import build_certificates_pdf

    job, _, sign = _prints(N)
    folder = ctx.fresh_dir("certificates")
    ours: list[float] = []
    floor: list[float] = []
    cpu: list[float] = []
    for k in range(ctx.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        build_certificates_pdf(job, folder / f"ours-{k}.pdf")
        ours.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        floor.append(_floor(job, folder / f"floor-{k}.pdf", False, N))
    widget = _floor(job, folder / "widget.pdf", True, WIDGET_SAMPLE) * N / WIDGET_SAMPLE
    return Row("certificates_batch", median(ours), median(floor), target_abs=5.0,
               note=f"{N} signed certificates into one PDF; floor: bare ReportLab page with "
                    f"the same text; ReportLab QR widget page ≈ {widget:.1f} s per {N} "
                    f"(from {WIDGET_SAMPLE})",
               samples_ours=ours, samples_floor=floor,
               details={"reportlab_qr_widget": widget, "sign_1000": sign,
                        "ours_cpu": median(cpu)})


def _verify_store(ctx: Context) -> tuple[Path, list[tuple[str, str]]]:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.domain import certificates as dc
    from issp_desktop.services import certificate_keys as keys

    folder = ctx.fresh_dir("verify")
    services = open_services(resolve_paths(folder), create=True)
    try:
        services.certificates.public_key()
    finally:
        services.db.dispose()
    path = folder / "centre.sqlite"
    now = datetime(2026, 11, 16, 9, tzinfo=UTC).isoformat(timespec="microseconds")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        key_id, private = conn.execute(
            "SELECT key_id, private_key FROM certificate_key").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO person (id, uid, first_name, last_name, other_names, id_kind, gender, "
            "phone, county, settlement, emergency_contact_name, emergency_contact_phone, "
            "has_disability, disability_notes, consent_by, guardian_name, stage, created_at, "
            "updated_at, updated_by, version) VALUES (1, 'p-1', 'Wanjirũ', 'Kĩmani', '', "
            "'national_id', '', '', '', '', '', '', 0, '', '', '', 'worker', ?, ?, '', 1)",
            (now, now))
        made: list[tuple[str, str]] = []
        rows = []
        for i in range(N):
            content = dc.CertificateContent(
                key_id, f"2026-{i + 1:05d}", dc.CertificateKind.PROGRESS, date(2026, 11, 16),
                "Wanjirũ Kĩmani", "Data Entry", "2026-05 Kibera", 3, 6, 9250, 200,
                (dc.ModuleResult("Typing", wpm=45, accuracy_bp=9710),))
            body = dc.encode_body(content)
            signature = keys.sign(private, body)
            code = dc.make_code(hashlib.sha256(str(i).encode()).digest())
            rows.append((content.serial, code, 1, "progress", "2026-11-16", now, "bench",
                         key_id, "landscape", body, signature))
            made.append((code, dc.qr_text(body, signature)))
        conn.executemany(
            "INSERT INTO certificate (serial, code, person_id, kind, issued_on, issued_at, "
            "issued_by, key_id, orientation, body, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return folder, made


@benchmark("certificate_verify")
def certificate_verify(ctx: Context) -> Row:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.services import certificate_keys as keys
    from issp_desktop.services.certificate_types import VerifyStatus

    folder, made = _verify_store(ctx)
    services = open_services(resolve_paths(folder))
    picks = [made[i] for i in range(0, N, N // 20)]
    ours_code: list[float] = []
    ours_qr: list[float] = []
    floor: list[float] = []
    conn = sqlite3.connect(folder / "centre.sqlite")
    try:
        public = conn.execute("SELECT public_key FROM certificate_key").fetchone()[0]
        for _ in range(ctx.repeat):
            for code, qr in picks:
                start = time.perf_counter()
                assert services.certificates.verify(code).status is VerifyStatus.GENUINE
                ours_code.append(time.perf_counter() - start)
                start = time.perf_counter()
                assert services.certificates.verify(qr).status is VerifyStatus.GENUINE
                ours_qr.append(time.perf_counter() - start)
                start = time.perf_counter()
                body, signature = conn.execute(
                    "SELECT body, signature FROM certificate WHERE code = ?", (code,)
                ).fetchone()
                assert keys.signature_ok(public, body, signature)
                floor.append(time.perf_counter() - start)
    finally:
        conn.close()
        services.db.dispose()
    return Row("certificate_verify", median(ours_code), median(floor), target_abs=0.020,
               note=f"short code; QR text {median(ours_qr) * 1000:.2f} ms; store of {N}",
               samples_ours=ours_code, samples_floor=floor,
               details={"verify_qr_text": median(ours_qr)})

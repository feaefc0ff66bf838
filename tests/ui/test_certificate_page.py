"""The Certificates page with real widgets on the demo centre: eligibility, preview, issue into
a PDF, issue and print to a PDF printer, the register (revoke), verify, badges, templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from issp_desktop.domain.access import Actor, Role
from issp_desktop.domain.certificates import format_code
from issp_desktop.services import Services
from issp_desktop.ui.pages.certificates_page import CertificatesPage
from issp_desktop.ui.tasks import TaskRunner


def page_on(qtbot: Any, services: Services) -> CertificatesPage:
    page = CertificatesPage(services, TaskRunner(inline=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.load()
    return page


def choose_completed(page: CertificatesPage, services: Services) -> str:
    cohort = next(c for c in services.training.list_cohorts() if c.completed > 0)
    tab = page.issue_tab
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("skill"))
    tab.cohort_box.setCurrentIndex(tab.cohort_box.findData(cohort.id))
    return cohort.name


def test_eligibility_preview_and_issue_to_pdf(qtbot: Any, demo_services: Services,
                                              tmp_path: Path) -> None:
    page = page_on(qtbot, demo_services)
    choose_completed(page, demo_services)
    tab = page.issue_tab
    rows = tab.model.rows
    assert any(r.eligible for r in rows) and any(not r.eligible for r in rows)
    assert "eligible" in tab.summary.text()
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab.preview.page is not None
    image = tab.preview.render_image(600)
    assert image.pixelColor(300, 10).name() == "#ffffff"
    assert len({image.pixelColor(x, 200).name() for x in range(0, 600, 3)}) > 2
    first = tab.model.chosen()[0]
    chosen = len(tab.model.chosen())
    qtbot.mouseClick(tab.none_button, Qt.MouseButton.LeftButton)
    tab.issue_to_pdf(tmp_path / "none.pdf")
    assert "Tick at least one" in tab.message.text()
    tab.model.setData(tab.model.index(tab.model.rows.index(
        next(r for r in rows if r.person_id == first)), 0), Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole)
    assert tab.model.chosen() == (first,)
    qtbot.mouseClick(tab.all_button, Qt.MouseButton.LeftButton)
    assert len(tab.model.chosen()) == chosen
    before = demo_services.certificates.register_count()
    with qtbot.waitSignal(tab.issued, timeout=20000):
        tab.issue_to_pdf(tmp_path / "skill.pdf")
    assert demo_services.certificates.register_count() == before + chosen
    assert len(PdfReader(tmp_path / "skill.pdf").pages) == chosen
    assert "Issued" in tab.done_label.text()
    assert page.register_tab.model.total == before + chosen


def test_issue_and_print_to_a_pdf_printer(qtbot: Any, demo_services: Services,
                                          tmp_path: Path) -> None:
    page = page_on(qtbot, demo_services)
    choose_completed(page, demo_services)
    tab = page.issue_tab
    chosen = len(tab.model.chosen())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(tab.issued, timeout=30000):
        tab.issue_and_print(printer)
    reader = PdfReader(out)
    assert len(reader.pages) == chosen
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    newest = demo_services.certificates.register_page()[0]
    assert newest.person.split()[0] in reader.pages[-1].extract_text() + \
        "".join(p.extract_text() for p in reader.pages)


def test_register_revoke_and_verify(qtbot: Any, demo_services: Services,
                                    type_text: Any) -> None:
    page = page_on(qtbot, demo_services)
    page.tabs.setCurrentWidget(page.register_tab)
    reg = page.register_tab
    assert reg.model.rowCount() > 0
    row = next(r for r in reg.model.rows if r.revoked_at is None)
    reg.select_serial(row.serial)
    assert reg.selected_serials() == [row.serial]
    reg.revoke(row.serial, "Printed for the wrong person")
    assert "Revoked" in reg.done_label.text()
    shown = next(r for r in reg.model.rows if r.serial == row.serial)
    assert shown.revoked_at is not None
    page.tabs.setCurrentWidget(page.verify_tab)
    verify = page.verify_tab
    type_text(qtbot, verify.input, format_code(row.code).lower())
    qtbot.keyClick(verify.input, Qt.Key.Key_Return)
    assert verify.status.text() == "REVOKED"
    assert "wrong person" in verify.reason.text()
    good = next(r for r in reg.model.rows if r.revoked_at is None)
    verify.input.setText(good.code)
    qtbot.mouseClick(verify.button, Qt.MouseButton.LeftButton)
    assert verify.status.text() == "GENUINE"
    assert good.person in verify.content.toPlainText()
    verify.input.setText("ISSP1.AAAA.BBBB")
    verify.verify()
    assert verify.status.text() == "NOT GENUINE"


def test_viewer_verifies_but_cannot_issue(qtbot: Any, demo_services: Services) -> None:
    demo_services.ctx.actor = Actor(5, "viewer", Role.VIEWER)
    page = page_on(qtbot, demo_services)
    assert not page.issue_tab.pdf_button.isVisible()
    assert not page.issue_tab.print_button.isVisible()
    page.tabs.setCurrentWidget(page.register_tab)
    assert not page.register_tab.revoke_button.isVisible()
    page.tabs.setCurrentWidget(page.branding_tab)
    assert not page.branding_tab.save_button.isVisible()


def test_badges_tab(qtbot: Any, demo_services: Services, tmp_path: Path) -> None:
    page = page_on(qtbot, demo_services)
    page.tabs.setCurrentWidget(page.badge_tab)
    badges = page.badge_tab
    badges.stage_box.setCurrentIndex(badges.stage_box.findData(None))
    assert badges.model.rowCount() > 0
    assert "No badge number yet" in badges.summary.text()
    badges.badges_to_pdf(tmp_path / "b.pdf")
    assert "Left out, no badge number" in badges.done_label.text()
    assert (tmp_path / "b.pdf").exists()


def test_templates_and_signing(qtbot: Any, demo_services: Services, tmp_path: Path) -> None:
    page = page_on(qtbot, demo_services)
    page.tabs.setCurrentWidget(page.branding_tab)
    tab = page.branding_tab
    assert "fingerprint" in tab.key_label.text()
    tab.colour.setText("not a colour")
    tab.save_branding()
    assert "colour" in tab.message.text()
    tab.colour.setText("#AA3300")
    tab.signatory.setText("Grace Mũthoni")
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"nothing")
    tab.set_image("logo", bad)
    assert "not a picture" in tab.message.text()
    tab.save_branding()
    assert demo_services.certificates.branding().accent_colour == "#AA3300"
    tab.progress_title.setText("Progress Award")
    tab.save_wording()
    assert any(w.progress_title == "Progress Award"
               for w in demo_services.certificates.wordings())
    key = tmp_path / "ours.json"
    tab.export_key(key)
    assert key.exists()
    tab.trust_file(key)
    assert "own key" in tab.message.text()

"""File → Exchange… end to end with real widgets: export from a centre, import at head office
(result and the centres table), the acknowledgement back, a conflict resolved with a click,
a bad file shown in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from issp_desktop.services import Services
from issp_desktop.services.exchange_rows import table_of
from issp_desktop.ui.dialogs.exchange_dialog import ExchangeDialog
from issp_desktop.ui.tasks import TaskRunner


def _dialog(qtbot: QtBot, svc: Services) -> ExchangeDialog:
    d = ExchangeDialog(svc, TaskRunner(inline=True))
    qtbot.addWidget(d)
    d.show()
    return d


def _cell(d: ExchangeDialog, row: int, col: int) -> str:
    item = d.centres.item(row, col)
    return item.text() if item is not None else ""


def test_exchange_dialog_end_to_end(qtbot: QtBot, centres: Callable[..., Services],
                                    tmp_path: Path) -> None:
    kibera = centres("Kibera Centre", people=4)
    head = centres("Head Office", seeded=False)
    d = _dialog(qtbot, kibera)
    assert d.centre_box.currentText() == "Head Office" and d.export_button.isEnabled()
    bundle = tmp_path / "nov.issp"
    d.export_file.setText(str(bundle))
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    assert bundle.exists()
    assert "for Head Office" in d.export_result.text()

    h = _dialog(qtbot, head)
    h.tabs.setCurrentIndex(1)
    h.import_file.setText(str(bundle))
    with qtbot.waitSignal(h.imported, timeout=10_000):
        qtbot.mouseClick(h.import_button, Qt.MouseButton.LeftButton)
    assert "from Kibera Centre" in h.import_result.text()
    assert "0 conflict(s)" in h.import_result.text()
    ack = tmp_path / "nov.ack.issp"
    assert ack.exists() and str(ack) in h.import_result.text()
    rows = {_cell(h, r, 0): r for r in range(h.centres.rowCount())}
    assert _cell(h, rows["Kibera Centre"], 1) == "4"  # people
    assert _cell(h, rows["All centres"], 2) == "4"  # workers, together
    assert "Head Office (this centre)" in rows

    h.import_file.setText(str(bundle))  # the same bundle again: says so
    qtbot.mouseClick(h.import_button, Qt.MouseButton.LeftButton)
    assert "imported already; nothing changed" in h.import_result.text()

    d.tabs.setCurrentIndex(1)
    d.import_file.setText(str(ack))
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    assert "acknowledged the bundle" in d.import_result.text()

    # a conflict: the same person changed at both places
    uid = kibera.exchange.identity("person", 1).uid
    for svc, phone in ((head, "+254711111111"), (kibera, "+254722222222")):
        with svc.db.write() as s:
            s.execute(update(table_of("person")).where(table_of("person").c.uid == uid)
                      .values(phone=phone))
    back = tmp_path / "back.issp"
    head.exchange.export("Kibera Centre", back)
    d.import_file.setText(str(back))
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    assert "1 conflict(s)" in d.import_result.text()
    assert d.conflicts.rowCount() == 1 and "phone" in d.conflicts.item(0, 2).text()
    assert d.conflicts.item(0, 0).text() == "person: Wanjiku1 Mũthoni"
    assert "(1)" in d.tabs.tabText(2)
    d.tabs.setCurrentIndex(2)
    assert not d.theirs_button.isEnabled()
    d.conflicts.selectRow(0)
    assert "+254722222222" in d.conflict_detail.text()
    assert "+254711111111" in d.conflict_detail.text()
    qtbot.mouseClick(d.theirs_button, Qt.MouseButton.LeftButton)
    assert d.conflicts.rowCount() == 0
    with kibera.db.read() as s:
        assert s.execute(select(table_of("person").c.phone).where(
            table_of("person").c.uid == uid)).scalar() == "+254711111111"

    # a damaged file: a sentence, nothing imported
    cut = tmp_path / "cut.issp"
    cut.write_bytes(bundle.read_bytes()[:200])
    h.import_file.setText(str(cut))
    qtbot.mouseClick(h.import_button, Qt.MouseButton.LeftButton)
    assert h.import_error.isVisible() and "incomplete" in h.import_error.text()


def test_export_needs_a_trusted_centre_and_a_file(qtbot: QtBot,
                                                  centres: Callable[..., Services]) -> None:
    alone = centres("Kibera Centre")
    d = _dialog(qtbot, alone)
    assert d.centre_box.count() == 0 and not d.export_button.isEnabled()
    assert "No trusted centres" in d.export_error.text()
    centres("Head Office", seeded=False)
    d.load()
    assert d.export_button.isEnabled()
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    assert "Choose the file" in d.export_error.text()

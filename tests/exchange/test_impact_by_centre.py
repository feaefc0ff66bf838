"""Head office's impact report for one centre's records (``issp report impact --centre``): the
people-based figures, hours and batches count that centre's records only; every record held
without the filter; an unknown centre is refused by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from issp_desktop import cli
from issp_desktop.errors import ValidationError
from issp_desktop.services import Services
from issp_desktop.services.exchange_rows import table_of

Make = Callable[..., Services]
START, END = date(2026, 11, 1), date(2026, 11, 30)


def _hired(svc: Services, day: date) -> None:
    """Every person hired on ``day`` (stage history), so they count as workers."""
    person = table_of("person")
    with svc.db.write() as s:
        ids = list(s.execute(select(person.c.id)).scalars())
        s.execute(insert(table_of("stage_change")), [
            {"person_id": pid, "from_stage": "trainee", "to_stage": "worker",
             "changed_on": day, "reason": "hired"} for pid in ids])


def _send(src: Services, dst: Services, dst_name: str, path: Path) -> None:
    src.exchange.export(dst_name, path)
    dst.exchange.import_file(path)


def test_one_centres_figures_at_head_office(centres: Make, tmp_path: Path) -> None:
    kibera = centres("Kibera Centre", people=4)
    mombasa = centres("Mombasa Hub", people=2)
    head = centres("Head Office", people=3)
    for svc in (kibera, mombasa, head):
        _hired(svc, date(2026, 3, 2))
    _send(kibera, head, "Head Office", tmp_path / "k.issp")
    _send(mombasa, head, "Head Office", tmp_path / "m.issp")

    def headcount(report: object) -> int:
        return int(report.figure("headcount").value)  # type: ignore[attr-defined]

    everybody = head.impact.report(START, END)
    assert headcount(everybody) == 9
    only = head.impact.report(START, END, centre="Kibera Centre")
    assert headcount(only) == 4 and only.centre == "Kibera Centre"
    # each centre has one batch due on 20 November: three in all, one of Kibera's
    assert everybody.figure("on_time").detail.endswith("of 3")
    assert only.figure("on_time").detail.endswith("of 1")
    assert headcount(head.impact.report(START, END, centre="mombasa hub")) == 2
    own = head.impact.report(START, END, centre="Head Office")
    assert headcount(own) == 3
    # at the centre itself the filter by its own name gives the same as no filter
    assert headcount(kibera.impact.report(START, END, centre="Kibera Centre")) == 4
    with pytest.raises(ValidationError, match=r"'Nairobi' is not a centre known here.*Kibera"):
        head.impact.report(START, END, centre="Nairobi")


def test_the_command_line_takes_the_centre(centres: Make, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    kibera = centres("Kibera Centre", people=2)
    head = centres("Head Office", people=1)
    for svc in (kibera, head):
        _hired(svc, date(2026, 3, 2))
    _send(kibera, head, "Head Office", tmp_path / "k.issp")
    data_dir = head.ctx.backups_dir.parent
    out = tmp_path / "kibera.json"
    code = cli.main(["--data-dir", str(data_dir), "report", "impact", "--from", "2026-11-01",
                     "--to", "2026-11-30", "--centre", "Kibera Centre", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["centre"] == "Kibera Centre"
    code = cli.main(["--data-dir", str(data_dir), "report", "impact", "--from", "2026-11-01",
                     "--to", "2026-11-30", "--centre", "Nowhere", "-o", str(out)])
    assert code == 1 and "'Nowhere' is not a centre known here" in capsys.readouterr().err


def test_the_impact_page_offers_the_centres_at_head_office(centres: Make, tmp_path: Path,
                                                            qtbot: object) -> None:
    from PySide6.QtWidgets import QApplication

    from issp_desktop.ui.pages.impact_page import ImpactPage
    from issp_desktop.ui.tasks import TaskRunner

    kibera = centres("Kibera Centre", people=4)
    head = centres("Head Office", people=3)
    for svc in (kibera, head):
        _hired(svc, date(2026, 3, 2))
    alone = ImpactPage(kibera, TaskRunner(inline=True))
    qtbot.addWidget(alone)  # type: ignore[attr-defined]
    assert alone.centre.isHidden()  # a centre holding only its own records: no choice
    _send(kibera, head, "Head Office", tmp_path / "k.issp")
    page = ImpactPage(head, TaskRunner(inline=True))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    assert not page.centre.isHidden()
    assert [page.centre.itemText(i) for i in range(page.centre.count())] == [
        "All centres", "Head Office", "Kibera Centre"]
    page.range.setCurrentIndex(page.range.findData("custom"))
    page.start.setDate(START)
    page.end.setDate(END)
    page.refresh()
    assert page.report is not None and page.report.figure("headcount").value == 7
    page.centre.setCurrentIndex(page.centre.findData("Kibera Centre"))  # reloads
    QApplication.processEvents()
    assert page.report.centre == "Kibera Centre"
    assert page.report.figure("headcount").value == 4

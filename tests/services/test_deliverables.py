"""Deliverables on a real SQLite file: clients, projects, batches through their statuses, work
logs typed and imported, quality checks, the figures other features read, the delivery report."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from issp_desktop.db.models import Downtime, Person, Shift
from issp_desktop.db.models.deliverables import Batch, BatchStatusChange, QaCheck, WorkLog
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.deliverables import (
    BatchInput,
    BatchQuery,
    ClientInput,
    ProjectInput,
    QaInput,
    WorkLogInput,
)
from issp_desktop.services.deliverables_types import OverExpectedError, WorkLogBatchError

TODAY = date.today()
RECEIVED = TODAY - timedelta(days=20)


def _people(services: Services) -> dict[str, int]:
    rows = [("Achieng", "Otieno", "worker", "11111111"), ("Kamau", "Njoroge", "worker",
                                                          "22222222"),
            ("Wanjirũ", "Kũria", "trainee", "33333333")]
    with services.db.write() as s:
        made = []
        for first, last, stage, nid in rows:
            p = Person(first_name=first, last_name=last, stage=stage, national_id=nid,
                       national_id_norm=nid)
            s.add(p)
            made.append(p)
        s.flush()
        return {p.first_name: p.id or 0 for p in made}


@pytest.fixture
def world(services: Services) -> dict[str, int]:
    d = services.deliverables
    people = _people(services)
    client = d.create_client(ClientInput("Jamii Bank", "ops@jamii.example", "KE", "KES"))
    project = d.create_project(ProjectInput(client.id, "Account forms", "form", 450, 150,
                                            9950, 500, 5, RECEIVED - timedelta(days=30)))
    batch = d.create_batch(BatchInput(project.id, "JB-0001", 1000, RECEIVED))
    d.assign_workers(batch.id, [people["Achieng"], people["Kamau"]])
    return {**people, "client": client.id, "project": project.id, "batch": batch.id}


def _log(services: Services, w: dict[str, int], who: str, units: int, minutes: int = 420,
         days_after: int = 1, **kw: object) -> None:
    services.deliverables.record_work([WorkLogInput(w["batch"], w[who], RECEIVED + timedelta(
        days=days_after), units, minutes)], **kw)  # type: ignore[arg-type]


def test_clients_and_projects_refuse_duplicates_and_bad_values(services: Services,
                                                               world: dict[str, int]) -> None:
    d = services.deliverables
    with pytest.raises(ValidationError, match="already a client named 'Jamii Bank'"):
        d.create_client(ClientInput("jamii  bank"))
    with pytest.raises(ValidationError, match="currency: 'KSHS' is not a 3-letter code"):
        d.create_client(ClientInput("Other", currency="KSHS"))
    with pytest.raises(ValidationError, match="already has a project named"):
        d.create_project(ProjectInput(world["client"], "ACCOUNT FORMS"))
    with pytest.raises(ValidationError, match="accuracy target"):
        d.create_project(ProjectInput(world["client"], "X", accuracy_target_bp=10_001))
    with pytest.raises(ValidationError, match="price per unit: -5 is negative"):
        d.create_project(ProjectInput(world["client"], "X", price_per_unit_cents=-5))
    assert [c.name for c in d.list_clients()] == ["Jamii Bank"]
    assert d.list_clients()[0].open_batches == 1


def test_batch_dates_reference_and_default_due(services: Services,
                                               world: dict[str, int]) -> None:
    d = services.deliverables
    row = d.find_batch("jb-0001")
    assert row.due_on == RECEIVED + timedelta(days=5) and row.status == "received"
    with pytest.raises(ValidationError, match=r"due date: .* is before the received date"):
        d.create_batch(BatchInput(world["project"], "JB-2", 10, RECEIVED,
                                  RECEIVED - timedelta(days=1)))
    with pytest.raises(ValidationError, match="already a batch 'JB-0001'"):
        d.create_batch(BatchInput(world["project"], "JB-0001", 10, RECEIVED))
    with pytest.raises(ValidationError, match="units expected: -3 is negative"):
        d.create_batch(BatchInput(world["project"], "JB-3", -3, RECEIVED))
    with pytest.raises(NotFoundError, match="No batch 'NOPE'"):
        d.find_batch("NOPE")


def test_work_logs_keep_units_done_and_refuse_bad_entries(services: Services,
                                                          world: dict[str, int]) -> None:
    d = services.deliverables
    _log(services, world, "Achieng", 400)
    row = d.find_batch("JB-0001")
    assert (row.units_done, row.status) == (400, "in_progress")
    entries = [WorkLogInput(world["batch"], world["Wanjirũ"], RECEIVED, 10, 60),
               WorkLogInput(world["batch"], world["Kamau"], RECEIVED, -1, 60),
               WorkLogInput(world["batch"], world["Achieng"], RECEIVED + timedelta(days=1), 5,
                            60)]
    with pytest.raises(WorkLogBatchError) as info:
        d.record_work(entries)
    text = str(info.value)
    assert "entry 1: worker: Wanjirũ Kũria is a trainee, not a worker" in text
    assert "entry 2: units: -1 is negative" in text
    assert "entry 3: date: Achieng Otieno already has work logged" in text
    with pytest.raises(OverExpectedError, match=r"expects 1,000 units; .* would have 1,100"):
        _log(services, world, "Kamau", 700, days_after=2)
    assert d.find_batch("JB-0001").units_done == 400  # nothing saved
    _log(services, world, "Kamau", 700, days_after=2, force=True)
    assert d.find_batch("JB-0001").units_done == 1100
    with services.db.read() as s:
        assert s.execute(select(func.sum(WorkLog.units))).scalar_one() == 1100


def test_not_assigned_worker_is_refused(services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    other = d.create_batch(BatchInput(world["project"], "JB-0002", 50, RECEIVED))
    with pytest.raises(WorkLogBatchError, match="Achieng Otieno is not assigned to batch "
                                                "JB-0002"):
        d.record_work([WorkLogInput(other.id, world["Achieng"], RECEIVED, 5, 30)])
    with pytest.raises(ValidationError, match="worker: Wanjirũ Kũria is a trainee, not a "
                                              "worker"):
        d.assign_workers(other.id, [world["Wanjirũ"]])


def test_status_machine_qa_rework_recheck_delivery(services: Services,
                                                   world: dict[str, int]) -> None:
    d = services.deliverables
    with pytest.raises(ValidationError, match="can only move to in progress, not to "
                                              "delivered"):
        d.move_batch(world["batch"], "delivered")
    _log(services, world, "Achieng", 1000)
    detail = d.batch_detail(world["batch"])
    assert detail.proposed_sample == 50  # 5 % of 1,000 is 50, the minimum
    with pytest.raises(ValidationError, match="errors: 12 errors is more than the 10 fields"):
        d.record_qa(QaInput(world["batch"], 10, 12))
    with pytest.raises(ValidationError, match="'typos' is not an error category"):
        d.record_qa(QaInput(world["batch"], 2000, 3, {"typos": 3}))
    with pytest.raises(ValidationError, match="add up to 2, not to the 3 errors"):
        d.record_qa(QaInput(world["batch"], 2000, 3, {"omission": 2}))
    failed = d.record_qa(QaInput(world["batch"], 2000, 30, {"wrong value": 20,
                                                            "omission": 10}))
    assert (failed.round, failed.accuracy_bp, failed.passed, failed.status) == (
        1, 9850, False, "rework")
    assert failed.workers == ("Kamau Njoroge", "Achieng Otieno")
    with pytest.raises(ValidationError, match="failed its last check"):
        d.move_batch(world["batch"], "in_qa")
        d.move_batch(world["batch"], "delivered")
    again = d.record_qa(QaInput(world["batch"], 2000, 5))
    assert (again.round, again.passed, again.status) == (2, True, "in_qa")
    d.move_batch(world["batch"], "delivered", on=RECEIVED + timedelta(days=4))
    d.move_batch(world["batch"], "accepted", on=RECEIVED + timedelta(days=8))
    with pytest.raises(ValidationError, match="accepted; that is final"):
        d.move_batch(world["batch"], "rework")
    detail = d.batch_detail(world["batch"])
    assert [h.to_status for h in detail.history] == [
        "received", "in_progress", "in_qa", "rework", "in_qa", "delivered", "accepted"]
    assert "rework by Kamau Njoroge, Achieng Otieno" in detail.history[3].note
    assert [c.round for c in detail.checks] == [1, 2]
    assert detail.checks[0].errors_by_category == {"wrong value": 20, "omission": 10}
    assert detail.batch.late is False
    with services.db.read() as s:
        assert s.execute(select(func.count()).select_from(BatchStatusChange)).scalar_one() \
            == len(detail.history)
        assert s.execute(select(func.count()).select_from(QaCheck)).scalar_one() == 2
    # the figures other features read
    acc = d.production_accuracy([world["Achieng"], world["Wanjirũ"]])
    assert acc[world["Achieng"]].accuracy_bp == 9850 and acc[world["Achieng"]].batches == 1
    assert acc[world["Wanjirũ"]].accuracy_bp is None
    units = d.accepted_units(RECEIVED, TODAY)
    assert [(u.person_id, u.units, u.piece_rate_cents, u.amount_cents) for u in units] == [
        (world["Achieng"], 1000, 150, 150_000)]
    assert d.accepted_units(TODAY + timedelta(days=1), TODAY + timedelta(days=9)) == []


def test_late_and_board_filters(services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    late = d.board(BatchQuery(view="late"))
    assert [r.reference for r in late.rows] == ["JB-0001"] and late.rows[0].late
    d.create_batch(BatchInput(world["project"], "JB-0009", 10, TODAY, TODAY + timedelta(
        days=(6 - TODAY.weekday()))))
    assert [r.reference for r in d.board(BatchQuery(view="due_week")).rows] == ["JB-0009"]
    assert d.board(BatchQuery(client_id=world["client"])).total == 2
    assert d.board(BatchQuery(text="0009")).total == 1
    assert d.board(BatchQuery(status="received", sort="reference", descending=True)
                   ).rows[0].reference == "JB-0009"
    assert d.board(BatchQuery(view="failed_qa")).total == 0


def test_roles(services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    services.ctx.actor = Actor(9, "viewer", Role.VIEWER)
    assert d.board().total == 1
    with pytest.raises(PermissionDeniedError):
        d.record_qa(QaInput(world["batch"], 100, 0))
    with pytest.raises(PermissionDeniedError):
        d.accepted_units(RECEIVED, TODAY)
    services.ctx.actor = Actor(8, "clerk", Role.PAYROLL_CLERK)
    assert d.accepted_units(RECEIVED, TODAY) == []


def test_productivity_takes_downtime_off(services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    day = RECEIVED + timedelta(days=1)
    _log(services, world, "Achieng", 600, minutes=480)
    start = datetime(day.year, day.month, day.day, 5, 0, tzinfo=UTC)  # 08:00 in Nairobi
    with services.db.write() as s:
        s.add(Shift(person_id=world["Achieng"], starts_at=start,
                    ends_at=start + timedelta(hours=8)))
        s.add(Downtime(kind="power", starts_at=start + timedelta(hours=2),
                       ends_at=start + timedelta(hours=4)))
    rows = d.productivity(RECEIVED, TODAY)
    assert [(r.name, r.units, r.minutes, r.downtime_minutes, r.units_per_hour_x100)
            for r in rows] == [("Achieng Otieno", 600, 480, 120, 10000)]
    series = d.productivity_series(world["Achieng"], RECEIVED, TODAY, "month")
    assert sum(p.units for p in series) == 600 and sum(p.minutes for p in series) == 360


@pytest.mark.sqlite_only  # the pre-import backup is of the SQLite file
def test_import_all_or_nothing_then_saved_with_backup(services: Services,
                                                      world: dict[str, int],
                                                      tmp_path: Path) -> None:
    d = services.deliverables
    day = RECEIVED + timedelta(days=1)
    bad = tmp_path / "bad.csv"
    bad.write_text("batch_ref,national_id,date,units,minutes\n"
                   f"JB-0001,11111111,{day},300,240\n"
                   f"NOPE,11111111,{day},5,10\n"
                   f"JB-0001,33333333,{day},5,10\n"
                   f"JB-0001,22222222,{day},-4,10\n", encoding="utf-8")
    result = d.import_worklogs(bad)
    assert [str(p) for p in result.problems] == [
        "line 3: batch_ref: there is no batch 'NOPE'",
        "line 4: national_id: Wanjirũ Kũria is a trainee, not a worker",
        "line 5: units: -4 is negative"]
    assert d.find_batch("JB-0001").units_done == 0
    good = tmp_path / "good.csv"
    good.write_text("Batch Ref;National ID;Date;Units;Minutes\n"
                    f"JB-0001;11111111;{day:%d/%m/%Y};300;240\n"
                    f"JB-0001;22222222;{day};250;200\n", encoding="utf-8")
    dry = d.import_worklogs(good, dry_run=True)
    assert dry.ok and dry.created == 0 and len(dry.preview) == 2
    done = d.import_worklogs(good)
    assert done.created == 2 and done.backup is not None and done.backup.exists()
    assert d.find_batch("JB-0001").units_done == 550
    again = d.import_worklogs(good)
    assert "already has work logged" in str(again.problems[0])


def test_delivery_report_totals(services: Services, world: dict[str, int],
                                tmp_path: Path) -> None:
    d = services.deliverables
    _log(services, world, "Achieng", 1000)
    d.record_qa(QaInput(world["batch"], 2000, 2))
    d.move_batch(world["batch"], "delivered", on=RECEIVED + timedelta(days=7))
    d.move_batch(world["batch"], "accepted", on=RECEIVED + timedelta(days=9))
    report = d.delivery_report(world["client"], RECEIVED, TODAY)
    assert len(report.lines) == 1
    line = report.lines[0]
    assert (line.on_time, line.accepted_units, line.amount_cents) == (False, 1000, 450_000)
    assert report.total_cents == 450_000 and report.currency == "KES"
    with pytest.raises(ValidationError, match=r"choose a \.pdf or \.xlsx"):
        d.write_delivery_report(world["client"], RECEIVED, TODAY, tmp_path / "r.doc")
    with pytest.raises(ValidationError, match=r"to: .* is before the start"):
        d.delivery_report(world["client"], TODAY, RECEIVED)
    assert replace(report, lines=()).on_time == 0
    with services.db.read() as s:
        assert s.get(Batch, world["batch"]).decided_on == RECEIVED + timedelta(days=9)

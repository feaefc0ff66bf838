"""The demo centre's deliverables look like a year of real work."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from issp_desktop.db.models import Person
from issp_desktop.db.models.deliverables import (
    Batch,
    BatchWorker,
    Client,
    QaCheck,
    QaError,
    WorkLog,
)
from issp_desktop.services import Services
from issp_desktop.services.deliverables import BatchQuery

DEMO_TODAY = date(2026, 11, 16)


def test_demo_has_a_year_of_batches(demo_services: Services) -> None:
    d = demo_services.deliverables
    with demo_services.db.read() as s:
        currencies = set(s.execute(select(Client.currency)).scalars())
        first, last = s.execute(select(func.min(Batch.received_on), func.max(Batch.received_on))
                                ).one()
        statuses = dict(s.execute(select(Batch.status, func.count()).group_by(Batch.status))
                        .all())
        reworked = s.execute(select(func.count()).where(QaCheck.round > 1)).scalar_one()
        late = s.execute(select(func.count()).where(Batch.delivered_on > Batch.due_on)
                         ).scalar_one()
        total = sum(statuses.values())
        stages = set(s.execute(select(Person.stage).join(
            BatchWorker, BatchWorker.person_id == Person.id)).scalars())
        units_match = s.execute(select(func.count()).select_from(Batch).where(
            Batch.units_done != select(func.coalesce(func.sum(WorkLog.units), 0))
            .where(WorkLog.batch_id == Batch.id).scalar_subquery())).scalar_one()
        error_sum_ok = s.execute(select(func.count()).select_from(QaCheck).where(
            QaCheck.errors != select(func.coalesce(func.sum(QaError.count), 0))
            .where(QaError.qa_check_id == QaCheck.id).scalar_subquery())).scalar_one()
    assert {"KES", "EUR", "USD"} <= currencies
    assert first <= DEMO_TODAY - timedelta(days=350) and last >= DEMO_TODAY - timedelta(days=7)
    assert statuses.get("accepted", 0) > total / 2
    assert statuses.get("rejected", 0) > 0 and statuses.get("in_progress", 0) > 0
    assert reworked > 0 and 0 < late < total / 4
    assert stages == {"worker"}
    assert units_match == 0 and error_sum_ok == 0
    page = d.board(BatchQuery(view="open"), today=DEMO_TODAY)
    assert page.total > 0
    assert len(d.productivity(DEMO_TODAY - timedelta(days=30), DEMO_TODAY)) > 10
    with demo_services.db.read() as s:
        pid = s.execute(select(BatchWorker.person_id).limit(1)).scalar_one()
    acc = d.production_accuracy([pid])[pid]
    assert acc.batches > 0 and acc.accuracy_bp is not None and acc.accuracy_bp > 9000

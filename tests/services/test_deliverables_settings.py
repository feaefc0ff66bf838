"""Deliverables settings and the supervisor's extra moves on a real SQLite file: the error
taxonomy (add, rename, deactivate, delete only when unused), the minimum QA sample, taking a
worker off a batch, a note on a status move, and a worker's open batches for typing a day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from issp_desktop.db.models import AuditEntry, Person
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.deliverables import (
    BatchInput,
    ClientInput,
    ProjectInput,
    QaInput,
    WorkLogInput,
)

TODAY = date.today()
RECEIVED = TODAY - timedelta(days=10)


@pytest.fixture
def world(services: Services) -> dict[str, int]:
    d = services.deliverables
    with services.db.write() as s:
        people = [Person(first_name=f, last_name=la, stage="worker", national_id=n,
                         national_id_norm=n)
                  for f, la, n in (("Achieng", "Otieno", "11111111"),
                                   ("Kamau", "Njoroge", "22222222"))]
        s.add_all(people)
        s.flush()
        ids = {p.first_name: p.id or 0 for p in people}
    client = d.create_client(ClientInput("Jamii Bank"))
    project = d.create_project(ProjectInput(client.id, "Account forms", "form", 450, 150,
                                            9950, 500, 5, RECEIVED - timedelta(days=30)))
    one = d.create_batch(BatchInput(project.id, "JB-0001", 1000, RECEIVED))
    two = d.create_batch(BatchInput(project.id, "JB-0002", 300, RECEIVED,
                                    RECEIVED + timedelta(days=3)))
    d.assign_workers(one.id, [ids["Achieng"], ids["Kamau"]])
    d.assign_workers(two.id, [ids["Achieng"]])
    return {**ids, "project": project.id, "one": one.id, "two": two.id}


def _audit(services: Services, use_case: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.use_case == use_case))
                    .scalars())


def test_categories_add_rename_deactivate_and_delete_only_unused(
        services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    names = [c.name for c in d.list_categories()]
    assert "omission" in names and "wrong value" in names
    typo = d.create_category("Transliteration", "Swahili names spelt the English way")
    assert typo.name == "transliteration" and typo.active and typo.uses == 0
    with pytest.raises(ValidationError, match="'omission' already exists"):
        d.update_category(typo.id, "  OMISSION ")
    with pytest.raises(ValidationError, match="category: is needed"):
        d.update_category(typo.id, "   ")
    renamed = d.update_category(typo.id, "Name spelling", "names spelt wrong")
    assert (renamed.name, renamed.description) == ("name spelling", "names spelt wrong")
    assert _audit(services, "qa_categories.update")[0].old_values is not None
    # used by a check: it cannot be deleted, only deactivated; the check keeps its counts
    d.record_work([WorkLogInput(world["one"], world["Achieng"], RECEIVED, 1000, 400)])
    d.record_qa(QaInput(world["one"], 1000, 2, {"name spelling": 2}))
    used = next(c for c in d.list_categories() if c.id == typo.id)
    assert used.uses == 1
    with pytest.raises(ValidationError, match="'name spelling' is used in 1 quality check"):
        d.delete_category(typo.id)
    off = d.set_category_active(typo.id, False)
    assert not off.active
    assert "name spelling" not in [c.name for c in d.list_categories()]
    assert "name spelling" in [c.name for c in d.list_categories(include_inactive=True)]
    assert d.batch_detail(world["one"]).checks[0].errors_by_category == {"name spelling": 2}
    with pytest.raises(ValidationError, match="'name spelling' is not an error category"):
        d.record_qa(QaInput(world["one"], 1000, 1, {"name spelling": 1}))
    assert d.set_category_active(typo.id, True).active
    assert len(_audit(services, "qa_categories.set_active")) == 2
    # an unused one goes for good
    spare = d.create_category("spare")
    d.delete_category(spare.id)
    assert "spare" not in [c.name for c in d.list_categories(include_inactive=True)]
    assert len(_audit(services, "qa_categories.delete")) == 1


def test_minimum_sample_changes_the_proposal(services: Services,
                                             world: dict[str, int]) -> None:
    d = services.deliverables
    assert d.batch_detail(world["one"]).proposed_sample == 50
    with pytest.raises(ValidationError, match="minimum sample"):
        d.set_qa_min_sample(0)
    assert d.set_qa_min_sample(120) == 120
    assert d.qa_min_sample() == 120
    assert d.batch_detail(world["one"]).proposed_sample == 120
    assert d.batch_detail(world["two"]).proposed_sample == 120
    assert len(_audit(services, "qa_settings.update")) == 1


def test_settings_need_edit_permission(services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    cid = d.list_categories()[0].id
    services.ctx.actor = Actor(9, "viewer", Role.VIEWER)
    assert d.list_categories()
    for call in (lambda: d.update_category(cid, "x"), lambda: d.set_category_active(cid, False),
                 lambda: d.delete_category(cid), lambda: d.set_qa_min_sample(10),
                 lambda: d.unassign_worker(world["one"], world["Kamau"])):
        with pytest.raises(PermissionDeniedError):
            call()


def test_unassign_refused_with_work_logged_and_on_closed_batches(
        services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    d.record_work([WorkLogInput(world["one"], world["Achieng"], RECEIVED, 120, 60)])
    with pytest.raises(ValidationError, match=r"Achieng Otieno has 1 work log.*120 units.*"
                                              r"cannot be removed"):
        d.unassign_worker(world["one"], world["Achieng"])
    d.unassign_worker(world["one"], world["Kamau"])
    assert [w.name for w in d.batch_detail(world["one"]).workers] == ["Achieng Otieno"]
    assert len(_audit(services, "batches.unassign")) == 1


def test_move_note_is_kept_in_the_history(services: Services, world: dict[str, int]) -> None:
    d = services.deliverables
    d.move_batch(world["two"], "in_progress", note="client called: start today")
    assert d.batch_detail(world["two"]).history[-1].note == "client called: start today"


def test_worker_open_batches_with_the_day_logged(services: Services,
                                                 world: dict[str, int]) -> None:
    d = services.deliverables
    d.record_work([WorkLogInput(world["two"], world["Achieng"], RECEIVED, 40, 60)])
    rows = d.worker_open_batches(world["Achieng"], RECEIVED)
    assert [(r.reference, r.logged_units) for r in rows] == [("JB-0002", 40), ("JB-0001", None)]
    assert [r.reference for r in d.worker_open_batches(world["Kamau"])] == ["JB-0001"]
    d.record_work([WorkLogInput(world["two"], world["Achieng"], RECEIVED + timedelta(days=1),
                                260, 300)])
    d.record_qa(QaInput(world["two"], 300, 0))
    d.move_batch(world["two"], "delivered")
    assert [r.reference for r in d.worker_open_batches(world["Achieng"])] == ["JB-0001"]
    with pytest.raises(ValidationError, match="no person #999"):
        d.worker_open_batches(999)

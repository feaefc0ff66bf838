"""Several PCs on one store: two users editing the same record, two payroll clerks closing the
same period, two trainers issuing certificates at once. Each test runs on SQLite and, when
``ISSP_TEST_PG_URL`` is set, on PostgreSQL (READ COMMITTED), with a Services object per "PC"
(its own engine and connections) and real threads racing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from issp_desktop.app import open_services
from issp_desktop.config.paths import AppPaths
from issp_desktop.db.models import AuditEntry, Centre, ClockEvent, Shift
from issp_desktop.db.models.certificates import Certificate
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import IsspError, StaleRecordError
from issp_desktop.services import Services
from issp_desktop.services.certificate_types import IssueRequest
from issp_desktop.services.payroll_types import PeriodClosedError, TermsInput
from issp_desktop.services.people_io import PersonInput

TODAY = date(2026, 11, 16)


@pytest.fixture
def second_pc(services: Services, paths: AppPaths) -> Iterator[Services]:
    """Another copy of the app on the same store, signed in as another manager."""
    other = open_services(paths)
    other.ctx.hasher = services.ctx.hasher
    other.ctx.actor = Actor(99, "wanjiru", Role.MANAGER)
    yield other
    other.db.dispose()


def _race(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls at the same moment on threads; each result or the error it raised."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        start.wait()
        try:
            results[i] = call()
        except Exception as exc:  # the test looks at which errors came back
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_second_save_of_the_same_record_is_refused_with_who_and_when(
        services: Services, second_pc: Services) -> None:
    rec = services.people.create(PersonInput("Amina", "Otieno", phone="0712345678"))
    mine = services.people.get(rec.id)
    theirs = second_pc.people.get(rec.id)
    second_pc.people.update(rec.id, PersonInput("Amina", "Otieno", phone="0722000000"),
                            theirs.version)
    with pytest.raises(StaleRecordError) as err:
        services.people.update(rec.id, PersonInput("Amina", "Atieno", phone="0712345678"),
                               mine.version)
    assert "changed by" in str(err.value) and "Reload" in str(err.value)
    assert err.value.changed_by  # who changed it
    now = services.people.get(rec.id)
    assert (now.last_name, now.phone) == ("Otieno", "+254722000000")  # nothing overwritten


def test_two_saves_at_the_same_moment_one_wins(services: Services,
                                               second_pc: Services) -> None:
    rec = services.people.create(PersonInput("Brian", "Mwangi", phone="0712345679"))
    version = services.people.get(rec.id).version
    for _ in range(5):
        results = _race(
            lambda v=version: services.people.update(
                rec.id, PersonInput("Brian", "Mwangi", county="Nairobi"), v),
            lambda v=version: second_pc.people.update(
                rec.id, PersonInput("Brian", "Mwangi", county="Kiambu"), v))
        ok = [r for r in results if not isinstance(r, Exception)]
        stale = [r for r in results if isinstance(r, StaleRecordError)]
        assert len(ok) == 1 and len(stale) == 1, results
        now = services.people.get(rec.id)
        assert now.county == ok[0].county and now.version == version + 1
        version = now.version


def _reviewed_period(services: Services) -> int:
    with services.db.write() as s:
        s.add(Centre(name="Mathare Centre"))
    pid = services.people.create(PersonInput("Amina", "Otieno", phone="0712345678"),
                                 stage="worker", on=date(2024, 12, 1)).id
    services.payroll.add_terms(TermsInput(pid, date(2024, 12, 1), "monthly", 5_000_000))
    start = datetime(2025, 2, 3, 5, tzinfo=UTC)
    with services.db.write() as s:
        s.add(Shift(person_id=pid, starts_at=start, ends_at=start + timedelta(hours=8),
                    break_minutes=0))
        s.add(ClockEvent(person_id=pid, kind="in", at=start, source="import"))
        s.add(ClockEvent(person_id=pid, kind="out", at=start + timedelta(hours=8),
                         source="import"))
    period = services.payroll.create_period(date(2025, 2, 1), date(2025, 2, 28)).id
    services.payroll.run(period)
    services.payroll.mark_reviewed(period)
    return period


def _period_row(services: Services, period_id: int) -> Any:
    return next(p for p in services.payroll.periods() if p.id == period_id)


def test_payroll_close_at_the_same_moment_closes_once(services: Services,
                                                      second_pc: Services) -> None:
    period = _reviewed_period(services)
    version = _period_row(services, period).version
    results = _race(lambda: services.payroll.close(period, version),
                    lambda: second_pc.payroll.close(period, version))
    ok = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, (PeriodClosedError, StaleRecordError))]
    assert len(ok) == 1 and len(refused) == 1, results
    with services.db.read() as s:
        closes = s.execute(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.use_case == "payroll.close")).scalar_one()
    assert closes == 1
    assert _period_row(services, period).state == "closed"


def test_certificates_issued_at_the_same_moment_get_distinct_serials(
        demo_services: Services, paths: AppPaths) -> None:
    cohorts = [c.id for c in demo_services.training.list_cohorts() if c.trainees]
    other = open_services(paths)
    other.ctx.hasher = demo_services.ctx.hasher
    try:
        with demo_services.db.read() as s:
            before = s.execute(select(func.count()).select_from(Certificate)).scalar_one()
        results = _race(
            lambda: demo_services.certificates.issue(IssueRequest(cohorts[0], "progress"),
                                                     today=TODAY),
            lambda: other.certificates.issue(IssueRequest(cohorts[1], "progress"),
                                             today=TODAY))
    finally:
        other.db.dispose()
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    issued = [c.serial for r in results for c in r[0].issued]
    assert len(issued) == len(set(issued)) >= 2
    with demo_services.db.read() as s:
        serials = s.execute(select(Certificate.serial)
                            .where(Certificate.serial.like(f"{TODAY.year}-%"))).scalars().all()
        after = s.execute(select(func.count()).select_from(Certificate)).scalar_one()
    assert after == before + len(issued)
    numbers = sorted(int(x.split("-")[1]) for x in serials)
    assert numbers == list(range(1, len(numbers) + 1))  # no gap, no repeat


def test_audit_chain_stays_whole_under_concurrent_writers(
        services: Services, second_pc: Services) -> None:
    def register(svc: Services, prefix: str) -> Callable[[], Any]:
        def work() -> None:
            for name in ("Wambui", "Njeri", "Otieno", "Kiprop", "Chebet", "Mutua"):
                svc.people.create(PersonInput(prefix, name, phone=""))
        return work

    results = _race(register(services, "Achieng"), register(second_pc, "Kamau"))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert services.audit.verify().ok


def test_a_server_that_is_gone_is_a_clear_error(paths: AppPaths, store_kind: str) -> None:
    if store_kind != "pg":
        pytest.skip("a server connection: PostgreSQL only")
    from sqlalchemy.engine import make_url

    from issp_desktop.errors import ServerUnavailableError

    url = make_url(paths.db_url).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(ServerUnavailableError) as err:
        open_services(replace(paths, db_url=url))
    assert "Cannot reach the database server" in str(err.value)
    assert isinstance(err.value, IsspError) and err.value.exit_code == 3

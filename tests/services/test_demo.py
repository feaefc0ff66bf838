from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from issp_desktop.errors import DatabaseExistsError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.demo import DemoCancelled

TODAY = date(2026, 11, 16)


def _dump(services: Services) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    with services.db.engine.connect() as conn:
        for table in ("cohort", "person", "stage_change"):
            rows += [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
    return rows


def test_demo_is_deterministic_for_a_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    dumps = []
    for i in range(2):
        svc = open_services(resolve_paths(tmp_path_factory.mktemp(f"d{i}")), create=True)
        svc.demo.build(150, seed=42, today=TODAY)
        dumps.append(_dump(svc))
        svc.db.dispose()
    assert dumps[0] == dumps[1]
    other = open_services(resolve_paths(tmp_path_factory.mktemp("d3")), create=True)
    other.demo.build(150, seed=43, today=TODAY)
    assert _dump(other) != dumps[0]
    other.db.dispose()


@pytest.mark.sqlite_only  # raw SQL reading SQLite's text dates
def test_demo_people_are_realistic_and_consistent(services: Services) -> None:
    summary = services.demo.build(600, seed=1, today=TODAY)
    assert summary.people == 600
    assert all(n > 0 for n in summary.by_stage.values()), summary.by_stage
    with services.db.engine.connect() as conn:
        names = [r[0] + " " + r[1] for r in conn.execute(
            text("SELECT first_name, last_name FROM person"))]
        assert any("ũ" in n or "ĩ" in n for n in names)
        assert any("'" in n for n in names)
        assert any("ë" in n for n in names)
        # Every person's last recorded move lands on the stage they are in now.
        mismatched = conn.execute(text(
            "SELECT COUNT(*) FROM person p WHERE p.stage != (SELECT s.to_stage FROM stage_change "
            "s WHERE s.person_id = p.id ORDER BY s.changed_on DESC, s.id DESC LIMIT 1)"
        )).scalar()
        assert mismatched == 0
        # Exits say what kind they were; nobody else has one.
        assert conn.execute(text(
            "SELECT COUNT(*) FROM stage_change WHERE (to_stage = 'alumnus') != "
            "(exit_kind IS NOT NULL)")).scalar() == 0
        spread = conn.execute(text("SELECT MIN(start_date), MAX(start_date) FROM cohort")).one()
        assert date.fromisoformat(spread[1]) - date.fromisoformat(spread[0]) > (
            date(2026, 1, 1) - date(2025, 1, 1))
        phones = [r[0] for r in conn.execute(text("SELECT phone FROM person"))]
        assert all(p.startswith("+2547") and len(p) == 13 for p in phones)


def test_demo_refuses_a_centre_that_has_data(services: Services) -> None:
    services.demo.build(20, seed=1, today=TODAY)
    with pytest.raises(DatabaseExistsError):
        services.demo.build(20, seed=1, today=TODAY)


@pytest.mark.parametrize("people", [0, -5, 10_000_000])
def test_demo_size_is_checked(services: Services, people: int) -> None:
    with pytest.raises(ValidationError):
        services.demo.build(people, seed=1)


def test_cancelling_the_demo_keeps_nothing(services: Services) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(DemoCancelled):
        services.demo.build(2000, seed=1, today=TODAY, cancelled=cancelled)
    assert not services.demo.has_data()


@pytest.mark.sqlite_only  # raw SQL reading SQLite's text dates
def test_demo_training_and_impact_records_are_consistent(services: Services) -> None:
    summary = services.demo.build(200, seed=5, today=TODAY)
    assert summary.assessments > 0 and summary.roll_calls > 0 and summary.stipends > 0
    with services.db.engine.connect() as conn:
        q = lambda sql: conn.execute(text(sql)).scalar()  # noqa: E731
        assert q("SELECT COUNT(*) FROM module") == 6
        # roll-call only for people of the session's cohort
        assert q("SELECT COUNT(*) FROM roll_call r JOIN training_session s ON s.id = "
                 "r.session_id JOIN person p ON p.id = r.person_id "
                 "WHERE p.cohort_id != s.cohort_id") == 0
        # typing passes exactly when speed and accuracy meet the module's minimums
        assert q("SELECT COUNT(*) FROM assessment a JOIN module m ON m.id = a.module_id "
                 "WHERE m.kind = 'typing' AND a.passed != (a.wpm >= m.min_wpm AND "
                 "a.accuracy_bp >= m.min_accuracy_bp)") == 0
        # everybody has an eligibility record and a baseline; hired people's are frozen
        assert q("SELECT COUNT(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM survey s "
                 "WHERE s.person_id = p.id AND s.kind = 'baseline')") == 0
        assert q("SELECT COUNT(*) FROM eligibility_record e WHERE e.frozen != EXISTS (SELECT 1 "
                 "FROM stage_change c WHERE c.person_id = e.person_id AND c.to_stage = "
                 "'worker')") == 0
        assert q("SELECT COUNT(*) FROM stipend WHERE amount_cents <= 0") == 0
        assert q("SELECT MIN(held_on) FROM training_session") >= "2024-11-01"
        assert q("SELECT COUNT(*) FROM survey WHERE kind = 'followup_6m'") > 0

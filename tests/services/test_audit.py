from __future__ import annotations

import sqlite3

import pytest

from issp_desktop.domain.access import Role
from issp_desktop.services import Services, audit
from issp_desktop.services.audit import AuditFilter
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser

PW = "correct horse battery"


@pytest.fixture
def centre(services: Services) -> Services:
    services.centre.first_run(CentreSetup("Centre"), NewUser("boss", Role.MANAGER, PW))
    services.users.login("boss", PW)
    for i in range(5):
        services.centre.update(CentreSetup(f"Centre {i}"))
    return services


def _raw(services: Services) -> sqlite3.Connection:
    path = services.db.sqlite_path
    assert path is not None
    return sqlite3.connect(path)


def test_every_write_appends_a_chained_entry(centre: Services) -> None:
    result = centre.audit.verify()
    assert result.ok, result
    assert result.checked == centre.audit.count() >= 8
    rows = centre.audit.page(limit=3)
    assert [r.use_case for r in rows] == ["centre.update"] * 3
    assert rows[0].id > rows[1].id


@pytest.mark.sqlite_only  # sqlite3 errors and SQLite trigger names
def test_entries_cannot_be_updated_or_deleted(centre: Services) -> None:
    conn = _raw(centre)
    with pytest.raises(sqlite3.IntegrityError, match="permanent"):
        conn.execute("UPDATE audit_entry SET username = 'someone' WHERE id = 3")
    with pytest.raises(sqlite3.IntegrityError, match="permanent"):
        conn.execute("DELETE FROM audit_entry WHERE id = 3")
    conn.close()


def _tamper(services: Services, sql: str) -> None:
    """What an attacker with the file could do: drop the guard, change history."""
    conn = _raw(services)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.sqlite_only  # tampers through a sqlite3 connection
def test_verify_names_the_first_changed_entry(centre: Services) -> None:
    _tamper(centre, "UPDATE audit_entry SET new_values = replace(new_values, 'Centre 2', "
                    "'Centre X') WHERE id = 6")
    result = centre.audit.verify()
    assert not result.ok
    assert result.first_broken_id == 6
    assert "content" in result.reason


@pytest.mark.sqlite_only  # tampers through a sqlite3 connection
def test_verify_finds_a_removed_entry(centre: Services) -> None:
    _tamper(centre, "DELETE FROM audit_entry WHERE id = 4")
    result = centre.audit.verify()
    assert not result.ok and result.first_broken_id == 4


@pytest.mark.sqlite_only  # tampers through a sqlite3 connection
def test_verify_finds_a_re_hashed_entry(centre: Services) -> None:
    """Re-computing one entry's hash after a change still breaks the next entry's link."""
    conn = _raw(centre)
    row = conn.execute("SELECT id, at, username, use_case, entity, entity_id, old_values, "
                       "new_values, prev_hash FROM audit_entry WHERE id = 5").fetchone()
    conn.close()
    forged_new = (row[7] or "").replace("Centre", "Forged")
    digest = audit.entry_hash(row[8], row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                              forged_new)
    _tamper(centre, f"UPDATE audit_entry SET new_values = '{forged_new}', "
                    f"entry_hash = '{digest}' WHERE id = 5")
    result = centre.audit.verify()
    assert not result.ok and result.first_broken_id == 6


def test_sensitive_values_are_redacted(centre: Services) -> None:
    with centre.db.write() as s:
        audit.record(s, centre.actor, "people.update", "person", 7,
                     {"national_id": "12345678", "first_name": "Zoë", "stage": "trainee"},
                     {"national_id": "87654321", "password": "hunter2", "first_name": "Zoë",
                      "stage": "worker"})
    row = centre.audit.page(limit=1)[0]
    text = (row.old_values or "") + (row.new_values or "")
    assert "12345678" not in text and "87654321" not in text and "hunter2" not in text
    assert "[redacted]" in text and "Zoë" not in text
    assert '"stage":"trainee"' in text and '"stage":"worker"' in text
    assert centre.audit.verify().ok


def test_filtering(centre: Services) -> None:
    assert centre.audit.count(AuditFilter(text="auth.login")) == 1
    assert centre.audit.count(AuditFilter(username="boss")) >= 6
    assert centre.audit.count(AuditFilter(text="no such thing")) == 0

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from issp_desktop.domain.access import SIGNED_OUT, Role
from issp_desktop.errors import (
    AccountLockedError,
    LoginFailedError,
    PermissionDeniedError,
    StaleRecordError,
    ValidationError,
)
from issp_desktop.services import Services
from issp_desktop.services.base import default_hasher
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser

PW = "correct horse battery"


@pytest.fixture
def centre(services: Services) -> Services:
    services.centre.first_run(CentreSetup("Centre"), NewUser("boss", Role.MANAGER, PW))
    services.users.login("boss", PW)
    return services


def test_default_hasher_meets_the_owasp_floor() -> None:
    h = default_hasher()
    assert h.memory_cost >= 19 * 1024 and h.time_cost >= 2
    assert h.hash("x").startswith("$argon2id$")


def test_passwords_are_stored_as_argon2id_hashes(centre: Services) -> None:
    with centre.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM app_user").scalar()
    assert stored.startswith("$argon2id$") and PW not in stored


def test_login_sets_the_actor_and_is_audited(centre: Services) -> None:
    centre.users.add(NewUser("mercy", Role.TRAINER, "trainer pass 1", "Mercy Chebet"))
    actor = centre.users.login("Mercy ", "trainer pass 1")
    assert centre.actor == actor
    assert actor.role is Role.TRAINER and actor.display_name == "Mercy Chebet"
    centre.users.logout()
    assert centre.actor == SIGNED_OUT
    centre.users.login("boss", PW)
    cases = [r.use_case for r in centre.audit.page(limit=5)]
    assert cases[:3] == ["auth.login", "auth.logout", "auth.login"]


def test_wrong_password_and_unknown_user_say_the_same(centre: Services) -> None:
    with pytest.raises(LoginFailedError) as wrong:
        centre.users.login("boss", "nope")
    with pytest.raises(LoginFailedError) as unknown:
        centre.users.login("nobody", "nope")
    assert str(unknown.value).split(".")[0] == str(wrong.value).split(".")[0]
    failed = [r for r in centre.audit.page(limit=10) if r.use_case == "auth.login_failed"]
    assert len(failed) == 2
    assert all("nope" not in (r.new_values or "") for r in failed)


def test_five_wrong_passwords_lock_for_fifteen_minutes_then_longer(centre: Services) -> None:
    t0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    for i in range(4):
        with pytest.raises(LoginFailedError):
            centre.users.login("boss", f"wrong{i}", now=t0)
    with pytest.raises(AccountLockedError):
        centre.users.login("boss", "wrong5", now=t0)
    with pytest.raises(AccountLockedError):  # even the right password, while locked
        centre.users.login("boss", PW, now=t0 + timedelta(minutes=14))
    for i in range(5):  # the second lock lasts 30 minutes
        with pytest.raises((LoginFailedError, AccountLockedError)):
            centre.users.login("boss", f"again{i}", now=t0 + timedelta(minutes=16))
    with pytest.raises(AccountLockedError):
        centre.users.login("boss", PW, now=t0 + timedelta(minutes=16 + 29))
    assert centre.users.login("boss", PW, now=t0 + timedelta(minutes=16 + 31)).username == "boss"
    locks = [r for r in centre.audit.page(limit=50) if r.use_case == "auth.account_locked"]
    assert len(locks) == 2


def test_rehash_on_login_when_parameters_change(centre: Services) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    centre.ctx.hasher = weak
    centre.users.add(NewUser("old", Role.VIEWER, "old password 1"))
    centre.ctx.hasher = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    centre.users.login("old", "old password 1")
    with centre.db.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash FROM app_user WHERE username = 'old'").scalar()
    assert "m=2048,t=2,p=1" in stored


def test_change_password(centre: Services) -> None:
    with pytest.raises(LoginFailedError):
        centre.users.change_password("not it", "a new password")
    with pytest.raises(ValidationError):
        centre.users.change_password(PW, "short")
    centre.users.change_password(PW, "a brand new password")
    with pytest.raises(LoginFailedError):
        centre.users.login("boss", PW)
    centre.users.login("boss", "a brand new password")


def test_manager_resets_a_password_and_the_user_must_change_it(centre: Services) -> None:
    row = centre.users.add(NewUser("peter", Role.SUPERVISOR, "first password"))
    centre.users.reset_password(row.id, "temporary pass")
    found = centre.users.find("peter")
    assert found is not None and found.must_change_password
    centre.users.login("peter", "temporary pass")
    centre.users.change_password("temporary pass", "peter's own password")
    found = centre.users.find("peter")
    assert found is not None and not found.must_change_password


def test_the_last_manager_cannot_be_demoted_or_switched_off(centre: Services) -> None:
    boss = centre.users.find("boss")
    assert boss is not None
    with pytest.raises(ValidationError, match="at least one active manager"):
        centre.users.change_role(boss.id, Role.VIEWER, boss.version)
    second = centre.users.add(NewUser("second", Role.MANAGER, "second manager"))
    changed = centre.users.change_role(boss.id, Role.VIEWER, boss.version)
    assert changed.role is Role.VIEWER
    with pytest.raises(StaleRecordError):
        centre.users.change_role(boss.id, Role.TRAINER, boss.version)
    assert second.role is Role.MANAGER


def test_only_managers_manage_users(centre: Services) -> None:
    centre.users.add(NewUser("clerk1", Role.PAYROLL_CLERK, "clerk password"))
    centre.users.login("clerk1", "clerk password")
    with pytest.raises(PermissionDeniedError):
        centre.users.add(NewUser("sneaky", Role.MANAGER, "sneaky password"))
    with pytest.raises(PermissionDeniedError):
        centre.users.list()


def test_duplicate_user_names_are_refused(centre: Services) -> None:
    with pytest.raises(ValidationError, match="taken"):
        centre.users.add(NewUser("BOSS", Role.VIEWER, "another password"))


def test_manager_unlocks_a_locked_account(centre: Services) -> None:
    row = centre.users.add(NewUser("amina", Role.VIEWER, "amina password"))
    for i in range(5):
        with pytest.raises((LoginFailedError, AccountLockedError)):
            centre.users.login("amina", f"bad{i}")
    centre.users.login("boss", PW)
    centre.users.unlock(row.id)
    assert centre.users.login("amina", "amina password").username == "amina"

from __future__ import annotations

import pytest
from sqlalchemy import text

from issp_desktop.domain.access import Role
from issp_desktop.domain.centre import SafetySettings
from issp_desktop.errors import NotSetUpError, StaleRecordError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser

MANAGER = NewUser("grace", Role.MANAGER, "correct horse battery", "Grace Wanjirũ")


def test_first_run_records_the_centre_and_its_manager(services: Services) -> None:
    assert services.centre.get() is None
    assert services.centre.needs_setup()
    info = services.centre.first_run(CentreSetup(name="  Kibera   Data Centre "), MANAGER)
    assert info.name == "Kibera Data Centre"
    assert (info.country, info.time_zone, info.currency) == ("KE", "Africa/Nairobi", "KES")
    assert services.centre.get() == info
    assert not services.centre.needs_setup()
    user = services.users.find("GRACE")
    assert user is not None and user.role is Role.MANAGER


def test_first_run_only_once(services: Services) -> None:
    services.centre.first_run(CentreSetup(name="A"), MANAGER)
    with pytest.raises(ValidationError, match="already set up"):
        services.centre.first_run(CentreSetup(name="B"), MANAGER)
    assert services.centre.require().name == "A"


@pytest.mark.parametrize(
    ("setup", "field"),
    [
        (CentreSetup(name="   "), "name"),
        (CentreSetup(name="A\u202eB"), "name"),
        (CentreSetup(name="x" * 201), "name"),
        (CentreSetup(name="Centre", country="XX"), "country"),
        (CentreSetup(name="Centre", time_zone="Africa/Atlantis"), "time zone"),
        (CentreSetup(name="Centre", time_zone="../../etc/passwd"), "time zone"),
        (CentreSetup(name="Centre", currency="shillings"), "currency"),
    ],
)
def test_bad_setup_is_refused_and_nothing_saved(services: Services, setup: CentreSetup,
                                                field: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.centre.first_run(setup, MANAGER)
    assert info.value.field == field
    assert services.centre.get() is None
    assert not services.users.has_users()


@pytest.mark.parametrize(
    ("manager", "field"),
    [
        (NewUser("grace", Role.MANAGER, "short"), "password"),
        (NewUser("grace", Role.MANAGER, "grace"), "password"),
        (NewUser("x", Role.MANAGER, "correct horse battery"), "user name"),
        (NewUser("Grace Wanjiru", Role.MANAGER, "correct horse battery"), "user name"),
        (NewUser("grace", Role.TRAINER, "correct horse battery"), "role"),
    ],
)
def test_a_bad_first_account_saves_nothing(services: Services, manager: NewUser,
                                           field: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.centre.first_run(CentreSetup(name="Centre"), manager)
    assert info.value.field == field
    assert services.centre.get() is None


def test_update_changes_the_centre_bumps_its_version_and_is_audited(services: Services) -> None:
    first = services.centre.first_run(CentreSetup(name="Centre"), MANAGER)
    services.users.login("grace", "correct horse battery")
    second = services.centre.update(
        CentreSetup(name="Centre Kampala", country="UG", time_zone="Africa/Kampala",
                    currency="ugx"), first.version)
    assert second.currency == "UGX"
    assert second.version == first.version + 1
    last = services.audit.page(limit=1)[0]
    assert last.use_case == "centre.update" and last.username == "grace"
    assert '"name":"Centre"' in (last.old_values or "")
    assert '"name":"Centre Kampala"' in (last.new_values or "")


def test_a_save_over_a_newer_version_is_refused(services: Services) -> None:
    first = services.centre.first_run(CentreSetup(name="Centre"), MANAGER)
    services.users.login("grace", "correct horse battery")
    services.centre.update(CentreSetup(name="Saved by someone else"), first.version)
    with pytest.raises(StaleRecordError) as info:
        services.centre.update(CentreSetup(name="My late edit"), first.version)
    assert "changed by grace" in str(info.value)
    assert services.centre.require().name == "Saved by someone else"


def test_update_before_setup_says_so(services: Services) -> None:
    with pytest.raises(NotSetUpError):
        services.centre.update(CentreSetup(name="Centre"))
    with pytest.raises(NotSetUpError):
        services.centre.require()


def test_safety_settings(services: Services) -> None:
    info = services.centre.first_run(CentreSetup(name="Centre"), MANAGER)
    assert services.centre.safety() == SafetySettings()
    saved = services.centre.update_safety(
        SafetySettings(5, 60, " /media/usb ", 24), info.version)
    assert saved == SafetySettings(5, 60, "/media/usb", 24)
    assert services.centre.safety() == saved
    with pytest.raises(ValidationError, match="idle lock"):
        services.centre.update_safety(SafetySettings(idle_lock_minutes=-1))
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT idle_lock_minutes FROM centre")).scalar() == 5

from __future__ import annotations

import pytest

from issp_desktop.errors import NotSetUpError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup


def test_first_run_records_the_centre_with_kenyan_defaults(services: Services) -> None:
    assert services.centre.get() is None
    info = services.centre.setup(CentreSetup(name="  Kibera   Data Centre "))
    assert info.name == "Kibera Data Centre"
    assert (info.country, info.time_zone, info.currency) == ("KE", "Africa/Nairobi", "KES")
    assert services.centre.get() == info


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
        services.centre.setup(setup)
    assert info.value.field == field
    assert services.centre.get() is None


def test_update_changes_the_centre_and_bumps_its_version(services: Services) -> None:
    first = services.centre.setup(CentreSetup(name="Centre"))
    second = services.centre.update(
        CentreSetup(name="Centre Kampala", country="UG", time_zone="Africa/Kampala",
                    currency="ugx"))
    assert second.currency == "UGX"
    assert second.version == first.version + 1


def test_update_before_setup_says_so(services: Services) -> None:
    with pytest.raises(NotSetUpError):
        services.centre.update(CentreSetup(name="Centre"))
    with pytest.raises(NotSetUpError):
        services.centre.require()

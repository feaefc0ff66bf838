"""Every role × every use case: the service layer refuses what the role may not do, whatever
the GUI shows. The walk covers every method registered with ``@use_case``."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from issp_desktop.domain.access import ROLE_PERMISSIONS, Actor, Role
from issp_desktop.errors import PermissionDeniedError
from issp_desktop.services import Services
from issp_desktop.services.base import USE_CASES, Service


def _service_methods(services: Services) -> dict[str, tuple[Service, Any]]:
    found: dict[str, tuple[Service, Any]] = {}
    for value in vars(services).values():
        if not isinstance(value, Service):
            continue
        for _name, method in inspect.getmembers(value, inspect.ismethod):
            if hasattr(method, "use_case"):
                found[method.use_case] = (value, method)
    return found


def test_every_registered_use_case_is_reachable(services: Services) -> None:
    reachable = set(_service_methods(services))
    registered = {u.name for u in USE_CASES}
    assert registered == reachable


@pytest.mark.parametrize("role", list(Role))
def test_role_by_use_case(services: Services, role: Role) -> None:
    actor = Actor(999, f"test-{role.value}", role)
    methods = _service_methods(services)
    checked = 0
    for case in USE_CASES:
        services.ctx.actor = actor  # signing out (a use case too) would change it
        _service, method = methods[case.name]
        params = [p for p in inspect.signature(method).parameters.values()
                  if p.default is inspect.Parameter.empty
                  and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        args = [None] * len(params)
        allowed = case.permission is None or case.permission in ROLE_PERMISSIONS[role]
        try:
            method(*args)
        except PermissionDeniedError:
            assert not allowed, f"{role} was refused {case.name}"
        except Exception:  # allowed: it got past the check and failed on the dummy input
            assert allowed, f"{role} reached {case.name} without permission"
        else:
            assert allowed, f"{role} ran {case.name} without permission"
        checked += 1
    assert checked == len(USE_CASES) >= 10


def test_signed_out_may_do_nothing_but_sign_in(services: Services) -> None:
    protected = [u for u in USE_CASES if u.permission is not None]
    assert protected
    assert ROLE_PERMISSIONS[Role.NONE] == frozenset()

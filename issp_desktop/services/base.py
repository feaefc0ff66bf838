"""What every service shares: the store, who is acting, and the ``use_case`` decorator that
checks the actor's permission before anything else happens."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from argon2 import PasswordHasher

from issp_desktop.db.backup import Opener, plain_opener
from issp_desktop.db.engine import Database
from issp_desktop.domain.access import SYSTEM, Actor, Permission
from issp_desktop.errors import PermissionDeniedError

P = ParamSpec("P")
R = TypeVar("R")


def default_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (64 MiB, 3 passes, 4 lanes): above OWASP's floor."""
    return PasswordHasher()


@dataclass
class Context:
    """Shared by the services of one open store. ``actor`` changes when somebody signs in."""

    db: Database
    backups_dir: Path
    actor: Actor = SYSTEM
    hasher: PasswordHasher = field(default_factory=default_hasher)
    opener: Opener = plain_opener  # how backup files are opened (keyed when encrypted)

    def require(self, permission: Permission, use_case: str = "") -> None:
        if not self.actor.can(permission):
            raise PermissionDeniedError(self.actor.role.value, permission.value, use_case)


@dataclass(frozen=True)
class UseCase:
    name: str
    qualname: str
    permission: Permission | None


USE_CASES: list[UseCase] = []


class Service:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def actor(self) -> Actor:
        return self.ctx.actor


def use_case(
    name: str, permission: Permission | None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a service method as a use case and refuse it to actors without ``permission``.

    ``permission=None`` marks a use case open to everybody signed in (or to nobody in
    particular, such as signing in). The check runs before the method's own code."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        USE_CASES.append(UseCase(name, fn.__qualname__, permission))

        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            if permission is not None:
                service: Any = args[0]
                service.ctx.require(permission, name)
            return fn(*args, **kwargs)

        inner.use_case = name  # type: ignore[attr-defined]
        inner.permission = permission  # type: ignore[attr-defined]
        return inner

    return wrap

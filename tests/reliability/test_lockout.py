"""1,000 wrong passwords: at most 5 are even checked per lock window; the rest are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from issp_desktop.domain import lockout
from issp_desktop.domain.access import Role
from issp_desktop.errors import AccountLockedError, LoginFailedError
from issp_desktop.services import Services
from issp_desktop.services.centre import CentreSetup
from issp_desktop.services.users import NewUser


class CountingHasher:
    """The real hasher, counting how often a password is actually checked."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.verified = 0

    def verify(self, digest: str, password: str) -> bool:
        self.verified += 1
        return self.inner.verify(digest, password)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def test_a_thousand_wrong_passwords(services: Services) -> None:
    services.centre.first_run(CentreSetup("C"), NewUser("boss", Role.MANAGER, "right password"))
    counting = CountingHasher(services.ctx.hasher)
    services.ctx.hasher = counting  # type: ignore[assignment]
    t = datetime(2026, 1, 1, tzinfo=UTC)
    windows: list[int] = [0]
    locked_answers = 0
    for i in range(1000):
        now = t + timedelta(seconds=i * 2)  # an attacker trying every 2 seconds
        before = counting.verified
        try:
            services.users.login("boss", f"guess-{i}", now=now)
        except AccountLockedError:
            locked_answers += 1
            if counting.verified == before:
                windows.append(0)
                continue
        except LoginFailedError:
            pass
        windows[-1] += counting.verified - before
    assert max(windows) <= lockout.MAX_ATTEMPTS
    assert locked_answers > 900
    # 2,000 seconds is enough for exactly one 15-minute and part of one 30-minute lock.
    assert counting.verified <= 3 * lockout.MAX_ATTEMPTS

"""Account lock-out after wrong passwords: 5 attempts, then 15 minutes, doubling each time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_ATTEMPTS = 5
FIRST_LOCK = timedelta(minutes=15)
LONGEST_LOCK = timedelta(hours=24)


@dataclass(frozen=True)
class LockState:
    failed_count: int
    lock_count: int
    locked_until: datetime | None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def after_failure(state: LockState, now: datetime) -> LockState:
    """The state after one more wrong password. The fifth in a row locks the account for
    15 minutes × 2^(earlier locks), at most a day."""
    failed = state.failed_count + 1
    if failed < MAX_ATTEMPTS:
        return LockState(failed, state.lock_count, state.locked_until)
    length = min(FIRST_LOCK * (2 ** state.lock_count), LONGEST_LOCK)
    return LockState(0, state.lock_count + 1, now + length)


def after_success() -> LockState:
    return LockState(0, 0, None)


def attempts_left(state: LockState) -> int:
    return MAX_ATTEMPTS - state.failed_count

"""Which backups to keep: Anki-style thinning. Pure rules, no I/O.

The backups are walked from the newest to the oldest, the way Anki thins its collection
backups (``rslib/src/collection/backup.rs``):

1. the ``newest`` most recent backups are always kept;
2. then the newest backup of each of the next ``daily`` distinct UTC days that have backups;
3. then the newest backup of each of the next ``weekly`` ISO weeks (Monday to Sunday, so the
   week of 2026-12-28 to 2027-01-03 is one week, 2026-W53);
4. then the newest backup of each of the next ``monthly`` calendar months;
5. everything older is dropped.

The stages follow each other instead of overlapping: the weekly backups start with the week
*before* the oldest daily one, and the monthly backups with the month before the oldest weekly
one. With the defaults (12 / 10 / 9) a backup every half hour thins to about 34 files reaching
back roughly a year, never more than ``newest + daily + weekly + monthly``.

A backup stamped after ``now`` means a clock was wrong when it was made (or is wrong now); its
age cannot be judged, so it is always kept and takes no place from the others. It is the only
way the result can hold more than ``newest + daily + weekly + monthly`` stamps.

Thinning is idempotent: thinning the kept set again keeps all of it, because a dropped backup
never changes what the walk decides about the ones after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

__all__ = ["backups_to_keep"]

_Keys = tuple[date, tuple[int, int], tuple[int, int]]


def _keys(stamp: datetime) -> _Keys:
    """The day, ISO week and month a stamp falls in, all in UTC."""
    utc = stamp.astimezone(UTC)
    iso = utc.isocalendar()
    return utc.date(), (iso.year, iso.week), (utc.year, utc.month)


def _require_aware(stamp: datetime, what: str) -> None:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError(f"{what} must be a time-zone aware datetime (UTC), got {stamp!r}")


def backups_to_keep(
    stamps: Sequence[datetime],
    now: datetime,
    *,
    daily: int = 12,
    weekly: int = 10,
    monthly: int = 9,
    newest: int = 3,
) -> set[datetime]:
    """The subset of ``stamps`` (backup creation times) to keep; see the module docstring.

    Every datetime must be aware; days, weeks and months are counted in UTC. Equal stamps are
    one backup time: keeping it keeps every file made at that instant.
    """
    limits = {"daily": daily, "weekly": weekly, "monthly": monthly, "newest": newest}
    for name, value in limits.items():
        if value < 0:
            raise ValueError(f"{name} must be zero or more, got {value}")
    _require_aware(now, "now")
    for stamp in stamps:
        _require_aware(stamp, "a backup time")

    keep: set[datetime] = set()
    past: list[datetime] = []
    for stamp in set(stamps):
        if stamp > now:
            keep.add(stamp)  # from the future: a wrong clock; keep it, count it nowhere
        else:
            past.append(stamp)
    past.sort(reverse=True)

    remaining = [daily, weekly, monthly]
    last: _Keys | None = None
    for index, stamp in enumerate(past):
        keys = _keys(stamp)
        if index < newest:
            kept = True
        else:
            stage = next((s for s in range(3) if remaining[s] > 0), None)
            if stage is None:
                break  # every slot is used: nothing older can be kept
            kept = last is None or keys[stage] < last[stage]
            if kept:
                remaining[stage] -= 1
        if kept:
            keep.add(stamp)
            last = keys
    return keep

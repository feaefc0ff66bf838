"""The schema revisions this version knows, oldest first, without importing Alembic.

Start-up compares a database's revision against this list before anything heavy is loaded.
A test asserts that it matches the migration scripts, so a new migration must add its id here.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
    "0011", "0012", "0013",
)
HEAD_REVISION: str = KNOWN_REVISIONS[-1]


def is_known(revision: str) -> bool:
    return revision in KNOWN_REVISIONS

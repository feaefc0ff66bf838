"""Move a centre from its SQLite file to an empty PostgreSQL database (``issp db migrate-to``).

The target gets its schema from the same migrations as any new store, then every table's rows
in dependency order (parents first, each table in primary-key order, so a correction that
points at the row it replaces comes after it), all in one transaction: the target ends up with
the whole centre or, on any failure, exactly as it was. The database triggers stay on: audit
entries, clock events and certificates are append-only, and inserting is what they allow. A
closed pay period refuses new payslips and items, so closed periods are written as "reviewed"
first and closed once their payslips, items and adjustments are in, inside the same
transaction. Each table's id sequence is then set past its highest id.

Afterwards, row counts per table and the sum of every ``*_cents`` column are compared between
the two stores; the report lists them all and says whether every figure matches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, inspect, select, text, update
from sqlalchemy.engine import Connection

from issp_desktop.db.engine import Database, is_postgres_url
from issp_desktop.db.migrate import current_revision, upgrade
from issp_desktop.db.sequences import reset_sequence
from issp_desktop.domain.access import Actor, Permission
from issp_desktop.errors import IsspError, PermissionDeniedError, ValidationError

CHUNK = 5_000
# Rows the migrations themselves write into a new database (0006: the deliverables settings
# and the usual error categories); the copy replaces them with the centre's own.
SEEDED_BY_MIGRATIONS = ("deliverables_settings", "error_category")
PAYROLL_LOCKED = ("payslip", "payslip_line", "pay_item", "adjustment")

Progress = Callable[[str, int, int], None]


class TargetNotEmptyError(IsspError):
    exit_code = 1

    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            f"The target database {location} is not empty ({detail}). Give an empty PostgreSQL "
            "database (CREATE DATABASE ... OWNER ...); nothing was copied.")
        self.location = location


class MigrationMismatchError(IsspError):
    exit_code = 1

    def __init__(self, location: str, problems: list[str]) -> None:
        super().__init__(
            f"The copy in {location} does not match the source: {'; '.join(problems[:5])}. "
            "Nothing was kept in the target.")
        self.problems = problems


@dataclass(frozen=True)
class TableFigures:
    """One table's row count and money totals in the source and the target."""

    table: str
    source_rows: int
    target_rows: int
    money: dict[str, tuple[int, int]] = field(default_factory=dict)  # column: (source, target)

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and all(
            a == b for a, b in self.money.values())


@dataclass(frozen=True)
class MigrateReport:
    source: str
    target: str
    revision: str | None
    tables: tuple[TableFigures, ...]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def total_rows(self) -> int:
        return sum(t.target_rows for t in self.tables)

    def problems(self) -> list[str]:
        found: list[str] = []
        for t in self.tables:
            if t.source_rows != t.target_rows:
                found.append(f"{t.table}: {t.source_rows} rows in the source, "
                             f"{t.target_rows} in the target")
            found += [f"{t.table}.{col}: {a} in the source, {b} in the target"
                      for col, (a, b) in t.money.items() if a != b]
        return found


JOURNAL = "sync_change"  # the exchange's change journal, filled by triggers on the target too


def _tables() -> list[Table]:
    from sqlmodel import SQLModel

    import issp_desktop.db.models  # noqa: F401  (every table registers itself)

    return list(SQLModel.metadata.sorted_tables)


def _money_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name.endswith("_cents")]


def _figures(conn: Connection, table: Table) -> tuple[int, dict[str, int]]:
    cols = _money_columns(table)
    row = conn.execute(select(func.count(), *(func.coalesce(func.sum(table.c[c]), 0)
                                              for c in cols)).select_from(table)).one()
    return int(row[0]), {c: int(v) for c, v in zip(cols, row[1:], strict=True)}


def _check_target(target: Database) -> None:
    with target.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if not names:
            return
        if "alembic_version" not in names:
            raise TargetNotEmptyError(target.location, f"it holds {len(names)} other tables")
        for table in _tables():
            if table.name in SEEDED_BY_MIGRATIONS or table.name not in names:
                continue
            if conn.execute(select(func.count()).select_from(table)).scalar():
                raise TargetNotEmptyError(target.location, f"{table.name} has rows")


def _rows(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(stream_results=True).execute(
        select(table).order_by(*order))
    for chunk in result.mappings().partitions(CHUNK):
        yield [dict(r) for r in chunk]


def _copy(src: Connection, dst: Connection, tables: list[Table],
          progress: Progress | None) -> None:
    for name in reversed(SEEDED_BY_MIGRATIONS):
        dst.execute(text(f'DELETE FROM "{name}"'))
    closed: list[int] = []
    journal = next((t for t in tables if t.name == JOURNAL), None)
    for n, table in enumerate(tables):
        if progress is not None:
            progress(table.name, n, len(tables))
        if table is journal:
            continue  # copied last: the target's triggers journal every row copied
        for chunk in _rows(src, table):
            if table.name == "pay_period":
                for row in chunk:
                    if row.get("state") == "closed":
                        closed.append(row["id"])
                        row["state"] = "reviewed"
            dst.execute(table.insert(), chunk)
        reset_sequence(dst, table)
    if closed:
        period = next(t for t in tables if t.name == "pay_period")
        for start in range(0, len(closed), CHUNK):
            dst.execute(update(period).where(period.c.id.in_(closed[start:start + CHUNK]))
                        .values(state="closed"))
    if journal is not None:  # the exchange's change journal as the source has it
        dst.execute(delete(journal))
        for chunk in _rows(src, journal):
            dst.execute(journal.insert(), chunk)


def migrate_to(source: Database, target_url: str, actor: Actor, *,
               progress: Progress | None = None) -> MigrateReport:
    """Copy the centre in ``source`` (SQLite, up to date) into the empty PostgreSQL database at
    ``target_url``; returns the figures compared. Raises ``TargetNotEmptyError`` for a target
    with data and ``MigrationMismatchError`` (nothing kept) if a figure differs."""
    if not actor.can(Permission.BACKUP_RESTORE):
        raise PermissionDeniedError(actor.role.value, Permission.BACKUP_RESTORE.value,
                                    "db.migrate_to")
    if not source.is_sqlite:
        raise ValidationError("source", "the centre to copy must be a SQLite file")
    if not is_postgres_url(target_url):
        raise ValidationError("target", "give a PostgreSQL URL: postgresql://USER@HOST/DATABASE")
    from issp_desktop.db.store import open_store

    target = open_store(target_url, migrate=False)
    try:
        _check_target(target)
        upgrade(target)
        tables = _tables()
        with source.read() as s_read, target.write_engine.connect() as dst:
            src = s_read.connection()
            with dst.begin():
                _copy(src, dst, tables, progress)
                figures = tuple(
                    TableFigures(t.name, *_pair(_figures(src, t), _figures(dst, t)))
                    for t in tables)
                report = MigrateReport(source.location, target.location,
                                       current_revision(target), figures)
                if not report.ok:
                    raise MigrationMismatchError(target.location, report.problems())
        return report
    finally:
        target.dispose()


def _pair(src: tuple[int, dict[str, int]], dst: tuple[int, dict[str, int]]
          ) -> tuple[int, int, dict[str, tuple[int, int]]]:
    return src[0], dst[0], {c: (src[1][c], dst[1][c]) for c in src[1]}

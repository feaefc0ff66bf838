"""Exchange change journal: ``sync_change`` holds the key of every row of an exchanged table
inserted, updated or deleted since the last exchange scan, written by AFTER triggers on those
tables (SQLite: ``INSERT OR IGNORE``; PostgreSQL: one trigger function per key shape with
``ON CONFLICT DO NOTHING``). The scan then reads only those rows instead of the centre's whole
history. The rows already in a store are journaled once (see ``_seed``), so the first scan after
the upgrade sees them all (their stored hashes make unchanged ones no change).

The triggers only add a key to the journal (no lookups), after the tables' own guards (clock
events never updated, closed payroll, certificates append-only) have let the change through.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# The exchanged tables as of this revision (domain/exchange.py), with their key columns.
_ID = ("id",)
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cohort", _ID), ("module", _ID), ("cohort_module", ("cohort_id", "module_id")),
    ("person", _ID), ("stage_change", _ID), ("eligibility_record", _ID), ("survey", _ID),
    ("assessment", _ID), ("training_session", _ID), ("roll_call", ("session_id", "person_id")),
    ("stipend", _ID), ("shift_template", _ID), ("shift", _ID), ("leave", _ID),
    ("clock_event", _ID), ("client", _ID), ("project", _ID), ("batch", _ID),
    ("batch_worker", _ID), ("batch_status_change", _ID), ("error_category", _ID),
    ("work_log", _ID), ("qa_check", _ID), ("qa_error", _ID), ("pay_period", _ID),
    ("payslip", _ID), ("payslip_line", _ID), ("certificate", _ID),
    ("certificate_revocation", _ID),
)


def _pair(row: str, key: tuple[str, ...]) -> str:
    return f"{row}.{key[0]}, " + (f"{row}.{key[1]}" if len(key) > 1 else "0")


def _changed(key: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{k} <> NEW.{k}" for k in key)


def _sqlite(table: str, key: tuple[str, ...]) -> list[str]:
    ins = "INSERT OR IGNORE INTO sync_change (table_name, k1, k2) VALUES"
    return [
        f"""CREATE TRIGGER sync_change_{table}_ins AFTER INSERT ON "{table}"
            BEGIN {ins} ('{table}', {_pair('NEW', key)}); END""",
        f"""CREATE TRIGGER sync_change_{table}_upd AFTER UPDATE ON "{table}"
            BEGIN {ins} ('{table}', {_pair('NEW', key)}); END""",
        f"""CREATE TRIGGER sync_change_{table}_rekey AFTER UPDATE OF {', '.join(key)}
            ON "{table}" WHEN {_changed(key)}
            BEGIN {ins} ('{table}', {_pair('OLD', key)}); END""",
        f"""CREATE TRIGGER sync_change_{table}_del AFTER DELETE ON "{table}"
            BEGIN {ins} ('{table}', {_pair('OLD', key)}); END""",
    ]


def _pg_function(key: tuple[str, ...]) -> tuple[str, str]:
    name = "sync_change_by_" + "_".join(key)
    ins = "INSERT INTO sync_change (table_name, k1, k2) VALUES (TG_TABLE_NAME, {}) " \
          "ON CONFLICT DO NOTHING;"
    body = f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            {ins.format(_pair('NEW', key))}
          ELSIF TG_OP = 'DELETE' THEN
            {ins.format(_pair('OLD', key))}
          ELSE
            {ins.format(_pair('NEW', key))}
            IF {_changed(key)} THEN
              {ins.format(_pair('OLD', key))}
            END IF;
          END IF;
          RETURN NULL;
        END; $$ LANGUAGE plpgsql"""
    return name, body


# A plain INSERT of a key already journaled is dropped rather than refused (a copy of a whole
# store into a new one — ``issp db migrate-to`` — brings its journal after the triggers of the
# target already noted the rows it copied).
_PG_ONCE = """CREATE OR REPLACE FUNCTION sync_change_once() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM sync_change WHERE table_name = NEW.table_name
                 AND k1 = NEW.k1 AND k2 = NEW.k2) THEN
        RETURN NULL;
      END IF;
      RETURN NEW;
    END; $$ LANGUAGE plpgsql"""


def _seed(bind: sa.engine.Connection) -> bool:
    """Journal the rows already there? Always on SQLite (a new store's error categories from
    0006 are records too). A PostgreSQL database holding nothing but those is a new one, most
    often the target of ``issp db migrate-to``, which must look empty and gets the source's
    rows and journal copied in; there the categories get their ids when first used."""
    if bind.dialect.name != "postgresql":
        return True
    return any(bind.execute(sa.text(f'SELECT 1 FROM "{t}" LIMIT 1')).first() is not None
               for t, _ in TABLES if t != "error_category")


def upgrade() -> None:
    op.create_table(
        "sync_change",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("k1", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("k2", sa.Integer(), primary_key=True, autoincrement=False),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(_PG_ONCE)
        op.execute("CREATE TRIGGER sync_change_once BEFORE INSERT ON sync_change "
                   "FOR EACH ROW EXECUTE FUNCTION sync_change_once()")
        made: set[str] = set()
        for table, key in TABLES:
            name, body = _pg_function(key)
            if name not in made:
                op.execute(body)
                made.add(name)
            op.execute(f"""CREATE TRIGGER sync_change_{table} AFTER INSERT OR UPDATE OR DELETE
                           ON "{table}" FOR EACH ROW EXECUTE FUNCTION {name}()""")
    else:
        for table, key in TABLES:
            for statement in _sqlite(table, key):
                op.execute(statement)
    if _seed(bind):
        for table, key in TABLES:
            quoted = f'"{table}"'
            op.execute(f"INSERT INTO sync_change (table_name, k1, k2) "
                       f"SELECT '{table}', {_pair(quoted, key)} FROM {quoted}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, _ in TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS sync_change_{table} ON "{table}"')
        op.execute("DROP TRIGGER IF EXISTS sync_change_once ON sync_change")
        op.execute("DROP FUNCTION IF EXISTS sync_change_once()")
        for name in {_pg_function(key)[0] for _, key in TABLES}:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        for table, _ in TABLES:
            for suffix in ("ins", "upd", "rekey", "del"):
                op.execute(f"DROP TRIGGER IF EXISTS sync_change_{table}_{suffix}")
    op.drop_table("sync_change")

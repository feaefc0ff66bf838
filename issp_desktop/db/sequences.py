"""Id sequences after rows were written with their ids given (the demo, ``db migrate-to``).

SQLite picks the next id from the table itself; PostgreSQL from a sequence that rows inserted
with an explicit id do not move. ``reset_sequences`` sets every table's sequence past its
highest id (nothing to do on SQLite)."""

from __future__ import annotations

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session


def _tables() -> list[Table]:
    from sqlmodel import SQLModel

    import issp_desktop.db.models  # noqa: F401  (every table registers itself)

    return list(SQLModel.metadata.sorted_tables)


def reset_sequence(conn: Connection | Session, table: Table) -> None:
    """Set ``table``'s id sequence past its highest id (PostgreSQL; no-op elsewhere)."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or pk[0].type.python_type is not int:
        return
    seq = bind.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                       {"t": table.name, "c": pk[0].name}).scalar()
    if seq:
        bind.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX("{pk[0].name}") FROM '
                          f'"{table.name}"), 0) + 1, false)'), {"s": seq})


def reset_sequences(conn: Connection | Session) -> None:
    """Every table's id sequence past its highest id (PostgreSQL; no-op elsewhere)."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return
    for table in _tables():
        reset_sequence(bind, table)

"""Alembic environment: always run from code with a connection handed in by ``db.migrate``."""

from __future__ import annotations

from alembic import context

from issp_desktop.db.models import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by db.migrate
    raise RuntimeError("Run migrations through 'issp db upgrade', not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    transactional_ddl=True,  # SQLite DDL is transactional: the whole upgrade is one commit
)
with context.begin_transaction():
    context.run_migrations()

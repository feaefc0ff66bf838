"""The store: engine, tables, migrations, checks and backups."""

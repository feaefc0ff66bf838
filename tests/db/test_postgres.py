"""PostgreSQL as the store: every migration runs (with its triggers), append-only tables stay
append-only, a server that is down or refuses the password is a clear error, backups say what
to do, the connection test and the saved server settings, and ``migrate-to`` from a SQLite
centre with its figures checked. Skipped without ``ISSP_TEST_PG_URL``."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from issp_desktop.app import open_services
from issp_desktop.config.paths import AppPaths, resolve_paths
from issp_desktop.db import server
from issp_desktop.db.engine import normalise_url
from issp_desktop.db.migrate import current_revision
from issp_desktop.db.models import AuditEntry, Person
from issp_desktop.db.revisions import HEAD_REVISION
from issp_desktop.db.store import open_store
from issp_desktop.domain.access import SYSTEM, Actor, Role
from issp_desktop.errors import PermissionDeniedError, ServerUnavailableError
from issp_desktop.services import Services
from issp_desktop.services.backup import ServerBackupError
from issp_desktop.services.db_migrate import TargetNotEmptyError, migrate_to
from issp_desktop.services.people_io import PersonInput

TRIGGERS = {
    "0002": {"audit_entry_no_change", "audit_entry_no_truncate"},
    "0005": {"clock_event_no_update"},
    "0007": {"certificate_no_change", "certificate_revocation_no_change",
             "certificate_key_no_delete"},
    "0008": {"pay_period_closed_no_change", "payslip_closed_no_change",
             "pay_item_closed_no_change", "adjustment_closed_no_change",
             "payslip_line_closed_no_change"},
}


@pytest.fixture
def pg_services(tmp_path: Path, pg_database: str) -> Services:
    paths = replace(resolve_paths(tmp_path / "data"), db_url=pg_database)
    paths.data_dir.mkdir(parents=True)
    svc = open_services(paths)
    yield svc  # type: ignore[misc]
    svc.db.dispose()


def _empty_database(pg_server: object) -> tuple[str, str]:
    name = pg_server.new_name()  # type: ignore[attr-defined]
    pg_server.create(name)  # type: ignore[attr-defined]
    return name, pg_server.db_url(name)  # type: ignore[attr-defined]


def test_every_migration_runs_with_its_triggers(pg_server: object) -> None:
    name, url = _empty_database(pg_server)
    try:
        db = open_store(url, create=True)
        try:
            assert current_revision(db) == HEAD_REVISION
            with db.engine.connect() as conn:
                found = set(conn.execute(text(
                    "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
        finally:
            db.dispose()
        for revision, names in TRIGGERS.items():
            assert names <= found, (revision, names - found)
    finally:
        pg_server.drop(name)  # type: ignore[attr-defined]


def test_audit_entries_and_punches_stay_append_only(pg_services: Services) -> None:
    rec = pg_services.people.create(PersonInput("Amina", "Otieno", phone="0712345678"))
    for statement in ("UPDATE audit_entry SET use_case = 'x'", "DELETE FROM audit_entry",
                      "TRUNCATE audit_entry"):
        with pytest.raises(DBAPIError, match="permanent"), pg_services.db.write() as s:
            s.execute(text(statement))
    from issp_desktop.db.models import ClockEvent

    with pg_services.db.write() as s:
        s.add(ClockEvent(person_id=rec.id, kind="in", at=datetime.now(UTC), source="kiosk"))
    with pytest.raises(DBAPIError, match="never changed"), pg_services.db.write() as s:
        s.execute(text("UPDATE clock_event SET kind = 'out'"))
    with pg_services.db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() >= 1


def test_the_postgresql_url_without_driver_uses_psycopg() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_a_server_that_is_down_or_refuses_the_password(pg_database: str) -> None:
    down = make_url(pg_database).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(ServerUnavailableError) as err:
        open_store(down)
    assert err.value.exit_code == 3 and "Cannot reach the database server" in str(err.value)
    wrong = make_url(pg_database).set(username="nobody_here", password="s3cret-pw")
    with pytest.raises(ServerUnavailableError) as err:
        open_store(wrong.render_as_string(hide_password=False))
    assert "s3cret-pw" not in str(err.value) and "nobody_here" in str(err.value)


def test_a_pooled_connection_the_server_dropped_is_replaced_after_idle(
        pg_database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server restarts (here: it ends this store's sessions) while a connection idles in
    the pool: the next use tests the idle connection, finds it dead and opens a fresh one."""
    from sqlalchemy import create_engine

    from issp_desktop.db import engine as engine_module

    db = open_store(pg_database)
    try:
        with db.read() as s:
            backend = s.execute(text("SELECT pg_backend_pid()")).scalar()
        url = make_url(pg_database)
        admin = url.set(database="postgres").render_as_string(hide_password=False)
        terminator = create_engine(normalise_url(admin), isolation_level="AUTOCOMMIT")
        with terminator.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": backend}).scalar()
        terminator.dispose()
        monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)
        with db.read() as s:
            assert s.execute(text("SELECT pg_backend_pid()")).scalar() != backend
        monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 3600.0)
        with db.read() as s:  # used again at once: no test, the same (live) connection
            assert s.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.dispose()


def test_backups_on_a_server_say_what_to_do(pg_services: Services) -> None:
    pg_services.people.create(PersonInput("Amina", "Otieno", phone="0712345678"))
    assert pg_services.backups.automatic("auto") is None  # the timer: nothing, no crash
    with pytest.raises(ServerBackupError, match="pg_dump"):
        pg_services.backups.create("manual")
    assert pg_services.admin.last_backup() is None


def test_connection_test_reports_what_it_finds(pg_services: Services, pg_database: str) -> None:
    with pg_services.db.write() as s:
        from issp_desktop.db.models import Centre

        s.add(Centre(name="Mathare Centre"))
    result = server.test_connection(pg_database)
    assert result.ok and result.revision == HEAD_REVISION
    assert "Mathare Centre" in result.message and result.server
    bad = server.test_connection(make_url(pg_database).set(port=1).render_as_string(
        hide_password=False))
    assert not bad.ok and "Cannot connect" in bad.message
    assert not server.test_connection("sqlite:///x.sqlite").ok


def test_server_settings_keep_no_password(tmp_path: Path) -> None:
    settings = server.ServerSettings("office-pc", 5433, "issp", "clerk", "pa:ss\\word")
    assert server.load_settings(tmp_path) is None
    server.save_settings(tmp_path, settings)
    text_saved = server.settings_path(tmp_path).read_text(encoding="utf-8")
    assert "pa:ss" not in text_saved and "office-pc" in text_saved
    loaded = server.load_settings(tmp_path)
    assert loaded == replace(settings, password="")
    assert server.saved_url(tmp_path, {}) == "postgresql+psycopg://clerk@office-pc:5433/issp"
    assert server.saved_url(tmp_path, {"ISSP_DB_PASSWORD": "x@y"}) == \
        "postgresql+psycopg://clerk:x%40y@office-pc:5433/issp"
    pgpass = server.remember_password(settings, path=tmp_path / "pgpass")
    assert pgpass.read_text(encoding="utf-8") == "office-pc:5433:issp:clerk:pa\\:ss\\\\word\n"
    server.remember_password(replace(settings, password="new"), path=pgpass)
    assert pgpass.read_text(encoding="utf-8") == "office-pc:5433:issp:clerk:new\n"
    if os.name == "posix":
        assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert settings.problems() == {}
    assert set(server.ServerSettings(" ", 0, "", "").problems()) == {
        "host", "port", "database", "user"}
    server.save_settings(tmp_path, None)
    assert server.load_settings(tmp_path) is None


def test_migrate_to_copies_a_demo_centre_with_matching_figures(
        demo_template: Path, tmp_path: Path, pg_server: object) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    source = open_services(resolve_paths(data))
    name, url = _empty_database(pg_server)
    try:
        report = migrate_to(source.db, url, SYSTEM)
        assert report.ok and report.revision == HEAD_REVISION
        by_table = {t.table: t for t in report.tables}
        assert by_table["person"].target_rows == 120
        assert by_table["audit_entry"].target_rows > 0
        assert by_table["payslip"].money["net_cents"][1] > 0
        assert by_table["clock_event"].target_rows > 1000
        # the copy is a working centre: the same answers, new rows get fresh ids
        target = open_services(AppPaths(data_dir=data, db_url=url))
        try:
            assert target.audit.verify().ok
            with target.db.read() as s:
                assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 120
            new = target.people.create(PersonInput("Zawadi", "Kerubo", phone="0799000111"))
            assert new.id > 120
            periods = target.payroll.periods()
            assert any(p.state == "closed" for p in periods)
            assert [(p.name, p.state, p.gross_cents) for p in periods] == [
                (p.name, p.state, p.gross_cents) for p in source.payroll.periods()]
        finally:
            target.db.dispose()
        with pytest.raises(TargetNotEmptyError, match="not empty"):
            migrate_to(source.db, url, SYSTEM)
    finally:
        source.db.dispose()
        pg_server.drop(name)  # type: ignore[attr-defined]


def test_migrate_to_needs_a_manager_and_a_postgresql_target(services: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        migrate_to(services.db, "postgresql://x@127.0.0.1:1/none",
                   Actor(2, "sup", Role.SUPERVISOR))
    from issp_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="PostgreSQL URL"):
        migrate_to(services.db, "sqlite:///other.sqlite", SYSTEM)


def test_migrate_to_leaves_nothing_when_the_copy_fails(
        services: Services, pg_server: object, monkeypatch: pytest.MonkeyPatch) -> None:
    services.people.create(PersonInput("Amina", "Otieno", phone="0712345678"))
    name, url = _empty_database(pg_server)
    from issp_desktop.services import db_migrate

    real = db_migrate._figures
    calls = {"n": 0}

    def broken(conn: object, table: object) -> object:
        calls["n"] += 1
        result = real(conn, table)  # type: ignore[arg-type]
        if calls["n"] == 2 and conn.dialect.name == "postgresql":  # type: ignore[attr-defined]
            return result[0] + 1, result[1]  # the target "lost" a row
        return result

    monkeypatch.setattr(db_migrate, "_figures", broken)
    try:
        with pytest.raises(db_migrate.MigrationMismatchError):
            migrate_to(services.db, url, SYSTEM)
        target = open_store(url)
        try:
            with target.engine.connect() as conn:
                assert conn.execute(text("SELECT COUNT(*) FROM person")).scalar() == 0
                assert conn.execute(text("SELECT COUNT(*) FROM audit_entry")).scalar() == 0
        finally:
            target.dispose()
        monkeypatch.setattr(db_migrate, "_figures", real)
        assert migrate_to(services.db, url, SYSTEM).ok  # the empty schema may be used again
    finally:
        pg_server.drop(name)  # type: ignore[attr-defined]


def test_instants_come_back_aware_in_utc(pg_services: Services) -> None:
    rec = pg_services.people.create(PersonInput("Amina", "Otieno", phone="0712345678"))
    with pg_services.db.read() as s:
        created = s.execute(select(Person.created_at).where(Person.id == rec.id)).scalar_one()
    assert created.tzinfo is not None and created.utcoffset().total_seconds() == 0
    assert abs((datetime.now(UTC) - created).total_seconds()) < 120


def test_a_missing_driver_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from issp_desktop.db.engine import DriverMissingError, make_engine

    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with pytest.raises(DriverMissingError) as err:
        make_engine("postgresql://clerk:s3cret@office-pc/issp")
    assert "issp-desktop[postgresql]" in str(err.value) and "s3cret" not in str(err.value)
    assert err.value.exit_code == 3

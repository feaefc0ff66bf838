"""Migrations: empty → head, each earlier revision with data → head, newer refused untouched,
a failing upgrade rolled back whole, and the tables the code declares match the migrations."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from issp_desktop.db import migrate
from issp_desktop.db.engine import Database
from issp_desktop.db.models import metadata
from issp_desktop.db.store import open_store
from issp_desktop.errors import DatabaseTooNewError

# Each revision gets a seeder that writes data in the schema AS OF that revision (plain SQL,
# never the current models) and a checker that the data survived the upgrade to head.
# A new migration must add its pair here; the test below fails when one is missing.


def _seed_0001(conn: sqlite3.Connection) -> None:
    now = "2026-01-05T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO centre (id, name, country, time_zone, currency, is_demo, created_at, "
        "updated_at, version) "
        "VALUES (1, 'Kibera Centre', 'KE', 'Africa/Nairobi', 'KES', 0, ?, ?, 1)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO cohort (id, uid, name, start_date, end_date, capacity, notes, created_at, "
        "version) "
        "VALUES (1, 'c-1', '2026-01 Data Entry', '2026-01-06', '2026-03-31', 30, '', ?, 1)",
        (now,),
    )
    conn.execute(
        "INSERT INTO person (id, uid, first_name, last_name, other_names, national_id, "
        "national_id_norm, date_of_birth, gender, phone, county, stage, cohort_id, enrolled_on, "
        "created_at, updated_at, version) VALUES (1, 'p-1', 'Wanjirũ', 'Kũria', '', '0123', "
        "'123', '2001-02-03', 'female', '+254712345678', 'Nairobi', 'trainee', 1, '2026-01-06', "
        "?, ?, 1)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO stage_change (person_id, from_stage, to_stage, changed_on, reason, "
        "exit_kind, recorded_at) VALUES (1, 'applicant', 'trainee', '2026-01-06', 'intake', "
        "NULL, ?)",
        (now,),
    )


def _check_0001(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT name FROM centre").fetchone() == ("Kibera Centre",)
    assert conn.execute("SELECT first_name, last_name, stage FROM person").fetchone() == (
        "Wanjirũ", "Kũria", "trainee")
    assert conn.execute("SELECT COUNT(*) FROM stage_change").fetchone() == (1,)


def _seed_0002(conn: sqlite3.Connection) -> None:
    now = "2026-02-01T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO centre (id, name, country, time_zone, currency, is_demo, created_at, "
        "updated_at, updated_by, version) "
        "VALUES (1, 'Mathare Centre', 'KE', 'Africa/Nairobi', 'KES', 0, ?, ?, 'manager', 2)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO app_user (id, username, display_name, role, password_hash, active, "
        "must_change_password, failed_count, lock_count, created_at, updated_at, updated_by, "
        "version) VALUES (1, 'manager', 'Grace Mũthoni', 'manager', '$argon2id$x', 1, 0, 0, 0, "
        "?, ?, '', 1)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO audit_entry (id, at, user_id, username, use_case, entity, entity_id, "
        "old_values, new_values, prev_hash, entry_hash) VALUES (1, ?, 1, 'manager', "
        "'centre.update', 'centre', '1', NULL, '{}', ?, ?)",
        (now, "0" * 64, "a" * 64),
    )


def _check_0002(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT name, updated_by FROM centre").fetchone() == (
        "Mathare Centre", "manager")
    assert conn.execute("SELECT display_name FROM app_user").fetchone() == ("Grace Mũthoni",)
    assert conn.execute("SELECT entry_hash FROM audit_entry").fetchone() == ("a" * 64,)


def _seed_0003(conn: sqlite3.Connection) -> None:
    _seed_0001_in(conn, extra_person="settlement, has_disability, consent_on",
                  extra_values="'Kibera', 1, '2026-01-05'")
    now = "2026-03-01T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO module (id, uid, name, kind, hours, pass_mark, min_wpm, min_accuracy_bp, "
        "description, active, created_at, updated_at, updated_by, version) VALUES "
        "(1, 'm-1', 'Typing', 'typing', 40, 50, 30, 9500, '', 1, ?, ?, '', 1)", (now, now))
    conn.execute("INSERT INTO cohort_module (cohort_id, module_id, position) VALUES (1, 1, 0)")
    conn.execute(
        "INSERT INTO assessment (person_id, module_id, cohort_id, taken_on, score, wpm, "
        "accuracy_bp, passed, attempt, recorded_at, recorded_by) "
        "VALUES (1, 1, 1, '2026-02-01', NULL, 34, 9710, 1, 1, ?, 'trainer')", (now,))
    conn.execute(
        "INSERT INTO survey (person_id, kind, taken_on, employment_status, monthly_income_cents,"
        " household_size, income_dependents, education_level, notes, frozen, recorded_at, "
        "recorded_by, version) VALUES (1, 'baseline', '2026-01-05', 'unemployed', 450000, 5, "
        "3, 'secondary', '', 0, ?, 'supervisor', 1)", (now,))


def _check_0003(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT settlement, has_disability FROM person").fetchone() == (
        "Kibera", 1)
    assert conn.execute("SELECT wpm, accuracy_bp FROM assessment").fetchone() == (34, 9710)
    assert conn.execute("SELECT monthly_income_cents FROM survey").fetchone() == (450000,)


def _seed_0005(conn: sqlite3.Connection) -> None:
    _seed_0003(conn)
    now = "2026-03-01T08:00:00.000000+00:00"
    conn.execute("UPDATE person SET badge_no = 'B0001' WHERE id = 1")
    conn.execute(
        "INSERT INTO shift_template (id, uid, name, code, start_minute, length_minutes, "
        "break_minutes, is_night, colour, active, created_at, updated_at, updated_by, version) "
        "VALUES (1, 't-1', 'Night', 'N', 1320, 480, 30, 1, '', 1, ?, ?, '', 1)", (now, now))
    conn.execute(
        "INSERT INTO shift (id, uid, person_id, template_id, starts_at, ends_at, break_minutes, "
        "is_night, note, override_reason, overtime_approved, created_at, created_by, "
        "updated_at, updated_by, version) VALUES (1, 's-1', 1, 1, "
        "'2026-02-28T19:00:00.000000+00:00', '2026-03-01T03:00:00.000000+00:00', 30, 1, '', "
        "'', 0, ?, 'supervisor', ?, 'supervisor', 1)", (now, now))
    conn.execute(
        "INSERT INTO clock_event (person_id, kind, at, source, reason, clock_warning, "
        "recorded_at, recorded_by) VALUES (1, 'in', '2026-02-28T19:04:00.000000+00:00', "
        "'kiosk', '', '', ?, 'kiosk')", (now,))


def _check_0005(conn: sqlite3.Connection) -> None:
    _check_0003(conn)
    assert conn.execute("SELECT badge_no FROM person").fetchone() == ("B0001",)
    assert conn.execute("SELECT starts_at, ends_at FROM shift").fetchone() == (
        "2026-02-28T19:00:00.000000+00:00", "2026-03-01T03:00:00.000000+00:00")
    assert conn.execute("SELECT kind, at FROM clock_event").fetchone() == (
        "in", "2026-02-28T19:04:00.000000+00:00")


def _seed_0006(conn: sqlite3.Connection) -> None:
    _seed_0005(conn)
    now = "2026-03-02T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO client (id, name, contact, country, currency, active, created_at, "
        "updated_at, updated_by, version) VALUES (1, 'Jamii Bank', 'ops@jamii.example', 'KE', "
        "'KES', 1, ?, ?, 'manager', 1)", (now, now))
    conn.execute(
        "INSERT INTO project (id, client_id, name, unit, price_per_unit_cents, "
        "piece_rate_cents, accuracy_target_bp, qa_sample_bp, turnaround_days, active_from, "
        "active_to, created_at, updated_at, updated_by, version) VALUES (1, 1, 'Account forms',"
        " 'record', 450, 150, 9950, 500, 5, '2026-03-01', NULL, ?, ?, 'manager', 1)",
        (now, now))
    conn.execute(
        "INSERT INTO batch (id, project_id, reference, units_expected, received_on, due_on, "
        "status, units_done, status_changed_at, delivered_on, decided_on, qa_rounds, "
        "last_accuracy_bp, last_qa_passed, note, created_at, created_by, updated_at, "
        "updated_by, version) VALUES (1, 1, 'JB-0001', 1200, '2026-03-02', '2026-03-06', "
        "'in_qa', 1200, ?, NULL, NULL, 1, 9960, 1, '', ?, 'sup', ?, 'sup', 3)",
        (now, now, now))
    conn.execute("INSERT INTO batch_worker (batch_id, person_id, assigned_at, assigned_by) "
                 "VALUES (1, 1, ?, 'sup')", (now,))
    conn.execute(
        "INSERT INTO work_log (batch_id, person_id, worked_on, units, minutes, source, "
        "recorded_at, recorded_by) VALUES (1, 1, '2026-03-03', 1200, 420, 'typed', ?, 'sup')",
        (now,))
    conn.execute(
        "INSERT INTO qa_check (id, batch_id, round, sample_size, checked, errors, accuracy_bp, "
        "target_bp, passed, checked_by, checked_at, note, recorded_by) VALUES (1, 1, 1, 60, "
        "2500, 10, 9960, 9950, 1, 'Achieng', ?, '', 'sup')", (now,))
    conn.execute("INSERT INTO qa_error (qa_check_id, category_id, count) VALUES (1, 1, 10)")


def _check_0006(conn: sqlite3.Connection) -> None:
    _check_0005(conn)
    assert conn.execute("SELECT name, currency FROM client").fetchone() == ("Jamii Bank", "KES")
    assert conn.execute("SELECT price_per_unit_cents, piece_rate_cents FROM project"
                        ).fetchone() == (450, 150)
    assert conn.execute("SELECT reference, status, units_done FROM batch").fetchone() == (
        "JB-0001", "in_qa", 1200)
    assert conn.execute("SELECT units, minutes FROM work_log").fetchone() == (1200, 420)
    assert conn.execute("SELECT checked, errors, accuracy_bp FROM qa_check").fetchone() == (
        2500, 10, 9960)
    assert conn.execute("SELECT count FROM qa_error").fetchone() == (10,)


def _seed_0007(conn: sqlite3.Connection) -> None:
    _seed_0005(conn)
    now = "2026-03-31T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO certificate_key (id, key_id, public_key, private_key, created_at, "
        "created_by) VALUES (1, 'ABCD1234', ?, ?, ?, 'trainer')", (b"p" * 32, b"k" * 32, now))
    conn.execute(
        "INSERT INTO certificate (id, serial, code, person_id, cohort_id, kind, issued_on, "
        "issued_at, issued_by, key_id, orientation, body, signature) VALUES (1, '2026-00001', "
        "'7KQ2M9XD4HTR', 1, 1, 'skill', '2026-03-31', ?, 'trainer', 'ABCD1234', 'landscape', "
        "'ISSP1|ABCD1234|2026-00001|S|2026-03-31|Wanjirũ Kũria', ?)", (now, b"s" * 64))
    conn.execute(
        "INSERT INTO certificate_revocation (certificate_id, reason, revoked_at, revoked_by) "
        "VALUES (1, 'issued in error', ?, 'manager')", (now,))
    conn.execute(
        "INSERT INTO trusted_centre (name, key_id, fingerprint, public_key, imported_at, "
        "imported_by) VALUES ('Mathare Centre', 'ZZZZ0000', 'AAAA-BBBB-CCCC-DDDD', ?, ?, "
        "'manager')", (b"q" * 32, now))


def _check_0007(conn: sqlite3.Connection) -> None:
    _check_0005(conn)
    assert conn.execute("SELECT serial, code, kind FROM certificate").fetchone() == (
        "2026-00001", "7KQ2M9XD4HTR", "skill")
    assert conn.execute("SELECT reason FROM certificate_revocation").fetchone() == (
        "issued in error",)
    assert conn.execute("SELECT name FROM trusted_centre").fetchone() == ("Mathare Centre",)
    assert conn.execute("SELECT private_key FROM certificate_key").fetchone() == (b"k" * 32,)


def _seed_0008(conn: sqlite3.Connection) -> None:
    _seed_0005(conn)
    now = "2026-04-01T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO pay_terms (id, person_id, effective_from, kind, amount_cents, "
        "hourly_rate_cents, overtime_weekday_bp, overtime_rest_bp, job_category, location, "
        "statutory, method, phone, bank_name, bank_branch, bank_account, note, recorded_at, "
        "recorded_by) VALUES (1, 1, '2026-03-01', 'monthly', 2500000, NULL, 15000, 20000, "
        "'clerk', 'Nairobi', 1, 'mpesa', '', '', '', '', '', ?, 'clerk')", (now,))
    conn.execute(
        "INSERT INTO pay_period (id, name, kind, starts_on, ends_on, pay_date, state, "
        "pack_code, run_at, run_by, reviewed_at, reviewed_by, closed_at, closed_by, "
        "created_at, created_by, version) VALUES (1, '2026-03', 'monthly', '2026-03-01', "
        "'2026-03-31', '2026-03-31', 'draft', 'KE', ?, 'clerk', NULL, '', NULL, '', ?, "
        "'clerk', 1)", (now, now))
    conn.execute(
        "INSERT INTO payslip (id, period_id, person_id, name, national_id, phone, method, "
        "bank, kind, job_category, gross_cents, deductions_cents, net_cents, employer_cents, "
        "pack_version_from, created_at) VALUES (1, 1, 1, 'Wanjirũ Kũria', '0123', "
        "'254712345678', 'mpesa', '', 'monthly', 'clerk', 2500000, 314530, 2185470, 187500, "
        "'2026-02-01', ?)", (now,))
    conn.execute(
        "INSERT INTO payslip_line (payslip_id, position, section, code, label, quantity, unit, "
        "rate_cents, amount_cents, working) VALUES (1, 0, 'earning', 'BASIC', 'Basic pay', "
        "NULL, '', NULL, 2500000, 'monthly salary')")
    conn.execute("UPDATE pay_period SET state = 'closed', closed_at = ?, closed_by = 'clerk' "
                 "WHERE id = 1", (now,))


def _check_0008(conn: sqlite3.Connection) -> None:
    _check_0005(conn)
    assert conn.execute("SELECT kind, amount_cents FROM pay_terms").fetchone() == (
        "monthly", 2500000)
    assert conn.execute("SELECT name, state FROM pay_period").fetchone() == ("2026-03", "closed")
    assert conn.execute("SELECT name, net_cents FROM payslip").fetchone() == (
        "Wanjirũ Kũria", 2185470)
    assert conn.execute("SELECT code, amount_cents FROM payslip_line").fetchone() == (
        "BASIC", 2500000)
    with pytest.raises(sqlite3.IntegrityError, match="closed pay period"):
        conn.execute("UPDATE payslip SET net_cents = 1 WHERE id = 1")


def _seed_0009(conn: sqlite3.Connection) -> None:
    _seed_0008(conn)
    conn.execute(
        "INSERT INTO impact_benchmark (id, kind, effective_from, amount_cents, currency, area, "
        "source, source_date, note, recorded_at, recorded_by) VALUES (1, 'minimum_wage', "
        "'2024-11-01', 1611375, 'KES', 'Nairobi', 'Legal Notice 164 of 2024', '2024-11-01', '', "
        "'2026-11-29T08:00:00.000000+00:00', 'manager')")


def _check_0009(conn: sqlite3.Connection) -> None:
    _check_0008(conn)
    assert conn.execute("SELECT kind, amount_cents, currency, source FROM impact_benchmark"
                        ).fetchone() == ("minimum_wage", 1611375, "KES",
                                         "Legal Notice 164 of 2024")


def _check_0013(conn: sqlite3.Connection) -> None:
    _check_0009(conn)
    noted = set(conn.execute("SELECT table_name, k1 FROM sync_change"))
    assert {("person", 1), ("pay_period", 1), ("payslip", 1), ("payslip_line", 1)} <= noted
    conn.execute("UPDATE person SET phone = '+254700000001' WHERE id = 1")
    conn.execute("DELETE FROM sync_change")
    conn.execute("UPDATE person SET phone = '+254700000002' WHERE id = 1")
    assert conn.execute("SELECT table_name, k1, k2 FROM sync_change").fetchall() == [
        ("person", 1, 0)]


def _seed_0001_in(conn: sqlite3.Connection, extra_person: str = "",
                  extra_values: str = "") -> None:
    """The 0001 rows, in a later schema (new NOT NULL columns get their defaults)."""
    now = "2026-01-05T08:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO centre (id, name, country, time_zone, currency, is_demo, created_at, "
        "updated_at, version) "
        "VALUES (1, 'Kibera Centre', 'KE', 'Africa/Nairobi', 'KES', 0, ?, ?, 1)", (now, now))
    conn.execute(
        "INSERT INTO cohort (id, uid, name, start_date, end_date, capacity, notes, created_at, "
        "updated_at, version) VALUES (1, 'c-1', '2026-01 Data Entry', '2026-01-06', "
        "'2026-03-31', 30, '', ?, ?, 1)", (now, now))
    columns = ("id, uid, first_name, last_name, other_names, national_id, national_id_norm, "
               "date_of_birth, gender, phone, county, stage, cohort_id, enrolled_on, "
               "created_at, updated_at, version")
    values = ("1, 'p-1', 'Wanjirũ', 'Kũria', '', '0123', '123', '2001-02-03', 'female', "
              "'+254712345678', 'Nairobi', 'trainee', 1, '2026-01-06', ?, ?, 1")
    if extra_person:
        columns += ", " + extra_person
        values += ", " + extra_values
    conn.execute(f"INSERT INTO person ({columns}) VALUES ({values})", (now, now))


SEEDERS: dict[str, tuple[Callable[[sqlite3.Connection], None],
                         Callable[[sqlite3.Connection], None]]] = {
    "0001": (_seed_0001, _check_0001),
    "0002": (_seed_0002, _check_0002),
    "0003": (_seed_0003, _check_0003),
    "0004": (_seed_0003, _check_0003),  # 0004 adds indexes only: the 0003 data, kept
    "0005": (_seed_0005, _check_0005),
    "0006": (_seed_0006, _check_0006),
    "0007": (_seed_0007, _check_0007),
    "0008": (_seed_0008, _check_0008),
    "0009": (_seed_0009, _check_0009),
    "0010": (_seed_0009, _check_0009),  # 0010 swaps an index: the 0009 data, kept
    "0011": (_seed_0009, _check_0009),
    "0012": (_seed_0009, _check_0013),  # 0012 adds the exchange tables: the 0009 data, kept
    # 0013: the change journal (upgraded from 0012: every record noted once)
    "0013": (_seed_0009, _check_0013),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_revision_has_a_seeder() -> None:
    assert set(migrate.known_revisions()) == set(SEEDERS)


def test_empty_to_head(tmp_path: Path) -> None:
    db = open_store(f"sqlite:///{tmp_path / 'c.sqlite'}", create=True)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.dispose()


def test_models_match_the_migrations(tmp_path: Path) -> None:
    db = open_store(f"sqlite:///{tmp_path / 'c.sqlite'}", create=True)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == [], diff
    finally:
        db.dispose()


@pytest.mark.parametrize("revision", migrate.known_revisions())
def test_data_at_each_revision_survives_upgrade_to_head(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "c.sqlite"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db, target=revision)
    db.dispose()
    seed, _ = SEEDERS[revision]
    with sqlite3.connect(path) as conn:
        seed(conn)
    backups = tmp_path / "backups"
    db = open_store(f"sqlite:///{path}", backups_dir=backups)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.dispose()
    with sqlite3.connect(path) as conn:
        for rev, (_, check) in SEEDERS.items():
            if migrate.known_revisions().index(rev) >= migrate.known_revisions().index(revision):
                check(conn)
                break
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    if revision != migrate.head_revision():
        kept = list(backups.glob("c-*-pre-migration.sqlite"))
        assert len(kept) == 1
        with sqlite3.connect(kept[0]) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                revision,)


def test_newer_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = open_store(f"sqlite:///{path}", create=True)
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha(path)
    with pytest.raises(DatabaseTooNewError) as info:
        open_store(f"sqlite:///{path}")
    assert "newer version" in str(info.value)
    assert str(path) in str(info.value)
    assert _sha(path) == before


def test_a_failing_upgrade_is_rolled_back_whole(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    head = migrate.head_revision()
    (scripts / "versions" / "9000_broken.py").write_text(
        f'''
import sqlalchemy as sa
from alembic import op
revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None
def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    op.execute("UPDATE centre SET name = 'changed'")
    raise RuntimeError("power cut in the middle of the upgrade")
def downgrade():
    pass
''',
        encoding="utf-8",
    )
    path = tmp_path / "c.sqlite"
    db = open_store(f"sqlite:///{path}", create=True)
    with db.write() as s:
        from issp_desktop.db.models import Centre

        s.add(Centre(name="Kept"))
    db.dispose()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate.revisions, "HEAD_REVISION", "9000")
    db = Database(f"sqlite:///{path}")
    with pytest.raises(RuntimeError, match="power cut"):
        migrate.upgrade(db, tmp_path / "backups")
    db.dispose()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT name FROM centre").fetchone() == ("Kept",)
    backup = next((tmp_path / "backups").glob("c-*-pre-migration.sqlite"))
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM centre").fetchone() == ("Kept",)


def test_the_light_revision_list_matches_the_scripts() -> None:
    from issp_desktop.db import revisions

    assert list(revisions.KNOWN_REVISIONS) == migrate.known_revisions()
    assert migrate.head_revision() == revisions.HEAD_REVISION

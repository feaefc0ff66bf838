"""Exchange use cases on real SQLite stores: export, import, idempotence, acknowledgements,
natural-key scoping, deletions, closed payroll, conflicts, and every kind of bad bundle (each
leaves the importing store exactly as it was)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, update

from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.exchange_centres import origin_people
from issp_desktop.services.exchange_rows import table_of
from issp_desktop.services.exchange_types import (
    BundleError,
    NewerFormatError,
    SignatureError,
    UntrustedCentreError,
    WrongRecipientError,
)

Make = Callable[..., Services]


def _key(svc: Services) -> str:
    return svc.certificates.public_key().key_id


def _held(svc: Services, origin: str | None = None) -> dict[str, str]:
    from issp_desktop.services import certificate_keys as keys
    from issp_desktop.services.exchange import tags_of
    from issp_desktop.services.exchange_rows import IDENT
    from issp_desktop.services.exchange_scan import scan

    with svc.db.write() as s:
        scan(s, keys.make_key(s, "t").key_id, tags_of(s))
        stmt = select(IDENT.c.uid, IDENT.c.table_name, IDENT.c.content_hash).where(
            IDENT.c.deleted.is_(False))
        if origin is not None:
            stmt = stmt.where(IDENT.c.origin == origin)
        return {u: f"{t}:{h}" for u, t, h in s.execute(stmt)}


def _count(svc: Services, table: str) -> int:
    with svc.db.read() as s:
        return int(s.execute(select(func.count()).select_from(table_of(table))).scalar() or 0)


def _send(src: Services, dst: Services, dst_name: str, path: Path, *, ack: bool = True) -> None:
    src.exchange.export(dst_name, path)
    r = dst.exchange.import_file(path)
    if ack:
        assert r.ack_path is not None
        src.exchange.import_file(r.ack_path)


def _fingerprint(path: Path) -> str:
    """Every row of every table of a SQLite store (the import must leave it unchanged)."""
    import sqlite3

    digest = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1'):
                digest.update(repr((t, row)).encode())
    return digest.hexdigest()


def test_export_import_ack_and_idempotence(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre", people=4)
    h = centres("Head Office", seeded=False)
    r = a.exchange.export("Head Office", tmp_path / "b1.issp")
    assert r.records > 10 and r.by_table["person"] == 4 and r.seq_from == 0
    got = h.exchange.import_file(tmp_path / "b1.issp")
    assert (got.kind, got.inserted, got.conflicts) == ("bundle", r.records, 0)
    assert got.ack_path == tmp_path / "b1.ack.issp" and got.ack_path.exists()
    assert got.backup is not None and got.backup.exists()
    assert _held(h, _key(a)) == _held(a, _key(a))  # every record, same content
    assert _count(h, "person") == 4 and _count(h, "cohort_module") == 1

    before = _fingerprint(h.db.sqlite_path)  # type: ignore[arg-type]
    again = h.exchange.import_file(tmp_path / "b1.issp")
    assert again.already_imported and again.changed == 0
    assert _fingerprint(h.db.sqlite_path) == before  # type: ignore[arg-type]

    # until the acknowledgement comes back, the next bundle repeats everything
    assert a.exchange.export("Head Office", tmp_path / "b2.issp").records == r.records
    ack = a.exchange.import_file(got.ack_path)
    assert ack.kind == "ack" and ack.acked_seq > 0
    assert a.exchange.import_file(got.ack_path).already_imported
    assert a.exchange.export("Head Office", tmp_path / "b3.issp").records == 0

    with a.db.write() as s:
        s.execute(update(table_of("person")).where(table_of("person").c.id == 1)
                  .values(phone="+254711000111"))
    b4 = a.exchange.export("Head Office", tmp_path / "b4.issp")
    assert b4.records == 1 and b4.by_table == {"person": 1}
    assert h.exchange.import_file(tmp_path / "b4.issp").updated == 1
    assert _held(h, _key(a)) == _held(a, _key(a))


def test_every_record_has_a_global_id_and_origin(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    with a.db.read() as s:
        uid = s.execute(select(table_of("person").c.uid).where(
            table_of("person").c.id == 2)).scalar()
    own = a.exchange.identity("person", 2)
    assert (own.uid, own.origin) == (uid, "Kibera Centre")
    clock = a.exchange.identity("cohort_module", "1,1")
    assert clock.origin == "Kibera Centre" and len(clock.uid) == 36
    _send(a, h, "Head Office", tmp_path / "b.issp")
    with h.db.read() as s:
        local = s.execute(select(table_of("person").c.id).where(
            table_of("person").c.uid == uid)).scalar()
    there = h.exchange.identity("person", local)
    assert (there.uid, there.origin, there.origin_key) == (uid, "Kibera Centre", _key(a))
    with pytest.raises(ValidationError, match="not exchanged"):
        h.exchange.identity("app_user", 1)


def test_natural_keys_of_two_centres_do_not_collide(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    b = centres("Mombasa Hub")
    h = centres("Head Office")
    _send(a, h, "Head Office", tmp_path / "a.issp")
    _send(b, h, "Head Office", tmp_path / "b.issp")
    with h.db.read() as s:
        badges = sorted(s.execute(select(table_of("person").c.badge_no)).scalars())
        cohorts = sorted(s.execute(select(table_of("cohort").c.name)).scalars())
    assert badges.count("B-001") == 1  # head office's own
    assert "KIB:B-001" in badges and "MOM:B-001" in badges
    assert cohorts == ["C-01", "KIB:C-01", "MOM:C-01"]
    assert _held(h, _key(a)) == _held(a, _key(a))
    assert _held(h, _key(b)) == _held(b, _key(b))
    with h.db.read() as s:
        ids = set(s.execute(origin_people(s, "Mombasa Hub")).scalars())
        own = set(s.execute(origin_people(s, "Head Office")).scalars())
        badges_b = set(s.execute(select(table_of("person").c.badge_no).where(
            table_of("person").c.id.in_(ids))).scalars())
    assert len(ids) == 3 and len(own) == 3 and not ids & own
    assert badges_b == {"MOM:B-001", "MOM:B-002", "MOM:B-003"}
    summary = {c.name: c for c in h.exchange.centres()}
    assert summary["Kibera Centre"].people == 3 and summary["Mombasa Hub"].workers == 3
    assert summary["All centres"].people == 9


def test_lost_and_late_bundles(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    a.exchange.export("Head Office", tmp_path / "lost.issp")  # never arrives (yet)
    with a.db.write() as s:
        s.execute(update(table_of("batch")).values(note="rework", units_done=40))
    newer = a.exchange.export("Head Office", tmp_path / "newer.issp")
    assert newer.by_table["person"] == 3  # since the last acknowledgement, not the last send
    h.exchange.import_file(tmp_path / "newer.issp")
    late = h.exchange.import_file(tmp_path / "lost.issp")  # the lost one turns up later
    assert late.changed == 0 and late.unchanged == late.records
    with h.db.read() as s:
        assert s.execute(select(table_of("batch").c.note)).scalar() == "rework"
    assert _held(h, _key(a)) == _held(a, _key(a))


def test_deletions_and_closed_payroll_travel(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    with a.db.write() as s:
        pid = s.execute(insert(table_of("pay_period")).values(
            name="2026-11", starts_on=date(2026, 11, 1), ends_on=date(2026, 11, 30),
            pay_date=date(2026, 11, 30))).inserted_primary_key[0]
        slip = s.execute(insert(table_of("payslip")).values(
            period_id=pid, person_id=1, name="Wanjiku1 Mũthoni", gross_cents=2_500_000,
            deductions_cents=300_000, net_cents=2_200_000, employer_cents=0)
        ).inserted_primary_key[0]
        s.execute(insert(table_of("payslip_line")).values(
            payslip_id=slip, section="earning", code="BASIC", label="Basic pay",
            amount_cents=2_500_000))
        s.execute(update(table_of("pay_period")).values(
            state="closed", closed_at=datetime(2026, 11, 30, 12, tzinfo=UTC)))
        s.execute(insert(table_of("shift")).values(
            uid="0d6c1b9e-0000-4000-8000-000000000001", person_id=1,
            starts_at=datetime(2026, 11, 3, 5, tzinfo=UTC),
            ends_at=datetime(2026, 11, 3, 13, tzinfo=UTC)))
    _send(a, h, "Head Office", tmp_path / "b1.issp")
    with h.db.read() as s:
        assert s.execute(select(table_of("pay_period").c.state)).scalar() == "closed"
        assert s.execute(select(table_of("payslip").c.gross_cents)).scalar() == 2_500_000
    assert _count(h, "shift") == 1
    with a.db.write() as s:
        s.execute(delete(table_of("shift")))
    r = a.exchange.export("Head Office", tmp_path / "b2.issp")
    assert r.by_table == {"shift": 1}
    assert h.exchange.import_file(tmp_path / "b2.issp").deleted == 1
    assert _count(h, "shift") == 0
    assert _held(h, _key(a)) == _held(a, _key(a))
    summary = {c.name: c for c in h.exchange.centres()}
    assert summary["Kibera Centre"].gross_cents == 2_500_000


def _phone(svc: Services, uid: str) -> str:
    with svc.db.read() as s:
        return str(s.execute(select(table_of("person").c.phone).where(
            table_of("person").c.uid == uid)).scalar())


def _set_phone(svc: Services, uid: str, phone: str) -> None:
    with svc.db.write() as s:
        s.execute(update(table_of("person")).where(table_of("person").c.uid == uid)
                  .values(phone=phone))


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_conflict_listed_resolved_and_converged(centres: Make, tmp_path: Path,
                                                choice: str) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    _send(a, h, "Head Office", tmp_path / "a1.issp")
    uid = a.exchange.identity("person", 1).uid
    _set_phone(h, uid, "+254700000HQ")  # head office corrects it…
    _set_phone(a, uid, "+254700000KB")  # …and so does the centre
    h.exchange.export("Kibera Centre", tmp_path / "h1.issp")
    got = a.exchange.import_file(tmp_path / "h1.issp")
    assert got.conflicts == 1 and _phone(a, uid) == "+254700000KB"  # mine stays until chosen
    [c] = a.exchange.conflicts()
    assert c.table == "person" and c.uid == uid and c.fields == ["phone"]
    assert (c.mine or {})["phone"] == "+254700000KB"
    assert (c.theirs or {})["phone"] == "+254700000HQ"
    assert a.exchange.open_conflict_count() == 1
    h.exchange.import_file(got.ack_path)  # type: ignore[arg-type]
    done = a.exchange.resolve(c.id, choice)
    assert done.resolution == choice and a.exchange.conflicts() == []
    assert [x.resolution for x in a.exchange.conflicts(include_resolved=True)] == [choice]
    with pytest.raises(ValidationError, match="resolved already"):
        a.exchange.resolve(c.id, "mine")
    _send(a, h, "Head Office", tmp_path / "a2.issp")
    want = "+254700000KB" if choice == "mine" else "+254700000HQ"
    assert _phone(a, uid) == want and _phone(h, uid) == want
    assert h.exchange.conflicts() == []
    assert a.audit.page(0, 5)[0].use_case in ("exchange.ack", "exchange.resolve",
                                              "exchange.export")


def _tamper(src: Path, dst: Path, fn: Callable[[bytes], bytes]) -> Path:
    dst.write_bytes(fn(src.read_bytes()))
    return dst


def test_bad_bundles_change_nothing(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    b = centres("Mombasa Hub")
    h = centres("Head Office", seeded=False)
    good = tmp_path / "good.issp"
    a.exchange.export("Head Office", good)
    data = good.read_bytes()
    head_end = data.index(b"\n", data.index(b"\n") + 1)
    cases: list[tuple[Path, type[Exception], str]] = [
        (_tamper(good, tmp_path / "cut.issp", lambda d: d[: len(d) // 2]), BundleError,
         "incomplete"),
        (_tamper(good, tmp_path / "cut-head.issp", lambda d: d[:20]), BundleError,
         "incomplete"),
        (_tamper(good, tmp_path / "body.issp", lambda d: d[:-10] + bytes(
            x ^ 0x55 for x in d[-10:])), SignatureError, "changed after it was written"),
        (_tamper(good, tmp_path / "head.issp", lambda d: d[:head_end].replace(
            b'"records":', b'"records": ') + d[head_end:]), SignatureError, "Kibera Centre"),
        (_tamper(good, tmp_path / "newer.issp", lambda d: d.replace(
            b"ISSP-EXCHANGE 1", b"ISSP-EXCHANGE 2", 1)), NewerFormatError,
         "newer version of ISSP Desktop"),
        (_tamper(good, tmp_path / "junk.issp", lambda d: b"PK\x03\x04 not a bundle"),
         BundleError, "not an ISSP exchange file"),
        (tmp_path / "missing.issp", BundleError, "does not exist"),
    ]
    b.exchange.export("Kibera Centre", tmp_path / "to-kibera.issp")
    cases.append((tmp_path / "to-kibera.issp", WrongRecipientError, "addressed to 'Kibera"))
    h.exchange.export("Kibera Centre", tmp_path / "own.issp")
    cases.append((tmp_path / "own.issp", BundleError, "this centre itself"))
    store = h.db.sqlite_path
    assert store is not None
    before = _fingerprint(store)
    for path, error, words in cases:
        with pytest.raises(error, match=words) as info:
            h.exchange.import_file(path)
        assert "nothing was changed" in str(info.value)
        assert _fingerprint(store) == before, path.name
    # a centre that is not trusted (any more)
    [kibera] = [t for t in h.certificates.trusted_centres() if t.name == "Kibera Centre"]
    h.certificates.remove_trusted(kibera.id)
    before = _fingerprint(store)
    with pytest.raises(UntrustedCentreError, match="does not trust"):
        h.exchange.import_file(good)
    assert _fingerprint(store) == before
    assert not (tmp_path / "good.ack.issp").exists()


def test_bundle_from_a_since_date_export(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    h = centres("Head Office", seeded=False)
    r = a.exchange.export("Head Office", tmp_path / "s.issp", since=date(2099, 1, 1))
    assert r.records == 0 and r.seq_from == -1  # partial: its ack must not skip anything
    got = h.exchange.import_file(tmp_path / "s.issp")
    a.exchange.import_file(got.ack_path)  # type: ignore[arg-type]
    assert a.exchange.export("Head Office", tmp_path / "n.issp").by_table["person"] == 3
    with pytest.raises(ValidationError, match="not a trusted centre"):
        a.exchange.export("Nairobi", tmp_path / "x.issp")
    with pytest.raises(ValidationError, match="does not exist"):
        a.exchange.export("Head Office", tmp_path / "no" / "x.issp")


def test_exchange_is_for_managers(centres: Make, tmp_path: Path) -> None:
    a = centres("Kibera Centre")
    a.ctx.actor = Actor(5, "sup", Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError):
        a.exchange.export("Head Office", tmp_path / "x.issp")
    with pytest.raises(PermissionDeniedError):
        a.exchange.centres()

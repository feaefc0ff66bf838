"""Centre-to-centre exchange use cases: export a signed bundle of changes for a trusted
centre, import a bundle (or an acknowledgement), resolve conflicts, and see the records by
origin centre. What travels and how records are named: ``domain/exchange.py``.

Change tracking: database triggers note every row of an exchanged table inserted, updated or
deleted in a change journal; at every export (and import) a scan reads just those rows, gives
each new one a global id and compares its content hash with the last one seen; a change gets
this centre's next change number (``exchange_scan.py``). What an import writes is stored with
the hash it arrived with and taken out of the journal: it is not a change made here.

A bundle for centre X holds the records changed here after the number X last acknowledged
(``sync_peer.acked_seq``), so a lost bundle is simply covered by the next one and re-sent
bundles are harmless: a record is applied only if it is newer than the version held (per sender
change number) and different from it. Records received are never sent back to anybody unless
they are changed here (no echo).

A conflict is a received change to a record that was also changed here after the last change
the sender acknowledged: this centre's version stays, the other is kept in ``sync_conflict``
until a manager chooses mine or theirs (audited). Either choice is sent on at the next export,
so both centres end with the chosen version.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from issp_desktop.db.models.certificates import TrustedCentre
from issp_desktop.db.models.exchange import SyncBundle, SyncConflict, SyncPeer
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.exchange import SPECS, centre_tag
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.batch import gc_paused
from issp_desktop.services.certificate_settings import centre_name
from issp_desktop.services.exchange_apply import Applier, Damaged
from issp_desktop.services.exchange_centres import centre_names, summaries
from issp_desktop.services.exchange_files import (
    Checked,
    check,
    default_ack_path,
    read_envelope,
    write_signed,
)
from issp_desktop.services.exchange_rows import IDENT, payload_of
from issp_desktop.services.exchange_scan import (
    clear_journal,
    inserts_unjournaled,
    max_seq,
    note,
    scan,
)
from issp_desktop.services.exchange_types import (
    BundleError,
    CentreSummary,
    ConflictRow,
    ExchangeCancelledError,
    ExportResult,
    ImportResult,
    Partner,
    RecordIdentity,
)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


def _ticker(progress: ProgressFn | None, cancelled: CancelledFn | None, total: int,
            verb: str) -> Callable[[str], None]:
    done = [0]

    def tick(what: str) -> None:
        if cancelled is not None and cancelled():
            raise ExchangeCancelledError()
        done[0] += 1
        if progress is not None:
            progress(min(done[0], total), total, f"{verb} {what.replace('_', ' ')}…")
    return tick


def ensure_peer(s: Session, key_id: str, name: str) -> SyncPeer:
    peer = s.execute(select(SyncPeer).where(SyncPeer.key_id == key_id)).scalar()
    if peer is None:
        taken = {t for (t,) in s.execute(select(SyncPeer.tag))}
        peer = SyncPeer(key_id=key_id, name=name[:120], tag=centre_tag(name, taken))
        s.add(peer)
        s.flush()
    return peer


def tags_of(s: Session) -> dict[str, str]:
    return {k: t for k, t in s.execute(select(SyncPeer.key_id, SyncPeer.tag))}


class ExchangeService(Service):
    # --- partners and the view by centre -------------------------------------------------------

    @use_case("exchange.partners", Permission.EXCHANGE)
    def partners(self) -> list[Partner]:
        """The trusted centres, with where the exchange with each stands."""
        with self.db.read() as s:
            peers = {p.key_id: p for p in s.execute(select(SyncPeer)).scalars()}
            out = []
            for t in s.execute(select(TrustedCentre).order_by(TrustedCentre.name)).scalars():
                p = peers.get(t.key_id)
                out.append(Partner(t.name, t.key_id, t.fingerprint, p.tag if p else "",
                                   p.acked_seq if p else 0, p.acked_at if p else None,
                                   p.last_import_at if p else None))
            return out

    @use_case("exchange.centres", Permission.EXCHANGE)
    def centres(self) -> list[CentreSummary]:
        """People, workers, trainees, hours, units and gross pay by origin centre and in
        total."""
        with self.db.read() as s:
            return summaries(s)

    @use_case("exchange.identity", Permission.EXCHANGE)
    def identity(self, table: str, local_id: int | str) -> RecordIdentity:
        """The global id and origin centre of one record (given one now if it has none)."""
        if table not in SPECS:
            raise ValidationError("table", f"'{table}' is not exchanged; exchanged: "
                                  + ", ".join(sorted(SPECS)))
        key = str(local_id).replace(" ", "")
        with self.db.write() as s:
            me = keys.make_key(s, self.actor.username).key_id
            row = self._identity_row(s, table, key)
            if row is None:
                scan(s, me, tags_of(s))
                row = self._identity_row(s, table, key)
            if row is None and key.replace(",", "").isdigit():
                note(s, table, key)  # a row never journaled (written by a migration)
                scan(s, me, tags_of(s))
                row = self._identity_row(s, table, key)
            if row is None:
                raise NotFoundError(f"{table.replace('_', ' ')} record", local_id)
            names = centre_names(s)
            return RecordIdentity(table, key, row.uid, row.origin,
                                  names.get(row.origin, row.origin))

    @staticmethod
    def _identity_row(s: Session, table: str, key: str) -> Any:
        return s.execute(select(IDENT.c.uid, IDENT.c.origin).where(
            IDENT.c.table_name == table, IDENT.c.local_key == key)).first()

    # --- export --------------------------------------------------------------------------------

    @use_case("exchange.export", Permission.EXCHANGE)
    def export(self, to_centre: str, path: Path, since: date | None = None,
               progress: ProgressFn | None = None,
               cancelled: CancelledFn | None = None) -> ExportResult:
        """Write a signed bundle for ``to_centre`` (a trusted centre's name, key id or
        fingerprint) with the changes made here since it last acknowledged one (or, with
        ``since``, the changes made on or after that date)."""
        with gc_paused():  # tens of thousands of records as small dicts and tuples
            return self._export(to_centre, path, since, progress, cancelled)

    def _export(self, to_centre: str, path: Path, since: date | None,
                progress: ProgressFn | None, cancelled: CancelledFn | None) -> ExportResult:
        target = Path(path)
        if not str(to_centre or "").strip():
            raise ValidationError("centre", "choose the trusted centre the bundle is for")
        if not target.parent.is_dir():
            raise ValidationError("output file", f"the folder {target.parent} does not exist")
        tick = _ticker(progress, cancelled, len(SPECS) + 1, "Collecting")
        with self.db.write() as s:
            trusted = self._trusted(s, to_centre)
            key = keys.make_key(s, self.actor.username)
            me = key.key_id
            peer = ensure_peer(s, trusted.key_id, trusted.name)
            acked = peer.acked_seq
            missed = [False]

            def want(seq: int, at: datetime) -> bool:
                if since is None:
                    return seq > acked
                ok = at.date() >= since
                if not ok and seq > acked:
                    missed[0] = True
                return ok

            found = scan(s, me, tags_of(s), want, tick, after=acked if since is None else 0)
            seq_upto = max(found.seq, max_seq(s))
            seq_from = -1 if missed[0] else acked
            bundle_id = str(uuid.uuid4())
            names = centre_names(s)
            origins = {rec[1] for recs in found.records.values() for rec in recs}
            header = {
                "kind": "bundle", "bundle_id": bundle_id,
                "from": {"key_id": me, "name": centre_name(s)},
                "to": {"key_id": trusted.key_id, "name": trusted.name},
                "seq_from": seq_from, "seq_upto": seq_upto, "records": found.count,
                "since": since.isoformat() if since else None,
                "created_at": utcnow().isoformat(timespec="seconds"),
            }
            body = {"centres": {k: names.get(k, k) for k in origins},
                    "tables": found.records}
            tick("file")
            write_signed(target, header, body, key.private_key)
            s.add(SyncBundle(bundle_id=bundle_id, direction="out", peer=trusted.key_id,
                             seq_from=seq_from, seq_upto=seq_upto, records=found.count,
                             file_name=str(target)[:500], by=self.actor.username))
            by_table = {t: len(r) for t, r in found.records.items()}
            audit.record(s, self.actor, "exchange.export", "sync_bundle", bundle_id, None,
                         {"to": trusted.name, "records": found.count, "seq_from": seq_from,
                          "seq_upto": seq_upto, "since": header["since"]})
        return ExportResult(target, trusted.name, bundle_id, found.count, by_table, seq_from,
                            seq_upto, since)

    @staticmethod
    def _trusted(s: Session, centre: str) -> TrustedCentre:
        wanted = str(centre).strip().casefold()
        rows = list(s.execute(select(TrustedCentre)).scalars())
        for t in rows:
            if wanted in (t.name.casefold(), t.key_id.casefold(), t.fingerprint.casefold()):
                return t
        known = ", ".join(sorted(t.name for t in rows)) or "none yet"
        raise ValidationError("centre", f"'{centre}' is not a trusted centre (trusted: "
                              f"{known}). Trust its key first: 'issp certificates trust "
                              "KEYFILE'")

    # --- import --------------------------------------------------------------------------------

    @use_case("exchange.import", Permission.EXCHANGE)
    def import_file(self, path: Path, ack_path: Path | None = None,
                    progress: ProgressFn | None = None,
                    cancelled: CancelledFn | None = None, *,
                    expect: str | None = None) -> ImportResult:
        """Import a bundle (all or nothing; backed up first) and write its acknowledgement
        for the sender — or import an acknowledgement of a bundle written here. ``expect``
        ('bundle' or 'ack') refuses the other kind."""
        with gc_paused():  # tens of thousands of records as small dicts and tuples
            return self._import_file(path, ack_path, progress, cancelled, expect)

    def _import_file(self, path: Path, ack_path: Path | None, progress: ProgressFn | None,
                     cancelled: CancelledFn | None, expect: str | None) -> ImportResult:
        source = Path(path)
        envelope = read_envelope(source)
        with self.db.write() as s:
            me = keys.make_key(s, self.actor.username).key_id
            checked = check(s, source, envelope, me)
        if expect is not None and checked.kind != expect:
            what = {"ack": "an acknowledgement", "bundle": "a bundle"}
            raise BundleError(str(source), f"is {what[checked.kind]}, not {what[expect]}")
        if checked.kind == "ack":
            return self._import_ack(checked)
        ack = Path(ack_path) if ack_path is not None else default_ack_path(source)
        if not ack.parent.is_dir():
            raise ValidationError("acknowledgement file",
                                  f"the folder {ack.parent} does not exist")
        bundle_id = str(checked.header.get("bundle_id", ""))
        with self.db.read() as s:
            done = s.execute(select(SyncBundle.at).where(
                SyncBundle.bundle_id == bundle_id, SyncBundle.direction == "in")).first()
        if done is not None:
            self._write_ack(checked, ack)
            return ImportResult(source, "bundle", checked.sender_name, bundle_id,
                                already_imported=True,
                                records=int(checked.header.get("records", 0) or 0),
                                ack_path=ack)
        body = checked.body()
        from issp_desktop.services.people_io import _discard_backup, _start_backup

        backup = _start_backup(self)
        try:
            result = self._apply(checked, body, progress, cancelled)
            made = backup.result().path if backup is not None else None
            backup = None
        finally:
            if backup is not None:
                _discard_backup(backup)
        self._write_ack(checked, ack)
        return replace(result, ack_path=ack, backup=made)

    def _apply(self, checked: Checked, body: dict[str, Any], progress: ProgressFn | None,
               cancelled: CancelledFn | None) -> ImportResult:
        where = str(checked.path)
        tables = body.get("tables")
        centres = body.get("centres")
        if not isinstance(tables, dict) or not isinstance(centres, dict):
            raise BundleError(where, "is damaged (its records cannot be read)")
        h = checked.header
        bundle_id = str(h.get("bundle_id", ""))
        tick = _ticker(progress, cancelled, 2 * len(SPECS) + 1, "Importing")
        with self.db.write() as s:
            me = keys.make_key(s, self.actor.username).key_id
            peer = ensure_peer(s, checked.sender_key, checked.sender_name)
            for key_id, name in centres.items():
                if key_id != me:
                    ensure_peer(s, str(key_id), str(name))
            tags = tags_of(s)
            scan(s, me, tags, None, tick)  # notice changes made here since the last scan
            applier = Applier(s, me=me, sender=checked.sender_key, acked=peer.acked_seq,
                              tags=tags, bundle_id=bundle_id, where=where)
            try:
                with inserts_unjournaled(s, [t for t in tables if t in SPECS]):
                    applier.apply(tables, tick)
            except (Damaged, KeyError, TypeError, ValueError) as exc:
                if isinstance(exc, BundleError):
                    raise
                raise BundleError(where, "is damaged (a record cannot be read)") from None
            clear_journal(s)  # the rows just written are not changes made here
            r = applier.result
            records = sum(len(v) for v in tables.values() if isinstance(v, list))
            s.add(SyncBundle(bundle_id=bundle_id, direction="in", peer=checked.sender_key,
                             seq_from=int(h.get("seq_from", 0) or 0),
                             seq_upto=int(h.get("seq_upto", 0) or 0), records=records,
                             applied=r.inserted + r.updated + r.deleted, conflicts=r.conflicts,
                             file_name=where[:500], by=self.actor.username))
            peer.last_import_at = utcnow()
            audit.record(s, self.actor, "exchange.import", "sync_bundle", bundle_id, None,
                         {"from": checked.sender_name, "records": records,
                          "inserted": r.inserted, "updated": r.updated, "deleted": r.deleted,
                          "conflicts": r.conflicts})
        return ImportResult(checked.path, "bundle", checked.sender_name, bundle_id,
                            records=records, inserted=r.inserted, updated=r.updated,
                            deleted=r.deleted, unchanged=r.unchanged, conflicts=r.conflicts,
                            by_table=dict(r.by_table))

    def _write_ack(self, checked: Checked, ack: Path) -> None:
        h = checked.header
        with self.db.read() as s:
            key = keys.current_key(s)
            assert key is not None
            header = {"kind": "ack", "bundle_id": h.get("bundle_id"),
                      "from": {"key_id": key.key_id, "name": centre_name(s)},
                      "to": {"key_id": checked.sender_key, "name": checked.sender_name},
                      "seq_from": h.get("seq_from"), "seq_upto": h.get("seq_upto"),
                      "created_at": utcnow().isoformat(timespec="seconds")}
            private = key.private_key
        write_signed(ack, header, {}, private)

    def _import_ack(self, checked: Checked) -> ImportResult:
        where = str(checked.path)
        bundle_id = str(checked.header.get("bundle_id", ""))
        with self.db.write() as s:
            sent = s.execute(select(SyncBundle).where(
                SyncBundle.bundle_id == bundle_id, SyncBundle.direction == "out")).scalar()
            if sent is None or sent.peer != checked.sender_key:
                raise BundleError(where, "acknowledges a bundle this centre did not send to "
                                  f"'{checked.sender_name}'")
            peer = ensure_peer(s, checked.sender_key, checked.sender_name)
            if sent.acked_at is not None:
                return ImportResult(checked.path, "ack", checked.sender_name, bundle_id,
                                    already_imported=True, records=sent.records,
                                    acked_seq=peer.acked_seq)
            now = utcnow()
            sent.acked_at = now
            if 0 <= sent.seq_from <= peer.acked_seq and sent.seq_upto > peer.acked_seq:
                peer.acked_seq = sent.seq_upto
                peer.acked_at = now
            audit.record(s, self.actor, "exchange.ack", "sync_bundle", bundle_id, None,
                         {"from": checked.sender_name, "acked_seq": peer.acked_seq})
            return ImportResult(checked.path, "ack", checked.sender_name, bundle_id,
                                records=sent.records, acked_seq=peer.acked_seq)

    # --- conflicts -----------------------------------------------------------------------------

    @use_case("exchange.conflicts", Permission.EXCHANGE)
    def conflicts(self, include_resolved: bool = False) -> list[ConflictRow]:
        with self.db.read() as s:
            stmt = select(SyncConflict).order_by(SyncConflict.id)
            if not include_resolved:
                stmt = stmt.where(SyncConflict.resolution == "")
            me = keys.current_key(s)
            tags = tags_of(s)
            names = centre_names(s)
            return [self._conflict_row(s, c, me.key_id if me else "", tags, names)
                    for c in s.execute(stmt).scalars()]

    @staticmethod
    def _conflict_row(s: Session, c: SyncConflict, me: str, tags: dict[str, str],
                      names: dict[str, str]) -> ConflictRow:
        ident = s.execute(select(IDENT.c.local_key, IDENT.c.origin).where(
            IDENT.c.uid == c.uid)).first()
        mine = None
        if ident is not None:
            mine = payload_of(s, SPECS[c.table_name], ident.local_key, ident.origin, me, tags)
        theirs = json.loads(c.theirs) if c.theirs else None
        return ConflictRow(c.id or 0, c.table_name, c.uid, names.get(c.origin, c.origin),
                           names.get(c.peer, c.peer), c.detected_at, mine, theirs,
                           c.resolution, c.resolved_at, c.resolved_by)

    @use_case("exchange.resolve", Permission.EXCHANGE)
    def resolve(self, conflict_id: int, choice: str) -> ConflictRow:
        """Keep this centre's version ('mine') or take the other centre's ('theirs'). Either
        way the record is marked changed, so the choice travels with the next exports."""
        if choice not in ("mine", "theirs"):
            raise ValidationError("choice", "choose 'mine' or 'theirs'")
        with self.db.write() as s:
            c = s.get(SyncConflict, conflict_id) if isinstance(conflict_id, int) else None
            if c is None:
                raise NotFoundError("conflict", conflict_id)
            if c.resolution:
                raise ValidationError("conflict", f"was resolved already ({c.resolution}, by "
                                      f"{c.resolved_by})")
            me = keys.make_key(s, self.actor.username).key_id
            tags = tags_of(s)
            if choice == "theirs":
                applier = Applier(s, me=me, sender=c.peer, acked=1 << 62, tags=tags,
                                  bundle_id=c.bundle_id, where=f"conflict {c.id}")
                applier.apply({c.table_name: [[c.uid, c.origin, c.theirs_seq, c.theirs_hash,
                                               c.theirs is None,
                                               json.loads(c.theirs) if c.theirs else None]]})
            scan(s, me, tags)  # the row's hash as it is now
            s.execute(update(IDENT).where(IDENT.c.uid == c.uid).values(
                changed_seq=max_seq(s) + 1, changed_at=utcnow()))
            c.resolution = choice
            c.resolved_at = utcnow()
            c.resolved_by = self.actor.username
            audit.record(s, self.actor, "exchange.resolve", "sync_conflict", c.id,
                         {"resolution": ""}, {"resolution": choice, "table": c.table_name,
                                              "uid": c.uid})
            s.flush()
            return self._conflict_row(s, c, me, tags, centre_names(s))

    @use_case("exchange.history", Permission.EXCHANGE)
    def history(self, limit: int = 50) -> list[dict[str, Any]]:
        """The newest bundles written and imported here."""
        with self.db.read() as s:
            names = centre_names(s)
            rows = s.execute(select(SyncBundle).order_by(SyncBundle.id.desc())
                             .limit(int(limit or 50))).scalars()
            return [{"bundle_id": b.bundle_id, "direction": b.direction,
                     "centre": names.get(b.peer, b.peer), "records": b.records,
                     "applied": b.applied, "conflicts": b.conflicts, "at": b.at,
                     "acked_at": b.acked_at, "file": b.file_name} for b in rows]

    @use_case("exchange.open_conflicts", Permission.EXCHANGE)
    def open_conflict_count(self) -> int:
        with self.db.read() as s:
            return int(s.execute(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.resolution == "")).scalar() or 0)

"""Work logs: typed in per worker per day, or imported from a client platform's CSV/XLSX export
(columns ``batch_ref, national_id, date, units, minutes``; every row checked first, each
problem reported as ``line N: column: reason``, nothing written if one row is bad, a backup of
the database before anything is written).

Each write adds to ``batch.units_done`` in the same transaction, and the first work on a
received batch moves it to in progress. More units than a batch expects are refused with
``OverExpectedError`` unless the caller confirms (``force=True``: the GUI asks, the CLI takes
``--force``); a file that logs the same worker, batch and day twice, or a day already logged,
is refused (the usual sign of importing one export twice)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import Person
from issp_desktop.db.models.deliverables import Batch, BatchWorker, Client, Project, WorkLog
from issp_desktop.db.types import utcnow
from issp_desktop.domain import deliverables as rules
from issp_desktop.domain import people as people_rules
from issp_desktop.domain.access import Permission
from issp_desktop.domain.text import clean_name, normalise_national_id
from issp_desktop.errors import IsspError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.deliverables_batches import change_status, stage_word
from issp_desktop.services.deliverables_types import (
    ImportProblem,
    OverExpectedError,
    WorkerBatch,
    WorkLogBatchError,
    WorkLogImportResult,
    WorkLogInput,
    WorkLogSaved,
)

COLUMNS = ("batch_ref", "national_id", "date", "units", "minutes")
_ALIASES = {"batch": "batch_ref", "batch_reference": "batch_ref", "reference": "batch_ref",
            "id": "national_id", "id_number": "national_id", "worked_on": "date", "day": "date",
            "mins": "minutes"}
ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class ImportCancelledError(IsspError):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was saved.")


@dataclass
class _Entry:
    key: Any  # index (typed) or line (import)
    batch_id: int
    person_id: int
    worked_on: date
    units: int
    minutes: int


def _check_numbers(units: Any, minutes: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for field, value, low, high in (("units", units, 0, rules.MAX_UNITS),
                                    ("minutes", minutes, 1, rules.MAX_DAY_MINUTES)):
        try:
            rules.check_count(field, value, low=low, high=high)
        except ValidationError as exc:
            found.append((field, exc.reason))
    return found


class WorkUseCases(Service):
    today_fn: Callable[[], date]

    def _check_entries(self, s: Session, entries: Sequence[_Entry]
                       ) -> tuple[list[tuple[Any, str, str]], dict[int, Batch]]:
        """Database checks of entries whose numbers are fine: (key, field, reason) each."""
        problems: list[tuple[Any, str, str]] = []
        batch_ids = sorted({e.batch_id for e in entries})
        batches = {b.id: b for b in s.execute(select(Batch).where(Batch.id.in_(batch_ids)))
                   .scalars()}
        people = {pid: (f"{f} {la}", st) for pid, f, la, st in s.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.stage)
            .where(Person.id.in_({e.person_id for e in entries})))}
        on_batch = set(s.execute(select(BatchWorker.batch_id, BatchWorker.person_id)
                                 .where(BatchWorker.batch_id.in_(batch_ids))))
        days = sorted({e.worked_on for e in entries})
        logged = set(s.execute(
            select(WorkLog.batch_id, WorkLog.person_id, WorkLog.worked_on)
            .where(WorkLog.batch_id.in_(batch_ids), WorkLog.worked_on.in_(days))))
        today = self.today_fn()
        for e in entries:
            b = batches.get(e.batch_id)
            person = people.get(e.person_id)
            if b is None:
                problems.append((e.key, "batch", f"there is no batch #{e.batch_id}"))
            elif b.status not in [st.value for st in rules.WORK_FROM]:
                problems.append((e.key, "batch", f"{b.reference} is already {b.status}; no "
                                 "more work can be logged on it"))
            elif person is None:
                problems.append((e.key, "worker", f"there is no person #{e.person_id}"))
            elif person[1] != "worker":
                problems.append((e.key, "worker", f"{person[0]} is {stage_word(person[1])}, "
                                 "not a worker"))
            elif (e.batch_id, e.person_id) not in on_batch:
                problems.append((e.key, "worker", f"{person[0]} is not assigned to batch "
                                 f"{b.reference}"))
            elif e.worked_on > today:
                problems.append((e.key, "date", f"{e.worked_on.isoformat()} is in the future"))
            elif e.worked_on < b.received_on:
                problems.append((e.key, "date", f"{e.worked_on.isoformat()} is before batch "
                                 f"{b.reference} was received ({b.received_on.isoformat()})"))
            elif (e.batch_id, e.person_id, e.worked_on) in logged:
                problems.append((e.key, "date", f"{person[0]} already has work logged on "
                                 f"{b.reference} for {e.worked_on.isoformat()}"))
        return problems, batches

    @staticmethod
    def _over(entries: Sequence[_Entry], batches: dict[int, Batch]) -> list[tuple[Batch, int]]:
        added: dict[int, int] = defaultdict(int)
        for e in entries:
            added[e.batch_id] += e.units
        return [(batches[bid], batches[bid].units_done + n) for bid, n in added.items()
                if batches[bid].units_done + n > batches[bid].units_expected]

    def _write(self, s: Session, entries: Sequence[_Entry], batches: dict[int, Batch],
               source: str) -> int:
        now, who = utcnow(), self.actor.username
        rows = [{"batch_id": e.batch_id, "person_id": e.person_id, "worked_on": e.worked_on,
                 "units": e.units, "minutes": e.minutes, "source": source, "recorded_at": now,
                 "recorded_by": who} for e in entries]
        for at in range(0, len(rows), 5000):
            s.execute(insert(WorkLog.__table__), rows[at:at + 5000])  # type: ignore[attr-defined]
        added: dict[int, int] = defaultdict(int)
        for e in entries:
            added[e.batch_id] += e.units
        for bid, n in added.items():
            b = batches[bid]
            b.units_done += n
            b.updated_at, b.updated_by = now, who
            if b.status == rules.Status.RECEIVED.value:
                change_status(s, b, rules.Status.IN_PROGRESS, who, "work logged", now,
                              self.today_fn())
        return sum(added.values())

    @use_case("worklogs.record", Permission.DELIVERABLES_EDIT)
    def record_work(self, entries: Sequence[WorkLogInput], *, force: bool = False
                    ) -> WorkLogSaved:
        """Save work logs all together or none; every bad entry is reported
        (``WorkLogBatchError``). ``force`` confirms logging more units than a batch expects."""
        items = list(entries or ())
        if not items:
            raise ValidationError("work logs", "there is nothing to save")
        problems: list[tuple[Any, str, str]] = []
        good: list[_Entry] = []
        for i, e in enumerate(items):
            bad = _check_numbers(e.units, e.minutes)
            if not isinstance(e.worked_on, date):
                bad.append(("date", "is needed"))
            problems += [(i, f, r) for f, r in bad]
            if not bad:
                good.append(_Entry(i, e.batch_id, e.person_id, e.worked_on, e.units, e.minutes))
        seen: dict[tuple[int, int, date], int] = {}
        for e in good:
            key = (e.batch_id, e.person_id, e.worked_on)
            if key in seen:
                problems.append((e.key, "date", f"the same worker, batch and day as entry "
                                 f"{seen[key] + 1}"))
            seen.setdefault(key, e.key)
        with self.db.write() as s:
            found, batches = self._check_entries(s, good)
            problems += found
            if problems:
                raise WorkLogBatchError(sorted(problems, key=lambda p: p[0]))
            over = self._over(good, batches)
            if over and not force:
                b, would = over[0]
                raise OverExpectedError(b.reference, b.units_expected, would)
            units = self._write(s, good, batches, "typed")
            audit.record(s, self.actor, "worklogs.record", "batch",
                         ",".join(str(b) for b in sorted(batches)), None,
                         {"count": len(good), "units": units,
                          "over_expected": [b.reference for b, _ in over]})
        return WorkLogSaved(len(good), units, tuple(b.reference for b, _ in over))

    # --- import -----------------------------------------------------------------------------

    @use_case("worklogs.import", Permission.DELIVERABLES_EDIT)
    def import_worklogs(self, path: Path, *, dry_run: bool = False, force: bool = False,
                        progress: ProgressFn | None = None,
                        cancelled: CancelledFn | None = None) -> WorkLogImportResult:
        """Check every row of ``path`` and, when all are good (and not ``dry_run``), back up
        the database and save them in one transaction."""
        from issp_desktop.services.people_io import read_table

        def tick(done: int, total: int, text: str) -> None:
            if cancelled is not None and cancelled():
                raise ImportCancelledError()
            if progress is not None:
                progress(done, total, text)

        table = read_table(Path(path))
        problems = [ImportProblem(p.line, p.column, p.reason) for p in table.problems]
        keys = [_ALIASES.get(k, k) for k in (
            re.sub(r"[^0-9a-z]+", "_", clean_name(h).casefold()).strip("_")
            for h in table.headers)]
        missing = [c for c in COLUMNS if c not in keys]
        if table.headers and missing:
            problems += [ImportProblem(table.header_line, c, "the file needs this column")
                         for c in missing]
        elif not table.headers and not problems:
            problems.append(ImportProblem(1, "file", "is empty"))
        if problems:
            return WorkLogImportResult(len(table.rows), 0, problems, [], dry_run)
        at = {c: keys.index(c) for c in COLUMNS}
        entries, preview, names = self._parse_rows(table.rows, at, problems, tick)
        warnings: list[str] = []
        with self.db.read() as s:
            found, batches = self._check_entries(s, entries)
        problems += [ImportProblem(line, {"batch": "batch_ref", "worker": "national_id"}
                                   .get(f, f), r) for line, f, r in found]
        over = self._over(entries, batches) if not found else []
        first_line = {}
        for e in entries:
            first_line.setdefault(e.batch_id, e.key)
        for b, would in over:
            text = (f"batch {b.reference} expects {b.units_expected:,} units; with this file "
                    f"it would have {would:,}")
            if force:
                warnings.append(text)
            else:
                problems.append(ImportProblem(first_line[b.id], "units",
                                              text + " (import with --force to accept)"))
        problems.sort(key=lambda p: p.line)
        result = WorkLogImportResult(len(table.rows), 0, problems, warnings, dry_run,
                                     tuple(preview), None)
        if problems or dry_run:
            return result
        tick(len(entries), len(entries), "Backing up the database…")
        backup = self._backup()
        tick(len(entries), len(entries), "Saving…")
        with self.db.write() as s:
            found, batches = self._check_entries(s, entries)  # again, inside the transaction
            if found:
                raise ValidationError("file", "the batches changed while the file was being "
                                      f"checked ({found[0][2]}); nothing was saved")
            units = self._write(s, entries, batches, "import")
            audit.record(s, self.actor, "worklogs.import", "batch", "", None, {
                "count": len(entries), "units": units, "file": Path(path).name,
                "people": len(names), "over_expected": [b.reference for b, _ in over]})
        return WorkLogImportResult(len(table.rows), len(entries), [], warnings, False,
                                   tuple(preview), backup)

    def _parse_rows(self, rows: list[tuple[int, list[str]]], at: dict[str, int],
                    problems: list[ImportProblem], tick: Callable[[int, int, str], None]
                    ) -> tuple[list[_Entry], list[tuple[str, str, str, int, int]], set[int]]:
        with self.db.read() as s:
            refs = {r.lower(): (i, r) for i, r in s.execute(select(Batch.id, Batch.reference))}
            ids_in_file = {normalise_national_id(c[at["national_id"]].strip())
                           for _, c in rows if c[at["national_id"]].strip()}
            people: dict[str, tuple[int, str]] = {}
            ids = sorted(ids_in_file)
            for start in range(0, len(ids), 500):
                people.update((norm, (pid, f"{f} {la}")) for norm, pid, f, la in s.execute(
                    select(Person.national_id_norm, Person.id, Person.first_name,
                           Person.last_name).where(Person.national_id_norm.in_(
                               ids[start:start + 500]))))
        entries: list[_Entry] = []
        preview: list[tuple[str, str, str, int, int]] = []
        seen: dict[tuple[int, int, date], int] = {}
        for n, (line, cells) in enumerate(rows):
            if n % 1000 == 0:
                tick(n, len(rows), "Checking the rows…")
            raw = {c: cells[i].strip() for c, i in at.items()}
            bad: list[tuple[str, str]] = []
            batch = refs.get(" ".join(raw["batch_ref"].split()).lower())
            if not raw["batch_ref"]:
                bad.append(("batch_ref", "is empty"))
            elif batch is None:
                bad.append(("batch_ref", f"there is no batch '{raw['batch_ref'][:40]}'"))
            person = people.get(normalise_national_id(raw["national_id"]))
            if not raw["national_id"]:
                bad.append(("national_id", "is empty"))
            elif person is None:
                bad.append(("national_id", f"nobody has the ID '{raw['national_id'][:32]}'"))
            day = units = minutes = None
            try:
                day = people_rules.parse_date("date", raw["date"])
            except ValidationError as exc:
                bad.append(("date", exc.reason))
            units, minutes = (self._number(c, raw[c], bad) for c in ("units", "minutes"))
            if units is not None and minutes is not None:
                bad += _check_numbers(units, minutes)
            if not bad and batch and person and day:
                key = (batch[0], person[0], day)
                if key in seen:
                    bad.append(("date", f"the same worker, batch and day as line {seen[key]}"))
                seen.setdefault(key, line)
            problems += [ImportProblem(line, c, r) for c, r in bad]
            if not bad and batch and person and day and units is not None \
                    and minutes is not None:
                entries.append(_Entry(line, batch[0], person[0], day, units, minutes))
                if len(preview) < 200:
                    preview.append((batch[1], person[1], day.isoformat(), units, minutes))
        return entries, preview, {e.person_id for e in entries}

    @staticmethod
    def _number(column: str, raw: str, bad: list[tuple[str, str]]) -> int | None:
        text = raw.replace(",", "").strip()
        if re.fullmatch(r"-\d+", text):
            bad.append((column, f"{text} is negative"))
            return None
        if text.endswith(".0"):
            text = text[:-2]
        if not re.fullmatch(r"\d+", text):
            bad.append((column, f"'{raw[:20]}' is not a whole number"))
            return None
        return int(text)

    def _backup(self) -> Path | None:
        path = self.db.sqlite_path
        if not self.db.is_sqlite or path is None:
            return None
        from issp_desktop.db.backup import create_backup

        return create_backup(path, self.ctx.backups_dir, "pre-import",
                             opener=self.ctx.opener).path

    @use_case("worklogs.days", Permission.DELIVERABLES_VIEW)
    def worked_minutes(self, person_id: int, start: date, end: date) -> dict[date, int]:
        """Minutes logged per day by one person (for the typing grid's day totals)."""
        if end < start or end - start > timedelta(days=366):
            raise ValidationError("period", "must be at most a year, start before end")
        with self.db.read() as s:
            return {d: int(m) for d, m in s.execute(
                select(WorkLog.worked_on, func.sum(WorkLog.minutes))
                .where(WorkLog.person_id == person_id, WorkLog.worked_on >= start,
                       WorkLog.worked_on <= end).group_by(WorkLog.worked_on))}

    @use_case("worklogs.worker_batches", Permission.DELIVERABLES_VIEW)
    def worker_open_batches(self, person_id: int, day: date | None = None
                            ) -> list[WorkerBatch]:
        """The open batches (work can still be logged) ``person_id`` is assigned to, by due
        date, with the units the worker already logged on ``day`` on each (when given)."""
        pid = int(person_id)
        with self.db.read() as s:
            found = s.execute(select(Person.id).where(Person.id == pid)).first()
            if found is None:
                raise ValidationError("worker", f"there is no person #{pid}")
            logged: dict[int, int] = {}
            if day is not None:
                logged = {bid: int(u) for bid, u in s.execute(
                    select(WorkLog.batch_id, func.sum(WorkLog.units))
                    .where(WorkLog.person_id == pid, WorkLog.worked_on == day)
                    .group_by(WorkLog.batch_id))}
            rows = s.execute(
                select(Batch.id, Batch.reference, Client.name, Project.name, Project.unit,
                       Batch.units_expected, Batch.units_done, Batch.received_on,
                       Batch.due_on, Batch.status)
                .join(BatchWorker, BatchWorker.batch_id == Batch.id)
                .join(Project, Project.id == Batch.project_id)
                .join(Client, Client.id == Project.client_id)
                .where(BatchWorker.person_id == pid,
                       Batch.status.in_([st.value for st in rules.WORK_FROM]))
                .order_by(Batch.due_on, Batch.reference)).all()
        return [WorkerBatch(*r, logged_units=logged.get(r[0]) if day is not None else None)
                for r in rows]

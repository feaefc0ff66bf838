"""A child process that writes through the real services so a test can SIGKILL it, plus the
parent-side helpers that start it and check what it left behind.

Run as a script (never collected by pytest; its name does not start with ``test_``):

``python writer.py serve``
    A "zygote": imports everything once, prints ``ZYGOTE READY``, then reads one JSON command
    per line on stdin. Each command is run in a ``fork()``-ed worker (printing ``FORKED <pid>``
    first); when the worker is gone the zygote prints ``EXIT <pid> <status>``. Forking a warm
    interpreter makes a kill round cost milliseconds instead of a second of imports, so the
    default run can afford twenty kills. The worker is an ordinary process running the real
    services on a real SQLite file; SIGKILL ends it exactly as it would end the app.

``python writer.py run '<json command>'``
    The same worker in a fresh interpreter (no fork).

Worker commands (``mode``):

``write``
    Open the store with ``open_services``, sign in as the manager and loop over transactions.
    Transaction ``k`` (one ``db.write()`` session) inserts cohort ``txn-<k>`` with
    ``people_in(k)`` people in it, two stage changes per person, renames the centre to
    ``C <k>`` and appends an audit entry ``test.write`` for ``k``. After each COMMIT it prints
    ``ACK <k>``. ``stop_after`` ends the loop (``hang`` then sleeps until killed, holding the
    connection open as a frozen app would); ``autocheckpoint`` lowers SQLite's WAL
    auto-checkpoint threshold (pages) so that kills also land inside checkpoints.
``backup``
    Alternates one ``write`` transaction (``ACK <k>``) with ``svc.backups.create("manual")``
    (``BACKUP-START`` before, ``BACKUP <file name>`` after).
``migrate``
    Prints ``READY`` and runs ``open_store(url, create=False, backups_dir=...)``, which upgrades
    the file to head; prints ``DONE`` when it returns.

Protocol lines are written with ``os.write`` on fd 1 (never buffered, so a fork cannot
duplicate them and a line printed before the kill always reaches the parent).

The parent side (imported by the tests from this file by path): ``Zygote`` and ``run_direct``
start workers, ``make_centre`` sets up a centre, ``snapshot`` copies a crashed database aside,
``check_transactions`` and ``verify_through_services`` judge what a killed worker left.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

PASSWORD = "correct horse battery"
MANAGER = "boss"
CENTRE = "C"
TXN_PREFIX = "txn-"
BIG_EVERY = 10
BIG_PEOPLE = 60
STAGE_CHANGES_PER_PERSON = 2
WRITER = Path(__file__).resolve()


def people_in(k: int) -> int:
    """How many people transaction ``k`` puts in its cohort (every tenth one is big, so that
    its pages spill over many WAL frames and a kill can land in the middle of a commit)."""
    return BIG_PEOPLE if k % BIG_EVERY == 0 else 1 + k % 4


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("ISSP_DB_URL", None)
    env.pop("ISSP_DATA_DIR", None)  # every command names its folder or URL
    return env


# --- the worker (child side) -------------------------------------------------------------------

def _emit(line: str) -> None:
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    while data:
        written = os.write(1, data)
        data = data[written:]


def _fast_hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _open_signed_in(data_dir: str, autocheckpoint: int | None = None) -> Any:
    from sqlalchemy import event

    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    svc = open_services(resolve_paths(data_dir), create=False)
    svc.ctx.hasher = _fast_hasher()
    if autocheckpoint is not None:
        def _small_checkpoints(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")

        event.listen(svc.db.engine, "connect", _small_checkpoints)
        svc.db.engine.dispose()  # the pooled connections were made before the listener
    svc.users.login(MANAGER, PASSWORD)
    return svc


def _next_txn(svc: Any) -> int:
    from sqlalchemy import func, select

    from issp_desktop.db.models import Cohort

    with svc.db.read() as s:
        count = s.execute(
            select(func.count()).select_from(Cohort).where(Cohort.name.like(f"{TXN_PREFIX}%"))
        ).scalar_one()
    return int(count) + 1


def write_txn(svc: Any, k: int) -> None:
    """Transaction ``k``: every row it writes must be there together, or none of them."""
    from sqlmodel import select

    from issp_desktop.db.models import Centre, Cohort, Person, StageChange
    from issp_desktop.services import audit

    n = people_in(k)
    with svc.db.write() as s:
        cohort = Cohort(name=f"{TXN_PREFIX}{k:06d}", start_date=date(2026, 1, 5),
                        end_date=date(2026, 3, 30), capacity=n, notes=f"transaction {k}",
                        updated_by=svc.actor.username)
        s.add(cohort)
        s.flush()
        for j in range(n):
            nid = f"{k:07d}{j:03d}"
            person = Person(first_name=f"Txn{k}", last_name=f"Person{j}", national_id=nid,
                            national_id_norm=nid, stage="trainee", cohort_id=cohort.id,
                            enrolled_on=date(2026, 1, 5), county="Nairobi",
                            updated_by=svc.actor.username)
            s.add(person)
            s.flush()
            s.add(StageChange(person_id=person.id, from_stage=None, to_stage="applicant",
                              changed_on=date(2025, 12, 1), reason=f"txn {k}"))
            s.add(StageChange(person_id=person.id, from_stage="applicant", to_stage="trainee",
                              changed_on=date(2026, 1, 5), reason=f"txn {k}"))
        centre = s.exec(select(Centre).order_by(Centre.id)).first()
        assert centre is not None
        centre.name = f"{CENTRE} {k}"
        centre.version += 1
        s.flush()
        audit.record(s, svc.actor, "test.write", "cohort", k, None, {"txn": k, "people": n})


def _worker_write(cmd: dict[str, Any]) -> None:
    svc = _open_signed_in(cmd["data_dir"], cmd.get("autocheckpoint"))
    k = _next_txn(svc)
    _emit(f"READY {k}")
    stop_after = cmd.get("stop_after")
    done = 0
    while stop_after is None or done < stop_after:
        write_txn(svc, k)
        _emit(f"ACK {k}")
        k += 1
        done += 1
    _emit("DONE")
    if cmd.get("hang"):
        while True:  # a frozen app: connections open, WAL not checkpointed, until SIGKILL
            time.sleep(3600)
    svc.db.dispose()


def _worker_backup(cmd: dict[str, Any]) -> None:
    svc = _open_signed_in(cmd["data_dir"])
    k = _next_txn(svc)
    _emit(f"READY {k}")
    while True:
        write_txn(svc, k)
        _emit(f"ACK {k}")
        k += 1
        _emit("BACKUP-START")
        result = svc.backups.create("manual")
        _emit(f"BACKUP {result.backup.path.name}")


def _worker_migrate(cmd: dict[str, Any]) -> None:
    from issp_desktop.db.store import open_store

    _emit("READY")
    db = open_store(cmd["url"], create=False, backups_dir=Path(cmd["backups_dir"]))
    _emit("DONE")
    db.dispose()


WORKERS: dict[str, Callable[[dict[str, Any]], None]] = {
    "write": _worker_write,
    "backup": _worker_backup,
    "migrate": _worker_migrate,
}


def run_worker(cmd: dict[str, Any]) -> int:
    try:
        WORKERS[cmd["mode"]](cmd)
    except BaseException as exc:
        _emit(f"ERROR {type(exc).__name__}: {exc}".replace("\n", " | "))
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        return 1
    return 0


def _preload() -> None:
    """Import what every worker needs, so a forked worker starts warm."""
    import alembic.command  # noqa: F401
    import argon2  # noqa: F401
    import sqlmodel  # noqa: F401

    import issp_desktop.app
    import issp_desktop.db.migrate
    import issp_desktop.db.models
    import issp_desktop.db.store
    import issp_desktop.services  # noqa: F401


def serve() -> int:
    _preload()
    _emit("ZYGOTE READY")
    for raw in sys.stdin:
        if not raw.strip():
            continue
        cmd = json.loads(raw)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                code = run_worker(cmd)
            finally:
                os._exit(code)
        _emit(f"FORKED {pid}")
        _, status = os.waitpid(pid, 0)
        _emit(f"EXIT {pid} {status}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        return serve()
    if len(argv) == 2 and argv[0] == "run":
        return run_worker(json.loads(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


# --- the parent side ---------------------------------------------------------------------------

class ChildGone(AssertionError):
    pass


class LineReader:
    """Reads a pipe on a thread so the test can wait for a line with a timeout."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next(self, timeout: float) -> str | None:
        """The next line, or ``None`` at end of stream. Raises ``ChildGone`` on time-out."""
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise ChildGone(f"no line from the child within {timeout} s; "
                            f"last lines: {self.seen[-5:]}") from None
        if line is not None:
            self.seen.append(line)
        return line

    def until(self, predicate: Callable[[str], bool], timeout: float) -> list[str]:
        """Lines up to and including the first one ``predicate`` accepts."""
        deadline = time.monotonic() + timeout
        got: list[str] = []
        while True:
            line = self.next(max(0.01, deadline - time.monotonic()))
            if line is None:
                raise ChildGone(f"the child ended before the expected line; got {got[-5:]}")
            got.append(line)
            if line.startswith("ERROR "):
                raise ChildGone(f"the child failed: {line}")
            if predicate(line):
                return got


@dataclass
class Round:
    """What one worker said. ``seen`` counts the lines a ``wait_for`` has already passed."""

    pid: int
    lines: list[str] = field(default_factory=list)
    seen: int = 0

    @property
    def acks(self) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith("ACK ")]

    def tagged(self, tag: str) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith(tag + " ")]


class Zygote:
    """The parent's handle on ``writer.py serve``."""

    def __init__(self, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        self._stderr = open(stderr_path, "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), "serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
            text=True, encoding="utf-8", env=child_env(), cwd=str(WRITER.parents[2]),
        )
        assert self.proc.stdout is not None
        self.reader = LineReader(self.proc.stdout)
        self.reader.until(lambda line: line == "ZYGOTE READY", timeout=60)

    def stderr_tail(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def start(self, cmd: dict[str, Any]) -> Round:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        got = self.reader.until(lambda x: x.startswith("FORKED "), timeout=30)
        # The worker may write before the zygote reports the fork: keep those lines.
        return Round(int(got[-1].split()[1]), got[:-1])

    def wait_for(self, rnd: Round, predicate: Callable[[str], bool], timeout: float) -> None:
        """Wait until the worker has written a line ``predicate`` accepts (after the lines an
        earlier ``wait_for`` passed)."""
        for index in range(rnd.seen, len(rnd.lines)):
            if rnd.lines[index].startswith("ERROR "):
                raise ChildGone(f"the child failed: {rnd.lines[index]}\n--- child stderr "
                                f"---\n{self.stderr_tail()}")
            if predicate(rnd.lines[index]):
                rnd.seen = index + 1
                return
        rnd.seen = len(rnd.lines)
        try:
            rnd.lines += self.reader.until(predicate, timeout)
        except ChildGone as exc:
            raise ChildGone(f"{exc}\n--- child stderr ---\n{self.stderr_tail()}") from None
        rnd.seen = len(rnd.lines)

    def kill(self, rnd: Round, timeout: float = 30, *, may_have_finished: bool = False) -> None:
        """SIGKILL the worker and collect every line it wrote before dying. Fails if the worker
        had already ended by itself (an error in the child, not our kill), unless
        ``may_have_finished`` and it ended well."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(rnd.pid, signal.SIGKILL)
        status = self.finish(rnd, timeout)
        if may_have_finished and status == 0 and "DONE" in rnd.lines:
            return
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            raise ChildGone(f"the worker ended by itself (status {status}) before the kill; "
                            f"last lines {rnd.lines[-5:]}\n--- child stderr ---\n"
                            f"{self.stderr_tail()}")

    def finish(self, rnd: Round, timeout: float = 120) -> int:
        """Wait until the zygote reports the worker gone; returns its wait status."""
        self.wait_for(rnd, lambda x: x.startswith(f"EXIT {rnd.pid} "), timeout)
        return int(rnd.lines[-1].split()[2])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._stderr.close()


def run_direct(cmd: dict[str, Any], stderr_path: Path) -> tuple[subprocess.Popen[str], LineReader]:
    """The worker in a fresh interpreter (``writer.py run``)."""
    stderr = open(stderr_path, "w", encoding="utf-8")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), "run", json.dumps(cmd)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, text=True,
        encoding="utf-8", env=child_env(), cwd=str(WRITER.parents[2]),
    )
    stderr.close()
    assert proc.stdout is not None
    return proc, LineReader(proc.stdout)


# --- setting up and checking (parent side) ------------------------------------------------------

def make_centre(data_dir: Path) -> None:
    """A new centre at ``data_dir`` with its manager, made through the real first-run."""
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.domain.access import Role
    from issp_desktop.services.centre import CentreSetup
    from issp_desktop.services.users import NewUser

    svc = open_services(resolve_paths(data_dir), create=True)
    try:
        svc.ctx.hasher = _fast_hasher()
        svc.centre.first_run(CentreSetup(CENTRE), NewUser(MANAGER, Role.MANAGER, PASSWORD))
    finally:
        svc.db.dispose()


def verify_through_services(data_dir: Path) -> int:
    """Open the store as the app would at its next start (``open_services``: a read-only peek
    with ``quick_check``, then the real engine), sign in as the manager and verify the audit
    chain. Returns how many entries were verified."""
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    svc = open_services(resolve_paths(data_dir))
    try:
        svc.ctx.hasher = _fast_hasher()
        svc.users.login(MANAGER, PASSWORD)
        result = svc.audit.verify()
        assert result.ok, f"audit chain broken at {result.first_broken_id}: {result.reason}"
        return result.checked
    finally:
        svc.db.dispose()


def db_file(data_dir: Path) -> Path:
    from issp_desktop.config.paths import CENTRE_DB_NAME

    return data_dir / CENTRE_DB_NAME


def snapshot(data_dir: Path, dest: Path) -> Path:
    """Copy the database and its ``-wal``/``-shm`` exactly as a crash left them into a new data
    folder ``dest`` (nothing has the files open), so they can be checked there while the
    original stays crashed for the next worker to recover."""
    import shutil

    dest.mkdir(parents=True)
    source = db_file(data_dir)
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(source) + suffix)
        if part.exists():
            shutil.copyfile(part, Path(str(db_file(dest)) + suffix))
    return dest


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    return sqlite3.connect(path, timeout=10)


def integrity(conn: sqlite3.Connection) -> None:
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    assert result == ["ok"], f"integrity_check: {result[:5]}"
    bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    assert bad == [], f"foreign_key_check: {bad[:5]}"


def check_transactions(conn: sqlite3.Connection) -> int:
    """Every ``write_txn`` in the file is whole and they run 1..M without a gap; returns M.

    Whole means: cohort ``txn-<k>`` has exactly ``people_in(k)`` people, each with exactly two
    stage changes, there is exactly one ``test.write`` audit entry for ``k``, no person or stage
    change of a test transaction exists outside them, and the centre's name carries the last
    ``k`` (the update is part of the same transaction as the inserts)."""
    integrity(conn)
    cohorts = conn.execute(
        "SELECT c.name, c.capacity, "
        " (SELECT COUNT(*) FROM person p WHERE p.cohort_id = c.id), "
        " (SELECT COUNT(*) FROM stage_change sc JOIN person p ON p.id = sc.person_id "
        "   WHERE p.cohort_id = c.id) "
        "FROM cohort c WHERE c.name LIKE ? ORDER BY c.name", (f"{TXN_PREFIX}%",)
    ).fetchall()
    ks = [int(name[len(TXN_PREFIX):]) for name, *_ in cohorts]
    m = len(ks)
    assert ks == list(range(1, m + 1)), f"transactions are not 1..{m} without gaps: {ks[:20]}"
    for (name, capacity, people, changes), k in zip(cohorts, ks, strict=True):
        n = people_in(k)
        assert (capacity, people, changes) == (n, n, STAGE_CHANGES_PER_PERSON * n), (
            f"{name} is partial: capacity {capacity}, {people} people and {changes} stage "
            f"changes, expected {n}, {n} and {STAGE_CHANGES_PER_PERSON * n}")
    total = sum(people_in(k) for k in ks)
    people = conn.execute("SELECT COUNT(*) FROM person WHERE first_name LIKE 'Txn%'").fetchone()
    changes = conn.execute(
        "SELECT COUNT(*) FROM stage_change WHERE reason LIKE 'txn %'").fetchone()
    assert people == (total,), f"{people[0]} test people, expected {total} (orphans?)"
    assert changes == (STAGE_CHANGES_PER_PERSON * total,), (
        f"{changes[0]} test stage changes, expected {STAGE_CHANGES_PER_PERSON * total}")
    audited = conn.execute(
        "SELECT entity_id, new_values FROM audit_entry WHERE use_case = 'test.write' "
        "ORDER BY id").fetchall()
    assert [int(e) for e, _ in audited] == ks, (
        f"audit entries for transactions {[e for e, _ in audited][:20]}, expected 1..{m}")
    for (entity_id, new_values), k in zip(audited, ks, strict=True):
        assert json.loads(new_values) == {"txn": k, "people": people_in(k)}, (entity_id,
                                                                            new_values)
    centre = conn.execute("SELECT name FROM centre ORDER BY id LIMIT 1").fetchone()
    assert centre == (f"{CENTRE} {m}" if m else CENTRE,), (
        f"centre is {centre}, but the last whole transaction is {m}")
    return m


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Benchmarks for ISSP Desktop, each measured against a floor taken in the same run.

    python tests/benchmarks/run.py [NAMES...] [--json FILE] [--repeat N] [--imports N]

Prints one row per benchmark: our figure, the floor, the ratio ours/floor and the target where
one exists. Wall-clock figures never fail the run: a slow result is printed (marked "over"),
and the exit status stays 0. Only a benchmark that breaks (raises, a child process crashes or
hangs) makes the exit status 1.

To add a benchmark, write one function that takes a ``Context`` and returns a ``Row`` and
decorate it with ``@benchmark("name")``; a feature's benchmarks live in their own
``bench_<feature>.py`` beside this file (``from run import Context, Row, benchmark``).
Shared set-up (the demo database) lives on the ``Context`` and is built once per run.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

DEMO_PEOPLE = 2000
DEMO_SEED = 1
MARKER = "ISSP-BENCH-SHOWN"
CHILD_TIMEOUT_S = 120.0


# --- rows and the registry ---------------------------------------------------------------------

@dataclass
class Row:
    """One benchmark's result. Times are seconds (medians of the samples)."""

    name: str
    ours: float | None
    floor: float | None = None
    target_ratio: float | None = None  # ours/floor must be at most this
    target_abs: float | None = None  # ours must be at most this many seconds
    note: str = ""
    samples_ours: list[float] = field(default_factory=list)
    samples_floor: list[float] = field(default_factory=list)
    details: dict[str, float] = field(default_factory=dict)  # extra figures, seconds
    error: str | None = None

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.floor:
            return None
        return self.ours / self.floor

    @property
    def met(self) -> bool | None:
        """Whether the target holds; ``None`` when there is no target (or no figure)."""
        checks: list[bool] = []
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        if self.target_abs is not None and self.ours is not None:
            checks.append(self.ours <= self.target_abs)
        return all(checks) if checks else None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["met"] = self.met
        return data


BenchmarkFn = Callable[["Context"], Row]
BENCHMARKS: dict[str, BenchmarkFn] = {}


def benchmark(name: str) -> Callable[[BenchmarkFn], BenchmarkFn]:
    """Register ``fn`` under ``name``; benchmarks run in registration order."""

    def register(fn: BenchmarkFn) -> BenchmarkFn:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} registered twice")
        BENCHMARKS[name] = fn
        return fn

    return register


class Context:
    """What benchmarks share in one run: the repeat count, a scratch folder, the demo store."""

    def __init__(self, repeat: int, workdir: Path) -> None:
        self.repeat = repeat
        self.workdir = workdir
        self._demo_dir: Path | None = None
        self._counter = 0

    def fresh_dir(self, label: str) -> Path:
        """A new, empty folder under the scratch folder."""
        self._counter += 1
        path = self.workdir / f"{label}-{self._counter}"
        path.mkdir(parents=True)
        return path

    def demo_dir(self) -> Path:
        """A data folder holding a demo centre of ``DEMO_PEOPLE`` people, built once per run."""
        if self._demo_dir is None:
            from issp_desktop.app import open_services
            from issp_desktop.config.paths import resolve_paths

            folder = self.fresh_dir("demo")
            services = open_services(resolve_paths(folder), create=True)
            try:
                services.demo.build(DEMO_PEOPLE, seed=DEMO_SEED)
            finally:
                services.db.dispose()
            self._demo_dir = folder
        return self._demo_dir


# --- helpers -----------------------------------------------------------------------------------

def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
    )
    env.pop("ISSP_DB_URL", None)
    env.pop("ISSP_DATA_DIR", None)
    return env


def time_child(code: str, args: Sequence[str] = ()) -> tuple[float, dict[str, float]]:
    """Seconds from spawning ``python -c code`` until it prints ``MARKER``.

    The child may print ``MARKER key=seconds ...`` to report its own phase timings.
    """
    cmd = [sys.executable, "-c", code, *args]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
        cwd=REPO_ROOT,
    )
    assert proc.stdout is not None
    elapsed: float | None = None
    phases: dict[str, float] = {}
    for line in proc.stdout:
        if line.startswith(MARKER):
            elapsed = time.perf_counter() - start
            for part in line.split()[1:]:
                key, _, value = part.partition("=")
                with contextlib.suppress(ValueError):
                    phases[key] = float(value)
            break
    try:
        _out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise RuntimeError(f"child did not exit within {CHILD_TIMEOUT_S:.0f} s") from None
    if elapsed is None or proc.returncode != 0:
        tail = "\n".join(err.strip().splitlines()[-15:])
        raise RuntimeError(f"child exited {proc.returncode} (marker seen: {elapsed is not None})"
                           f"\n{tail}")
    return elapsed, phases


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# --- startup -----------------------------------------------------------------------------------

STARTUP_FLOOR_CHILD = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()

def shown():
    print({MARKER!r}, flush=True)
    window.close()
    app.quit()

window.show()
QTimer.singleShot(0, shown)
app.exec()
"""

# What ``issp_desktop.app.main`` + ``ui.launcher.run_gui`` do, with a marker once the window's
# ``first_shown`` has fired and the event loop has processed it. Dialogs are replaced so a
# broken store fails the benchmark instead of waiting for a click.
STARTUP_OURS_CHILD = f"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from issp_desktop import APP_NAME
from issp_desktop.app import configure_logging
from issp_desktop.config.paths import resolve_paths
from issp_desktop.ui.launcher import Launcher
t_imports = time.perf_counter()

def no_centre(location):
    print("benchmark: the demo store has no centre", file=sys.stderr)
    sys.exit(4)

def error(title, exc):
    print(f"benchmark: start-up error: {{exc!r}}", file=sys.stderr)
    sys.exit(5)

paths = resolve_paths(sys.argv[1])
configure_logging(paths)
app = QApplication(sys.argv[:1])
app.setApplicationName(APP_NAME)
app.setOrganizationName(APP_NAME)
t_app = time.perf_counter()
launcher = Launcher(paths, ask_centre=no_centre, show_error=error)
window = launcher.prepare()
if window is None:
    sys.exit(launcher.exit_code or 6)
t_prepared = time.perf_counter()

def shown():
    t = time.perf_counter()
    print({MARKER!r},
          f"imports={{t_imports - t0:.6f}}",
          f"qapplication={{t_app - t_imports:.6f}}",
          f"prepare={{t_prepared - t_app:.6f}}",
          f"show={{t - t_prepared:.6f}}",
          flush=True)
    window.close()
    app.quit()

window.first_shown.connect(lambda: QTimer.singleShot(0, shown))
window.show()
code = app.exec()
if launcher.services is not None:
    launcher.services.db.dispose()
sys.exit(code)
"""


@benchmark("startup")
def bench_startup(ctx: Context) -> Row:
    """Spawn to first shown main window on a 2,000-person demo store vs an empty QMainWindow."""
    data_dir = ctx.demo_dir()
    # One untimed run of each warms the OS file cache so the first sample is not an outlier.
    time_child(STARTUP_FLOOR_CHILD)
    time_child(STARTUP_OURS_CHILD, [str(data_dir)])
    ours: list[float] = []
    floor: list[float] = []
    phases: list[dict[str, float]] = []
    for _ in range(ctx.repeat):  # interleaved, so drift in the machine hits both alike
        seconds, _ = time_child(STARTUP_FLOOR_CHILD)
        floor.append(seconds)
        seconds, phase = time_child(STARTUP_OURS_CHILD, [str(data_dir)])
        ours.append(seconds)
        phases.append(phase)
    details = {
        f"ours.{key}": median([p[key] for p in phases if key in p])
        for key in ("imports", "qapplication", "prepare", "show")
        if any(key in p for p in phases)
    }
    return Row(
        name="startup",
        ours=median(ours),
        floor=median(floor),
        target_ratio=2.0,
        note=f"{DEMO_PEOPLE:,} people; both include interpreter start",
        samples_ours=ours,
        samples_floor=floor,
        details=details,
    )


# --- demo_build --------------------------------------------------------------------------------

FLOOR_SCHEMA = """
CREATE TABLE person (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
    last_name TEXT NOT NULL, other_names TEXT NOT NULL, national_id TEXT,
    national_id_norm TEXT, date_of_birth TEXT, gender TEXT NOT NULL, phone TEXT NOT NULL,
    county TEXT NOT NULL, stage TEXT NOT NULL, cohort_id INTEGER, enrolled_on TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_person_national_id_norm ON person (national_id_norm)
    WHERE national_id_norm IS NOT NULL;
CREATE INDEX ix_person_stage ON person (stage);
CREATE INDEX ix_person_last_first ON person (last_name, first_name);
CREATE INDEX ix_person_cohort_id ON person (cohort_id);
CREATE TABLE stage_change (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person (id),
    from_stage TEXT, to_stage TEXT NOT NULL, changed_on TEXT NOT NULL, reason TEXT NOT NULL,
    exit_kind TEXT, recorded_at TEXT NOT NULL
);
CREATE INDEX ix_stage_change_person_id ON stage_change (person_id);
"""


def floor_rows(people: int, changes: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Person-like and stage_change-like rows, made before the clock starts."""
    now = "2026-11-16 09:00:00.000000"
    person_rows = [
        (pid, f"00000000-0000-4000-8000-{pid:012d}", f"First{pid % 97}", f"Last{pid % 89}", "",
         str(20_000_000 + pid), str(20_000_000 + pid), "1999-01-01", "female",
         f"+2547{pid:08d}", "Nairobi", "worker", pid % 12 + 1, "2025-01-06", now, now, 1)
        for pid in range(1, people + 1)
    ]
    change_rows = [
        (i % people + 1, None if i < people else "applicant", "trainee", "2025-01-06",
         "Passed typing test", None, now)
        for i in range(changes)
    ]
    return person_rows, change_rows


def time_floor_inserts(path: Path, people: int, changes: int) -> float:
    person_rows, change_rows = floor_rows(people, changes)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(FLOOR_SCHEMA)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO person VALUES ({', '.join('?' * 17)})", person_rows)
        conn.executemany(
            "INSERT INTO stage_change (person_id, from_stage, to_stage, changed_on, reason,"
            " exit_kind, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            change_rows,
        )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


@benchmark("demo_build")
def bench_demo_build(ctx: Context) -> Row:
    """``services.demo.build(2000)`` into a fresh store vs raw sqlite3 executemany."""
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    ours: list[float] = []
    floor: list[float] = []
    changes = 0
    for _ in range(ctx.repeat):
        services = open_services(resolve_paths(ctx.fresh_dir("demo-build")), create=True)
        try:
            start = time.perf_counter()
            summary = services.demo.build(DEMO_PEOPLE, seed=DEMO_SEED)
            ours.append(time.perf_counter() - start)
        finally:
            services.db.dispose()
        changes = summary.stage_changes
        floor.append(time_floor_inserts(ctx.fresh_dir("demo-floor") / "floor.sqlite",
                                        DEMO_PEOPLE, changes))
    return Row(
        name="demo_build",
        ours=median(ours),
        floor=median(floor),
        note=f"{DEMO_PEOPLE:,} people + {changes:,} stage changes; floor = sqlite3 "
             "executemany, same indexes, one txn, WAL + sync FULL",
        samples_ours=ours,
        samples_floor=floor,
    )


# --- people: first paint, search keystrokes, import ---------------------------------------------

PEOPLE_STORE = 100_000
PEOPLE_IMPORT_ROWS = 10_000
PEOPLE_KEYSTROKES = ("w", "wa", "wan", "wanj", "wanji", "2", "23", "234", "2345", "23456",
                     "0", "07", "071", "0712", "07123")
PEOPLE_FLOOR_COLUMNS = ("p.id, p.first_name, p.last_name, p.national_id, p.phone, p.stage, "
                        "c.name, p.enrolled_on, p.date_of_birth, p.version")


def people_store(ctx: Context) -> Path:
    """A data folder with a demo centre grown to ``PEOPLE_STORE`` people (built once per run:
    a 400-person demo, then the rest added with sqlite3 executemany)."""
    cached = getattr(ctx, "_people_store", None)
    if cached is not None:
        return cached
    import random
    import uuid

    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.domain import demo_data as dd

    folder = ctx.fresh_dir("people-100k")
    services = open_services(resolve_paths(folder), create=True)
    try:
        services.demo.build(400, seed=DEMO_SEED)
    finally:
        services.db.dispose()
    rng = random.Random(DEMO_SEED + 100_000)  # not the demo's seed: its uids are taken
    now = "2026-11-16T09:00:00.000000+00:00"
    conn = sqlite3.connect(folder / "centre.sqlite", isolation_level=None)
    try:
        cohorts = [r[0] for r in conn.execute("SELECT id FROM cohort")]
        rows = []
        for n in range(PEOPLE_STORE - 400):
            female = rng.random() < 0.58
            nid = str(40_000_000 + n)
            stage = rng.choice(("applicant", "trainee", "worker", "worker", "alumnus"))
            rows.append((
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                rng.choice(dd.FEMALE_FIRST if female else dd.MALE_FIRST), rng.choice(dd.LAST),
                "", nid, nid, "national_id",
                f"{rng.randint(1985, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "female" if female else "male", f"+2547{rng.randint(0, 99_999_999):08d}",
                "Nairobi", "", "", "", 0, "", None, "", "", None, stage,
                rng.choice(cohorts) if stage != "applicant" else None,
                "2025-01-06" if stage != "applicant" else None, now, now, "bench", 1))
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO person (uid, first_name, last_name, other_names, national_id, "
            "national_id_norm, id_kind, date_of_birth, gender, phone, county, settlement, "
            "emergency_contact_name, emergency_contact_phone, has_disability, disability_notes,"
            " consent_on, consent_by, guardian_name, guardian_consent_on, stage, cohort_id, "
            "enrolled_on, created_at, updated_at, updated_by, version) VALUES "
            f"({', '.join('?' * 27)})", rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
    ctx._people_store = folder  # type: ignore[attr-defined]
    return folder


def _people_services(folder: Path) -> Any:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.services.base import default_hasher

    services = open_services(resolve_paths(folder))
    services.ctx.hasher = default_hasher()
    services.users.login("supervisor", "demo")
    return services


def _qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _paint_counter_class() -> type:
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        """Counts the paint events of the widget it filters."""

        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return PaintCounter


def _paint_counter() -> Any:
    """A Qt event filter that counts paint events (built when Qt is loaded)."""
    return _paint_counter_class()()


def _floor_page(conn: sqlite3.Connection, where: str = "", params: Sequence[Any] = ()) -> None:
    """What the database alone costs for a page of the People table and its count."""
    clause = f"WHERE {where}" if where else ""
    conn.execute(f"SELECT {PEOPLE_FLOOR_COLUMNS} FROM person p LEFT JOIN cohort c ON "
                 f"c.id = p.cohort_id {clause} ORDER BY p.last_name, p.first_name, p.id "
                 "LIMIT 100", params).fetchall()
    conn.execute(f"SELECT COUNT(*) FROM person p {clause}", params).fetchone()


def _floor_where(term: str) -> tuple[str, list[str]]:
    if not any(ch.isdigit() for ch in term):
        return "(p.first_name LIKE ? OR p.last_name LIKE ?)", [f"%{term}%"] * 2
    upper = term[:-1] + chr(ord(term[-1]) + 1)
    phone = "+254" + term.lstrip("0")
    phone_upper = phone[:-1] + chr(ord(phone[-1]) + 1)
    return ("p.id IN (SELECT id FROM person WHERE national_id_norm >= ? AND national_id_norm "
            "< ? UNION SELECT id FROM person WHERE phone >= ? AND phone < ?)",
            [term, upper, phone, phone_upper])


@benchmark("people_first_paint")
def people_first_paint(ctx: Context) -> Row:
    """Open the People page on 100,000 people: build it, load the first page, paint it; vs
    sqlite3 answering the same page and count."""
    from issp_desktop.ui.pages.people_page import PeoplePage
    from issp_desktop.ui.tasks import TaskRunner

    app = _qt_app()
    folder = people_store(ctx)
    services = _people_services(folder)
    runner = TaskRunner(inline=True)
    conn = sqlite3.connect(folder / "centre.sqlite")
    ours: list[float] = []
    floor: list[float] = []
    try:
        for n in range(ctx.repeat + 1):  # the first of each is a warm-up, not counted
            painted = _paint_counter()
            start = time.perf_counter()
            page = PeoplePage(services, runner)
            page.table.viewport().installEventFilter(painted)
            page.resize(1100, 700)
            page.show()
            page.load()
            app.processEvents()  # lays out and paints the page (asserted below)
            seconds = time.perf_counter() - start
            assert painted.count >= 1, "the table was not painted"
            assert page.model.total == PEOPLE_STORE, page.model.total
            page.close()
            page.deleteLater()
            app.processEvents()
            start = time.perf_counter()
            _floor_page(conn)
            floor_seconds = time.perf_counter() - start
            if n:
                ours.append(seconds)
                floor.append(floor_seconds)
    finally:
        conn.close()
        services.db.dispose()
    return Row(name="people_first_paint", ours=median(ours), floor=median(floor),
               target_abs=0.050, note=f"{PEOPLE_STORE:,} people; page built, first 100 rows "
               "and count loaded, painted; floor = sqlite3 page + count",
               samples_ours=ours, samples_floor=floor,
               details={"qt floor: a bare 100-row QTableView page": _qt_floor_paint(app, 5)})


def _qt_floor_paint(app: Any, repeat: int) -> float:
    """What Qt alone costs to build, show and paint a page with a 100-row table like ours."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

    samples = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(QLabel("<h2>People</h2>"))
        layout.addWidget(QLineEdit())
        layout.addWidget(QComboBox())
        model = QStandardItemModel(100, 7)
        for r in range(100):
            for c in range(7):
                model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
        view = QTableView()
        view.setModel(model)
        layout.addWidget(view, 1)
        widget.resize(1100, 700)
        widget.show()
        app.processEvents()
        samples.append(time.perf_counter() - start)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return median(samples[1:])


@benchmark("people_search")
def people_search(ctx: Context) -> Row:
    """Each keystroke of a search on 100,000 people (names, national IDs, phones): the query,
    the model reset and a repaint, as the debounce timer runs it; vs sqlite3 answering the same
    page and count. A search matching more than a page is counted off the GUI thread (its time
    is in the details), between keystrokes here."""
    from issp_desktop.services.people import PeopleQuery
    from issp_desktop.ui.pages.people_page import PeoplePage
    from issp_desktop.ui.tasks import TaskRunner

    app = _qt_app()
    folder = people_store(ctx)
    services = _people_services(folder)
    conn = sqlite3.connect(folder / "centre.sqlite")
    runner = TaskRunner()
    page = PeoplePage(services, runner)
    page.resize(1100, 700)
    page.show()
    page.load()
    app.processEvents()
    painted = _paint_counter()
    page.table.viewport().installEventFilter(painted)
    worst: dict[str, float] = {}
    ours: list[float] = []
    floor: list[float] = []
    counts: list[float] = []
    try:
        for n in range(ctx.repeat + 1):
            for term in PEOPLE_KEYSTROKES:
                painted.count = 0
                start = time.perf_counter()
                page.search_edit.setText(term)
                page.load()  # what the debounce timer calls after the keystroke
                app.processEvents()  # the model reset repaints the table (asserted below)
                seconds = time.perf_counter() - start
                assert painted.count >= 1, f"the table was not repainted for {term!r}"
                runner.wait_all()  # the count, if any, before the next keystroke
                app.processEvents()
                start = time.perf_counter()
                page.people.count(PeopleQuery(text=term))
                count_seconds = time.perf_counter() - start
                where, params = _floor_where(term)
                start = time.perf_counter()
                _floor_page(conn, where, params)
                floor_seconds = time.perf_counter() - start
                if n:
                    ours.append(seconds)
                    floor.append(floor_seconds)
                    counts.append(count_seconds)
                    worst[term] = max(worst.get(term, 0.0), seconds)
    finally:
        runner.wait_all()
        page.close()
        conn.close()
        services.db.dispose()
    slowest = sorted(worst.items(), key=lambda kv: kv[1], reverse=True)[:3]
    return Row(name="people_search", ours=median(ours), floor=median(floor), target_abs=0.050,
               note=f"median keystroke of {len(PEOPLE_KEYSTROKES)} ('w'…'wanji', '2'…'23456', "
               f"'0'…'07123'); max {max(ours) * 1000:.0f} ms",
               samples_ours=ours, samples_floor=floor,
               details={"max keystroke": max(ours),
                        **{f"slowest '{k}'": v for k, v in slowest},
                        "count off the GUI thread (median)": median(counts),
                        "count off the GUI thread (max)": max(counts)})


def _people_file(folder: Path, rows: int) -> Path:
    import random

    from issp_desktop.domain import demo_data as dd

    rng = random.Random(7)
    path = folder / "people-import.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("national_id,first_name,last_name,date_of_birth,gender,phone,stage,"
                "eligibility_criterion,baseline_monthly_income,household_size,dependents,"
                "disability\n")
        for n in range(rows):
            f.write(f"{60_000_000 + n},{rng.choice(dd.FEMALE_FIRST)},{rng.choice(dd.LAST)},"
                    f"{rng.randint(1985, 2005)}-{rng.randint(1, 12):02d}-"
                    f"{rng.randint(1, 28):02d},female,07{rng.randint(0, 99_999_999):08d},"
                    f"applicant,neet_youth,\"{rng.randint(0, 30_000):,}\","
                    f"{rng.randint(1, 9)},{rng.randint(0, 5)},no\n")
    return path


def _people_floor_import(db: Path, source: Path) -> float:
    """sqlite3 reading the file and inserting the same rows (person, stage change, eligibility,
    baseline survey) in one transaction: no checks at all."""
    import uuid

    now = "2026-11-16T09:00:00.000000+00:00"
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        start = time.perf_counter()
        with source.open(encoding="utf-8", newline="") as f:
            lines = list(csv.reader(f))[1:]
        conn.execute("BEGIN IMMEDIATE")
        first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM person").fetchone()[0]
        conn.executemany(
            "INSERT INTO person (id, uid, first_name, last_name, other_names, national_id, "
            "national_id_norm, id_kind, date_of_birth, gender, phone, county, settlement, "
            "emergency_contact_name, emergency_contact_phone, has_disability, disability_notes,"
            " consent_by, guardian_name, stage, created_at, updated_at, updated_by, version) "
            f"VALUES ({', '.join('?' * 24)})",
            [(first + i, str(uuid.uuid4()), r[1], r[2], "", r[0], r[0], "national_id", r[3],
              r[4], "+254" + r[5][1:], "", "", "", "", 0, "", "", "", r[6], now, now, "b", 1)
             for i, r in enumerate(lines)])
        conn.executemany(
            "INSERT INTO stage_change (person_id, to_stage, changed_on, reason, recorded_at) "
            "VALUES (?, 'applicant', '2026-11-16', 'Imported', ?)",
            [(first + i, now) for i in range(len(lines))])
        conn.executemany(
            "INSERT INTO eligibility_record (person_id, criterion, other_detail, evidence, "
            "verified_by, notes, frozen, recorded_at, recorded_by, version) VALUES "
            "(?, ?, '', 'self_declared', '', '', 0, ?, 'b', 1)",
            [(first + i, r[7], now) for i, r in enumerate(lines)])
        conn.executemany(
            "INSERT INTO survey (person_id, kind, taken_on, employment_status, "
            "monthly_income_cents, household_size, income_dependents, education_level, notes, "
            "frozen, recorded_at, recorded_by, version) VALUES "
            "(?, 'baseline', '2026-11-16', '', ?, ?, ?, '', '', 0, ?, 'b', 1)",
            [(first + i, int(r[8].replace(",", "")) * 100, int(r[9]), int(r[10]), now)
             for i, r in enumerate(lines)])
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


@benchmark("people_import")
def people_import(ctx: Context) -> Row:
    """Import a 10,000-row .csv into the 100,000-person store: read, check every row, look for
    duplicates, back up, insert in one transaction; vs sqlite3 inserting the same rows."""
    import shutil

    from issp_desktop.services.people_io import PeopleIOService

    source = people_store(ctx)
    path = _people_file(ctx.fresh_dir("people-file"), PEOPLE_IMPORT_ROWS)
    ours: list[float] = []
    floor: list[float] = []
    details: list[dict[str, float]] = []
    for _ in range(ctx.repeat):
        folder = ctx.fresh_dir("people-import")
        shutil.copyfile(source / "centre.sqlite", folder / "centre.sqlite")
        services = _people_services(folder)
        phases: dict[str, float] = {}  # when each step began, from the start
        try:
            io = PeopleIOService(services.ctx)
            start = time.perf_counter()
            result = io.import_file(
                path, override_duplicates=True,
                progress=lambda _d, _t, text, seen=phases, t0=start: seen.setdefault(
                    text.rstrip("…"), time.perf_counter() - t0))
            ours.append(time.perf_counter() - start)
        finally:
            services.db.dispose()
        assert result.created == PEOPLE_IMPORT_ROWS, result.problems[:3]
        details.append(phases)
        copy = ctx.fresh_dir("people-import-floor") / "centre.sqlite"
        shutil.copyfile(source / "centre.sqlite", copy)
        floor.append(_people_floor_import(copy, path))
    keys = {k for d in details for k in d}
    return Row(name="people_import", ours=median(ours), floor=median(floor), target_abs=3.0,
               note=f"{PEOPLE_IMPORT_ROWS:,} rows into {PEOPLE_STORE:,} people, backup "
               "included; floor = sqlite3 csv + executemany, no checks",
               samples_ours=ours, samples_floor=floor,
               details={f"ours.'{k}' began at": median([d[k] for d in details if k in d])
                        for k in sorted(keys, key=lambda k: details[0].get(k, 0.0))})



# --- import-time hotspots ----------------------------------------------------------------------

def import_times(data_dir: Path) -> list[tuple[int, int, str]]:
    """``(self_us, cumulative_us, module)`` for every import of the start-up child."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", STARTUP_OURS_CHILD, str(data_dir)],
        capture_output=True, text=True, env=child_env(), cwd=REPO_ROOT,
        timeout=CHILD_TIMEOUT_S, check=False,
    )
    rows: list[tuple[int, int, str]] = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3:
            continue
        with contextlib.suppress(ValueError):
            rows.append((int(parts[0]), int(parts[1]), parts[2].strip()))
    return rows


def print_hotspots(rows: list[tuple[int, int, str]], top: int) -> None:
    total = sum(r[0] for r in rows)
    print()
    print(f"Start-up child imports (python -X importtime, one run; all imports "
          f"{total / 1000:.0f} ms self time, inflated by the tracing):")
    print(f"  {'self ms':>8}  {'cumul ms':>8}  module")
    for self_us, cum_us, name in sorted(rows, key=lambda r: r[0], reverse=True)[:top]:
        print(f"  {self_us / 1000:8.1f}  {cum_us / 1000:8.1f}  {name}")
    packages: dict[str, int] = {}
    for self_us, _cum, name in rows:
        top_name = name.split(".")[0]
        packages[top_name] = packages.get(top_name, 0) + self_us
    print(f"  {'self ms':>8}  {'':>8}  top-level package (sum of its modules)")
    for name, self_us in sorted(packages.items(), key=lambda kv: kv[1], reverse=True)[:top]:
        print(f"  {self_us / 1000:8.1f}  {'':>8}  {name}")


# --- output ------------------------------------------------------------------------------------

def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def fmt_target(row: Row) -> str:
    parts = []
    if row.target_ratio is not None:
        parts.append(f"<= {row.target_ratio:g}x")
    if row.target_abs is not None:
        parts.append(f"<= {fmt_seconds(row.target_abs)}")
    if not parts:
        return "-"
    met = row.met
    verdict = "" if met is None else (" ok" if met else " OVER")
    return " & ".join(parts) + verdict


def print_table(rows: Sequence[Row]) -> None:
    header = ("benchmark", "ours", "floor", "ratio", "target", "note")
    table = [header]
    for row in rows:
        if row.error is not None:
            table.append((row.name, "ERROR", "-", "-", "-", row.error.splitlines()[0]))
            continue
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        table.append((row.name, fmt_seconds(row.ours), fmt_seconds(row.floor), ratio,
                      fmt_target(row), row.note))
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    for i, line in enumerate(table):
        cells = [cell.ljust(w) if j == 0 else cell.rjust(w)
                 for j, (cell, w) in enumerate(zip(line[:-1], widths, strict=True))]
        print("  ".join([*cells, line[-1]]).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * 4)
    for row in rows:
        if row.details:
            figures = ", ".join(f"{k} {fmt_seconds(v)}" for k, v in row.details.items())
            print(f"  {row.name}: {figures}")
        if row.error is not None:
            print(f"  {row.name} failed:\n    " + row.error.replace("\n", "\n    "))


def write_json(path: Path, rows: Sequence[Row], repeat: int) -> None:
    payload = {
        "meta": {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "repeat": repeat,
        },
        "rows": [row.to_json() for row in rows],
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


# --- main --------------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="run.py", description="ISSP Desktop benchmarks (figures against a floor).",
    )
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default all: {', '.join(BENCHMARKS)})")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the rows here")
    parser.add_argument("--repeat", type=int, default=5, metavar="N",
                        help="samples per figure; the median is reported (default 5)")
    parser.add_argument("--imports", type=int, default=0, metavar="N",
                        help="also list the N costliest imports of the start-up child")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; "
                     f"known: {', '.join(BENCHMARKS)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


@contextlib.contextmanager
def scratch_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="issp-bench-") as folder:
        yield Path(folder)


def load_feature_benchmarks() -> None:
    """Import every ``bench_*.py`` beside this file. They ``from run import benchmark, Row,
    Context`` (and any helper here); this module is registered as ``run`` so they share its
    registry whether it runs as a script or is imported."""
    import importlib.util

    sys.modules.setdefault("run", sys.modules[__name__])
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        name = path.stem
        if name in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


def main(argv: Sequence[str] | None = None) -> int:
    load_feature_benchmarks()
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = args.names or list(BENCHMARKS)
    rows: list[Row] = []
    with scratch_dir() as workdir:
        ctx = Context(args.repeat, workdir)
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            try:
                rows.append(BENCHMARKS[name](ctx))
            except Exception as exc:
                traceback.print_exc()
                summary = "".join(traceback.format_exception_only(exc)).strip()
                rows.append(Row(name=name, ours=None, error=summary))
        print(f"\nmedian of {args.repeat} run(s) each; ratio = ours / floor; "
              "times are wall clock and never fail the run")
        print_table(rows)
        if args.imports > 0:
            print_hotspots(import_times(ctx.demo_dir()), args.imports)
    if args.json is not None:
        write_json(args.json, rows, args.repeat)
        print(f"\nwrote {args.json}")
    return 1 if any(row.error is not None for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Roster benchmark: open the week grid for about 200 workers × 7 days.

``roster_open``: build the week tab, read the week (people, shifts, leave: three queries), fill
the grid model and paint it, on a 400-person demo centre (about 200 workers) whose shift table
also holds a year of older history (about 60,000 shifts). Floor, in the same run: the same three
queries in raw sqlite3, plus Qt building and painting a bare QTableView of the same size filled
with strings (a QStandardItemModel)."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

from run import Context, Row, benchmark, median

WEEK = date(2026, 11, 16)
HISTORY_WEEKS = 52


def _store(ctx: Context) -> Path:
    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths

    folder = ctx.fresh_dir("roster")
    services = open_services(resolve_paths(folder), create=True)
    try:
        services.demo.build(400, seed=1, today=WEEK)
    finally:
        services.db.dispose()
    with sqlite3.connect(folder / "centre.sqlite") as conn:  # a year of older history
        cols = ("person_id, template_id, starts_at, ends_at, break_minutes, is_night, note, "
                "override_reason, overtime_approved, created_at, created_by, updated_at, "
                "updated_by, version")
        base = conn.execute("SELECT MIN(starts_at) FROM shift").fetchone()[0]
        for n in range(1, HISTORY_WEEKS // 9 + 1):
            days = 63 * n
            conn.execute(
                f"INSERT INTO shift (uid, {cols}) SELECT lower(hex(randomblob(16))), "
                f"person_id, template_id, strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', "
                f"substr(starts_at, 1, 19), '-{days} days'), strftime("
                f"'%Y-%m-%dT%H:%M:%S.000000+00:00', substr(ends_at, 1, 19), '-{days} days'), "
                "break_minutes, is_night, note, override_reason, overtime_approved, "
                "created_at, created_by, updated_at, updated_by, version FROM shift "
                "WHERE starts_at >= ? AND starts_at < date(?, '+63 days')", (base, base))
        conn.execute("ANALYZE")
    return folder


def _floor_queries(conn: sqlite3.Connection) -> None:
    low, high = "2026-11-15T21:00:00.000000+00:00", "2026-11-22T21:00:00.000000+00:00"
    conn.execute("SELECT * FROM shift_template ORDER BY start_minute, name").fetchall()
    conn.execute("SELECT * FROM shift WHERE starts_at >= ? AND starts_at < ? "
                 "ORDER BY starts_at", (low, high)).fetchall()
    conn.execute("SELECT p.id, p.first_name, p.last_name, p.other_names, p.national_id, "
                 "p.stage, c.name FROM person p LEFT JOIN cohort c ON c.id = p.cohort_id "
                 "WHERE p.erased_at IS NULL AND p.stage = 'worker' ORDER BY p.last_name, "
                 "p.first_name, p.id").fetchall()
    conn.execute("SELECT person_id, starts_on, ends_on, kind FROM leave WHERE starts_on <= ? "
                 "AND ends_on >= ?", ("2026-11-22", "2026-11-16")).fetchall()


def _qt_floor(app: Any, rows: int) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    start = time.perf_counter()
    model = QStandardItemModel(rows, 9)
    for r in range(rows):
        for c in range(9):
            model.setItem(r, c, QStandardItem("M" if c else f"Person {r}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1300, 800)
    view.show()
    app.processEvents()
    seconds = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.processEvents()
    return seconds


@benchmark("roster_open")
def roster_open(ctx: Context) -> Row:
    """Open the roster week grid on ~200 workers with a year of shifts vs raw sqlite3 + Qt."""
    from run import _paint_counter, _qt_app  # type: ignore[attr-defined]

    from issp_desktop.app import open_services
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.services.base import default_hasher
    from issp_desktop.ui.tasks import TaskRunner
    from issp_desktop.ui.widgets.roster_week_tab import RosterWeekTab

    app = _qt_app()
    folder = _store(ctx)
    services = open_services(resolve_paths(folder))
    services.ctx.hasher = default_hasher()
    services.users.login("supervisor", "demo")
    runner = TaskRunner(inline=True)
    conn = sqlite3.connect(folder / "centre.sqlite")
    shifts = conn.execute("SELECT COUNT(*) FROM shift").fetchone()[0]
    ours: list[float] = []
    floor: list[float] = []
    people = 0
    try:
        for n in range(ctx.repeat + 1):  # the first of each is a warm-up
            painted = _paint_counter()
            start = time.perf_counter()
            tab = RosterWeekTab(services, runner)
            tab.view.viewport().installEventFilter(painted)
            tab.resize(1300, 800)
            tab.show()
            tab.go_to(WEEK)
            app.processEvents()
            seconds = time.perf_counter() - start
            assert painted.count >= 1, "the grid was not painted"
            people = tab.model.rowCount()
            assert people >= 150 and tab.model.grid is not None and tab.model.grid.shifts
            tab.close()
            tab.deleteLater()
            app.processEvents()
            start = time.perf_counter()
            _floor_queries(conn)
            sql_seconds = time.perf_counter() - start
            qt_seconds = _qt_floor(app, people)
            if n:
                ours.append(seconds)
                floor.append(sql_seconds + qt_seconds)
    finally:
        conn.close()
        services.db.dispose()
    return Row(name="roster_open", ours=median(ours), floor=median(floor), target_abs=0.150,
               note=f"{people} people × 7 days, {shifts:,} shifts in the table; floor = the "
               "same queries in sqlite3 + a bare QTableView of that size painted",
               samples_ours=ours, samples_floor=floor)

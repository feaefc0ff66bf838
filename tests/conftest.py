"""Shared fixtures: every test gets its own data folder; Qt runs offscreen.

Two stores: with ``ISSP_TEST_PG_URL`` set (a PostgreSQL server URL for a superuser, e.g. from
``bash .ci/postgres.sh url``), the ``paths``/``services``/``demo_services`` fixtures of the
service tests (``tests/services/``, ``tests/db/test_concurrency*.py``) run twice, ids ``sqlite``
and ``pg``. Each PostgreSQL test gets its own database, copied (``CREATE DATABASE ... TEMPLATE``)
from a template migrated once per session (the demo centre likewise), and dropped afterwards.
A test about SQLite itself (files, WAL, backups of the file) is marked ``sqlite_only``. Without
the variable everything runs on SQLite only, as before.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from issp_desktop.app import open_services
from issp_desktop.config.paths import AppPaths, resolve_paths
from issp_desktop.services import Services

DEMO_TODAY = date(2026, 11, 16)
PG_URL_ENV = "ISSP_TEST_PG_URL"
_TWO_STORE_DIRS = ("tests/services/",)
_TWO_STORE_FILES = ("tests/db/test_concurrency",)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite itself (files, WAL, sqlite3); not run on PostgreSQL")


def _runs_on_both(path: Path) -> bool:
    text = path.as_posix()
    return any(d in text for d in _TWO_STORE_DIRS) or any(
        f"{f}" in text for f in _TWO_STORE_FILES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_kind" not in metafunc.fixturenames:
        return
    kinds = ["sqlite"]
    if (os.environ.get(PG_URL_ENV) and _runs_on_both(metafunc.definition.path)
            and metafunc.definition.get_closest_marker("sqlite_only") is None):
        kinds.append("pg")
    if len(kinds) > 1:
        metafunc.parametrize("store_kind", kinds, indirect=True)


@pytest.fixture
def store_kind(request: pytest.FixtureRequest) -> str:
    """Which store the test's database is on: ``sqlite`` (default) or ``pg``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test runs may touch the user's real data folder."""
    monkeypatch.setenv("ISSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ISSP_DB_URL", raising=False)


FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


# --- PostgreSQL: one server, a template per session, a database per test --------------------

class PgServer:
    """The test server: makes and drops databases through a superuser connection. Copies of a
    template are made ahead, one worker thread at a time, so a test rarely waits for one."""

    AHEAD = 2

    def __init__(self, url: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from sqlalchemy.engine import make_url

        from issp_desktop.db.engine import normalise_url

        self.url = make_url(normalise_url(url))
        self.tag = f"{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template = f"issp_tpl_{self.tag}"
        self.demo_template: str | None = None
        self._maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copies")
        self._ahead: dict[str, deque[Future[str]]] = {}

    def db_url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _admin(self, *statements: str) -> None:
        import psycopg

        params = {"host": self.url.host, "port": self.url.port or 5432,
                  "user": self.url.username, "dbname": self.url.database or "postgres"}
        if self.url.password:
            params["password"] = self.url.password
        with psycopg.connect(**params, autocommit=True) as conn:  # type: ignore[arg-type]
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def create(self, name: str, template: str | None = None) -> str:
        self._admin(f"CREATE DATABASE {name} TEMPLATE {template or 'template0'}")
        return name

    def drop(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def new_name(self) -> str:
        return f"t_{self.tag}_{uuid.uuid4().hex[:10]}"

    def take(self, template: str) -> str:
        """A fresh copy of ``template`` (its URL), made ahead when possible."""
        queue = self._ahead.setdefault(template, deque())
        while len(queue) < self.AHEAD + 1:
            queue.append(self._maker.submit(self.create, self.new_name(), template))
        return self.db_url(queue.popleft().result())

    def close(self) -> None:
        for queue in self._ahead.values():
            for future in queue:
                with contextlib.suppress(Exception):
                    self.drop(future.result())
        self._maker.shutdown()
        for name in (self.template, self.demo_template):
            if name:
                self.drop(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL server of ``ISSP_TEST_PG_URL`` with a migrated template database."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL server to test on")
    server = PgServer(url)
    server.create(server.template)
    from issp_desktop.db.store import open_store

    try:
        open_store(server.db_url(server.template), create=True).dispose()  # once a session
        yield server
    finally:
        server.close()


def _pg_demo_template(server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo centre on the server, built once per session (a template database)."""
    if server.demo_template is None:
        name = server.create(f"issp_demo_{server.tag}", server.template)
        data = tmp_path_factory.mktemp("pg-demo-template") / "data"
        data.mkdir(parents=True)
        _build_demo(open_services(replace(resolve_paths(data), db_url=server.db_url(name))))
        server.demo_template = name
    return server.demo_template


@pytest.fixture
def pg_database(pg_server: PgServer, request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh migrated database on the test server (its URL), dropped after the test; for a
    test that uses ``demo_services``, a copy of the demo centre."""
    template = pg_server.template
    if "demo_services" in request.fixturenames:
        template = _pg_demo_template(pg_server, tmp_path_factory)
    url = pg_server.take(template)
    yield url
    from sqlalchemy.engine import make_url

    pg_server.drop(str(make_url(url).database))


# --- the fixtures every test uses ------------------------------------------------------------

@pytest.fixture
def paths(tmp_path: Path, store_kind: str, request: pytest.FixtureRequest) -> AppPaths:
    base = resolve_paths(tmp_path / "data")
    if store_kind != "pg":
        return base
    base.data_dir.mkdir(parents=True, exist_ok=True)
    return replace(base, db_url=request.getfixturevalue("pg_database"))


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    """Services on a fresh database, acting as the system (as at first run). Password hashing
    is made cheap here; tests of the real parameters use ``default_hasher`` explicitly."""
    svc = open_services(paths, create=True)
    svc.ctx.hasher = FAST_HASHER
    yield svc
    svc.db.dispose()


def _build_demo(svc: Services) -> None:
    svc.ctx.hasher = FAST_HASHER
    try:
        svc.demo.build(120, seed=7, today=DEMO_TODAY)
    finally:
        svc.db.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo centre (120 people, seed 7, ``DEMO_TODAY``), built once
    per test session; ``demo_services`` gives each test its own copy."""
    data = tmp_path_factory.mktemp("demo-template") / "data"
    _build_demo(open_services(resolve_paths(data), create=True))
    return data


@pytest.fixture
def demo_services(services: Services, paths: AppPaths, store_kind: str,
                  request: pytest.FixtureRequest) -> Services:
    """``services`` on a private copy of the demo centre (the same object, so a test asking for
    both gets one store)."""
    services.db.dispose()
    if store_kind != "pg":  # (on PostgreSQL ``pg_database`` already is a copy of the demo)
        template_dir: Path = request.getfixturevalue("demo_template")
        for leftover in paths.data_dir.glob("*.sqlite*"):
            leftover.unlink()
        for item in template_dir.iterdir():
            if item.is_file():
                shutil.copy2(item, paths.data_dir / item.name)
    fresh = open_services(paths)
    fresh.ctx.hasher = FAST_HASHER
    vars(services).update(vars(fresh))
    return services


@pytest.fixture
def type_text() -> object:
    return _type_text


def _type_text(qtbot: object, widget: object, text: str) -> None:
    """Type ``text`` key by key like a user. QTest asserts on non-ASCII keys, so those are sent
    as key events carrying their text (as a keyboard layout with ũ/ë would)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)  # type: ignore[attr-defined]
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]

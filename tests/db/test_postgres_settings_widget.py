"""Settings → Database: a manager enters a server, tests the connection (off the GUI thread),
saves it without the password in the settings file; other roles cannot change it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from issp_desktop.db import server
from issp_desktop.domain.access import Actor, Role
from issp_desktop.services import Services
from issp_desktop.ui.tasks import TaskRunner
from issp_desktop.ui.widgets.database_settings import DatabaseSettings


@pytest.fixture
def box(qtbot: object, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> DatabaseSettings:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    widget = DatabaseSettings(services, TaskRunner(inline=True), data_dir=tmp_path / "data")
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    return widget


def _fill(box: DatabaseSettings, host: str, port: int, database: str, user: str,
          password: str) -> None:
    box.host.setText(host)
    box.port.setValue(port)
    box.database.setText(database)
    box.user.setText(user)
    box.password.setText(password)


def test_saving_a_server_keeps_the_password_out_of_the_settings_file(
        box: DatabaseSettings, tmp_path: Path) -> None:
    assert "centre.sqlite" in box.where.text()
    _fill(box, "office-pc", 5433, "issp", "clerk", "Kenya-2026")
    box.remember.setChecked(True)
    box.use_button.click()
    saved = server.settings_path(tmp_path / "data").read_text(encoding="utf-8")
    assert json.loads(saved)["host"] == "office-pc" and "Kenya-2026" not in saved
    assert "next start" in box.result.text() and box.password.text() == ""
    pgpass = (tmp_path / "pgpass").read_text(encoding="utf-8")
    assert pgpass == "office-pc:5433:issp:clerk:Kenya-2026\n"
    assert server.saved_url(tmp_path / "data", {}) == \
        "postgresql+psycopg://clerk@office-pc:5433/issp"
    box.local_button.click()
    assert server.load_settings(tmp_path / "data") is None
    assert "own file" in box.result.text()


def test_bad_fields_are_named_and_nothing_is_saved(box: DatabaseSettings,
                                                   tmp_path: Path) -> None:
    _fill(box, "", 5432, "issp", "clerk", "")
    box.use_button.click()
    assert "host" in box.error.text()
    assert not server.settings_path(tmp_path / "data").exists()


def test_a_server_that_is_down_is_said_plainly(box: DatabaseSettings) -> None:
    _fill(box, "127.0.0.1", 1, "issp", "clerk", "Kenya-2026")
    box.test_button.click()
    assert "Cannot connect" in box.error.text() and "Kenya-2026" not in box.error.text()
    assert box.test_button.isEnabled()


def test_a_reachable_server_says_what_it_holds(box: DatabaseSettings, pg_database: str) -> None:
    url = make_url(pg_database)
    _fill(box, url.host or "", url.port or 5432, url.database or "", url.username or "",
          url.password or "")
    box.test_button.click()
    assert box.error.text() == ""
    assert "Connected to" in box.result.text() and "schema" in box.result.text()


def test_only_a_manager_changes_it(box: DatabaseSettings, services: Services) -> None:
    services.ctx.actor = Actor(2, "sup", Role.SUPERVISOR)
    box.load()
    assert not box.use_button.isEnabled() and not box.host.isEnabled()
    assert box.test_button.isEnabled()
    assert "Only a manager" in box.result.text()


def test_screenshot(box: DatabaseSettings, tmp_path: Path) -> None:
    _fill(box, "office-pc", 5432, "issp", "clerk", "x")
    box.result.setText("Connected to postgresql+psycopg://clerk:***@office-pc:5432/issp "
                       "(PostgreSQL 15.18): schema 0010, the centre 'Mathare Centre'.")
    box.resize(720, box.sizeHint().height())
    out = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
    if os.environ.get("ISSP_SCREENSHOTS"):
        out.mkdir(parents=True, exist_ok=True)
        assert box.grab().save(str(out / "settings-database.png"))
    assert not box.grab().isNull()


# --- start-up on a server ----------------------------------------------------------------------

def test_start_up_with_a_server_that_is_down_shows_a_message(tmp_path: Path) -> None:
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.errors import ServerUnavailableError
    from issp_desktop.ui.launcher import Launcher

    shown: list[BaseException] = []
    paths = resolve_paths(tmp_path / "d", "postgresql://issp:pw-123@127.0.0.1:1/issp")
    launcher = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=lambda _l: None,
                        show_error=lambda _t, exc: shown.append(exc))
    assert launcher.prepare() is None
    assert launcher.exit_code == 3
    assert isinstance(shown[0], ServerUnavailableError) and "pw-123" not in str(shown[0])


def test_start_up_on_a_new_server_database_asks_for_the_centre(
        qtbot: object, tmp_path: Path, pg_database: str) -> None:
    from issp_desktop.config.paths import resolve_paths
    from issp_desktop.services.centre import CentreSetup
    from issp_desktop.services.users import NewUser
    from issp_desktop.ui.launcher import Launcher

    paths = resolve_paths(tmp_path / "d", pg_database)
    manager = NewUser("manager", Role.MANAGER, "Correct-Horse-9", "Grace Wanjirũ")
    launcher = Launcher(paths, runner=TaskRunner(inline=True),
                        ask_centre=lambda _l: (CentreSetup("Kibera Centre"), manager))
    window = launcher.prepare()
    assert window is not None
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.services.centre.require().name == "Kibera Centre"
    assert window.services.db.engine.dialect.name == "postgresql"
    window.services.db.dispose()
    again = Launcher(paths, runner=TaskRunner(inline=True), ask_centre=lambda _l: None)
    second = again.prepare()
    assert second is not None
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert second.services is not None and second.services.centre.require().name == \
        "Kibera Centre"
    second.services.db.dispose()

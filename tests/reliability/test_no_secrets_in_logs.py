"""Passwords and national IDs never reach the log file or the audit trail."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from issp_desktop import app
from issp_desktop.config.paths import resolve_paths
from issp_desktop.domain.access import Role
from issp_desktop.errors import LoginFailedError
from issp_desktop.services import Services
from issp_desktop.services.privacy import PersonCorrection
from issp_desktop.services.users import NewUser


def test_secrets_stay_out_of_logs_and_audit(demo_services: Services, tmp_path: Path) -> None:
    root = logging.getLogger()
    saved = list(root.handlers)
    app.configure_logging(resolve_paths(tmp_path / "logdir"))
    try:
        logging.getLogger("issp").setLevel(logging.DEBUG)
        demo_services.users.login("manager", "demo")
        demo_services.users.add(NewUser("wairimu", Role.TRAINER, "S3cret-horse-battery"))
        with pytest.raises(LoginFailedError):
            demo_services.users.login("wairimu", "Wr0ng-guess-123")
        demo_services.users.login("manager", "demo")
        person = demo_services.privacy.find("a")[0]
        demo_services.privacy.correct(person.id, PersonCorrection(
            "Wairimũ", "Ndung'u", national_id="99887766"), person.version)
        demo_services.privacy.erase(person.id, "request")
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_issp", False):
                handler.close()
                root.removeHandler(handler)
        root.handlers[:] = saved
    log_text = "".join(p.read_text(encoding="utf-8") for p in
                       (tmp_path / "logdir" / "logs").glob("issp.log*"))
    with demo_services.db.engine.connect() as conn:
        trail = " ".join(str(tuple(r)) for r in conn.execute(text("SELECT * FROM audit_entry")))
    for secret in ("S3cret-horse-battery", "Wr0ng-guess-123", "99887766", "demo\"",
                   "Wairimũ"):
        assert secret not in log_text, secret
        assert secret not in trail, secret
    assert "privacy.erase" in trail and "users.add" in trail

"""Use cases. Each method validates, authorises, writes in one transaction (with its audit
entry) and returns plain data.

``Services`` bundles them for one open store; ``app.py`` and ``cli.py`` build it once. They
share one ``Context``, whose ``actor`` is whoever is signed in.
"""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

from issp_desktop.db.engine import Database
from issp_desktop.domain.access import SYSTEM, Actor
from issp_desktop.services.admin import DatabaseService
from issp_desktop.services.attendance import AttendanceService
from issp_desktop.services.audit import AuditService
from issp_desktop.services.backup import BackupService
from issp_desktop.services.base import Context, default_hasher
from issp_desktop.services.centre import CentreService
from issp_desktop.services.certificates import CertificateService
from issp_desktop.services.dashboard import DashboardService
from issp_desktop.services.deliverables import DeliverablesService
from issp_desktop.services.demo import DemoService
from issp_desktop.services.encryption import EncryptionService
from issp_desktop.services.exchange import ExchangeService
from issp_desktop.services.impact import ImpactService
from issp_desktop.services.payroll import PayrollService
from issp_desktop.services.people import PeopleService
from issp_desktop.services.people_io import PeopleIOService
from issp_desktop.services.privacy import PrivacyService
from issp_desktop.services.roster import RosterService
from issp_desktop.services.training import TrainingService
from issp_desktop.services.users import UserService


class Services:
    def __init__(self, db: Database, backups_dir: Path, *, actor: Actor = SYSTEM,
                 hasher: PasswordHasher | None = None) -> None:
        self.ctx = Context(db, backups_dir, actor, hasher or default_hasher(), db.opener)
        self.centre = CentreService(self.ctx)
        self.dashboard = DashboardService(self.ctx)
        self.admin = DatabaseService(self.ctx)
        self.demo = DemoService(self.ctx)
        self.users = UserService(self.ctx)
        self.audit = AuditService(self.ctx)
        self.backups = BackupService(self.ctx)
        self.privacy = PrivacyService(self.ctx)
        self.encryption = EncryptionService(self.ctx)
        self.training = TrainingService(self.ctx)
        self.people = PeopleService(self.ctx)
        self.people_io = PeopleIOService(self.ctx)
        self.roster = RosterService(self.ctx)
        self.attendance = AttendanceService(self.ctx)
        self.deliverables = DeliverablesService(self.ctx)
        self.certificates = CertificateService(self.ctx)
        self.payroll = PayrollService(self.ctx)
        self.impact = ImpactService(self.ctx)
        self.exchange = ExchangeService(self.ctx)

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def backups_dir(self) -> Path:
        return self.ctx.backups_dir

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

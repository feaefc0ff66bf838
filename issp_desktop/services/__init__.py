"""Use cases. Each method validates, writes in one transaction and returns plain data.

``Services`` bundles them for one open store; ``app.py`` and ``cli.py`` build it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from issp_desktop.db.engine import Database
from issp_desktop.services.admin import DatabaseService
from issp_desktop.services.centre import CentreService
from issp_desktop.services.dashboard import DashboardService
from issp_desktop.services.demo import DemoService


@dataclass
class Services:
    db: Database
    backups_dir: Path
    centre: CentreService = field(init=False)
    dashboard: DashboardService = field(init=False)
    admin: DatabaseService = field(init=False)
    demo: DemoService = field(init=False)

    def __post_init__(self) -> None:
        self.centre = CentreService(self.db)
        self.dashboard = DashboardService(self.db)
        self.admin = DatabaseService(self.db, self.backups_dir)
        self.demo = DemoService(self.db)

"""SQLModel tables, one module per feature. Importing this package registers them all."""

from sqlmodel import SQLModel

from issp_desktop.db.models.centre import Centre
from issp_desktop.db.models.people import Cohort, Person, StageChange
from issp_desktop.db.models.security import AuditEntry, User

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "Centre", "Cohort", "Person", "StageChange", "User", "metadata"]

"""SQLModel tables, one module per feature. Importing this package registers them all."""

from sqlmodel import SQLModel

from issp_desktop.db.models.centre import Centre
from issp_desktop.db.models.impact import EligibilityRecord, PersonPhoto, Survey
from issp_desktop.db.models.people import Cohort, Person, StageChange
from issp_desktop.db.models.security import AuditEntry, User
from issp_desktop.db.models.training import (
    Assessment,
    CohortModule,
    Module,
    RollCall,
    Stipend,
    TrainingSession,
)

metadata = SQLModel.metadata

__all__ = [
    "Assessment", "AuditEntry", "Centre", "Cohort", "CohortModule", "EligibilityRecord",
    "Module", "Person", "PersonPhoto", "RollCall", "StageChange", "Stipend", "Survey",
    "TrainingSession", "User", "metadata",
]

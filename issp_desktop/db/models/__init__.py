"""SQLModel tables, one module per feature. Importing this package registers them all."""

from sqlmodel import SQLModel

from issp_desktop.db.models import (  # noqa: F401  (register their tables)
    certificates,
    deliverables,
    exchange,
    impact_benchmarks,
    payroll,
)
from issp_desktop.db.models.centre import Centre
from issp_desktop.db.models.impact import EligibilityRecord, PersonPhoto, Survey
from issp_desktop.db.models.people import Cohort, Person, StageChange
from issp_desktop.db.models.roster import (
    ClockEvent,
    Downtime,
    Leave,
    PublicHoliday,
    RosterSettings,
    Shift,
    ShiftSwap,
    ShiftTemplate,
)
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
    "Assessment", "AuditEntry", "Centre", "ClockEvent", "Cohort", "CohortModule", "Downtime",
    "EligibilityRecord", "Leave", "Module", "Person", "PersonPhoto", "PublicHoliday", "RollCall",
    "RosterSettings", "Shift", "ShiftSwap", "ShiftTemplate", "StageChange", "Stipend", "Survey",
    "TrainingSession", "User", "metadata",
]

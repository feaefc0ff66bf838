"""SQLModel tables, one module per feature. Importing this package registers them all."""

from sqlmodel import SQLModel

from issp_desktop.db.models.centre import Centre
from issp_desktop.db.models.people import Cohort, Person, StageChange

metadata = SQLModel.metadata

__all__ = ["Centre", "Cohort", "Person", "StageChange", "metadata"]

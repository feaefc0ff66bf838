"""Training: cohorts and their curriculum, modules, assessments, sessions with roll-call,
each trainee's progress, and stipends.

The use cases live in two rooms, put together here as one service:
``training_cohorts`` (cohorts, modules, curriculum, progress figures) and ``training_records``
(assessments, sessions and roll-call, stipends). Inputs and rows are in ``training_types``;
the parsing of typed values (scores, speeds, accuracies) in ``training_rules``; the counting
in ``training_progress``.
"""

from __future__ import annotations

from issp_desktop.services.training_cohorts import CohortUseCases
from issp_desktop.services.training_records import RecordUseCases
from issp_desktop.services.training_types import (
    AssessmentEntry,
    AssessmentGrid,
    BatchError,
    CohortInput,
    CohortProgress,
    CohortRow,
    EntryProblem,
    GridCell,
    ModuleInput,
    ModuleKind,
    ModuleRow,
    RollCallSheet,
    SavedAssessments,
    SessionInput,
    SessionRow,
    StipendInput,
    StipendKind,
    StipendList,
    StipendRow,
    TraineeBrief,
    TraineeProgress,
)

__all__ = [
    "AssessmentEntry", "AssessmentGrid", "BatchError", "CohortInput", "CohortProgress",
    "CohortRow", "EntryProblem", "GridCell", "ModuleInput", "ModuleKind", "ModuleRow",
    "RollCallSheet", "SavedAssessments", "SessionInput", "SessionRow", "StipendInput",
    "StipendKind", "StipendList", "StipendRow", "TraineeBrief", "TraineeProgress",
    "TrainingService",
]


class TrainingService(CohortUseCases, RecordUseCases):
    """Everything a trainer does with a cohort; see the two parts for the use cases."""

"""The training table models hold to Qt's model contract (qtmodeltester), filled from the
demo centre, and say what they show in words."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from issp_desktop.domain.people import Attendance
from issp_desktop.services import Services
from issp_desktop.services.training import SessionInput, TrainingService
from issp_desktop.ui.models.assessment_grid_model import AssessmentGridModel
from issp_desktop.ui.models.cohort_list_model import CohortListModel
from issp_desktop.ui.models.cohort_progress_model import CohortProgressModel
from issp_desktop.ui.models.roll_call_model import RollCallModel
from issp_desktop.ui.models.stipend_model import StipendModel


@pytest.fixture
def training(demo_services: Services) -> TrainingService:
    demo_services.users.login("manager", "demo")
    return TrainingService(demo_services.ctx)


def test_cohort_list_model(qtmodeltester: Any, training: TrainingService) -> None:
    model = CohortListModel()
    model.set_rows(training.list_cohorts())
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    assert model.index(0, 3).data().endswith(f"/ {model.rows[0].capacity}")
    assert model.row_of(model.rows[3].id) == 3
    model.set_rows([])
    qtmodeltester.check(model)


def test_cohort_progress_model(qtmodeltester: Any, training: TrainingService) -> None:
    cohort = training.list_cohorts()[0]
    model = CohortProgressModel()
    model.set_rows(training.cohort_progress(cohort.id).trainees)
    qtmodeltester.check(model)
    risky = next(r for r in range(model.rowCount()) if model.rows[r].at_risk)
    assert model.index(risky, 5).data().startswith("⚠ At risk")
    assert model.index(risky, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "excused" in model.index(risky, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_assessment_grid_model(qtmodeltester: Any, training: TrainingService) -> None:
    cohort = training.list_cohorts()[0]
    model = AssessmentGridModel()
    model.set_grid(training.assessment_grid(cohort.id))
    model.editable = True
    qtmodeltester.check(model)
    assert model.columnCount() == 7  # typing takes two columns
    assert model.headerData(0, Qt.Orientation.Vertical) == model.grid.trainees[0].name  # type: ignore[union-attr]
    index = model.index(0, 2)
    assert model.setData(index, " 64 ")
    assert model.index(0, 2).data() == "64 •"
    assert not model.setData(index, "sixty")
    assert "not a whole number" in (model.take_refusal() or "")
    assert model.setData(index, "")  # clearing drops the pending entry
    assert model.pending == {}
    qtmodeltester.check(model)
    model.set_grid(None)
    qtmodeltester.check(model)


def test_roll_call_model(qtmodeltester: Any, training: TrainingService) -> None:
    cohort = training.list_cohorts()[0]
    session = training.create_session(cohort.id, SessionInput(cohort.start_date, 60, "Check"))
    model = RollCallModel()
    model.set_sheet(training.roll_call(session.id))
    model.editable = True
    qtmodeltester.check(model)
    assert model.unmarked() == model.rowCount() > 0
    assert model.mark(0, Attendance.LATE) and model.is_dirty()
    assert model.index(0, 1).data() == "Late (L) •"
    assert "not saved yet" in model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.mark_rest(Attendance.PRESENT) == model.rowCount() - 1
    qtmodeltester.check(model)


def test_stipend_model(qtmodeltester: Any, training: TrainingService, qtbot: QtBot) -> None:
    cohort = training.list_cohorts()[0]
    model = StipendModel()
    model.set_rows(training.list_stipends(cohort.id).rows)
    qtmodeltester.check(model)
    assert model.rowCount() > 0 and model.index(0, 2).data() == "Transport"

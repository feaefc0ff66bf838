"""Shared by the UI tests: how each dialog under ``ui/dialogs`` is built with the demo
centre's data (the accessibility walk and the pseudo-translation test both open them all)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog

from issp_desktop.services import Services
from issp_desktop.ui.tasks import TaskRunner


def build_dialog_factories(s: Services, runner: TaskRunner) -> dict[str, Callable[[], QDialog]]:
    """How each dialog under ``ui/dialogs`` is built, with the demo centre's data."""
    from issp_desktop.ui.dialogs import (
        badge_dialog,
        batch_dialog,
        batch_workers_dialog,
        benchmark_dialog,
        benchmark_editor_dialog,
        change_password_dialog,
        client_dialog,
        cohort_dialog,
        downtime_dialog,
        exchange_dialog,
        first_run_dialog,
        help_dialog,
        holiday_dialog,
        import_wizard,
        leave_dialog,
        login_dialog,
        module_dialog,
        pay_terms_dialog,
        payroll_item_dialog,
        person_dialog,
        person_eligibility_dialog,
        person_stage_dialog,
        person_survey_dialog,
        privacy_dialog,
        project_dialog,
        punch_correction_dialog,
        qa_category_dialog,
        qa_check_dialog,
        recovery_key_dialog,
        restore_dialog,
        roster_assign_dialog,
        roster_repeat_dialog,
        shift_dialog,
        shift_template_dialog,
        swap_dialog,
        training_session_dialog,
        user_dialog,
        worklog_dialog,
        worklog_worker_dialog,
    )

    tz = ZoneInfo(s.roster.time_zone())
    today = s.roster.today_local()
    monday = today - timedelta(days=today.weekday())
    cohorts = s.training.list_cohorts()
    modules = s.training.list_modules(include_retired=False)
    people = s.roster.workers()
    person = s.people.get(people[0].id)
    batches = s.deliverables.board().rows
    detail = s.deliverables.batch_detail(batches[0].id)
    payees = s.payroll.payees()
    period = s.payroll.periods()[0]

    def swap() -> QDialog:
        grid = s.roster.week(monday - timedelta(days=7))
        shift = grid.shifts[0]
        holder = next(p.name for p in grid.people if p.id == shift.person_id)
        return swap_dialog.SwapDialog(s.roster, runner, shift, holder, list(grid.people),
                                      list(grid.shifts), tz, "Grace")

    return {
        "BadgeDialog": lambda: badge_dialog.BadgeDialog(s.attendance, runner,
                                                        s.attendance.badges()[0]),
        "BatchDialog": lambda: batch_dialog.BatchDialog(s.deliverables,
                                                        s.deliverables.list_projects()),
        "BatchWorkersDialog": lambda: batch_workers_dialog.BatchWorkersDialog(
            s.deliverables, detail),
        "BenchmarkDialog": lambda: benchmark_dialog.BenchmarkDialog(s.impact),
        "BenchmarkEditorDialog": lambda: benchmark_editor_dialog.BenchmarkEditorDialog(
            s.impact),
        "ChangePasswordDialog": lambda: change_password_dialog.ChangePasswordDialog(s, runner),
        "ClientDialog": lambda: client_dialog.ClientDialog(s.deliverables),
        "CohortDialog": lambda: cohort_dialog.CohortDialog(
            s.training, runner, cohorts[0], modules=modules, trainers=s.training.trainer_names()),
        "DowntimeDialog": lambda: downtime_dialog.DowntimeDialog(
            s.roster, runner, tz, datetime.now(tz)),
        "ExchangeDialog": lambda: exchange_dialog.ExchangeDialog(s, runner),
        "FirstRunDialog": lambda: first_run_dialog.FirstRunDialog("/tmp/centre.sqlite"),
        "HelpDialog": lambda: help_dialog.HelpDialog("impact-figures", "Impact figures"),
        "HolidayDialog": lambda: holiday_dialog.HolidayDialog(s.attendance, runner,
                                                              date(today.year, 1, 1)),
        "ImportWizard": lambda: import_wizard.ImportWizard(s.people_io, runner),
        "LeaveDialog": lambda: leave_dialog.LeaveDialog(s.roster, runner, people, today),
        "LoginDialog": lambda: login_dialog.LoginDialog(s, runner, centre_name="Demo"),
        "ModulesDialog": lambda: module_dialog.ModulesDialog(s.training, runner),
        "PayTermsDialog": lambda: pay_terms_dialog.PayTermsDialog(s.payroll, payees),
        "PayrollItemDialog": lambda: payroll_item_dialog.PayrollItemDialog(
            s.payroll, period.id, payees),
        "PersonDialog": lambda: person_dialog.PersonDialog(s, runner, person.id),
        "PersonEligibilityDialog": lambda: person_eligibility_dialog.PersonEligibilityDialog(
            s.people, runner, person.id, person.eligibility[0] if person.eligibility else None,
            True),
        "PersonStageDialog": lambda: person_stage_dialog.PersonStageDialog(
            s.people, runner, person, today),
        "PersonSurveyDialog": lambda: person_survey_dialog.PersonSurveyDialog(
            s.people, runner, person.id, None, today),
        "CorrectionDialog": lambda: privacy_dialog.CorrectionDialog(
            {"first_name": "Amina", "last_name": "Otieno"}),
        "PrivacyDialog": lambda: privacy_dialog.PrivacyDialog(s, runner),
        "ProjectDialog": lambda: project_dialog.ProjectDialog(
            s.deliverables, s.deliverables.list_clients()),
        "PunchCorrectionDialog": lambda: punch_correction_dialog.PunchCorrectionDialog(
            s.attendance, runner, tz, [(p.id, p.name) for p in people], today),
        "QaCategoryDialog": lambda: qa_category_dialog.QaCategoryDialog(s.deliverables, None),
        "QaCheckDialog": lambda: qa_check_dialog.QaCheckDialog(
            s.deliverables, detail, s.deliverables.list_categories()),
        "RecoveryKeyDialog": lambda: recovery_key_dialog.RecoveryKeyDialog(
            "ABCD-EFGH-IJKL-MNOP", centre="Demo", key_id="k1", location="/tmp/c.sqlite"),
        "RestoreDialog": lambda: restore_dialog.RestoreDialog(s, runner),
        "RosterAssignDialog": lambda: roster_assign_dialog.RosterAssignDialog(
            [(c.id, c.name) for c in cohorts], s.roster.templates(),
            [monday + timedelta(days=d) for d in range(7)]),
        "RosterRepeatDialog": lambda: roster_repeat_dialog.RosterRepeatDialog(monday),
        "ShiftDialog": lambda: shift_dialog.ShiftDialog("Amina, Mon", "bring a badge"),
        "ShiftTemplateDialog": lambda: shift_template_dialog.ShiftTemplateDialog(s.roster,
                                                                                 runner),
        "SwapDialog": swap,
        "TrainingSessionDialog": lambda: training_session_dialog.TrainingSessionDialog(
            s.training, runner, cohorts[0], modules),
        "UserDialog": lambda: user_dialog.UserDialog(),
        "UserDialog (reset)": lambda: user_dialog.UserDialog(username="clerk"),
        "WorkLogDialog": lambda: worklog_dialog.WorkLogDialog(s.deliverables, detail),
        "WorkerDayDialog": lambda: worklog_worker_dialog.WorkerDayDialog(s.deliverables,
                                                                         day=today),
    }


@pytest.fixture
def dialog_factories() -> Callable[[Services, TaskRunner], dict[str, Callable[[], QDialog]]]:
    return build_dialog_factories

from __future__ import annotations

from issp_desktop.domain.stages import ALLOWED_MOVES, Stage, can_move, needs_exit_kind


def test_path_through_the_centre() -> None:
    assert can_move(Stage.APPLICANT, Stage.TRAINEE)
    assert can_move(Stage.TRAINEE, Stage.WORKER)
    assert can_move(Stage.WORKER, Stage.ALUMNUS)
    assert can_move(Stage.ALUMNUS, Stage.WORKER)  # re-hire


def test_no_move_to_the_same_stage_or_back_to_applicant() -> None:
    for stage, targets in ALLOWED_MOVES.items():
        assert stage not in targets
        assert Stage.APPLICANT not in targets


def test_only_leaving_needs_an_exit_kind() -> None:
    assert needs_exit_kind(Stage.ALUMNUS)
    assert not needs_exit_kind(Stage.WORKER)

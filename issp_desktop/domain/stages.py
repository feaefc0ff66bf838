"""The path a person takes through a centre: applicant → trainee → worker → alumnus."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    APPLICANT = "applicant"
    TRAINEE = "trainee"
    WORKER = "worker"
    ALUMNUS = "alumnus"


class ExitKind(StrEnum):
    """Why somebody left: a positive exit is reported apart from attrition."""

    POSITIVE = "positive"
    VOLUNTARY = "voluntary"
    INVOLUNTARY = "involuntary"


STAGE_ORDER: tuple[Stage, ...] = (Stage.APPLICANT, Stage.TRAINEE, Stage.WORKER, Stage.ALUMNUS)

# Which moves are allowed. An applicant may be hired directly (experienced typist), anybody may
# leave, and an alumnus may come back as a trainee or worker (re-hire).
ALLOWED_MOVES: dict[Stage, frozenset[Stage]] = {
    Stage.APPLICANT: frozenset({Stage.TRAINEE, Stage.WORKER, Stage.ALUMNUS}),
    Stage.TRAINEE: frozenset({Stage.WORKER, Stage.ALUMNUS}),
    Stage.WORKER: frozenset({Stage.ALUMNUS}),
    Stage.ALUMNUS: frozenset({Stage.TRAINEE, Stage.WORKER}),
}


def can_move(current: Stage, target: Stage) -> bool:
    return target in ALLOWED_MOVES[current]


def needs_exit_kind(target: Stage) -> bool:
    return target is Stage.ALUMNUS

"""Pure rules for training input: what a score, a typing speed and an accuracy may be, and how
text typed into the assessment grid becomes numbers. No I/O; each bad value raises
``ValidationError`` naming the field."""

from __future__ import annotations

import re

from issp_desktop.domain.people import Attendance, parse_count
from issp_desktop.domain.stages import Stage
from issp_desktop.errors import ValidationError

MAX_SCORE = 100
MAX_WPM = 250
MAX_ACCURACY_BP = 10_000  # 100.00 %
MAX_HOURS = 2_000
MAX_CAPACITY = 1_000
MAX_SESSION_MINUTES = 24 * 60

SCORE = "score"
WPM = "words per minute"
ACCURACY = "accuracy %"

# Stages of the people still in training: a roll-call lists them (workers and alumni of a
# cohort are not asked for again), and "every current trainee" gets a stipend.
TAKING_PART = frozenset({Stage.APPLICANT.value, Stage.TRAINEE.value})

# One keystroke per status on the roll-call screen.
STATUS_KEYS: dict[str, Attendance] = {
    "P": Attendance.PRESENT,
    "L": Attendance.LATE,
    "A": Attendance.ABSENT,
    "E": Attendance.EXCUSED,
}

_ACCURACY = re.compile(r"^(\d{1,3})(?:\.(\d+))?\s*%?$")


def parse_score(raw: str) -> int:
    """A test score: a whole number 0–100."""
    return parse_count(SCORE, raw, low=0, high=MAX_SCORE)


def parse_wpm(raw: str) -> int:
    """Typing speed: whole words per minute, 0–250."""
    return parse_count(WPM, raw, low=0, high=MAX_WPM)


def parse_accuracy_bp(raw: str, field: str = ACCURACY) -> int:
    """``95``, ``95.5``, ``95.25`` or ``95.25 %`` -> basis points (9525). 0–100, at most two
    decimals (more would be stored rounded, silently: refused instead)."""
    text = raw.strip()
    match = _ACCURACY.match(text)
    if not match:
        raise ValidationError(field, f"'{raw}' is not a percentage (e.g. 95 or 96.5)")
    whole, decimals = match.group(1), match.group(2) or ""
    if len(decimals) > 2:
        raise ValidationError(field, f"'{raw}' has more than 2 decimals")
    bp = int(whole) * 100 + int(decimals.ljust(2, "0"))
    if bp > MAX_ACCURACY_BP:
        raise ValidationError(field, f"'{raw}' is over 100 %")
    return bp


def format_accuracy(bp: int | None) -> str:
    """9550 -> ``95.5``; 9500 -> ``95``; None -> ``""``."""
    if bp is None:
        return ""
    whole, cents = divmod(bp, 100)
    return f"{whole}" if cents == 0 else f"{whole}.{cents:02d}".rstrip("0")


def format_pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def check_range(field: str, value: object, low: int, high: int) -> int:
    """An int already parsed (from the API or the grid) within ``low``–``high``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, f"'{value}' is not a whole number")
    if not low <= value <= high:
        raise ValidationError(field, f"{value} is outside {low}–{high}")
    return value


def check_accuracy_bp(field: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, f"'{value}' is not a percentage")
    if not 0 <= value <= MAX_ACCURACY_BP:
        raise ValidationError(field, f"{value / 100:g} % is outside 0–100 %")
    return value


def parse_status(raw: str) -> Attendance:
    """``present``/``late``/``absent``/``excused`` or their one-letter key."""
    text = raw.strip()
    if text.upper() in STATUS_KEYS:
        return STATUS_KEYS[text.upper()]
    try:
        return Attendance(text.lower())
    except ValueError:
        raise ValidationError("attendance", f"'{raw}' is not present, late, absent or "
                              "excused") from None

"""Rules for people's records: names, IDs, phones, dates, amounts, and the impact profile's
vocabularies. Pure functions; each bad value raises ``ValidationError`` naming the field."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from issp_desktop.domain.text import clean_name, has_invisible
from issp_desktop.errors import ValidationError

MAX_NAME = 100
MIN_AGE = 15
ADULT_AGE = 18
MAX_CENTS = 10**15  # far beyond any wage; keeps sums inside 64-bit integers


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSAID = "unsaid"


class IdKind(StrEnum):
    NATIONAL_ID = "national_id"
    BIRTH_CERTIFICATE = "birth_certificate"
    PASSPORT = "passport"
    NONE = "none"


class Criterion(StrEnum):
    """Eligibility criteria met at intake (Global Impact Sourcing Coalition definition)."""

    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    BELOW_POVERTY_LINE = "below_poverty_line"
    DISABILITY = "disability"
    NEET_YOUTH = "neet_youth"  # youth not in employment, education or training
    OTHER = "other"


CRITERION_TITLES = {
    Criterion.LONG_TERM_UNEMPLOYED: "Long-term unemployed",
    Criterion.BELOW_POVERTY_LINE: "Below the poverty line",
    Criterion.DISABILITY: "Person with disability",
    Criterion.NEET_YOUTH: "Youth not in employment, education or training",
    Criterion.OTHER: "Other recognised disadvantage",
}


class Evidence(StrEnum):
    SELF_DECLARED = "self_declared"
    DOCUMENT = "document"
    HOME_VISIT = "home_visit"
    POVERTY_SCORE = "poverty_score"


class SurveyKind(StrEnum):
    BASELINE = "baseline"
    FOLLOWUP_6M = "followup_6m"
    FOLLOWUP_12M = "followup_12m"
    EXIT = "exit"
    OTHER = "other"


class EmploymentStatus(StrEnum):
    UNEMPLOYED = "unemployed"
    CASUAL = "casual"
    INFORMAL = "informal"
    FORMAL = "formal"
    SELF_EMPLOYED = "self_employed"
    STUDENT = "student"


class Education(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    CERTIFICATE = "certificate"
    DIPLOMA = "diploma"
    DEGREE = "degree"


class Attendance(StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"


def check_name(field: str, raw: str, *, required: bool = True) -> str:
    """NFC, trimmed; refuses invisible/direction characters, empty (if required), > 100."""
    if has_invisible(raw):
        raise ValidationError(field, "contains invisible or direction-changing characters")
    name = clean_name(raw)
    if required and not name:
        raise ValidationError(field, "must not be empty")
    if len(name) > MAX_NAME:
        raise ValidationError(field, f"is {len(name):,} characters long; at most {MAX_NAME}")
    if any(ch.isdigit() for ch in name):
        raise ValidationError(field, "must not contain digits")
    return name


_DIGITS = re.compile(r"\D")


def normalise_phone(raw: str, country: str = "KE") -> str:
    """A phone number in international form, e.g. ``+254712345678``. Empty stays empty.

    Kenyan numbers may be typed 0712 345 678, 712345678, 254712345678 or +254 712 345 678."""
    text = raw.strip()
    if not text:
        return ""
    if has_invisible(text) or re.search(r"[^\d\s+\-().]", text):
        raise ValidationError("phone", f"'{raw}' is not a phone number")
    digits = _DIGITS.sub("", text)
    if country == "KE":
        if digits.startswith("254"):
            digits = digits[3:]
        elif digits.startswith("0"):
            digits = digits[1:]
        if len(digits) != 9 or digits[0] not in "17":
            raise ValidationError("phone", f"'{raw}' is not a Kenyan mobile number "
                                  "(e.g. 0712 345 678 or +254 712 345 678)")
        return "+254" + digits
    if not text.startswith("+") or not 8 <= len(digits) <= 15:
        raise ValidationError("phone", f"'{raw}' must be in international form, e.g. +256...")
    return "+" + digits


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


def parse_date(field: str, raw: str) -> date:
    """YYYY-MM-DD or DD/MM/YYYY."""
    match = _ISO.match(raw)
    if match:
        y, m, d = (int(g) for g in match.groups())
    else:
        match = _DMY.match(raw)
        if not match:
            raise ValidationError(field, f"'{raw}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
        d, m, y = (int(g) for g in match.groups())
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise ValidationError(field, f"'{raw}' is not a real date") from exc


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def check_birth_date(born: date, today: date) -> date:
    if born > today:
        raise ValidationError("date of birth", "is in the future")
    if age_on(born, today) < MIN_AGE:
        raise ValidationError("date of birth", f"means the person is under {MIN_AGE}")
    if age_on(born, today) > 100:
        raise ValidationError("date of birth", "means the person is over 100")
    return born


def is_minor(born: date | None, today: date) -> bool:
    return born is not None and age_on(born, today) < ADULT_AGE


_AMOUNT = re.compile(r"^(?:[A-Za-z]{3}\s*)?([0-9][0-9,\s\u00a0\u202f]*)(?:\.(\d{1,2}))?$")


def parse_amount_cents(field: str, raw: str) -> int:
    """``12000``, ``12,000.50``, ``KES 12 000`` -> cents. Refuses negatives and non-numbers."""
    text = raw.strip()
    if text.startswith("-") or "(" in text:
        raise ValidationError(field, f"'{raw}' is negative")
    match = _AMOUNT.match(text)
    if not match:
        raise ValidationError(field, f"'{raw}' is not an amount (e.g. 12000 or 12,000.50)")
    whole = re.sub(r"[,\s\u00a0\u202f]", "", match.group(1))
    if "," in match.group(1) and not re.fullmatch(r"\d{1,3}(,\d{3})+", match.group(1).strip()):
        raise ValidationError(field, f"'{raw}' has its thousands separators in the wrong places")
    cents = int(whole) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if cents >= MAX_CENTS:
        raise ValidationError(field, f"'{raw}' is too large")
    return cents


def parse_count(field: str, raw: str, *, low: int = 0, high: int = 100) -> int:
    text = raw.strip()
    if not re.fullmatch(r"\d+", text):
        raise ValidationError(field, f"'{raw}' is not a whole number")
    value = int(text)
    if not low <= value <= high:
        raise ValidationError(field, f"{value} is outside {low}–{high}")
    return value


# --- training rules ----------------------------------------------------------------------------

def module_passed(kind: str, pass_mark: int, min_wpm: int | None, min_accuracy_bp: int | None,
                  score: int | None, wpm: int | None, accuracy_bp: int | None) -> bool:
    """A typing module is passed at or above its speed and accuracy; a test at its pass mark."""
    if kind == "typing":
        if wpm is None or accuracy_bp is None:
            return False
        return wpm >= (min_wpm or 0) and accuracy_bp >= (min_accuracy_bp or 0)
    return score is not None and score >= pass_mark


def attendance_pct(present: int, late: int, absent: int) -> float | None:
    """Attended (present or late) ÷ sessions that counted; excused sessions do not count."""
    counted = present + late + absent
    if counted == 0:
        return None
    return 100.0 * (present + late) / counted


def programme_complete(modules_total: int, modules_passed: int, attendance: float | None,
                       threshold_pct: int) -> bool:
    return (modules_total > 0 and modules_passed >= modules_total
            and attendance is not None and attendance >= threshold_pct)


def at_risk(attendance: float | None, threshold_pct: int, failed_modules: int) -> bool:
    return failed_modules > 0 or (attendance is not None and attendance < threshold_pct)

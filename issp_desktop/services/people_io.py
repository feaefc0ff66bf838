"""What comes into the people registry and what goes out: the typed inputs and the checks every
input passes (form, command line or file); import of .csv (UTF-8 with or without BOM, or
Windows-1252; comma or semicolon) and .xlsx, all rows checked first, each problem reported as
``line N: column: reason``, nothing written if any is bad; export with formulas neutralised."""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from issp_desktop.db.models import Cohort, EligibilityRecord, Person, StageChange, Survey
from issp_desktop.db.types import utcnow
from issp_desktop.domain import people as rules
from issp_desktop.domain.access import Permission
from issp_desktop.domain.stages import ExitKind, Stage
from issp_desktop.domain.text import clean_name, has_invisible, normalise_national_id
from issp_desktop.errors import IsspError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case

if TYPE_CHECKING:
    from issp_desktop.services.people import PeopleQuery

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
Problems = list[tuple[str, str]]

FIELD_LABELS = {  # how a field is named in messages, where not its key with spaces
    "id_kind": "ID kind", "national_id": "national ID", "cohort_id": "cohort", "on": "date",
    "emergency_contact_name": "emergency contact", "emergency_contact_phone": "emergency phone",
    "has_disability": "disability", "consent_on": "consent date", "guardian_name": "guardian",
    "consent_by": "consent taken by", "guardian_consent_on": "guardian consent date",
    "other_detail": "which disadvantage", "taken_on": "survey date",
    "monthly_income_cents": "monthly income",
}
# The columns an import understands, in the template's order; first and last name are needed.
IMPORT_FIELDS = (
    "national_id", "id_kind", "first_name", "last_name", "other_names", "date_of_birth",
    "gender", "phone", "county", "settlement", "emergency_contact_name",
    "emergency_contact_phone", "cohort", "stage", "exit_kind", "eligibility_criterion",
    "months_unemployed", "other_detail", "evidence", "poverty_score", "verified_by",
    "verified_on", "baseline_date", "employment_status", "baseline_monthly_income",
    "household_size", "dependents", "education_level", "disability", "disability_notes",
    "consent_date", "consent_by", "guardian_name", "guardian_consent_date",
)
REQUIRED_FIELDS = ("first_name", "last_name")
ALIASES = {
    "id": "national_id", "id_number": "national_id", "firstname": "first_name",
    "given_name": "first_name", "surname": "last_name", "lastname": "last_name",
    "family_name": "last_name", "dob": "date_of_birth", "birth_date": "date_of_birth",
    "sex": "gender", "mobile": "phone", "phone_number": "phone", "criterion":
    "eligibility_criterion", "income": "baseline_monthly_income", "dependants": "dependents",
}
# Where a problem the shared checks report (by input field) shows up in a file (by column).
_COLUMN_OF = {"consent_on": "consent_date", "guardian_consent_on": "guardian_consent_date",
              "has_disability": "disability", "cohort_id": "cohort",
              "criterion": "eligibility_criterion", "taken_on": "baseline_date",
              "monthly_income_cents": "baseline_monthly_income",
              "income_dependents": "dependents"}
_ID_CHARS = re.compile(r"^[A-Za-z0-9 \-./]+$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EMPTY_ROW = dict.fromkeys(IMPORT_FIELDS, "")
_YES = dict.fromkeys(("yes", "y", "true", "1"), True) | dict.fromkeys(
    ("no", "n", "false", "0", ""), False)


class PeopleValidationError(ValidationError):
    """Every problem with one record, each ``(field, reason)``; ``field`` is the first one's."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__(label(problems[0][0]), problems[0][1])
        self.problems = list(problems)
        self.message = "; ".join(f"{label(f)}: {r}" for f, r in problems)


class CancelledByUserError(IsspError):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was saved.")


def label(key: str) -> str:  # date_of_birth -> "date of birth"
    return FIELD_LABELS.get(key, key.replace("_", " "))


# --- inputs ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str
    other_names: str = ""
    id_kind: str = rules.IdKind.NATIONAL_ID.value
    national_id: str = ""
    date_of_birth: date | None = None
    gender: str = ""
    phone: str = ""
    county: str = ""
    settlement: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    has_disability: bool = False
    disability_notes: str = ""
    cohort_id: int | None = None
    consent_on: date | None = None
    consent_by: str = ""
    guardian_name: str = ""
    guardian_consent_on: date | None = None


@dataclass(frozen=True)
class EligibilityInput:
    criterion: str
    evidence: str = rules.Evidence.SELF_DECLARED.value
    months_unemployed: int | None = None
    other_detail: str = ""
    poverty_score: int | None = None
    verified_by: str = ""
    verified_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class SurveyInput:
    kind: str
    taken_on: date
    employment_status: str = ""
    monthly_income_cents: int | None = None
    household_size: int | None = None
    income_dependents: int | None = None
    education_level: str = ""
    notes: str = ""


# --- checks shared by forms, the CLI and imports -----------------------------------------------

def member(enum: Any, value: str, what: str) -> str:
    """``value`` as one of ``enum``'s values (any case), or a ``ValidationError``."""
    text = (value or "").strip().lower()
    if text not in _values(enum):
        raise ValidationError(what, f"'{value}' is not one of {', '.join(_values(enum))}")
    return text


@functools.cache
def _values(enum: Any) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


def clean_text(problems: Problems, key: str, raw: str, limit: int) -> str:
    """Free text: NFC, spaces folded; invisible/direction characters refused, not dropped."""
    if not raw:
        return ""
    if has_invisible(raw):
        problems.append((key, "contains invisible or direction-changing characters"))
        return ""
    text = clean_name(raw)
    if len(text) > limit:
        problems.append((key, f"is {len(text):,} characters long; at most {limit}"))
    return text


def _check(problems: Problems, key: str, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except ValidationError as exc:
        problems.append((key, exc.reason))
        return None


def _optional(problems: Problems, key: str, raw: str, check: Callable[[str], str]) -> str:
    return (_check(problems, key, lambda: check(raw)) or "") if raw else ""


def _name(what: str, required: bool = True) -> Callable[[str], str]:  # a name checker
    return lambda raw: rules.check_name(what, raw, required=required)


def clean_person(inp: PersonInput, today: date, taken_by: str) -> dict[str, Any]:
    """The column values of ``inp``, checked; raises ``PeopleValidationError`` listing every
    problem. Uniqueness and cohorts are checked against the database by the caller."""
    p: Problems = []
    v: dict[str, Any] = {
        "first_name": _check(p, "first_name", lambda: _name("first name")(inp.first_name)),
        "last_name": _check(p, "last_name", lambda: _name("last name")(inp.last_name)),
        "other_names": _optional(p, "other_names", inp.other_names, _name("", False)),
        "national_id": None, "national_id_norm": None,
    }
    kind = inp.id_kind or rules.IdKind.NATIONAL_ID.value
    v["id_kind"] = _check(p, "id_kind", lambda: member(rules.IdKind, kind, "ID kind"))
    raw_id = inp.national_id or ""
    if has_invisible(raw_id):
        p.append(("national_id", "contains invisible or direction-changing characters"))
    elif raw_id.strip():
        text = " ".join(raw_id.split())
        if kind == rules.IdKind.NONE.value:
            p.append(("national_id", "must be empty when the person has no ID document"))
        elif len(text) > 32 or not _ID_CHARS.match(text):
            p.append(("national_id", f"'{text[:40]}' is not an ID number (letters, digits, "
                                     "spaces and dashes, at most 32)"))
        else:
            v["national_id"], v["national_id_norm"] = text, normalise_national_id(text)
    born = inp.date_of_birth
    if born is not None and _check(p, "date_of_birth",
                                   lambda: rules.check_birth_date(born, today)) is None:
        born = None  # a bad date says nothing about being a minor
    v["date_of_birth"] = inp.date_of_birth
    v["gender"] = _check(p, "gender", lambda: member(rules.Gender, inp.gender or "unsaid",
                                                     "gender"))
    v["phone"] = _optional(p, "phone", inp.phone, rules.normalise_phone)
    v["emergency_contact_phone"] = _optional(p, "emergency_contact_phone",
                                             inp.emergency_contact_phone, rules.normalise_phone)
    v["emergency_contact_name"] = _optional(p, "emergency_contact_name",
                                            inp.emergency_contact_name, _name("", False))
    v["county"] = clean_text(p, "county", inp.county, 60)
    v["settlement"] = clean_text(p, "settlement", inp.settlement, 80)
    v["has_disability"] = bool(inp.has_disability)
    v["disability_notes"] = clean_text(p, "disability_notes", inp.disability_notes, 300)
    v["cohort_id"] = inp.cohort_id or None
    for key in ("consent_on", "guardian_consent_on"):
        v[key] = getattr(inp, key)
        if v[key] is not None and v[key] > today:
            p.append((key, "is in the future"))
    v["consent_by"] = clean_text(p, "consent_by", inp.consent_by, 64)
    if v["consent_on"] is not None and not v["consent_by"]:
        v["consent_by"] = taken_by[:64]
    v["guardian_name"] = _optional(p, "guardian_name", inp.guardian_name, _name("", False))
    if born is not None and rules.is_minor(born, today):
        if not v["guardian_name"]:
            p.append(("guardian_name", "is needed: the person is under 18"))
        if v["guardian_consent_on"] is None:
            p.append(("guardian_consent_on", "is needed: the person is under 18, so a "
                                              "guardian must consent"))
    if p:
        raise PeopleValidationError(p)
    return v


def clean_eligibility(r: EligibilityInput, today: date) -> dict[str, Any]:
    p: Problems = []
    crit = _check(p, "criterion", lambda: member(rules.Criterion, r.criterion, "criterion"))
    evidence = _check(p, "evidence", lambda: member(rules.Evidence, r.evidence, "evidence"))
    months, score, on = r.months_unemployed, r.poverty_score, r.verified_on
    if crit == rules.Criterion.LONG_TERM_UNEMPLOYED.value and months is None:
        p.append(("months_unemployed", "is needed for long-term unemployment"))
    if months is not None and not 0 <= months <= 600:
        p.append(("months_unemployed", f"{months} is outside 0–600"))
    detail = clean_text(p, "other_detail", r.other_detail, 200)
    if crit == rules.Criterion.OTHER.value and not detail:
        p.append(("other_detail", "say which disadvantage"))
    if evidence == rules.Evidence.POVERTY_SCORE.value and score is None:
        p.append(("poverty_score", "is needed when the evidence is a poverty score"))
    if score is not None and not 0 <= score <= 100:
        p.append(("poverty_score", f"{score} is outside 0–100"))
    by = clean_text(p, "verified_by", r.verified_by, 120)
    if evidence not in (None, rules.Evidence.SELF_DECLARED.value) and not (by and on):
        p.append(("verified_by" if not by else "verified_on",
                  "say who verified the evidence, and when"))
    if on is not None and on > today:
        p.append(("verified_on", "is in the future"))
    notes = clean_text(p, "notes", r.notes, 500)
    if p:
        raise PeopleValidationError(p)
    return {"criterion": crit, "evidence": evidence, "months_unemployed": months,
            "other_detail": detail, "poverty_score": score, "verified_by": by,
            "verified_on": on, "notes": notes}


def clean_survey(r: SurveyInput, today: date) -> dict[str, Any]:
    p: Problems = []
    kind = _check(p, "kind", lambda: member(rules.SurveyKind, r.kind, "kind"))
    if r.taken_on is None or r.taken_on > today:
        p.append(("taken_on", "is in the future" if r.taken_on else "is needed"))
    status = r.employment_status and _check(p, "employment_status", lambda: member(
        rules.EmploymentStatus, r.employment_status, "employment status"))
    education = r.education_level and _check(p, "education_level", lambda: member(
        rules.Education, r.education_level, "education level"))
    income = r.monthly_income_cents
    if income is not None and not 0 <= income < rules.MAX_CENTS:
        p.append(("monthly_income_cents", "must not be negative"))
    for key, low in (("household_size", 1), ("income_dependents", 0)):
        value = getattr(r, key)
        if value is not None and not low <= value <= 50:
            p.append((key, f"{value} is outside {low}–50"))
    notes = clean_text(p, "notes", r.notes, 500)
    if p:
        raise PeopleValidationError(p)
    return {"kind": kind, "taken_on": r.taken_on, "employment_status": status or "",
            "monthly_income_cents": income, "household_size": r.household_size,
            "income_dependents": r.income_dependents, "education_level": education or "",
            "notes": notes}


# --- reading files -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.reason}"


@dataclass
class RawTable:  # a file's header and rows as text, and the problems found reading it
    format: str  # csv | xlsx
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line in the file, cells)
    encoding: str = ""
    delimiter: str = ""
    problems: list[ImportProblem] = field(default_factory=list)
    header_line: int = 1


def read_table(path: Path, encoding: str | None = None) -> RawTable:
    """Read a .csv or .xlsx; an unreadable file raises, row problems are collected."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"{path} does not exist")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() not in (".csv", ".txt"):
        raise ValidationError("file", f"{path.name} is not a .csv or .xlsx file")
    return _read_csv(path.read_bytes(), encoding)


def _decode(data: bytes, encoding: str | None) -> tuple[str, str, list[ImportProblem]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        raise ValidationError("file", "is not UTF-8 text (it looks like UTF-16 or a binary "
                              "file); save it from the spreadsheet as 'CSV UTF-8'")
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], encoding or "utf-8-sig"
    try:
        return data.decode(encoding or "utf-8"), encoding or "utf-8", []
    except (UnicodeDecodeError, LookupError) as exc:
        start = getattr(exc, "start", 0)
        if encoding is None and not re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
            try:  # no UTF-8 sequence anywhere: a Windows-1252 file, as Excel writes it
                text = data.decode("cp1252")
                if not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text):
                    return text, "cp1252", []
            except UnicodeDecodeError:
                pass
        byte = f"0x{data[start]:02X}" if start < len(data) else "?"
        return "", encoding or "utf-8", [ImportProblem(
            data.count(b"\n", 0, start) + 1, "file", f"is not valid UTF-8 (byte {byte}); "
            "save the file from the spreadsheet as 'CSV UTF-8'")]


def _read_csv(data: bytes, encoding: str | None) -> RawTable:
    text, used, problems = _decode(data, encoding)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    table = RawTable("csv", [], [], used, delimiter, problems)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ended = 0
    try:
        for cells in reader:
            start, ended = ended + 1, reader.line_num
            _add_row(table, start, cells)
    except csv.Error as exc:
        table.problems.append(ImportProblem(ended + 1, "file", f"cannot be read as CSV: {exc}"))
    return table


def _add_row(table: RawTable, line: int, cells: list[str]) -> None:
    if not any(c.strip() for c in cells):
        return  # a blank line
    if not table.headers:
        table.headers, table.header_line = [c.strip() for c in cells], line
        return
    width = len(table.headers)
    if len(cells) > width and not any(c.strip() for c in cells[width:]):
        cells = cells[:width]  # trailing empty cells, as spreadsheets write them
    if len(cells) != width:
        table.problems.append(ImportProblem(line, "row", f"has {len(cells)} values but the "
                                            f"header has {width} columns"))
        return
    table.rows.append((line, cells))


def _cell_text(value: Any) -> str:
    if isinstance(value, bool | None):
        return {True: "yes", False: "no", None: ""}[value]
    if isinstance(value, date):  # a datetime too: spreadsheets keep dates as date-times
        return value.isoformat()[:10]
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _read_xlsx(path: Path) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError("file", f"{path.name} is not an .xlsx workbook ({exc})") from exc
    table = RawTable("xlsx", [], [])
    try:
        for line, values in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            _add_row(table, line, [_cell_text(v) for v in values])
    finally:
        book.close()
    return table


def header_key(header: str) -> str:
    key = re.sub(r"[^0-9a-z]+", "_", clean_name(header).casefold()).strip("_")
    return ALIASES.get(key, key)


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Field -> the file's column, for the headers that name a field (in any case or order)."""
    mapping: dict[str, str] = {}
    for header in headers:
        mapping.setdefault(header_key(header), header)
    return {key: header for key, header in mapping.items() if key in IMPORT_FIELDS}


def mapping_problems(mapping: dict[str, str], headers: Sequence[str],
                     line: int = 1) -> list[ImportProblem]:
    problems, seen = [], {}
    for key, header in mapping.items():
        if key not in IMPORT_FIELDS:
            problems.append(ImportProblem(line, header, f"'{key}' is not a field people have"))
        elif header not in headers:
            problems.append(ImportProblem(line, key, f"the file has no column '{header}'"))
        elif header in seen:
            problems.append(ImportProblem(line, header, f"is chosen for both {seen[header]} "
                                          f"and {key}"))
        seen[header] = key
    problems += [ImportProblem(line, key, "the file needs a column for it")
                 for key in REQUIRED_FIELDS if key not in mapping]
    dupes = sorted({h for h in headers if h and headers.count(h) > 1})
    return problems + [ImportProblem(line, h, "appears twice in the header") for h in dupes]


# --- the import and the export -----------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    problems: list[ImportProblem]
    dry_run: bool
    format: str
    encoding: str
    delimiter: str
    mapping: dict[str, str]
    ignored_columns: list[str]
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Row:
    line: int
    person: dict[str, Any]
    stage: str
    exit_kind: str | None
    eligibility: dict[str, Any] | None
    baseline: dict[str, Any] | None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    columns: list[str]


def neutralise(value: Any) -> Any:
    """A cell a spreadsheet would run as a formula gets a leading quote (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class PeopleIOService(Service):
    today: Callable[[], date] = staticmethod(date.today)

    @use_case("people.import", Permission.PEOPLE_IMPORT)
    def import_file(self, path: Path, mapping: dict[str, str] | None = None, *,
                    dry_run: bool = False, override_duplicates: bool = False,
                    encoding: str | None = None, progress: ProgressFn | None = None,
                    cancelled: CancelledFn | None = None) -> ImportResult:
        """Check every row of ``path``; if all are good (and not ``dry_run``) back up the
        database and add everybody in one transaction. ``mapping``: field -> file column
        (guessed from the header when ``None``)."""
        def tick(done: int, total: int, text: str) -> None:
            if cancelled is not None and cancelled():
                raise CancelledByUserError()
            if progress is not None:
                progress(done, total, text)

        table = read_table(Path(path), encoding)
        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
        unmapped = mapping_problems(mapping, table.headers, table.header_line) \
            if table.headers or not table.problems else []
        problems = table.problems + unmapped
        if {"disability", "disability_notes"} & set(mapping):
            self.ctx.require(Permission.PEOPLE_HEALTH, "people.import")
        if {"baseline_monthly_income", "household_size", "dependents"} & set(mapping):
            self.ctx.require(Permission.PEOPLE_INCOME, "people.import")
        ignored = [h for h in table.headers if h and h not in set(mapping.values())]
        result = ImportResult(len(table.rows), 0, problems, dry_run, table.format,
                              table.encoding, table.delimiter, mapping, ignored)
        if not table.headers or unmapped:
            return result
        # The backup copies the last committed state, the one before the import, while the
        # rows are checked; it is discarded when nothing is imported.
        backup = _start_backup(self) if not dry_run else None
        try:
            rows = self._check_rows(table, mapping, problems, override_duplicates, tick)
            if problems or dry_run:
                return result
            tick(len(rows), len(rows), "Finishing the backup…")
            made = backup.result().path if backup is not None else None
            self._write(rows, table.format, tick)
            backup = None  # keep it
        finally:
            if backup is not None:
                _discard_backup(backup)
        return replace(result, created=len(rows), backup=made)

    def _check_rows(self, table: RawTable, mapping: dict[str, str],
                    problems: list[ImportProblem], override: bool,
                    tick: Callable[[int, int, str], None]) -> list[_Row]:
        index = {key: table.headers.index(header) for key, header in mapping.items()}
        with self.db.read() as s:
            cohorts = {clean_name(name).casefold(): (cid, start) for cid, name, start in
                       s.execute(select(Cohort.id, Cohort.name, Cohort.start_date))}
        today, rows, total = self.today(), [], len(table.rows)
        for n, (line, cells) in enumerate(table.rows):
            if n % 500 == 0:
                tick(n, total, "Checking the rows…")
            row = self._check_row(line, {k: cells[i].strip() for k, i in index.items()},
                                  mapping, cohorts, today, problems)
            if row is not None:
                rows.append(row)
        tick(total, total, "Looking for duplicates…")
        self._check_duplicates(table, rows, mapping, problems, override)
        problems.sort(key=lambda p: p.line)
        return rows

    def _check_row(self, line: int, raw: dict[str, str], mapping: dict[str, str],
                   cohorts: dict[str, tuple[int, date]], today: date,
                   problems: list[ImportProblem]) -> _Row | None:
        found: Problems = []
        r = _EMPTY_ROW | raw  # every field, "" when the file has no column for it

        def parsed(key: str, parse: Callable[[str], Any]) -> Any:
            return _check(found, key, lambda: parse(r[key])) if r[key] else None

        def when(key: str) -> date | None:
            return parsed(key, lambda t: rules.parse_date(key, t))

        def count(key: str, low: int, high: int) -> int | None:
            return parsed(key, lambda t: rules.parse_count(key, t, low=low, high=high))

        cohort_id, start = None, None
        if r["cohort"]:
            cohort_id, start = cohorts.get(clean_name(r["cohort"]).casefold(), (None, None))
            if cohort_id is None:
                found.append(("cohort", f"there is no cohort named '{r['cohort'][:80]}'"))
        stage = parsed("stage", lambda t: member(Stage, t, "stage")) or Stage.APPLICANT.value
        exit_kind = parsed("exit_kind", lambda t: member(ExitKind, t, "exit kind"))
        if (stage == Stage.ALUMNUS.value) != (exit_kind is not None):
            found.append(("exit_kind", "say how an alumnus left (positive, voluntary or "
                                       "involuntary), and only for an alumnus"))
        disability = _YES.get(r["disability"].lower())
        if disability is None:
            found.append(("disability", f"'{r['disability'][:40]}' is not yes or no"))
        gender = r["gender"].lower()
        person = PersonInput(
            r["first_name"], r["last_name"], r["other_names"],
            r["id_kind"].lower() or rules.IdKind.NATIONAL_ID.value, r["national_id"],
            when("date_of_birth"), {"f": "female", "m": "male"}.get(gender, gender),
            r["phone"], r["county"], r["settlement"], r["emergency_contact_name"],
            r["emergency_contact_phone"], bool(disability), r["disability_notes"], cohort_id,
            when("consent_date"), r["consent_by"], r["guardian_name"],
            when("guardian_consent_date"))
        values = _collect(found, lambda: clean_person(person, today, self.actor.label))
        elig = baseline = None
        if r["eligibility_criterion"]:
            elig = _collect(found, lambda: clean_eligibility(EligibilityInput(
                r["eligibility_criterion"], r["evidence"] or rules.Evidence.SELF_DECLARED.value,
                count("months_unemployed", 0, 600), r["other_detail"],
                count("poverty_score", 0, 100), r["verified_by"], when("verified_on")), today))
        if any(r[k] for k in ("baseline_monthly_income", "household_size", "dependents",
                              "employment_status", "education_level")):
            baseline = _collect(found, lambda: clean_survey(SurveyInput(
                rules.SurveyKind.BASELINE.value, when("baseline_date") or today,
                r["employment_status"], parsed("baseline_monthly_income", lambda t:
                                               rules.parse_amount_cents("income", t)),
                count("household_size", 1, 50), count("dependents", 0, 50),
                r["education_level"]), today))
        for key, reason in found:
            column = _COLUMN_OF.get(key, key)
            problems.append(ImportProblem(line, mapping.get(column, column), reason))
        if found or values is None:
            return None
        if cohort_id is not None and stage in (Stage.TRAINEE.value, Stage.WORKER.value):
            values["enrolled_on"] = start
        return _Row(line, values, stage, exit_kind, elig, baseline)

    def _check_duplicates(self, table: RawTable, rows: list[_Row], mapping: dict[str, str],
                          problems: list[ImportProblem], override: bool) -> None:
        from issp_desktop.services.people import similar_names

        id_column = mapping.get("national_id", "national_id")
        first_seen: dict[str, int] = {}
        if "national_id" in mapping:  # every row's ID counts, even on an otherwise bad row
            at = table.headers.index(mapping["national_id"])
            for line, cells in table.rows:
                raw = cells[at].strip()
                norm = normalise_national_id(raw) if _ID_CHARS.match(raw) else ""
                if norm and norm in first_seen:
                    problems.append(ImportProblem(line, id_column, f"'{raw}' is also on line "
                                                  f"{first_seen[norm]}"))
                elif norm:
                    first_seen[norm] = line
        known: dict[date, list[tuple[int | str, str, str]]] = {}
        with self.db.read() as s:
            for chunk in _chunks(sorted(first_seen), 500):
                for (norm,) in s.execute(select(Person.national_id_norm)
                                         .where(Person.national_id_norm.in_(chunk))):
                    problems.append(ImportProblem(first_seen[norm], id_column,
                                                  "is already registered to another person"))
            births = sorted({r.person["date_of_birth"] for r in rows} - {None})
            for chunk in _chunks([] if override else births, 500):
                for pid, first, last, born in s.execute(
                        select(Person.id, Person.first_name, Person.last_name,
                               Person.date_of_birth)
                        .where(Person.date_of_birth.in_(chunk), Person.erased_at.is_(None))):
                    known.setdefault(born, []).append((f"#{pid}", first, last))
        for row in [] if override else rows:
            born, first, last = (row.person[k] for k in ("date_of_birth", "first_name",
                                                         "last_name"))
            twins = known.setdefault(born, []) if born else []
            match = next((t for t in twins if similar_names(first, last, t[1], t[2])), None)
            if match is not None:
                where = f"line {match[0]}" if isinstance(match[0], int) else f"person {match[0]}"
                problems.append(ImportProblem(row.line, mapping["first_name"], (
                    f"looks like {match[1]} {match[2]} ({where}), born the same day; if this "
                    "is a different person, import again allowing near-duplicates")))
            twins.append((row.line, first, last))

    def _write(self, rows: list[_Row], fmt: str, tick: Callable[[int, int, str], None]) -> None:
        now, who, total, hired = utcnow(), self.actor.username, len(rows), ("worker", "alumnus")
        people = [{"enrolled_on": None, **r.person, "uid": str(uuid.uuid4()), "stage": r.stage,
                   "erased_at": None, "created_at": now, "updated_at": now, "updated_by": who,
                   "version": 1} for r in rows]
        meta = {"supersedes_id": None, "recorded_at": now, "recorded_by": who, "version": 1}
        try:
            with self.db.write() as s:
                by_uid: dict[str, int] = {}
                t = Person.__table__  # type: ignore[attr-defined]
                for n, chunk in enumerate(_chunks(people, 1000)):
                    tick(n * 1000, total, "Saving…")
                    by_uid.update((u, i) for i, u in s.execute(
                        insert(t).returning(t.c.id, t.c.uid), chunk))
                pairs = list(zip([by_uid[p["uid"]] for p in people], rows, strict=True))
                changes = [{"person_id": pid, "from_stage": None, "to_stage": r.stage,
                            "changed_on": self.today(), "reason": "Imported",
                            "exit_kind": r.exit_kind, "recorded_at": now} for pid, r in pairs]
                elig = [{**r.eligibility, **meta, "person_id": pid, "frozen": r.stage in hired}
                        for pid, r in pairs if r.eligibility]
                base = [{**r.baseline, **meta, "person_id": pid, "frozen": r.stage in hired}
                        for pid, r in pairs if r.baseline]
                for model, values in ((StageChange, changes), (EligibilityRecord, elig),
                                      (Survey, base)):
                    for chunk in _chunks(values, 5000):
                        s.execute(insert(model.__table__), chunk)  # type: ignore[attr-defined]
                tick(total, total, "Saving…")
                audit.record(s, self.actor, "people.import", "person", "", None,
                             {"count": total, "format": fmt})
        except IntegrityError as exc:
            raise ValidationError("national ID", "somebody registered one of these IDs while "
                                  "the file was being checked; nothing was saved") from exc

    @use_case("people.export", Permission.PEOPLE_EXPORT)
    def export(self, path: Path, query: PeopleQuery | None = None, *,
               progress: ProgressFn | None = None,
               cancelled: CancelledFn | None = None) -> ExportResult:
        """Write what the People table shows for ``query`` to ``path`` (.csv or .xlsx):
        the same rows in the same order, and only the columns the role may see."""
        from issp_desktop.services.people import PeopleQuery, PeopleService

        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("csv", "xlsx"):
            raise ValidationError("file", f"{path.name}: choose a .csv or .xlsx file name")
        people = PeopleService(self.ctx)
        people.today = self.today  # type: ignore[method-assign]
        query = query or PeopleQuery()
        identity = people.visibility().identity
        columns = ["first_name", "last_name", *(["national_id", "phone"] if identity else []),
                   "stage", "cohort", "enrolled_on", "age"]
        rows = people.list(query, limit=10**9).rows

        def lines() -> Iterator[list[Any]]:
            for n, r in enumerate(rows):
                if n % 2000 == 0:
                    if cancelled is not None and cancelled():
                        raise CancelledByUserError()
                    if progress is not None:
                        progress(n, len(rows), "Writing…")
                values = {**vars(r), "enrolled_on": r.enrolled_on or "", "age": r.age or ""}
                yield [neutralise(str(values[c] or "")) if c != "age" else values[c]
                       for c in columns]

        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            _write_file(tmp, fmt, columns, lines())
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        filtered = bool(query.text or query.stage or query.gender or query.criterion
                        or query.cohort_id is not None or query.disability is not None)
        with self.db.write() as s:
            audit.record(s, self.actor, "people.export", "person", "", None,
                         {"count": len(rows), "format": fmt, "columns": columns,
                          "filtered": filtered})
        return ExportResult(path, len(rows), columns)


def _write_file(path: Path, fmt: str, columns: list[str], lines: Iterable[list[Any]]) -> None:
    if fmt == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:  # the BOM: Excel reads UTF-8
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows(lines)
        return
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("People")
    sheet.append(columns)
    for line in lines:
        sheet.append(line)
    book.save(path)


def _start_backup(service: Service) -> Future[Any] | None:
    path = service.db.sqlite_path
    if not service.db.is_sqlite or path is None:
        return None
    from issp_desktop.db.backup import create_backup

    pool = ThreadPoolExecutor(1, thread_name_prefix="pre-import-backup")
    backup = pool.submit(create_backup, path, service.ctx.backups_dir, "pre-import",
                         opener=service.ctx.opener, quick_check=True)
    pool.shutdown(wait=False)  # the thread ends with the backup
    return backup


def _discard_backup(backup: Future[Any]) -> None:
    from issp_desktop.db.backup import COMPANIONS, KEYS_SUFFIX

    with contextlib.suppress(Exception):
        made = backup.result().path
        for suffix in ("", KEYS_SUFFIX, *COMPANIONS):
            Path(f"{made}{suffix}").unlink(missing_ok=True)


def _collect(found: Problems, fn: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    try:
        return fn()
    except PeopleValidationError as exc:
        found.extend(exc.problems)
        return None


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]

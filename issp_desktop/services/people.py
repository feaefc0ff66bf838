"""People: applicants, trainees, workers and alumni, their stage history and impact profile.

Search, filters and sorting run in SQL, a page at a time. Sensitive fields are masked (None)
here, in the service, unless the role may see them: identity (national ID, date of birth,
phone, photo), health (disability), income (income, household, dependents). The eligibility
record and baseline survey freeze at hire: a later change is a new, superseding row."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select, union, update
from sqlalchemy.orm import aliased
from sqlmodel import Session

from issp_desktop.db.models.impact import EligibilityRecord, PersonPhoto, Survey
from issp_desktop.db.models.people import Cohort, Person, StageChange
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import REDACTED, Actor, Permission
from issp_desktop.domain.people import Criterion, Gender, SurveyKind, age_on
from issp_desktop.domain.stages import STAGE_ORDER, ExitKind, Stage, can_move, needs_exit_kind
from issp_desktop.domain.text import clean_name, normalise_national_id
from issp_desktop.errors import IsspError, NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.people_io import (
    EligibilityInput,
    PeopleValidationError,
    PersonInput,
    SurveyInput,
    clean_eligibility,
    clean_person,
    clean_survey,
    clean_text,
    member,
)

PAGE = 100
WIDE = 3000  # an ID/phone search matching more than this takes its pages in name order
COUNT_CAP = 10_000  # a search matching more says "more than 10,000" (type more to narrow it)
NO_COHORT = 0  # PeopleQuery.cohort_id for "not in any cohort"
MAX_PHOTO_BYTES = 2 * 1024 * 1024
SORTS = ("name", "national_id", "phone", "stage", "cohort", "enrolled", "age")
# Personal values never written to the (permanent) audit trail: only that they changed.
PERSONAL = frozenset({
    "first_name", "last_name", "other_names", "national_id", "date_of_birth", "phone",
    "settlement", "emergency_contact_name", "emergency_contact_phone", "has_disability",
    "disability_notes", "guardian_name", "criterion", "months_unemployed", "poverty_score",
    "monthly_income_cents", "household_size", "income_dependents",
})


# --- plain data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DuplicateMatch:
    person_id: int
    name: str
    date_of_birth: date | None


class PossibleDuplicateError(IsspError):
    """A person with a near-identical name and the same date of birth exists. The user may
    save anyway (``override_duplicate=True``) if it is somebody else."""

    def __init__(self, matches: Sequence[DuplicateMatch]) -> None:
        names = ", ".join(f"{m.name} (#{m.person_id})" for m in matches[:3])
        super().__init__(f"Possible duplicate: {names} has a similar name and the same date "
                         "of birth. Save anyway only if this is a different person.")
        self.matches = list(matches)


@dataclass(frozen=True)
class Visibility:
    identity: bool
    health: bool
    income: bool
    edit: bool


@dataclass(frozen=True)
class PeopleQuery:
    text: str = ""
    stage: str | None = None
    cohort_id: int | None = None  # NO_COHORT: people in no cohort
    gender: str | None = None
    disability: bool | None = None
    criterion: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class PersonRow:
    id: int
    first_name: str
    last_name: str
    national_id: str | None  # None: none recorded, or masked for this role
    phone: str | None
    stage: str
    cohort: str | None
    enrolled_on: date | None
    age: int | None
    version: int

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class PeoplePage:
    query: PeopleQuery
    total: int
    rows: list[PersonRow]
    wide: bool = False  # an ID/phone search matching many: pages follow the name order
    more_than: bool = False  # ``total`` is only a lower bound (not counted, or COUNT_CAP)


@dataclass(frozen=True)
class CohortChoice:
    id: int
    name: str
    start_date: date


@dataclass(frozen=True)
class StageRow:
    id: int
    from_stage: str | None
    to_stage: str
    changed_on: date
    reason: str
    exit_kind: str | None


@dataclass(frozen=True)
class EligibilityRow:
    id: int
    criterion: str | None  # None: "disability", masked for a role without health access
    evidence: str
    months_unemployed: int | None
    other_detail: str
    poverty_score: int | None
    verified_by: str
    verified_on: date | None
    notes: str
    frozen: bool
    supersedes_id: int | None
    current: bool
    recorded_at: datetime
    recorded_by: str
    version: int


@dataclass(frozen=True)
class SurveyRow:
    id: int
    kind: str
    taken_on: date
    employment_status: str
    monthly_income_cents: int | None  # masked without income access
    household_size: int | None
    income_dependents: int | None
    education_level: str
    notes: str
    frozen: bool
    supersedes_id: int | None
    current: bool
    recorded_at: datetime
    recorded_by: str
    version: int


@dataclass(frozen=True)
class PersonRecord:
    id: int
    uid: str
    first_name: str
    last_name: str
    other_names: str
    id_kind: str
    national_id: str | None
    date_of_birth: date | None
    age: int | None
    gender: str
    phone: str | None
    county: str
    settlement: str
    emergency_contact_name: str
    emergency_contact_phone: str | None
    has_disability: bool | None
    disability_notes: str | None
    consent_on: date | None
    consent_by: str
    guardian_name: str
    guardian_consent_on: date | None
    stage: str
    cohort_id: int | None
    cohort: str | None
    enrolled_on: date | None
    erased: bool
    has_photo: bool | None
    updated_at: datetime
    updated_by: str
    version: int
    masked: frozenset[str]
    history: tuple[StageRow, ...] = ()
    eligibility: tuple[EligibilityRow, ...] = ()
    surveys: tuple[SurveyRow, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


# --- helpers -----------------------------------------------------------------------------------

_IDENTITY = ("national_id", "date_of_birth", "phone", "emergency_contact_phone", "photo")
_HEALTH = ("has_disability", "disability_notes")
_INCOME = ("monthly_income_cents", "household_size", "income_dependents")
_INPUT_KEYS = frozenset(f.name for f in fields(PersonInput))
_RECORD_FIELDS = (*_INPUT_KEYS, "id", "stage", "enrolled_on", "updated_at", "updated_by",
                  "version")
_STAGE_RANK = case({s.value: i for i, s in enumerate(STAGE_ORDER)}, value=Person.stage, else_=9)


def _redact(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (REDACTED if k in PERSONAL and v not in (None, "") else v)
            for k, v in values.items()}


def _next_prefix(text: str) -> str:
    """The smallest string greater than every string starting with ``text``."""
    return text[:-1] + chr(ord(text[-1]) + 1)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def phone_prefix(term: str) -> str | None:
    """What a typed (part of a) Kenyan phone number starts with in international form."""
    if not re.fullmatch(r"\+?[\d\-]+", term):
        return None
    digits = re.sub(r"\D", "", term)
    if term.startswith("+") or digits.startswith("254"):
        return "+" + digits
    if digits.startswith("0"):
        return "+254" + digits[1:]
    if digits[:1] in ("1", "7"):
        return "+254" + digits
    return None


def fold_name(text: str) -> str:
    """Case, accents and punctuation removed: 'Wanjirũ  N'Gan-ga' -> 'wanjiru ngan ga'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c if c.isalpha() else " " for c in decomposed
                   if not unicodedata.combining(c) and c not in "'’")
    return " ".join(kept.split())


def similar_names(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    """Near-duplicate names: the same words in any order, or one part the same and the other
    a close spelling (a typo, a missing letter)."""
    fa, la, fb, lb = (fold_name(x) for x in (first_a, last_a, first_b, last_b))
    if sorted(f"{fa} {la}".split()) == sorted(f"{fb} {lb}".split()):
        return True
    return any(same_a == same_b and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
               for same_a, same_b, a, b in ((la, lb, fa, fb), (fa, fb, la, lb)))


def person_row(values: Any, vis: Visibility, today: date) -> PersonRow:
    """A table row from a result row with the ``_ROW_COLUMNS`` (masked for ``vis``)."""
    pid, first, last, nid, phone, stage, cohort, enrolled, born, version = values
    return PersonRow(pid, first, last, nid if vis.identity else None,
                     (phone or None) if vis.identity else None, stage, cohort, enrolled,
                     age_on(born, today) if born else None, version)


_ROW_COLUMNS = (Person.id, Person.first_name, Person.last_name, Person.national_id,
                Person.phone, Person.stage, Cohort.name, Person.enrolled_on,
                Person.date_of_birth, Person.version)


class PeopleService(Service):
    today: Callable[[], date] = staticmethod(date.today)

    def visibility(self) -> Visibility:
        a = self.actor
        return Visibility(a.can(Permission.PEOPLE_IDENTITY), a.can(Permission.PEOPLE_HEALTH),
                          a.can(Permission.PEOPLE_INCOME), a.can(Permission.PEOPLE_EDIT))

    # --- the list ----------------------------------------------------------------------------

    def where(self, q: PeopleQuery, vis: Visibility,
              wide: bool = False) -> list[ColumnElement[bool]]:
        """SQL conditions for ``q``; refuses filters on fields the role may not see."""
        clauses: list[ColumnElement[bool]] = []
        if q.stage:
            clauses.append(Person.stage == member(Stage, q.stage, "stage"))
        if q.cohort_id is not None:
            clauses.append(Person.cohort_id.is_(None) if q.cohort_id == NO_COHORT
                           else Person.cohort_id == q.cohort_id)
        if q.gender:
            clauses.append(Person.gender == member(Gender, q.gender, "gender"))
        if q.disability is not None:
            self.ctx.require(Permission.PEOPLE_HEALTH, "people.list")
            clauses.append(Person.has_disability == bool(q.disability))
        if q.criterion:
            criterion = member(Criterion, q.criterion, "criterion")
            if criterion == Criterion.DISABILITY.value:
                self.ctx.require(Permission.PEOPLE_HEALTH, "people.list")
            e, later = EligibilityRecord, aliased(EligibilityRecord)
            latest = select(func.max(later.id)).where(later.person_id == e.person_id)
            clauses.append(Person.id.in_(select(e.person_id).where(
                e.criterion == criterion, e.id == latest.scalar_subquery())))
        clauses.extend(self._text_clauses(q.text, vis, wide))
        return clauses

    @staticmethod
    def _text_clauses(text: str, vis: Visibility, wide: bool) -> list[ColumnElement[bool]]:
        """Each term must match: a name term inside first or last name, a digit term the start
        of an ID or phone. ``wide``: compare computed values, so the name index leads."""
        clauses: list[ColumnElement[bool]] = []
        for term in clean_name(text).split()[:6]:
            term = term[:40]
            if not any(ch.isalnum() for ch in term):
                continue
            if not any(ch.isdigit() for ch in term):
                like = f"%{_escape_like(term)}%"
                clauses.append(or_(Person.first_name.like(like, escape="\\"),
                                   Person.last_name.like(like, escape="\\")))
                continue
            if not vis.identity:
                clauses.append(false())  # IDs and phones are not searchable for this role
                continue
            norm, prefix = normalise_national_id(term), phone_prefix(term)
            nid, phone = Person.national_id_norm, Person.phone
            if wide:
                nid, phone = nid + "", phone + ""  # no index: follow the name order
            ranges = [and_(nid >= norm, nid < _next_prefix(norm))]
            if prefix:
                ranges.append(and_(phone >= prefix, phone < _next_prefix(prefix)))
            if wide or len(ranges) == 1:
                clauses.append(or_(*ranges))
            else:  # one indexed lookup per branch, not a scan in name order
                clauses.append(Person.id.in_(union(*(select(Person.id).where(r)
                                                     for r in ranges))))
        return clauses

    def order(self, stmt: Select[Any], q: PeopleQuery, vis: Visibility) -> Select[Any]:
        """``stmt`` ordered for ``q``; the cohort sort needs ``cohort`` joined in ``stmt``."""
        sort = q.sort if q.sort in SORTS else "name"
        if sort in ("national_id", "phone") and not vis.identity:
            sort = "name"
        names: list[Any] = [Person.last_name, Person.first_name]
        keys: list[Any] = {
            "name": names, "national_id": [Person.national_id_norm], "phone": [Person.phone],
            "stage": [_STAGE_RANK], "cohort": [Cohort.name], "enrolled": [Person.enrolled_on],
            "age": [Person.date_of_birth],
        }[sort]
        descending = q.descending != (sort == "age")  # a younger person: a later birth date
        if not self.db.is_sqlite:  # SQLite's NULL order: first going up, last going down
            keys = [k.nulls_last() if descending else k.nulls_first()
                    for k in (k.desc() if descending else k for k in keys)]
        elif descending:
            keys = [k.desc() for k in keys]
        if sort != "name":
            keys += names
        last = Person.id.desc() if q.descending and sort == "name" else Person.id
        return stmt.order_by(*keys, last)

    def _rows_stmt(self, q: PeopleQuery, vis: Visibility,
                   where: list[ColumnElement[bool]]) -> Select[Any]:
        stmt = select(*_ROW_COLUMNS).outerjoin(Cohort, Cohort.id == Person.cohort_id)
        return self.order(stmt, q, vis).where(*where)

    @use_case("people.list", Permission.PEOPLE_VIEW)
    def list(self, query: PeopleQuery | None = None, limit: int = PAGE, *,
             counted: bool = True) -> PeoplePage:
        """The first ``limit`` people matching ``query`` and how many match in all.

        The page comes first, in index order, stopping at ``limit`` matches; only a full page
        needs a count (``counted=False``: leave it to ``count``, e.g. off the GUI thread). A
        search that matches many follows the name order; few, the ID/phone indexes."""
        q = query or PeopleQuery()
        vis = self.visibility()
        with self.db.read() as s:
            wide = self._wide(s, q, vis)
            rows = self._page(s, q, vis, self.where(q, vis, wide), 0, limit, self.today())
            if len(rows) < limit:
                return PeoplePage(q, len(rows), rows, wide)
            if not counted and q.text.strip():
                return PeoplePage(q, len(rows), rows, wide, more_than=True)
            total = self._count(s, q, vis, wide)
        more_than = bool(q.text.strip()) and total > COUNT_CAP
        return PeoplePage(q, COUNT_CAP if more_than else total, rows, wide, more_than)

    @use_case("people.count", Permission.PEOPLE_VIEW)
    def count(self, query: PeopleQuery) -> tuple[int, bool]:
        """How many match ``query``, and whether that is only "more than" (``COUNT_CAP``)."""
        vis = self.visibility()
        with self.db.read() as s:
            total = self._count(s, query, vis, self._wide(s, query, vis))
        more_than = bool(query.text.strip()) and total > COUNT_CAP
        return (COUNT_CAP if more_than else total), more_than

    def _wide(self, s: Session, q: PeopleQuery, vis: Visibility) -> bool:
        """Whether an ID/phone term matches many: a phone prefix of two digits or fewer (all
        mobiles start 7 or 1), or an ID prefix of more than ``WIDE`` (counted in its index)."""
        if not vis.identity:
            return False
        for term in clean_name(q.text).split()[:6]:
            if any(ch.isdigit() for ch in term):
                prefix, norm = phone_prefix(term), normalise_national_id(term[:40])
                if prefix is not None and len(prefix) <= 6:
                    return True
                col = Person.national_id_norm
                ids = select(col).where(col.is_not(None), col >= norm, col < _next_prefix(norm))
                if s.execute(select(func.count()).select_from(
                        ids.limit(WIDE + 1).subquery())).scalar_one() > WIDE:
                    return True
        return False

    def _count(self, s: Session, q: PeopleQuery, vis: Visibility, wide: bool) -> int:
        """How many match; for a text search at most ``COUNT_CAP`` + 1 (counting stops)."""
        if not q.text.strip():
            return int(s.execute(select(func.count()).select_from(Person)
                                 .where(*self.where(q, vis))).scalar_one())
        found = select(Person.id).where(*self.where(q, vis, wide)).limit(COUNT_CAP + 1)
        return int(s.execute(select(func.count()).select_from(found.subquery())).scalar_one())

    @use_case("people.more", Permission.PEOPLE_VIEW)
    def more(self, page: PeoplePage, offset: int, limit: int = PAGE) -> list[PersonRow]:
        vis = self.visibility()
        where = self.where(page.query, vis, page.wide)
        with self.db.read() as s:
            return self._page(s, page.query, vis, where, offset, limit, self.today())

    def _page(self, s: Session, q: PeopleQuery, vis: Visibility,
              where: list[ColumnElement[bool]], offset: int, limit: int,
              today: date) -> list[PersonRow]:
        result = s.execute(self._rows_stmt(q, vis, where).offset(offset).limit(limit))
        return [person_row(r, vis, today) for r in result]

    @use_case("people.cohorts", Permission.PEOPLE_VIEW)
    def cohorts(self) -> list[CohortChoice]:
        """Cohorts to choose from, newest first."""
        with self.db.read() as s:
            rows = s.execute(select(Cohort.id, Cohort.name, Cohort.start_date)
                             .order_by(Cohort.start_date.desc(), Cohort.name))
            return [CohortChoice(*r) for r in rows]

    # --- one person --------------------------------------------------------------------------

    @use_case("people.get", Permission.PEOPLE_VIEW)
    def get(self, person_id: int) -> PersonRecord:
        with self.db.read() as s:
            return self._record(s, _load(s, person_id))

    def _record(self, s: Session, p: Person) -> PersonRecord:
        vis = self.visibility()
        assert p.id is not None
        masked = frozenset(k for seen, keys in ((vis.identity, _IDENTITY), (vis.health, _HEALTH),
                                                (vis.income, _INCOME)) if not seen for k in keys)
        cohort = s.get(Cohort, p.cohort_id) if p.cohort_id else None
        history = s.execute(select(StageChange).where(StageChange.person_id == p.id)
                            .order_by(StageChange.changed_on, StageChange.id)).scalars()
        elig = list(s.execute(select(EligibilityRecord).where(EligibilityRecord.person_id == p.id)
                              .order_by(EligibilityRecord.id)).scalars())
        surveys = list(s.execute(select(Survey).where(Survey.person_id == p.id)
                                 .order_by(Survey.taken_on, Survey.id)).scalars())
        photo = (s.get(PersonPhoto, p.id) is not None) if vis.identity else None
        superseded_s = {x.supersedes_id for x in surveys}
        hide = {k: None for k in masked if k in _RECORD_FIELDS}
        return PersonRecord(
            **({k: getattr(p, k) for k in _RECORD_FIELDS} | hide), uid=p.uid, masked=masked,
            age=age_on(p.date_of_birth, self.today()) if p.date_of_birth else None,
            cohort=cohort.name if cohort else None, erased=p.erased_at is not None,
            has_photo=photo,
            history=tuple(StageRow(h.id or 0, h.from_stage, h.to_stage, h.changed_on, h.reason,
                                   h.exit_kind) for h in history),
            eligibility=tuple(reversed([_elig_row(e, vis, e is elig[-1]) for e in elig])),
            surveys=tuple(_survey_row(x, vis, x.id not in superseded_s) for x in surveys))

    # --- create and update -------------------------------------------------------------------

    @use_case("people.create", Permission.PEOPLE_EDIT)
    def create(self, person: PersonInput, *, stage: str = Stage.APPLICANT.value,
               on: date | None = None, reason: str = "Registered",
               exit_kind: str | None = None, override_duplicate: bool = False) -> PersonRecord:
        today = self.today()
        values = clean_person(person, today, self.actor.label)
        stage = member(Stage, stage, "stage")
        on = on or today
        if needs_exit_kind(Stage(stage)):
            member(ExitKind, exit_kind or "", "exit_kind")
        with self.db.write() as s:
            self._check_unique(s, values, None, override_duplicate)
            cohort = self._cohort(s, values["cohort_id"])
            if stage in (Stage.TRAINEE.value, Stage.WORKER.value) and cohort is not None:
                values["enrolled_on"] = cohort.start_date
            row = Person(**values, stage=stage, updated_by=self.actor.username)
            s.add(row)
            s.flush()
            s.add(StageChange(person_id=row.id, from_stage=None, to_stage=stage, changed_on=on,
                              reason=reason[:500], exit_kind=exit_kind if needs_exit_kind(
                                  Stage(stage)) else None))
            audit.record(s, self.actor, "people.create", "person", row.id, None,
                         _redact({**_audited(values), "stage": stage}))
            s.flush()
            return self._record(s, row)

    @use_case("people.update", Permission.PEOPLE_EDIT)
    def update(self, person_id: int, person: PersonInput, expected_version: int, *,
               override_duplicate: bool = False) -> PersonRecord:
        """Save the identity, contact, consent and cohort fields (not the stage: ``move``).
        Fields the role may not see keep their stored values."""
        vis = self.visibility()
        with self.db.write() as s:
            row = _load(s, person_id)
            _check_version(row, expected_version)
            _refuse_erased(row)
            hidden = (() if vis.identity else _IDENTITY[:-1]) + (() if vis.health else _HEALTH)
            person = _keep(person, row.model_dump(), hidden)
            values = clean_person(person, self.today(), self.actor.label)
            self._check_unique(s, values, row.id, override_duplicate)
            cohort = self._cohort(s, values["cohort_id"])
            before = _audited(row.model_dump())
            for key, value in values.items():
                setattr(row, key, value)
            if cohort is not None and row.enrolled_on is None and row.stage in (
                    Stage.TRAINEE.value, Stage.WORKER.value):
                row.enrolled_on = cohort.start_date
            _touch(row, self.actor)
            after = _audited(row.model_dump())
            changed = [k for k in after if after[k] != before[k]]
            audit.record(s, self.actor, "people.update", "person", row.id,
                         _redact({k: before[k] for k in changed}),
                         _redact({k: after[k] for k in changed}))
            return self._record(s, row)

    def _check_unique(self, s: Session, values: dict[str, Any], person_id: int | None,
                      override_duplicate: bool) -> None:
        norm = values["national_id_norm"]
        if norm:
            clash = s.execute(select(Person.id).where(Person.national_id_norm == norm,
                                                      Person.id != (person_id or 0))).first()
            if clash:
                raise PeopleValidationError([("national_id", f"'{values['national_id']}' is "
                                              "already registered to another person")])
        born = values["date_of_birth"]
        if born is None or override_duplicate:
            return
        twins = s.execute(select(Person.id, Person.first_name, Person.last_name).where(
            Person.date_of_birth == born, Person.id != (person_id or 0),
            Person.erased_at.is_(None)))
        matches = [DuplicateMatch(pid, f"{first} {last}", born) for pid, first, last in twins
                   if similar_names(values["first_name"], values["last_name"], first, last)]
        if matches:
            raise PossibleDuplicateError(matches)

    @staticmethod
    def _cohort(s: Session, cohort_id: int | None) -> Cohort | None:
        if cohort_id is None:
            return None
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise PeopleValidationError([("cohort_id", f"there is no cohort #{cohort_id}")])
        return cohort

    # --- stages ------------------------------------------------------------------------------

    @use_case("people.move", Permission.PEOPLE_EDIT)
    def move(self, person_id: int, to_stage: str, on: date, reason: str,
             expected_version: int, exit_kind: str | None = None) -> PersonRecord:
        """Move a person on ``on``. Hiring freezes the eligibility record and baseline survey;
        leaving records a positive, voluntary or involuntary exit."""
        target = Stage(member(Stage, to_stage, "stage"))
        problems: list[tuple[str, str]] = []
        why = clean_text(problems, "reason", reason or "", 500)
        if not why and not problems:
            problems.append(("reason", "say why (e.g. 'passed the typing test')"))
        if needs_exit_kind(target):
            if (exit_kind or "") not in set(ExitKind):
                problems.append(("exit_kind", "choose positive (study or a better job), "
                                              "voluntary or involuntary"))
        elif exit_kind:
            problems.append(("exit_kind", "is only recorded when somebody leaves"))
        if on is None or on > self.today():
            problems.append(("on", "is in the future" if on else "is needed"))
        if problems:
            raise PeopleValidationError(problems)
        with self.db.write() as s:
            row = _load(s, person_id)
            _check_version(row, expected_version)
            _refuse_erased(row)
            current = Stage(row.stage)
            if not can_move(current, target):
                raise PeopleValidationError([("stage", f"a person cannot go from {current} to "
                                              f"{target}")])
            last = s.execute(select(func.max(StageChange.changed_on))
                             .where(StageChange.person_id == row.id)).scalar()
            if last is not None and on < last:
                raise PeopleValidationError([("on", f"is before the last move ({last})")])
            s.add(StageChange(person_id=row.id, from_stage=current.value, to_stage=target.value,
                              changed_on=on, reason=why, exit_kind=exit_kind or None))
            row.stage = target.value
            if target is Stage.TRAINEE and row.enrolled_on is None:
                row.enrolled_on = on
            frozen = self._freeze(s, row.id) if target is Stage.WORKER else {}
            _touch(row, self.actor)
            audit.record(s, self.actor, "people.move", "person", row.id, {"stage": current},
                         {"stage": target, "on": on, "exit_kind": exit_kind, **frozen})
            return self._record(s, row)

    @staticmethod
    def _freeze(s: Session, person_id: int | None) -> dict[str, int]:
        frozen, baseline = {}, Survey.kind == SurveyKind.BASELINE.value
        for model, only in ((EligibilityRecord, EligibilityRecord.id.is_not(None)),
                            (Survey, baseline)):
            done = s.execute(update(model).where(model.person_id == person_id, only,
                                                 model.frozen.is_(False)).values(frozen=True))
            frozen[f"froze_{model.__tablename__}"] = done.rowcount
        return frozen

    # --- impact profile ----------------------------------------------------------------------

    @use_case("people.eligibility", Permission.PEOPLE_EDIT)
    def save_eligibility(self, person_id: int, record: EligibilityInput,
                         expected_version: int | None = None) -> EligibilityRow:
        """Record the criterion met at intake. Until the person is hired the current record is
        edited; after, a change is a new record superseding it. ``expected_version``: the
        version of the current record the user saw (``None``: there was none)."""
        values = clean_eligibility(record, self.today())
        if values["criterion"] == Criterion.DISABILITY.value:
            self.ctx.require(Permission.PEOPLE_HEALTH, "people.eligibility")
        with self.db.write() as s:
            hired = _hired(s, _load(s, person_id))
            e = EligibilityRecord
            old = s.execute(select(e).where(e.person_id == person_id)
                            .order_by(e.id.desc()).limit(1)).scalars().first()
            if (old.version if old else None) != expected_version:
                raise _stale("eligibility record", old)
            row = self._edit_or_supersede(s, e, old, values, person_id, hired,
                                          "people.eligibility")
            return _elig_row(row, self.visibility(), True)

    @use_case("people.survey", Permission.PEOPLE_EDIT)
    def save_survey(self, person_id: int, survey: SurveyInput, survey_id: int | None = None,
                    expected_version: int | None = None) -> SurveyRow:
        """Add a survey, or change one (``survey_id``). A frozen survey (the baseline once
        hired) is never edited: the change becomes a new survey superseding it. There is one
        baseline: saving a baseline changes (or supersedes) the current one."""
        self.ctx.require(Permission.PEOPLE_INCOME, "people.survey")
        values = clean_survey(survey, self.today())
        baseline = values["kind"] == SurveyKind.BASELINE.value
        with self.db.write() as s:
            hired = _hired(s, _load(s, person_id))
            old: Survey | None = None
            if survey_id is not None:
                old = s.get(Survey, survey_id)
                if old is None or old.person_id != person_id:
                    raise NotFoundError("survey", survey_id)
            elif baseline:
                old = s.execute(select(Survey).where(Survey.person_id == person_id,
                                                     Survey.kind == SurveyKind.BASELINE.value)
                                .order_by(Survey.id.desc()).limit(1)).scalars().first()
            if old is not None and old.version != expected_version:
                raise _stale("survey", old)
            row = self._edit_or_supersede(s, Survey, old, values, person_id,
                                          hired and baseline, "people.survey")
            return _survey_row(row, self.visibility(), True)

    def _edit_or_supersede(self, s: Session, model: Any, old: Any, values: dict[str, Any],
                           person_id: int, freeze: bool, case_name: str) -> Any:
        entity = model.__tablename__
        if old is not None and not old.frozen:
            before = _redact({k: getattr(old, k) for k in values})
            for key, value in values.items():
                setattr(old, key, value)
            old.version += 1
            old.recorded_at, old.recorded_by = utcnow(), self.actor.username
            audit.record(s, self.actor, case_name, entity, old.id, before, _redact(values))
            return old
        row = model(person_id=person_id, **values, frozen=freeze or old is not None,
                    supersedes_id=old.id if old else None, recorded_by=self.actor.username)
        s.add(row)
        s.flush()
        audit.record(s, self.actor, case_name, entity, row.id, None,
                     _redact({**values, "supersedes_id": row.supersedes_id}))
        return row

    # --- photo -------------------------------------------------------------------------------

    @use_case("people.set_photo", Permission.PEOPLE_EDIT)
    def set_photo(self, person_id: int, image: bytes | None) -> None:
        """A JPEG or PNG of at most 2 MB; ``None`` removes the photo."""
        self.ctx.require(Permission.PEOPLE_IDENTITY, "people.set_photo")
        mime = None
        if image is not None:
            if len(image) > MAX_PHOTO_BYTES:
                raise ValidationError("photo", "is larger than 2 MB; use a smaller picture")
            if image.startswith(b"\xff\xd8\xff"):
                mime = "image/jpeg"
            elif image.startswith(b"\x89PNG\r\n\x1a\n"):
                mime = "image/png"
            else:
                raise ValidationError("photo", "is not a JPEG or PNG picture")
        with self.db.write() as s:
            _refuse_erased(_load(s, person_id))
            old = s.get(PersonPhoto, person_id)
            if old is not None:
                s.delete(old)
                s.flush()
            if image is not None:
                s.add(PersonPhoto(person_id=person_id, mime=mime or "", image=image))
            audit.record(s, self.actor, "people.set_photo", "person", person_id,
                         None, {"photo": "set" if image is not None else "removed"})

    @use_case("people.photo", Permission.PEOPLE_IDENTITY)
    def photo(self, person_id: int) -> bytes | None:
        with self.db.read() as s:
            row = s.get(PersonPhoto, _load(s, person_id).id)
            return bytes(row.image) if row is not None else None


# --- module helpers ----------------------------------------------------------------------------

def _load(s: Session, person_id: int) -> Person:
    row = s.get(Person, person_id) if isinstance(person_id, int) else None
    if row is None:
        raise NotFoundError("person", person_id)
    return row


def _check_version(row: Person, expected: int) -> None:
    if row.version != expected:
        raise StaleRecordError("person", row.updated_by or "?", f"{row.updated_at:%Y-%m-%d %H:%M}")


def _stale(what: str, row: EligibilityRecord | Survey | None) -> StaleRecordError:
    at = f"{row.recorded_at:%Y-%m-%d %H:%M}" if row else "?"
    return StaleRecordError(what, (row.recorded_by if row else "") or "somebody", at)


def _hired(s: Session, row: Person) -> bool:
    """Whether the person is or was a worker (their profile is frozen). Refuses erased ones."""
    _refuse_erased(row)
    return row.stage == Stage.WORKER.value or s.execute(select(StageChange.id).where(
        StageChange.person_id == row.id, StageChange.to_stage == Stage.WORKER.value)).first() \
        is not None


def _refuse_erased(row: Person) -> None:
    if row.erased_at is not None:
        raise ValidationError("person", "was erased on request; the record cannot be changed")


def _touch(row: Person, actor: Actor) -> None:
    row.updated_at = utcnow()
    row.updated_by = actor.username
    row.version += 1


def _keep(person: PersonInput, stored: dict[str, Any], keys: Sequence[str]) -> PersonInput:
    return replace(person, **{k: stored[k] if stored[k] is not None or k == "date_of_birth"
                              else "" for k in keys})


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k in _INPUT_KEYS}


def _elig_row(e: EligibilityRecord, vis: Visibility, current: bool) -> EligibilityRow:
    assert e.id is not None
    hidden = e.criterion == Criterion.DISABILITY.value and not vis.health
    return EligibilityRow(e.id, None if hidden else e.criterion, e.evidence, e.months_unemployed,
                          e.other_detail, e.poverty_score, e.verified_by, e.verified_on,
                          e.notes, e.frozen, e.supersedes_id, current, e.recorded_at,
                          e.recorded_by, e.version)


def _survey_row(x: Survey, vis: Visibility, current: bool) -> SurveyRow:
    assert x.id is not None
    inc = vis.income
    return SurveyRow(x.id, x.kind, x.taken_on, x.employment_status,
                     x.monthly_income_cents if inc else None, x.household_size if inc else None,
                     x.income_dependents if inc else None, x.education_level, x.notes, x.frozen,
                     x.supersedes_id, current, x.recorded_at, x.recorded_by, x.version)


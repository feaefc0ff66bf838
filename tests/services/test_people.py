"""The people registry: search, masking by role, the record's rules, stages and the frozen
impact profile. Real SQLite files; each bad input of issue 4 gets its own check."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import (
    NotFoundError,
    PermissionDeniedError,
    StaleRecordError,
    ValidationError,
)
from issp_desktop.services import Services
from issp_desktop.services.people import (
    NO_COHORT,
    EligibilityInput,
    PeopleQuery,
    PeopleService,
    PeopleValidationError,
    PersonInput,
    PossibleDuplicateError,
    SurveyInput,
    phone_prefix,
    similar_names,
)

TODAY = date(2026, 11, 16)
GRACE = PersonInput("Grace", "Wanjirũ", national_id="0012 345-678", date_of_birth=date(2001, 3, 4),
                    gender="female", phone="0712 345 678", county="Nairobi",
                    consent_on=date(2026, 11, 2))


@pytest.fixture
def people(services: Services) -> PeopleService:
    svc = PeopleService(services.ctx)
    svc.today = lambda: TODAY  # type: ignore[method-assign]
    return svc


@pytest.fixture
def demo_people(demo_services: Services) -> PeopleService:
    svc = PeopleService(demo_services.ctx)
    svc.today = lambda: TODAY  # type: ignore[method-assign]
    return svc


def _as(people: PeopleService, role: Role) -> PeopleService:
    people.ctx.actor = Actor(900, f"test-{role.value}", role, f"Test {role.value}")
    return people


def _problems(exc: pytest.ExceptionInfo[PeopleValidationError]) -> dict[str, str]:
    return dict(exc.value.problems)


# --- creating and changing a record ---------------------------------------------------------

def test_create_stores_clean_values_and_history(people: PeopleService,
                                                services: Services) -> None:
    decomposed = unicodedata.normalize("NFD", "Wanjirũ")
    p = people.create(replace(GRACE, last_name=f"  {decomposed} "), on=date(2026, 11, 1))
    assert p.last_name == "Wanjirũ" and unicodedata.is_normalized("NFC", p.last_name)
    assert p.national_id == "0012 345-678" and p.phone == "+254712345678"
    assert p.stage == "applicant" and p.age == 25 and p.consent_by == "ISSP Desktop"
    assert [(h.to_stage, h.changed_on) for h in p.history] == [("applicant", date(2026, 11, 1))]
    with services.db.engine.connect() as conn:
        norm = conn.execute(text("SELECT national_id_norm FROM person")).scalar()
        new_values = conn.execute(text(
            "SELECT new_values FROM audit_entry WHERE use_case = 'people.create'")).scalar()
    assert norm == "12345678"
    assert "Grace" not in new_values and "345" not in new_values and "Nairobi" in new_values


@pytest.mark.parametrize(("change", "field", "reason"), [
    ({"first_name": "   "}, "first_name", "must not be empty"),
    ({"last_name": ""}, "last_name", "must not be empty"),
    ({"first_name": "G" * 10_000}, "first_name", "is 10,000 characters long; at most 100"),
    ({"first_name": "Gr\u200bace"}, "first_name", "invisible"),
    ({"last_name": "\u202euriJnaW"}, "last_name", "invisible"),
    ({"national_id": "12\u200d345"}, "national_id", "invisible"),
    ({"date_of_birth": date(2027, 1, 1)}, "date_of_birth", "is in the future"),
    ({"date_of_birth": date(2013, 1, 1)}, "date_of_birth", "under 15"),
    ({"phone": "0712 34"}, "phone", "is not a Kenyan mobile number"),
    ({"phone": "call me"}, "phone", "is not a phone number"),
    ({"gender": "x"}, "gender", "is not one of"),
    ({"national_id": "12;DROP"}, "national_id", "is not an ID number"),
    ({"consent_on": date(2027, 1, 1)}, "consent_on", "is in the future"),
    ({"county": "N" * 61}, "county", "at most 60"),
])
def test_bad_input_is_refused_with_a_clear_message(people: PeopleService, change: dict,
                                                   field: str, reason: str) -> None:
    with pytest.raises(PeopleValidationError) as exc:
        people.create(replace(GRACE, **change))
    assert reason in _problems(exc)[field]
    assert people.list().total == 0


def test_every_problem_is_reported_at_once(people: PeopleService) -> None:
    with pytest.raises(PeopleValidationError) as exc:
        people.create(PersonInput(" ", "", phone="12", date_of_birth=date(2030, 1, 1)))
    assert set(_problems(exc)) == {"first_name", "last_name", "phone", "date_of_birth"}
    assert "first name: must not be empty" in str(exc.value)


def test_a_person_under_18_needs_a_guardians_consent(people: PeopleService) -> None:
    young = replace(GRACE, date_of_birth=date(2010, 6, 1))
    with pytest.raises(PeopleValidationError) as exc:
        people.create(young)
    assert set(_problems(exc)) == {"guardian_name", "guardian_consent_on"}
    p = people.create(replace(young, guardian_name="Mary Wanjirũ",
                              guardian_consent_on=date(2026, 11, 2)))
    assert p.guardian_name == "Mary Wanjirũ" and p.age == 16


def test_national_ids_are_compared_normalised(people: PeopleService) -> None:
    people.create(GRACE)
    for same in ("12345678", " 0012345678 ", "12-345-678"):
        with pytest.raises(PeopleValidationError) as exc:
            people.create(replace(GRACE, first_name="Other", last_name="Person",
                                  national_id=same))
        assert "already registered" in _problems(exc)["national_id"]


@pytest.mark.parametrize(("first", "last"), [
    ("Grace", "Wanjiru"), ("grace", "WANJIRŨ"), ("Wanjirũ", "Grace"), ("Grase", "Wanjirũ")])
def test_a_near_duplicate_warns_and_can_be_overridden(people: PeopleService, first: str,
                                                      last: str) -> None:
    original = people.create(GRACE)
    twin = replace(GRACE, first_name=first, last_name=last, national_id="")
    with pytest.raises(PossibleDuplicateError) as exc:
        people.create(twin)
    assert exc.value.matches[0].person_id == original.id
    assert people.create(twin, override_duplicate=True).id != original.id
    assert people.create(replace(twin, first_name="Peter", last_name="Otieno")).id


def test_similar_names_and_phone_prefixes() -> None:
    assert similar_names("Zoë", "Achieng'", "zoe", "Achieng")
    assert not similar_names("Grace", "Wanjirũ", "Mercy", "Wanjirũ")
    assert phone_prefix("0712 345") is None and phone_prefix("0712") == "+254712"
    assert phone_prefix("712") == "+254712" and phone_prefix("+2547") == "+2547"
    assert phone_prefix("2345") is None


def test_update_checks_the_version_and_says_who_changed_it(people: PeopleService) -> None:
    p = people.create(GRACE)
    saved = people.update(p.id, replace(GRACE, county="Kiambu"), p.version)
    assert saved.county == "Kiambu" and saved.version == p.version + 1
    with pytest.raises(StaleRecordError) as exc:
        people.update(p.id, replace(GRACE, county="Mombasa"), p.version)
    assert exc.value.changed_by == "system"
    assert people.get(p.id).county == "Kiambu"


def test_update_refuses_another_persons_national_id(people: PeopleService) -> None:
    people.create(GRACE)
    other = people.create(PersonInput("Peter", "Otieno", national_id="99887766"))
    with pytest.raises(PeopleValidationError):
        people.update(other.id, PersonInput("Peter", "Otieno", national_id="12345678"),
                      other.version)


def test_unknown_cohort_and_person(people: PeopleService) -> None:
    with pytest.raises(PeopleValidationError) as exc:
        people.create(replace(GRACE, cohort_id=999))
    assert "no cohort" in _problems(exc)["cohort_id"]
    with pytest.raises(NotFoundError):
        people.get(12345)


# --- stages and the frozen impact profile --------------------------------------------------------

def _applicant(people: PeopleService) -> int:
    return people.create(GRACE, on=date(2026, 10, 1)).id


def test_stage_moves_follow_the_rules(people: PeopleService) -> None:
    pid = _applicant(people)
    p = people.get(pid)
    with pytest.raises(PeopleValidationError) as exc:
        people.move(pid, "alumnus", date(2026, 11, 1), "left", p.version)
    assert "exit_kind" in _problems(exc)
    with pytest.raises(PeopleValidationError) as exc:
        people.move(pid, "trainee", date(2026, 11, 1), "  ", p.version)
    assert "reason" in _problems(exc)
    with pytest.raises(PeopleValidationError) as exc:
        people.move(pid, "trainee", date(2026, 9, 1), "too early", p.version)
    assert "before the last move" in _problems(exc)["on"]
    with pytest.raises(PeopleValidationError):
        people.move(pid, "trainee", date(2026, 12, 1), "future", p.version)
    p = people.move(pid, "trainee", date(2026, 10, 5), "passed the typing test", p.version)
    assert p.stage == "trainee" and p.enrolled_on == date(2026, 10, 5)
    with pytest.raises(PeopleValidationError) as exc:
        people.move(pid, "applicant", date(2026, 11, 1), "back", p.version)
    assert "cannot go from trainee to applicant" in str(exc.value)
    with pytest.raises(StaleRecordError):
        people.move(pid, "worker", date(2026, 11, 1), "hired", p.version - 1)
    p = people.move(pid, "alumnus", date(2026, 11, 1), "went to college", p.version, "positive")
    assert [(h.from_stage, h.to_stage, h.exit_kind) for h in p.history] == [
        (None, "applicant", None), ("applicant", "trainee", None),
        ("trainee", "alumnus", "positive")]


def test_hiring_freezes_eligibility_and_baseline(people: PeopleService,
                                                 services: Services) -> None:
    pid = _applicant(people)
    e = people.save_eligibility(pid, EligibilityInput("long_term_unemployed",
                                                      months_unemployed=14))
    e = people.save_eligibility(pid, EligibilityInput("long_term_unemployed",
                                                      months_unemployed=16), e.version)
    assert e.months_unemployed == 16 and not e.frozen  # before hire: edited in place
    base = people.save_survey(pid, SurveyInput("baseline", date(2026, 10, 1), "unemployed",
                                               0, 5, 3, "secondary"))
    p = people.move(pid, "worker", date(2026, 11, 1), "hired", people.get(pid).version)
    assert p.eligibility[0].frozen and p.surveys[0].frozen
    # After hire a change is a new dated row superseding the old, never an edit.
    new = people.save_eligibility(pid, EligibilityInput(
        "below_poverty_line", "home_visit", verified_by="Peter Otieno",
        verified_on=date(2026, 11, 10)), e.version)
    assert new.id != e.id and new.supersedes_id == e.id and new.frozen
    rebased = people.save_survey(pid, SurveyInput("baseline", date(2026, 10, 1), "casual",
                                                  150_000, 5, 3, "secondary"), None,
                                 base.version)
    assert rebased.supersedes_id == base.id and rebased.frozen
    with services.db.engine.connect() as conn:
        old = conn.execute(text("SELECT criterion, months_unemployed, frozen FROM "
                                "eligibility_record WHERE id = :i"), {"i": e.id}).one()
        income = conn.execute(text("SELECT monthly_income_cents FROM survey WHERE id = :i"),
                              {"i": base.id}).scalar()
    assert tuple(old) == ("long_term_unemployed", 16, 1) and income == 0
    p = people.get(pid)
    assert [r.id for r in p.eligibility] == [new.id, e.id] and not p.eligibility[1].current
    with pytest.raises(StaleRecordError):  # the user saw the old record: reload first
        people.save_eligibility(pid, EligibilityInput("neet_youth"), e.version)


def test_follow_up_surveys_are_listed_by_date(people: PeopleService) -> None:
    pid = _applicant(people)
    for kind, on in (("followup_12m", date(2026, 11, 12)), ("baseline", date(2026, 10, 1)),
                     ("followup_6m", date(2026, 11, 6))):
        people.save_survey(pid, SurveyInput(kind, on, "formal", 2_000_000, 4, 2))
    assert [s.kind for s in people.get(pid).surveys] == ["baseline", "followup_6m",
                                                         "followup_12m"]
    with pytest.raises(StaleRecordError):  # a second baseline would hide the first
        people.save_survey(pid, SurveyInput("baseline", date(2026, 10, 2)))


@pytest.mark.parametrize(("record", "field"), [
    (EligibilityInput("long_term_unemployed"), "months_unemployed"),
    (EligibilityInput("other"), "other_detail"),
    (EligibilityInput("neet_youth", "document"), "verified_by"),
    (EligibilityInput("neet_youth", "poverty_score", verified_by="P", verified_on=TODAY),
     "poverty_score"),
    (EligibilityInput("rich"), "criterion"),
])
def test_eligibility_needs_its_evidence(people: PeopleService, record: EligibilityInput,
                                        field: str) -> None:
    pid = _applicant(people)
    with pytest.raises(PeopleValidationError) as exc:
        people.save_eligibility(pid, record)
    assert field in _problems(exc)


@pytest.mark.parametrize(("survey", "field"), [
    (SurveyInput("baseline", TODAY, monthly_income_cents=-100), "monthly_income_cents"),
    (SurveyInput("baseline", date(2027, 1, 1)), "taken_on"),
    (SurveyInput("baseline", TODAY, household_size=0), "household_size"),
    (SurveyInput("weekly", TODAY), "kind"),
])
def test_surveys_refuse_bad_figures(people: PeopleService, survey: SurveyInput,
                                    field: str) -> None:
    pid = _applicant(people)
    with pytest.raises(PeopleValidationError) as exc:
        people.save_survey(pid, survey)
    assert field in _problems(exc)


def test_photo(people: PeopleService) -> None:
    pid = _applicant(people)
    jpeg = b"\xff\xd8\xff\xe0" + b"0" * 100
    people.set_photo(pid, jpeg)
    assert people.photo(pid) == jpeg and people.get(pid).has_photo
    with pytest.raises(ValidationError):
        people.set_photo(pid, b"GIF89a....")
    with pytest.raises(ValidationError):
        people.set_photo(pid, b"\xff\xd8\xff" + b"0" * (3 * 1024 * 1024))
    people.set_photo(pid, None)
    assert people.photo(pid) is None


# --- who sees what ----------------------------------------------------------------------------

def _profiled(people: PeopleService) -> int:
    pid = people.create(replace(GRACE, has_disability=True, disability_notes="Low vision")).id
    people.save_eligibility(pid, EligibilityInput("disability"))
    people.save_survey(pid, SurveyInput("baseline", TODAY, "unemployed", 500_000, 6, 4))
    return pid


@pytest.mark.parametrize(("role", "identity", "health", "income"), [
    (Role.MANAGER, True, True, True),
    (Role.SUPERVISOR, True, True, True),
    (Role.PAYROLL_CLERK, True, False, False),
    (Role.TRAINER, False, False, False),
    (Role.VIEWER, False, False, False),
])
def test_sensitive_fields_are_masked_by_role(people: PeopleService, role: Role,
                                             identity: bool, health: bool,
                                             income: bool) -> None:
    pid = _profiled(people)
    p = _as(people, role).get(pid)
    assert (p.national_id is not None, p.date_of_birth is not None,
            p.phone is not None) == (identity,) * 3
    assert (p.has_disability is not None, p.disability_notes is not None) == (health,) * 2
    assert (p.eligibility[0].criterion == "disability") == health
    assert (p.surveys[0].monthly_income_cents is not None,
            p.surveys[0].income_dependents is not None) == (income,) * 2
    assert p.age == 25 and p.first_name == "Grace"
    row = people.list().rows[0]
    assert (row.national_id is not None, row.phone is not None) == (identity,) * 2
    assert people.list(PeopleQuery(text="0712")).total == (1 if identity else 0)
    if not health:
        with pytest.raises(PermissionDeniedError):
            people.list(PeopleQuery(disability=True))
        with pytest.raises(PermissionDeniedError):
            people.list(PeopleQuery(criterion="disability"))


def test_read_only_roles_cannot_write(people: PeopleService) -> None:
    pid = _applicant(people)
    for role in (Role.VIEWER, Role.TRAINER, Role.PAYROLL_CLERK, Role.NONE):
        _as(people, role)
        with pytest.raises(PermissionDeniedError):
            people.create(GRACE)
        with pytest.raises(PermissionDeniedError):
            people.move(pid, "trainee", TODAY, "x", 1)


# --- the list ----------------------------------------------------------------------------------

def test_search_by_name_id_or_phone(demo_people: PeopleService) -> None:
    everyone = demo_people.list(limit=1000).rows
    someone = everyone[17]
    assert someone.national_id and someone.phone
    by_name = demo_people.list(PeopleQuery(text=someone.last_name[1:5].lower()))
    assert someone.id in [r.id for r in by_name.rows]
    assert all(someone.last_name[1:5].lower() in f"{r.first_name} {r.last_name}".lower()
               for r in by_name.rows)
    both = demo_people.list(PeopleQuery(text=f"{someone.first_name} {someone.last_name}"))
    assert someone.id in [r.id for r in both.rows]
    by_id = demo_people.list(PeopleQuery(text="00" + someone.national_id[:6]))
    assert someone.id in [r.id for r in by_id.rows]
    local = "0" + someone.phone[4:10]
    assert someone.id in [r.id for r in demo_people.list(PeopleQuery(text=local)).rows]
    assert demo_people.list(PeopleQuery(text="a%n")).total == 0  # wildcards are literal
    assert demo_people.list(PeopleQuery(text="%_%")).total == 120  # no letters: no filter
    assert demo_people.list(PeopleQuery(text="zzzq")).rows == []


def test_single_digits_match_by_prefix_and_count_right(demo_people: PeopleService,
                                                       demo_services: Services) -> None:
    page = demo_people.list(PeopleQuery(text="2"), limit=10)
    with demo_services.db.engine.connect() as conn:
        expected = conn.execute(text("SELECT COUNT(*) FROM person WHERE national_id_norm "
                                     "LIKE '2%'")).scalar()
    assert page.total == expected and len(page.rows) == 10
    names = [(r.last_name, r.first_name) for r in page.rows]
    assert names == sorted(names)


def test_filters_and_counts(demo_people: PeopleService, demo_services: Services) -> None:
    cohort = demo_people.cohorts()[3]
    with demo_services.db.engine.connect() as conn:
        def count(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar())
        workers = count("SELECT COUNT(*) FROM person WHERE stage = 'worker'")
        in_cohort = count(f"SELECT COUNT(*) FROM person WHERE cohort_id = {cohort.id}")
        waiting = count("SELECT COUNT(*) FROM person WHERE cohort_id IS NULL")
        women = count("SELECT COUNT(*) FROM person WHERE gender = 'female'")
        disabled = count("SELECT COUNT(*) FROM person WHERE has_disability")
        neet = count("SELECT COUNT(*) FROM eligibility_record e WHERE criterion = 'neet_youth'"
                     " AND id = (SELECT MAX(id) FROM eligibility_record WHERE person_id = "
                     "e.person_id)")
    assert demo_people.list(PeopleQuery(stage="worker")).total == workers
    assert demo_people.list(PeopleQuery(cohort_id=cohort.id)).total == in_cohort
    assert demo_people.list(PeopleQuery(cohort_id=NO_COHORT)).total == waiting
    assert demo_people.list(PeopleQuery(gender="female")).total == women
    assert demo_people.list(PeopleQuery(disability=True)).total == disabled
    assert demo_people.list(PeopleQuery(criterion="neet_youth")).total == neet > 0
    both = demo_people.list(PeopleQuery(stage="worker", gender="female"), limit=500)
    assert all(r.stage == "worker" for r in both.rows) and both.total < workers
    with pytest.raises(ValidationError):
        demo_people.list(PeopleQuery(stage="boss"))


@pytest.mark.parametrize("sort", ["name", "national_id", "phone", "stage", "cohort",
                                  "enrolled", "age"])
def test_sorting_happens_in_sql_and_pages_join_up(demo_people: PeopleService,
                                                  sort: str) -> None:
    rank = {"applicant": 0, "trainee": 1, "worker": 2, "alumnus": 3}
    key = {
        "name": lambda r: (r.last_name, r.first_name), "national_id": lambda r: r.national_id,
        "phone": lambda r: r.phone, "stage": lambda r: rank[r.stage],
        "cohort": lambda r: r.cohort or "", "enrolled": lambda r: r.enrolled_on or date.min,
        "age": lambda r: r.age,
    }[sort]
    for descending in (False, True):
        page = demo_people.list(PeopleQuery(sort=sort, descending=descending), limit=50)
        rows = page.rows + demo_people.more(page, 50, 50) + demo_people.more(page, 100, 500)
        assert len(rows) == page.total == 120
        assert len({r.id for r in rows}) == 120
        keys = [key(r) for r in rows]
        assert keys == sorted(keys, reverse=descending)


def test_counting_can_wait_and_stops_at_the_cap(demo_people: PeopleService,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    query = PeopleQuery(text="a")
    exact = demo_people.list(query, limit=500).total
    assert exact > 20
    later = demo_people.list(query, limit=10, counted=False)
    assert later.more_than and later.total == 10 and len(later.rows) == 10
    assert demo_people.count(query) == (exact, False)
    monkeypatch.setattr("issp_desktop.services.people.COUNT_CAP", 20)
    capped = demo_people.list(query, limit=10)
    assert capped.more_than and capped.total == 20
    assert demo_people.count(query) == (20, True)
    assert not demo_people.list(PeopleQuery(), limit=10).more_than  # no search: exact


def test_a_short_phone_prefix_follows_the_name_order(demo_people: PeopleService) -> None:
    page = demo_people.list(PeopleQuery(text="07"), limit=30)
    assert page.wide and page.total == 120  # every demo phone is a 07… mobile
    rows = page.rows + demo_people.more(page, 30, 200)
    assert [(r.last_name, r.first_name) for r in rows] == sorted(
        (r.last_name, r.first_name) for r in rows)
    narrow = demo_people.list(PeopleQuery(text=rows[0].phone[:9] if rows[0].phone else ""))
    assert not narrow.wide and rows[0].id in [r.id for r in narrow.rows]

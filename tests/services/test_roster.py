"""The roster service on a real SQLite file: templates and rules (defaults on first use), every
conflict rule on every write path (staged save, single shift, repeat, swap), the payroll lock,
Nairobi and a summer-time zone, leave, downtime and the demo's roster."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text, update

from issp_desktop.db.models import Centre, Person, RosterSettings
from issp_desktop.domain.access import Actor, Role
from issp_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from issp_desktop.services import Services
from issp_desktop.services.roster import (
    DowntimeInput,
    LeaveInput,
    RosterConflictError,
    RosterRules,
    ShiftChanges,
    ShiftInput,
    SwapInput,
    TemplateInput,
    from_template,
)

MON = date(2026, 11, 23)


def sql(services: Services, query: str, **params: object) -> list[tuple[object, ...]]:
    with services.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(query), params).all()]


def add_people(services: Services, *stages: str, tz: str = "Africa/Nairobi") -> list[int]:
    with services.db.write() as s:
        if s.get(Centre, 1) is None:
            s.add(Centre(name="Test centre", time_zone=tz))
        ids = []
        for i, stage in enumerate(stages):
            p = Person(first_name=f"Wanjirũ{i}", last_name="Kamau", stage=stage,
                       national_id=f"2{i:07d}", national_id_norm=f"2{i:07d}")
            s.add(p)
            s.flush()
            assert p.id is not None
            ids.append(p.id)
    return ids


@pytest.fixture
def roster(services: Services) -> Services:
    services.people_ids = add_people(services, "worker", "worker", "trainee")  # type: ignore
    return services


def tpl(services: Services, code: str):  # type: ignore[no-untyped-def]
    return next(t for t in services.roster.templates() if t.code == code)


def plan(services: Services, pid: int, day: date, code: str, **kw: object) -> ShiftInput:
    return from_template(pid, day, tpl(services, code), services.roster._zone(), **kw)  # type: ignore


def count(services: Services) -> int:
    return int(sql(services, "SELECT COUNT(*) FROM shift")[0][0])  # type: ignore[arg-type]


# --- templates and rules ------------------------------------------------------------------------

def test_defaults_are_made_on_first_use(services: Services) -> None:
    names = [(t.name, t.code, t.start_text, t.length_minutes, t.break_minutes, t.is_night)
             for t in services.roster.templates()]
    assert names == [("Morning", "M", "07:00", 480, 30, False),
                     ("Evening", "E", "15:00", 480, 30, False),
                     ("Night", "N", "22:00", 480, 30, True)]
    rules = services.roster.rules()
    assert (rules.min_rest_hours, rules.max_week_hours, rules.max_week_hours_night) == (8, 52, 60)
    assert len(services.roster.templates()) == 3  # not made twice


def test_template_add_edit_deactivate(services: Services) -> None:
    roster = services.roster
    row = roster.save_template(TemplateInput("Split day", "s", 9 * 60, 420, 60, False,
                                             "#a0b0c0"))
    assert row.code == "S" and row.end_text == "16:00"
    row = roster.save_template(TemplateInput("Split day", "SD", 8 * 60, 420, 60), row.id,
                               row.version)
    assert row.code == "SD" and row.start_text == "08:00"
    assert not roster.set_template_active(row.id, False).active
    assert "Split day" not in [t.name for t in roster.templates(include_inactive=False)]
    for bad, field in ((TemplateInput("", "X", 0, 60), "name"),
                       (TemplateInput("Long", "L", 0, 961), "length"),
                       (TemplateInput("Zero", "Z", 0, 0), "length"),
                       (TemplateInput("Bad code", "M!", 0, 60), "code"),
                       (TemplateInput("Morning", "Q", 0, 60), "name"),
                       (TemplateInput("Other", "M", 0, 60), "code"),
                       (TemplateInput("Colour", "C", 0, 60, colour="red"), "colour")):
        with pytest.raises(ValidationError) as err:
            roster.save_template(bad)
        assert err.value.field == field


def test_rules_update_and_range(services: Services) -> None:
    rules = services.roster.rules()
    new = services.roster.update_rules(RosterRules(10, 48, 56, 5, 15, 48), rules.version)
    assert (new.min_rest_hours, new.max_week_hours, new.grace_minutes) == (10, 48, 5)
    with pytest.raises(ValidationError, match="max week hours"):
        services.roster.update_rules(RosterRules(8, 200, 200))


# --- saving and the rules ----------------------------------------------------------------------

@pytest.mark.sqlite_only  # raw SQL reading SQLite's ISO text instants
def test_staged_save_check_then_save(roster: Services) -> None:
    a, b, _ = roster.people_ids  # type: ignore[attr-defined]
    changes = ShiftChanges((plan(roster, a, MON, "M"), plan(roster, b, MON, "N")))
    assert roster.roster.check(changes) == []
    result = roster.roster.save(changes)
    assert (result.added, count(roster)) == (2, 2)
    stored = sql(roster, "SELECT starts_at, ends_at, break_minutes, is_night FROM shift "
                 "ORDER BY starts_at")
    assert str(stored[0][0]).startswith("2026-11-23T04:00")  # 07:00 Nairobi
    assert str(stored[1][1]).startswith("2026-11-24T03:00") and stored[1][3] == 1


def test_overlap_blocks_and_nothing_is_written(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    roster.roster.save(ShiftChanges((plan(roster, a, MON, "M"),)))
    late = ShiftInput(a, datetime(2026, 11, 23, 10, tzinfo=UTC), 240)
    other = plan(roster, a, MON + timedelta(days=2), "M")
    with pytest.raises(RosterConflictError) as err:
        roster.roster.save(ShiftChanges((other, late)), "an override cannot help")
    assert err.value.hard and "overlapping shifts" in str(err.value)
    c = err.value.conflicts[0]
    assert c.person == "Wanjirũ0 Kamau" and c.day == MON and c.rule == "overlap"
    assert count(roster) == 1


def test_soft_rest_needs_a_reason_and_keeps_it(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    roster.roster.save(ShiftChanges((plan(roster, a, MON, "M"),)))
    night = ShiftChanges((plan(roster, a, MON, "N"),))  # 15:00 -> 22:00: 7 h of rest
    conflicts = roster.roster.check(night)
    assert [c.rule for c in conflicts] == ["rest"] and not conflicts[0].hard
    with pytest.raises(RosterConflictError, match="override"):
        roster.roster.save(night)
    result = roster.roster.save(night, "Covering an absent colleague")
    assert result.overridden and count(roster) == 2
    reasons = sql(roster, "SELECT override_reason FROM shift ORDER BY starts_at")
    assert reasons == [("",), ("Covering an absent colleague",)]


def test_weekly_maximum_and_night_maximum(roster: Services) -> None:
    a, b, _ = roster.people_ids  # type: ignore[attr-defined]
    long = [ShiftInput(a, plan(roster, a, MON + timedelta(days=i), "M").starts_at, 600)
            for i in range(6)]  # 60 h without breaks
    conflicts = roster.roster.check(ShiftChanges(tuple(long)))
    assert [c.rule for c in conflicts] == ["week_hours"]
    assert "more than the maximum of 52 h" in conflicts[0].detail
    nights = [ShiftInput(b, plan(roster, b, MON + timedelta(days=i), "N").starts_at, 600,
                         is_night=True) for i in range(6)]  # 60 h: the night maximum
    assert roster.roster.check(ShiftChanges(tuple(nights))) == []


def test_shift_on_leave_is_a_soft_conflict(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    roster.roster.add_leave(LeaveInput(a, "annual", MON, MON + timedelta(days=2)))
    with pytest.raises(RosterConflictError) as err:
        roster.roster.add_shift(plan(roster, a, MON + timedelta(days=1), "M"))
    assert not err.value.hard and "annual leave" in str(err.value)
    row = roster.roster.add_shift(plan(roster, a, MON + timedelta(days=1), "M"),
                                  "Leave cut short for the client go-live")
    assert row.override_reason.startswith("Leave cut short")


@pytest.mark.parametrize("minutes", [0, 16 * 60 + 1])
def test_length_is_hard(roster: Services, minutes: int) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    with pytest.raises(RosterConflictError) as err:
        roster.roster.add_shift(ShiftInput(a, datetime(2026, 11, 23, 4, tzinfo=UTC), minutes),
                                "reason")
    assert err.value.hard and "shift length" in str(err.value)


def test_payroll_lock_refuses_add_move_and_delete(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    saved = roster.roster.add_shift(plan(roster, a, MON, "M"))
    roster.roster.rules()
    with roster.db.write() as s:  # what the payroll feature does when it closes a period
        s.execute(update(RosterSettings).values(payroll_locked_through=MON))
    for changes in (ShiftChanges((plan(roster, a, MON - timedelta(days=3), "E"),)),
                    ShiftChanges((plan(roster, a, MON + timedelta(days=1), "M",
                                       shift_id=saved.id),)),
                    ShiftChanges(delete=(saved.id,))):
        with pytest.raises(RosterConflictError) as err:
            roster.roster.save(changes, "reason")
        assert "the payroll for 2026-11-23 and before is closed" in str(err.value)
    assert roster.roster.add_shift(plan(roster, a, MON + timedelta(days=1), "E")).id


def test_only_workers_are_rostered(roster: Services) -> None:
    trainee = roster.people_ids[2]  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="trainee, not a worker"):
        roster.roster.add_shift(plan(roster, trainee, MON, "M"))
    with pytest.raises(NotFoundError):
        roster.roster.add_shift(plan(roster, 9999, MON, "M"))


def test_move_and_delete_and_note(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    saved = roster.roster.add_shift(plan(roster, a, MON, "M"))
    moved = plan(roster, a, MON, "E", shift_id=saved.id)
    assert roster.roster.save(ShiftChanges((moved,))).changed == 1
    roster.roster.set_note(saved.id, "Bring the laptop")
    rows = roster.roster.shifts_between(MON, MON)
    assert rows[0].code == "E" and rows[0].note == "Bring the laptop"
    assert roster.roster.save(ShiftChanges(delete=(saved.id,))).deleted == 1
    assert count(roster) == 0


def test_night_over_month_end_and_the_week_grid(roster: Services) -> None:
    a, b, _ = roster.people_ids  # type: ignore[attr-defined]
    roster.roster.add_shift(plan(roster, a, date(2026, 11, 30), "N"))
    row = roster.roster.shifts_between(date(2026, 11, 30), date(2026, 11, 30))[0]
    assert row.day == date(2026, 11, 30)
    assert row.ends_at == datetime(2026, 12, 1, 3, tzinfo=UTC)  # 06:00 Nairobi, 1 December
    roster.roster.add_leave(LeaveInput(b, "sick", date(2026, 11, 29), date(2026, 12, 1)))
    grid = roster.roster.week(date(2026, 12, 2))  # any day finds its Monday
    assert grid.monday == date(2026, 11, 30)
    assert [p.id for p in grid.people] == [a, b]  # workers only (the trainee is not listed)
    assert [s.person_id for s in grid.shifts] == [a]
    assert grid.leave == {(b, date(2026, 11, 30)): "sick", (b, date(2026, 12, 1)): "sick"}
    assert roster.roster.week(MON, text="Wanjirũ1").people[0].id == b


def test_summer_time_zone_local_to_utc(services: Services) -> None:
    (a,) = add_people(services, "worker", tz="Europe/Paris")
    before = services.roster.add_shift(plan(services, a, date(2026, 3, 28), "M"))
    after = services.roster.add_shift(plan(services, a, date(2026, 3, 29), "M"))
    assert before.starts_at == datetime(2026, 3, 28, 6, tzinfo=UTC)  # CET
    assert after.starts_at == datetime(2026, 3, 29, 5, tzinfo=UTC)  # CEST
    assert after.day == date(2026, 3, 29)
    # a copied week keeps 07:00 on the wall clock over the change
    copied = services.roster.plan_copy(date(2026, 3, 23), date(2026, 3, 30))
    assert [c.starts_at for c in copied] == [datetime(2026, 4, 4, 5, tzinfo=UTC),
                                             datetime(2026, 4, 5, 5, tzinfo=UTC)]


def test_copy_and_repeat_week(roster: Services) -> None:
    a, b, _ = roster.people_ids  # type: ignore[attr-defined]
    roster.roster.save(ShiftChanges((plan(roster, a, MON, "M"), plan(roster, b, MON, "E"))))
    copied = roster.roster.plan_copy(MON, MON + timedelta(days=7), [a])
    assert [(c.person_id, c.starts_at) for c in copied] == [
        (a, datetime(2026, 11, 30, 4, tzinfo=UTC))]
    result = roster.roster.repeat_week(MON, 3)
    assert result.added == 6 and count(roster) == 8
    with pytest.raises(RosterConflictError):  # already there: overlaps, all or nothing
        roster.roster.repeat_week(MON, 1)
    assert count(roster) == 8
    with pytest.raises(ValidationError, match="weeks"):
        roster.roster.repeat_week(MON, 0)


def test_swap_exchange_and_hand_over(roster: Services) -> None:
    a, b, _ = roster.people_ids  # type: ignore[attr-defined]
    sa = roster.roster.add_shift(plan(roster, a, MON, "M"))
    sb = roster.roster.add_shift(plan(roster, b, MON, "E"))
    swap = roster.roster.swap(SwapInput(sa.id, b, sb.id, "Peter Otieno", "Clinic visit"))
    assert (swap.person_a, swap.person_b, swap.approved_by) == (
        "Wanjirũ0 Kamau", "Wanjirũ1 Kamau", "Peter Otieno")
    holders = dict(sql(roster, "SELECT id, person_id FROM shift"))
    assert holders == {sa.id: b, sb.id: a}
    assert sql(roster, "SELECT person_a_id, person_b_id, approved_by FROM shift_swap") == [
        (a, b, "Peter Otieno")]
    # a hand-over that gives one person two overlapping shifts is refused
    sc = roster.roster.add_shift(plan(roster, b, MON + timedelta(days=1), "M"))
    sd = roster.roster.add_shift(plan(roster, a, MON + timedelta(days=1), "M"))
    with pytest.raises(RosterConflictError, match="overlapping"):
        roster.roster.swap(SwapInput(sd.id, b, None, "Peter Otieno"))
    assert dict(sql(roster, "SELECT id, person_id FROM shift"))[sc.id] == b
    with pytest.raises(ValidationError, match="approved"):
        roster.roster.swap(SwapInput(sd.id, b, None, " "))
    assert len(roster.roster.swaps()) == 1


# --- leave and downtime ------------------------------------------------------------------------

def test_leave_rules(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as err:
        roster.roster.add_leave(LeaveInput(a, "annual", MON, MON - timedelta(days=1)))
    assert err.value.field == "to" and "before the first day" in err.value.reason
    with pytest.raises(ValidationError, match="kind"):
        roster.roster.add_leave(LeaveInput(a, "holiday", MON, MON))
    row = roster.roster.add_leave(LeaveInput(a, "SICK", MON, MON + timedelta(days=1), "Flu"))
    assert (row.kind, row.days) == ("sick", 2)
    with pytest.raises(ValidationError, match="overlaps sick leave"):
        roster.roster.add_leave(LeaveInput(a, "annual", MON + timedelta(days=1), MON
                                           + timedelta(days=5)))
    assert [r.id for r in roster.roster.leave_between(MON, MON)] == [row.id]
    roster.roster.delete_leave(row.id)
    assert roster.roster.leave_between(MON, MON) == []


def test_downtime_rules(services: Services) -> None:
    start = datetime(2026, 11, 23, 9, tzinfo=UTC)
    with pytest.raises(ValidationError) as err:
        services.roster.add_downtime(DowntimeInput("power", start, start - timedelta(hours=1)))
    assert err.value.field == "end"
    ongoing = services.roster.add_downtime(DowntimeInput("internet", start, None, True,
                                                         "Fibre cut"))
    assert ongoing.ends_at is None and ongoing.minutes is None
    ended = services.roster.update_downtime(ongoing.id, DowntimeInput(
        "internet", start, start + timedelta(hours=2), False, "Fibre cut"), ongoing.version)
    assert ended.minutes == 120 and not ended.paid
    rows = services.roster.downtime_between(start - timedelta(days=1), start + timedelta(days=1))
    assert [r.id for r in rows] == [ongoing.id]
    services.roster.delete_downtime(ongoing.id)
    assert services.roster.downtime_between(start, start + timedelta(hours=1)) == []


def test_viewer_may_read_but_not_plan(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    shift = plan(roster, a, MON, "M")
    roster.ctx.actor = Actor(7, "viewer", Role.VIEWER)
    assert roster.roster.week(MON).people
    with pytest.raises(PermissionDeniedError):
        roster.roster.save(ShiftChanges((shift,)))
    with pytest.raises(PermissionDeniedError):
        roster.roster.add_leave(LeaveInput(a, "annual", MON, MON))


def test_every_write_is_audited(roster: Services) -> None:
    a = roster.people_ids[0]  # type: ignore[attr-defined]
    roster.roster.add_shift(plan(roster, a, MON, "M"))
    roster.roster.add_leave(LeaveInput(a, "annual", MON + timedelta(days=3), MON
                                       + timedelta(days=4)))
    cases = {r[0] for r in sql(roster, "SELECT use_case FROM audit_entry")}
    assert {"roster.add_shift", "leave.add", "roster.defaults"} <= cases


# --- the demo ----------------------------------------------------------------------------------

def test_demo_roster_is_realistic(demo_services: Services) -> None:
    s = demo_services
    workers = sql(s, "SELECT COUNT(*) FROM person WHERE stage = 'worker'")[0][0]
    rostered = sql(s, "SELECT COUNT(DISTINCT person_id) FROM shift")[0][0]
    assert rostered == workers and int(rostered) >= 20  # type: ignore[arg-type]
    first, last = sql(s, "SELECT MIN(starts_at), MAX(starts_at) FROM shift")[0]
    assert str(first) < "2026-09-25" and str(last) > "2026-11-23"  # two months + next week
    kinds = dict(sql(s, "SELECT template_id, COUNT(*) FROM shift GROUP BY template_id"))
    assert len(kinds) == 3 and min(kinds.values()) > 100  # type: ignore[type-var]
    assert sql(s, "SELECT COUNT(*) FROM shift WHERE override_reason != ''")[0][0] >= 1
    assert sql(s, "SELECT COUNT(*) FROM shift_swap")[0][0] >= 3
    assert {r[0] for r in sql(s, "SELECT kind FROM leave")} >= {"annual", "sick"}
    assert {r[0] for r in sql(s, "SELECT kind FROM downtime")} >= {"power", "internet"}
    grid = s.roster.week(date(2026, 11, 23))
    assert len(grid.shifts) > 3 * len(grid.people)
    # the demo keeps its own rules: only the overridden doubles conflict
    lock = s.roster.rules().payroll_locked_through  # a payroll demo may close a month
    first = max(date(2026, 10, 1), lock + timedelta(days=1)) if lock else date(2026, 10, 1)
    with s.db.read() as session:
        from issp_desktop.services.roster_apply import check_changes

        rows = [ShiftInput(sh.person_id, sh.starts_at, sh.minutes, sh.template_id,
                           sh.break_minutes, sh.is_night, sh.note, sh.id)
                for sh in s.roster.shifts_between(first, date(2026, 11, 29))
                if not sh.override_reason]
        conflicts = check_changes(session, ShiftChanges(tuple(rows)))[0]
    assert all(c.rule == "rest" for c in conflicts)

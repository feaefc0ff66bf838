"""The attendance rules of ``domain.attendance``, each with exact minutes (Nairobi, UTC+3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from issp_desktop.domain.attendance import (
    DowntimeSpan,
    LeaveSpan,
    PlannedShift,
    Punch,
    Rules,
    Status,
    derive_person,
    effective_punches,
    instant_status,
    leave_days,
    local_date,
    local_day_bounds,
    merge,
    night_seconds,
    overlap,
    presence,
    rest_days_worked,
    totals,
    ts,
)

NBO = ZoneInfo("Africa/Nairobi")
RULES = Rules()  # grace 10, early leave 10
LATER = datetime(2030, 1, 1, tzinfo=UTC)
MON = date(2026, 3, 2)  # a Monday
SUN = date(2026, 3, 8)


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=NBO).astimezone(UTC)


def shift(d: date, start: int, hours: int = 8, brk: int = 30, *, sid: int = 1,
          night: bool = False, approved: bool = False, start_min: int = 0) -> PlannedShift:
    a = at(d, start, start_min)
    return PlannedShift.between(sid, 1, a, a + timedelta(hours=hours), brk, night, approved)


def punches(*pairs: tuple[str, datetime]) -> list[Punch]:
    return [Punch.made(i + 1, 1, kind, t) for i, (kind, t) in enumerate(pairs)]


def one(sh: PlannedShift, ps: list[Punch], *, leaves: tuple[LeaveSpan, ...] = (),
        down: tuple[DowntimeSpan, ...] = (), holidays: frozenset[date] = frozenset(),
        now: datetime = LATER, rules: Rules = RULES):
    found = derive_person(1, [sh], ps, list(leaves), list(down), holidays, rules, now)
    assert len(found.shifts) == 1
    return found.shifts[0]


def test_on_time_worked_is_the_plan_less_the_break() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 5)), ("out", at(MON, 15))))
    assert r.status is Status.ON_TIME
    assert (r.planned_minutes, r.worked_minutes, r.normal_minutes) == (450, 445, 445)
    assert (r.overtime_minutes, r.late_minutes, r.early_leave_minutes) == (0, 0, 0)
    assert r.day == MON and not r.rest_day


def test_late_beyond_grace_counts_from_the_start() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 25)), ("out", at(MON, 15))))
    assert r.status is Status.LATE and r.late_minutes == 25
    assert r.worked_minutes == 455 - 30


def test_within_grace_is_on_time_and_one_minute_more_is_late() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 10)), ("out", at(MON, 15))))
    assert r.status is Status.ON_TIME and r.late_minutes == 0
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 11)), ("out", at(MON, 15))))
    assert r.status is Status.LATE and r.late_minutes == 11


def test_left_early_beyond_the_allowance() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7)), ("out", at(MON, 14, 40))))
    assert r.status is Status.LEFT_EARLY and r.early_leave_minutes == 20
    assert r.worked_minutes == 460 - 30
    r = one(shift(MON, 7), punches(("in", at(MON, 7)), ("out", at(MON, 14, 52))))
    assert r.status is Status.ON_TIME and r.early_leave_minutes == 0
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 30)), ("out", at(MON, 14))))
    assert r.status is Status.LATE_LEFT_EARLY and (r.late_minutes, r.early_leave_minutes) == (
        30, 60)


def test_early_arrival_is_not_overtime_unless_approved() -> None:
    ps = punches(("in", at(MON, 6, 30)), ("out", at(MON, 15)))
    r = one(shift(MON, 7), ps)
    assert (r.worked_minutes, r.overtime_minutes, r.overtime_weekday_minutes) == (450, 0, 0)
    r = one(shift(MON, 7, approved=True), ps)
    assert (r.worked_minutes, r.overtime_minutes, r.overtime_weekday_minutes) == (480, 30, 30)


def test_overtime_after_the_end_counts_as_weekday_overtime() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7)), ("out", at(MON, 16, 15))))
    assert (r.normal_minutes, r.overtime_minutes, r.worked_minutes) == (450, 75, 525)
    assert (r.overtime_weekday_minutes, r.overtime_rest_minutes) == (75, 0)


def test_a_sunday_shift_in_a_week_with_a_free_day_is_ordinary() -> None:
    r = one(shift(SUN, 7), punches(("in", at(SUN, 7)), ("out", at(SUN, 16))))
    assert not r.rest_day
    assert (r.worked_minutes, r.overtime_weekday_minutes, r.overtime_rest_minutes) == (
        510, 60, 0)


def test_the_seventh_day_of_a_week_without_a_free_day_is_all_rest_day_overtime() -> None:
    days = [MON + timedelta(days=i) for i in range(7)]
    shifts = [shift(d, 7, sid=i + 1) for i, d in enumerate(days)]
    ps = [p for i, d in enumerate(days)
          for p in (Punch.made(2 * i + 1, 1, "in", at(d, 7)),
                    Punch.made(2 * i + 2, 1, "out", at(d, 16)))]
    found = derive_person(1, shifts, ps, [], [], frozenset(), RULES, LATER)
    sunday = found.shifts[-1]
    assert sunday.day == SUN and sunday.rest_day
    assert (sunday.overtime_weekday_minutes, sunday.overtime_rest_minutes) == (0, 510)
    assert not any(r.rest_day for r in found.shifts[:-1])
    t = totals(found, [], MON, SUN)
    assert (t.overtime_weekday_minutes, t.overtime_rest_minutes) == (6 * 60, 510)
    assert rest_days_worked(days[:6]) == set()


def test_public_holiday_work_is_all_holiday_overtime() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7)), ("out", at(MON, 15))),
            holidays=frozenset({MON}))
    assert r.rest_day and (r.overtime_weekday_minutes, r.overtime_rest_minutes) == (0, 450)


def test_night_shift_across_midnight_counts_for_the_day_it_starts() -> None:
    sh = shift(MON, 22, brk=0)
    r = one(sh, punches(("in", at(MON, 22)), ("out", at(MON + timedelta(days=1), 6))))
    assert r.day == MON and r.status is Status.ON_TIME
    assert (r.worked_minutes, r.night_minutes) == (480, 480)


def test_night_minutes_are_the_hours_between_19_and_6_capped_at_worked() -> None:
    r = one(shift(MON, 15), punches(("in", at(MON, 15)), ("out", at(MON, 23))))
    assert (r.worked_minutes, r.night_minutes) == (450, 240)
    r = one(shift(MON, 7), punches(("in", at(MON, 7)), ("out", at(MON, 15))))
    assert r.night_minutes == 0
    early = one(shift(MON, 5, brk=0), punches(("in", at(MON, 5)), ("out", at(MON, 13))))
    assert early.night_minutes == 60


def test_a_shift_flagged_night_counts_every_worked_minute_as_night() -> None:
    r = one(shift(MON, 15, night=True), punches(("in", at(MON, 15)), ("out", at(MON, 23))))
    assert (r.worked_minutes, r.night_minutes) == (450, 450)


def test_a_shift_crossing_the_month_end_belongs_to_the_month_it_starts() -> None:
    jan31 = date(2026, 1, 31)  # a Saturday
    sh = shift(jan31, 22, brk=0)
    found = derive_person(1, [sh], punches(("in", at(jan31, 21, 55)),
                                           ("out", at(date(2026, 2, 1), 6, 20))),
                          [], [], frozenset(), RULES, LATER)
    jan = totals(found, [], date(2026, 1, 1), date(2026, 1, 31))
    feb = totals(found, [], date(2026, 2, 1), date(2026, 2, 28))
    assert (jan.shifts_planned, jan.worked_minutes, jan.overtime_weekday_minutes) == (1, 500, 20)
    assert (feb.shifts_planned, feb.worked_minutes) == (0, 0)
    assert jan.night_minutes == 480  # 22:00-06:00; the 20 minutes after 06:00 are day


def test_absent_on_leave_upcoming_and_downtime() -> None:
    sh = shift(MON, 7)
    assert one(sh, []).status is Status.ABSENT
    assert one(sh, [], leaves=(LeaveSpan(1, "sick", MON, MON),)).status is Status.ON_LEAVE
    assert one(sh, [], now=at(MON, 6)).status is Status.UPCOMING
    assert one(sh, [], now=at(MON, 9)).status is Status.IN_PROGRESS
    whole = DowntimeSpan(at(MON, 6), at(MON, 16))
    r = one(sh, [], down=(whole,))
    assert r.status is Status.DOWNTIME and r.downtime_minutes == 480
    part = DowntimeSpan(at(MON, 6), at(MON, 9), paid=False)
    r = one(sh, [], down=(part,))
    assert r.status is Status.ABSENT
    assert (r.downtime_minutes, r.unpaid_downtime_minutes) == (120, 120)


def test_lateness_inside_downtime_is_not_held_against_the_worker() -> None:
    down = DowntimeSpan(at(MON, 6, 50), at(MON, 7, 30))
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 30)), ("out", at(MON, 15))), down=(down,))
    assert r.status is Status.ON_TIME and r.late_minutes == 0 and r.downtime_minutes == 30
    r = one(shift(MON, 7), punches(("in", at(MON, 7, 45)), ("out", at(MON, 15))), down=(down,))
    assert r.status is Status.LATE and r.late_minutes == 15


def test_leaving_early_inside_downtime_is_not_left_early() -> None:
    down = DowntimeSpan(at(MON, 14), None)  # still ongoing: counts up to now
    r = one(shift(MON, 7), punches(("in", at(MON, 7)), ("out", at(MON, 14))), down=(down,),
            now=at(MON, 16))
    assert r.status is Status.ON_TIME and r.downtime_minutes == 60


def test_missing_clock_out_counts_no_time_and_one_missing_punch() -> None:
    r = one(shift(MON, 7), punches(("in", at(MON, 7))))
    assert r.status is Status.NO_CLOCK_OUT and r.worked_minutes == 0 and r.missing_punches == 1
    assert one(shift(MON, 7), punches(("in", at(MON, 7))), now=at(MON, 10)).status is (
        Status.IN_PROGRESS)
    r = one(shift(MON, 7), punches(("out", at(MON, 15))))
    assert r.status is Status.NO_CLOCK_IN and r.missing_punches == 1


def test_a_correction_replaces_and_a_void_cancels() -> None:
    wrong_in = Punch.made(1, 1, "in", at(MON, 7, 40))
    out = Punch.made(2, 1, "out", at(MON, 15))
    fixed = Punch.made(3, 1, "in", at(MON, 7), replaces_id=1)
    r = one(shift(MON, 7), [wrong_in, out, fixed])
    assert r.status is Status.ON_TIME and r.worked_minutes == 450
    stray = Punch.made(4, 1, "in", at(MON, 12))
    void = Punch.made(5, 1, "void", at(MON, 12), replaces_id=4)
    assert [p.id for p in effective_punches([wrong_in, out, fixed, stray, void])] == [3, 2]
    r = one(shift(MON, 7), [wrong_in, out, fixed, stray, void])
    assert r.status is Status.ON_TIME and r.missing_punches == 0


def test_a_missed_clock_out_fixed_by_a_correction() -> None:
    ps = [Punch.made(1, 1, "in", at(MON, 7)), Punch.made(2, 1, "out", at(MON, 15))]
    assert one(shift(MON, 7), ps[:1]).status is Status.NO_CLOCK_OUT
    assert one(shift(MON, 7), ps).worked_minutes == 450


def test_unplanned_work_is_reported_apart() -> None:
    found = derive_person(1, [], punches(("in", at(MON, 9)), ("out", at(MON, 13))), [], [],
                          frozenset(), RULES, LATER)
    assert [(u.day, u.minutes) for u in found.unplanned] == [(MON, 240)]
    t = totals(found, [], MON, MON)
    assert (t.unplanned_minutes, t.worked_minutes, t.overtime_weekday_minutes) == (240, 0, 0)


def test_one_stretch_over_two_back_to_back_shifts_is_cut_at_the_second_start() -> None:
    a = shift(MON, 7, brk=30, sid=1)
    b = shift(MON, 15, brk=30, sid=2)
    found = derive_person(1, [a, b], punches(("in", at(MON, 7)), ("out", at(MON, 23, 30))), [],
                          [], frozenset(), RULES, LATER)
    first, second = found.shifts
    assert (first.worked_minutes, first.overtime_minutes) == (450, 0)
    assert (second.worked_minutes, second.overtime_minutes) == (480, 30)


def test_a_pair_longer_than_a_day_is_two_missed_punches() -> None:
    p = presence(effective_punches(punches(("in", at(MON, 7)),
                                           ("out", at(MON + timedelta(days=2), 7)))))
    assert p.closed == [] and len(p.open_ins) == 1 and len(p.stray_outs) == 1


def test_totals_over_a_period() -> None:
    tue = MON + timedelta(days=1)
    shifts = [shift(MON, 7, sid=1), shift(tue, 7, sid=2),
              shift(MON + timedelta(days=2), 7, sid=3), shift(SUN, 7, sid=4)]
    ps = punches(("in", at(MON, 7, 20)), ("out", at(MON, 15, 30)),
                 ("in", at(tue, 6, 55)), ("out", at(tue, 15)),
                 ("in", at(SUN, 7)), ("out", at(SUN, 15)))
    leaves = [LeaveSpan(1, "unpaid", SUN + timedelta(days=1), SUN + timedelta(days=2))]
    found = derive_person(1, shifts, ps, leaves, [], frozenset(), RULES, LATER)
    t = totals(found, leaves, MON, SUN + timedelta(days=7))
    assert t.shifts_planned == 4 and t.planned_minutes == 4 * 450
    assert t.worked_minutes == (460 - 30 + 30) + 450 + 450
    assert (t.overtime_weekday_minutes, t.overtime_rest_minutes) == (30, 0)
    assert (t.late_count, t.late_minutes, t.absences) == (1, 20, 1)
    assert (t.leave_days, t.unpaid_leave_days) == (2, 2)


def test_leave_days_count_each_day_once_inside_the_period() -> None:
    spans = [LeaveSpan(1, "annual", date(2026, 2, 25), date(2026, 3, 3)),
             LeaveSpan(1, "sick", date(2026, 3, 3), date(2026, 3, 4))]
    assert leave_days(spans, date(2026, 3, 1), date(2026, 3, 31)) == (4, 0)


def test_intervals_and_night_windows() -> None:
    a, b, c = ts(at(MON, 6)), ts(at(MON, 8)), ts(at(MON, 10))
    assert merge([(b, c), (a, b), (c, c)]) == [(a, c)]
    assert overlap(ts(at(MON, 7)), ts(at(MON, 9)), [(a, b)]) == 3600
    three_hours = 3 * 3600
    assert night_seconds(ts(at(MON, 18)), ts(at(MON + timedelta(days=1), 7)),
                         three_hours) == 11 * 3600
    lo, hi = local_day_bounds(MON, MON, "Africa/Nairobi")
    assert (lo, hi) == (datetime(2026, 3, 1, 21, tzinfo=UTC), datetime(2026, 3, 2, 21, tzinfo=UTC))
    assert local_date("Africa/Nairobi", ts(at(MON, 0, 30))) == MON
    assert local_date("Europe/London", ts(datetime(2026, 3, 29, 0, 30, tzinfo=UTC))) == date(
        2026, 3, 29)
    assert rest_days_worked([MON + timedelta(days=i) for i in range(7)]) == {SUN}


def test_what_the_door_says() -> None:
    sh = shift(MON, 7)
    assert instant_status("in", at(MON, 7, 5), sh, RULES) == "on time"
    assert instant_status("in", at(MON, 7, 12), sh, RULES) == "late 12 min"
    assert instant_status("out", at(MON, 14, 30), sh, RULES) == "left early 30 min"
    assert instant_status("out", at(MON, 15, 15), sh, RULES) == "overtime 15 min"
    assert instant_status("out", at(MON, 15), sh, RULES) == "on time"
    assert instant_status("in", at(MON, 7), None, RULES) == "unplanned"

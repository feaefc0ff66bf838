"""The fast derivation of ``domain.attendance`` (``derive_with``, the fast paths in
``night_seconds`` and ``effective_punches``) gives exactly what the plain rules give.

``_reference_*`` below is the straightforward version of the rules as it stood before the
speed work (kept here verbatim as the oracle); random people — shifts day and night, approved
overtime, corrections and voids, punches at the same instant, downtime paid and unpaid, leave,
holidays, a "now" inside the weeks — are derived both ways and compared field by field.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from issp_desktop.domain.attendance import (
    _NIGHT_FROM,
    _NIGHT_TO,
    OPEN_IN_BEFORE,
    STRAY_OUT_AFTER,
    DowntimeSpan,
    LeaveSpan,
    PersonAttendance,
    PlannedShift,
    Punch,
    Rules,
    Shared,
    ShiftResult,
    Status,
    UnplannedWork,
    _downtime,
    _unpunched,
    day_of,
    derive_person,
    derive_with,
    effective_punches,
    local_date,
    local_offset,
    night_seconds,
    overlap,
    presence,
    rest_day_numbers,
    totals,
    ts,
)

# --- the reference (the rules before the speed work) -------------------------------------------


def _reference_night_seconds(a: int, b: int, offset: int) -> int:
    lo, hi = a + offset, b + offset
    total = 0
    day = lo // 86400 * 86400 - 86400
    while day <= hi:
        start, end = day + _NIGHT_FROM, day + _NIGHT_TO
        if end > lo and start < hi:
            total += min(hi, end) - max(lo, start)
        day += 86400
    return total


def _reference_effective(punches: Iterable[Punch]) -> list[Punch]:
    rows = list(punches)
    replaced = {p.replaces_id for p in rows if p.replaces_id is not None}
    kept = [p for p in rows if p.kind != "void" and p.id not in replaced]
    kept.sort(key=lambda p: (p.at, p.kind != "out", p.id))
    return kept


@dataclass
class _Attached:
    pieces: list[tuple[int, int]] = field(default_factory=list)
    open_ins: list[int] = field(default_factory=list)
    stray_outs: list[int] = field(default_factory=list)


def _reference_derive(person_id: int, shifts: Sequence[PlannedShift], punches: Iterable[Punch],
                      leaves: Sequence[LeaveSpan], downtime: Sequence[DowntimeSpan],
                      holidays: frozenset[date], rules: Rules,
                      now: datetime) -> PersonAttendance:
    zone = rules.time_zone
    now_ts = ts(now)
    plan = sorted(shifts, key=lambda s: s.start)
    starts = [s.start for s in plan]
    attached = [_Attached() for _ in plan]
    result = PersonAttendance(person_id)
    seen = presence(_reference_effective(punches))
    for a, b in seen.closed:
        hi = bisect.bisect_left(starts, b)
        lo = hi
        while lo > 0 and plan[lo - 1].end > a:
            lo -= 1
        if lo == hi:
            result.unplanned.append(UnplannedWork(person_id, local_date(zone, a), a, b,
                                                  (b - a) // 60))
            continue
        for k in range(lo, hi):
            piece_start = a if k == lo else max(a, starts[k])
            piece_end = b if k == hi - 1 else min(b, starts[k + 1])
            if piece_end > piece_start:
                attached[k].pieces.append((piece_start, piece_end))
    for t in seen.open_ins:
        k = next((i for i, s in enumerate(plan) if s.start - OPEN_IN_BEFORE <= t < s.end), None)
        if k is None:
            result.unplanned.append(UnplannedWork(person_id, local_date(zone, t), t, None, 0))
            result.stray_punches += 1
        else:
            attached[k].open_ins.append(t)
    for t in seen.stray_outs:
        k = next((i for i, s in enumerate(plan) if s.start < t <= s.end + STRAY_OUT_AFTER),
                 None)
        if k is None:
            result.stray_punches += 1
        else:
            attached[k].stray_outs.append(t)
    all_down = _downtime(downtime, now_ts, False) if downtime else []
    unpaid_down = _downtime(downtime, now_ts, True) if downtime else []
    offsets = [local_offset(zone, s) for s in starts]
    numbers = [(s + off) // 86400 for s, off in zip(starts, offsets, strict=True)]
    rest = rest_day_numbers(numbers)
    for i, shift in enumerate(plan):
        day = day_of(numbers[i])
        result.shifts.append(_reference_shift(
            shift, attached[i], day, numbers[i] in rest or day in holidays, offsets[i], leaves,
            all_down, unpaid_down, rules, now_ts))
    return result


def _reference_shift(shift: PlannedShift, got: _Attached, day: date, rest_day: bool,
                     offset: int, leaves: Sequence[LeaveSpan], all_down: list[tuple[int, int]],
                     unpaid_down: list[tuple[int, int]], rules: Rules,
                     now: int) -> ShiftResult:
    start, end = shift.start, shift.end
    planned = max(0, (end - start) // 60 - shift.break_minutes)
    down = overlap(start, end, all_down) // 60 if all_down else 0
    unpaid = overlap(start, end, unpaid_down) // 60 if unpaid_down else 0
    pieces = got.pieces
    if not pieces and not got.open_ins and not got.stray_outs:
        status = _unpunched(start, end, day, leaves, down, now)
        return ShiftResult(shift.id, shift.person_id, day, status, planned, 0, 0, 0, rest_day,
                           0, 0, 0, down, unpaid, 0, 0, None, None, 0)
    pieces.sort()
    inside = after = early_part = night_clock = 0
    for a, b in pieces:
        inside += max(0, min(b, end) - max(a, start))
        after += max(0, b - max(a, end))
        early_part += max(0, min(b, start) - a)
        if not shift.is_night:
            night_clock += _reference_night_seconds(
                a if shift.overtime_approved else max(a, start), b, offset)
    normal = max(0, inside // 60 - shift.break_minutes) if pieces else 0
    overtime = (after + (early_part if shift.overtime_approved else 0)) // 60
    worked = normal + overtime
    night = worked if shift.is_night else min(worked, night_clock // 60)
    ins = [a for a, _ in pieces] + got.open_ins
    outs = [b for _, b in pieces] + got.stray_outs
    first_in = min(ins) if ins else None
    last_out = max(outs) if outs else None
    late = 0
    if first_in is not None and first_in > start:
        late_secs = first_in - start - (overlap(start, first_in, all_down) if all_down else 0)
        if late_secs > rules.grace_minutes * 60:
            late = late_secs // 60
    early = 0
    complete = not got.open_ins and not got.stray_outs and bool(pieces)
    if complete and last_out is not None and last_out < end:
        early_secs = end - last_out - (overlap(last_out, end, all_down) if all_down else 0)
        if early_secs > rules.early_leave_minutes * 60:
            early = early_secs // 60
    if got.open_ins:
        status = Status.IN_PROGRESS if now < end else Status.NO_CLOCK_OUT
    elif got.stray_outs:
        status = Status.NO_CLOCK_IN
    elif late and early:
        status = Status.LATE_LEFT_EARLY
    elif late:
        status = Status.LATE
    elif early:
        status = Status.LEFT_EARLY
    else:
        status = Status.ON_TIME
    return ShiftResult(
        shift.id, shift.person_id, day, status, planned, worked, normal, overtime, rest_day,
        0 if rest_day else overtime, worked if rest_day else 0, night, down, unpaid, late,
        early, first_in, last_out, len(got.open_ins) + len(got.stray_outs))


# --- random people -----------------------------------------------------------------------------

BASE = int(datetime(2026, 10, 5, tzinfo=UTC).timestamp())  # a Monday, 03:00 in Nairobi
SPAN = 16 * 86400
QUARTER = 900


@st.composite
def person(draw: st.DrawFn) -> dict:
    n_shifts = draw(st.integers(0, 14))
    shifts = []
    for i in range(n_shifts):
        start = BASE + draw(st.integers(0, SPAN // QUARTER)) * QUARTER
        length = draw(st.integers(1, 14 * 4)) * QUARTER
        shifts.append(PlannedShift(i + 1, 7, start, start + length, draw(st.sampled_from(
            (0, 0, 30, 60, 900))), draw(st.booleans()), draw(st.booleans())))
    moments: list[tuple[str, int]] = []
    for sh in shifts:  # mostly punches around the shifts: in near the start, out near the end
        if draw(st.integers(0, 5)):
            moments.append(("in", sh.start + draw(st.integers(-180, 120)) * 60))
        if draw(st.integers(0, 5)):
            moments.append(("out", sh.end + draw(st.integers(-120, 240)) * 60))
    for _ in range(draw(st.integers(0, 6))):  # and a few anywhere
        moments.append((draw(st.sampled_from(("in", "out", "void"))),
                        BASE - 86400 + draw(st.integers(0, (SPAN + 2 * 86400) // 60)) * 60))
    punches: list[Punch] = []
    for i, (kind, at) in enumerate(moments):
        replaces = (draw(st.integers(1, len(punches))) if punches and draw(st.integers(0, 4)) == 0
                    else None)
        if kind == "void" and replaces is None:
            replaces = draw(st.integers(1, 40))
        punches.append(Punch(100 + i, 7, kind, at, replaces and 100 + replaces - 1))
    if punches and draw(st.booleans()):  # two punches at the same instant
        p = punches[0]
        punches.append(Punch(900, 7, "out" if p.kind == "in" else "in", p.at, None))
    downtime = []
    for _ in range(draw(st.integers(0, 3))):
        a = BASE + draw(st.integers(0, SPAN // 60)) * 60
        ends = None if draw(st.integers(0, 5)) == 0 else a + draw(st.integers(1, 600)) * 60
        downtime.append(DowntimeSpan(datetime.fromtimestamp(a, UTC),
                                     None if ends is None else datetime.fromtimestamp(ends, UTC),
                                     draw(st.booleans())))
    leaves = []
    for _ in range(draw(st.integers(0, 2))):
        first = date(2026, 10, 5) + timedelta(days=draw(st.integers(0, 16)))
        leaves.append(LeaveSpan(7, draw(st.sampled_from(("annual", "unpaid", "sick"))), first,
                                first + timedelta(days=draw(st.integers(0, 4)))))
    holidays = frozenset(date(2026, 10, 5) + timedelta(days=d)
                         for d in draw(st.sets(st.integers(0, 16), max_size=2)))
    now = datetime.fromtimestamp(BASE + draw(st.integers(0, SPAN + 86400)) * 1, UTC)
    rules = Rules(grace_minutes=draw(st.sampled_from((0, 10))),
                  early_leave_minutes=draw(st.sampled_from((0, 10))))
    return {"shifts": shifts, "punches": punches, "downtime": downtime, "leaves": leaves,
            "holidays": holidays, "now": now, "rules": rules}


@settings(max_examples=400, deadline=None)
@given(person())
def test_the_fast_derivation_matches_the_plain_rules(p: dict) -> None:
    want = _reference_derive(7, p["shifts"], p["punches"], p["leaves"], p["downtime"],
                             p["holidays"], p["rules"], p["now"])
    got = derive_person(7, p["shifts"], p["punches"], p["leaves"], p["downtime"],
                        p["holidays"], p["rules"], p["now"])
    shared = derive_with(7, p["shifts"], p["punches"], p["leaves"],
                         Shared.of(p["downtime"], p["holidays"], p["rules"], p["now"]))
    assert got == want
    assert shared == want
    first, last = date(2026, 10, 5), date(2026, 10, 18)
    assert totals(got, p["leaves"], first, last) == totals(want, p["leaves"], first, last)


@settings(max_examples=400, deadline=None)
@given(st.integers(BASE - 86400, BASE + SPAN), st.integers(-86400, 3 * 86400),
       st.sampled_from((0, 3 * 3600, -5 * 3600, 5 * 3600 + 1800)))
def test_night_seconds_fast_path_matches(a: int, length: int, offset: int) -> None:
    assert night_seconds(a, a + length, offset) == _reference_night_seconds(a, a + length,
                                                                          offset)


@settings(max_examples=300, deadline=None)
@given(person())
def test_effective_punches_in_the_same_order(p: dict) -> None:
    assert effective_punches(p["punches"]) == _reference_effective(p["punches"])

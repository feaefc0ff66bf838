"""Impact: the dashboard figures and the funder report, and the benchmarks they compare with.

``report(start, end, by)`` gathers one ``PersonFacts`` per person with a handful of set-based
queries (``impact_facts``), counts with the pure functions of ``domain.impact`` for the period
and for the period of the same length just before it, and returns an ``ImpactReport``: every
figure with last period's value, breakdown tables with small cells suppressed, chart series,
the definitions and plain data notes about what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from issp_desktop.db.models.impact_benchmarks import ImpactBenchmark
from issp_desktop.domain.access import Permission
from issp_desktop.domain.impact import Breakdown
from issp_desktop.errors import ValidationError
from issp_desktop.services import audit
from issp_desktop.services import impact_benchmarks as bench
from issp_desktop.services import impact_build as build
from issp_desktop.services import impact_facts as facts
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.batch import gc_paused
from issp_desktop.services.impact_notes import data_notes
from issp_desktop.services.impact_types import BenchmarkInput, BenchmarkRow, ImpactReport

MAX_YEARS = 20
ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class ImpactCancelled(Exception):
    """The user cancelled the report while it was being worked out."""


def check_range(start: date | None, end: date | None) -> tuple[date, date]:
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError("period", "needs a start date and an end date")
    if end < start:
        raise ValidationError("period", f"ends on {end.isoformat()}, before it starts on "
                              f"{start.isoformat()}: choose an end on or after the start")
    if (end - start).days > MAX_YEARS * 366:
        raise ValidationError("period", f"is longer than {MAX_YEARS} years")
    return start, end


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length that ends the day before ``start``."""
    last = start - timedelta(days=1)
    return last - (end - start), last


def parse_breakdown(by: str | Breakdown | None) -> Breakdown | None:
    if by is None or by == "":
        return None
    try:
        return Breakdown(by)
    except ValueError:
        raise ValidationError("by", "choose gender, disability, age or county") from None


class ImpactService(Service):
    today: Callable[[], date] = staticmethod(date.today)

    @use_case("impact.benchmarks", Permission.IMPACT_VIEW)
    def benchmarks(self) -> list[BenchmarkRow]:
        """Every benchmark row, by kind, newest first."""
        with self.db.read() as s:
            return bench.all_rows(s)

    @use_case("impact.add_benchmark", Permission.CENTRE_EDIT)
    def add_benchmark(self, row: BenchmarkInput) -> BenchmarkRow:
        """Record a new dated benchmark (rows are never edited: the newer one applies)."""
        values = bench.checked(row)
        with self.db.write() as s:
            model = ImpactBenchmark(**values, recorded_by=self.actor.username)
            s.add(model)
            s.flush()
            audit.record(s, self.actor, "impact.add_benchmark", "impact_benchmark", model.id,
                         None, {k: str(v) for k, v in values.items()})
            return bench.row_of(model)

    @use_case("impact.add_default_benchmarks", Permission.CENTRE_EDIT)
    def add_default_benchmarks(self) -> list[BenchmarkRow]:
        """Add the shipped Kenyan benchmarks that are not recorded yet; returns those added."""
        with self.db.write() as s:
            have = {(r.kind, r.effective_from, r.amount_cents, r.currency)
                    for r in bench.all_rows(s)}
            added = []
            for default in bench.KENYA_DEFAULTS:
                values = bench.checked(default)
                if (values["kind"], values["effective_from"], values["amount_cents"],
                        values["currency"]) in have:
                    continue
                model = ImpactBenchmark(**values, recorded_by=self.actor.username)
                s.add(model)
                s.flush()
                added.append(bench.row_of(model))
            if added:
                audit.record(s, self.actor, "impact.add_default_benchmarks",
                             "impact_benchmark", "", None, {"added": len(added)})
            return added

    @use_case("impact.centres", Permission.IMPACT_VIEW)
    def centres(self) -> list[str]:
        """The centres whose records are held here (more than one at a head office that
        imports other centres' bundles), this centre first: the choices of ``centre``."""
        from issp_desktop.services.exchange_centres import held_centres

        with self.db.read() as s:
            return held_centres(s)

    @use_case("impact.report", Permission.IMPACT_VIEW)
    def report(self, start: date, end: date, by: str | Breakdown | None = None, *,
               centre: str | None = None, progress: ProgressFn | None = None,
               cancelled: CancelledFn | None = None) -> ImpactReport:
        """Every impact figure for ``start``–``end`` (both included) and the period before;
        ``centre``: at head office, only the records from that centre (name, key id or
        fingerprint; see the exchange), else every record held here."""
        start, end = check_range(start, end)
        breakdown = parse_breakdown(by)
        before = previous_period(start, end)

        def step(done: int, what: str) -> None:
            if cancelled is not None and cancelled():
                raise ImpactCancelled()
            if progress is not None:
                progress(done, 5, what)

        with gc_paused():  # tens of thousands of small objects, none in a cycle
            step(0, "Reading people")
            with self.db.read() as s:
                name, currency, zone = facts.centre_zone(s)
                origin = _origin(s, centre) if centre else None
                if origin is not None:
                    name = origin[0]
                only = origin[1] if origin is not None else None
                base = facts.base_facts(s, (before[0], end), only)
                step(1, "Reading this period")
                today = self.today()
                shifts = facts.shift_facts(s, start, end, zone, only)
                now_facts = facts.for_period(s, base, start, end, zone, shifts)
                ops_now = facts.operations_facts(s, start, end, zone, today, shifts, only)
                step(2, "Reading the period before")
                shifts = facts.shift_facts(s, *before, zone, only)
                then_facts = facts.for_period(s, base, *before, zone, shifts)
                ops_then = facts.operations_facts(s, *before, zone, today, shifts, only)
                rows = bench.all_rows(s)
            step(3, "Counting")
            now = build.compute(now_facts.people, ops_now, start, end,
                                build.in_force(rows, end, currency))
            then = build.compute(then_facts.people, ops_then, *before,
                                 build.in_force(rows, before[1], currency))
            notes = data_notes(now_facts, now, ops_now, start, end, before, today, currency, rows)
            step(4, "Making tables")
            report = build.build(
                centre=name, currency=currency, start=start, end=end, previous=before,
                by=breakdown, generated_at=datetime.now(UTC), people=now_facts.people, now=now,
                before=then, notes=notes)
            step(5, "Done")
            return report


def _origin(s: Any, centre: str) -> tuple[str, facts.Origin]:
    """The name of a centre known here and the selects of its records (people, batches,
    downtime) for the figures of that centre alone."""
    from issp_desktop.services.exchange_centres import centre_key, origin_ids

    key, name = centre_key(s, centre)
    return name, facts.Origin(origin_ids(s, "person", key), origin_ids(s, "batch", key),
                              origin_ids(s, "downtime", key))

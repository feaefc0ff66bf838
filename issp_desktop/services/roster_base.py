"""What the roster's use cases share: the centre's time zone, the rules row and the default
shift templates (made on first use), names of people, and rows turned into plain data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlmodel import Session

from issp_desktop.db.models import Centre, Person, RosterSettings, Shift, ShiftTemplate
from issp_desktop.db.types import utcnow
from issp_desktop.domain.roster import Limits, local_day, zone
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service
from issp_desktop.services.roster_types import RosterRules, ShiftRow, TemplateRow

T = TypeVar("T")

# Kenyan-centre defaults: three eight-hour shifts with a 30-minute break.
DEFAULT_TEMPLATES: tuple[dict[str, Any], ...] = (
    {"name": "Morning", "code": "M", "start_minute": 7 * 60, "length_minutes": 480,
     "break_minutes": 30, "is_night": False, "colour": "#fff3c4"},
    {"name": "Evening", "code": "E", "start_minute": 15 * 60, "length_minutes": 480,
     "break_minutes": 30, "is_night": False, "colour": "#cfe8fc"},
    {"name": "Night", "code": "N", "start_minute": 22 * 60, "length_minutes": 480,
     "break_minutes": 30, "is_night": True, "colour": "#d9d2f0"},
)
WORKER = "worker"


def full_name(first: str, last: str, other: str = "") -> str:
    return " ".join(p for p in (first, other, last) if p)


def centre_zone(s: Session) -> ZoneInfo:
    name = s.execute(select(Centre.time_zone).order_by(Centre.id).limit(1)).scalar()
    return zone(name)


def centre_name(s: Session) -> str:
    return s.execute(select(Centre.name).order_by(Centre.id).limit(1)).scalar() or ""


def rules_of(row: RosterSettings | None) -> RosterRules:
    if row is None:
        return RosterRules()
    return RosterRules(row.min_rest_hours, row.max_week_hours, row.max_week_hours_night,
                       row.grace_minutes, row.early_leave_minutes, row.clock_jump_hours,
                       row.payroll_locked_through, row.version)


def load_rules(s: Session) -> RosterRules:
    return rules_of(s.get(RosterSettings, 1))


def limits_of(rules: RosterRules) -> Limits:
    return Limits(rules.min_rest_hours, rules.max_week_hours, rules.max_week_hours_night,
                  rules.payroll_locked_through)


def template_row(t: ShiftTemplate) -> TemplateRow:
    assert t.id is not None
    return TemplateRow(t.id, t.name, t.code, t.start_minute, t.length_minutes, t.break_minutes,
                       t.is_night, t.colour, t.active, t.version)


def load_templates(s: Session, *, include_inactive: bool = True) -> list[TemplateRow]:
    query = select(ShiftTemplate).order_by(ShiftTemplate.start_minute, ShiftTemplate.name)
    if not include_inactive:
        query = query.where(ShiftTemplate.active.is_(True))  # type: ignore[attr-defined]
    return [template_row(t) for t in s.execute(query).scalars()]


def find_template(s: Session, key: str) -> TemplateRow:
    """A template by name or code (any case)."""
    wanted = key.strip().casefold()
    for t in load_templates(s):
        if wanted in (t.name.casefold(), t.code.casefold()):
            return t
    names = ", ".join(t.name for t in load_templates(s, include_inactive=False))
    raise ValidationError("template", f"there is no shift template '{key.strip()}' "
                          f"(known: {names or 'none'})")


def ensure_setup(s: Session, actor: Any) -> None:
    """Inside a write: the rules row and, when there are no templates at all, the defaults."""
    now = utcnow()
    if s.get(RosterSettings, 1) is None:
        s.execute(insert(RosterSettings.__table__), [{  # type: ignore[attr-defined]
            "id": 1, "min_rest_hours": 8, "max_week_hours": 52, "max_week_hours_night": 60,
            "grace_minutes": 10, "early_leave_minutes": 10, "clock_jump_hours": 72,
            "payroll_locked_through": None, "updated_at": now, "updated_by": actor.username,
            "version": 1}])
        audit.record(s, actor, "roster.defaults", "roster_settings", 1, None,
                     {"min_rest_hours": 8, "max_week_hours": 52, "max_week_hours_night": 60})
    if not s.execute(select(func.count()).select_from(ShiftTemplate)).scalar_one():
        for values in DEFAULT_TEMPLATES:
            row = ShiftTemplate(**values, updated_by=actor.username)
            s.add(row)
            s.flush()
            audit.record(s, actor, "roster.defaults", "shift_template", row.id, None,
                         dict(values))


def needs_setup(s: Session) -> bool:
    return (s.get(RosterSettings, 1) is None
            or not s.execute(select(func.count()).select_from(ShiftTemplate)).scalar_one())


def names_of(s: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        for pid, first, last, other in s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.other_names)
                .where(Person.id.in_(chunk))):  # type: ignore[union-attr]
            found[pid] = full_name(first, last, other)
    return found


def load_person(s: Session, person_id: int) -> Person:
    if not isinstance(person_id, int):
        raise ValidationError("person", f"'{person_id}' is not a person")
    person = s.get(Person, person_id)
    if person is None:
        raise NotFoundError("person", person_id)
    return person


def get_row(s: Session, model: type[T], key: object, what: str) -> T:
    """The row ``key`` of ``model``, or ``NotFoundError`` naming ``what``."""
    row = s.get(model, key) if isinstance(key, int) and not isinstance(key, bool) else None
    if row is None:
        raise NotFoundError(what, key)
    return row


def shift_row(sh: Shift, code: str, tz: ZoneInfo) -> ShiftRow:
    assert sh.id is not None
    return ShiftRow(sh.id, sh.person_id, sh.template_id, code, sh.starts_at, sh.ends_at,
                    sh.break_minutes, sh.is_night, sh.note, sh.override_reason,
                    local_day(sh.starts_at, tz))


class RosterBase(Service):
    """Reads made before the centre's roster is set up still see the defaults: the first
    read writes them once (the rules row and three templates), then never again."""

    def _bootstrap(self) -> None:
        with self.db.read() as s:
            missing = needs_setup(s)
        if missing:
            with self.db.write() as s:
                ensure_setup(s, self.actor)

    def _zone(self) -> ZoneInfo:
        with self.db.read() as s:
            return centre_zone(s)

    def today_local(self) -> date:
        return local_day(utcnow(), self._zone())

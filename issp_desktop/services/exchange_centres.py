"""Head office's view by origin centre: which records came from where, and a summary per
centre and together. A record without a global id yet was made here (it gets one at the next
export), so its origin is this centre."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Select, String, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session

from issp_desktop.db.models.certificates import TrustedCentre
from issp_desktop.db.models.exchange import SyncPeer
from issp_desktop.errors import ValidationError
from issp_desktop.services import certificate_keys as keys
from issp_desktop.services.certificate_settings import centre_name
from issp_desktop.services.exchange_rows import IDENT, table_of
from issp_desktop.services.exchange_types import CentreSummary


def own_key(s: Session) -> str:
    key = keys.current_key(s)
    return key.key_id if key is not None else ""


def centre_names(s: Session) -> dict[str, str]:
    """Key id → name of every centre known here (peers, trusted centres, this one)."""
    names = {k: n for k, n in s.execute(select(SyncPeer.key_id, SyncPeer.name))}
    names.update({k: n for k, n in s.execute(select(TrustedCentre.key_id, TrustedCentre.name))})
    me = own_key(s)
    names[me] = centre_name(s) or "this centre"
    return names


def resolve_centre(s: Session, centre: str) -> str | None:
    """A centre's key id from its name, key id or fingerprint (case-insensitive)."""
    wanted = centre.strip().casefold()
    for key_id, name in centre_names(s).items():
        if wanted in (key_id.casefold(), name.casefold()):
            return key_id
    for key_id, fp in s.execute(select(TrustedCentre.key_id, TrustedCentre.fingerprint)):
        if wanted == fp.casefold():
            return key_id
    return None


def centre_key(s: Session, centre: str) -> tuple[str, str]:
    """(key id, name) of a centre known here, by name, key id or fingerprint; a
    ``ValidationError`` naming the known centres otherwise."""
    key = resolve_centre(s, centre) if str(centre or "").strip() else None
    names = centre_names(s)
    if key is None:
        known = ", ".join(sorted(names.values()))
        raise ValidationError("centre", f"'{centre}' is not a centre known here (known: "
                                        f"{known})")
    return key, names.get(key, centre)


def held_centres(s: Session) -> list[str]:
    """This centre's name, then the names of the other centres whose people are held here,
    by name."""
    me = own_key(s)
    names = centre_names(s)
    person = table_of("person")
    origin, cond = _origin("person", me)
    keys_held = set(s.execute(select(origin).select_from(person.outerjoin(IDENT, cond))
                              .distinct()).scalars())
    others = sorted((names.get(k, k) for k in keys_held if k != me), key=str.casefold)
    return [names[me], *others]


def origin_ids(s: Session, table: str, key: str) -> Select[Any]:
    """A select of the ids of ``table``'s rows whose origin is the centre with key id ``key``
    (rows without a global id were made here)."""
    t = table_of(table)
    origin, cond = _origin(table, own_key(s))
    return select(t.c.id).select_from(t.outerjoin(IDENT, cond)).where(origin == key)


def _origin(table: str, me: str) -> tuple[Any, Any]:
    """(origin expression, join condition) for the rows of ``table``."""
    t = table_of(table)
    cond = and_(IDENT.c.table_name == table, IDENT.c.local_key == cast(t.c.id, String))
    return func.coalesce(IDENT.c.origin, literal(me)), cond


def origin_people(s: Session, centre: str) -> Select[Any]:
    """A select of the ids of the people whose origin is ``centre`` (name, key id or
    fingerprint): for ``Person.id.in_(origin_people(s, "Kibera"))``. Unknown centre: none."""
    me = own_key(s)
    key = resolve_centre(s, centre) or "\x00unknown"
    person = table_of("person")
    origin, cond = _origin("person", me)
    return (select(person.c.id).select_from(person.outerjoin(IDENT, cond))
            .where(origin == key))


def _minutes(s: Session) -> Any:
    shift = table_of("shift")
    if s.get_bind().dialect.name == "postgresql":
        span = func.extract("epoch", shift.c.ends_at - shift.c.starts_at) / 60
    else:
        span = (func.julianday(shift.c.ends_at) - func.julianday(shift.c.starts_at)) * 1440
    return cast(func.round(span), Integer) - shift.c.break_minutes


def summaries(s: Session) -> list[CentreSummary]:
    """Each centre's people, workers, trainees, rostered hours, work units and gross pay, this
    centre first, then the others by name, then the total (key id '')."""
    me = own_key(s)
    names = centre_names(s)
    facts: dict[str, dict[str, int]] = {}

    def add(table: str, **columns: Any) -> None:
        t = table_of(table)
        origin, cond = _origin(table, me)
        stmt = (select(origin.label("origin"), *[c.label(n) for n, c in columns.items()])
                .select_from(t.outerjoin(IDENT, cond)).group_by(origin))
        for row in s.execute(stmt).mappings():
            slot = facts.setdefault(row["origin"], {})
            for n in columns:
                slot[n] = slot.get(n, 0) + int(row[n] or 0)

    person = table_of("person")
    add("person", people=func.count(),
        workers=func.sum(case((person.c.stage == "worker", 1), else_=0)),
        trainees=func.sum(case((person.c.stage == "trainee", 1), else_=0)))
    add("shift", minutes=func.sum(_minutes(s)))
    add("work_log", units=func.sum(table_of("work_log").c.units))
    add("payslip", gross=func.sum(table_of("payslip").c.gross_cents))
    facts.setdefault(me, {})
    out: list[CentreSummary] = []
    order = sorted(facts, key=lambda k: (k != me, names.get(k, k).casefold()))
    for key in order:
        f = facts[key]
        out.append(CentreSummary(key, names.get(key, key), key == me, f.get("people", 0),
                                 f.get("workers", 0), f.get("trainees", 0),
                                 f.get("minutes", 0) // 60, f.get("units", 0),
                                 f.get("gross", 0)))
    out.append(CentreSummary("", "All centres", False, *(
        sum(getattr(c, n) for c in out)
        for n in ("people", "workers", "trainees", "hours", "units", "gross_cents"))))
    return out

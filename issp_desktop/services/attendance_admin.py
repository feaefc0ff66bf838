"""Badge numbers and the public-holiday list (part of ``AttendanceService``).

Badge numbers handed out by ``assign_badges`` are ``B`` and five digits, counting up from the
highest number ever handed out — the audit trail keeps that number, so a number once given is
never given again, even when its holder got a new one. A number typed by hand is checked
against the badges people hold now.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from issp_desktop.db.models import AuditEntry, Person, PublicHoliday
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.holidays import FIRST_YEAR, LAST_YEAR, kenya_holidays
from issp_desktop.errors import NotFoundError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.attendance_clock import normalise_badge, person_name
from issp_desktop.services.attendance_types import (
    BadgeAssignment,
    BadgeRow,
    BadgeTakenError,
    HolidayRow,
)
from issp_desktop.services.base import Service, use_case

PREFIX = "B"
DIGITS = 5
_AUTO = re.compile(rf"^{PREFIX}(\d{{{DIGITS},}})$")
BADGE_STAGES = ("worker", "trainee")
MAX_HOLIDAY_NAME = 120


def badge_number(n: int) -> str:
    return f"{PREFIX}{n:0{DIGITS}d}"


def _auto_number(badge: str | None) -> int:
    match = _AUTO.match(badge or "")
    return int(match.group(1)) if match else 0


class AdminUseCases(Service):
    # --- badges --------------------------------------------------------------------------------

    @use_case("badges.list", Permission.ROSTER_VIEW)
    def badges(self, stages: Iterable[str] = BADGE_STAGES) -> list[BadgeRow]:
        """People of these stages with their badge number (None: no badge yet), by name."""
        with self.db.read() as s:
            rows = s.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.stage,
                       Person.badge_no)
                .where(Person.stage.in_(list(stages)), Person.erased_at.is_(None))
                .order_by(Person.last_name, Person.first_name, Person.id)).all()
        return [BadgeRow(r[0], person_name(r[1], r[2]), r[3], r[4]) for r in rows]

    @use_case("badges.assign", Permission.ATTENDANCE_EDIT)
    def assign_badges(self, include_trainees: bool = False) -> BadgeAssignment:
        """Give every worker (and trainee, if asked) without a badge the next numbers."""
        stages = ["worker", "trainee"] if include_trainees else ["worker"]
        with self.db.write() as s:
            ids = list(s.execute(
                select(Person.id).where(Person.stage.in_(stages), Person.badge_no.is_(None),
                                        Person.erased_at.is_(None))
                .order_by(Person.enrolled_on, Person.id)).scalars())
            if not ids:
                return BadgeAssignment(0, None, None)
            start = self._highest_number(s) + 1
            now = utcnow()
            table = Person.__table__  # type: ignore[attr-defined]
            s.execute(
                update(table).where(table.c.id == bindparam("pid")).values(
                    badge_no=bindparam("badge"), updated_at=now,
                    updated_by=self.actor.username[:64], version=table.c.version + 1),
                [{"pid": pid, "badge": badge_number(start + i)} for i, pid in enumerate(ids)])
            first, last = badge_number(start), badge_number(start + len(ids) - 1)
            audit.record(s, self.actor, "badges.assign", "person", f"{len(ids)} people", None,
                         {"count": len(ids), "first": first, "last": last,
                          "highest": start + len(ids) - 1})
        return BadgeAssignment(len(ids), first, last)

    @use_case("badges.change", Permission.ATTENDANCE_EDIT)
    def set_badge(self, person_id: int, badge: str | None) -> BadgeRow:
        """Give one person this badge number (``None`` or empty: the next unused number)."""
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError("person", person_id)
            code = (normalise_badge(badge) if badge and badge.strip()
                    else badge_number(self._highest_number(s) + 1))
            holder = s.execute(select(Person.first_name, Person.last_name).where(
                Person.badge_no == code, Person.id != person_id)).first()
            if holder is not None:
                raise BadgeTakenError(code, person_name(*holder))
            old = person.badge_no
            if old == code:
                return BadgeRow(person_id, person_name(person.first_name, person.last_name),
                                person.stage, code)
            person.badge_no = code
            person.updated_at = utcnow()
            person.updated_by = self.actor.username[:64]
            person.version += 1
            try:
                s.flush()
            except IntegrityError as exc:
                raise BadgeTakenError(code, "somebody else") from exc
            new: dict[str, object] = {"badge_no": code}
            if _auto_number(code):
                new["highest"] = max(_auto_number(code), self._highest_number(s))
            audit.record(s, self.actor, "badges.change", "person", person_id,
                         {"badge_no": old}, new)
            return BadgeRow(person_id, person_name(person.first_name, person.last_name),
                            person.stage, code)

    @staticmethod
    def _highest_number(s: Session) -> int:
        """The highest automatic badge number held now or ever handed out (audit trail)."""
        held = s.execute(select(Person.badge_no).where(
            Person.badge_no.like(f"{PREFIX}%"))).scalars()  # type: ignore[union-attr]
        top = max((_auto_number(b) for b in held), default=0)
        for text in s.execute(select(AuditEntry.new_values).where(
                AuditEntry.use_case.in_(["badges.assign", "badges.change"]))).scalars():
            try:
                value = json.loads(text or "{}").get("highest", 0)
            except (ValueError, AttributeError):
                continue
            if isinstance(value, int):
                top = max(top, value)
        return top

    # --- public holidays -----------------------------------------------------------------------

    @use_case("holidays.list", Permission.ROSTER_VIEW)
    def holidays(self, year: int | None = None) -> list[HolidayRow]:
        with self.db.read() as s:
            query = select(PublicHoliday.id, PublicHoliday.on, PublicHoliday.name)
            if year is not None:
                query = query.where(PublicHoliday.on >= date(year, 1, 1),
                                    PublicHoliday.on <= date(year, 12, 31))
            return [HolidayRow(*r) for r in s.execute(query.order_by(PublicHoliday.on))]

    @use_case("holidays.save", Permission.ROSTER_EDIT)
    def save_holiday(self, on: date, name: str, holiday_id: int | None = None) -> HolidayRow:
        """Add a holiday, or change the date or name of one (``holiday_id``)."""
        if not isinstance(on, date):
            raise ValidationError("date", f"'{on}' is not a date")
        clean = " ".join((name or "").split())
        if not clean:
            raise ValidationError("name", "is empty")
        if len(clean) > MAX_HOLIDAY_NAME:
            raise ValidationError("name", f"is longer than {MAX_HOLIDAY_NAME} characters")
        with self.db.write() as s:
            clash = s.execute(select(PublicHoliday.name).where(
                PublicHoliday.on == on, PublicHoliday.id != (holiday_id or -1))).scalar()
            if clash is not None:
                raise ValidationError("date", f"{on.isoformat()} is already a holiday ({clash})")
            if holiday_id is None:
                row = PublicHoliday(on=on, name=clean, recorded_by=self.actor.username[:64])
                s.add(row)
                s.flush()
                audit.record(s, self.actor, "holidays.add", "public_holiday", row.id, None,
                             {"on": on, "name": clean})
            else:
                found = s.get(PublicHoliday, holiday_id)
                if found is None:
                    raise NotFoundError("public holiday", holiday_id)
                old = {"on": found.on, "name": found.name}
                found.on, found.name = on, clean
                found.recorded_at, found.recorded_by = utcnow(), self.actor.username[:64]
                s.flush()
                row = found
                audit.record(s, self.actor, "holidays.change", "public_holiday", row.id, old,
                             {"on": on, "name": clean})
            assert row.id is not None
            return HolidayRow(row.id, row.on, row.name)

    @use_case("holidays.delete", Permission.ROSTER_EDIT)
    def delete_holiday(self, holiday_id: int) -> None:
        with self.db.write() as s:
            found = s.get(PublicHoliday, holiday_id)
            if found is None:
                raise NotFoundError("public holiday", holiday_id)
            old = {"on": found.on, "name": found.name}
            s.execute(delete(PublicHoliday).where(PublicHoliday.id == holiday_id))
            audit.record(s, self.actor, "holidays.delete", "public_holiday", holiday_id, old,
                         None)

    @use_case("holidays.load_defaults", Permission.ROSTER_EDIT)
    def load_holidays(self, year: int) -> int:
        """Add Kenya's public holidays of ``year`` that are not in the list yet (by date);
        returns how many were added. Dates already listed are left as they are."""
        if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValidationError("year", f"'{year}' is not a year between {FIRST_YEAR} and "
                                          f"{LAST_YEAR}")
        defaults = kenya_holidays(year)
        now = utcnow()
        with self.db.write() as s:
            taken = set(s.execute(select(PublicHoliday.on).where(
                PublicHoliday.on >= date(year, 1, 1),
                PublicHoliday.on <= date(year, 12, 31))).scalars())
            rows = [{"on": h.on, "name": h.name + (f" ({h.note})" if h.note else ""),
                     "recorded_at": now, "recorded_by": self.actor.username[:64]}
                    for h in defaults if h.on not in taken]
            if rows:
                s.execute(insert(PublicHoliday.__table__), rows)  # type: ignore[attr-defined]
                audit.record(s, self.actor, "holidays.load_defaults", "public_holiday",
                             str(year), None, {"year": year, "added": len(rows)})
            return len(rows)

    @use_case("holidays.count", Permission.ROSTER_VIEW)
    def holiday_count(self, year: int) -> int:
        with self.db.read() as s:
            return int(s.execute(select(func.count()).select_from(PublicHoliday).where(
                PublicHoliday.on >= date(year, 1, 1),
                PublicHoliday.on <= date(year, 12, 31))).scalar_one())

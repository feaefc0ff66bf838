"""Shift templates and the roster rules (part of ``RosterService``)."""

from __future__ import annotations

import re
from dataclasses import asdict

from sqlalchemy import func, select

from issp_desktop.db.models import RosterSettings, ShiftTemplate
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.roster import MAX_SHIFT_MINUTES
from issp_desktop.domain.text import clean_name
from issp_desktop.errors import StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import use_case
from issp_desktop.services.roster_base import (
    RosterBase,
    ensure_setup,
    get_row,
    load_rules,
    load_templates,
    rules_of,
    template_row,
)
from issp_desktop.services.roster_types import RosterRules, TemplateInput, TemplateRow

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CODE = re.compile(r"^[A-Za-z0-9]{1,4}$")
RULE_RANGES = {  # field -> (low, high)
    "min_rest_hours": (0, 24), "max_week_hours": (1, 168), "max_week_hours_night": (1, 168),
    "grace_minutes": (0, 120), "early_leave_minutes": (0, 240), "clock_jump_hours": (1, 8760),
}


def _int(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"'{value}' is not a whole number")
    if not low <= value <= high:
        raise ValidationError(field, f"{value} is outside {low}–{high}")
    return value


def clean_template(t: TemplateInput) -> dict[str, object]:
    if not isinstance(t, TemplateInput):
        raise ValidationError("template", "is missing")
    name = clean_name(t.name or "")
    if not name:
        raise ValidationError("name", "is required")
    if len(name) > 60:
        raise ValidationError("name", "is longer than 60 characters")
    code = (t.code or "").strip().upper()
    if not _CODE.match(code):
        raise ValidationError("code", f"'{t.code}' should be 1–4 letters or digits (e.g. M)")
    start = _int("start", t.start_minute, 0, 1439)
    length = _int("length", t.length_minutes, 1, MAX_SHIFT_MINUTES)
    brk = _int("break", t.break_minutes, 0, 240)
    if brk >= length:
        raise ValidationError("break", "must be shorter than the shift")
    colour = (t.colour or "").strip()
    if colour and not _COLOUR.match(colour):
        raise ValidationError("colour", f"'{colour}' should look like #RRGGBB")
    return {"name": name, "code": code, "start_minute": start, "length_minutes": length,
            "break_minutes": brk, "is_night": bool(t.is_night), "colour": colour,
            "active": bool(t.active)}


class TemplateUseCases(RosterBase):
    @use_case("roster.templates", Permission.ROSTER_VIEW)
    def templates(self, include_inactive: bool = True) -> list[TemplateRow]:
        self._bootstrap()
        with self.db.read() as s:
            return load_templates(s, include_inactive=include_inactive)

    @use_case("roster.template_save", Permission.ROSTER_EDIT)
    def save_template(self, template: TemplateInput, template_id: int | None = None,
                      expected_version: int | None = None) -> TemplateRow:
        """Add a template (``template_id`` None) or change one. Shifts already planned keep
        their times; the template's new times apply to shifts planned from now on."""
        values = clean_template(template)
        with self.db.write() as s:
            ensure_setup(s, self.actor)
            clash = s.execute(select(ShiftTemplate.id).where(
                func.lower(ShiftTemplate.name) == str(values["name"]).lower())).scalar()
            code_clash = s.execute(select(ShiftTemplate.name).where(
                ShiftTemplate.code == values["code"],
                ShiftTemplate.id != (template_id or 0))).scalar()
            if clash is not None and clash != template_id:
                raise ValidationError("name", f"there is already a template '{values['name']}'")
            if code_clash is not None:
                raise ValidationError("code", f"'{values['code']}' is already the code of "
                                      f"'{code_clash}'")
            if template_id is None:
                row = ShiftTemplate(**values, updated_by=self.actor.username)  # type: ignore
                s.add(row)
                s.flush()
                audit.record(s, self.actor, "roster.template_save", "shift_template", row.id,
                             None, values)
                return template_row(row)
            row = get_row(s, ShiftTemplate, template_id, "shift template")
            if expected_version is not None and row.version != expected_version:
                raise StaleRecordError("shift template", row.updated_by, row.updated_at)
            old = {k: getattr(row, k) for k in values}
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            row.version += 1
            s.flush()
            audit.record(s, self.actor, "roster.template_save", "shift_template", row.id, old,
                         values)
            return template_row(row)

    @use_case("roster.template_active", Permission.ROSTER_EDIT)
    def set_template_active(self, template_id: int, active: bool) -> TemplateRow:
        """Deactivate (hide from new plans; shifts keep it) or bring a template back."""
        with self.db.write() as s:
            row = get_row(s, ShiftTemplate, template_id, "shift template")
            old = row.active
            row.active = bool(active)
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            row.version += 1
            s.flush()
            audit.record(s, self.actor, "roster.template_active", "shift_template", row.id,
                         {"active": old}, {"active": row.active})
            return template_row(row)

    @use_case("roster.rules", Permission.ROSTER_VIEW)
    def rules(self) -> RosterRules:
        self._bootstrap()
        with self.db.read() as s:
            return load_rules(s)

    @use_case("roster.rules_update", Permission.ROSTER_EDIT)
    def update_rules(self, rules: RosterRules, expected_version: int | None = None
                     ) -> RosterRules:
        """Change the limits. The payroll lock is not set here: the payroll feature closes
        periods (``payroll_locked_through`` is kept as it is)."""
        if not isinstance(rules, RosterRules):
            raise ValidationError("rules", "are missing")
        values = {key: _int(key.replace("_", " "), getattr(rules, key), low, high)
                  for key, (low, high) in RULE_RANGES.items()}
        if values["max_week_hours_night"] < values["max_week_hours"]:
            raise ValidationError("max week hours night", "should not be below the normal "
                                  "weekly maximum")
        with self.db.write() as s:
            ensure_setup(s, self.actor)
            row = s.get(RosterSettings, 1)
            assert row is not None
            if expected_version is not None and row.version != expected_version:
                raise StaleRecordError("roster rules", row.updated_by, row.updated_at)
            old = {k: v for k, v in asdict(rules_of(row)).items() if k in values}
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            row.version += 1
            s.flush()
            audit.record(s, self.actor, "roster.rules_update", "roster_settings", 1, old,
                         values)
            return rules_of(row)

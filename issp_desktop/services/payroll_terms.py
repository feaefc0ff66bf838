"""Pay terms (dated, appended), the minimum-wage table, payroll settings and the centre's own
rule-pack versions (part of ``PayrollService``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlmodel import Session

from issp_desktop.config.paths import resources_dir
from issp_desktop.db.models import Person
from issp_desktop.db.models.payroll import (
    MinimumWage,
    PayrollSettings,
    PayTerms,
    RulePackVersion,
)
from issp_desktop.db.types import utcnow
from issp_desktop.domain.access import Permission
from issp_desktop.domain.payroll import (
    MAX_MULTIPLIER_BP,
    MAX_RATE_CENTS,
    MIN_MULTIPLIER_BP,
    Method,
    PayKind,
)
from issp_desktop.domain.payroll_periods import columns_json, mpesa_msisdn
from issp_desktop.domain.text import has_invisible
from issp_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case
from issp_desktop.services.payroll_base import (
    check_day,
    full_name,
    load_pack,
    parse_version,
    period_kind,
    settings_of,
    settings_row,
)
from issp_desktop.services.payroll_types import (
    MinimumWageInput,
    MinimumWageRow,
    PackVersionRow,
    PayeeRow,
    PayrollSettingsInput,
    PayrollSettingsRow,
    TermsInput,
    TermsRow,
)
from issp_desktop.services.rule_packs import shipped_codes

PAYEE_STAGES = ("worker", "trainee")


def _text(field: str, raw: Any, limit: int, *, required: bool = False) -> str:
    text = "" if raw is None else str(raw).strip()
    if required and not text:
        raise ValidationError(field, "is missing")
    if len(text) > limit:
        raise ValidationError(field, f"is longer than {limit} characters")
    if has_invisible(text):
        raise ValidationError(field, "contains invisible characters")
    return text


def _cents(field: str, value: Any, high: int, *, low: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, f"'{value}' is not an amount in cents")
    if value < 0:
        raise ValidationError(field, f"{value / 100:,.2f} is negative")
    if value < low:
        raise ValidationError(field, "must be more than zero")
    if value > high:
        raise ValidationError(field, f"{value / 100:,.2f} is more than the most this field "
                                     f"allows ({high / 100:,.0f}); check the amount")
    return value


def clean_terms(inp: TermsInput, person_phone: str) -> dict[str, Any]:
    """The row to append, or the first thing wrong with the terms."""
    try:
        kind = PayKind(inp.kind)
    except ValueError as exc:
        raise ValidationError("kind", f"'{inp.kind}' is not monthly, daily, hourly, piece or "
                                      "stipend") from exc
    needs_amount = kind in (PayKind.MONTHLY, PayKind.DAILY, PayKind.HOURLY)
    amount = _cents("amount", inp.amount_cents, MAX_RATE_CENTS[kind],
                    low=1 if needs_amount else 0)
    hourly = None
    if inp.hourly_rate_cents is not None:
        hourly = _cents("hourly rate", inp.hourly_rate_cents, MAX_RATE_CENTS[PayKind.HOURLY],
                        low=1)
    for field, bp in (("weekday overtime", inp.overtime_weekday_bp),
                      ("rest-day overtime", inp.overtime_rest_bp)):
        if not isinstance(bp, int) or not MIN_MULTIPLIER_BP <= bp <= MAX_MULTIPLIER_BP:
            raise ValidationError(field, f"multiplier must be between 1× and 4× (got {bp})")
    try:
        method = Method(inp.method)
    except ValueError as exc:
        raise ValidationError("payment method", f"'{inp.method}' is not mpesa, bank or "
                                                "cash") from exc
    phone = _text("phone", inp.phone, 20)
    bank_name = _text("bank", inp.bank_name, 80)
    bank_account = _text("bank account", inp.bank_account, 40)
    if method is Method.MPESA:
        wanted = phone or person_phone
        if mpesa_msisdn(wanted) is None:
            raise ValidationError("phone", f"'{wanted}' cannot become an M-Pesa number "
                                           "(2547XXXXXXXX or 2541XXXXXXXX)" if wanted else
                                  "M-Pesa needs a phone number; the person has none")
        if phone:
            phone = "+" + (mpesa_msisdn(phone) or "")
    if method is Method.BANK and (not bank_name or not bank_account):
        raise ValidationError("bank account", "a bank payment needs the bank and the account "
                                              "number")
    statutory = (kind is not PayKind.STIPEND) if inp.statutory is None else bool(inp.statutory)
    return {
        "person_id": inp.person_id, "effective_from": check_day("effective from",
                                                                inp.effective_from),
        "kind": kind.value, "amount_cents": amount, "hourly_rate_cents": hourly,
        "overtime_weekday_bp": inp.overtime_weekday_bp, "overtime_rest_bp": inp.overtime_rest_bp,
        "job_category": _text("job category", inp.job_category, 80),
        "location": _text("location", inp.location, 80), "statutory": statutory,
        "method": method.value, "phone": phone, "bank_name": bank_name,
        "bank_branch": _text("bank branch", inp.bank_branch, 80), "bank_account": bank_account,
        "note": _text("note", inp.note, 300),
    }


def _terms_row(t: PayTerms, name: str) -> TermsRow:
    assert t.id is not None
    return TermsRow(t.id, t.person_id, name, t.effective_from, t.kind, t.amount_cents,
                    t.hourly_rate_cents, t.overtime_weekday_bp, t.overtime_rest_bp,
                    t.job_category, t.location, t.statutory, t.method, t.phone, t.bank_name,
                    t.bank_branch, t.bank_account, t.note, t.recorded_at, t.recorded_by)


def latest_terms_ids(s: Session, on: Any = None) -> Any:
    """A subquery: the id of each person's terms in force on ``on`` (None: newest)."""
    q = select(PayTerms.person_id, PayTerms.effective_from, PayTerms.id)
    if on is not None:
        q = q.where(PayTerms.effective_from <= on)
    ranked = q.subquery()
    best = (select(ranked.c.person_id, func.max(ranked.c.effective_from).label("d"))
            .group_by(ranked.c.person_id).subquery())
    return (select(func.max(ranked.c.id)).join(
        best, (best.c.person_id == ranked.c.person_id) & (best.c.d == ranked.c.effective_from))
        .group_by(ranked.c.person_id))


def _money_text(field: str, raw: Any) -> int:
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ValidationError(field, f"'{raw}' is not an amount") from exc
    if not value.is_finite() or value < 0:
        raise ValidationError(field, f"'{raw}' must be zero or more")
    return int((value * 100).to_integral_value())


class TermsUseCases(Service):
    # --- who is paid and on what terms ---------------------------------------------------------

    @use_case("payroll.payees", Permission.PAY_VIEW)
    def payees(self, text: str = "") -> list[PayeeRow]:
        """Workers and trainees (and anyone with terms), by name, with whether they have
        terms."""
        with self.db.read() as s:
            has = set(s.execute(select(PayTerms.person_id).distinct()).scalars())
            q = select(Person.id, Person.first_name, Person.last_name, Person.stage,
                       Person.national_id).where(or_(Person.stage.in_(PAYEE_STAGES),
                                                     Person.id.in_(has) if has else False))
            if text.strip():
                like = f"%{text.strip()}%"
                q = q.where(or_(Person.first_name.like(like), Person.last_name.like(like),
                                Person.national_id.like(like)))
            rows = s.execute(q.order_by(Person.last_name, Person.first_name)).all()
        return [PayeeRow(pid, full_name(f, last), stage, nid or "", pid in has)
                for pid, f, last, stage, nid in rows]

    @use_case("payroll.terms_history", Permission.PAY_VIEW)
    def terms_history(self, person_id: int) -> list[TermsRow]:
        """A person's terms, newest first (each row in force until the next)."""
        with self.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError("person", person_id)
            rows = s.execute(select(PayTerms).where(PayTerms.person_id == person_id).order_by(
                PayTerms.effective_from.desc(), PayTerms.id.desc())).scalars().all()
            return [_terms_row(t, full_name(person.first_name, person.last_name)) for t in rows]

    @use_case("payroll.current_terms", Permission.PAY_VIEW)
    def current_terms(self) -> list[TermsRow]:
        """Everybody's newest terms, by name."""
        with self.db.read() as s:
            rows = s.execute(
                select(PayTerms, Person.first_name, Person.last_name)
                .join(Person, Person.id == PayTerms.person_id)
                .where(PayTerms.id.in_(latest_terms_ids(s)))
                .order_by(Person.last_name, Person.first_name)).all()
            return [_terms_row(t, full_name(f, last)) for t, f, last in rows]

    @use_case("payroll.add_terms", Permission.PAY_TERMS_EDIT)
    def add_terms(self, inp: TermsInput) -> TermsRow:
        """Append new terms from their date (earlier terms stay, in force until then)."""
        if not isinstance(inp, TermsInput):
            raise ValidationError("terms", "nothing to save")
        with self.db.write() as s:
            person = s.get(Person, inp.person_id)
            if person is None:
                raise NotFoundError("person", inp.person_id)
            values = clean_terms(inp, person.phone or "")
            row = PayTerms(**values, recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "payroll.add_terms", "pay_terms", row.id, None,
                         {k: v for k, v in values.items() if k not in ("phone", "bank_account")})
            return _terms_row(row, full_name(person.first_name, person.last_name))

    # --- minimum wages ----------------------------------------------------------------------------

    @use_case("payroll.minimum_wages", Permission.PAY_VIEW)
    def minimum_wages(self) -> list[MinimumWageRow]:
        with self.db.read() as s:
            rows = s.execute(select(MinimumWage).order_by(
                MinimumWage.category, MinimumWage.location,
                MinimumWage.effective_from.desc())).scalars().all()
        return [MinimumWageRow(r.id or 0, r.category, r.location, r.effective_from,
                               r.monthly_cents, r.hourly_cents, r.source, r.recorded_by)
                for r in rows]

    @staticmethod
    def _clean_wage(inp: MinimumWageInput) -> dict[str, Any]:
        values = {
            "category": _text("category", inp.category, 80, required=True),
            "location": _text("location", inp.location, 80, required=True),
            "effective_from": check_day("effective from", inp.effective_from),
            "monthly_cents": _cents("monthly minimum", inp.monthly_cents,
                                    MAX_RATE_CENTS[PayKind.MONTHLY], low=1),
            "hourly_cents": None if inp.hourly_cents is None else _cents(
                "hourly minimum", inp.hourly_cents, MAX_RATE_CENTS[PayKind.HOURLY], low=1),
            "source": _text("source", inp.source, 300),
        }
        return values

    @use_case("payroll.add_minimum_wage", Permission.PAYROLL_EDIT)
    def add_minimum_wage(self, inp: MinimumWageInput) -> MinimumWageRow:
        """A new dated row (earlier rows stay, in force until its date)."""
        if not isinstance(inp, MinimumWageInput):
            raise ValidationError("minimum wage", "nothing to save")
        values = self._clean_wage(inp)
        with self.db.write() as s:
            clash = s.execute(select(MinimumWage.id).where(
                MinimumWage.category == values["category"],
                MinimumWage.location == values["location"],
                MinimumWage.effective_from == values["effective_from"])).first()
            if clash:
                raise ValidationError("effective from", "a minimum for this category and place "
                                      "from that date exists; add one from another date")
            row = MinimumWage(**values, recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "payroll.add_minimum_wage", "minimum_wage", row.id,
                         None, values)
            return MinimumWageRow(row.id or 0, row.category, row.location, row.effective_from,
                                  row.monthly_cents, row.hourly_cents, row.source,
                                  row.recorded_by)

    @use_case("payroll.load_minimum_wages", Permission.PAYROLL_EDIT)
    def load_minimum_wages(self, path: Path | None = None) -> int:
        """Add the rows of a minimum-wage file (default: the shipped Kenyan table) that are not
        in the table yet; returns how many were added."""
        path = Path(path) if path else resources_dir() / "minimum_wages" / "KE.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValidationError("file", f"{path.name} cannot be read: {exc}") from exc
        rows: list[dict[str, Any]] = []
        for i, raw in enumerate(data.get("rows") or [], 1):
            try:
                source = str(raw.get("source", ""))
                if raw.get("check"):
                    source = ("check against the Legal Notice: " + source)[:300]
                from datetime import date as _date

                values = self._clean_wage(MinimumWageInput(
                    str(raw.get("category", "")), str(raw.get("location", "")),
                    _date.fromisoformat(str(raw.get("effective_from"))),
                    _money_text("monthly", raw.get("monthly")),
                    None if raw.get("hourly") is None else _money_text("hourly",
                                                                       raw.get("hourly")),
                    source))
            except (ValueError, AttributeError) as exc:
                if isinstance(exc, ValidationError):
                    raise ValidationError(f"row {i} {exc.field}", exc.reason) from exc
                raise ValidationError(f"row {i}", str(exc)) from exc
            rows.append(values)
        with self.db.write() as s:
            have = {tuple(r) for r in s.execute(select(
                MinimumWage.category, MinimumWage.location, MinimumWage.effective_from))}
            new = [dict(r, recorded_at=utcnow(), recorded_by=self.actor.username) for r in rows
                   if (r["category"], r["location"], r["effective_from"]) not in have]
            if new:
                s.execute(insert(MinimumWage.__table__), new)  # type: ignore[attr-defined]
                audit.record(s, self.actor, "payroll.load_minimum_wages", "minimum_wage", "",
                             None, {"file": path.name, "added": len(new)})
        return len(new)

    # --- settings and rule packs ------------------------------------------------------------------

    @use_case("payroll.settings", Permission.PAY_VIEW)
    def settings(self) -> PayrollSettingsRow:
        with self.db.read() as s:
            return settings_of(settings_row(s))

    @use_case("payroll.save_settings", Permission.PAYROLL_EDIT)
    def save_settings(self, inp: PayrollSettingsInput, version: int) -> PayrollSettingsRow:
        if not isinstance(inp, PayrollSettingsInput):
            raise ValidationError("settings", "nothing to save")
        if inp.pack_code not in shipped_codes():
            raise ValidationError("rule pack", f"no pack '{inp.pack_code}'; the shipped packs "
                                               f"are {', '.join(shipped_codes())}")
        kind = period_kind(inp.period_kind)
        for field, value, low, high in (("hours per month", inp.hours_per_month, 100, 300),
                                        ("days per month", inp.days_per_month, 15, 31)):
            if not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(field, f"must be a whole number from {low} to {high}")
        columns = columns_json(tuple(inp.mpesa_columns))
        from issp_desktop.domain.payroll_periods import parse_mpesa_columns

        parse_mpesa_columns(columns)
        with self.db.write() as s:
            row = s.get(PayrollSettings, 1)
            if row is None:
                row = PayrollSettings(id=1)
                s.add(row)
                s.flush()
            elif row.version != version:
                raise StaleRecordError("payroll settings", row.updated_by, row.updated_at)
            old = {"pack_code": row.pack_code, "period_kind": row.period_kind,
                   "hours_per_month": row.hours_per_month, "days_per_month": row.days_per_month,
                   "mpesa_columns": row.mpesa_columns}
            row.pack_code, row.period_kind = inp.pack_code, kind.value
            row.hours_per_month, row.days_per_month = inp.hours_per_month, inp.days_per_month
            row.mpesa_columns = columns
            row.updated_at, row.updated_by = utcnow(), self.actor.username
            row.version += 1
            audit.record(s, self.actor, "payroll.save_settings", "payroll_settings", 1, old,
                         {"pack_code": row.pack_code, "period_kind": row.period_kind,
                          "hours_per_month": row.hours_per_month,
                          "days_per_month": row.days_per_month, "mpesa_columns": columns})
            return settings_of(row)

    @use_case("payroll.pack_versions", Permission.PAY_VIEW)
    def pack_versions(self, pack_code: str | None = None) -> list[PackVersionRow]:
        """The versions of the pack (shipped and the centre's own), newest first."""
        with self.db.read() as s:
            code = pack_code or settings_row(s).pack_code
            pack = load_pack(s, code)
            mine = {d: by for d, by in s.execute(
                select(RulePackVersion.effective_from, RulePackVersion.recorded_by)
                .where(RulePackVersion.pack_code == pack.code))}
        return [PackVersionRow(pack.code, v.effective_from, v.label,
                               "centre" if v.effective_from in mine else "shipped",
                               mine.get(v.effective_from, ""))
                for v in reversed(pack.versions)]

    @use_case("payroll.add_pack_version", Permission.PAYROLL_EDIT)
    def add_pack_version(self, body: str, pack_code: str | None = None) -> PackVersionRow:
        """A new dated version of the pack, given as the JSON of one version (as in the pack
        file's ``versions`` list) or a whole pack file (its newest version is taken)."""
        if not isinstance(body, str) or not body.strip():
            raise ValidationError("rule pack version", "is empty")
        if len(body) > 100_000:
            raise ValidationError("rule pack version", "is too long")
        with self.db.write() as s:
            code = load_pack(s, pack_code or settings_row(s).pack_code).code
            version = parse_version(code, body)
            raw = json.loads(body)
            if isinstance(raw, dict) and "versions" in raw:
                raw = raw["versions"][-1]
            text = json.dumps(raw, ensure_ascii=False)
            row = RulePackVersion(pack_code=code, effective_from=version.effective_from,
                                  label=(version.label or "centre version")[:200], body=text,
                                  recorded_by=self.actor.username)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "payroll.add_pack_version", "rule_pack_version", row.id,
                         None, {"pack": code, "effective_from": version.effective_from,
                                "label": row.label})
        return PackVersionRow(code, version.effective_from, row.label, "centre",
                              self.actor.username)

    @use_case("payroll.pack_version_json", Permission.PAY_VIEW)
    def pack_version_json(self, effective_from: Any, pack_code: str | None = None) -> str:
        """One version as JSON text (to start a new version from in Settings)."""
        with self.db.read() as s:
            code = pack_code or settings_row(s).pack_code
            mine = s.execute(select(RulePackVersion.body).where(
                RulePackVersion.pack_code == code,
                RulePackVersion.effective_from == effective_from)
                .order_by(RulePackVersion.id.desc()).limit(1)).scalar()
        if mine:
            return json.dumps(json.loads(mine), indent=2, ensure_ascii=False)
        from issp_desktop.services.rule_packs import packs_dir

        for path in packs_dir().glob("*.json"):
            if path.stem.lower() == str(code).lower():
                for v in json.loads(path.read_text(encoding="utf-8")).get("versions", []):
                    if str(v.get("effective_from")) == str(effective_from):
                        return json.dumps(v, indent=2, ensure_ascii=False)
        raise NotFoundError("rule pack version", f"{code} {effective_from}")


def names_of(s: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {pid: full_name(f, last) for pid, f, last in s.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(wanted)))}

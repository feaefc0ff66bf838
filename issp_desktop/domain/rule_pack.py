"""Statutory rule packs: dated versions of a country's deductions and income tax, as data.

A pack (``resources/rule_packs/KE.json``, or a version a centre added in Settings) is parsed
here into frozen dataclasses and checked; ``domain/statutory.py`` computes with it. A version
applies from its ``effective_from`` date until the next version's. Figures are ``Decimal``
amounts in the pack's currency (monthly), rates are fractions (``0.0275`` = 2.75%).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from issp_desktop.errors import ValidationError


class Rounding(StrEnum):
    CENT = "cent"  # to the cent, half up
    WHOLE = "whole"  # to whole units (shillings), half up


class ComponentKind(StrEnum):
    TIERED = "tiered"  # a rate on pay up to a lower limit (tier I) and up to an upper (tier II)
    PERCENT = "percent"  # a rate on gross, with an optional minimum and maximum
    BAND_TABLE = "band_table"  # a fixed amount by gross band


@dataclass(frozen=True)
class Band:
    upto: Decimal | None  # inclusive upper bound; None = no bound
    value: Decimal  # a rate (tax bands) or an amount (band tables)


@dataclass(frozen=True)
class Component:
    code: str
    name: str
    kind: ComponentKind
    employee_rate: Decimal = Decimal(0)
    employer_rate: Decimal = Decimal(0)
    lower_limit: Decimal | None = None
    upper_limit: Decimal | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    bands: tuple[Band, ...] = ()
    rounding: Rounding = Rounding.CENT
    source: str = ""


@dataclass(frozen=True)
class Deductible:
    code: str
    cap: Decimal | None


@dataclass(frozen=True)
class Relief:
    code: str
    rate: Decimal
    cap: Decimal | None
    name: str


@dataclass(frozen=True)
class IncomeTax:
    code: str
    name: str
    bands: tuple[Band, ...]
    personal_relief: Decimal
    deductible: tuple[Deductible, ...]
    reliefs: tuple[Relief, ...]
    rounding: Rounding
    source: str


@dataclass(frozen=True)
class PackVersion:
    effective_from: date
    label: str
    components: tuple[Component, ...]
    tax: IncomeTax | None


@dataclass(frozen=True)
class RulePack:
    code: str
    name: str
    currency: str
    notes: str
    versions: tuple[PackVersion, ...]  # oldest first

    def version_on(self, on: date) -> PackVersion:
        """The version in force on ``on``."""
        chosen = None
        for version in self.versions:
            if version.effective_from <= on:
                chosen = version
        if chosen is None:
            first = self.versions[0].effective_from.isoformat()
            raise ValidationError("date", f"{on.isoformat()} is before the {self.code} rule "
                                          f"pack's first version ({first})")
        return chosen

    @property
    def codes(self) -> tuple[str, ...]:
        """Every deduction code the pack uses, in the order of its newest version."""
        seen: list[str] = []
        for version in reversed(self.versions):
            for code in [c.code for c in version.components] + (
                    [version.tax.code] if version.tax else []):
                if code not in seen:
                    seen.append(code)
        return tuple(seen)


# --- parsing ------------------------------------------------------------------------------------

def _dec(where: str, value: Any, *, allow_none: bool = False) -> Decimal | None:
    if value is None:
        if allow_none:
            return None
        raise ValidationError(where, "is missing")
    if isinstance(value, float):
        raise ValidationError(where, f"{value!r} must be written as a string, not a float")
    try:
        result = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValidationError(where, f"{value!r} is not a number") from exc
    if not result.is_finite() or result < 0:
        raise ValidationError(where, f"{value!r} must be zero or more")
    return result


def _req(where: str, value: Any) -> Decimal:
    result = _dec(where, value)
    assert result is not None
    return result


def _rate(where: str, value: Any) -> Decimal:
    result = _req(where, value)
    if result > 1:
        raise ValidationError(where, f"{value} is a rate above 100% (write 0.06 for 6%)")
    return result


def _bands(where: str, raw: Any, *, rates: bool) -> tuple[Band, ...]:
    if not isinstance(raw, list) or not raw:
        raise ValidationError(where, "needs at least one band")
    bands: list[Band] = []
    previous: Decimal | None = None
    for i, item in enumerate(raw, 1):
        if not isinstance(item, list) or len(item) != 2:
            raise ValidationError(f"{where} band {i}", "must be [upto, value]")
        upto = _dec(f"{where} band {i}", item[0], allow_none=True)
        value = _rate(f"{where} band {i}", item[1]) if rates else _req(f"{where} band {i}",
                                                                      item[1])
        if upto is None and i != len(raw):
            raise ValidationError(f"{where} band {i}", "only the last band may be open-ended")
        if upto is not None and previous is not None and upto <= previous:
            raise ValidationError(f"{where} band {i}", "bands must rise")
        previous = upto
        bands.append(Band(upto, value))
    if bands[-1].upto is not None:
        raise ValidationError(where, "the last band must be open-ended (upto null)")
    return tuple(bands)


def _rounding(where: str, value: Any) -> Rounding:
    try:
        return Rounding(value or "cent")
    except ValueError as exc:
        raise ValidationError(where, f"rounding '{value}' is not 'cent' or 'whole'") from exc


def _component(where: str, raw: dict[str, Any]) -> Component:
    code = str(raw.get("code", "")).strip()
    if not code:
        raise ValidationError(where, "a component needs a code")
    where = f"{where} {code}"
    try:
        kind = ComponentKind(raw.get("kind"))
    except ValueError as exc:
        raise ValidationError(where, f"unknown kind '{raw.get('kind')}'") from exc
    rounding = _rounding(where, raw.get("rounding"))
    common: dict[str, Any] = {"code": code, "name": str(raw.get("name", code)), "kind": kind,
                              "rounding": rounding, "source": str(raw.get("source", ""))}
    if kind is ComponentKind.BAND_TABLE:
        return Component(**common, bands=_bands(where, raw.get("bands"), rates=False))
    employee = _rate(f"{where} employee_rate", raw.get("employee_rate", "0"))
    employer = _rate(f"{where} employer_rate", raw.get("employer_rate", "0"))
    if kind is ComponentKind.TIERED:
        lower = _req(f"{where} lower_limit", raw.get("lower_limit"))
        upper = _req(f"{where} upper_limit", raw.get("upper_limit"))
        if upper < lower:
            raise ValidationError(where, "the upper earnings limit is below the lower one")
        return Component(**common, employee_rate=employee, employer_rate=employer,
                         lower_limit=lower, upper_limit=upper)
    minimum = _dec(f"{where} minimum", raw.get("minimum"), allow_none=True)
    maximum = _dec(f"{where} maximum", raw.get("maximum"), allow_none=True)
    if minimum is not None and maximum is not None and maximum < minimum:
        raise ValidationError(where, "the maximum is below the minimum")
    return Component(**common, employee_rate=employee, employer_rate=employer, minimum=minimum,
                     maximum=maximum)


def _tax(where: str, raw: dict[str, Any], codes: set[str]) -> IncomeTax:
    code = str(raw.get("code", "PAYE"))
    deductible: list[Deductible] = []
    for item in raw.get("deductible", []):
        if item.get("code") not in codes:
            raise ValidationError(f"{where} deductible", f"'{item.get('code')}' is not a "
                                                         "component of this version")
        deductible.append(Deductible(item["code"], _dec(f"{where} deductible cap",
                                                        item.get("cap"), allow_none=True)))
    reliefs: list[Relief] = []
    for item in raw.get("reliefs", []):
        if item.get("code") not in codes:
            raise ValidationError(f"{where} relief", f"'{item.get('code')}' is not a "
                                                     "component of this version")
        reliefs.append(Relief(item["code"], _rate(f"{where} relief rate", item.get("rate")),
                              _dec(f"{where} relief cap", item.get("cap"), allow_none=True),
                              str(item.get("name", "relief"))))
    return IncomeTax(code, str(raw.get("name", code)), _bands(f"{where} bands",
                                                               raw.get("bands"), rates=True),
                     _req(f"{where} personal_relief", raw.get("personal_relief", "0")),
                     tuple(deductible), tuple(reliefs), _rounding(where, raw.get("rounding")),
                     str(raw.get("source", "")))


def parse_pack(raw: dict[str, Any]) -> RulePack:
    """Check and convert a pack's JSON data; ``ValidationError`` names what is wrong."""
    if not isinstance(raw, dict):
        raise ValidationError("rule pack", "is not a JSON object")
    code = str(raw.get("code", "")).strip()
    if not code:
        raise ValidationError("rule pack", "needs a code (e.g. KE)")
    versions: list[PackVersion] = []
    for i, item in enumerate(raw.get("versions") or [], 1):
        where = f"{code} version {i}"
        try:
            effective = date.fromisoformat(str(item.get("effective_from")))
        except ValueError as exc:
            raise ValidationError(where, "effective_from must be a date YYYY-MM-DD") from exc
        components = tuple(_component(where, c) for c in item.get("components") or [])
        names = [c.code for c in components]
        if len(set(names)) != len(names):
            raise ValidationError(where, "a component code appears twice")
        tax_raw = item.get("tax")
        tax = _tax(f"{where} tax", tax_raw, set(names)) if tax_raw else None
        if tax is not None and tax.code in names:
            raise ValidationError(where, f"the tax code '{tax.code}' is also a component code")
        versions.append(PackVersion(effective, str(item.get("label", "")), components, tax))
    if not versions:
        raise ValidationError("rule pack", f"{code} has no versions")
    dates = [v.effective_from for v in versions]
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        raise ValidationError("rule pack", f"{code} versions must have distinct rising dates")
    return RulePack(code, str(raw.get("name", code)), str(raw.get("currency", "")),
                    str(raw.get("notes", "")), tuple(versions))


def with_version(pack: RulePack, version: PackVersion) -> RulePack:
    """The pack with ``version`` added (a centre's own dated change; same date replaces)."""
    kept = [v for v in pack.versions if v.effective_from != version.effective_from]
    return RulePack(pack.code, pack.name, pack.currency, pack.notes,
                    tuple(sorted([*kept, version], key=lambda v: v.effective_from)))

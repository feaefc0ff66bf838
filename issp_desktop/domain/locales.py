"""Countries a centre may run in, with sensible defaults for time zone and currency."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    time_zone: str
    currency: str


COUNTRIES: tuple[Country, ...] = (
    Country("KE", "Kenya", "Africa/Nairobi", "KES"),
    Country("UG", "Uganda", "Africa/Kampala", "UGX"),
    Country("TZ", "Tanzania", "Africa/Dar_es_Salaam", "TZS"),
    Country("RW", "Rwanda", "Africa/Kigali", "RWF"),
    Country("ET", "Ethiopia", "Africa/Addis_Ababa", "ETB"),
    Country("GH", "Ghana", "Africa/Accra", "GHS"),
    Country("NG", "Nigeria", "Africa/Lagos", "NGN"),
    Country("ZA", "South Africa", "Africa/Johannesburg", "ZAR"),
    Country("IN", "India", "Asia/Kolkata", "INR"),
    Country("OTHER", "Other", "UTC", "USD"),
)

DEFAULT_COUNTRY = COUNTRIES[0]

CURRENCIES: tuple[str, ...] = (
    "KES", "UGX", "TZS", "RWF", "ETB", "GHS", "NGN", "ZAR", "INR", "USD", "EUR", "GBP",
)


def country_by_code(code: str) -> Country | None:
    return next((c for c in COUNTRIES if c.code == code), None)

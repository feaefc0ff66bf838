"""Rules every table must follow, checked over the whole schema so new tables obey them too."""

from __future__ import annotations

from sqlalchemy import DateTime, Float, Numeric

from issp_desktop.db.models import metadata
from issp_desktop.db.types import UTCDateTime


def test_no_float_or_numeric_columns_anywhere() -> None:
    """Money is integer cents; no Float/Numeric column may exist (Numeric would come back as a
    float on SQLite)."""
    bad = [
        f"{table.name}.{column.name}"
        for table in metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, Float | Numeric)
    ]
    assert bad == []


def test_money_columns_are_integer_cents() -> None:
    for table in metadata.sorted_tables:
        for column in table.columns:
            money_word = ("amount" in column.name or "income" in column.name
                          or column.name.endswith("_pay"))
            if money_word and not column.name.endswith(("_dependents", "_count")):
                assert column.name.endswith("_cents"), f"{table.name}.{column.name}"


def test_instants_are_timezone_aware_columns() -> None:
    bad = [
        f"{table.name}.{column.name}"
        for table in metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, DateTime) and not isinstance(column.type, UTCDateTime)
    ]
    assert bad == []

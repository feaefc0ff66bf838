from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from issp_desktop.domain.text import clean_name, has_invisible, normalise_national_id


def test_clean_name_composes_to_nfc() -> None:
    decomposed = "Wanjiru\u0303"  # u + combining tilde
    assert clean_name(decomposed) == "Wanjirũ"
    assert unicodedata.is_normalized("NFC", clean_name(decomposed))


@pytest.mark.parametrize(
    "raw",
    ["Zo\u200bë", "\u202eZoë", "Zoë\u2066", "\ufeffZoë", "Z\u00adoë"],
)
def test_clean_name_strips_invisible_and_direction_controls(raw: str) -> None:
    assert has_invisible(raw)
    assert clean_name(raw) == "Zoë"


def test_clean_name_folds_spaces_and_keeps_apostrophes() -> None:
    assert clean_name("  Achieng'   Otieno\t") == "Achieng' Otieno"


def test_national_id_normalisation_matches_spreadsheet_forms() -> None:
    assert normalise_national_id("0012 345-678") == normalise_national_id("12345678")
    assert normalise_national_id(" a123 ") == "A123"
    assert normalise_national_id("0000") == "0"


@given(st.text())
def test_clean_name_is_idempotent(text: str) -> None:
    once = clean_name(text)
    assert clean_name(once) == once
    assert not has_invisible(once)

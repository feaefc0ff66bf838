"""The signed body, the QR text and short codes: canonical, strict, and every tampering of a
signed payload refused (property test); the fast QR encoder agrees with segno."""

from __future__ import annotations

import base64
import dataclasses
import os
import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from issp_desktop.domain import certificates as dc
from issp_desktop.domain.certificates import (
    CertificateContent,
    CertificateKind,
    CodeError,
    ModuleResult,
    PayloadError,
)
from issp_desktop.reports import qr
from issp_desktop.reports.certificate_pdf import visual_order
from issp_desktop.services import certificate_keys as keys

PRIVATE = bytes(range(32))
PUBLIC = keys._private(PRIVATE).public_key().public_bytes_raw()


def sample(**changes: object) -> CertificateContent:
    base = CertificateContent(
        key_id=dc.key_id(PUBLIC), serial="2026-00042", kind=CertificateKind.SKILL,
        issued_on=date(2026, 11, 16), person="Wanjirũ Nyokabi̇ Kĩmani", programme="Data Entry",
        cohort="2026-05 Kibera|Data=Entry;%", modules_passed=3, modules_total=3,
        attendance_bp=9250, hours=312,
        results=(ModuleResult("Typing", wpm=45, accuracy_bp=9710),
                 ModuleResult("English=work;1", score=82), ModuleResult("Excel", score=100)),
        batches=12, production_accuracy_bp=9870)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def signed(content: CertificateContent) -> str:
    body = dc.encode_body(content)
    return dc.qr_text(body, keys.sign(PRIVATE, body))


def accepted(text: str) -> CertificateContent | None:
    """What a verifier with PUBLIC trusted would accept, or None."""
    try:
        body, signature = dc.split_qr_text(text)
        content = dc.decode_body(body)
    except PayloadError:
        return None
    return content if keys.signature_ok(PUBLIC, body, signature) else None


def test_round_trip_with_escapes_and_marks() -> None:
    c = sample()
    body = dc.encode_body(c)
    assert "%7C" in body and "%3D" in body and "%3B" in body and "%25" in body
    assert dc.decode_body(body) == c
    assert accepted(signed(c)) == c


def test_qr_text_is_alphanumeric_and_case_insensitive() -> None:
    text = signed(sample())
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.1")
    assert accepted(text.lower()) == sample()
    assert accepted("  " + text[:100] + "\n" + text[100:] + " ") == sample()


@pytest.mark.parametrize("cut", [1, 5, 50, 120, 200])
def test_truncated_text_is_refused(cut: int) -> None:
    text = signed(sample())
    assert accepted(text[:-cut]) is None


def test_every_single_character_change_is_refused() -> None:
    text = signed(sample())
    rng = random.Random(3)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for pos in range(6, len(text)):
        if text[pos] == ".":
            continue
        other = rng.choice([a for a in alphabet if a != text[pos]])
        assert accepted(text[:pos] + other + text[pos + 1:]) is None, pos


def test_non_canonical_bodies_are_refused() -> None:
    body = dc.encode_body(sample())
    for bad in (body.replace("|9250|", "|09250|"), body + "|", body.replace("ISSP1", "ISSP2"),
                body.replace("2026-11-16", "2026-11-31"), body.replace("|S|", "|X|"),
                body.replace("Typing=45w9710", "Typing=45w19710")):
        with pytest.raises(PayloadError):
            dc.decode_body(bad)


# --- property: tampering any single field of a signed payload is refused -------------------

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
_results = st.lists(st.one_of(
    st.builds(ModuleResult, _text, score=st.integers(0, 100)),
    st.builds(ModuleResult, _text, wpm=st.integers(0, 200), accuracy_bp=st.integers(0, 10000)),
), max_size=6).map(tuple)
_contents = st.builds(
    CertificateContent, key_id=st.just(dc.key_id(PUBLIC)),
    serial=st.integers(1, 999999).map(lambda n: f"2026-{n:05d}"),
    kind=st.sampled_from(list(CertificateKind)),
    issued_on=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    person=_text.filter(lambda t: t.strip() != ""), programme=_text, cohort=_text,
    modules_passed=st.integers(0, 50), modules_total=st.integers(0, 50),
    attendance_bp=st.one_of(st.none(), st.integers(0, 10000)), hours=st.integers(0, 5000),
    results=_results, batches=st.integers(1, 500),
    production_accuracy_bp=st.one_of(st.none(), st.integers(0, 10000)))

_CHANGES = {
    "serial": lambda v: "2026-99999" if v != "2026-99999" else "2026-00001",
    "kind": lambda v: CertificateKind.PROGRESS if v is CertificateKind.SKILL
    else CertificateKind.SKILL,
    "issued_on": lambda v: v.replace(day=1) if v.day != 1 else v.replace(day=2),
    "person": lambda v: v + "x",
    "programme": lambda v: v + "x",
    "cohort": lambda v: "",
    "modules_passed": lambda v: v + 1,
    "modules_total": lambda v: v + 1,
    "attendance_bp": lambda v: 10000 if v != 10000 else 9999,
    "hours": lambda v: v + 1,
    "results": lambda v: v[:-1] if v else (ModuleResult("Forged", score=100),),
    "batches": lambda v: v + 1,
    "production_accuracy_bp": lambda v: 10000 if v != 10000 else None,
    "key_id": lambda v: "ZZZZZZZZ",
}


@settings(max_examples=60, deadline=None)
@given(_contents, st.sampled_from(sorted(_CHANGES)))
def test_every_single_field_tampering_is_refused(content: CertificateContent,
                                                 field: str) -> None:
    if content.production_accuracy_bp is None:
        content = dataclasses.replace(content, batches=0)
    text = signed(content)
    assert accepted(text) == content
    forged = dataclasses.replace(content, **{field: _CHANGES[field](getattr(content, field))})
    if forged.production_accuracy_bp is None:
        forged = dataclasses.replace(forged, batches=0)
    assert forged != content
    _, _, signature = text.split(".")
    forged_text = f"{dc.FORMAT}.{dc._b32(dc.encode_body(forged).encode())}.{signature}"
    assert accepted(forged_text) is None


# --- short codes ---------------------------------------------------------------------------

def test_short_code_shape_and_forgiving_input() -> None:
    code = dc.make_code(bytes(range(7)))
    assert len(code) == 12 and set(code) <= set(dc.CROCKFORD)
    typed = dc.format_code(code).lower()
    assert dc.normalise_code(typed) == code
    assert dc.normalise_code(f"  {code[:4]} {code[4:8]}-{code[8:]} ") == code
    assert dc.normalise_code(code.replace("0", "O").replace("1", "I")) == code


def test_every_single_mistyped_character_is_caught() -> None:
    for seed in range(20):
        code = dc.make_code(seed.to_bytes(1, 'big') + os.urandom(6))
        for pos in range(12):
            for ch in dc.CROCKFORD:
                if ch == code[pos]:
                    continue
                with pytest.raises(CodeError, match="typing mistake"):
                    dc.normalise_code(code[:pos] + ch + code[pos + 1:])


@pytest.mark.parametrize("typed, reason", [
    ("", "no code"), ("ABCD", "12 characters"), ("ABCD-EFGH-JKMU", "not used"),
    ("ABCD-EFGH-JKMN-PQ", "12 characters"),
])
def test_bad_codes_say_why(typed: str, reason: str) -> None:
    with pytest.raises(CodeError, match=reason):
        dc.normalise_code(typed)


def test_key_id_and_fingerprint() -> None:
    assert len(dc.key_id(PUBLIC)) == 8
    assert dc.fingerprint(PUBLIC).count("-") == 3
    assert dc.key_id(PUBLIC) != dc.key_id(bytes(32))


def test_skill_levels() -> None:
    assert ModuleResult("T", wpm=55, accuracy_bp=9850).level() == "Advanced"
    assert ModuleResult("T", wpm=45, accuracy_bp=9990).level() == "Proficient"
    assert ModuleResult("T", wpm=30, accuracy_bp=9990).level() == "Competent"
    assert ModuleResult("E", score=85).level() == "Advanced"
    assert ModuleResult("E", score=70).level() == "Proficient"
    assert ModuleResult("E", score=50).level() == "Competent"


# --- the QR encoder ------------------------------------------------------------------------

def test_fast_encoder_matches_segno() -> None:
    compared = 0
    for n in range(1, 420, 9):
        text = "ISSP1." + base64.b32encode(os.urandom(n)).decode().rstrip("=") + "." + \
            base64.b32encode(os.urandom(64)).decode().rstrip("=")
        version = qr._version_for(text, qr._ERRORS["M"])
        bits = qr._data_bits(text, version)[1]
        capacity = qr.consts.SYMBOL_CAPACITY[version][qr._ERRORS["M"]]
        if (bits + min(4, capacity - bits)) % 8 == 0:
            continue  # segno adds a redundant zero byte here; both decode the same
        assert qr.qr_matrix(text) == qr.segno_matrix(text, "M", mask=qr.MASK), n
        compared += 1
    assert compared > 30


def test_other_text_goes_through_segno() -> None:
    m = qr.qr_matrix("b-0042 ü")
    assert m == qr.segno_matrix("b-0042 ü")
    assert qr.pdf_ops(m, 0, 0, 50).startswith("q 0 g")


def test_right_to_left_runs_are_put_in_visual_order() -> None:
    assert visual_order("Wanjirũ Kĩmani") == "Wanjirũ Kĩmani"
    assert visual_order("أمينة") == "ةنيمأ"
    assert visual_order("Amina أمينة 2") == "Amina ةنيمأ 2"

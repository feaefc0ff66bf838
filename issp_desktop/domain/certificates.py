"""Certificates: what a certificate says, its canonical signed form, the QR text and the short
code. Pure: no I/O, no keys (signing and checking the signature happen in the service).

The signed content ("body") is one UTF-8 line of fields separated by ``|``::

    ISSP1|KEYID|SERIAL|KIND|ISSUED|PERSON|PROGRAMME|COHORT|PASSED/TOTAL|ATTENDANCE_BP|HOURS|
    RESULTS|PRODUCTION

``RESULTS`` is ``name=result`` items separated by ``;`` (a test score ``82``, or typing
``45w9710`` = 45 wpm at 97.10 %); ``PRODUCTION`` is ``batches:accuracy_bp`` or empty. ``%``,
``|``, ``;`` and ``=`` inside text are written ``%25``, ``%7C``, ``%3B``, ``%3D``. Decoding is
strict: a body that does not re-encode to exactly the same text is refused.

The QR text is ``ISSP1.`` + base32(body) + ``.`` + base32(64-byte Ed25519 signature), without
padding: only upper-case letters, digits and dots, so QR codes use their compact alphanumeric
mode and a keyboard-wedge scanner types it correctly on any keyboard layout.

A short code is 11 random Crockford base32 characters and one Luhn mod 32 check character,
shown in groups of four (``7KQ2-M9XD-4HTR``). The check catches every single mistyped character
and every swap of two neighbours but 0 and Z. Typing ``O`` for 0 and ``I``/``L`` for 1 is forgiven.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

FORMAT = "ISSP1"
SIGNATURE_BYTES = 64
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_DATA_CHARS = 11
CODE_LENGTH = CODE_DATA_CHARS + 1
_VALUE = {ch: i for i, ch in enumerate(CROCKFORD)}
_FORGIVEN = str.maketrans({"O": "0", "I": "1", "L": "1"})
_ESCAPES = (("%", "%25"), ("|", "%7C"), (";", "%3B"), ("=", "%3D"))
_SERIAL = re.compile(r"^\d{4}-\d{5,9}$")
_KEY_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{8}$")
_INT = re.compile(r"^(0|[1-9]\d{0,8})$")
_TYPING = re.compile(r"^(0|[1-9]\d{0,3})w(0|[1-9]\d{0,4})$")
MAX_TEXT = 200


class PayloadError(ValueError):
    """The QR text or body is not a well-formed certificate; ``reason`` says what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CodeError(ValueError):
    """A typed short code is malformed or has a typing mistake."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CertificateKind(StrEnum):
    PROGRESS = "progress"  # modules passed so far, attendance, hours
    SKILL = "skill"  # at completion: skill levels with evidence


_KIND_CODE = {CertificateKind.PROGRESS: "P", CertificateKind.SKILL: "S"}
_CODE_KIND = {v: k for k, v in _KIND_CODE.items()}


@dataclass(frozen=True)
class ModuleResult:
    """A passed module's result: a test score (0..100) or a typing speed and accuracy."""

    name: str
    score: int | None = None
    wpm: int | None = None
    accuracy_bp: int | None = None

    @property
    def is_typing(self) -> bool:
        return self.wpm is not None

    def text(self) -> str:
        if self.wpm is not None:
            return f"{self.wpm} wpm at {pct_text(self.accuracy_bp or 0)} accuracy"
        return f"{self.score} / 100"

    def level(self) -> str:
        return skill_level(self)


@dataclass(frozen=True)
class CertificateContent:
    """Everything a certificate states; all of it is signed and carried by the QR code."""

    key_id: str
    serial: str
    kind: CertificateKind
    issued_on: date
    person: str
    programme: str
    cohort: str
    modules_passed: int
    modules_total: int
    attendance_bp: int | None
    hours: int
    results: tuple[ModuleResult, ...] = field(default_factory=tuple)
    batches: int = 0
    production_accuracy_bp: int | None = None

    @property
    def attendance_text(self) -> str:
        return "—" if self.attendance_bp is None else pct_text(self.attendance_bp)

    @property
    def production_text(self) -> str:
        if self.batches <= 0 or self.production_accuracy_bp is None:
            return ""
        return (f"production accuracy {pct_text(self.production_accuracy_bp)} over "
                f"{self.batches} batch{'es' if self.batches != 1 else ''}")


def pct_text(bp: int) -> str:
    """Basis points as a percentage with one decimal: 9870 -> '98.7 %'."""
    return f"{bp / 100:.1f} %"


def skill_level(result: ModuleResult) -> str:
    """The level a passed result shows. Typing: 50+ wpm at 98 %+ is advanced, 40+ wpm
    proficient. Tests: 85+ advanced, 70+ proficient. Anything else passed is competent."""
    if result.wpm is not None:
        if result.wpm >= 50 and (result.accuracy_bp or 0) >= 9800:
            return "Advanced"
        return "Proficient" if result.wpm >= 40 else "Competent"
    score = result.score or 0
    if score >= 85:
        return "Advanced"
    return "Proficient" if score >= 70 else "Competent"


# --- the body ----------------------------------------------------------------------------------

def _esc(text: str) -> str:
    for raw, escaped in _ESCAPES:
        text = text.replace(raw, escaped)
    return text


def _unesc(text: str) -> str:
    for raw, escaped in reversed(_ESCAPES):
        text = text.replace(escaped, raw)
    return text


def _result_code(r: ModuleResult) -> str:
    if r.wpm is not None:
        return f"{r.wpm}w{r.accuracy_bp or 0}"
    return str(r.score if r.score is not None else 0)


def encode_body(c: CertificateContent) -> str:
    """The canonical text that is signed."""
    results = ";".join(f"{_esc(r.name)}={_result_code(r)}" for r in c.results)
    production = ("" if c.production_accuracy_bp is None
                  else f"{c.batches}:{c.production_accuracy_bp}")
    fields = [
        FORMAT, c.key_id, c.serial, _KIND_CODE[CertificateKind(c.kind)],
        c.issued_on.isoformat(), _esc(c.person), _esc(c.programme), _esc(c.cohort),
        f"{c.modules_passed}/{c.modules_total}",
        "" if c.attendance_bp is None else str(c.attendance_bp), str(c.hours), results,
        production,
    ]
    return "|".join(fields)


def _int(value: str, what: str, high: int) -> int:
    if not _INT.match(value):
        raise PayloadError(f"the {what} is not a number")
    number = int(value)
    if number > high:
        raise PayloadError(f"the {what} is out of range")
    return number


def _text(value: str, what: str) -> str:
    text = _unesc(value)
    if len(text) > MAX_TEXT:
        raise PayloadError(f"the {what} is too long")
    return text


def _result(item: str) -> ModuleResult:
    name, sep, code = item.rpartition("=")
    if not sep or not name:
        raise PayloadError("a module result is malformed")
    typing = _TYPING.match(code)
    if typing:
        acc = int(typing.group(2))
        if acc > 10000:
            raise PayloadError("a typing accuracy is out of range")
        return ModuleResult(_text(name, "module name"), wpm=int(typing.group(1)),
                            accuracy_bp=acc)
    return ModuleResult(_text(name, "module name"), score=_int(code, "module score", 100))


def decode_body(body: str) -> CertificateContent:
    """The content of a canonical body; ``PayloadError`` when it is not one."""
    parts = body.split("|")
    if len(parts) != 13 or parts[0] != FORMAT:
        raise PayloadError("it is not an ISSP certificate of a known format")
    (_, key_id, serial, kind, issued, person, programme, cohort, modules, att, hours,
     results, production) = parts
    if not _KEY_ID.match(key_id):
        raise PayloadError("the issuing centre's key id is malformed")
    if not _SERIAL.match(serial):
        raise PayloadError("the serial number is malformed")
    if kind not in _CODE_KIND:
        raise PayloadError("the certificate kind is unknown")
    try:
        issued_on = date.fromisoformat(issued)
    except ValueError:
        raise PayloadError("the issue date is not a date") from None
    passed, sep, total = modules.partition("/")
    if not sep:
        raise PayloadError("the module count is malformed")
    batches, prod_bp = 0, None
    if production:
        b, sep, a = production.partition(":")
        if not sep:
            raise PayloadError("the production figures are malformed")
        batches, prod_bp = _int(b, "batch count", 10**9), _int(a, "production accuracy", 10000)
    content = CertificateContent(
        key_id=key_id, serial=serial, kind=_CODE_KIND[kind], issued_on=issued_on,
        person=_text(person, "name"), programme=_text(programme, "programme"),
        cohort=_text(cohort, "cohort"),
        modules_passed=_int(passed, "modules passed", 1000),
        modules_total=_int(total, "module total", 1000),
        attendance_bp=None if att == "" else _int(att, "attendance", 10000),
        hours=_int(hours, "hours", 100000),
        results=tuple(_result(item) for item in results.split(";")) if results else (),
        batches=batches, production_accuracy_bp=prod_bp,
    )
    if not content.person.strip():
        raise PayloadError("the name is empty")
    if encode_body(content) != body:
        raise PayloadError("it is not written in the canonical form")
    return content


# --- the QR text -------------------------------------------------------------------------------

def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str, what: str) -> bytes:
    if not text or not re.fullmatch(r"[A-Z2-7]+", text):
        raise PayloadError(f"the {what} is missing or has characters that do not belong")
    try:
        return base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        raise PayloadError(f"the {what} is incomplete") from None


def qr_text(body: str, signature: bytes) -> str:
    return f"{FORMAT}.{_b32(body.encode('utf-8'))}.{_b32(signature)}"


def looks_like_qr_text(text: str) -> bool:
    return text.strip().upper().startswith(FORMAT + ".")


def split_qr_text(text: str) -> tuple[str, bytes]:
    """(body, signature) of a scanned or pasted QR text; ``PayloadError`` when it is damaged,
    truncated or not canonical. Spaces and line breaks (from copying) are ignored."""
    compact = re.sub(r"\s+", "", text).upper()
    parts = compact.split(".")
    if len(parts) != 3 or parts[0] != FORMAT:
        raise PayloadError("it is not an ISSP certificate code (or it is cut short)")
    raw = _unb32(parts[1], "content")
    signature = _unb32(parts[2], "signature")
    if len(signature) != SIGNATURE_BYTES:
        raise PayloadError("the signature is incomplete")
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PayloadError("the content is damaged") from None
    if _b32(raw) != parts[1] or _b32(signature) != parts[2]:
        raise PayloadError("it is not written in the canonical form")
    return body, signature


# --- keys --------------------------------------------------------------------------------------

def _crockford(data: bytes, chars: int) -> str:
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    out = []
    for i in range(chars):
        shift = bits - 5 * (i + 1)
        value = (number >> shift) & 31 if shift >= 0 else (number << -shift) & 31
        out.append(CROCKFORD[value])
    return "".join(out)


def key_id(public_key: bytes) -> str:
    """8 Crockford characters naming a public key (the first 40 bits of its SHA-256)."""
    return _crockford(hashlib.sha256(public_key).digest()[:5], 8)


def fingerprint(public_key: bytes) -> str:
    """16 characters in groups of four, to read aloud when comparing keys by phone."""
    raw = _crockford(hashlib.sha256(public_key).digest()[:10], 16)
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


# --- short codes -------------------------------------------------------------------------------

def check_char(data: str) -> str:
    """Luhn mod 32 check character of Crockford characters."""
    factor, total = 2, 0
    for ch in reversed(data):
        addend = factor * _VALUE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return CROCKFORD[(32 - total % 32) % 32]


def make_code(random_bytes: bytes) -> str:
    """A short code (12 characters, no dashes) from at least 7 random bytes."""
    data = _crockford(random_bytes[:7], CODE_DATA_CHARS)
    return data + check_char(data)


def format_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalise_code(text: str) -> str:
    """The 12-character form of a typed code; ``CodeError`` with the reason otherwise."""
    compact = re.sub(r"[\s\-]", "", text).upper().translate(_FORGIVEN)
    if not compact:
        raise CodeError("no code was typed")
    bad = sorted({ch for ch in compact if ch not in _VALUE})
    if bad:
        raise CodeError(f"'{''.join(bad)}' is not used in short codes (letters and digits "
                        "only, no U)")
    if len(compact) != CODE_LENGTH:
        raise CodeError(f"a short code has {CODE_LENGTH} characters (like 7KQ2-M9XD-4HTR); "
                        f"this one has {len(compact)}")
    if check_char(compact[:-1]) != compact[-1]:
        raise CodeError("the code has a typing mistake (its check character does not match)")
    return compact


def next_serial(year: int, last_number: int) -> str:
    return f"{year:04d}-{last_number + 1:05d}"


def long_name_of_kind(kind: CertificateKind | str) -> str:
    return ("Skill certificate" if CertificateKind(kind) is CertificateKind.SKILL
            else "Progress certificate")

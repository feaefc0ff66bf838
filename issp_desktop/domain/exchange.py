"""Centre-to-centre exchange: which records travel, how they are named everywhere, and the
bundle file format. Pure: no database, no files.

What is exchanged (``EXCHANGED``, parents before children) — what a head office needs for a
consolidated view and the impact report:

- people with their impact profile (eligibility, baseline and follow-up surveys) and stage
  history; cohorts, modules, each cohort's modules, assessments, training sessions, roll-call
  and stipends;
- shift templates, shifts, leave and clock events (attendance is worked out from them);
- clients, projects, batches (with their workers and status history), error categories,
  work logs and quality checks with their errors;
- pay periods, payslips and payslip lines (totals and how each was worked out);
- the certificate register and its revocations.

Not exchanged: users and passwords, the audit trail (each centre's own chain), keys, branding
and wording, settings (roster, payroll, deliverables, rule packs, minimum wages, holidays),
photos, pay terms and pay items (bank and M-Pesa details stay at the centre), swaps,
downtime and payment files — they are local to a centre or its own administration.

Every exchanged record has a global id (a UUID; the row's own ``uid`` where the table has one,
a name-based UUID for rows keyed by their parents, e.g. a roll-call mark) and an origin centre
(the key id of the centre where it was made). Foreign keys travel as the uids they point at.

Natural keys that are unique within one centre (badge number, national ID, cohort, module,
template, client and error-category names, batch references, pay-period names, certificate
serials) clash between centres — two centres both have cohort "C-01". A received record's
natural keys are stored scoped by its origin centre's tag: ``"KIB:C-01"``; the content that is
hashed and sent on is always the unscoped value, so the scoping is local and reversible.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

FORMAT_MAGIC = b"ISSP-EXCHANGE"
FORMAT_VERSION = 1
MAX_HEADER = 64 * 1024
ROW_NAMESPACE = uuid.UUID("6f1d7c52-2f1e-4b8e-9a55-1f3c2a7b9e10")


@dataclass(frozen=True)
class TableSpec:
    name: str
    fks: dict[str, str] = field(default_factory=dict)  # column -> table it points at
    scoped: tuple[str, ...] = ()  # natural keys unique per centre
    key: tuple[str, ...] = ("id",)  # the local primary key
    has_uid: bool = False  # the table's own ``uid`` column is the global id

    @property
    def composite(self) -> bool:
        return self.key != ("id",)

    @property
    def self_fks(self) -> tuple[str, ...]:
        return tuple(c for c, t in self.fks.items() if t == self.name)


def _t(name: str, fks: dict[str, str] | None = None, scoped: tuple[str, ...] = (),
       key: tuple[str, ...] = ("id",), has_uid: bool = False) -> TableSpec:
    return TableSpec(name, fks or {}, scoped, key, has_uid)


_P = {"person_id": "person"}
EXCHANGED: tuple[TableSpec, ...] = (
    _t("cohort", scoped=("name",), has_uid=True),
    _t("module", scoped=("name",), has_uid=True),
    _t("cohort_module", {"cohort_id": "cohort", "module_id": "module"},
       key=("cohort_id", "module_id")),
    _t("person", {"cohort_id": "cohort"}, ("badge_no", "national_id_norm"), has_uid=True),
    _t("stage_change", _P),
    _t("eligibility_record", {**_P, "supersedes_id": "eligibility_record"}),
    _t("survey", {**_P, "supersedes_id": "survey"}),
    _t("assessment", {**_P, "module_id": "module", "cohort_id": "cohort"}),
    _t("training_session", {"cohort_id": "cohort", "module_id": "module"}),
    _t("roll_call", {"session_id": "training_session", **_P}, key=("session_id", "person_id")),
    _t("stipend", {**_P, "cohort_id": "cohort"}),
    _t("shift_template", scoped=("name",), has_uid=True),
    _t("shift", {**_P, "template_id": "shift_template"}, has_uid=True),
    _t("leave", _P),
    _t("clock_event", {**_P, "replaces_id": "clock_event"}),
    _t("client", scoped=("name",)),
    _t("project", {"client_id": "client"}),
    _t("batch", {"project_id": "project"}, ("reference",)),
    _t("batch_worker", {"batch_id": "batch", **_P}),
    _t("batch_status_change", {"batch_id": "batch"}),
    _t("error_category", scoped=("name",)),
    _t("work_log", {"batch_id": "batch", **_P}),
    _t("qa_check", {"batch_id": "batch"}),
    _t("qa_error", {"qa_check_id": "qa_check", "category_id": "error_category"}),
    _t("pay_period", scoped=("name",)),
    _t("payslip", {"period_id": "pay_period", **_P}),
    _t("payslip_line", {"payslip_id": "payslip"}),
    _t("certificate", {**_P, "cohort_id": "cohort"}, ("serial",)),
    _t("certificate_revocation", {"certificate_id": "certificate"}),
)
SPECS: dict[str, TableSpec] = {t.name: t for t in EXCHANGED}
# columns that are local bookkeeping, never content
LOCAL_COLUMNS = frozenset({"id", "version"})


def composite_uid(table: str, parent_uids: list[str]) -> str:
    """The global id of a row keyed by its parents: the same at every centre."""
    return str(uuid.uuid5(ROW_NAMESPACE, table + ":" + ":".join(parent_uids)))


def content_hash(payload: dict[str, Any]) -> str:
    """SHA-1 over a record's content values in the table's column order (their Python
    ``repr``: the values are JSON's own — text, whole numbers, booleans and None — so the
    same content gives the same hash wherever it is read back)."""
    return hashlib.sha1(repr(tuple(payload.values())).encode("utf-8")).hexdigest()


# --- centre tags and scoped natural keys ------------------------------------------------------

def centre_tag(name: str, taken: set[str]) -> str:
    """A short tag for a centre's natural keys here: its initials or first letters, made
    unique with a digit ("KIB", "KIB2")."""
    words = re.findall(r"[A-Za-z0-9]+", name.upper())
    base = "".join(w[0] for w in words) if len(words) >= 3 else "".join(words)[:3]
    base = (base or "CTR")[:4]
    tag, n = base, 2
    while tag in taken:
        tag = f"{base}{n}"
        n += 1
    return tag


def scope(value: Any, tag: str) -> Any:
    return value if value is None or value == "" else f"{tag}:{value}"


def unscope(value: Any, tag: str) -> Any:
    prefix = f"{tag}:"
    if isinstance(value, str) and value.startswith(prefix):
        return value[len(prefix):]
    return value


# --- the bundle file -----------------------------------------------------------------------
#
# line 1: b"ISSP-EXCHANGE <format version>\n"
# line 2: the header, JSON (kind, from/to centre, bundle id, sequence range, body digest)
# line 3: base64 Ed25519 signature over line 2 (without its newline) + the body bytes
# rest:   the body, zlib-compressed JSON


class BundleFormatError(ValueError):
    """The file is not a readable bundle; ``reason`` says how."""

    def __init__(self, reason: str, *, newer: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.newer = newer


@dataclass(frozen=True)
class Envelope:
    header: dict[str, Any]
    header_bytes: bytes
    signature: bytes
    body: bytes  # compressed

    def signed_part(self) -> bytes:
        return self.header_bytes + self.body


def header_bytes(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def pack(header: bytes, signature: bytes, body: bytes) -> bytes:
    import base64

    return (FORMAT_MAGIC + b" " + str(FORMAT_VERSION).encode() + b"\n" + header + b"\n"
            + base64.b64encode(signature) + b"\n" + body)


def unpack(data: bytes) -> Envelope:
    """Split a bundle file; ``BundleFormatError`` when it is not one, is cut short, or was
    written by a newer version of the exchange format."""
    import base64
    import binascii

    first, sep, rest = data.partition(b"\n")
    if not first.startswith(FORMAT_MAGIC):
        raise BundleFormatError("is not an ISSP exchange file")
    if not sep:
        raise BundleFormatError("is incomplete (cut short)")
    try:
        version = int(first[len(FORMAT_MAGIC):].strip())
    except ValueError:
        raise BundleFormatError("has a damaged first line") from None
    if version > FORMAT_VERSION:
        raise BundleFormatError(
            f"was written by a newer version of ISSP Desktop (exchange format {version}; "
            f"this version reads format {FORMAT_VERSION}). Update ISSP Desktop first",
            newer=version)
    head, sep1, rest = rest.partition(b"\n")
    sig, sep2, body = rest.partition(b"\n")
    if not sep1 or not sep2 or len(head) > MAX_HEADER:
        raise BundleFormatError("is incomplete (cut short)")
    try:
        header = json.loads(head.decode("utf-8"))
        signature = base64.b64decode(sig, validate=True)
    except (ValueError, binascii.Error):
        raise BundleFormatError("is damaged (its header cannot be read)") from None
    if not isinstance(header, dict):
        raise BundleFormatError("is damaged (its header cannot be read)")
    if int(header.get("format", FORMAT_VERSION)) > FORMAT_VERSION:
        raise BundleFormatError(
            f"was written by a newer version of ISSP Desktop (exchange format "
            f"{header.get('format')}; this version reads format {FORMAT_VERSION}). Update "
            "ISSP Desktop first", newer=int(header["format"]))
    size = header.get("body_size")
    if isinstance(size, int) and len(body) < size:
        raise BundleFormatError(f"is incomplete: cut short after {len(body)} of {size} bytes "
                                "of records (copy it again)")
    return Envelope(header, head, signature, body)


def compress(body: dict[str, Any]) -> bytes:
    import zlib

    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"), 1)  # fast; JSON still shrinks about 8×


def decompress(body: bytes) -> dict[str, Any]:
    import zlib

    d = zlib.decompressobj()
    try:
        raw = d.decompress(body) + d.flush()
    except zlib.error:
        raise BundleFormatError("is damaged (its records cannot be read)") from None
    if not d.eof:
        raise BundleFormatError("is incomplete (cut short); copy it again")
    try:
        found = json.loads(raw.decode("utf-8"))
    except ValueError:
        raise BundleFormatError("is damaged (its records cannot be read)") from None
    if not isinstance(found, dict):
        raise BundleFormatError("is damaged (its records cannot be read)")
    return found

"""What the exchange use cases take and return, and the errors a bundle can cause. Every
bundle error leaves the database untouched (the import is one transaction, checked first)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from issp_desktop.errors import IsspError, ValidationError


class BundleError(ValidationError):
    """A bundle or acknowledgement file that cannot be used; nothing was changed."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"exchange file {path}", reason + "; nothing was changed")
        self.path = path


class UntrustedCentreError(BundleError):
    def __init__(self, path: str, centre: str, key_id: str) -> None:
        super().__init__(path, f"comes from '{centre}' (key {key_id}), a centre this one does "
                         "not trust. Trust its public key first (Certificates → Trusted "
                         "centres, or 'issp certificates trust KEYFILE')")
        self.centre = centre
        self.key_id = key_id


class SignatureError(BundleError):
    def __init__(self, path: str, centre: str) -> None:
        super().__init__(path, f"does not match the signature of '{centre}': it was changed "
                         "after it was written, or damaged on the way")


class WrongRecipientError(BundleError):
    def __init__(self, path: str, addressed_to: str) -> None:
        super().__init__(path, f"is addressed to '{addressed_to}', not to this centre")
        self.addressed_to = addressed_to


class NewerFormatError(BundleError):
    exit_code = 3


class MissingParentError(BundleError):
    def __init__(self, path: str, table: str, column: str, uid: str) -> None:
        super().__init__(path, f"has a {table} record whose {column} points at a record this "
                         f"centre has not received ({uid}). Import the earlier bundles first, "
                         "or ask for an export without --since")


class ExchangeCancelledError(IsspError):
    def __init__(self) -> None:
        super().__init__("The exchange was cancelled; nothing was changed.")


@dataclass(frozen=True)
class Partner:
    """A trusted centre this one can exchange with."""

    name: str
    key_id: str
    fingerprint: str
    tag: str
    acked_seq: int
    acked_at: datetime | None
    last_import_at: datetime | None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    to_centre: str
    bundle_id: str
    records: int
    by_table: dict[str, int]
    seq_from: int
    seq_upto: int
    since: date | None


@dataclass(frozen=True)
class ImportResult:
    path: Path
    kind: str  # bundle | ack
    from_centre: str
    bundle_id: str
    already_imported: bool = False
    records: int = 0
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    by_table: dict[str, int] = field(default_factory=dict)
    ack_path: Path | None = None
    backup: Path | None = None
    acked_seq: int = 0  # ack: our changes acknowledged up to here

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.deleted


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    uid: str
    origin: str
    from_centre: str
    detected_at: datetime
    mine: dict[str, object] | None
    theirs: dict[str, object] | None
    resolution: str
    resolved_at: datetime | None
    resolved_by: str

    @property
    def label(self) -> str:
        """What the record is, in a few words (a person's name, a batch's reference…)."""
        v = self.mine or self.theirs or {}
        for keys in (("first_name", "last_name"), ("name",), ("reference",), ("serial",),
                     ("starts_at",), ("worked_on",), ("at",), ("taken_on",), ("changed_on",)):
            if all(v.get(k) for k in keys):
                return " ".join(str(v[k]) for k in keys)
        return self.uid[:8]

    @property
    def fields(self) -> list[str]:
        """The fields that differ (all when one side deleted the record)."""
        a, b = self.mine or {}, self.theirs or {}
        return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


@dataclass(frozen=True)
class RecordIdentity:
    table: str
    local_id: str
    uid: str
    origin_key: str
    origin: str  # the centre's name


@dataclass(frozen=True)
class CentreSummary:
    key_id: str  # '' for the total line
    name: str
    own: bool
    people: int
    workers: int
    trainees: int
    hours: int  # rostered hours (shifts less breaks)
    units: int  # work-log units
    gross_cents: int  # payslips

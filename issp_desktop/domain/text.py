"""Text hygiene for names and identifiers.

Names are stored in Unicode NFC. Invisible characters that could hide a duplicate or reverse how
a name is shown (zero-width spaces, bidirectional overrides) are removed; nothing else is changed.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidirectional control characters (Unicode "Cf" format characters that have no
# business in a name). Soft hyphen included.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_SPACES = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def has_invisible(text: str) -> bool:
    return bool(_INVISIBLE.search(text))


def clean_name(text: str) -> str:
    """NFC, invisible characters removed, runs of white space folded to one space, trimmed."""
    return _SPACES.sub(" ", strip_invisible(unicodedata.normalize("NFC", text))).strip()


def normalise_national_id(raw: str) -> str:
    """The comparison form of a national ID: upper case, no spaces or dashes, no leading zeros.

    Spreadsheets drop leading zeros, people type spaces; both forms must match the same person.
    """
    compact = re.sub(r"[\s\-./]", "", strip_invisible(raw)).upper()
    stripped = compact.lstrip("0")
    return stripped or compact[:1]

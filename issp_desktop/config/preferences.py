"""Settings kept per PC (not in the centre's database): ``settings.json`` in the data folder.

Typed, tolerant of a missing or damaged file (defaults are used), written atomically (a
temporary file beside it, then renamed) so a crash never leaves half a file. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import locale
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

LANGUAGES: dict[str, str] = {"en": "English", "sw": "Kiswahili", "fr": "Français"}
SYSTEM = ""  # follow the system's language


@dataclass(frozen=True)
class Preferences:
    """``language`` is "en", "sw", "fr" or "" (the system's, when it is sw or fr)."""

    language: str = SYSTEM

    def with_language(self, language: str) -> Preferences:
        if language not in LANGUAGES and language != SYSTEM:
            raise ValueError(f"unknown language {language!r}")
        return replace(self, language=language)


def system_language(environ: dict[str, str] | None = None) -> str:
    """sw or fr when the system's locale is one of them, else en."""
    env = os.environ if environ is None else environ
    names = [env.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    if not any(names):
        with contextlib.suppress(ValueError):
            names.append(locale.getlocale()[0] or "")
    for name in names:
        for part in name.split(":"):
            code = part.strip().lower()[:2]
            if code in ("sw", "fr"):
                return code
            if code and code not in ("c", "po"):
                return "en"
    return "en"


def effective_language(prefs: Preferences, environ: dict[str, str] | None = None) -> str:
    """The language to show: the chosen one, or the system's."""
    return prefs.language if prefs.language in LANGUAGES else system_language(environ)


def load_preferences(path: Path) -> Preferences:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    values = {k: v for k, v in raw.items() if k in known and isinstance(v, str)}
    prefs = Preferences(**values)
    if prefs.language and prefs.language not in LANGUAGES:
        return replace(prefs, language=SYSTEM)
    return prefs


def save_preferences(path: Path, prefs: Preferences) -> None:
    """Write atomically, keeping keys other versions of the app may have added."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(current, dict):
            current = {}
    except (OSError, ValueError):
        current = {}
    current.update(asdict(prefs))
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(current, out, indent=2, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

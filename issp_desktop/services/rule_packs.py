"""The statutory rule packs shipped in ``resources/rule_packs/`` (one JSON file a country)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from issp_desktop.config.paths import resources_dir
from issp_desktop.domain.rule_pack import RulePack, parse_pack
from issp_desktop.errors import ValidationError


def packs_dir() -> Path:
    return resources_dir() / "rule_packs"


def shipped_codes() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in packs_dir().glob("*.json")))


@functools.cache
def shipped_pack(code: str) -> RulePack:
    """The pack ``code`` as shipped (KE, none, ...); parsed once per process."""
    wanted = code.strip()
    for path in packs_dir().glob("*.json"):
        if path.stem.lower() == wanted.lower():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise ValidationError("rule pack", f"{path.name} cannot be read: {exc}") from exc
            return parse_pack(raw)
    raise ValidationError("rule pack", f"no pack '{code}'; the shipped packs are "
                                       f"{', '.join(shipped_codes())}")

"""How this PC shows the program: a high-contrast theme and a text size (100–200 %).

Kept per PC (not in the centre's database), because it belongs to the person at this screen,
not to the centre: two keys, ``high_contrast`` and ``text_size``, in the same
``<data dir>/settings.json`` as the language (``config/preferences.py``). Each side rewrites the
file keeping the other's keys. Nothing here imports Qt; the GUI applies it
(``ui/widgets/display_settings.py``). A missing or damaged file means the defaults.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

DISPLAY_FILE_NAME = "settings.json"  # shared with config/preferences.py
TEXT_SIZES = (100, 125, 150, 175, 200)
MIN_TEXT_SIZE = 100
MAX_TEXT_SIZE = 200


@dataclass(frozen=True)
class DisplaySettings:
    high_contrast: bool = False
    text_size: int = 100  # percent of the system's text size

    @property
    def is_default(self) -> bool:
        return not self.high_contrast and self.text_size == 100


def clamp_text_size(value: object) -> int:
    """A whole percent between 100 and 200 (anything unreadable is 100)."""
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 100
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, number))


def display_file(data_dir: Path) -> Path:
    return data_dir / DISPLAY_FILE_NAME


def load_display(data_dir: Path) -> DisplaySettings:
    try:
        raw = json.loads(display_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DisplaySettings()
    if not isinstance(raw, dict):
        return DisplaySettings()
    return DisplaySettings(high_contrast=raw.get("high_contrast") is True,
                           text_size=clamp_text_size(raw.get("text_size", 100)))


def save_display(data_dir: Path, settings: DisplaySettings) -> Path:
    """Write the file whole (a temporary file renamed over it), so a crash leaves the old one;
    keys this module does not own are kept."""
    path = display_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(current, dict):
            current = {}
    except (OSError, ValueError):
        current = {}
    clean = DisplaySettings(settings.high_contrast, clamp_text_size(settings.text_size))
    current.update(asdict(clean))  # the language and any other keys stay as they were
    tmp = path.with_name(".display-" + path.name + ".tmp")
    tmp.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path

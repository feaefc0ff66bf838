"""The help file says exactly what the report prints: it is the definitions, rendered."""

from __future__ import annotations

from issp_desktop.config.paths import resources_dir
from issp_desktop.domain.impact import DEFINITIONS, definitions_markdown


def test_help_file_matches_the_definitions() -> None:
    text = (resources_dir() / "help" / "impact-figures.md").read_text(encoding="utf-8")
    assert text == definitions_markdown(), (
        "regenerate resources/help/impact-figures.md from domain.impact.definitions_markdown()")
    for d in DEFINITIONS.values():
        assert f"## {d.title}" in text and d.text in text

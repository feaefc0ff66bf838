"""The quick-start guide PDF: built from resources/help/quick-start.md, text read back."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pypdf import PdfReader

from issp_desktop.cli_help import register
from issp_desktop.config.paths import AppPaths
from issp_desktop.reports.quick_start import (
    build_quick_start_pdf,
    markdown_flowables,
    quick_start_source,
)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_the_guide_prints_its_headings_keys_and_steps(tmp_path: Path) -> None:
    out = build_quick_start_pdf(tmp_path / "guide.pdf")
    text = _text(out)
    flat = " ".join(text.split())
    assert "ISSP Desktop — quick-start guide for supervisors" in flat
    for heading in ("Signing in and out", "Keys that work everywhere", "Every day",
                    "Every week", "If something goes wrong"):
        assert heading in flat
    for key in ("Ctrl+L", "Ctrl+N", "Ctrl+S", "Ctrl+F", "Ctrl+PgDown", "F1"):
        assert key in flat
    assert "Display on this PC" in flat
    assert "**" not in text and "##" not in text  # rendered, not printed as markdown
    assert 1 <= len(PdfReader(str(out)).pages) <= 3


def test_markdown_lists_bold_and_non_ascii(tmp_path: Path) -> None:
    source = tmp_path / "g.md"
    source.write_text("# Karibu Wanjirũ\n\nA **bold** step & more.\n\n1. First\n2. Second\n"
                      "   continued\n- a bullet\n", encoding="utf-8")
    assert len(markdown_flowables(source.read_text(encoding="utf-8"))) == 4
    text = " ".join(_text(build_quick_start_pdf(tmp_path / "g.pdf", source)).split())
    assert "Karibu Wanjirũ" in text  # DejaVu: the ũ is a letter, not a box
    assert "A bold step & more." in text
    assert "1 First" in text.replace(".", "") or "1. First" in text
    assert "Second continued" in text
    assert "a bullet" in text


def test_issp_help_quick_start_writes_the_pdf(tmp_path: Path, paths: AppPaths,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from issp_desktop.cli import _Parser

    parser = argparse.ArgumentParser(prog="issp")
    register(parser.add_subparsers(dest="command", parser_class=_Parser))
    out = tmp_path / "out" / "quick.pdf"
    args = parser.parse_args(["help", "quick-start", "-o", str(out)])
    assert args.handler(args, paths) == 0
    assert str(out) in capsys.readouterr().out
    assert "Keys that work everywhere" in _text(out)
    assert quick_start_source().name == "quick-start.md"

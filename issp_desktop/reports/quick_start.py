"""The printable quick-start guide for supervisors: ``resources/help/quick-start.md`` laid out
as an A4 PDF (ReportLab, DejaVu fonts so every name and "ũ" prints).

Only the small markdown the help files use is understood: ``#``/``##`` headings, paragraphs,
``-`` bullets, ``1.`` numbered steps and ``**bold**``/``*italic*``.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from issp_desktop.config.paths import resources_dir
from issp_desktop.reports.fonts import register_fonts

QUICK_START = "quick-start"


def quick_start_source() -> Path:
    return resources_dir() / "help" / f"{QUICK_START}.md"


def _inline(text: str) -> str:
    """Markdown emphasis to ReportLab's mini-HTML, everything else escaped."""
    out = escape(text.strip())
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", out)
    return out.replace("\\*", "*")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=18, leading=23,
                                spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=body, fontName=bold, fontSize=13,
                                  leading=17, spaceBefore=8, spaceAfter=4),
        "body": body,
    }


def markdown_flowables(markdown: str) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = []
    paragraph: list[str] = []
    items: list[str] = []
    numbered = False

    def flush_paragraph() -> None:
        if paragraph:
            story.append(Paragraph(_inline(" ".join(paragraph)), styles["body"]))
            paragraph.clear()

    def flush_list() -> None:
        if items:
            story.append(ListFlowable(
                [ListItem(Paragraph(_inline(i), styles["body"]), leftIndent=14) for i in items],
                bulletType="1" if numbered else "bullet", start="1" if numbered else "•",
                bulletFontName=styles["body"].fontName, bulletFontSize=10, leftIndent=14))
            items.clear()

    for raw in markdown.splitlines():
        line = raw.rstrip()
        bullet = re.match(r"^\s*[-*] (.*)$", line)
        step = re.match(r"^\s*\d+\. (.*)$", line)
        if not line.strip():
            flush_paragraph()
            continue
        if line.startswith("#"):
            flush_paragraph()
            flush_list()
            level = len(line) - len(line.lstrip("#"))
            style = styles["title"] if level == 1 else styles["heading"]
            story.append(Paragraph(_inline(line.lstrip("#")), style))
        elif bullet or step:
            flush_paragraph()
            if items and numbered != bool(step):
                flush_list()
            numbered = bool(step)
            items.append((bullet or step).group(1))  # type: ignore[union-attr]
        elif items and raw.startswith("  "):
            items[-1] += " " + line.strip()  # a list item continued on the next line
        else:
            flush_list()
            paragraph.append(line)
    flush_paragraph()
    flush_list()
    return story


def build_quick_start_pdf(out: Path, source: Path | None = None) -> Path:
    """Write the guide to ``out`` (A4) and return the path."""
    text = (source or quick_start_source()).read_text(encoding="utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="ISSP Desktop — quick-start guide",
                            author="ISSP Desktop", subject="Quick-start guide for supervisors")
    story = markdown_flowables(text)
    story.append(Spacer(1, 6 * mm))
    doc.build(story)
    return out

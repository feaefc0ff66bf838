"""The PDF a person receives when they ask what the centre holds about them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from issp_desktop.reports.fonts import register_fonts

if TYPE_CHECKING:
    from issp_desktop.services.privacy import PersonExport

LABELS = {
    "uid": "Reference", "first_name": "First name", "last_name": "Last name",
    "other_names": "Other names", "national_id": "National ID / birth certificate",
    "date_of_birth": "Date of birth", "gender": "Gender", "phone": "Phone", "county": "County",
    "stage": "Stage", "enrolled_on": "Enrolled on", "erased_at": "Erased on request",
    "created_at": "Record created", "updated_at": "Last changed", "updated_by": "Changed by",
}


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return escape(str(value))


def build_person_record_pdf(data: PersonExport, path: Path) -> Path:
    regular, bold = register_fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4)
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
    person = data.person
    name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    story: list[Any] = [
        Paragraph(_text(data.centre), body),
        Paragraph(f"Personal data held about {_text(name)}", title),
        Paragraph(
            f"Produced {_text(data.exported_at)} (UTC) at the person's request under the Kenya "
            "Data Protection Act 2019. It lists every record the centre's system holds about "
            "them. Ask the centre to correct anything that is wrong.", body),
        Paragraph("Personal details", heading),
    ]
    rows = [[Paragraph(LABELS[k], body), Paragraph(_text(person.get(k)), body)]
            for k in LABELS if k in person]
    story.append(_table(rows, regular))
    if data.cohort:
        story += [Paragraph("Training cohort", heading),
                  _table([[Paragraph(k.replace("_", " ").capitalize(), body),
                           Paragraph(_text(v), body)] for k, v in data.cohort.items()
                          if k not in ("id", "created_at", "updated_at", "updated_by")],
                         regular)]
    story.append(Paragraph("Path through the centre", heading))
    history = [[Paragraph(h, body) for h in ("Date", "From", "To", "Reason", "Exit")]]
    history += [[Paragraph(_text(h.get(k)), body)
                 for k in ("changed_on", "from_stage", "to_stage", "reason", "exit_kind")]
                for h in data.stage_history]
    story.append(_table(history, regular, header=True))
    story.append(Paragraph("Changes to this record (audit trail)", heading))
    if data.audit_trail:
        trail = [[Paragraph(h, body) for h in ("When (UTC)", "By", "What", "Fields")]]
        for entry in data.audit_trail:
            fields = sorted(set(json.loads(entry["before"] or "{}"))
                            | set(json.loads(entry["after"] or "{}")))
            trail.append([Paragraph(_text(entry["at"]), small), Paragraph(_text(entry["by"]),
                          small), Paragraph(_text(entry["action"]), small),
                          Paragraph(_text(", ".join(fields)), small)])
        story.append(_table(trail, regular, header=True))
    else:
        story.append(Paragraph("No changes recorded.", body))
    tmp = path.with_name(path.name + ".tmp")
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Personal data: {name}", author=data.centre)
    doc.build(story)
    os.replace(tmp, path)
    return path


def _table(rows: list[list[Any]], font: str, header: bool = False) -> Table:
    table = Table(rows, hAlign="LEFT", repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")))
    table.setStyle(TableStyle(style))
    return table

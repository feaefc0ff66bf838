"""What a certificate would say about each member of a cohort, and who may receive one.

The figures come from the training records through ``training_progress`` (the same counting
the Training screen shows): modules whose latest attempt passed, attendance, hours attended,
completion. A skill certificate needs completion; a progress certificate needs at least one
module passed. Production accuracy comes from the deliverables feature when it has figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from issp_desktop.db.models import Cohort, Person
from issp_desktop.domain.certificates import CertificateContent, CertificateKind, ModuleResult
from issp_desktop.services import training_progress as tp
from issp_desktop.services.certificate_types import Eligibility
from issp_desktop.services.training_types import TraineeProgress

MODULE_NAME_LIMIT = 40  # characters of a module's name carried by the QR code


@dataclass(frozen=True)
class Candidate:
    eligibility: Eligibility
    content: CertificateContent | None  # with an empty key id and serial until issued


def full_name(first: str, other: str, last: str) -> str:
    return " ".join(part for part in (first.strip(), other.strip(), last.strip()) if part)


def _why_not(kind: CertificateKind, t: TraineeProgress, threshold: int) -> str:
    if kind is CertificateKind.PROGRESS:
        return "" if t.modules_passed > 0 else "no module passed yet"
    if t.complete:
        return ""
    parts = []
    if t.modules_total == 0:
        parts.append("the cohort has no modules")
    elif t.modules_passed < t.modules_total:
        parts.append(f"{t.modules_passed} of {t.modules_total} modules passed")
    if t.attendance_pct is None:
        parts.append("no attendance recorded")
    elif t.attendance_pct < threshold:
        parts.append(f"attendance {t.attendance_pct:.1f} % (needs {threshold} %)")
    return "not complete: " + ", ".join(parts) if parts else "not complete"


def candidates(s: Session, cohort: Cohort, kind: CertificateKind, issued_on: date,
               person_ids: Iterable[int] | None = None,
               accuracy: Callable[[list[int]], dict[int, Any]] | None = None
               ) -> list[Candidate]:
    """Each chosen member of ``cohort`` (by last then first name) with their eligibility and,
    when eligible, the content of their certificate."""
    assert cohort.id is not None
    plans, progress, _ = tp.progress_of(s, [cohort])
    modules = plans.get(cohort.id, [])
    trainees = progress.get(cohort.id, [])
    if person_ids is not None:
        wanted = set(person_ids)
        trainees = [t for t in trainees if t.person_id in wanted]
    ids = [t.person_id for t in trainees]
    people = {pid: (first, other, last, erased) for pid, first, other, last, erased in s.execute(
        select(Person.id, Person.first_name, Person.other_names, Person.last_name,
               Person.erased_at).where(Person.id.in_(ids))).all()} if ids else {}
    results = tp.latest_results(s, [cohort.id]) if ids else {}
    production: dict[int, Any] = {}
    if kind is CertificateKind.SKILL and accuracy is not None and ids:
        production = accuracy(ids)
    found = []
    for t in trainees:
        first, other, last, erased = people.get(t.person_id, ("", "", "", None))
        name = full_name(first, other, last) or t.name
        reason = ("personal data erased on request" if erased is not None
                  else _why_not(kind, t, cohort.attendance_threshold_pct))
        if reason:
            found.append(Candidate(Eligibility(t.person_id, name, False, reason), None))
            continue
        passed = []
        for m in modules:
            cell = results.get((t.person_id, m.id))
            if cell is None or not cell.passed:
                continue
            label = m.name[:MODULE_NAME_LIMIT].strip()
            if m.is_typing:
                passed.append(ModuleResult(label, wpm=cell.wpm or 0,
                                           accuracy_bp=cell.accuracy_bp or 0))
            else:
                passed.append(ModuleResult(label, score=cell.score or 0))
        acc = production.get(t.person_id)
        batches = int(getattr(acc, "batches", 0) or 0)
        acc_bp = getattr(acc, "accuracy_bp", None) if batches > 0 else None
        content = CertificateContent(
            key_id="", serial="", kind=kind, issued_on=issued_on, person=name,
            programme=cohort.programme, cohort=cohort.name,
            modules_passed=t.modules_passed, modules_total=t.modules_total,
            attendance_bp=None if t.attendance_pct is None else round(t.attendance_pct * 100),
            hours=round(t.minutes_attended / 60), results=tuple(passed),
            batches=batches if acc_bp is not None else 0,
            production_accuracy_bp=int(acc_bp) if acc_bp is not None else None,
        )
        summary = (f"{t.modules_passed} of {t.modules_total} modules passed, attendance "
                   f"{content.attendance_text}, {content.hours} h")
        if content.production_text:
            summary += f", {content.production_text}"
        found.append(Candidate(Eligibility(t.person_id, name, True, summary), content))
    return found

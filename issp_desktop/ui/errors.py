"""Typed core errors turned into translatable sentences for dialogs.

The core stays Qt-free and says every error in plain English (``str(exc)``), keeping the facts
on the error (``ValidationError.field`` and ``.reason``, ``NotFoundError.what`` and ``.key``…).
Here the sentence is built again in the GUI's language from those facts: the error's template,
the field or thing it names, and the reason — matched against the reasons the core writes most
("is missing", "'{0}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)", "{0} is outside
{1}–{2}"…). A reason nobody translated is shown as the core wrote it, in English.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from issp_desktop import errors as e

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _both(text: str) -> tuple[str, str]:
    """(the core's English phrase, the phrase in the GUI's language)."""
    return text, QCoreApplication.translate("Errors", text)


# Reasons holding a quoted value: marked here, where pyside6-lupdate reads them itself.
QUOTED_REASONS = (
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a real date"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a date"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a date and time with a time zone"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a whole number"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a number"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is negative"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' must be zero or more"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not an amount (e.g. 12000 or 12,000.50)"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not an amount"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not an amount in cents"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' has its thousands separators in the wrong places"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is too large"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a phone number"),
    QT_TRANSLATE_NOOP("Errors", "'{0}' is not a Kenyan mobile number (e.g. 0712 345 678 or +254 712 345 678)"),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "'{0}' must be in international form, e.g. +256..."),
    QT_TRANSLATE_NOOP("Errors", "'{0}' cannot become an M-Pesa number (2547XXXXXXXX or 2541XXXXXXXX)"),  # noqa: E501
)


def _reasons() -> list[tuple[str, str]]:
    """The reasons the core writes most, ``{0}``… standing for the facts inside them."""
    return [
        *((text, _tr(text)) for text in QUOTED_REASONS),
        _both("is missing"), _both("is required"), _both("is needed"), _both("is empty"),
        _both("are missing"), _both("must not be empty"), _both("is in the future"),
        _both("is too long"), _both("must be more than zero"), _both("must not contain digits"),
        _both("nothing to save"), _both("there is nothing to save"),
        _both("nothing was saved"), _both("no file was written"),
        _both("nothing was marked paid"),
        _both("contains invisible or direction-changing characters"),
        _both("contains invisible characters"),
        _both("is longer than {0} characters"), _both("must be at most {0} characters"),
        _both("is {0} characters long; at most {1}"),
        _both("needs a start and an end date"),
        _both("{0} is not a number"), _both("{0} is negative"),
        _both("{0} must be zero or more"),
        _both("{0} is more than the most this field allows ({1}); check the amount"),
        _both("{0} is outside {1}–{2}"),
        _both("multiplier must be between 1× and 4× (got {0})"),
        _both("means the person is under {0}"), _both("means the person is over 100"),
        _both("{0}: choose a .pdf file name"), _both("{0}: choose a .pdf or .xlsx file name"),
        _both("{0}: choose a .csv or .xlsx file name"), _both("{0} does not exist"),
        _both("{0} cannot be read: {1}"), _both("the folder {0} does not exist"),
        _both("an adjustment of zero corrects nothing"),
        _both("a bank payment needs the bank and the account number"),
        _both("M-Pesa needs a phone number; the person has none"),
        _both("{0} overlaps pay period {1} ({2} to {3})"),
        _both("{0} person(s) on the {1} payroll have no pay terms: {2}. Add their terms, then "
              "run again"),
        _both("in {0} the deductions are more than the pay of {1} person(s): {2}. Reduce the "
              "advances or loans"),
    ]


def _nouns() -> dict[str, str]:
    """Fields, records and period actions the core names in its errors."""
    return {
        "file": _tr("file"), "period": _tr("period"), "name": _tr("name"), "kind": _tr("kind"),
        "amount": _tr("amount"), "person": _tr("person"), "note": _tr("note"),
        "worker": _tr("worker"), "time": _tr("time"), "reference": _tr("reference"),
        "reason": _tr("reason"), "phone": _tr("phone"), "national ID": _tr("national ID"),
        "date": _tr("date"), "date of birth": _tr("date of birth"),
        "first name": _tr("first name"), "last name": _tr("last name"),
        "user": _tr("user"), "password": _tr("password"), "template": _tr("template"),
        "status": _tr("status"), "currency": _tr("currency"), "hours": _tr("hours"),
        "start": _tr("start"), "end": _tr("end"), "code": _tr("code"),
        "category": _tr("category"), "badge": _tr("badge"), "gross": _tr("gross"),
        "pay terms": _tr("pay terms"), "deductions": _tr("deductions"),
        "terms": _tr("terms"), "effective from": _tr("effective from"),
        "payment method": _tr("payment method"), "bank account": _tr("bank account"),
        "minimum wage": _tr("minimum wage"), "batch": _tr("batch"),
        "public holiday": _tr("public holiday"), "payslip": _tr("payslip"),
        "pay period": _tr("pay period"), "cohort": _tr("cohort"), "client": _tr("client"),
        "certificate": _tr("certificate"), "shift": _tr("shift"), "project": _tr("project"),
        "module": _tr("module"), "pay item": _tr("pay item"),
        "training session": _tr("training session"), "adjustment": _tr("adjustment"),
        "account": _tr("account"), "centre": _tr("centre"), "downtime": _tr("downtime"),
        "payroll settings": _tr("payroll settings"), "roster rules": _tr("roster rules"),
        "shift template": _tr("shift template"),
        # what cannot be done to a closed period, or one in the wrong state
        "run again": _tr("run again"), "run": _tr("run"), "deleted": _tr("deleted"),
        "changed": _tr("changed"), "reviewed": _tr("reviewed"), "reopened": _tr("reopened"),
        "closed again": _tr("closed again"), "given adjustments": _tr("given adjustments"),
        "given new items": _tr("given new items"), "marked reviewed": _tr("marked reviewed"),
        "sent back to draft": _tr("sent back to draft"), "paid": _tr("paid"),
        "marked paid": _tr("marked paid"), "closed": _tr("closed"),
        "draft (send it back to draft first)": _tr("draft (send it back to draft first)"),
        "not run since its last change": _tr("not run since its last change"),
    }


def _noun(text: str) -> str:
    """A field or record name in the GUI's language (labels the UI already translates, such as
    the people import's columns, are found too); unknown names stay as they are."""
    return _nouns().get(text) or _tr(text) or text


@lru_cache(maxsize=256)
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\d)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<g{p}>.+?)"
                    for i, p in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def _phrase(text: str) -> str | None:
    for english, translated in _reasons():
        found = _pattern(english).fullmatch(text)
        if found is not None:
            facts = found.groupdict()
            return translated.format(*(facts.get(f"g{i}", "") for i in range(len(facts))))
    return None


_LINE = re.compile(r"line (\d+): ([^:]+): (.+)", re.DOTALL)


def reason_text(text: str) -> str:
    """A reason the core wrote, in the GUI's language: the whole of it, else each part of a
    "; "-joined list ("line 4: phone: …; line 9: …; nothing was saved"). Unknown parts stay."""
    whole = _phrase(text)
    if whole is not None:
        return whole
    line = _LINE.fullmatch(text)
    if line is not None:
        return problem_text(int(line.group(1)), line.group(2), line.group(3))
    parts = text.split("; ")
    if len(parts) == 1:
        return text
    return "; ".join((reason_text(parts[0]), reason_text("; ".join(parts[1:]))))


def problem_text(line: int, column: str, reason: str) -> str:
    """One bad line of an import: "line 4: phone: '07x' is not a phone number"."""
    return _tr("line {0}: {1}: {2}").format(line, _noun(column), reason_text(reason))


def _moment(value: object) -> str:
    if isinstance(value, datetime):
        from issp_desktop.ui.formatting import format_datetime

        return format_datetime(value)
    return str(value)


def _role(value: str) -> str:
    from issp_desktop.domain.access import ROLE_TITLES, Role

    try:
        return _tr(ROLE_TITLES[Role(value)])
    except (ValueError, KeyError):
        return value


def _use_case_error(exc: e.IsspError) -> str | None:
    """The errors of use cases, in the GUI's language; None for the rest."""
    from issp_desktop.services.payroll_types import PeriodClosedError, PeriodStateError

    if isinstance(exc, e.ValidationError):
        problems: Any = getattr(exc, "problems", None)
        if isinstance(problems, list) and problems and all(
                isinstance(p, tuple) and len(p) == 2 for p in problems):  # every field's
            from issp_desktop.services.people_io import label

            return "; ".join(_validation(label(str(f)), str(r)) for f, r in problems)
        return _validation(exc.field, exc.reason)
    if isinstance(exc, e.NotFoundError):
        # (a quote inside: translated where pyside6-lupdate reads it itself)
        return QCoreApplication.translate("Errors", "No {0} '{1}' was found.").format(
            _noun(exc.what), exc.key)
    if isinstance(exc, e.StaleRecordError):
        return _tr("This {0} was changed by {1} at {2} after you opened it. Reload it and "
                   "make your change again; nothing was saved.").format(
            _noun(exc.what), exc.changed_by, _moment(exc.changed_at))
    if isinstance(exc, e.PermissionDeniedError):
        return _tr("Your role ({0}) may not do this: {1}.").format(
            _role(exc.role), exc.use_case or exc.permission)
    if isinstance(exc, PeriodClosedError):
        return _tr("Pay period {0} is closed, so it cannot be {1}. Closed periods never "
                   "change; correct a mistake with an adjustment in an open period.").format(
            exc.name, _noun(exc.action))
    if isinstance(exc, PeriodStateError):
        return _tr("Pay period {0} is {1}; it must be {2} to be {3}.").format(
            exc.name, _noun(exc.state), _noun(exc.needed), _noun(exc.action))
    if isinstance(exc, e.LoginFailedError):
        text = _tr("The user name or password is not right.")
        if exc.attempts_left is not None and exc.attempts_left <= 2:
            text += " " + _tr("{0} more wrong attempt(s) will lock the account.").format(
                exc.attempts_left)
        return text
    return None


def _validation(field: str, reason: str) -> str:
    if not field:
        return reason_text(reason)
    return _tr("{0}: {1}").format(_noun(field), reason_text(reason))


def error_text(exc: BaseException) -> str:
    """One clear sentence (or two) for the user. Unknown errors keep their own words."""
    if isinstance(exc, e.DatabaseMissingError):
        return _tr("There is no database at {0}.").format(exc.location)
    if isinstance(exc, e.DatabaseTooNewError):
        return _tr(
            "The database {0} was written by a newer version of ISSP Desktop (schema {1}; this "
            "version knows up to {2}). Install the newer version. The file was not changed."
        ).format(exc.location, exc.found, exc.known)
    if isinstance(exc, e.DatabaseCorruptError):
        return _tr(
            "The database {0} is damaged ({1}). Restore the newest good backup. "
            "The file was not changed."
        ).format(exc.location, exc.detail)
    if isinstance(exc, e.DatabaseNotIsspError):
        return _tr(
            "The file {0} is not an ISSP Desktop database. Choose another file; "
            "this one was not changed."
        ).format(exc.location)
    if isinstance(exc, e.DatabaseReadOnlyError):
        return _tr(
            "The database {0} cannot be written (read-only file or folder). Give your user write "
            "permission to the file and its folder, or copy it somewhere writable."
        ).format(exc.location)
    if isinstance(exc, e.DatabaseLockedError):
        return _tr(
            "The database {0} is locked by another program that is writing to it. Wait for it "
            "to finish or close it, then try again. Nothing was changed."
        ).format(exc.location)
    if isinstance(exc, e.NetworkShareError):
        return _tr(
            "The database {0} is on a network share. SQLite files are not safe there because "
            "file locking over a network is unreliable. To share a centre between PCs, use the "
            "multi-PC setup with a PostgreSQL server."
        ).format(exc.location)
    if isinstance(exc, e.IsspError):
        text = _use_case_error(exc)
        return text if text is not None else reason_text(str(exc))
    return _tr("Something went wrong that ISSP Desktop did not expect: {0}").format(
        f"{type(exc).__name__}: {exc}"
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, e.IsspError):
        log.error("unexpected error", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()

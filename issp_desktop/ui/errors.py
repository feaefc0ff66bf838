"""Typed core errors turned into translatable sentences for dialogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from issp_desktop import errors as e

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


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
    if isinstance(exc, e.ValidationError):
        return _tr("{0}: {1}").format(exc.field, exc.reason)
    if isinstance(exc, e.IsspError):
        return str(exc)
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

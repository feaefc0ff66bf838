"""The language a document is printed in (certificates, payslips), chosen for a ``with`` block:
a context variable, so a print in one thread never changes another's."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar


@contextmanager
def printing_in(variable: ContextVar[str], language: str, known: Collection[str],
                document: str) -> Iterator[None]:
    """``variable`` set to ``language`` inside the block (a ``ValueError`` for a language
    that ``known`` lacks), and back as it was after."""
    if language not in known:
        raise ValueError(f"unknown {document} language {language!r}; use en, sw or fr")
    token = variable.set(language)
    try:
        yield
    finally:
        variable.reset(token)

"""Batch computations over many rows (a payroll run, the attendance summary, the impact report)
allocate hundreds of thousands of small tuples that all stay alive until the end. Python's
cyclic garbage collector then runs again and again over objects that cannot be garbage —
measured at about 30 % of a 1,000-payslip run. ``gc_paused`` switches it off for the
computation; reference counting still frees everything as usual, and any cycles made meanwhile
are collected once the collector is back on.

The collector is one switch for the whole process (the GUI thread and a worker thread may both
be in a batch): a count of the batches in progress turns it back on only when the last ends,
and only if it was on before the first began."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the block runs (nested and concurrent uses
    allowed)."""
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _was_enabled:
                gc.enable()

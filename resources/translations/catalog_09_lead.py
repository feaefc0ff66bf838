# ruff: noqa: E501
"""Kiswahili and French for the UI: (English source, Kiswahili, French). Read by update.py.

Messages the lead adds while integrating (third session), and those that an apostrophe kept
out of ``extra_sources.py`` before the tool was fixed."""

ENTRIES = [
    ("Guardian's name", "Jina la mlezi", "Nom du tuteur"),
    # impact page: one centre's figures at head office
    ("Cent&re", "Ki&tuo", "Cent&re"),
]

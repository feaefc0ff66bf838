"""Regenerate the translation files: ``python resources/translations/update.py [--check]``.

1. Collect what ``pyside6-lupdate`` cannot see by itself and write it to ``extra_sources.py``
   as ``QT_TRANSLATE_NOOP`` marks: literals passed to local aliases of ``tr`` (``t = self.tr``),
   to module helpers wrapping ``QCoreApplication.translate`` (``def _tr(text)``), and the
   "Words" context — labels held in tables and shown through ``self.tr(variable)`` (column
   headers, role, stage and status titles). At run time ``ui/translation.py`` looks a message up
   in its own context, then in "Words", then by source text alone.
2. Run ``pyside6-lupdate`` over ``issp_desktop/ui/`` and ``extra_sources.py`` into
   ``issp_sw.ts`` and ``issp_fr.ts`` (obsolete messages dropped).
3. Fill every message from the catalogues ``catalog_*.py`` (source → Kiswahili, French) and
   mark it finished.
4. Compile each ``.ts`` to ``.qm`` with ``pyside6-lrelease``.

``--check`` only reports messages with no translation and exits 1 if there are any.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI = ROOT / "issp_desktop" / "ui"
BIN = Path(sys.executable).parent
LANGUAGES = ("sw", "fr")
EXTRA = HERE / "extra_sources.py"
WORDS = "Words"


# --- 1. what lupdate cannot see -------------------------------------------------------------------

def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
        c.isalpha() for c in node.value)


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if _is_text(n)]  # type: ignore[attr-defined]


def _translate_helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions ``def _tr(text): return QCoreApplication.translate("Ctx", text)``."""
    found: dict[str, str] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found[fn.name] = str(node.args[0].value)
    return found


def _alias_marks(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    marks: set[tuple[str, str]] = set()
    helpers = _translate_helpers(tree)

    def calls(scope: ast.AST, names: dict[str, str]) -> None:
        for node in ast.walk(scope):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in names and node.args and _is_text(node.args[0])):
                marks.add((names[node.func.id], node.args[0].value))  # type: ignore[attr-defined]

    calls(tree, helpers)
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for fn in ast.walk(cls):
            if not isinstance(fn, ast.FunctionDef):
                continue
            aliases = {t.id: cls.name for node in ast.walk(fn) if isinstance(node, ast.Assign)
                       and isinstance(node.value, ast.Attribute) and node.value.attr == "tr"
                       for t in node.targets if isinstance(t, ast.Name)}
            if aliases:
                calls(fn, aliases)
    return marks


TABLE_NAMES = {"COLUMNS", "HEADERS", "KINDS", "SOURCES", "EXIT_KINDS", "REASONS",
               "SECTION_TITLES", "SURVEY_KINDS"}


def _table_words(path: Path) -> set[str]:
    """Labels in module/class tables the UI shows through ``self.tr(variable)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if node.value is None:
                continue
            if names & TABLE_NAMES:
                value = node.value
                if isinstance(value, ast.Dict):
                    words.update(s for v in value.values if v is not None for s in _strings(v))
                else:
                    words.update(_strings(value))
            elif names & {"SUMMARY_COLUMNS", "FIELDS"}:  # (label, key, …) rows: the label
                for row in getattr(node.value, "elts", []):
                    texts = [e.value for e in getattr(row, "elts", []) if _is_text(e)]
                    if names == {"FIELDS"} and len(texts) > 1:
                        words.add(texts[1])
                    elif texts:
                        words.add(texts[0])
    return words


def _runtime_words() -> set[str]:
    """Labels from the core the UI translates by value."""
    sys.path.insert(0, str(ROOT))
    from issp_desktop.domain.access import ROLE_TITLES
    from issp_desktop.domain.deliverables import STATUS_TITLES
    from issp_desktop.domain.payroll import ItemKind
    from issp_desktop.domain.payroll_periods import PeriodState
    from issp_desktop.domain.people import CRITERION_TITLES
    from issp_desktop.domain.stages import Stage
    from issp_desktop.services.impact_types import BENCHMARK_TITLES
    from issp_desktop.services.people_io import FIELD_LABELS, IMPORT_FIELDS, label

    words = set(ROLE_TITLES.values()) | set(STATUS_TITLES.values())
    words |= set(CRITERION_TITLES.values()) | set(BENCHMARK_TITLES.values())
    words |= {s.value.capitalize() for s in Stage} | {k.value for k in ItemKind}
    words |= {s.value for s in PeriodState}
    words |= {label(k) for k in (*IMPORT_FIELDS, *FIELD_LABELS)}
    words |= {"monthly", "weekly", "fortnightly", "daily", "hourly", "piece", "stipend",
              "draft (not run)", "draft (run again)", "on time", "unplanned", "no shift",
              "PDF (*.pdf)", "Excel workbook (*.xlsx)"}
    return words


def _literal(text: str) -> str:
    """The text as a Python literal, in double quotes when that needs no escaping."""
    plain = '"' not in text and "'" not in text and "\\" not in repr(text)
    return repr(text).replace("'", '"') if plain else repr(text)


def write_extra_sources() -> int:
    marks: set[tuple[str, str]] = set()
    words: set[str] = set()
    for path in sorted(UI.rglob("*.py")):
        marks |= _alias_marks(path)
        words |= _table_words(path)
    words |= _runtime_words()
    marks |= {(WORDS, w) for w in words}
    lines = [
        '"""Generated by update.py: messages pyside6-lupdate cannot find by itself. Not run by the',
        'app; do not edit by hand."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
    ]
    lines += [f"QT_TRANSLATE_NOOP({_literal(c)}, {_literal(s)})" for c, s in sorted(marks)]
    EXTRA.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(marks)


# --- 2. lupdate -----------------------------------------------------------------------------------

def ts_path(lang: str) -> Path:
    return HERE / f"issp_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"issp_{lang}.qm"


def run_lupdate() -> None:
    sources = [str(p.relative_to(ROOT)) for p in sorted(UI.rglob("*.py"))]
    sources.append(str(EXTRA.relative_to(ROOT)))
    listing = HERE / ".sources.lst"
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    try:
        for lang in LANGUAGES:
            subprocess.run(
                [str(BIN / "pyside6-lupdate"), f"@{listing}", "-no-obsolete",
                 "-locations", "none", "-target-language", lang,
                 "-ts", str(ts_path(lang))],
                cwd=ROOT, check=True, capture_output=True)
    finally:
        listing.unlink(missing_ok=True)


# --- 3. fill from the catalogues -------------------------------------------------------------------

Entry = tuple[str, str | tuple[str, str], str | tuple[str, str]]


def load_catalogue() -> tuple[dict[str, Entry], dict[tuple[str, str], Entry]]:
    """source → (source, sw, fr); and (context, source) → entry for per-context wording."""
    common: dict[str, Entry] = {}
    by_context: dict[tuple[str, str], Entry] = {}
    for path in sorted(HERE.glob("catalog_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for entry in module.ENTRIES:
            if entry[0] in common:
                raise SystemExit(f"{path.name}: {entry[0]!r} is in two catalogues")
            common[entry[0]] = entry
        for (context, source), pair in getattr(module, "IN_CONTEXT", {}).items():
            by_context[(context, source)] = (source, *pair)
    return common, by_context


def _messages(tree: ET.ElementTree) -> Iterable[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fill(lang: str, check: bool = False) -> list[str]:
    common, by_context = load_catalogue()
    column = 1 + LANGUAGES.index(lang)
    path = ts_path(lang)
    tree = ET.parse(path)
    missing: list[str] = []
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        entry = by_context.get((context, source)) or common.get(source)
        target = message.find("translation")
        assert target is not None
        if entry is None:
            missing.append(f"{context}: {source!r}")
            continue
        if check:
            continue
        value = entry[column]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            for child in list(target):
                target.remove(child)
            target.text = None
            for form in forms:
                ET.SubElement(target, "numerusform").text = form
        else:
            assert isinstance(value, str), source
            target.text = value
        target.attrib.pop("type", None)
    if not check:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")
    return missing


def run_lrelease() -> None:
    for lang in LANGUAGES:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts_path(lang)),
                        "-qm", str(qm_path(lang))], check=True)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    if not check:
        count = write_extra_sources()
        print(f"extra_sources.py: {count} marks")
        run_lupdate()
    bad = 0
    for lang in LANGUAGES:
        missing = fill(lang, check=check)
        total = sum(1 for _ in _messages(ET.parse(ts_path(lang))))
        print(f"{lang}: {total} messages, {len(missing)} without a translation")
        for line in missing:
            print("  " + line)
        bad += len(missing)
    if not check:
        run_lrelease()
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

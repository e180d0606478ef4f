"""Keep the Simplified Chinese catalogue in step with the code, and build the .qm file.

    python scripts/i18n.py update          # add new tr() strings, drop vanished ones
    python scripts/i18n.py set EN ZH       # give one string its translation
    python scripts/i18n.py add-tsv FILE    # many at once: "English<TAB>中文" per line (\\n escapes)
    python scripts/i18n.py missing         # list strings without a translation (exit 1 if any)
    python scripts/i18n.py build           # resources/i18n/*.ts -> .qm with pyside6-lrelease

Only literal strings passed to ``tr()`` (``jianguan_desktop.i18n.tr``) are collected;
every visible string goes through it, so there is one context, ``jianguan``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jianguan_desktop"
TS_FILE = ROOT / "resources" / "i18n" / "jianguan_zh_CN.ts"
CONTEXT = "jianguan"


def collect(package: Path = PACKAGE) -> tuple[set[str], list[str]]:
    """Literal tr() strings in the package, and places where tr() got a non-literal."""
    found: set[str] = set()
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else None)
            if name != "tr" or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            else:
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: tr() needs a literal")
    return found, problems


def load(ts_file: Path = TS_FILE) -> dict[str, str | None]:
    """source -> translation (None where unfinished)."""
    table: dict[str, str | None] = {}
    if not ts_file.exists():
        return table
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = node.text if node is not None else None
        unfinished = node is None or node.get("type") == "unfinished" or not text
        table[source] = None if unfinished else text
    return table


def save(table: dict[str, str | None], ts_file: Path = TS_FILE) -> None:
    """Write the catalogue sorted by source, so that diffs stay small."""
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(table):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        if table[source]:
            node.text = table[source]
        else:
            node.set("type", "unfinished")
    ET.indent(root, space="    ")
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")


def update() -> int:
    found, problems = collect()
    table = load()
    merged = {source: table.get(source) for source in found}
    save(merged)
    for line in problems:
        print(line, file=sys.stderr)
    missing = sorted(s for s, t in merged.items() if not t)
    print(f"{len(merged)} strings, {len(missing)} without translation")
    return 1 if problems else 0


def set_many(pairs: list[tuple[str, str]]) -> int:
    table = load()
    for source, text in pairs:
        table[source] = text
    save(table)
    return 0


def read_tsv(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or "\t" not in line:
            continue
        source, text = line.split("\t", 1)
        pairs.append((source.replace("\\n", "\n"), text.replace("\\n", "\n")))
    return pairs


def missing() -> int:
    found, _problems = collect()
    table = load()
    absent = sorted(s for s in found if not table.get(s))
    for source in absent:
        print(source.replace("\n", "\\n"))
    return 1 if absent else 0


def lrelease_command() -> list[str] | None:
    """pyside6-lrelease from PySide6 (on PATH or beside the interpreter)."""
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return [found]
    return None


def build() -> int:
    command = lrelease_command()
    if command is None:
        print("pyside6-lrelease not found: install PySide6 first", file=sys.stderr)
        return 1
    for ts_file in sorted(TS_FILE.parent.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run([*command, "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        print(f"built {qm_file.relative_to(ROOT)}")
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    verb, rest = argv[0], argv[1:]
    if verb == "update":
        return update()
    if verb == "set" and len(rest) == 2:
        return set_many([(rest[0], rest[1])])
    if verb == "add-tsv" and len(rest) == 1:
        return set_many(read_tsv(Path(rest[0])))
    if verb == "missing":
        return missing()
    if verb == "build":
        return build()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

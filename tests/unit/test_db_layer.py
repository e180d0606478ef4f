"""The database layer imports nothing above it: no services, no window, not even lazily.

Imports are read from the source (top-level and inside functions alike), so a late
``from jianguan_desktop.services... import`` in a function is caught too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jianguan_desktop"
ABOVE_DB = ("jianguan_desktop.services", "jianguan_desktop.ui", "jianguan_desktop.cli")


def upward_imports(source: str, name: str = "<source>") -> list[str]:
    """The imports in ``source`` of a layer above ``db``, as ``name:line: module``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        found += [f"{name}:{node.lineno}: {module}" for module in modules
                  if module.startswith(ABOVE_DB)]
    return found


def test_no_db_module_imports_services_or_the_window() -> None:
    # GIVEN every module of the db package
    files = sorted((PACKAGE / "db").rglob("*.py"))
    assert PACKAGE / "db" / "backup_files.py" in files
    # WHEN their imports are read THEN none reaches up to services, the window or the CLI
    offenders = [line for path in files
                 for line in upward_imports(path.read_text(encoding="utf-8"), path.name)]
    assert offenders == []


def test_the_check_sees_a_late_upward_import() -> None:
    # GIVEN a function that imports a service only when it runs
    source = ("def upgrade(db):\n"
              "    from jianguan_desktop.services.backup import create_backup\n"
              "    import jianguan_desktop.ui.app\n")
    # THEN both imports are named
    assert upward_imports(source) == [
        "<source>:2: jianguan_desktop.services.backup",
        "<source>:2: jianguan_desktop.services.backup.create_backup",
        "<source>:3: jianguan_desktop.ui.app"]

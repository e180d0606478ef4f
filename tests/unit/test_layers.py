"""The layers below the window load without Qt, and no file outside ui/ imports PySide6.

The first test imports every module of domain, services, db and io (and the command
line) in a fresh interpreter where PySide6 and shiboken6 cannot be imported at all.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jianguan_desktop"
QT_PACKAGES = ("PySide6", "shiboken6")

_IMPORT_WITHOUT_QT = textwrap.dedent("""
    import importlib
    import importlib.util
    import pkgutil
    import sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError("Qt is not available in this test: " + name)
            return None

    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the Qt blocker does not work")

    loaded = []
    for package_name in ("domain", "services", "db", "io"):
        package = importlib.import_module("jianguan_desktop." + package_name)
        loaded.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
            loaded.append(info.name)
    if importlib.util.find_spec("jianguan_desktop.cli") is not None:
        importlib.import_module("jianguan_desktop.cli")
        loaded.append("jianguan_desktop.cli")
    qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
    if qt:
        raise SystemExit("Qt modules were loaded: " + ", ".join(qt))
    print("\\n".join(loaded))
""")


def test_layers_below_the_window_load_without_qt() -> None:
    # GIVEN a Python in which PySide6 and shiboken6 cannot be imported
    # WHEN every module of domain, services, db and io (and the CLI) is imported
    result = subprocess.run([sys.executable, "-c", _IMPORT_WITHOUT_QT], capture_output=True,
                            text=True, timeout=120, cwd=PACKAGE.parent)
    # THEN they all load
    assert result.returncode == 0, result.stderr + result.stdout
    loaded = set(result.stdout.split())
    assert {"jianguan_desktop.domain.roles", "jianguan_desktop.db.engine",
            "jianguan_desktop.services.due"} <= loaded


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names = [node.value] if node.value.split(".")[0] in QT_PACKAGES else []
        found += [f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}: {name}"
                  for name in names if name.split(".")[0] in QT_PACKAGES]
    return found


def test_no_module_outside_ui_imports_pyside6() -> None:
    # GIVEN every Python file of the package outside ui/
    files = [path for path in PACKAGE.rglob("*.py") if "ui" not in path.relative_to(PACKAGE).parts]
    assert len(files) > 10
    # WHEN their imports are read
    offenders = [line for path in files for line in _qt_imports(path)]
    # THEN none of them names PySide6 or shiboken6
    assert offenders == []


def test_the_static_check_sees_a_qt_import() -> None:
    # GIVEN a window module, which imports PySide6
    sample = PACKAGE / "ui" / "widgets.py"
    # WHEN its imports are read THEN the check names them
    assert any("PySide6.QtWidgets" in line for line in _qt_imports(sample))

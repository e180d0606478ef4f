"""Every service module that registers something (a view, a form, an import, settings, demo
data, due items) is loaded by ``services/registers.py``: otherwise its form, import or demo
would be missing from the command line, the window and the demonstration database."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from jianguan_desktop.services.registers import load_registers

SERVICES = Path(__file__).resolve().parents[2] / "jianguan_desktop" / "services"
# modules that define the registries themselves
FRAMEWORK = {"audit_table", "demo", "due", "forms", "imports", "settings", "tables"}


def _registers_at_import(path: Path) -> bool:
    """Whether the module calls a ``register_…`` function at module level."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        value = getattr(node, "value", None)
        if isinstance(value, ast.Call):
            func = value.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name.startswith("register_"):
                return True
    return False


def test_every_registering_service_module_is_loaded() -> None:
    load_registers(imports=True)
    registering = sorted(path.stem for path in SERVICES.glob("*.py")
                         if path.stem not in FRAMEWORK and _registers_at_import(path))
    assert "inspection_demo" in registering
    missing = [name for name in registering
               if f"jianguan_desktop.services.{name}" not in sys.modules]
    assert missing == []

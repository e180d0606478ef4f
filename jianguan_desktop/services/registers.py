"""The registers' service modules, imported by name so that what they register is known.

Each module registers on import its view, forms, demonstration data and settings;
:func:`load_registers` imports them all (by name, so that a frozen build finds them too).
Imports (``services/*_import.py``) are found by :mod:`jianguan_desktop.services.imports`
itself when one is asked for, so that openpyxl loads only then.
"""

from __future__ import annotations

import importlib

REGISTER_MODULES: tuple[str, ...] = (
    "jianguan_desktop.services.form_settings",
    "jianguan_desktop.services.forms",
    "jianguan_desktop.services.notices",
    "jianguan_desktop.services.notice_demo",
)


def load_registers() -> list[str]:
    """Import every register's service modules; return their names."""
    for name in REGISTER_MODULES:
        importlib.import_module(name)
    return list(REGISTER_MODULES)

"""Register pages: every module in this package registers its page(s) when imported.

Adding a register to the window means adding a module here that calls
:func:`jianguan_desktop.ui.pages.register_page`; :func:`load_all` finds it with pkgutil.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> list[str]:
    """Import every register module in this package; return their names."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.ispkg
                   and not info.name.startswith("_"))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names

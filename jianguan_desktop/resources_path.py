"""Find bundled files (translations, fonts, tables) and migrations wherever the program runs.

Installed: the ``jianguan_desktop.resources`` and ``jianguan_desktop.migrations``
sub-packages; from a source checkout: ``resources/`` and ``migrations/`` at the top;
frozen by PyInstaller: the same folders inside the bundle. The user manual is ``docs/`` at
the top of a checkout and in the bundle.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

_TOP = Path(__file__).resolve().parent.parent


@cache
def _folder(package: str, top_name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / top_name
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return _TOP / top_name


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return _folder("jianguan_desktop.resources", "resources").joinpath(*parts)


def migrations_path() -> Path:
    """The Alembic script folder."""
    return _folder("jianguan_desktop.migrations", "migrations")


def docs_path(*parts: str) -> Path:
    """A file under ``docs/`` (the user manual and its pictures): in the bundle when frozen
    (build.spec copies ``docs/`` there), else at the top of the source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else _TOP).joinpath("docs", *parts)

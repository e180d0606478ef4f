"""The program's version line, shared by ``jianguan --version``, ``jianguan version`` and
``jianguan-desktop --version``: program version and the database revision it writes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from jianguan_desktop import __version__
from jianguan_desktop.i18n import tr


def version_line() -> str:
    """E.g. 「jianguan-desktop 0.1.0（数据库版本 0015）」."""
    from jianguan_desktop.db.migrate import head_revision

    return tr("jianguan-desktop {version} (database version {revision})").format(
        version=__version__, revision=head_revision())


def print_version_line() -> bool:
    """Print the version line on stdout; ``False`` when there is no stdout (a windowed
    program on Windows)."""
    if sys.stdout is None:
        return False
    print(version_line(), file=sys.stdout, flush=True)
    return True


class VersionAction(argparse.Action):
    """``--version``: print :func:`version_line` and exit 0 (the line is made only when asked,
    so an ordinary start does not read the migration scripts)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        self.show()
        parser.exit(0)

    def show(self) -> None:
        """Print the line (a subclass may show it some other way when there is no stdout)."""
        print_version_line()

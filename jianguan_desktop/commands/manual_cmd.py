"""``jianguan manual -o 用户手册.pdf``: the user manual, with its screenshots, as a PDF.

The manual is docs/用户手册.md of the checkout or of the frozen build; ``--source`` prints
another copy of it. No database is opened and nobody logs in.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.i18n import tr


def cmd_manual(args: argparse.Namespace) -> int:
    """Write the user manual as a PDF."""
    from jianguan_desktop.services import manual

    source = Path(args.source).expanduser() if args.source else None
    written = manual.write_pdf(Path(args.output).expanduser(), source)
    cli.say(tr("Written: {path}").format(path=written))
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``manual`` to the command line."""
    manual = commands.add_parser("manual", help=tr(
        "Print the user manual, with its screenshots, as a PDF file."))
    manual.add_argument("-o", "--output", required=True, metavar=tr("FILE"),
                        help=tr("The PDF file to write."))
    manual.add_argument("--source", metavar=tr("FILE"), help=tr(
        "The manual's Markdown file (default: the one that comes with the program)."))
    manual.set_defaults(handler=cmd_manual)

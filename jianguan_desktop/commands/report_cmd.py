"""``jianguan report annual --year 2026 -o 报告.pdf``: the annual supervision report as a PDF.

``--xlsx`` alone writes the year's figures as a workbook to ``-o`` instead (so does an ``-o``
ending in ``.xlsx``); ``--xlsx FILE.xlsx`` writes the workbook there as well as the PDF of
``-o``. ``--office CODE``: one office's figures only (at the city, a county's).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.i18n import tr

XLSX_SUFFIX = ".xlsx"
_XLSX_TO_OUTPUT = "-"  # --xlsx given without a file: -o is the workbook


def _usage_error(args: argparse.Namespace, problem: str) -> int:
    cli.error_line(tr("{problem} See “{prog} --help”.").format(problem=problem,
                                                              prog=args.report_prog))
    return cli.EXIT_USAGE


def _targets(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """(PDF file, workbook file) the arguments ask for."""
    output = Path(args.output).expanduser() if args.output else None
    if args.xlsx == _XLSX_TO_OUTPUT:
        return None, output
    if args.xlsx:
        return output, Path(args.xlsx).expanduser()
    if output is not None and output.suffix.lower() == XLSX_SUFFIX:
        return None, output
    return output, None


def cmd_report_annual(args: argparse.Namespace) -> int:
    """Write the year's report as a PDF and/or its figures as a workbook."""
    from jianguan_desktop.services import annual_report

    pdf, workbook = _targets(args)
    if pdf is None and workbook is None:
        return _usage_error(args, tr("Missing: {names}.").format(names="-o/--output"))
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        year = annual_report.check_year(args.year)
        office = (args.office or "").strip() or None
        if pdf is not None:
            annual_report.write_pdf(db, actor, year, pdf, office)
            cli.say(tr("Written: {path}").format(path=pdf))
        if workbook is not None:
            annual_report.export_xlsx(db, actor, year, workbook, office)
            cli.say(tr("Written: {path}").format(path=workbook))
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``report annual`` to the command line."""
    report = commands.add_parser("report", help=tr("Write reports: the annual supervision "
                                                   "report."))
    reports = report.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"), required=True)
    annual = reports.add_parser("annual", help=tr(
        "The annual supervision report as a PDF, or its figures as an Excel workbook."))
    annual.add_argument("--year", required=True, metavar=tr("YEAR"),
                        help=tr("The year of the report, such as 2026."))
    annual.add_argument("-o", "--output", metavar=tr("FILE"), help=tr(
        "The PDF file to write (with --xlsx alone, or ending in .xlsx: the workbook)."))
    annual.add_argument("--xlsx", nargs="?", const=_XLSX_TO_OUTPUT, metavar=tr("FILE"),
                        help=tr("Write the figures as an Excel workbook: to FILE (the PDF "
                                "still goes to -o), or without FILE to -o instead of a PDF."))
    annual.add_argument("--office", metavar=tr("CODE"), help=tr(
        "Only this office's figures (the city: one county's); default every office's."))
    annual.set_defaults(handler=cmd_report_annual, report_prog=annual.prog)

"""``jianguan directory [--on DATE] [--json | --vcard -o FILE | --xlsx -o FILE]`` and ``jianguan
meetings report --year YEAR -o FILE.pdf|FILE.xlsx``: the liaison directory as it stood on a day,
and the year's joint meetings for the annual report.

A wrong date or year, a missing or wrong output file: one Chinese line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr

REPORT_SUFFIXES = (".pdf", ".xlsx")


def _on(args: argparse.Namespace) -> date:
    from jianguan_desktop.domain.dates import parse_day

    return parse_day(args.on, field="on") if args.on else date.today()


def _output(args: argparse.Namespace, suffixes: tuple[str, ...]) -> Path:
    """``-o FILE``, required and ending in one of ``suffixes``."""
    if not args.output:
        raise ValidationError(tr("Give the file to write with -o FILE."), field="output")
    output = Path(args.output).expanduser()
    if output.suffix.lower() not in suffixes:
        raise ValidationError(tr("The output file must end in {suffixes}, not “{name}”.")
                              .format(suffixes=" / ".join(suffixes), name=output.name),
                              field="output")
    return output


def _print_directory(lines: list[Any], title: str) -> None:
    cli.say(title)
    cli.print_table(
        [tr("No."), tr("Member unit"), tr("Responsible leader"), tr("Position"), tr("Mobile"),
         tr("Office phone"), tr("Liaison officer"), tr("Position"), tr("Mobile"),
         tr("Office phone"), tr("Duty phone"), tr("Fax")],
        [[str(line.no), line.unit, line.leader, line.leader_post, line.leader_mobile,
          line.leader_office_phone, line.liaison, line.liaison_post, line.liaison_mobile,
          line.liaison_office_phone, line.duty_phone, line.fax] for line in lines])


def cmd_directory(args: argparse.Namespace) -> int:
    """Print the directory as it stood on ``--on`` (default today), or write it as vCard or
    xlsx."""
    from jianguan_desktop.services.liaison import directory_on
    from jianguan_desktop.services.liaison_forms import (
        directory_lines,
        directory_title,
        directory_vcards,
        write_directory_xlsx,
    )

    if args.vcard and args.xlsx:
        raise ValidationError(tr("Choose one of --vcard and --xlsx."), field="output")
    if args.output and not (args.vcard or args.xlsx):
        raise ValidationError(tr("-o goes with --vcard or --xlsx."), field="output")
    output = _output(args, (".vcf",) if args.vcard else (".xlsx",)) \
        if args.vcard or args.xlsx else None
    on = _on(args)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        if args.vcard and output is not None:
            from jianguan_desktop.io.excel_export import save_atomically

            text = directory_vcards(db, actor, on)
            save_atomically(output, lambda temp: temp.write_bytes(text.encode("utf-8")))
            cli.say(tr("Written: {path} ({count} contacts).").format(
                path=output, count=text.count("BEGIN:VCARD")))
            return cli.EXIT_OK
        if args.xlsx and output is not None:
            count = write_directory_xlsx(db, actor, on, output)
            cli.say(tr("Written: {path} ({count} units).").format(path=output, count=count))
            return cli.EXIT_OK
        directory = directory_on(db, actor, on)
    if args.json:
        cli.emit_json(directory)
    else:
        _print_directory(directory_lines(directory), directory_title(directory.on))
    return cli.EXIT_OK


def cmd_meetings_report(args: argparse.Namespace) -> int:
    """Write the year's 联席会议工作情况 as a PDF or an xlsx file, by the file's suffix."""
    from jianguan_desktop.services.liaison_forms import (
        report_year,
        write_meetings_annual_pdf,
        write_meetings_annual_xlsx,
    )

    year = report_year(args.year)
    output = _output(args, REPORT_SUFFIXES)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        if output.suffix.lower() == ".xlsx":
            write_meetings_annual_xlsx(db, actor, year, output)
        else:
            write_meetings_annual_pdf(db, actor, year, output)
    cli.say(tr("Written: {path}").format(path=output))
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``directory`` and ``meetings report`` to the command line."""
    directory = commands.add_parser("directory", help=tr(
        "The liaison directory as it stood on a day: a table, JSON, vCard or xlsx."))
    directory.add_argument("--on", metavar=tr("DATE"), help=tr(
        "The directory as it stood on this date (YYYY-MM-DD; default today)."))
    directory.add_argument("--json", action="store_true", help=tr("Print JSON."))
    directory.add_argument("--vcard", action="store_true", help=tr(
        "Write the leaders and liaison officers as vCard contacts (.vcf) to -o FILE."))
    directory.add_argument("--xlsx", action="store_true", help=tr(
        "Write the directory as an xlsx workbook to -o FILE."))
    directory.add_argument("-o", "--output", metavar=tr("FILE"), help=tr(
        "The file to write (with --vcard or --xlsx)."))
    directory.set_defaults(handler=cmd_directory)
    meetings = commands.add_parser("meetings", help=tr(
        "Joint meetings: the year's report."))
    actions = meetings.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                      required=True)
    report = actions.add_parser("report", help=tr(
        "Write the year's joint meetings (figures, meetings, decisions, tasks) as a PDF or an "
        "xlsx file."))
    report.add_argument("--year", required=True, metavar=tr("YEAR"), help=tr(
        "The year, e.g. 2026."))
    report.add_argument("-o", "--output", required=True, metavar=tr("FILE"), help=tr(
        "The file to write: .pdf or .xlsx."))
    report.set_defaults(handler=cmd_meetings_report)

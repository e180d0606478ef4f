"""``jianguan workdays add DATE N [--explain] [--json]`` and ``jianguan calendar show YEAR``:
deadlines in working days and the holiday table, from the office's calendar.

A deadline touching a year the table lacks still prints, with a warning line on stderr (exit 0);
a wrong date or count exits 2 with one line.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr


def _start(text: str) -> date:
    from jianguan_desktop.domain.dates import parse_day

    return parse_day(text, field="date")


def year_argument(text: str) -> int:
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise ValidationError(tr("“{value}” is not a year; write it as 2026.").format(
            value=cleaned), field="year")
    return int(cleaned)


def cmd_workdays_add(args: argparse.Namespace) -> int:
    """Print the day ``N`` working days (or with ``--days`` calendar days) after ``DATE``."""
    from jianguan_desktop.services.calendar import check_count, workdays_add

    start = _start(args.date)
    count = check_count(args.count)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        deadline = workdays_add(db, actor, start, count, "days" if args.days else "workdays")
    if args.json:
        cli.emit_json({"start": deadline.start, "count": deadline.count,
                       "unit": deadline.unit, "due": deadline.due,
                       "explanation": deadline.explanation,
                       "warnings": list(deadline.warnings),
                       "skipped": [{"first": first, "last": last, "reason": reason}
                                   for first, last, reason in deadline.skipped]})
    else:
        cli.say(deadline.due.isoformat())
        if args.explain:
            cli.say(deadline.explanation)
    for warning in deadline.warnings:
        cli.error_line(warning)
    return 0


def cmd_calendar_show(args: argparse.Namespace) -> int:
    """Print a year's holidays and make-up working days, a line per run."""
    from jianguan_desktop.services.calendar import calendar_year

    year = year_argument(args.year)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        info = calendar_year(db, actor, year)
    if args.json:
        cli.emit_json({"year": info.year, "covered": info.covered,
                       "covered_source": info.covered_source, "summary": info.summary,
                       "runs": [{"first": run.first, "last": run.last, "kind": run.kind,
                                 "name": run.name, "days": run.days, "text": run.text}
                                for run in info.runs],
                       "days": [{"day": day.day, "kind": day.kind, "name": day.name,
                                 "source": day.source} for day in info.days]})
        return 0
    cli.say(tr("Holidays and make-up working days of {year}").format(year=year))
    for run in info.runs:
        cli.say(f"  {run.text}")
    if not info.runs:
        cli.say("  " + tr("(none entered)"))
    edited = [day for day in info.days if day.source != "shipped"]
    if edited:
        cli.say(tr("Entered by this office or imported: {days}").format(days="、".join(
            f"{day.day.isoformat()} {day.kind_label}" for day in edited)))
    cli.say(info.summary)
    return 0


def add_commands(commands: Any) -> None:
    """Add ``workdays`` and ``calendar`` to the command line."""
    workdays = commands.add_parser("workdays", help=tr(
        "Work out deadlines in working days from the holiday table."))
    workdays_commands = workdays.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                                required=True)
    add = workdays_commands.add_parser("add", help=tr(
        "The day N working days after DATE (the day itself not counted)."))
    add.add_argument("date", metavar=tr("DATE"), help=tr("The start, such as 2025-09-30."))
    add.add_argument("count", metavar="N", help=tr("How many working days (a whole number)."))
    add.add_argument("--days", action="store_true", help=tr(
        "Count calendar days instead; a last day on a holiday or rest day moves to the next "
        "working day."))
    add.add_argument("--explain", action="store_true",
                     help=tr("Also say how the date was worked out."))
    add.add_argument("--json", action="store_true", help=tr("Print JSON."))
    add.set_defaults(handler=cmd_workdays_add)

    calendar = commands.add_parser("calendar", help=tr("Show the holiday table."))
    calendar_commands = calendar.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                                required=True)
    show = calendar_commands.add_parser("show", help=tr(
        "A year's holidays and make-up working days, and whether the table covers it."))
    show.add_argument("year", metavar=tr("YEAR"))
    show.add_argument("--json", action="store_true", help=tr("Print JSON."))
    show.set_defaults(handler=cmd_calendar_show)

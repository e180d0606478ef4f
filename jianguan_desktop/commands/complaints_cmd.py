"""``jianguan complaints list [--overdue] [--within N] [--on DATE] [--json]``: the complaints
register from the command line, the overdue ones with the deadline each missed and why.

Complainants are always masked here (a list is not the place to reveal anyone).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from jianguan_desktop import cli
from jianguan_desktop.i18n import tr

if TYPE_CHECKING:  # the services load when a command runs, not at start
    from jianguan_desktop.services.complaints import ComplaintInfo


def _row(item: ComplaintInfo) -> dict[str, Any]:
    return {"number": item.number, "received_on": item.received_on.isoformat(),
            "case_type": item.case_type, "case_type_label": item.case_type_label,
            "status": item.status, "status_label": item.status_label,
            "complainant": item.complainant, "respondent": item.respondent_name,
            "project": item.project_name, "handler": item.handler,
            "due_on": item.due_on.isoformat() if item.due_on else None,
            "time_limit": item.due_limit_label, "overdue_workdays": item.overdue_by,
            "explanation": item.due_explanation, "warnings": list(item.due_warnings)}


def cmd_complaints_list(args: argparse.Namespace) -> int:
    """List the complaints with a running deadline; ``--overdue``: only those past it."""
    from jianguan_desktop.domain.dates import parse_day
    from jianguan_desktop.errors import ValidationError
    from jianguan_desktop.services.complaints import overdue_complaints

    on = parse_day(args.on, field="on") if args.on else date.today()
    if args.within is not None and args.within < 0:
        raise ValidationError(tr("--within must be zero or more working days."),
                              field="within")
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        if args.overdue or args.within is not None:
            items = overdue_complaints(db, actor, on, within=args.within or 0)
        else:
            items = overdue_complaints(db, actor, on, within=None)
    if args.json:
        cli.emit_json({"on": on.isoformat(), "complaints": [_row(item) for item in items]})
        return cli.EXIT_OK
    if not items:
        cli.say(tr("No complaint is overdue.") if args.overdue
                else tr("No complaint has a time limit running."))
        return cli.EXIT_OK
    cli.print_table(
        [tr("Number"), tr("Received on"), tr("Status"), tr("Respondent"), tr("Due on"),
         tr("Overdue by")],
        [[item.number, item.received_on.isoformat(), item.status_label, item.respondent_name,
          item.due_on.isoformat() if item.due_on else "",
          tr("{count} working days").format(count=item.overdue_by) if item.overdue_by else ""]
         for item in items])
    for item in items:
        if item.overdue_by:
            cli.say(f"{item.number}：{item.due_explanation}")
        for warning in item.due_warnings:
            cli.error_line(warning)
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``complaints list`` to the command line."""
    complaints = commands.add_parser("complaints", help=tr(
        "Complaints and reports: list those with a running or missed time limit."))
    actions = complaints.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                        required=True)
    listing = actions.add_parser("list", help=tr(
        "List the complaints whose time limit is running, the nearest first."))
    listing.add_argument("--overdue", action="store_true", help=tr(
        "Only those past their time limit."))
    listing.add_argument("--within", type=int, metavar="N", help=tr(
        "Those overdue or due within N working days."))
    listing.add_argument("--on", metavar=tr("DATE"), help=tr(
        "As of this date (YYYY-MM-DD; default today)."))
    listing.add_argument("--json", action="store_true", help=tr("Print JSON."))
    listing.set_defaults(handler=cmd_complaints_list)

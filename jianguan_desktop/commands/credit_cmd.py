"""``jianguan credit check|publish|expire``: the credit check of a bidder, the 公示表 as PDF or
xlsx, and closing entries whose publication period has ended.

``check`` exits 0 whenever the check ran (found or not, it says which); bad input exits 2.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jianguan_desktop import cli
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.io.pdf.document import Table

if TYPE_CHECKING:  # the services load when a command runs, not at start
    from jianguan_desktop.services.credit_check import CreditCheckResult
    from jianguan_desktop.services.credit_lists import CreditEntryInfo

PUBLISH_SUFFIXES = (".pdf", ".xlsx")


def _on(args: argparse.Namespace) -> date | None:
    """``--on DATE`` (``YYYY-MM-DD`` or ``today``), or ``None`` for today."""
    if args.on is None:
        return None
    from jianguan_desktop.domain.dates import parse_day

    return parse_day(args.on, field="on")


def _listing_lines(index: int, entry: CreditEntryInfo, office_code: str) -> list[str]:
    from jianguan_desktop.services.credit_check import listing_source

    period = tr("{start} to {end}").format(
        start=entry.start_on.isoformat() if entry.start_on else "",
        end=entry.end_on.isoformat() if entry.end_on else "")
    conduct = tr("Trustworthy conduct") if entry.list_kind == "red" else tr(
        "Untrustworthy conduct")
    lines = [f"[{index}] {entry.list_label}　{entry.number}",
             f"    {tr('Name')}：{entry.entity_name}（{entry.entity_code}）",
             f"    {conduct}：{' '.join(entry.conduct.split())}",
             f"    {tr('Basis of the decision')}：{entry.basis}",
             f"    {tr('Deciding department')}：{entry.department}"]
    if entry.list_kind != "red":
        lines.append(f"    {tr('Sanctions')}：{entry.sanctions}")
    lines.append(f"    {tr('Publication period')}：{period}")
    lines.append(f"    {tr('Source')}：{listing_source(entry, office_code)}")
    return lines


def _print_result(result: CreditCheckResult) -> None:
    from jianguan_desktop.services.credit_check import entities_count_text

    if result.entities:
        cli.say(tr("Market entities matched ({count}):").format(
            count=entities_count_text(result)))
        cli.print_table([tr("Name"), tr("Kind of entity"), tr("Code"), tr("Credit grade")],
                        [[item.name, item.kind_label, item.code, item.grade or tr("Not graded")]
                         for item in result.entities])
        if result.entities_total > len(result.entities):
            cli.say(tr("{total} entities matched; the first {shown} are shown.").format(
                total=entities_count_text(result), shown=len(result.entities)))
    for index, entry in enumerate(result.listings, start=1):
        for line in _listing_lines(index, entry, result.office_code):
            cli.say(line)
    cli.say(result.summary)


def cmd_credit_check(args: argparse.Namespace) -> int:
    """Check a code or name on a date; with ``--save`` keep the 信用核查记录."""
    from jianguan_desktop.services.credit_check import check_credit, record_check

    if not args.save and (args.project or args.purpose):
        raise ValidationError(tr("--project and --purpose go with --save."), field="save")
    on = _on(args)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        number = None
        if args.save:
            record = record_check(db, actor, args.query, on=on, project=args.project or "",
                                  purpose=args.purpose or "")
            result, number = record.result, record.number
        else:
            result = check_credit(db, actor, args.query, on=on)
    if args.json:
        cli.emit_json({"saved": number, **asdict(result)})
        return cli.EXIT_OK
    _print_result(result)
    if number:
        cli.say(tr("Saved as the credit check record {number}.").format(number=number))
    return cli.EXIT_OK


def cmd_credit_publish(args: argparse.Namespace) -> int:
    """Write the 黑名单 or 红名单 公示表 as a PDF or an xlsx file, by the file's suffix."""
    from jianguan_desktop.services.credit_forms import build_publication, write_publication_xlsx

    output = Path(args.output).expanduser()
    suffix = output.suffix.lower()
    if suffix not in PUBLISH_SUFFIXES:
        raise ValidationError(tr("The output file must end in .pdf or .xlsx, not “{name}”.")
                              .format(name=output.name), field="output")
    on = _on(args)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        if suffix == ".xlsx":
            count = write_publication_xlsx(db, actor, args.list, on, output)
        else:
            from jianguan_desktop.io.pdf.render import render_pdf_to

            document = build_publication(db, actor, args.list, on)
            count = sum(len(block.rows) for block in document.blocks
                        if isinstance(block, Table))
            render_pdf_to(document, output)
    cli.say(tr("Written: {path} ({count} entries).").format(path=output, count=count))
    return cli.EXIT_OK


def cmd_credit_expire(args: argparse.Namespace) -> int:
    """Close as expired every listed entry whose period has ended (default: before today)."""
    from jianguan_desktop.services.credit_lists import close_expired

    on = _on(args)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        count = close_expired(db, actor, on)
    cli.say(tr("{count} entries whose publication period has ended were closed as expired.")
            .format(count=count))
    return cli.EXIT_OK


def _on_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--on", metavar=tr("DATE"), help=help_text)


def add_commands(commands: Any) -> None:
    """Add ``credit check``, ``credit publish`` and ``credit expire`` to the command line."""
    credit = commands.add_parser("credit", help=tr(
        "Credit lists: check a bidder, publish the lists, close expired entries."))
    actions = credit.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"), required=True)
    check = actions.add_parser("check", help=tr(
        "Show every active credit list entry about a code or a name."))
    check.add_argument("query", metavar=tr("CODE_OR_NAME"))
    _on_argument(check, tr("Check as of this date (YYYY-MM-DD; default today)."))
    check.add_argument("--json", action="store_true", help=tr("Print JSON."))
    check.add_argument("--save", action="store_true", help=tr(
        "Save the check as a credit check record and print its number."))
    check.add_argument("--project", metavar=tr("PROJECT"), help=tr(
        "With --save: the project the check is for."))
    check.add_argument("--purpose", metavar=tr("PURPOSE"), help=tr(
        "With --save: why the check was made."))
    check.set_defaults(handler=cmd_credit_check)
    publish = actions.add_parser("publish", help=tr(
        "Write the blacklist or redlist publication as a PDF or an xlsx file."))
    publish.add_argument("--list", required=True, choices=("black", "red"), help=tr(
        "black: the blacklist; red: the redlist."))
    _on_argument(publish, tr("The entries in force on this date (YYYY-MM-DD; default "
                             "today)."))
    publish.add_argument("-o", "--output", required=True, metavar=tr("FILE"), help=tr(
        "The file to write: .pdf or .xlsx."))
    publish.set_defaults(handler=cmd_credit_publish)
    expire = actions.add_parser("expire", help=tr(
        "Close as expired the entries whose publication period has ended."))
    _on_argument(expire, tr("Close the entries whose period ended before this date "
                            "(YYYY-MM-DD; default today)."))
    expire.set_defaults(handler=cmd_credit_expire)

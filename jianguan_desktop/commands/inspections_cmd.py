"""``jianguan inspections coverage --year 2026 [--json]`` and ``jianguan inspections publish
BATCH --on DATE --channel TEXT``: a year's 双随机 coverage, and recording a publication.

A wrong year, date or batch exits 2 with one line; a late publication is recorded and says so.
"""

from __future__ import annotations

import argparse
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.i18n import tr


def _coverage_json(cover: Any) -> dict[str, Any]:
    return {
        "year": cover.year,
        "items": [{"code": item.code, "name": item.name, "type": item.item_type,
                   "planned": item.planned, "done": item.done, "problems": item.problems,
                   "batches": item.batches, "batches_done": item.batches_done}
                  for item in cover.items],
        "grades": [{"grade": grade.grade, "pool_size": grade.pool_size, "drawn": grade.drawn,
                    "ratio": round(grade.ratio, 1), "lowest": grade.lowest,
                    "reached": grade.reached} for grade in cover.grades],
        "agencies": {"active": cover.agencies.pool_size, "drawn": cover.agencies.drawn,
                     "ratio": round(cover.agencies.ratio, 1),
                     "minimum": cover.agencies.lowest, "reached": cover.agencies.reached},
        "industry_check": cover.industry_check,
        "industries_missing": list(cover.industries_missing)}


def _yes_no(flag: bool, size: int = 1) -> str:
    if not size:
        return tr("no objects")
    return tr("reached") if flag else tr("not reached")


def cmd_inspections_coverage(args: argparse.Namespace) -> int:
    """Print a year's coverage: per item, per grade, agencies, industries not inspected."""
    from jianguan_desktop.commands.calendar_cmd import year_argument
    from jianguan_desktop.services.inspection_results import coverage

    year = year_argument(args.year)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        cover = coverage(db, actor, year)
    if args.json:
        cli.emit_json(_coverage_json(cover))
        return cli.EXIT_OK
    cli.say(tr("Random inspections of {year}: coverage").format(year=year))
    cli.print_table([tr("Inspection item"), tr("Type"), tr("Batches planned"),
                     tr("Batches inspected"), tr("Planned"), tr("Done"), tr("Problems")],
                    [[item.name, item.item_type_label, str(item.batches),
                      str(item.batches_done), str(item.planned), str(item.done),
                      str(item.problems)] for item in cover.items])
    cli.print_table([tr("Grade"), tr("Drawn / pool"), tr("Lowest share"), tr("Reached")],
                    [[grade.grade, grade.ratio_text, f"{grade.lowest}%",
                      _yes_no(grade.reached, grade.pool_size)] for grade in cover.grades])
    agencies = cover.agencies
    cli.say(tr("Agencies active this year: {active}, drawn: {drawn} ({ratio:.1f}%); at least "
               "{minimum}% required: {state}.").format(
        active=agencies.pool_size, drawn=agencies.drawn, ratio=agencies.ratio,
        minimum=agencies.lowest, state=_yes_no(agencies.reached, agencies.pool_size)))
    if cover.industry_check:
        if cover.industries_missing:
            cli.say(tr("Industries with objects but none inspected this year: {names}.")
                    .format(names="、".join(cover.industries_missing)))
        else:
            cli.say(tr("Every industry of the directory was inspected this year."))
    return cli.EXIT_OK


def cmd_inspections_publish(args: argparse.Namespace) -> int:
    """Record that a completed batch's results were published, on a date and where."""
    from jianguan_desktop.domain.dates import parse_day
    from jianguan_desktop.domain.doc_format import format_cn_date
    from jianguan_desktop.services.inspection_results import publish_batch

    published_on = parse_day(args.on, field="on")
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        info = publish_batch(db, actor, args.batch, {
            "published_on": published_on, "channel": args.channel, "note": args.note or ""})
    cli.say(tr("“{title}”: published on {day} ({channel}).").format(
        title=info.batch_title, day=format_cn_date(published_on), channel=info.channel))
    if info.late:
        cli.say(tr("Published {count} working days after the due day {due}.").format(
            count=info.late_by, due=format_cn_date(info.publish_due) if info.publish_due
            else ""))
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``inspections coverage`` and ``inspections publish`` to the command line."""
    inspections = commands.add_parser("inspections", help=tr(
        "Random inspections: a year's coverage, and recording a publication."))
    actions = inspections.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                         required=True)
    cover = actions.add_parser("coverage", help=tr(
        "Per item planned against done, ratios reached per grade, agencies' share."))
    cover.add_argument("--year", required=True, metavar=tr("YEAR"), help=tr(
        "The plan year, e.g. 2026."))
    cover.add_argument("--json", action="store_true", help=tr("Print JSON."))
    cover.set_defaults(handler=cmd_inspections_coverage)
    publish = actions.add_parser("publish", help=tr(
        "Record the publication of a completed batch's results."))
    publish.add_argument("batch", metavar="BATCH_ID", help=tr(
        "The batch: its id, or the number of its draw (抽取〔2026〕1号)."))
    publish.add_argument("--on", required=True, metavar=tr("DATE"), help=tr(
        "Published on (YYYY-MM-DD)."))
    publish.add_argument("--channel", required=True, metavar=tr("TEXT"), help=tr(
        "Where the results were published."))
    publish.add_argument("--note", metavar=tr("TEXT"), help=tr("A note."))
    publish.set_defaults(handler=cmd_inspections_publish)

"""``jianguan draw list [--year Y] [--json]`` and ``jianguan draw verify NUMBER [--json]``: the
random draws of 双随机, and whether one re-runs from its record to the same result.

``draw verify`` exits 0 when the draw matches, 1 when it does not (each difference on stderr),
and 2 for a number that is not known.
"""

from __future__ import annotations

import argparse
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.i18n import tr


def _draw_json(draw: Any) -> dict[str, Any]:
    return {"number": draw.number, "batch": draw.batch_title, "plan": draw.plan_title,
            "drawn_on": draw.drawn_on, "seed": draw.seed, "seed_source": draw.seed_source,
            "algorithm": draw.algorithm, "pool_hash": draw.pool_hash,
            "pool_size": draw.pool_size, "drawn_count": draw.drawn_count,
            "status": draw.status, "redraw_of": draw.redraw_of_number,
            "redraw_reason": draw.redraw_reason, "superseded_by": draw.superseded_by_number,
            "witnesses": list(draw.witnesses),
            "strata": [{"grade": item.stratum, "pool_size": item.pool_size,
                        "drawn": item.drawn} for item in draw.strata],
            "drawn": [{"key": item.key, "name": item.name, "grade": item.stratum,
                       "inspectors": list(item.inspectors)} for item in draw.drawn]}


def cmd_draw_list(args: argparse.Namespace) -> int:
    """List the draw records, oldest number first."""
    from jianguan_desktop.services.inspection_plans import list_draws

    year = None
    if args.year is not None:
        from jianguan_desktop.commands.calendar_cmd import year_argument

        year = year_argument(args.year)
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        draws = list_draws(db, actor, year)
    if args.json:
        cli.emit_json([_draw_json(draw) for draw in draws])
        return 0
    if not draws:
        cli.say(tr("No draws yet."))
        return 0
    cli.print_table(
        [tr("Number"), tr("Drawn on"), tr("Batch"), tr("Seed"), tr("Drawn / pool"),
         tr("Status"), tr("Pool SHA-256")],
        [[draw.number, draw.drawn_on.isoformat(), draw.batch_title, draw.seed,
          f"{draw.drawn_count}/{draw.pool_size}", draw.status_label, draw.pool_hash[:16]]
         for draw in draws])
    return 0


def cmd_draw_verify(args: argparse.Namespace) -> int:
    """Re-run a draw from its record: exit 0 when it matches, 1 when it does not."""
    from jianguan_desktop.services.inspection_plans import verify_draw

    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        check = verify_draw(db, actor, args.number)
    if args.json:
        cli.emit_json({"number": check.number, "matches": check.matches,
                       "differences": list(check.differences)})
    elif check.matches:
        cli.say(tr("{number}: the draw re-runs from its record to the same result.").format(
            number=check.number))
    else:
        cli.say(tr("{number}: the draw does NOT match its record.").format(
            number=check.number))
    if not args.json:
        for text in check.differences:
            cli.error_line(text)
    return 0 if check.matches else 1


def add_commands(commands: Any) -> None:
    """Add ``draw`` to the command line."""
    draw = commands.add_parser("draw", help=tr(
        "The random draws of 双随机: list them and verify one."))
    draw_commands = draw.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                        required=True)
    listed = draw_commands.add_parser("list", help=tr("List the draw records."))
    listed.add_argument("--year", help=tr("Only the draws of this year."))
    listed.add_argument("--json", action="store_true", help=tr("Print JSON."))
    listed.set_defaults(handler=cmd_draw_list)
    verify = draw_commands.add_parser("verify", help=tr(
        "Re-run a draw from its record and say whether it matches (exit 0) or not (exit 1)."))
    verify.add_argument("number", metavar=tr("NUMBER"),
                        help=tr("The draw's number, such as 抽取〔2026〕1号."))
    verify.add_argument("--json", action="store_true", help=tr("Print JSON."))
    verify.set_defaults(handler=cmd_draw_verify)

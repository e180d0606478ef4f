"""``jianguan print FORM RECORD_NUMBER -o out.pdf`` and ``jianguan print --list``: forms as PDF.

For the ``list`` form RECORD_NUMBER is a register's key (``jianguan print list notices -o
l.pdf --search 抽查``). A record that does not exist: one line, exit 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.errors import NotFoundError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.registers import load_registers

EXIT_NOT_FOUND = 1


def _usage_error(args: argparse.Namespace, problem: str) -> int:
    cli.error_line(tr("{problem} See “{prog} --help”.").format(problem=problem,
                                                              prog=args.print_prog))
    return cli.EXIT_USAGE


def cmd_print_list(args: argparse.Namespace) -> int:
    """Show the forms, their titles and what their RECORD_NUMBER is."""
    from jianguan_desktop.services.forms import list_forms

    forms = list_forms()
    if args.json:
        cli.emit_json(forms)
        return cli.EXIT_OK
    cli.print_table([tr("Form"), tr("Title"), tr("RECORD_NUMBER is")],
                    [[form.key, form.title, form.ref_label] for form in forms])
    return cli.EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    """Write one form as a PDF file."""
    if args.list:
        return cmd_print_list(args)
    missing = [name for name, value in ((tr("FORM"), args.form), (tr("RECORD_NUMBER"), args.ref),
                                        ("-o/--output", args.output)) if not value]
    if missing:
        return _usage_error(args, tr("Missing: {names}.").format(names=", ".join(missing)))
    from jianguan_desktop.io.pdf.render import render_pdf_to
    from jianguan_desktop.services.forms import LIST_FORM, build_form, build_list_form
    from jianguan_desktop.services.tables import TableQuery

    output = Path(args.output).expanduser()
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        try:
            if args.form == LIST_FORM:
                document = build_list_form(db, actor, args.ref.strip(),
                                           TableQuery(search=args.search or ""))
            else:
                document = build_form(db, actor, args.form, args.ref)
        except NotFoundError as error:
            cli.error_line(str(error))
            return EXIT_NOT_FOUND
        render_pdf_to(document, output)
    cli.say(tr("Written: {path}").format(path=output))
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``print`` to the command line (and make the registers' forms known)."""
    load_registers()
    printing = commands.add_parser("print", help=tr(
        "Print a form of a record as a PDF file, or list the forms."))
    printing.add_argument("form", nargs="?", metavar=tr("FORM"), help=tr(
        "The form's key (see --list); “list” prints a register as a table."))
    printing.add_argument("ref", nargs="?", metavar=tr("RECORD_NUMBER"), help=tr(
        "The record's number, such as 滑监〔2026〕17号; for “list” the register's key."))
    printing.add_argument("-o", "--output", metavar=tr("FILE"),
                          help=tr("The PDF file to write."))
    printing.add_argument("--search", metavar=tr("TEXT"), help=tr(
        "For “list”: print only the rows this search finds."))
    printing.add_argument("--list", action="store_true",
                          help=tr("List the forms and what their RECORD_NUMBER is."))
    printing.add_argument("--json", action="store_true", help=tr("With --list: print JSON."))
    printing.set_defaults(handler=cmd_print, print_prog=printing.prog)

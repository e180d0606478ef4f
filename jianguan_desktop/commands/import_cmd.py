"""``jianguan import`` and ``jianguan template``: Excel imports from the command line.

``import REGISTER FILE`` checks every row and imports a clean file (``--dry-run`` only checks,
``--valid-only`` skips rows with problems); exit 0 when done or clean, 1 when rows have problems.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jianguan_desktop.cli import emit_json, error_line, login, open_database_for, print_table, say
from jianguan_desktop.errors import UserError
from jianguan_desktop.i18n import tr

if TYPE_CHECKING:  # the services (and openpyxl) load when a command runs, not at start
    from jianguan_desktop.services.imports import ImportCheck, ImportFailed, ImportResult

EXIT_OK = 0
EXIT_ROW_PROBLEMS = 1
MAX_PRINTED_ISSUES = 500  # more go to --report or --json


def _print_issues(check: ImportCheck) -> None:
    issues = check.issues
    if not issues:
        return
    print_table([tr("Row"), tr("Column"), tr("Value in the file"), tr("Problem")],
                [[str(issue.row), issue.column, " ".join(issue.value.split()), issue.reason]
                 for issue in issues[:MAX_PRINTED_ISSUES]])
    if len(issues) > MAX_PRINTED_ISSUES:
        say(tr("… and {count} more problems: save them all with --report FILE.xlsx, or use "
               "--json.").format(count=f"{len(issues) - MAX_PRINTED_ISSUES:,}"))


def _summary(args: argparse.Namespace, check: ImportCheck, result: ImportResult | None,
             failure: ImportFailed | None) -> tuple[bool, str]:
    """Whether the command succeeded, and the line that says what happened."""
    name = Path(args.file).name
    if failure is not None:
        return False, failure.message
    if result is not None:
        if result.skipped:
            return True, tr("Imported {count} records from {file}; {skipped} rows with "
                            "problems were skipped.").format(
                count=f"{result.imported:,}", file=name, skipped=f"{result.skipped:,}")
        return True, tr("Imported {count} records from {file}.").format(
            count=f"{result.imported:,}", file=name)
    if check.issues:
        return False, tr("{rows} of the {total} rows of {file} have problems (a dry run: "
                         "nothing was imported).").format(
            rows=f"{check.problem_rows:,}", total=f"{check.total_rows:,}", file=name)
    return True, tr("All {total} rows of {file} are fine (a dry run: nothing was imported)."
                    ).format(total=f"{check.total_rows:,}", file=name)


def _as_json(args: argparse.Namespace, check: ImportCheck, result: ImportResult | None,
             ok: bool, message: str) -> dict[str, Any]:
    return {"register": args.register, "file": str(args.file), "ok": ok, "message": message,
            "dry_run": bool(args.dry_run), "sheet": check.sheet, "header_row": check.header_row,
            "total_rows": check.total_rows, "valid_rows": check.valid_rows,
            "problem_rows": check.problem_rows,
            "imported": result.imported if result is not None else 0,
            "skipped": result.skipped if result is not None else check.problem_rows,
            "backup_file": result.backup_file if result is not None else None,
            "ignored_columns": check.ignored_columns, "issues": check.issues}


def cmd_import(args: argparse.Namespace) -> int:
    """Check a workbook and import its rows into a register."""
    from jianguan_desktop.services.imports import (
        ImportFailed,
        check_file,
        run_import,
        save_report,
    )

    if args.list:
        return _list(args)
    if not args.register or not args.file:
        raise UserError(tr("Name the register and the file: jianguan import REGISTER FILE "
                           "(“jianguan import --list” shows the registers)."))
    path = Path(args.file).expanduser()
    result: ImportResult | None = None
    failure: ImportFailed | None = None
    with open_database_for(args) as db:
        actor = login(args, db)
        if args.dry_run:
            check = check_file(db, actor, args.register, path)
        else:
            try:
                result = run_import(db, actor, args.register, path, valid_only=args.valid_only)
                check = result.check
            except ImportFailed as error:
                failure, check = error, error.check
    ok, message = _summary(args, check, result, failure)
    if args.report and check.issues:
        save_report(check.issues, Path(args.report).expanduser(),
                    title=tr("Problems found in {file}").format(file=path.name))
    if args.json:
        emit_json(_as_json(args, check, result, ok, message))
    else:
        if check.ignored_columns:
            say(tr("Columns not in the import were ignored: {columns}.").format(
                columns="、".join(check.ignored_columns)))
        _print_issues(check)
        if ok:
            say(message)
            if result is not None and result.backup_file is not None:
                say(tr("A backup was made before the import: {path}").format(
                    path=result.backup_file))
        if args.report and check.issues:
            say(tr("The list of problems was saved to {path}.").format(path=args.report))
    if not ok:
        error_line(message)
    return EXIT_OK if ok else EXIT_ROW_PROBLEMS


def _list(args: argparse.Namespace) -> int:
    from jianguan_desktop.services.imports import list_imports

    imports = list_imports()
    if args.json:
        emit_json(imports)
        return EXIT_OK
    if not imports:
        say(tr("No register takes imports yet."))
        return EXIT_OK
    print_table([tr("Register"), tr("Name"), tr("Column headers")],
                [[info.key, info.title, "、".join(info.headers)] for info in imports])
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    """Save the Excel template of an import."""
    from jianguan_desktop.services.imports import write_template

    path = write_template(args.register, Path(args.output).expanduser())
    say(tr("Template saved to {path}: fill in the rows under the notes row, then import it "
           "with “jianguan import {register} FILE”.").format(path=path, register=args.register))
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``import`` and ``template`` to the command line."""
    importer = commands.add_parser("import", help=tr(
        "Import the rows of an Excel workbook into a register."))
    importer.add_argument("register", nargs="?", metavar=tr("REGISTER"), help=tr(
        "The register to import into (see --list)."))
    importer.add_argument("file", nargs="?", metavar=tr("FILE"), help=tr("The .xlsx workbook."))
    importer.add_argument("--list", action="store_true", help=tr(
        "List the registers that take imports."))
    importer.add_argument("--dry-run", action="store_true", help=tr(
        "Only check the rows; import nothing."))
    importer.add_argument("--valid-only", action="store_true", help=tr(
        "Import the rows without problems and skip the others."))
    importer.add_argument("--report", metavar=tr("FILE.xlsx"), help=tr(
        "Save the problems found (if any) as an Excel list."))
    importer.add_argument("--json", action="store_true", help=tr("Print JSON."))
    importer.set_defaults(handler=cmd_import)

    template = commands.add_parser("template", help=tr(
        "Save the Excel template of a register's import."))
    template.add_argument("register", metavar=tr("REGISTER"), help=tr(
        "The register (see “jianguan import --list”)."))
    template.add_argument("-o", "--output", required=True, metavar=tr("FILE"), help=tr(
        "Where to save the template (.xlsx)."))
    template.set_defaults(handler=cmd_template)

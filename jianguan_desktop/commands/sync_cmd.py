"""``jianguan sync keygen [--replace]``, ``jianguan sync pubkey -o FILE``, ``jianguan sync trust
FILE`` and ``jianguan sync partners [--json]``: this office's sync keys and the offices it
exchanges packages with (issue 8 item 1); ``jianguan sync export --to OFFICE -o DIR [--full]``
and ``jianguan sync import FILE [--dry-run] [--accept-gap REASON] [--json]``: the packages.

A refused step (a file that is not a key file, an office of the same level, keys already made)
prints one Chinese line on stderr and exits 2; nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jianguan_desktop import cli
from jianguan_desktop.errors import ValidationError
from jianguan_desktop.i18n import tr


def cmd_keygen(args: argparse.Namespace) -> int:
    """Make this office's key pairs and print the fingerprint."""
    from jianguan_desktop.services.sync_keys import generate_keys

    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        fingerprint = generate_keys(db, actor, replace=args.replace)
    cli.say(tr("Sync keys made. Fingerprint: {print}").format(print=fingerprint))
    return cli.EXIT_OK


def cmd_pubkey(args: argparse.Namespace) -> int:
    """Write this office's public key file and print its fingerprint for checking by phone."""
    from jianguan_desktop.io.excel_export import save_atomically
    from jianguan_desktop.services.sync_keys import public_key_file

    output = Path(args.output).expanduser()
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        data, fingerprint = public_key_file(db, actor)
    save_atomically(output, lambda temp: temp.write_bytes(data))
    cli.say(tr("Written: {path}").format(path=output))
    cli.say(tr("Fingerprint (read it out to the partner office by phone): {print}").format(
        print=fingerprint))
    return cli.EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    """Register a partner office's public key file; print the office and the fingerprint."""
    from jianguan_desktop.services.sync_keys import trust

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise ValidationError(tr("The file “{name}” does not exist.").format(name=source),
                              field="file")
    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        info = trust(db, actor, source.read_bytes())
    cli.say(tr("Registered: {name} ({code}). Fingerprint: {print}").format(
        name=info.office_name, code=info.office_code, print=info.fingerprint))
    cli.say(tr("Check the fingerprint with the office by phone before exchanging packages."))
    return cli.EXIT_OK


def cmd_partners(args: argparse.Namespace) -> int:
    """List the registered offices."""
    from jianguan_desktop.services.sync_keys import list_partners

    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        partners = list_partners(db, actor)
    if args.json:
        cli.emit_json(partners)
        return cli.EXIT_OK
    cli.print_table([tr("Office code"), tr("Office name"), tr("Level"), tr("Fingerprint")],
                    [[info.office_code, info.office_name,
                      tr("City") if info.mode == "city" else tr("County"), info.fingerprint]
                     for info in partners])
    return cli.EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write the next package for an office into a folder (a USB stick)."""
    from jianguan_desktop.services.sync import export_package

    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        sent = export_package(db, actor, args.to, Path(args.output), full=args.full)
    cli.say(tr("Written: {path} (package No. {seq} to office {office}, {rows} records, "
               "{receipts} receipts).").format(path=sent.path, seq=sent.package_seq,
                                               office=sent.recipient, rows=sent.rows,
                                               receipts=sent.receipts))
    return cli.EXIT_OK


def summary_lines(summary: Any) -> list[str]:
    """The import summary (数据交换回执) as lines of text."""
    if summary.already_imported:
        return [tr("Package No. {seq} from {name} ({office}) was imported before: nothing "
                   "changed.").format(seq=summary.package_seq, name=summary.sender_name,
                                      office=summary.sender)]
    head = tr("Dry run of package No. {seq} from {name} ({office}): nothing was written.") \
        if summary.dry_run else tr("Imported package No. {seq} from {name} ({office}).")
    lines = [head.format(seq=summary.package_seq, name=summary.sender_name,
                         office=summary.sender),
             tr("Created {created}, updated {updated}, unchanged {unchanged}, rejected "
                "{rejected}; receipts {receipts}.").format(
                 created=summary.created, updated=summary.updated,
                 unchanged=summary.unchanged, rejected=summary.rejected_count,
                 receipts=summary.receipts)]
    if summary.gap_reason:
        lines.append(tr("Gap accepted: {reason}").format(reason=summary.gap_reason))
    for row in summary.rejected:
        lines.append(tr("Rejected {table} {number}: {reason}").format(
            table=row.table, number=row.number or row.record_id, reason=row.reason))
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    """Check and import a package; print or emit its summary."""
    from jianguan_desktop.services.sync import import_package

    with cli.open_database_for(args) as db:
        actor = cli.login(args, db)
        summary = import_package(db, actor, Path(args.file), dry_run=args.dry_run,
                                 gap_reason=args.accept_gap or "")
    if args.json:
        cli.emit_json({**vars(summary), "rejected_count": summary.rejected_count})
        return cli.EXIT_OK
    for line in summary_lines(summary):
        cli.say(line)
    return cli.EXIT_OK


def add_commands(commands: Any) -> None:
    """Add ``sync keygen|pubkey|trust|partners`` to the command line."""
    sync = commands.add_parser("sync", help=tr(
        "Sync packages with the city or county offices: keys, partner offices, export and "
        "import."))
    actions = sync.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"), required=True)
    keygen = actions.add_parser("keygen", help=tr(
        "Make this office's signing and encryption keys (made at setup already)."))
    keygen.add_argument("--replace", action="store_true", help=tr(
        "Replace existing keys (every partner office must then register the new public key)."))
    keygen.set_defaults(handler=cmd_keygen)
    pubkey = actions.add_parser("pubkey", help=tr(
        "Write this office's public key file for the partner office, and print its "
        "fingerprint."))
    pubkey.add_argument("-o", "--output", required=True, metavar=tr("FILE"), help=tr(
        "The file to write."))
    pubkey.set_defaults(handler=cmd_pubkey)
    trusted = actions.add_parser("trust", help=tr(
        "Register a partner office's public key file."))
    trusted.add_argument("file", metavar=tr("FILE"), help=tr("The partner's public key file."))
    trusted.set_defaults(handler=cmd_trust)
    partners = actions.add_parser("partners", help=tr("List the registered partner offices."))
    partners.add_argument("--json", action="store_true", help=tr("Print JSON."))
    partners.set_defaults(handler=cmd_partners)
    export = actions.add_parser("export", help=tr(
        "Write the next sync package for an office into a folder (a USB stick)."))
    export.add_argument("--to", required=True, metavar=tr("OFFICE"), help=tr(
        "The office code of the recipient."))
    export.add_argument("-o", "--output", required=True, metavar=tr("FOLDER"), help=tr(
        "The folder to write the package into."))
    export.add_argument("--full", action="store_true", help=tr(
        "Send every record again, not only those changed since the last package."))
    export.set_defaults(handler=cmd_export)
    imported = actions.add_parser("import", help=tr(
        "Check and import a sync package; a package imported before changes nothing."))
    imported.add_argument("file", metavar=tr("FILE"), help=tr("The package (.jgpkg)."))
    imported.add_argument("--dry-run", action="store_true", help=tr(
        "Check the package and count what it would change, without writing anything."))
    imported.add_argument("--accept-gap", metavar=tr("REASON"), help=tr(
        "Accept a missing earlier package (负责人 only), giving the reason."))
    imported.add_argument("--json", action="store_true", help=tr("Print JSON."))
    imported.set_defaults(handler=cmd_import)

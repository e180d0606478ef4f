"""The command line ``jianguan``: set up, users, audit, backups and demo data without a window.

Every command opens the database and brings its schema up to date (backing it up first). An
error the user can fix prints one line in Chinese on stderr and exits with its code; anything
unexpected prints one line and the log file's path, and exits 70.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.exc import DBAPIError

from jianguan_desktop import __version__
from jianguan_desktop.config import PASSWORD_ENV, data_dir, resolve_db_url, sqlite_file
from jianguan_desktop.db import instance_lock
from jianguan_desktop.db.data_folder import check_writable
from jianguan_desktop.db.engine import Database, describe_db_error, open_database
from jianguan_desktop.domain.roles import Actor, Permission, Role, role_label
from jianguan_desktop.errors import AuthenticationError, UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.version import VersionAction, version_line

NEW_PASSWORD_ENV = "JIANGUAN_NEW_PASSWORD"
EXIT_OK = 0
EXIT_BROKEN_CHAIN = 1
EXIT_NOT_INITIALIZED = 1  # ``jianguan office`` before ``jianguan init`` (scripts/setup.sh)
EXIT_USAGE = 2  # also a UserError the user can fix (a wrong value, a missing file)
EXIT_PERMISSION = 3  # wrong password, or the user's role may not do this
EXIT_DATABASE = 4  # the database cannot be used: not one of ours, too new, its folder or
#                    disk cannot be written (DatabaseError, UnwritableFolderError)
EXIT_IN_USE = 5  # ``backup restore`` while a window has the database open (DatabaseInUseError)
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
LOG_NAME = "jianguan.log"

Handler = Callable[[argparse.Namespace], int]


# --- output -------------------------------------------------------------------------------

def _say(text: str) -> None:
    print(text, file=sys.stdout)


def _error_line(text: str) -> None:
    """One line on stderr, whatever the message holds."""
    print(" ".join(str(text).split()), file=sys.stderr)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {key: _plain(item) for key, item in asdict(value).items()}
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def _emit_json(data: Any) -> None:
    """UTF-8 JSON on stdout (Chinese as is, not as ``\\u`` escapes)."""
    text = json.dumps(_plain(data), ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print columns aligned for a terminal (Chinese characters count double)."""
    widths = [max([_width(str(row[i])) for row in rows] + [_width(headers[i])])
              for i in range(len(headers))]
    for line in [headers, *rows]:
        cells = [str(cell) + " " * (widths[i] - _width(str(cell)))
                 for i, cell in enumerate(line)]
        _say("  ".join(cells).rstrip())


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def log_path() -> Path:
    """Where the command line writes the details of unexpected errors."""
    return data_dir() / "logs" / LOG_NAME


def _log_exception(error: BaseException) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().astimezone().isoformat()} jianguan {__version__}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        return None
    return path


# --- argument parsing in Chinese ----------------------------------------------------------

class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, tr("Usage: ") if prefix is None else prefix)


_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     lambda m: tr("Missing: {names}.").format(names=m["names"])),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"),
     lambda m: tr("Unknown arguments: {args}.").format(args=m["args"])),
    (re.compile(r"argument (?P<arg>.+?): invalid choice: '?(?P<value>.*?)'? "
                r"\(choose from (?P<choices>.+)\)"),
     lambda m: tr("{argument}: “{value}” is not one of {choices}.").format(
         argument=m["arg"], value=m["value"], choices=m["choices"].replace("'", ""))),
    (re.compile(r"argument (?P<arg>.+?): expected one argument"),
     lambda m: tr("{argument} needs a value.").format(argument=m["arg"])),
    (re.compile(r"argument (?P<arg>.+?): invalid int value: '?(?P<value>.*?)'?$"),
     lambda m: tr("{argument}: “{value}” is not a whole number.").format(
         argument=m["arg"], value=m["value"])),
)


def translate_usage_error(message: str) -> str:
    """argparse's English complaint in the user's language (common cases)."""
    for pattern, render in _ARGPARSE_MESSAGES:
        match = pattern.search(message)
        if match:
            return render(match)
    return tr("The command is not right: {message}").format(message=message)


class _Parser(argparse.ArgumentParser):
    """An argument parser that complains in one Chinese line and exits with 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("arguments")
        self._optionals.title = tr("options")
        self.add_argument("-h", "--help", action="help", help=tr("Show this help and exit."))

    def error(self, message: str) -> NoReturn:
        _error_line(tr("{problem} See “{prog} --help”.").format(
            problem=translate_usage_error(message), prog=self.prog))
        self.exit(EXIT_USAGE)


# --- database, login and passwords --------------------------------------------------------

@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Database]:
    """Open the database and bring its schema up to date (a backup is made first); a folder
    that cannot be written is refused before anything is touched."""
    from jianguan_desktop.db.migrate import upgrade

    url = resolve_db_url(args.db)
    check_writable(url)
    db = open_database(url)
    try:
        upgrade(db)
        yield db
    except DBAPIError as error:
        raise describe_db_error(error, db.location) from error
    finally:
        db.dispose()


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # stdin closed
        return False


def _prompt_password(prompt: str) -> str:
    if not _interactive():
        raise AuthenticationError(tr("No password given: set {env} or run the command in a "
                                     "terminal.").format(env=PASSWORD_ENV), field="password")
    return getpass.getpass(prompt)


def _new_password(env: str, prompt: str) -> str:
    """A new password from ``env``, or typed twice at the terminal."""
    given = os.environ.get(env)
    if given:
        return given
    if not _interactive():
        raise ValidationError(tr("No new password given: set {env} or run the command in a "
                                 "terminal.").format(env=env), field="password")
    first = getpass.getpass(prompt)
    if getpass.getpass(tr("Type the password again: ")) != first:
        raise ValidationError(tr("The two passwords are not the same."), field="password")
    return first


def _login(args: argparse.Namespace, db: Database) -> Actor:
    """Log in as ``--user`` (default: the administrator made at setup)."""
    from jianguan_desktop.services.auth import authenticate
    from jianguan_desktop.services.setup import first_administrator, is_initialized

    if not is_initialized(db):
        raise UserError(tr("This database has not been set up yet; run “jianguan init” "
                           "first."))
    username = args.user or first_administrator(db)
    if not username:
        raise AuthenticationError(tr("There is no active administrator; name a user with "
                                     "--user."), field="username")
    password = os.environ.get(PASSWORD_ENV) or _prompt_password(
        tr("Password of {user}: ").format(user=username))
    return authenticate(db, username, password)


# --- commands -----------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    """Set up the office and its first administrator."""
    from jianguan_desktop.services.setup import initialize, office_info

    with _database(args) as db:
        password = _new_password(PASSWORD_ENV, tr("Password of the administrator {user}: ")
                                 .format(user=args.admin))
        initialize(db, office_code=args.office_code, office_name=args.office_name,
                   mode=args.mode, admin_username=args.admin, admin_password=password,
                   admin_display_name=args.admin_name or "")
        info = office_info(db)
        assert info is not None
        _say(tr("Set up {name} ({code}, {mode}) in {path}; administrator: {user}.").format(
            name=info.name, code=info.code, mode=info.mode_label, path=db.location,
            user=args.admin.strip()))
    return EXIT_OK


def cmd_office(args: argparse.Namespace) -> int:
    """Show the office the database belongs to; exit 1 if it has not been set up yet."""
    from jianguan_desktop.db.migrate import current_revision
    from jianguan_desktop.services.setup import office_info

    with _database(args) as db:
        info = office_info(db)
        revision = current_revision(db)
        location = db.location
    if info is None:
        _error_line(tr("The database has not been initialised yet; run jianguan init first."))
        return EXIT_NOT_INITIALIZED
    if args.json:
        _emit_json({"name": info.name, "code": info.code, "mode": info.mode,
                    "mode_label": info.mode_label, "database": location, "revision": revision})
        return EXIT_OK
    for label, value in ((tr("Office name"), info.name), (tr("Office code"), info.code),
                         (tr("Office type"), info.mode_label), (tr("Database file"), location),
                         (tr("Database version"), revision or "")):
        _say(f"{label}：{value}")  # full-width colon, as in the Chinese the user reads
    return EXIT_OK


def _status(user: Any) -> str:
    if not user.active:
        return tr("disabled")
    if user.locked_until is not None and user.locked_until > datetime.now().astimezone():
        return tr("locked until {time}").format(time=_local(user.locked_until))
    return tr("active")


def cmd_users(args: argparse.Namespace) -> int:
    """List the users."""
    from jianguan_desktop.services.users import list_users

    with _database(args) as db:
        users = list_users(db, _login(args, db))
    if args.json:
        _emit_json(users)
        return EXIT_OK
    _table([tr("User name"), tr("Full name"), tr("Role"), tr("Status"), tr("Last login")],
           [[user.username, user.display_name, user.role_label, _status(user),
             _local(user.last_login_at)] for user in users])
    return EXIT_OK


def cmd_users_add(args: argparse.Namespace) -> int:
    """Add a user."""
    from jianguan_desktop.services.users import add_user

    with _database(args) as db:
        actor = _login(args, db)
        password = _new_password(NEW_PASSWORD_ENV, tr("Password of the new user {user}: ")
                                 .format(user=args.username))
        info = add_user(db, actor, username=args.username, display_name=args.name,
                        role=args.role, password=password)
    _say(tr("Added user {user} ({name}, {role}).").format(
        user=info.username, name=info.display_name, role=info.role_label))
    return EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    from jianguan_desktop.services.users import set_active, user_by_name

    with _database(args) as db:
        actor = _login(args, db)
        info = set_active(db, actor, user_by_name(db, actor, args.username).id, active)
    _say((tr("User {user} can log in again.") if active
          else tr("User {user} is disabled and can no longer log in.")).format(user=info.username))
    return EXIT_OK


def cmd_users_disable(args: argparse.Namespace) -> int:
    """Disable a user."""
    return _set_active(args, False)


def cmd_users_enable(args: argparse.Namespace) -> int:
    """Enable a user again."""
    return _set_active(args, True)


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    """Give a user a new password."""
    from jianguan_desktop.services.users import reset_password, user_by_name

    with _database(args) as db:
        actor = _login(args, db)
        user = user_by_name(db, actor, args.username)
        password = _new_password(NEW_PASSWORD_ENV, tr("New password of {user}: ")
                                 .format(user=user.username))
        reset_password(db, actor, user.id, password)
    _say(tr("The password of {user} has been reset; he or she must choose a new one at the "
            "next login.").format(user=user.username))
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Check the audit log's hash chain."""
    from jianguan_desktop.services.audit import check_chain, describe_break
    from jianguan_desktop.services.permissions import require

    with _database(args) as db:
        require(_login(args, db), Permission.VIEW_AUDIT)
        report = check_chain(db)
    message = (tr("The audit log is intact: {count} entries.").format(count=report.entries)
               if report.broken is None else describe_break(report.broken))
    if args.json:
        _emit_json({"intact": report.intact, "entries": report.entries,
                    "broken_entry": report.broken.entry_id if report.broken else None,
                    "reason": report.broken.reason if report.broken else None,
                    "message": message})
    elif report.broken is None:
        _say(message)
    else:
        _error_line(message)
    return EXIT_OK if report.intact else EXIT_BROKEN_CHAIN


def cmd_audit_log(args: argparse.Namespace) -> int:
    """Show audit entries: the newest, or those of one record."""
    from jianguan_desktop.services.audit import recent_entries, record_history
    from jianguan_desktop.services.audit_table import describe_changes, record_kinds

    with _database(args) as db:
        actor = _login(args, db)
        rows = (record_history(db, actor, args.table, args.record) if args.record
                else recent_entries(db, actor, args.limit))
    if args.json:
        _emit_json(rows)
        return EXIT_OK
    kinds = record_kinds()
    _table([tr("No."), tr("Time"), tr("Done by"), tr("Action"), tr("Record"), tr("Changes")],
           [[str(row.id), _local(row.at), row.actor, row.action_label,
             f"{kinds.get(row.table_name, row.table_name)} {row.record_id}".strip(),
             describe_changes(row.changes, row.table_name)] for row in rows])
    return EXIT_OK


def cmd_backup_create(args: argparse.Namespace) -> int:
    """Back the database up now."""
    from jianguan_desktop.services.backup import MANUAL_REASON, create_backup
    from jianguan_desktop.services.permissions import require

    with _database(args) as db:
        actor = require(_login(args, db), Permission.MANAGE_BACKUPS)
        info = create_backup(db, MANUAL_REASON, actor=actor)
    _say(tr("Backed up to {path}.").format(path=info.path))
    return EXIT_OK


def cmd_backup_list(args: argparse.Namespace) -> int:
    """List the backups of the database."""
    from jianguan_desktop.services.backup import list_backups, reason_label
    from jianguan_desktop.services.permissions import require

    with _database(args) as db:
        require(_login(args, db), Permission.MANAGE_BACKUPS)
        backups = list_backups(db)
    if args.json:
        _emit_json(backups)
        return EXIT_OK
    _table([tr("Made at"), tr("Why"), tr("Size (KB)"), tr("File")],
           [[_local(info.created_at), reason_label(info.reason),
             str(max(1, round(info.size / 1024))), str(info.path)] for info in backups])
    return EXIT_OK


def _restore_actor(args: argparse.Namespace) -> str:
    """Who restores: a logged-in user with the right, when the current database can be read."""
    from jianguan_desktop.db.backup_files import looks_like_database
    from jianguan_desktop.services.permissions import require
    from jianguan_desktop.services.setup import is_initialized

    url = resolve_db_url(args.db)
    live = sqlite_file(url)
    if live is not None and live.is_file() and not looks_like_database(live):
        return args.user or "system"  # garbage: SQLite is not let near it before it is kept
    try:
        db = open_database(url)
    except UserError:
        return args.user or "system"  # the damaged file a restore is meant to replace
    try:
        if not is_initialized(db):
            return args.user or "system"
        return require(_login(args, db), Permission.MANAGE_BACKUPS).username
    except DBAPIError:
        return args.user or "system"
    finally:
        db.dispose()


def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup (the current one is kept as a backup first).

    Refused while a window has the database open: the restore holds the window's lock, so
    no window starts on the file while it is replaced either.
    """
    backup_file = Path(args.file).expanduser()
    if not backup_file.is_file():
        raise UserError(tr("The backup file {path} does not exist.").format(path=backup_file))
    url = resolve_db_url(args.db)
    check_writable(url)
    lock = instance_lock.acquire(url, instance_lock.RESTORE)
    try:
        return _restore(args, url, backup_file)
    finally:
        if lock is not None:
            lock.release()


def _restore(args: argparse.Namespace, url: str, backup_file: Path) -> int:
    from jianguan_desktop.services.backup import restore_backup

    actor_name = _restore_actor(args)
    if not args.yes:
        if not _interactive():
            raise UserError(tr("Restoring replaces the current database; add --yes to "
                               "confirm."))
        answer = input(tr("Replace the database with {file}? The current database is kept as "
                          "a backup. [y/N] ").format(file=backup_file.name))
        if answer.strip().lower() not in ("y", "yes", "是"):
            _say(tr("Nothing was changed."))
            return EXIT_OK
    result = restore_backup(url, backup_file, actor_name)
    _say(tr("Restored from {file}.").format(file=result.restored_from))
    if result.kept_file is not None and result.replaced_was_damaged:
        _say(tr("The replaced database could not be read; it was kept unchanged as {path}.")
             .format(path=result.kept_file))
    elif result.kept_file is not None:
        _say(tr("The replaced database was kept as {path}.").format(path=result.kept_file))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill the database with demonstration users and data."""
    from jianguan_desktop.services.demo import fill_demo
    from jianguan_desktop.services.users import list_users

    with _database(args) as db:
        actor = _login(args, db)
        result = fill_demo(db, actor, args.size)
        made = [user for user in list_users(db, actor) if user.username in result.users]
    if made:
        _say(tr("Demonstration users added:"))
        _table([tr("User name"), tr("Full name"), tr("Role")],
               [[user.username, user.display_name, user.role_label] for user in made])
    else:
        _say(tr("The demonstration users were already there."))
    _say(tr("Every demonstration user logs in with the password {password}.").format(
        password=result.password))
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """List the settings in force."""
    from jianguan_desktop.services.settings import list_settings

    with _database(args) as db:
        _login(args, db)
        settings = list_settings(db)
    if args.json:
        _emit_json(settings)
        return EXIT_OK
    _table([tr("Key"), tr("Setting"), tr("Value in force"), tr("Preset"),
            tr("Source of the preset")],
           [[info.key, info.label, f"{info.value} {info.unit}".strip(), str(info.default),
             info.source] for info in settings])
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    """Change one setting."""
    from jianguan_desktop.services.settings import set_setting

    with _database(args) as db:
        info = set_setting(db, _login(args, db), args.key, args.value)
    _say(tr("{label}: now {value}.").format(label=info.label,
                                            value=f"{info.value} {info.unit}".strip()))
    return EXIT_OK


def cmd_version(args: argparse.Namespace) -> int:
    """Print the program's version and schema revision (the same line as ``--version``)."""
    _say(version_line())
    return EXIT_OK


# --- the parser ---------------------------------------------------------------------------

def _roles_help() -> str:
    return "、".join(f"{role.value}（{role_label(role)}）" for role in Role)


def build_parser() -> argparse.ArgumentParser:
    """The command line's arguments and sub-commands."""
    parser = _Parser(prog="jianguan", description=tr(
        "Supervision registers for public-resource trading, on the command line."))
    parser.add_argument("--db", metavar=tr("PATH"), help=tr(
        "The database file or URL (default: JIANGUAN_DB, else the file in the user's data "
        "folder)."))
    parser.add_argument("--user", metavar=tr("NAME"), help=tr(
        "Log in as this user (default: the administrator made by init). The password comes "
        "from JIANGUAN_PASSWORD or is asked for."))
    parser.add_argument("--debug", action="store_true",
                        help=tr("Show the full traceback of an internal error."))
    parser.add_argument("--version", action=VersionAction,
                        help=tr("Show the program's version and database version, and exit."))
    commands = parser.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"))

    init = commands.add_parser("init", help=tr("Set up the office and its first administrator."))
    init.add_argument("--office-code", required=True, metavar=tr("CODE"), help=tr(
        "The 6-digit administrative division code, e.g. 410522 (a suffix such as -01 is "
        "allowed)."))
    init.add_argument("--office-name", required=True, metavar=tr("NAME"),
                      help=tr("The office's full name."))
    init.add_argument("--mode", required=True, choices=["county", "city"],
                      help=tr("county: a county office; city: the city office."))
    init.add_argument("--admin", required=True, metavar=tr("USER"), help=tr(
        "The administrator's user name (the password comes from JIANGUAN_PASSWORD or is "
        "asked for twice)."))
    init.add_argument("--admin-name", metavar=tr("NAME"),
                      help=tr("The administrator's real name."))
    init.set_defaults(handler=cmd_init)

    office = commands.add_parser("office", help=tr(
        "Show the office, its code and type, the database file and its version."))
    office.add_argument("--json", action="store_true", help=tr("Print JSON."))
    office.set_defaults(handler=cmd_office)

    users = commands.add_parser("users", help=tr("List and manage users."))
    users.add_argument("--json", action="store_true", help=tr("Print JSON."))
    users.set_defaults(handler=cmd_users)
    users_commands = users.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"))
    add = users_commands.add_parser("add", help=tr(
        "Add a user (the password comes from JIANGUAN_NEW_PASSWORD or is asked for twice)."))
    add.add_argument("username", metavar=tr("USER"))
    add.add_argument("--role", required=True, help=_roles_help())
    add.add_argument("--name", required=True, metavar=tr("NAME"), help=tr("The real name."))
    add.set_defaults(handler=cmd_users_add)
    for name, handler, text in (
        ("disable", cmd_users_disable, tr("Disable a user.")),
        ("enable", cmd_users_enable, tr("Enable a user again.")),
        ("reset-password", cmd_users_reset_password, tr(
            "Give a user a new password (from JIANGUAN_NEW_PASSWORD or asked for twice).")),
    ):
        sub = users_commands.add_parser(name, help=text)
        sub.add_argument("username", metavar=tr("USER"))
        sub.set_defaults(handler=handler)

    audit = commands.add_parser("audit", help=tr("Check and read the audit log."))
    audit_commands = audit.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                          required=True)
    verify = audit_commands.add_parser("verify", help=tr(
        "Check that no audit entry was changed, inserted or deleted."))
    verify.add_argument("--json", action="store_true", help=tr("Print JSON."))
    verify.set_defaults(handler=cmd_audit_verify)
    log = audit_commands.add_parser("log", help=tr("Show the newest entries, or one record's."))
    log.add_argument("--record", metavar="ID", help=tr("Only the entries of this record."))
    log.add_argument("--table", metavar=tr("TABLE"),
                     help=tr("With --record: the record's table."))
    log.add_argument("--limit", type=int, default=50, metavar="N",
                     help=tr("How many of the newest entries (default 50)."))
    log.add_argument("--json", action="store_true", help=tr("Print JSON."))
    log.set_defaults(handler=cmd_audit_log)

    backup = commands.add_parser("backup", help=tr("Make, list and restore backups."))
    backup_commands = backup.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"),
                                            required=True)
    backup_commands.add_parser("create", help=tr("Back the database up now.")).set_defaults(
        handler=cmd_backup_create)
    listing = backup_commands.add_parser("list", help=tr("List the backups."))
    listing.add_argument("--json", action="store_true", help=tr("Print JSON."))
    listing.set_defaults(handler=cmd_backup_list)
    restore = backup_commands.add_parser("restore", help=tr(
        "Replace the database with a backup (the current one is kept)."))
    restore.add_argument("file", metavar=tr("FILE"))
    restore.add_argument("--yes", action="store_true", help=tr("Do not ask for confirmation."))
    restore.set_defaults(handler=cmd_backup_restore)

    demo = commands.add_parser("demo", help=tr("Add demonstration users and data."))
    demo.add_argument("--size", choices=["small", "large"], default="small",
                      help=tr("small: a few of everything; large: more users and history."))
    demo.set_defaults(handler=cmd_demo)

    settings = commands.add_parser("settings", help=tr("List and change settings."))
    settings.add_argument("--json", action="store_true", help=tr("Print JSON."))
    settings.set_defaults(handler=cmd_settings)
    settings_commands = settings.add_subparsers(title=tr("commands"), metavar=tr("COMMAND"))
    change = settings_commands.add_parser("set", help=tr("Change one setting."))
    change.add_argument("key", metavar=tr("KEY"))
    change.add_argument("value", metavar=tr("VALUE"))
    change.set_defaults(handler=cmd_settings_set)

    commands.add_parser("version", help=tr("Show the program's version.")).set_defaults(
        handler=cmd_version)
    for module in command_modules():
        module.add_commands(commands)
    return parser


def command_modules() -> list[Any]:
    """The modules of :mod:`jianguan_desktop.commands`, each adding its own sub-commands.

    Each module defines ``add_commands(commands)``, where ``commands`` is the top-level
    sub-parser action; its handlers use the helpers below (``say``, ``emit_json``,
    ``print_table``, ``open_database_for``, ``login``).
    """
    import importlib
    import pkgutil

    from jianguan_desktop import commands as package

    return [importlib.import_module(f"{package.__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name)]


# Public names for the command modules of ``jianguan_desktop.commands``.
say = _say
error_line = _error_line
emit_json = _emit_json
print_table = _table
open_database_for = _database
login = _login


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code (the console script exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or a usage error already reported
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args)
    except UserError as error:
        _error_line(str(error))
        return error.exit_code
    except DBAPIError as error:
        location = args.db or resolve_db_url(None)
        failure = describe_db_error(error, location)
        _error_line(str(failure))
        return failure.exit_code
    except KeyboardInterrupt:
        _error_line(tr("Cancelled."))
        return EXIT_INTERRUPTED
    except Exception as error:
        if args.debug:
            raise
        path = _log_exception(error)
        detail = f"{type(error).__name__}: {error}"
        _error_line(tr("Internal error: {error} (details in {log})").format(
            error=detail, log=path or tr("no log could be written")))
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())

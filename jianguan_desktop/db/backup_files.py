"""Backup files of the SQLite database: consistent single-file copies, their names and sidecars.

The file work below the backup use cases (:mod:`jianguan_desktop.services.backup`) and the
backup made before a schema change (:mod:`jianguan_desktop.db.migrate`); no policy here.

A backup is ``jianguan-YYYYmmdd-HHMMSS-<reason>.db`` (local time) in the backup folder beside
the database, with a JSON sidecar recording when, why, the schema revision and the change
counters. A database file SQLite cannot read is kept byte for byte (with its ``-wal`` and
``-shm`` files) instead of copied through SQLite.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jianguan_desktop.config import backup_dir, sqlite_file
from jianguan_desktop.db.engine import BUSY_TIMEOUT_MS, Database, describe_db_error
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr

BACKUP_PREFIX = "jianguan"
MANUAL_REASON = "manual"  # made by a user on purpose
REPLACED_REASON = "replaced"  # the database as it was just before a restore
MIGRATION_REASON = "migration"  # made by db.migrate.upgrade before changing the schema
DOWNGRADE_REASON = "downgrade"  # made by db.migrate.downgrade (developers and tests)
EXIT_REASON = "exit"  # made when the program closes, if something changed
IMPORT_REASON = "import"  # made by services.imports before writing an imported file
KEPT_REASONS = frozenset({MANUAL_REASON, REPLACED_REASON})  # never thinned
SIDECAR_FORMAT = 1
COMPANION_SUFFIXES = ("-wal", "-shm")  # SQLite's files beside a database in WAL mode

_REASON = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_NAME = re.compile(r"^" + BACKUP_PREFIX
                   + r"-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.db$")
_STAMP = "%Y%m%d-%H%M%S"
# SQLite's primary result codes for a file that is not (or no longer) a readable database.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (aware UTC), why, how big, and the state it holds."""

    path: Path
    created_at: datetime
    reason: str
    size: int
    revision: str | None = None
    change_counter: int | None = None
    audit_last_id: int | None = None

    @property
    def automatic(self) -> bool:
        """Whether thinning may remove it (manual backups and replaced files are kept)."""
        return self.reason not in KEPT_REASONS


@dataclass(frozen=True)
class DatabaseState:
    """What a database file holds: its schema revision and where its change counters stand."""

    revision: str | None
    change_counter: int | None
    audit_last_id: int | None


UNKNOWN_STATE = DatabaseState(None, None, None)


class UnreadableDatabaseError(DatabaseError):
    """The file to copy is not a database SQLite can read (garbage, or damaged)."""


# --- names and sidecars -------------------------------------------------------------------

def local_time(moment: datetime) -> datetime:
    """``moment`` in this computer's time zone (backup names and thinning periods use it)."""
    return moment.astimezone()


def backup_file_name(created_at: datetime, reason: str, serial: int = 0) -> str:
    """The file name of a backup made at ``created_at`` (local time in the name) for ``reason``."""
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be lower-case words joined by '-': {reason!r}")
    suffix = f"-{serial}" if serial else ""
    return f"{BACKUP_PREFIX}-{local_time(created_at).strftime(_STAMP)}-{reason}{suffix}.db"


def sidecar_path(path: Path) -> Path:
    """The JSON file beside a backup that says when, why and what state it holds."""
    return path.with_suffix(".json")


def companion_paths(path: Path) -> list[Path]:
    """The ``-wal`` and ``-shm`` files SQLite may keep beside the database ``path``."""
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def write_sidecar(path: Path, created_at: datetime, reason: str, state: DatabaseState,
                  source: Path) -> None:
    """Write (or replace at once) the sidecar of the backup ``path``."""
    data = {"format": SIDECAR_FORMAT, "created_at": created_at.astimezone(UTC).isoformat(),
            "reason": reason, "revision": state.revision, "change_counter": state.change_counter,
            "audit_last_id": state.audit_last_id, "source": str(source)}
    temporary = sidecar_path(path).with_suffix(".json.part")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, sidecar_path(path))
    finally:
        temporary.unlink(missing_ok=True)


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        local = datetime.strptime(f"{match.group(1)}-{match.group(2)}", _STAMP)
    except ValueError:
        return None
    return local.astimezone().astimezone(UTC), match.group(3)


def read_backup_info(path: Path) -> BackupInfo | None:
    """What is known about one backup file (``None`` if it is not named like a backup)."""
    parsed = _parse_name(path)
    if parsed is None or not path.is_file():
        return None
    created_at, reason = parsed
    data: dict[str, Any] = {}
    # Without a sidecar (a file copied in by hand) the name tells the time and the reason.
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        data = {}
    if isinstance(data.get("created_at"), str):
        with contextlib.suppress(ValueError):
            created_at = datetime.fromisoformat(data["created_at"]).astimezone(UTC)
    return BackupInfo(path, created_at, reason, path.stat().st_size, data.get("revision"),
                      data.get("change_counter"), data.get("audit_last_id"))


def backup_files_in(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (other files are left alone)."""
    if not folder.is_dir():
        return []
    infos = (read_backup_info(path) for path in folder.glob(f"{BACKUP_PREFIX}-*.db"))
    return sorted((info for info in infos if info is not None),
                  key=lambda info: (info.created_at, info.path.name), reverse=True)


def remove_backup_file(path: Path) -> None:
    """Remove one backup with its sidecar and any ``-wal``/``-shm`` kept beside it."""
    path.unlink()
    for extra in (sidecar_path(path), *companion_paths(path)):
        extra.unlink(missing_ok=True)


def _free_name(folder: Path, created_at: datetime, reason: str) -> Path:
    serial = 0
    while True:
        path = folder / backup_file_name(created_at, reason, serial)
        if not any(candidate.exists() for candidate in (path, *companion_paths(path))):
            return path
        serial += 1


# --- reading a database file --------------------------------------------------------------

def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``path`` (read-only on request), in autocommit mode."""
    return sqlite3.connect(_uri(path, "ro") if readonly else str(path), uri=readonly,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _read_state(run: Callable[[str], Any]) -> DatabaseState:
    """The schema revision and change counters, read with ``run(sql) -> first row or None``."""

    def scalar(sql: str) -> Any:
        try:
            row = run(sql)
        except Exception:  # the table is missing: an empty or foreign database
            return None
        return row[0] if row else None

    return DatabaseState(scalar("SELECT version_num FROM alembic_version"),
                         scalar("SELECT value FROM change_counter WHERE id = 1"),
                         scalar("SELECT last_id FROM audit_head WHERE id = 1"))


def file_state(connection: sqlite3.Connection) -> DatabaseState:
    """What the database behind a sqlite3 connection holds."""
    return _read_state(lambda sql: connection.execute(sql).fetchone())


def live_state(db: Database) -> DatabaseState:
    """What an open database holds now."""
    with db.engine.execution_options(readonly=True).connect() as connection:
        return _read_state(lambda sql: connection.exec_driver_sql(sql).fetchone())


def integrity_check(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` says about the file (``["ok"]`` for a sound one)."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check").fetchall()]
    finally:
        connection.close()


def looks_like_database(path: Path) -> bool:
    """Whether the file starts like an SQLite database (read as bytes: SQLite never sees it).

    Even a read-only SQLite connection rewrites a ``-shm`` file beside a garbage database;
    a file that fails this test is therefore kept without asking SQLite at all.
    """
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def is_unreadable(error: sqlite3.Error) -> bool:
    """Whether SQLite failed because the file is not a database or is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error).lower()
    return any(words in text for words in ("not a database", "encrypted", "malformed"))


def backup_source(url: str) -> Path:
    """The SQLite file behind ``url``; a server database is refused in words."""
    path = sqlite_file(url)
    if path is None:
        raise DatabaseError(tr("The program backs up only its own database file; back up a "
                               "server database with the server's own tools."))
    return path


def database_file(db: Database) -> Path:
    """The file behind ``db``; a server database or a missing file is refused in words."""
    path = backup_source(db.url)
    if not path.exists():
        raise DatabaseError(tr("The database file {path} does not exist.").format(path=path))
    return path


# --- writing backups ----------------------------------------------------------------------

def folder_error(error: OSError | sqlite3.Error, folder: Path) -> DatabaseError:
    """A backup folder that cannot take the copy, in words a clerk understands."""
    code = getattr(error, "errno", None)
    text = str(error).lower()
    if code == errno.ENOSPC or "full" in text:
        return DatabaseError(tr("The backup folder {path} is full: no backup was made. Free "
                                "some disk space and try again.").format(path=folder))
    if code == errno.EROFS or "read-only file system" in text:
        return DatabaseError(tr("The backup folder {path} is on a read-only disk: no backup "
                                "was made.").format(path=folder))
    if code in (errno.EACCES, errno.EPERM) or "readonly" in text or "unable to open" in text:
        return DatabaseError(tr("The program may not write to the backup folder {path}: no "
                                "backup was made. Ask whoever looks after this computer to "
                                "allow it.").format(path=folder))
    detail = getattr(error, "strerror", None) or str(error)
    return DatabaseError(tr("No backup could be written to {path}: {error}")
                         .format(path=folder, error=detail))


def _is_folder_problem(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return any(word in text for word in ("full", "readonly", "read-only", "unable to open",
                                         "disk i/o"))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(source: sqlite3.Connection, target: Path) -> DatabaseState:
    """Copy an open database into a new self-contained file with SQLite's online backup.

    The copy is one consistent snapshot even while others write (WAL included); it is
    switched to a plain rollback journal so that the backup is a single file.
    """
    destination = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        state = file_state(destination)
    finally:
        destination.close()
    _fsync(target)
    return state


def _copy_through_sqlite(source_path: Path, part: Path, _target: Path | None = None
                         ) -> DatabaseState:
    source = connect(source_path, readonly=True)
    try:
        return copy_database(source, part)
    finally:
        source.close()


def _copy_bytes(source_path: Path, part: Path, target: Path) -> DatabaseState:
    """Copy the file as it is, with its ``-wal`` and ``-shm`` files beside the copy."""
    for companion, kept in zip(companion_paths(source_path), companion_paths(target),
                               strict=True):
        if companion.exists():
            shutil.copyfile(companion, kept)
            _fsync(kept)
    shutil.copyfile(source_path, part)
    _fsync(part)
    return UNKNOWN_STATE


def _write_backup(source_path: Path, folder: Path, reason: str, now: datetime | None,
                  copy: Callable[[Path, Path, Path], DatabaseState],
                  sources: list[Path]) -> BackupInfo:
    """Write a backup of ``source_path`` into ``folder`` with ``copy(source, part, target)``.

    The copy goes to a ``.part`` file that becomes the backup only once complete, after its
    sidecar; on failure what was written is removed again (never anything else).
    """
    created_at = (now or utcnow()).astimezone(UTC)
    target: Path | None = None
    part: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        needed = sum(path.stat().st_size for path in sources if path.exists())
        if shutil.disk_usage(folder).free < needed:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        target = _free_name(folder, created_at, reason)
        part = target.with_suffix(".db.part")
        state = copy(source_path, part, target)
        write_sidecar(target, created_at, reason, state, source_path)
        os.replace(part, target)
    except (OSError, sqlite3.Error) as error:
        if target is not None and part is not None and not target.exists():
            # our own half-written copy, never user data
            for written in (part, sidecar_path(target), *companion_paths(target)):
                written.unlink(missing_ok=True)
        if isinstance(error, sqlite3.Error) and is_unreadable(error):
            raise UnreadableDatabaseError(describe_db_error(error, str(source_path)).message
                                          ) from error
        if isinstance(error, sqlite3.Error) and not _is_folder_problem(error):
            raise describe_db_error(error, str(source_path)) from error
        raise folder_error(error, folder) from error
    return BackupInfo(target, created_at, reason, target.stat().st_size, state.revision,
                      state.change_counter, state.audit_last_id)


def copy_database_file(source_path: Path, folder: Path, reason: str,
                       now: datetime | None = None) -> BackupInfo:
    """Copy the database at ``source_path`` into ``folder`` through SQLite (one consistent
    snapshot in a single file); :class:`UnreadableDatabaseError` if SQLite cannot read it."""
    return _write_backup(source_path, folder, reason, now, _copy_through_sqlite,
                         [source_path, companion_paths(source_path)[0]])


def keep_raw_copy(source_path: Path, folder: Path, reason: str,
                  now: datetime | None = None) -> BackupInfo:
    """Keep the file at ``source_path`` byte for byte in ``folder``, with its ``-wal`` and
    ``-shm`` files (for a file SQLite cannot read, which may still be rescued by hand)."""
    return _write_backup(source_path, folder, reason, now, _copy_bytes,
                         [source_path, *companion_paths(source_path)])


def backup_database(db: Database, reason: str, now: datetime | None = None) -> BackupInfo:
    """Copy the database into its backup folder (the copy made before a risky change)."""
    return copy_database_file(database_file(db), backup_dir(db.url), reason, now)


# --- checking and installing a backup -----------------------------------------------------

def checked_copy(candidate: Path, target: Path) -> DatabaseState:
    """Copy the backup ``candidate`` into ``target`` and check the copy's integrity.

    Raises :class:`DatabaseError` saying what is wrong with the candidate: missing, not a
    database, damaged. Whether its revision suits the program is for the caller to judge.
    """
    if not candidate.is_file():
        raise DatabaseError(tr("The file {path} does not exist.").format(path=candidate))
    try:
        state = _copy_through_sqlite(candidate, target)
        result = integrity_check(target)
    except sqlite3.Error as error:
        if "malformed" in str(error).lower():
            raise DatabaseError(tr("The file {path} is damaged.").format(path=candidate)
                                ) from error
        raise describe_db_error(error, str(candidate)) from error
    if result != ["ok"]:
        raise DatabaseError(tr("The file {path} is damaged (integrity check: {result}).")
                            .format(path=candidate, result="; ".join(result[:3])))
    return state


def install_copy(copy: Path, live: Path) -> None:
    """Write the checked copy over the live database through SQLite, in one transaction.

    Going through SQLite (not a file move) keeps the live file's WAL consistent: readers see
    either the old or the new database, and a crash half-way leaves the old one.
    """
    source = sqlite3.connect(str(copy), isolation_level=None)
    try:
        if live.exists():
            live_connection = connect(live)
            try:
                page_size = live_connection.execute("PRAGMA page_size").fetchone()[0]
                mode = live_connection.execute("PRAGMA journal_mode").fetchone()[0]
            finally:
                live_connection.close()
            if mode == "wal" and source.execute("PRAGMA page_size").fetchone()[0] != page_size:
                source.execute(f"PRAGMA page_size = {int(page_size)}")
                source.execute("VACUUM")
        destination = connect(live)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def replace_unreadable(copy: Path, live: Path) -> None:
    """Put the checked copy in place of a live file SQLite cannot read, by renaming it.

    Only after the live file and its ``-wal``/``-shm`` files were kept byte for byte: these
    are removed first (a stale WAL must not be replayed into the restored database), then
    the copy takes the live file's name in one step.
    """
    for companion in companion_paths(live):
        companion.unlink(missing_ok=True)
    os.replace(copy, live)

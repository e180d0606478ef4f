"""Backups as users meet them: make one, list them, thin the automatic ones, restore one.

The file work (copies, names, sidecars, integrity checks) is in ``db.backup_files``; here
are the audit lines, the retention policy from the settings, and the checked restore.
Manual backups and replaced files are kept forever, automatic ones are thinned.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jianguan_desktop.config import backup_dir
from jianguan_desktop.db.backup_files import (
    DOWNGRADE_REASON,
    EXIT_REASON,
    IMPORT_REASON,
    KEPT_REASONS,
    MANUAL_REASON,
    MIGRATION_REASON,
    REPLACED_REASON,
    BackupInfo,
    DatabaseState,
    UnreadableDatabaseError,
    backup_database,
    backup_file_name,
    backup_files_in,
    backup_source,
    checked_copy,
    copy_database_file,
    database_file,
    install_copy,
    keep_raw_copy,
    live_state,
    local_time,
    looks_like_database,
    read_backup_info,
    remove_backup_file,
    replace_unreadable,
    write_sidecar,
)
from jianguan_desktop.db.engine import Database, describe_db_error, open_database
from jianguan_desktop.db.migrate import head_revision, is_known_revision, newer_database_message
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr

__all__ = [
    "EXIT_REASON", "IMPORT_REASON", "KEPT_REASONS", "MANUAL_REASON", "MIGRATION_REASON",
    "REPLACED_REASON",
    "RESTORE_ACTION", "BackupInfo", "RestoreResult", "RetentionPolicy", "backup_file_name",
    "backup_if_changed", "backups_to_keep", "create_backup", "default_policy", "list_backups",
    "policy_of", "read_backup_info", "reason_label", "restore_backup", "thin_backups",
]

RESTORE_ACTION = "restore_backup"  # the audit action of a restore ("restore" is a record's)


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: which backup came back and where the replaced database was kept."""

    restored_from: Path
    kept_file: Path | None
    revision: str | None
    replaced_was_damaged: bool = False


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups thinning keeps: one per day, week and month."""

    daily: int
    weekly: int
    monthly: int


def reason_label(reason: str) -> str:
    """What made a backup, in words (an unknown reason is shown as it is)."""
    labels = {
        MANUAL_REASON: tr("made by hand"),
        EXIT_REASON: tr("on quitting"),
        MIGRATION_REASON: tr("before an upgrade"),
        DOWNGRADE_REASON: tr("before a downgrade"),
        REPLACED_REASON: tr("before a restore"),
        IMPORT_REASON: tr("before an import"),
    }
    return labels.get(reason, reason)


def default_policy() -> RetentionPolicy:
    """The presets of the backup settings (issue #2 backup policy, kept in services.settings)."""
    from jianguan_desktop.services.settings import (
        BACKUP_KEEP_DAILY,
        BACKUP_KEEP_MONTHLY,
        BACKUP_KEEP_WEEKLY,
    )

    return RetentionPolicy(int(BACKUP_KEEP_DAILY.default), int(BACKUP_KEEP_WEEKLY.default),
                           int(BACKUP_KEEP_MONTHLY.default))


def policy_of(db: Database) -> RetentionPolicy:
    """The retention numbers in force for this database (its settings, else the presets)."""
    from jianguan_desktop.services.settings import (
        BACKUP_KEEP_DAILY,
        BACKUP_KEEP_MONTHLY,
        BACKUP_KEEP_WEEKLY,
        get_setting,
    )

    try:
        return RetentionPolicy(int(get_setting(db, BACKUP_KEEP_DAILY.key)),
                               int(get_setting(db, BACKUP_KEEP_WEEKLY.key)),
                               int(get_setting(db, BACKUP_KEEP_MONTHLY.key)))
    except Exception:  # settings table unreadable (old or damaged file): fall back to presets
        return default_policy()


# --- making and listing backups -----------------------------------------------------------

def create_backup(db: Database, reason: str, actor: Any = None,
                  now: datetime | None = None) -> BackupInfo:
    """Make a consistent copy of the database in its backup folder.

    ``reason`` is a short slug (``manual`` for one a user asked for, ``exit``,
    ``migration``...). With an ``actor`` the backup is also written to the audit log.
    """
    info = backup_database(db, reason, now)
    if actor is not None:
        info = _audit_backup(db, actor, info)
    return info


def _audit_backup(db: Database, actor: Any, info: BackupInfo) -> BackupInfo:
    """Log the backup; if nothing else happened meanwhile, the backup counts as current."""
    with db.uow(actor) as uow:
        append_audit(uow.session, "backup", "", info.path.name,
                     {"file": [None, info.path.name], "reason": [None, info.reason]})
        uow.commit()
    state = live_state(db)
    if (info.audit_last_id is not None and state.audit_last_id == info.audit_last_id + 1
            and state.change_counter == info.change_counter):
        current = DatabaseState(info.revision, info.change_counter, state.audit_last_id)
        write_sidecar(info.path, info.created_at, info.reason, current, database_file(db))
        return BackupInfo(info.path, info.created_at, info.reason, info.size, info.revision,
                          info.change_counter, state.audit_last_id)
    return info


def _folder_of(db_or_url: Database | str | Path) -> Path:
    if isinstance(db_or_url, Path):
        return db_or_url
    url = db_or_url.url if isinstance(db_or_url, Database) else db_or_url
    return backup_dir(url)


def list_backups(db_or_url: Database | str | Path) -> list[BackupInfo]:
    """The backups of a database (or in a backup folder), newest first."""
    return backup_files_in(_folder_of(db_or_url))


# --- thinning -----------------------------------------------------------------------------

def _periods() -> Iterable[tuple[str, Callable[[datetime], Any]]]:
    yield "daily", lambda moment: moment.date()
    yield "weekly", lambda moment: moment.isocalendar()[:2]
    yield "monthly", lambda moment: (moment.year, moment.month)


def backups_to_keep(backups: Iterable[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """Which automatic backups thinning keeps: the newest of each of the last ``daily`` days,
    then of the next ``weekly`` weeks and ``monthly`` months not already covered."""
    ordered = sorted(backups, key=lambda info: info.created_at, reverse=True)
    keep: set[Path] = set()
    for rule, period_of in _periods():
        wanted = getattr(policy, rule)
        kept = 0
        last: Any = None
        for info in ordered:
            if kept >= wanted:
                break
            period = period_of(local_time(info.created_at))
            if period == last:
                continue
            last = period
            if info.path not in keep:
                keep.add(info.path)
                kept += 1
    return keep


def thin_backups(folder: Path, now: datetime | None = None,
                 policy: RetentionPolicy | None = None) -> list[Path]:
    """Remove surplus automatic backups from ``folder``; return the files removed.

    Manual backups and replaced files are never removed, nor backups dated after ``now``
    (a clock that was wrong must not cost a backup).
    """
    now = now or utcnow()
    policy = policy or default_policy()
    candidates = [info for info in backup_files_in(folder)
                  if info.automatic and info.created_at <= now]
    keep = backups_to_keep(candidates, policy)
    removed: list[Path] = []
    for info in candidates:
        if info.path in keep:
            continue
        try:
            remove_backup_file(info.path)
        except OSError:
            continue  # a backup that cannot be removed now is removed next time
        removed.append(info.path)
    return removed


def backup_if_changed(db: Database, reason: str = EXIT_REASON,
                      now: datetime | None = None) -> BackupInfo | None:
    """Back up only if the database changed since the newest backup, then thin the folder.

    "Changed" means the change counter or the audit log moved on (or the schema did).
    """
    if db.file is None or not db.file.exists():
        return None
    state = live_state(db)
    if state.revision is None:
        return None  # nothing of this program in the file yet
    backups = list_backups(db)
    newest = backups[0] if backups else None
    if newest is not None and (newest.revision, newest.change_counter, newest.audit_last_id) == (
            state.revision, state.change_counter, state.audit_last_id):
        return None
    info = create_backup(db, reason, now=now)
    thin_backups(backup_dir(db.url), info.created_at, policy_of(db))
    return info


# --- restoring ----------------------------------------------------------------------------

def _refuse(problem: str) -> DatabaseError:
    return DatabaseError(tr("{problem} Nothing was restored; the current database was not "
                            "changed.").format(problem=problem))


def _check_backup(candidate: Path, copy: Path) -> DatabaseState:
    """Copy the backup to ``copy`` and make sure this program can use it; refuse otherwise."""
    try:
        state = checked_copy(candidate, copy)
    except DatabaseError as error:
        raise _refuse(error.message) from error
    if state.revision is None:
        raise _refuse(tr("The file {path} is not a database of this program.")
                      .format(path=candidate))
    if not is_known_revision(state.revision):
        raise _refuse(newer_database_message(state.revision, head_revision()))
    return state


def _keep_replaced(live: Path, folder: Path) -> tuple[Path | None, bool]:
    """Keep the database about to be replaced; return the kept file and whether it was
    unreadable (then it was kept byte for byte, with its ``-wal``/``-shm`` files)."""
    if not live.exists() or live.stat().st_size == 0:
        return None, False
    if looks_like_database(live):
        try:
            return copy_database_file(live, folder, REPLACED_REASON).path, False
        except UnreadableDatabaseError:
            pass  # damaged inside: kept as it is, like garbage
    return keep_raw_copy(live, folder, REPLACED_REASON).path, True


def restore_backup(db_url: str, backup_file: Path, actor_name: str) -> RestoreResult:
    """Replace the database with a backup, after checking the backup thoroughly.

    The backup must pass ``PRAGMA integrity_check`` and be of a schema revision this program
    knows; otherwise nothing is touched. The current database is first kept in the backup
    folder as a ``replaced`` backup (kept forever; a file SQLite cannot read is kept byte for
    byte), then the backup's content takes its place and a ``restore_backup`` entry is
    appended to the restored database's audit log. Close every connection to the database
    (``Database.dispose()``) before calling this.
    """
    live = backup_source(db_url)
    backup_file = Path(backup_file)
    copy = live.with_name(f".{live.name}.restore-{os.getpid()}.part")
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
        copy.touch()
    except OSError as error:
        raise _refuse(tr("The folder {path} cannot be written to: {error}")
                      .format(path=live.parent, error=error.strerror or error)) from error
    try:
        state = _check_backup(backup_file, copy)
        kept, damaged = _keep_replaced(live, backup_dir(db_url))
        # A live file SQLite cannot read cannot take the copy through SQLite: it is renamed
        # into place instead (the damaged file is safe in the backup folder by now).
        (replace_unreadable if damaged else install_copy)(copy, live)
    except (OSError, sqlite3.Error) as error:  # the install is one step: nothing changed
        raise _refuse(describe_db_error(error, str(live)).message) from error
    finally:
        copy.unlink(missing_ok=True)  # our own temporary copy
    _log_restore(db_url, backup_file, kept, damaged, actor_name)
    return RestoreResult(backup_file, kept, state.revision, damaged)


def _log_restore(db_url: str, backup_file: Path, kept: Path | None, damaged: bool,
                 actor_name: str) -> None:
    """Append the restore to the restored database's audit log."""
    changes: dict[str, list[Any]] = {"backup_file": [None, backup_file.name],
                                     "replaced_file_kept_as": [None, kept.name if kept else None]}
    if damaged:
        changes["replaced_file_was_damaged"] = [None, True]
    db = open_database(db_url)
    try:
        with db.uow() as uow:
            append_audit(uow.session, RESTORE_ACTION, "", backup_file.name, changes,
                         actor=actor_name)
            uow.commit()
    finally:
        db.dispose()

"""Backups of the SQLite database: consistent online copies, thinning, and a verified restore.

A backup is ``jianguan-YYYYmmdd-HHMMSS-<reason>.db`` (local time) in the backup folder beside
the database, with a JSON sidecar recording when, why, the schema revision and the change
counters; manual backups and replaced files are kept forever, automatic ones are thinned.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jianguan_desktop.config import backup_dir, sqlite_file
from jianguan_desktop.db.engine import BUSY_TIMEOUT_MS, Database, describe_db_error, open_database
from jianguan_desktop.db.migrate import head_revision, is_known_revision, newer_database_message
from jianguan_desktop.db.records import append_audit
from jianguan_desktop.db.types import utcnow
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr

BACKUP_PREFIX = "jianguan"
MANUAL_REASON = "manual"  # made by a user on purpose
REPLACED_REASON = "replaced"  # the database as it was just before a restore
MIGRATION_REASON = "migration"  # made by db.migrate.upgrade before changing the schema
EXIT_REASON = "exit"  # made when the program closes, if something changed
KEPT_REASONS = frozenset({MANUAL_REASON, REPLACED_REASON})  # never thinned
SIDECAR_FORMAT = 1

_REASON = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_NAME = re.compile(r"^" + BACKUP_PREFIX
                   + r"-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.db$")
_STAMP = "%Y%m%d-%H%M%S"


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
class RestoreResult:
    """A finished restore: which backup came back and where the replaced database was kept."""

    restored_from: Path
    kept_file: Path | None
    revision: str | None


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups thinning keeps: one per day, week and month."""

    daily: int
    weekly: int
    monthly: int


@dataclass(frozen=True)
class _State:
    revision: str | None
    change_counter: int | None
    audit_last_id: int | None


def reason_label(reason: str) -> str:
    """What made a backup, in words (an unknown reason is shown as it is)."""
    labels = {
        MANUAL_REASON: tr("made by hand"),
        EXIT_REASON: tr("on quitting"),
        MIGRATION_REASON: tr("before an upgrade"),
        REPLACED_REASON: tr("before a restore"),
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


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def backup_file_name(created_at: datetime, reason: str, serial: int = 0) -> str:
    """The file name of a backup made at ``created_at`` (local time in the name) for ``reason``."""
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be lower-case words joined by '-': {reason!r}")
    suffix = f"-{serial}" if serial else ""
    return f"{BACKUP_PREFIX}-{_local(created_at).strftime(_STAMP)}-{reason}{suffix}.db"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _folder_of(db_or_url: Database | str | Path) -> Path:
    if isinstance(db_or_url, Path):
        return db_or_url
    url = db_or_url.url if isinstance(db_or_url, Database) else db_or_url
    return backup_dir(url)


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(_uri(path, "ro") if readonly else str(path), uri=readonly,
                                 timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    return connection


def _read_state(run: Callable[[str], Any]) -> _State:
    """The schema revision and change counters, read with ``run(sql) -> first row or None``."""

    def scalar(sql: str) -> Any:
        try:
            row = run(sql)
        except Exception:  # the table is missing: an empty or foreign database
            return None
        return row[0] if row else None

    return _State(scalar("SELECT version_num FROM alembic_version"),
                  scalar("SELECT value FROM change_counter WHERE id = 1"),
                  scalar("SELECT last_id FROM audit_head WHERE id = 1"))


def _sqlite_state(connection: sqlite3.Connection) -> _State:
    return _read_state(lambda sql: connection.execute(sql).fetchone())


def _live_state(db: Database) -> _State:
    with db.engine.execution_options(readonly=True).connect() as connection:
        return _read_state(lambda sql: connection.exec_driver_sql(sql).fetchone())


def _folder_error(error: OSError | sqlite3.Error, folder: Path) -> DatabaseError:
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


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _copy_database(source: sqlite3.Connection, target: Path) -> _State:
    """Copy an open database into a new self-contained file with SQLite's online backup.

    The copy is one consistent snapshot even while others write (WAL included); it is
    switched to a plain rollback journal so that the backup is a single file.
    """
    destination = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        state = _sqlite_state(destination)
    finally:
        destination.close()
    _fsync(target)
    return state


def _write_sidecar(path: Path, created_at: datetime, reason: str, state: _State,
                   source: Path) -> None:
    data = {"format": SIDECAR_FORMAT, "created_at": created_at.astimezone(UTC).isoformat(),
            "reason": reason, "revision": state.revision, "change_counter": state.change_counter,
            "audit_last_id": state.audit_last_id, "source": str(source)}
    temporary = _sidecar(path).with_suffix(".json.part")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, _sidecar(path))
    finally:
        temporary.unlink(missing_ok=True)


def _free_name(folder: Path, created_at: datetime, reason: str) -> Path:
    serial = 0
    while True:
        path = folder / backup_file_name(created_at, reason, serial)
        if not path.exists():
            return path
        serial += 1


def _backup_file(source_path: Path, folder: Path, reason: str,
                 now: datetime | None = None) -> BackupInfo:
    """Copy the database at ``source_path`` into ``folder``; return what was written."""
    created_at = (now or utcnow()).astimezone(UTC)
    target: Path | None = None
    part: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        needed = source_path.stat().st_size
        wal = source_path.with_name(source_path.name + "-wal")
        needed += wal.stat().st_size if wal.exists() else 0
        if shutil.disk_usage(folder).free < needed:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        target = _free_name(folder, created_at, reason)
        part = target.with_suffix(".db.part")
        source = _connect(source_path, readonly=True)
        try:
            state = _copy_database(source, part)
        finally:
            source.close()
        _write_sidecar(target, created_at, reason, state, source_path)
        os.replace(part, target)
    except (OSError, sqlite3.Error) as error:
        if part is not None and part.exists():  # our own half-written copy, never user data
            part.unlink()
            if target is not None:
                _sidecar(target).unlink(missing_ok=True)
        if isinstance(error, sqlite3.Error) and not _is_folder_problem(error):
            raise describe_db_error(error, str(source_path)) from error
        raise _folder_error(error, folder) from error
    return BackupInfo(target, created_at, reason, target.stat().st_size, state.revision,
                      state.change_counter, state.audit_last_id)


def _is_folder_problem(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return any(word in text for word in ("full", "readonly", "read-only", "unable to open",
                                         "disk i/o"))


def _require_file(db: Database) -> Path:
    path = db.file
    if path is None:
        raise DatabaseError(tr("The program backs up only its own database file; back up a "
                               "server database with the server's own tools."))
    if not path.exists():
        raise DatabaseError(tr("The database file {path} does not exist.").format(path=path))
    return path


def create_backup(db: Database, reason: str, actor: Any = None,
                  now: datetime | None = None) -> BackupInfo:
    """Make a consistent copy of the database in its backup folder.

    ``reason`` is a short slug (``manual`` for one a user asked for, ``exit``,
    ``migration``...). With an ``actor`` the backup is also written to the audit log.
    """
    path = _require_file(db)
    info = _backup_file(path, backup_dir(db.url), reason, now)
    if actor is not None:
        info = _audit_backup(db, actor, info)
    return info


def _audit_backup(db: Database, actor: Any, info: BackupInfo) -> BackupInfo:
    """Log the backup; if nothing else happened meanwhile, the backup counts as current."""
    with db.uow(actor) as uow:
        append_audit(uow.session, "backup", "", info.path.name,
                     {"file": [None, info.path.name], "reason": [None, info.reason]})
        uow.commit()
    state = _live_state(db)
    if (info.audit_last_id is not None and state.audit_last_id == info.audit_last_id + 1
            and state.change_counter == info.change_counter):
        current = _State(info.revision, info.change_counter, state.audit_last_id)
        _write_sidecar(info.path, info.created_at, info.reason, current, _require_file(db))
        return BackupInfo(info.path, info.created_at, info.reason, info.size, info.revision,
                          info.change_counter, state.audit_last_id)
    return info


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
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        data = {}
    if isinstance(data.get("created_at"), str):
        with contextlib.suppress(ValueError):
            created_at = datetime.fromisoformat(data["created_at"]).astimezone(UTC)
    return BackupInfo(path, created_at, reason, path.stat().st_size, data.get("revision"),
                      data.get("change_counter"), data.get("audit_last_id"))


def _scan(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    infos = (read_backup_info(path) for path in folder.glob(f"{BACKUP_PREFIX}-*.db"))
    return sorted((info for info in infos if info is not None),
                  key=lambda info: (info.created_at, info.path.name), reverse=True)


def list_backups(db_or_url: Database | str | Path) -> list[BackupInfo]:
    """The backups of a database (or in a backup folder), newest first."""
    return _scan(_folder_of(db_or_url))


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
            period = period_of(_local(info.created_at))
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
    candidates = [info for info in _scan(folder) if info.automatic and info.created_at <= now]
    keep = backups_to_keep(candidates, policy)
    removed: list[Path] = []
    for info in candidates:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
            _sidecar(info.path).unlink(missing_ok=True)
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
    state = _live_state(db)
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


def _refuse(problem: str) -> DatabaseError:
    return DatabaseError(tr("{problem} Nothing was restored; the current database was not "
                            "changed.").format(problem=problem))


def _checked_copy(candidate: Path, target: Path) -> _State:
    """Copy a backup file into ``target`` and check the copy; raise if it is unusable."""
    if not candidate.is_file():
        raise _refuse(tr("The file {path} does not exist.").format(path=candidate))
    try:
        source = _connect(candidate, readonly=True)
        try:
            state = _copy_database(source, target)
        finally:
            source.close()
        check = sqlite3.connect(str(target), isolation_level=None)
        try:
            result = [row[0] for row in check.execute("PRAGMA integrity_check").fetchall()]
        finally:
            check.close()
    except sqlite3.Error as error:
        problem = describe_db_error(error, str(candidate)).message
        if "malformed" in str(error).lower():
            problem = tr("The file {path} is damaged.").format(path=candidate)
        raise _refuse(problem) from error
    if result != ["ok"]:
        raise _refuse(tr("The file {path} is damaged (integrity check: {result}).")
                      .format(path=candidate, result="; ".join(map(str, result[:3]))))
    if state.revision is None:
        raise _refuse(tr("The file {path} is not a database of this program.")
                      .format(path=candidate))
    if not is_known_revision(state.revision):
        raise _refuse(newer_database_message(state.revision, head_revision()))
    return state


def _install(copy: Path, live: Path) -> None:
    """Write the checked copy over the live database through SQLite, in one transaction.

    Going through SQLite (not a file move) keeps the live file's WAL consistent: readers see
    either the old or the new database, and a crash half-way leaves the old one.
    """
    source = sqlite3.connect(str(copy), isolation_level=None)
    try:
        if live.exists():
            live_connection = _connect(live)
            try:
                page_size = live_connection.execute("PRAGMA page_size").fetchone()[0]
                mode = live_connection.execute("PRAGMA journal_mode").fetchone()[0]
            finally:
                live_connection.close()
            if mode == "wal" and source.execute("PRAGMA page_size").fetchone()[0] != page_size:
                source.execute(f"PRAGMA page_size = {int(page_size)}")
                source.execute("VACUUM")
        destination = _connect(live)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def restore_backup(db_url: str, backup_file: Path, actor_name: str) -> RestoreResult:
    """Replace the database with a backup, after checking the backup thoroughly.

    The backup must pass ``PRAGMA integrity_check`` and be of a schema revision this program
    knows; otherwise nothing is touched. The current database is first copied to the backup
    folder as a ``replaced`` backup (kept forever), then the backup's content is written over
    it and a ``restore`` entry is appended to the restored database's audit log. Close every
    connection to the database (``Database.dispose()``) before calling this.
    """
    live = sqlite_file(db_url)
    if live is None:
        raise DatabaseError(tr("The program backs up only its own database file; back up a "
                               "server database with the server's own tools."))
    backup_file = Path(backup_file)
    copy = live.with_name(f".{live.name}.restore-{os.getpid()}.part")
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
        copy.touch()
    except OSError as error:
        raise _refuse(tr("The folder {path} cannot be written to: {error}")
                      .format(path=live.parent, error=error.strerror or error)) from error
    try:
        state = _checked_copy(backup_file, copy)
        kept: Path | None = None
        if live.exists() and live.stat().st_size > 0:
            kept = _backup_file(live, backup_dir(db_url), REPLACED_REASON).path
        _install(copy, live)
    except (OSError, sqlite3.Error) as error:  # the install is one transaction: nothing changed
        raise _refuse(describe_db_error(error, str(live)).message) from error
    finally:
        copy.unlink(missing_ok=True)  # our own temporary copy
    db = open_database(db_url)
    try:
        with db.uow() as uow:
            changes = {"backup_file": [None, backup_file.name],
                       "replaced_file_kept_as": [None, kept.name if kept else None]}
            append_audit(uow.session, "restore", "", backup_file.name, changes, actor=actor_name)
            uow.commit()
    finally:
        db.dispose()
    return RestoreResult(backup_file, kept, state.revision)

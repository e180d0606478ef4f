"""One window per database: a lock file beside the SQLite file (``jianguan.db.lock``) with the
process id, computer and start time of its holder, locked by the operating system.

The lock is ``fcntl.flock`` on Linux and macOS and ``msvcrt.locking`` on Windows: the system
drops it when the holder ends, even by a crash, so a stale file never blocks. A second
window is refused without touching the database; the command line is not blocked by a
window (SQLite lets them share the file) except when it would replace the file (restore).
A server database (PostgreSQL) takes no lock.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from jianguan_desktop.config import sqlite_file
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
WINDOW = "window"  # the desktop program holds the database
RESTORE = "restore"  # a command replaces the database with a backup
MAX_INFO_BYTES = 4096
# Windows locks byte ranges and forbids reading a locked range: the byte locked lies far
# beyond the holder's description, which stays readable for the refused program.
WINDOWS_LOCK_OFFSET = 1 << 30
_WINDOWS = sys.platform == "win32"


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written in the lock file (any part may be unknown)."""

    pid: int | None
    host: str
    started: datetime | None
    purpose: str


class DatabaseInUseError(DatabaseError):
    """Another program holds the database's lock: nothing was touched."""

    exit_code = 5

    def __init__(self, message: str, holder: LockHolder | None) -> None:
        super().__init__(message)
        self.holder = holder


def lock_path(database_file: Path) -> Path:
    """The lock file of a database file: ``jianguan.db`` → ``jianguan.db.lock``."""
    return database_file.with_name(database_file.name + LOCK_SUFFIX)


# --- the operating system's lock ----------------------------------------------------------

def _try_lock(handle: int) -> bool:
    """Take the lock without waiting; ``False`` if another process has it."""
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(handle, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _unlock(handle: int) -> None:
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(handle, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_UN)
    except OSError:
        pass  # closing the file drops the lock anyway


def _same_file(handle: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``handle`` (a releasing holder may have
    removed it between our open and our lock)."""
    try:
        mine, named = os.fstat(handle), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)


def _read_holder(handle: int) -> LockHolder | None:
    try:
        os.lseek(handle, 0, os.SEEK_SET)
        data = json.loads(os.read(handle, MAX_INFO_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    try:
        started = datetime.fromisoformat(str(data.get("started")))
    except ValueError:
        started = None
    return LockHolder(pid if isinstance(pid, int) else None, str(data.get("host") or ""),
                      started, str(data.get("purpose") or WINDOW))


def _write_holder(handle: int, purpose: str) -> None:
    info = {"pid": os.getpid(), "host": socket.gethostname(),
            "started": datetime.now().astimezone().isoformat(timespec="seconds"),
            "purpose": purpose}
    data = json.dumps(info, ensure_ascii=False).encode("utf-8")
    os.lseek(handle, 0, os.SEEK_SET)
    os.ftruncate(handle, 0)
    os.write(handle, data)


# --- messages -------------------------------------------------------------------------------

def holder_text(path: Path, holder: LockHolder | None) -> str:
    """The database and who holds it, e.g. 「D:\\台账\\jianguan.db；计算机 PC-01 上的进程 1234，
    2026-03-02 09:15 起」."""
    if holder is None or holder.pid is None:
        return str(path)
    since = holder.started.astimezone().strftime("%Y-%m-%d %H:%M") if holder.started else "-"
    return tr("{path}; process {pid} on the computer {host}, since {time}").format(
        path=path, pid=holder.pid, host=holder.host or "-", time=since)


def refusal_message(path: Path, holder: LockHolder | None, purpose: str) -> str:
    """What to tell the user who asked for ``purpose`` while ``holder`` has the lock."""
    who = holder_text(path, holder)
    if holder is not None and holder.purpose == RESTORE:
        return tr("The database is being restored from a backup ({holder}). Wait until that "
                  "has finished, then try again.").format(holder=who)
    if purpose == RESTORE:
        return tr("The database is open in a window ({holder}). Close that window first, then "
                  "restore the backup. Nothing was restored; the current database was not "
                  "changed.").format(holder=who)
    return tr("The database is already open in another window ({holder}). Switch to the "
              "window that is open; if you really need to open it again, close that one "
              "first.").format(holder=who)


# --- the lock -------------------------------------------------------------------------------

class InstanceLock:
    """A held lock; :meth:`release` (or leaving a ``with`` block) gives it up."""

    def __init__(self, path: Path, handle: int | None) -> None:
        self.path = path
        self._handle = handle

    @property
    def held(self) -> bool:
        """Whether this lock is still held."""
        return self._handle is not None

    def release(self) -> None:
        """Give the lock up; on Linux and macOS the lock file is removed while still locked,
        so no one can lock a file about to vanish."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if not _WINDOWS and _same_file(handle, self.path):
                self.path.unlink(missing_ok=True)
            elif _WINDOWS:
                os.ftruncate(handle, 0)
        except OSError:
            pass
        _unlock(handle)
        os.close(handle)
        if _WINDOWS:
            with contextlib.suppress(OSError):  # fails, harmlessly, while another has it open
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def acquire(url: str, purpose: str = WINDOW) -> InstanceLock | None:
    """Take the lock of the SQLite database at ``url`` for ``purpose``.

    Returns ``None`` for a server database, or where the file system has no locks (a
    warning is logged). Raises :class:`DatabaseInUseError` when another program holds it;
    the refused program writes nothing.
    """
    file = sqlite_file(url)
    if file is None:
        return None
    path = lock_path(file)
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    for _attempt in range(10):
        handle = os.open(path, flags, 0o644)
        try:
            locked = _try_lock(handle)
        except OSError as error:  # e.g. a network share without locks
            os.close(handle)
            log.warning("no lock on %s: %s", path, error)
            return None
        if not locked:
            holder = _read_holder(handle)
            os.close(handle)
            raise DatabaseInUseError(refusal_message(file, holder, purpose), holder)
        if _WINDOWS or _same_file(handle, path):
            _write_holder(handle, purpose)
            return InstanceLock(path, handle)
        _unlock(handle)  # the file was removed by a holder letting go: lock the new one
        os.close(handle)
    raise DatabaseInUseError(refusal_message(file, None, purpose), None)

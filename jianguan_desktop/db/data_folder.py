"""Can the program write where its SQLite database lives? Checked before the database is
opened, backed up or upgraded, so that a read-only folder, a missing permission or a full disk
is refused in words, naming the folder and what to do, with nothing changed.

The probes try the real thing (create and remove an empty file in the folder; open the
database file for writing without writing) rather than trusting permission bits: on Windows
``os.access`` ignores access control lists, and under root it always says yes.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from jianguan_desktop.config import DB_ENV, sqlite_file
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr

# Room needed beyond the database's own size: the backup made before an upgrade copies the
# file, and SQLite's write-ahead log and journal need space too.
MIN_FREE_BYTES = 16 * 1024 * 1024
PROBE_PREFIX = ".jianguan-write-check-"


class UnwritableFolderError(DatabaseError):
    """The folder (or file) of the database cannot be written: nothing was touched."""

    def __init__(self, message: str, folder: Path) -> None:
        super().__init__(message)
        self.folder = folder


def probe_folder(folder: Path) -> None:
    """Create and at once remove an empty file in ``folder``; raise :class:`OSError` if the
    folder does not let us."""
    handle, name = tempfile.mkstemp(prefix=PROBE_PREFIX, dir=folder)
    os.close(handle)
    os.unlink(name)


def probe_file(path: Path) -> None:
    """Open the existing file ``path`` for writing and close it again (its bytes and time
    stay as they are); raise :class:`OSError` if it is read-only."""
    with path.open("r+b"):
        pass


def free_bytes(folder: Path) -> int:
    """Free space on the disk holding ``folder``."""
    return shutil.disk_usage(folder).free


def nearest_existing(folder: Path) -> Path:
    """``folder`` or, if it does not exist yet, its nearest ancestor that does (where the
    missing folders would be created)."""
    current = folder
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _what_to_do() -> str:
    return tr("Choose another folder with --db or the {env} environment variable, or ask the "
              "administrator for permission to write to this folder. Nothing was changed."
              ).format(env=DB_ENV)


def folder_message(folder: Path, error: OSError) -> str:
    """What to tell the user when ``folder`` cannot be written."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return tr("The program cannot write to the data folder {folder}: no permission. "
                  "{what_to_do}").format(folder=folder, what_to_do=_what_to_do())
    if error.errno == errno.EROFS:
        return tr("The data folder {folder} is on a disk that cannot be written (read-only). "
                  "{what_to_do}").format(folder=folder, what_to_do=_what_to_do())
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return full_disk_message(folder, None)
    return tr("The program cannot write to the data folder {folder}: {error}. "
              "{what_to_do}").format(folder=folder, error=error.strerror or error,
                                     what_to_do=_what_to_do())


def full_disk_message(folder: Path, free: int | None, needed: int | None = None) -> str:
    """What to tell the user when the disk of ``folder`` has no room."""
    if free is None or needed is None:
        return tr("The disk holding the data folder {folder} is full. Free some space, or "
                  "choose another folder with --db or the {env} environment variable. Nothing "
                  "was changed.").format(folder=folder, env=DB_ENV)
    return tr("The disk holding the data folder {folder} is almost full: {free} free, at least "
              "{needed} needed. Free some space, or choose another folder with --db or the "
              "{env} environment variable. Nothing was changed.").format(
                  folder=folder, free=_megabytes(free), needed=_megabytes(needed), env=DB_ENV)


def check_writable(url: str) -> None:
    """Refuse an SQLite database whose folder, file or disk cannot take writes.

    Nothing is created but one empty file, removed at once; a server database (PostgreSQL)
    is not checked. Raises :class:`UnwritableFolderError`.
    """
    path = sqlite_file(url)
    if path is None:
        return
    data_folder = path.parent  # named to the user, even if it is still to be created
    folder = nearest_existing(data_folder)
    if not folder.is_dir():  # a file stands where the folder (or one above it) should be
        raise UnwritableFolderError(tr(
            "The data folder {folder} cannot be made: {blocker} is a file, not a folder. "
            "{what_to_do}").format(folder=data_folder, blocker=folder,
                                   what_to_do=_what_to_do()), data_folder)
    try:
        probe_folder(folder)
    except OSError as error:
        raise UnwritableFolderError(folder_message(data_folder, error), data_folder) from error
    size = 0
    if path.is_file():
        try:
            probe_file(path)
        except OSError as error:
            raise UnwritableFolderError(tr(
                "The database file {path} is read-only. Clear its read-only attribute or ask "
                "the administrator for permission to write it, or choose another file with "
                "--db or the {env} environment variable. Nothing was changed.").format(
                    path=path, env=DB_ENV), path.parent) from error
        size = path.stat().st_size
    try:
        free = free_bytes(folder)
    except OSError:
        return  # no figure: the probes above passed, SQLite will say if the disk is full
    needed = size + MIN_FREE_BYTES
    if free < needed:
        raise UnwritableFolderError(full_disk_message(data_folder, free, needed), data_folder)

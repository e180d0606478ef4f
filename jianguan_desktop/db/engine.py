"""Engine bootstrap: SQLite with WAL, foreign keys, a busy timeout and real transactions.

:func:`open_database` is the only place an engine is made. On SQLite the driver's own
transaction handling is switched off and every write transaction starts with
``BEGIN IMMEDIATE`` (a read-only unit of work starts a deferred ``BEGIN``), so DDL
in migrations is transactional and two writers queue instead of deadlocking.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jianguan_desktop.config import sqlite_file
from jianguan_desktop.db.records import TrackedSession
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr

if TYPE_CHECKING:
    from jianguan_desktop.db.uow import UnitOfWork

BUSY_TIMEOUT_MS = 15_000


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _sqlite_on_begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    readonly = connection.get_execution_options().get("readonly", False)
    connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def describe_db_error(error: BaseException, location: str) -> DatabaseError:
    """Turn a driver error into a message a clerk understands."""
    text = str(getattr(error, "orig", error)).lower()
    if "file is not a database" in text or "file is encrypted" in text:
        return DatabaseError(tr("The file {path} is not a database of this program.")
                             .format(path=location))
    if "readonly" in text or "read-only" in text:
        return DatabaseError(tr("The database {path} is read-only: the program cannot save "
                                "there. Check the folder's permissions.").format(path=location))
    if "unable to open" in text:
        return DatabaseError(tr("The database {path} cannot be opened: the folder is missing "
                                "or not writable.").format(path=location))
    if "disk is full" in text or "disk i/o" in text:
        return DatabaseError(tr("The disk holding {path} is full or failing; nothing was "
                                "saved. Free some space and try again.").format(path=location))
    if "locked" in text or "busy" in text:
        return DatabaseError(tr("The database {path} is busy in another window; try again "
                                "in a moment.").format(path=location))
    return DatabaseError(tr("The database {path} reported an error: {error}")
                         .format(path=location, error=getattr(error, "orig", error)))


@dataclass
class Database:
    """An open database: its URL, engine and session factory."""

    url: str
    engine: Engine
    factory: sessionmaker[Session]
    _office_code: str | None = field(default=None, repr=False)

    @property
    def file(self) -> Path | None:
        """The SQLite file, or ``None`` for a server database."""
        return sqlite_file(self.url)

    @property
    def location(self) -> str:
        """What to show the user as the database's place (file path or URL without password)."""
        return str(self.file) if self.file else self.engine.url.render_as_string(
            hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        """Whether this is the embedded SQLite database."""
        return self.engine.dialect.name == "sqlite"

    def office_code(self) -> str | None:
        """The code of the office that owns this database (``None`` before ``init``)."""
        if self._office_code is None:
            from jianguan_desktop.db.models import Office

            with self.factory(bind=self.engine.execution_options(readonly=True)) as session:
                try:
                    office = session.execute(
                        select(Office).where(Office.id == 1)).scalar_one_or_none()
                except DBAPIError:
                    return None
                self._office_code = office.code if office else None
        return self._office_code

    def forget_office(self) -> None:
        """Drop the cached office code (after ``init`` or a restore)."""
        self._office_code = None

    def uow(self, actor: Any = None, readonly: bool = False) -> UnitOfWork:
        """A unit of work acting as ``actor``; it rolls back unless committed."""
        from jianguan_desktop.db.uow import UnitOfWork

        return UnitOfWork(self, actor, readonly)

    def dispose(self) -> None:
        """Close every pooled connection (before a file is replaced or removed)."""
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    """Make an engine with the program's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(url: str, create_folder: bool = True) -> Database:
    """Open (and for SQLite, create) the database at ``url`` and check it can be read."""
    path = sqlite_file(url)
    location = str(path) if path else url
    if path is not None:
        if path.exists() and path.is_dir():
            raise DatabaseError(tr("{path} is a folder, not a database file.").format(path=path))
        if create_folder:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseError(tr("The folder {path} cannot be created: {error}")
                                    .format(path=path.parent, error=error.strerror)) from error
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master" if path is not None
                                       else "SELECT 1")
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise describe_db_error(error, location) from error
    factory = sessionmaker(bind=engine, expire_on_commit=False, class_=TrackedSession)
    return Database(url=url, engine=engine, factory=factory)

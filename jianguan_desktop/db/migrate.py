"""Bring a database's schema to this program's revision with Alembic, safely.

A database newer than the program is refused untouched; an older one is backed up and
then upgraded with every pending revision in one transaction, so a failure changes nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util.exc import CommandError
from sqlalchemy import MetaData, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeDecorator, TypeEngine

from jianguan_desktop.db.backup_files import DOWNGRADE_REASON, MIGRATION_REASON, backup_database
from jianguan_desktop.errors import DatabaseError
from jianguan_desktop.i18n import tr
from jianguan_desktop.resources_path import migrations_path

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

# Modules whose models make up the schema Alembic owns; add each register's module here.
MODEL_MODULES: tuple[str, ...] = ("jianguan_desktop.db.models", "jianguan_desktop.db.notices",
                                  "jianguan_desktop.db.entities", "jianguan_desktop.db.credit",
                                  "jianguan_desktop.db.calendar", "jianguan_desktop.db.transfers",
                                  "jianguan_desktop.db.complaints",
                                  "jianguan_desktop.db.complaint_documents",
                                  "jianguan_desktop.db.attachments",
                                  "jianguan_desktop.db.inspections",
                                  "jianguan_desktop.db.liaison",
                                  "jianguan_desktop.db.sync",
                                  "jianguan_desktop.db.oversight")

# Tables the models do not describe but revisions create by hand (SQLite FTS5 full-text
# indexes and their shadow tables): their names start with this, and drift checks skip them.
UNMANAGED_TABLE_PREFIXES: tuple[str, ...] = ("fts_", "sqlite_")

Script = Path | str | None


@dataclass(frozen=True)
class UpgradeResult:
    """What :func:`upgrade` did: from which revision to which, and the backup made first."""

    from_revision: str | None
    to_revision: str
    backup_file: Path | None = None

    @property
    def changed(self) -> bool:
        """Whether the schema was changed."""
        return self.from_revision != self.to_revision


def target_metadata() -> MetaData:
    """The program's schema as the models describe it (Alembic's ``target_metadata``)."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    from jianguan_desktop.db.base import Base

    return Base.metadata


def _include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    return not (type_ == "table" and name is not None
                and name.startswith(UNMANAGED_TABLE_PREFIXES))


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our column types as the plain SQLAlchemy type they store (revisions stay
    independent of the program's code)."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl if isinstance(obj.impl, TypeEngine) else obj.impl()
        return "sa." + repr(impl)
    return False


def context_options(dialect_name: str) -> dict[str, Any]:
    """Options of Alembic's migration context, shared by env.py and the drift check.

    All revisions of one upgrade run in one transaction. On SQLite this is real because
    the engine emits ``BEGIN IMMEDIATE`` itself (see :mod:`jianguan_desktop.db.engine`),
    so DDL is transactional there too.
    """
    return {
        "target_metadata": target_metadata(),
        "render_as_batch": dialect_name == "sqlite",
        "compare_type": True,
        "transactional_ddl": True,
        "transaction_per_migration": False,
        "include_name": _include_name,
        "render_item": _render_item,
    }


def alembic_config(script_location: Script = None, connection: Connection | None = None
                   ) -> Config:
    """An Alembic configuration built in code (the program never reads ``alembic.ini``)."""
    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory(script_location: Script = None) -> ScriptDirectory:
    """The revision scripts this program knows."""
    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision(script_location: Script = None) -> str:
    """The newest revision this program knows."""
    head = script_directory(script_location).get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def current_revision(db: Database) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    try:
        with db.engine.execution_options(readonly=True).connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except DBAPIError as error:
        from jianguan_desktop.db.engine import describe_db_error

        raise describe_db_error(error, db.location) from error


def is_known_revision(revision: str | None, script_location: Script = None) -> bool:
    """Whether this program has the script of ``revision`` (``None``, the empty database, is).

    Exact match only: Alembic's own lookup also accepts a prefix of a known revision.
    """
    if revision is None:
        return True
    try:
        known = {script.revision for script in script_directory(script_location).walk_revisions()}
    except (RevisionError, CommandError):
        return False
    return revision in known


def newer_database_message(revision: str, head: str) -> str:
    """What to say about a database made by a newer program."""
    return tr("The database's version ({database}) is newer than this program's ({program}). "
              "Install the newer program to open it. This program will not change the "
              "database.").format(database=revision, program=head)


def check_compatible(db: Database, script_location: Script = None) -> None:
    """Refuse a database whose revision this program does not know (made by a newer one)."""
    revision = current_revision(db)
    if not is_known_revision(revision, script_location):
        raise DatabaseError(newer_database_message(str(revision), head_revision(script_location)))


def has_tables(db: Database) -> bool:
    """Whether the database holds any table at all (an empty file needs no backup)."""
    with db.engine.execution_options(readonly=True).connect() as connection:
        return bool(inspect(connection).get_table_names())


@contextmanager
def migration_transaction(db: Database) -> Iterator[Connection]:
    """One transaction for a whole schema change, committed only if everything worked.

    On SQLite, foreign keys are switched off for the connection first (it cannot be done
    inside a transaction), because batch migrations rebuild tables and a ``DROP TABLE``
    with foreign keys on would delete or refuse rows; ``PRAGMA foreign_key_check`` must
    then find nothing before the commit. The setting is restored afterwards.
    """
    with db.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw: Any = connection.connection.dbapi_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign key check failed: {broken[:5]!r}")
        finally:
            if raw is not None:
                try:
                    raw.execute("PRAGMA foreign_keys = ON")
                except Exception:  # never hand a connection without foreign keys back
                    connection.invalidate()
                    raise


def _run_command(db: Database, script_location: Script, action: str, target: str) -> None:
    with migration_transaction(db) as connection:
        config = alembic_config(script_location, connection)
        if action == "upgrade":
            command.upgrade(config, target)
        else:
            command.downgrade(config, target)


def _failure_message(db: Database, old: str | None, new: str, backup_file: Path | None,
                     error: BaseException) -> str:
    detail = str(error) if isinstance(error, DatabaseError) else (
        f"{type(error).__name__}: {getattr(error, 'orig', error)}")
    if backup_file is not None:
        return tr("Upgrading the database {path} from version {old} to {new} failed; the "
                  "database was left unchanged. A copy made before the upgrade is at "
                  "{backup}. Reason: {error}").format(path=db.location, old=old or "-",
                                                      new=new, backup=backup_file, error=detail)
    return tr("Upgrading the database {path} from version {old} to {new} failed; the database "
              "was left unchanged. Reason: {error}").format(path=db.location, old=old or "-",
                                                            new=new, error=detail)


def upgrade(db: Database, backup: bool = True, script_location: Script = None) -> UpgradeResult:
    """Upgrade the database to this program's head revision.

    A newer database is refused untouched. A database behind head that already holds
    tables is first copied to the backup folder (when ``backup`` is true and it is an
    SQLite file). Every pending revision then runs in one transaction: on failure nothing
    changed and :class:`DatabaseError` says so and where the backup is. Nothing is deleted.
    """
    old = current_revision(db)
    head = head_revision(script_location)
    if not is_known_revision(old, script_location):
        raise DatabaseError(newer_database_message(str(old), head))
    if old == head:
        return UpgradeResult(old, head, None)
    backup_file: Path | None = None
    if backup and db.is_sqlite and has_tables(db):
        backup_file = backup_database(db, MIGRATION_REASON).path
    try:
        _run_command(db, script_location, "upgrade", "head")
    except Exception as error:
        raise DatabaseError(_failure_message(db, old, head, backup_file, error)) from error
    finally:
        db.forget_office()
    return UpgradeResult(old, head, backup_file)


def downgrade(db: Database, revision: str, backup: bool = True,
              script_location: Script = None) -> UpgradeResult:
    """Take the schema back to ``revision`` (developers and tests; the program never does).

    Like :func:`upgrade`: a backup first, one transaction, nothing changed on failure.
    """
    old = current_revision(db)
    backup_file: Path | None = None
    if backup and db.is_sqlite and has_tables(db):
        backup_file = backup_database(db, DOWNGRADE_REASON).path
    try:
        _run_command(db, script_location, "downgrade", revision)
    except Exception as error:
        raise DatabaseError(_failure_message(db, old, revision, backup_file, error)) from error
    finally:
        db.forget_office()
    return UpgradeResult(old, current_revision(db) or "base", backup_file)


def check_drift(db: Database) -> list[Any]:
    """Differences between the database's schema and the models (empty when they agree).

    The same comparison as ``alembic check``: after a complete upgrade it must find nothing,
    otherwise a model was changed without a revision.
    """
    with db.engine.execution_options(readonly=True).connect() as connection:
        options = context_options(connection.dialect.name)
        context = MigrationContext.configure(connection, opts={
            key: options[key] for key in ("compare_type", "include_name")})
        return list(compare_metadata(context, options["target_metadata"]))

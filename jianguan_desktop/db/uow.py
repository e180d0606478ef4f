"""Unit of work: one transaction per user action, rolled back unless ``commit()`` is called."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from jianguan_desktop.db.records import ACTOR_KEY, OFFICE_KEY, stale_message
from jianguan_desktop.errors import ConflictError

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database


class UnitOfWork:
    """``with db.uow(actor) as uow: ...; uow.commit()`` — everything or nothing."""

    session: Session

    def __init__(self, database: Database, actor: Any = None, readonly: bool = False) -> None:
        self.database = database
        self.actor = actor
        self.readonly = readonly
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        bind = self.database.engine
        if self.readonly:
            bind = bind.execution_options(readonly=True)
        self.session = self.database.factory(bind=bind)
        self.session.info[ACTOR_KEY] = self.actor
        self.session.info[OFFICE_KEY] = self.database.office_code()
        self._committed = False
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()

    def flush(self) -> None:
        """Send pending changes (inside the transaction) so that ids and counters are known."""
        try:
            self.session.flush()
        except StaleDataError as error:
            raise ConflictError(stale_message()) from error
        except (OperationalError, DBAPIError) as error:
            if isinstance(error, IntegrityError):
                raise
            from jianguan_desktop.db.engine import describe_db_error

            raise describe_db_error(error, self.database.location) from error

    def commit(self) -> None:
        """Make the whole action durable."""
        if self.readonly:
            raise RuntimeError("a read-only unit of work cannot commit")
        try:
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise ConflictError(stale_message()) from error
        except (OperationalError, DBAPIError) as error:
            self.session.rollback()
            if isinstance(error, IntegrityError):
                raise
            from jianguan_desktop.db.engine import describe_db_error

            raise describe_db_error(error, self.database.location) from error
        self._committed = True

    def rollback(self) -> None:
        """Throw away everything done in this unit of work."""
        self.session.rollback()

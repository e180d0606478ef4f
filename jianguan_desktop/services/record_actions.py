"""One user action on one travelling record: check the right, load, check the version, change,
and return what the window shows, all in one transaction.

The registers' use cases that change a single record (delete, restore, and the like) share
this shape; :func:`change_record` writes it once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.records import TravellingRecord, check_version, soft_delete
from jianguan_desktop.db.records import restore as restore_record
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.services.permissions import require

R = TypeVar("R", bound=TravellingRecord)
T = TypeVar("T")


def change_record(db: Database, actor: Actor, permission: Permission,
                  load: Callable[[Session], R], change: Callable[[Session, R], None],
                  show: Callable[[R], T], expected_version: int | None = None) -> T:
    """Load a record, refuse an outdated copy, ``change`` it, flush and return ``show(record)``;
    committed only when every step succeeded (nothing is written half)."""
    require(actor, permission)
    with db.uow(actor) as uow:
        record = load(uow.session)
        check_version(record, expected_version)
        change(uow.session, record)
        uow.flush()
        result = show(record)
        uow.commit()
    return result


def delete_change(check: Callable[[Session, R], None] | None = None
                  ) -> Callable[[Session, R], None]:
    """A ``change`` that soft-deletes the record (after ``check``, which may refuse)."""
    def change(session: Session, record: R) -> None:
        if check is not None:
            check(session, record)
        soft_delete(record, session)
    return change


def restore_change(check: Callable[[Session, R], None] | None = None
                   ) -> Callable[[Session, R], None]:
    """A ``change`` that brings a soft-deleted record back (after ``check``)."""
    def change(session: Session, record: R) -> None:
        if check is not None:
            check(session, record)
        restore_record(record)
    return change

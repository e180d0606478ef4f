"""Only the owning office changes a travelling record (ARCHITECTURE «Records that can travel»:
the city annotates county records, it does not rewrite them; a county does not rewrite the
city-wide lists the city sends down).

:func:`check_owner` runs in every flush of the program's session class
(:class:`~jianguan_desktop.db.records.TrackedSession`). It refuses, with
:class:`~jianguan_desktop.errors.NotOwnerError`, an ORM insert of a travelling record that
carries another office's code, and any ORM update of a record another office owns — a soft
delete or a restore is an update too. The office of the session is ``session.info[OFFICE_KEY]``
(set by the unit of work); a session that does not know its office yet (an empty database,
before setup) is not checked. Tables that do not travel (users, settings, audit, sync
bookkeeping) are not concerned.

A sync import is not concerned either: it writes the rows of other offices with Core statements
(:func:`jianguan_desktop.db.sync_rows.apply_rows`, which applies the owner rule of its own),
not through a flush.

The one exception is narrow and explicit: :func:`foreign_writes` lets a session write other
offices' rows of the tables it names for the length of a ``with`` block — only for data that
stands in for what a sync package brings (the demonstration data's city-wide entries; tests that
write the city's lists by hand).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from jianguan_desktop.db.models import Office
from jianguan_desktop.domain.office_code import (
    OfficeMode,
    foreign_insert_message,
    office_label,
    owner_only_message,
)
from jianguan_desktop.errors import NotOwnerError

# Session.info key: the names of the tables whose other-office rows this session may write.
FOREIGN_WRITES_KEY = "foreign_writes"


@contextmanager
def foreign_writes(session: Session, *tables: str) -> Iterator[None]:
    """Let ``session`` insert and change other offices' rows of ``tables`` inside the block
    (see the module docstring for who may). The block ends with a flush, so that what it added
    is written while it is allowed."""
    before = frozenset(session.info.get(FOREIGN_WRITES_KEY, ()))
    session.info[FOREIGN_WRITES_KEY] = before | frozenset(tables)
    try:
        yield
        session.flush()
    finally:
        session.info[FOREIGN_WRITES_KEY] = before


def office_names(session: Session) -> dict[str, str]:
    """Every office this database knows by name, code → name: the offices whose public keys
    were registered here (``sync_partners``), and this office itself."""
    from jianguan_desktop.db.sync import SyncPartner  # db.sync builds on db.records

    with session.no_autoflush:
        names = {code: name for code, name in session.execute(
            select(SyncPartner.office_code, SyncPartner.office_name))}
        own = session.execute(select(Office.code, Office.name).where(Office.id == 1)).first()
    if own is not None:
        names[own.code] = own.name
    return names


def _is_city(session: Session) -> bool:
    with session.no_autoflush:
        mode = session.execute(select(Office.mode).where(Office.id == 1)).scalar_one_or_none()
    return mode == OfficeMode.CITY.value


def _stored_office(obj: Any) -> str:
    """The office the stored row belongs to (before any change made to it in memory)."""
    history = inspect(obj).attrs.office_code.history
    return str(history.deleted[0] if history.deleted else obj.office_code)


def check_owner(session: Session, own: str | None, created: Iterable[Any],
                changed: Iterable[Any]) -> None:
    """Refuse the flush if it inserts a record of an office other than ``own`` (``created``)
    or changes one another office owns (``changed``: modified records already stored), unless
    :func:`foreign_writes` allows that table. ``own`` unknown (before setup): not checked."""
    if not own:
        return
    allowed = session.info.get(FOREIGN_WRITES_KEY, frozenset())
    for obj in created:
        if obj.office_code != own and type(obj).__tablename__ not in allowed:
            raise NotOwnerError(foreign_insert_message(_label(session, obj.office_code)))
    for obj in changed:
        if type(obj).__tablename__ in allowed:
            continue
        for office in (_stored_office(obj), obj.office_code):
            if office != own:
                raise NotOwnerError(owner_only_message(_label(session, office),
                                                       _is_city(session)))


def _label(session: Session, code: str) -> str:
    return office_label(code, office_names(session).get(code, ""))

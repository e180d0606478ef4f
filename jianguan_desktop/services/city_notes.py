"""The city office's notes on county records (市级备注).

At the city a county's records are read-only: they stay as the county made them (see
:mod:`jianguan_desktop.db.ownership`). What the city has to say about one, a query sent back
by phone, a point for the next joint meeting, is kept as a note of its own beside the record:
added, listed under the record, and deleted softly like every record. Only the city writes
notes; notes stay at the city (its packages down carry the city-wide lists only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from jianguan_desktop.db.sync import CityNote
from jianguan_desktop.db.sync_rows import travelling_tables
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import NotFoundError, PermissionDenied, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.city_view import CITY_MODE
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record, delete_change
from jianguan_desktop.services.sync_keys import office_row

if TYPE_CHECKING:
    from jianguan_desktop.db.engine import Database

NOTE_MAX = 2000  # characters of one note: a paragraph or two


@dataclass(frozen=True)
class NoteInfo:
    """One note as the window lists it."""

    id: str
    target_table: str
    target_id: str
    text: str
    created_at: datetime
    created_by: str
    version: int


def _info(note: CityNote) -> NoteInfo:
    return NoteInfo(note.id, note.target_table, note.target_id, note.text, note.created_at,
                    note.created_by, note.version)


def _check_target(session: Session, table_name: str, record_id: str) -> None:
    tables = {table.name: table for table in travelling_tables()
              if table.name != CityNote.__tablename__}
    table = tables.get(table_name)
    if table is None:
        raise ValidationError(tr("Notes cannot be added to this list."), field="target")
    found = session.execute(select(table.c.id).where(table.c.id == record_id)).first()
    if found is None:
        raise NotFoundError(tr("This record no longer exists; it may have been deleted."))


def _require_city(session: Session) -> None:
    if office_row(session).mode != CITY_MODE:
        raise PermissionDenied(tr("Only the city office adds notes to the records of the "
                                  "offices; here, change the record itself."))


def _clean_text(text: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValidationError(tr("Write the note first."), field="text")
    if len(cleaned) > NOTE_MAX:
        raise ValidationError(tr("A note holds at most {limit} characters; this one has "
                                 "{count}.").format(limit=NOTE_MAX, count=len(cleaned)),
                              field="text")
    return cleaned


def add_note(db: Database, actor: Actor, target_table: str, target_id: str,
             text: str) -> NoteInfo:
    """Add the city's note to a record of any office (the city only)."""
    require(actor, Permission.WRITE)
    cleaned = _clean_text(text)
    with db.uow(actor) as uow:
        session = uow.session
        _require_city(session)
        _check_target(session, target_table, target_id)
        note = CityNote(target_table=target_table, target_id=target_id, text=cleaned)
        session.add(note)
        uow.flush()
        info = _info(note)
        uow.commit()
    return info


def list_notes(db: Database, actor: Actor, target_table: str, target_id: str
               ) -> list[NoteInfo]:
    """The live notes on a record, oldest first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        notes = uow.session.execute(
            select(CityNote).where(CityNote.target_table == target_table,
                                   CityNote.target_id == target_id,
                                   CityNote.deleted_at.is_(None))
            .order_by(CityNote.created_at, CityNote.id)).scalars()
        return [_info(note) for note in notes]


def _load(session: Session, note_id: str) -> CityNote:
    note = session.get(CityNote, note_id)
    if note is None or note.deleted_at is not None:
        raise NotFoundError(tr("This note no longer exists; it may have been deleted."))
    return note


def delete_note(db: Database, actor: Actor, note_id: str,
                expected_version: int | None = None) -> NoteInfo:
    """Mark a note deleted (it stays in the database and in the audit log)."""
    return change_record(db, actor, Permission.WRITE, lambda session: _load(session, note_id),
                         delete_change(lambda session, _note: _require_city(session)), _info,
                         expected_version)

"""Files kept with a record: add one (read, hashed and stored in the database in the same
transaction), list them, write one out to open or hand on, remove one (soft: it travels).

Used for the evidence of a complaint (issue 5 item 3) and the materials of a case transfer;
the bytes sit in the database so that backups and sync packages carry them with the record.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from jianguan_desktop.db.attachments import DESCRIPTION_MAX, FILE_NAME_MAX, Attachment
from jianguan_desktop.db.engine import Database
from jianguan_desktop.domain.roles import Actor, Permission
from jianguan_desktop.errors import ConflictError, NotFoundError, UserError, ValidationError
from jianguan_desktop.i18n import tr
from jianguan_desktop.services.audit_table import register_record_labels
from jianguan_desktop.services.permissions import require
from jianguan_desktop.services.record_actions import change_record, delete_change
from jianguan_desktop.services.settings import SettingDef, get_setting, register_setting

MAX_FILE_MB = register_setting(SettingDef(
    "attachments.max_file_mb", 50, lambda: tr("Largest file that can be attached"),
    lambda: tr("This program's policy (the database keeps the files; backups copy them)"),
    minimum=1, maximum=500, unit=lambda: tr("MB"), group="system"))


@dataclass(frozen=True)
class AttachmentInfo:
    """An attached file as lists show it (without its bytes)."""

    id: str
    owner_table: str
    owner_id: str
    file_name: str
    description: str
    size: int
    sha256: str
    created_at: datetime
    created_by: str


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(id=row.id, owner_table=row.owner_table, owner_id=row.owner_id,
                          file_name=row.file_name, description=row.description, size=row.size,
                          sha256=row.sha256, created_at=row.created_at,
                          created_by=row.created_by)


def _read(path: Path, limit_mb: int) -> bytes:
    if not path.is_file():
        raise ValidationError(tr("The file “{name}” cannot be found.").format(name=path.name),
                              field="path")
    if path.stat().st_size > limit_mb * 1024 * 1024:
        raise ValidationError(tr("“{name}” is larger than {limit} MB; attach a smaller scan or "
                                 "raise the limit in the settings.").format(
                                     name=path.name, limit=limit_mb), field="path")
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(tr("The file “{name}” cannot be read: {reason}").format(
            name=path.name, reason=error.strerror or error)) from error


def add_attachment_in(session: Session, owner_table: str, owner_id: str, path: Path,
                      description: str = "") -> Attachment:
    """Attach a file inside an open transaction (the caller's action writes both)."""
    text = " ".join(description.split())
    if len(text) > DESCRIPTION_MAX:
        raise ValidationError(tr("The description may have at most {count} characters.")
                              .format(count=DESCRIPTION_MAX), field="description")
    content = _read(path, get_setting(session, MAX_FILE_MB.key))
    digest = hashlib.sha256(content).hexdigest()
    same = session.execute(select(Attachment.file_name).where(
        Attachment.owner_table == owner_table, Attachment.owner_id == owner_id,
        Attachment.sha256 == digest, Attachment.deleted_at.is_(None))).scalar_one_or_none()
    if same is not None:
        raise ConflictError(tr("This file is already attached (as “{name}”).").format(
            name=same), field="path")
    row = Attachment(owner_table=owner_table, owner_id=owner_id,
                     file_name=path.name[-FILE_NAME_MAX:], description=text, sha256=digest,
                     size=len(content), content=content)
    session.add(row)
    return row


def add_attachment(db: Database, actor: Actor, owner_table: str, owner_id: str, path: Path,
                   description: str = "") -> AttachmentInfo:
    """Attach a file to a record; one transaction (the history names the file and hash)."""
    require(actor, Permission.WRITE)
    with db.uow(actor) as uow:
        row = add_attachment_in(uow.session, owner_table, owner_id, Path(path), description)
        uow.flush()
        info = _info(row)
        uow.commit()
    return info


def list_attachments(db: Database, actor: Actor, owner_table: str,
                     owner_id: str) -> list[AttachmentInfo]:
    """The files kept with a record, in the order they were added."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        rows = uow.session.execute(select(Attachment).where(
            Attachment.owner_table == owner_table, Attachment.owner_id == owner_id,
            Attachment.deleted_at.is_(None)).order_by(Attachment.created_at)).scalars()
        return [_info(row) for row in rows]


def _load(session: Session, attachment_id: str) -> Attachment:
    row = session.get(Attachment, attachment_id, options=[undefer(Attachment.content)])
    if row is None or row.deleted_at is not None:
        raise NotFoundError(tr("This attached file no longer exists."))
    return row


def save_attachment(db: Database, actor: Actor, attachment_id: str,
                    target: Path | None = None) -> Path:
    """Write an attached file out (to ``target``, or to a new file in the temporary folder
    for opening) and return its path; the bytes are checked against their hash first."""
    require(actor, Permission.READ)
    with db.uow(actor, readonly=True) as uow:
        row = _load(uow.session, attachment_id)
        content, name, digest = row.content, row.file_name, row.sha256
    if hashlib.sha256(content).hexdigest() != digest:
        raise UserError(tr("The attached file “{name}” is damaged (its check sum does not "
                           "match); restore it from a backup.").format(name=name))
    if target is None:
        folder = Path(tempfile.mkdtemp(prefix="jianguan-"))
        target = folder / name
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(content)
        os.replace(partial, target)
    except OSError as error:
        raise UserError(tr("The file cannot be written to “{path}”: {reason}").format(
            path=target, reason=error.strerror or error)) from error
    return target


def remove_attachment(db: Database, actor: Actor, attachment_id: str) -> AttachmentInfo:
    """Take a file off its record (soft: it stays in the database and the history)."""
    return change_record(db, actor, Permission.WRITE,
                         lambda session: _load(session, attachment_id), delete_change(),
                         _info)


register_record_labels(
    "attachments", lambda: tr("Attached file"),
    lambda: {"owner_table": tr("Register"), "owner_id": tr("Record"),
             "file_name": tr("File name"), "description": tr("Description"),
             "sha256": tr("Check sum (SHA-256)"), "size": tr("Size in bytes")},
)

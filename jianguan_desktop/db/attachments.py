"""Files kept with a record (evidence of a complaint, materials of a transfer): table
``attachments``.

The file's bytes live in the database itself, in ``content``: a backup, a restore and a sync
package then carry them with their record, and nothing can point at a file that was moved or
deleted on disk. ``sha256`` names the content (a file added twice to one record is refused);
``owner_table``/``owner_id`` the record it belongs to; ``file_name`` as the clerk's file was
called; ``size`` in bytes; ``description`` what it is (e.g. 中标候选人公示截图).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import BOOKKEEPING, TravellingRecord

FILE_NAME_MAX = 255
DESCRIPTION_MAX = 500


class Attachment(TravellingRecord, Base):
    """One file kept with one record."""

    __tablename__ = "attachments"
    __audit_skip__ = BOOKKEEPING | {"content"}  # the log names the file and its hash instead

    owner_table: Mapped[str] = mapped_column(String(50), nullable=False)
    owner_id: Mapped[str] = mapped_column(String(36), nullable=False)
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_MAX), nullable=False)
    description: Mapped[str] = mapped_column(String(DESCRIPTION_MAX), nullable=False,
                                             default="")
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))


Index("ix_attachments_owner", Attachment.__table__.c.owner_table,
      Attachment.__table__.c.owner_id)

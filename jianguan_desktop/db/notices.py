"""The notices register (发文登记): one row per document the office sends out, e.g. a 通知.

Table ``notices`` (a :class:`~jianguan_desktop.db.records.TravellingRecord`; ``number`` is the
finished 发文字号 such as 滑监〔2026〕17号, unique per office):

- ``doc_code`` 机关代字, ``doc_year`` year and ``doc_seq`` sequence of the 发文字号, and
  ``doc_order`` = year × 100000 + sequence, the register's order (newest number first);
- ``title`` 标题; ``addressee`` 主送机关; ``body`` 正文 (paragraphs one per line);
- ``signature`` 发文机关署名 (empty: the office's from the form settings); ``signed_on`` 成文日期;
- ``cc`` 抄送机关 (units separated by 、 or one per line; empty: the office's default);
- ``issuer`` 印发机关 (empty: the office's); ``issued_on`` 印发日期;
- ``status`` ``draft`` (拟稿) or ``issued`` (已印发); ``remarks`` 备注.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import BOOKKEEPING, TravellingRecord

TITLE_MAX = 200
SHORT_MAX = 200  # addressee, signature, issuer
CC_MAX = 1000
REMARKS_MAX = 1000
DOC_CODE_MAX = 20
STATUSES = ("draft", "issued")


class Notice(TravellingRecord, Base):
    """A document the office sent (or is drafting), numbered by its 发文字号."""

    __tablename__ = "notices"
    __audit_skip__ = BOOKKEEPING | {"doc_order"}  # derived from the number, which is logged

    doc_code: Mapped[str] = mapped_column(String(DOC_CODE_MAX), nullable=False)
    doc_year: Mapped[int] = mapped_column(Integer, nullable=False)
    doc_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    doc_order: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(TITLE_MAX), nullable=False)
    addressee: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signature: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False, default="")
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cc: Mapped[str] = mapped_column(String(CC_MAX), nullable=False, default="")
    issuer: Mapped[str] = mapped_column(String(SHORT_MAX), nullable=False, default="")
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    remarks: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")


# The register view sorts in SQL and reads windows of rows by id (services/tables.py): an
# index on (column, id) over live rows reaches any window without reading the table.
SORTED_COLUMNS = ("number", "title", "addressee", "signed_on", "status", "issued_on",
                  "updated_at")
_LIVE = Notice.__table__.c.deleted_at.is_(None)
for _name in SORTED_COLUMNS:
    Index(f"ix_notices_live_{_name}", Notice.__table__.c[_name], Notice.__table__.c.id,
          sqlite_where=_LIVE, postgresql_where=_LIVE)
# the register's own order: by 发文字号 year and sequence (one column, so that the view's
# one-column sort keeps it)
Index("ix_notices_live_doc_order", Notice.__table__.c.doc_order, Notice.__table__.c.id,
      sqlite_where=_LIVE, postgresql_where=_LIVE)
SEQ_LIMIT = 100_000  # doc_order = year * SEQ_LIMIT + seq


def doc_order(year: int, seq: int) -> int:
    """The register's sort key of a 发文字号 (sequences stay below :data:`SEQ_LIMIT`)."""
    return year * SEQ_LIMIT + seq

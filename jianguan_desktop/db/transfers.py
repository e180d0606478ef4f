"""Case transfers (案件移送) and requests for assistance (协查函): tables ``case_transfers`` and
``assist_requests``.

Two :class:`~jianguan_desktop.db.records.TravellingRecord` tables (rules in
``domain/transfers.py``, use cases in ``services/transfers.py``). Both name their source by
``source_kind`` (``complaint``/``inspection``/``other``), ``source_id`` (the record's id when it
is in this program, else ``None``; no foreign key: the complaints register is separate) and
``source_ref`` (what the clerk typed, e.g. the complaint's number).

``case_transfers`` — numbered 移送〔2026〕3号: ``recipient_kind`` (``supervisor``,
``discipline``, ``police``, ``procuratorate``, ``court``) and ``recipient_unit``; ``matter``
案由, ``parties`` 当事人, ``facts`` 基本案情, ``basis`` 移送依据, ``contact`` 联系人及电话;
``status`` and the date of every step: ``proposed_on`` 拟移送, ``sent_on`` with
``letter_number`` (移送书文号, blank: the record's number), ``approved_by`` and
``attachments`` (JSON list of ``{"name", "pages", "copies"}``), ``received_on`` with
``receipt_note``, the feedback ``feedback_kind``/``feedback_on``/``feedback_document``/
``feedback_text``, ``closed_on`` with ``closing_note``; the time limit in force when it was
sent (``feedback_count`` and ``feedback_unit``) and the day it falls due, ``feedback_due``.

``assist_requests`` — numbered 协查〔2026〕2号: ``unit`` asked, ``matter`` 协查事项,
``request_text`` what is asked, ``contact``; ``status`` with ``created_on``, ``sent_on``,
``reply_by`` (the reply date asked for), ``replied_on``, ``reply_document`` and ``reply_text``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.credit import NumberOrdered
from jianguan_desktop.db.records import TravellingRecord

SOURCE_REF_MAX = 100
UNIT_MAX = 200
MATTER_MAX = 300
PARTIES_MAX = 500
BASIS_MAX = 500
CONTACT_MAX = 200
NOTE_MAX = 500
DOCUMENT_MAX = 200
TEXT_MAX = 2000
REMARKS_MAX = 1000
LETTER_NUMBER_MAX = 60


class SourceLinked:
    """Mixin: where a transfer or a request comes from (no foreign key)."""

    source_kind: Mapped[str] = mapped_column(String(12), nullable=False, default="other")
    source_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    source_ref: Mapped[str] = mapped_column(String(SOURCE_REF_MAX), nullable=False, default="")


class CaseTransfer(NumberOrdered, SourceLinked, TravellingRecord, Base):
    """A case transferred to another department or organ, and its feedback."""

    __tablename__ = "case_transfers"
    number_series = "移送"

    recipient_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    recipient_unit: Mapped[str] = mapped_column(String(UNIT_MAX), nullable=False, default="")
    matter: Mapped[str] = mapped_column(String(MATTER_MAX), nullable=False, default="")
    parties: Mapped[str] = mapped_column(String(PARTIES_MAX), nullable=False, default="")
    facts: Mapped[str] = mapped_column(Text, nullable=False, default="")
    basis: Mapped[str] = mapped_column(String(BASIS_MAX), nullable=False, default="")
    contact: Mapped[str] = mapped_column(String(CONTACT_MAX), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    proposed_on: Mapped[date] = mapped_column(Date, nullable=False)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    letter_number: Mapped[str] = mapped_column(String(LETTER_NUMBER_MAX), nullable=False,
                                               default="")
    approved_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    attachments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    receipt_note: Mapped[str] = mapped_column(String(NOTE_MAX), nullable=False, default="")
    feedback_kind: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    feedback_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    feedback_document: Mapped[str] = mapped_column(String(DOCUMENT_MAX), nullable=False,
                                                   default="")
    feedback_text: Mapped[str] = mapped_column(String(TEXT_MAX), nullable=False, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closing_note: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")
    feedback_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    feedback_unit: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    feedback_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")


class AssistRequest(NumberOrdered, SourceLinked, TravellingRecord, Base):
    """A 协查函 sent to another unit and its written reply."""

    __tablename__ = "assist_requests"
    number_series = "协查"

    unit: Mapped[str] = mapped_column(String(UNIT_MAX), nullable=False, default="")
    matter: Mapped[str] = mapped_column(String(MATTER_MAX), nullable=False, default="")
    request_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact: Mapped[str] = mapped_column(String(CONTACT_MAX), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    created_on: Mapped[date] = mapped_column(Date, nullable=False)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reply_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    replied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reply_document: Mapped[str] = mapped_column(String(DOCUMENT_MAX), nullable=False,
                                                default="")
    reply_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    remarks: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")


def _live(table: object) -> object:
    return table.c.deleted_at.is_(None)  # type: ignore[attr-defined]


# The register views sort in SQL and read windows of rows by id (services/tables.py): an index
# on (column, id) over live rows reaches any window without reading the table.
TRANSFER_SORTED = ("number_order", "recipient_unit", "status", "sent_on", "feedback_due",
                   "updated_at")
ASSIST_SORTED = ("number_order", "unit", "status", "sent_on", "reply_by", "updated_at")
for _model, _columns in ((CaseTransfer, TRANSFER_SORTED), (AssistRequest, ASSIST_SORTED)):
    _table = _model.__table__
    for _name in _columns:
        Index(f"ix_{_table.name}_live_{_name}", _table.c[_name], _table.c.id,
              sqlite_where=_live(_table), postgresql_where=_live(_table))

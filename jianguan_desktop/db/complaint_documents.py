"""The documents issued about a complaint (受理通知书, 不予受理通知书, 处理决定书...), each with the
发文字号 it was given the first time it was printed, so that a reprint carries the same number.

Table ``complaint_documents`` (a :class:`~jianguan_desktop.db.records.TravellingRecord`):
``complaint_id`` the complaint, ``form_key`` the form (``complaint_acceptance``...), ``item``
which one when a case has several (the 2nd 延期审批表: 2; otherwise 1), ``number`` the 发文字号
(unique per office, e.g. 滑公管投受〔2026〕3号; also readable as ``doc_number``) and
``issued_on`` the 成文日期 printed on it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, synonym

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import TravellingRecord

FORM_KEY_MAX = 40


class ComplaintDocument(TravellingRecord, Base):
    """One document issued about a complaint and its 发文字号."""

    __tablename__ = "complaint_documents"

    complaint_id: Mapped[str] = mapped_column(String(36), nullable=False)
    form_key: Mapped[str] = mapped_column(String(FORM_KEY_MAX), nullable=False)
    item: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    doc_number = synonym("number")


Index("ix_complaint_documents_complaint", ComplaintDocument.__table__.c.complaint_id,
      ComplaintDocument.__table__.c.form_key, ComplaintDocument.__table__.c.item)

"""Tables of the oversight work over the registers (issue 9): handled early warnings and the
annual supervision report, both :class:`~jianguan_desktop.db.records.TravellingRecord` tables
(the city sees what a county handled and the report it filed).

``warning_marks`` — a warning (预警) marked handled: ``rule`` (the rule's key, see
``services/warnings.py``), ``warning_key`` (what identifies the warning within its rule: the
record and, where it matters, the year or the deadline, so a new occurrence raises a new
warning), ``target_table`` and ``target_id`` (the record it points at, empty for warnings on
no one record), ``handled_on`` and ``note`` (what was done). A soft-deleted mark raises the
warning again.

``annual_reports`` — 年度公共资源交易监管工作情况报告: ``year``, ``status`` (``draft`` or
``final``), ``sections`` (JSON object: section key → the text the user wrote), ``finalised_on``
and ``finalised_by`` (set once, when 定稿). One live report per office and year.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import TravellingRecord
from jianguan_desktop.db.types import JSONText

RULE_MAX = 40
WARNING_KEY_MAX = 200
NOTE_MAX = 2000
STATUS_MAX = 10


class WarningMark(TravellingRecord, Base):
    """An early warning the office marked handled, with what it did about it."""

    __tablename__ = "warning_marks"

    rule: Mapped[str] = mapped_column(String(RULE_MAX), nullable=False)
    warning_key: Mapped[str] = mapped_column(String(WARNING_KEY_MAX), nullable=False)
    target_table: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    target_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    handled_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AnnualReport(TravellingRecord, Base):
    """The office's annual supervision report of one year: the sections written, and whether
    it is still a draft or final."""

    __tablename__ = "annual_reports"

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(STATUS_MAX), nullable=False, default="draft")
    sections: Mapped[Any] = mapped_column(JSONText, nullable=True)
    finalised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finalised_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")


def _live(table: Any) -> Any:
    return table.c.deleted_at.is_(None)


_marks = WarningMark.__table__
Index("ix_warning_marks_live_key", _marks.c.office_code, _marks.c.rule, _marks.c.warning_key,
      unique=True, sqlite_where=_live(_marks), postgresql_where=_live(_marks))
_reports = AnnualReport.__table__
Index("ix_annual_reports_live_year", _reports.c.office_code, _reports.c.year, unique=True,
      sqlite_where=_live(_reports), postgresql_where=_live(_reports))

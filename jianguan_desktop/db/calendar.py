"""The office's own entries of the working-day calendar, over the holiday table shipped with
the program (resources/calendar/holidays.json); both tables travel and every edit is audited.

Table ``calendar_days`` (a :class:`~jianguan_desktop.db.records.TravellingRecord`, no number):

- ``day`` the date, one live row per office and day; ``kind`` ``holiday`` (放假),
  ``makeup`` (调休上班) or ``ordinary`` (an ordinary day: a shipped entry set aside);
- ``name`` the festival (春节, 国庆节、中秋节...); ``source`` ``manual`` (typed in the window)
  or ``import`` (from a workbook of a State Council notice); ``note`` 备注.

Table ``calendar_years``: ``year`` a year whose holidays the office has entered in full (one
live row per office and year), ``source`` ``manual`` or ``import``, ``note`` 备注 (e.g. the
notice it follows). A soft-deleted row of either table is an entry taken back.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import TravellingRecord

KINDS = ("holiday", "makeup", "ordinary")
SOURCES = ("shipped", "manual", "import")  # "shipped": the program's table, never a row
NAME_MAX = 50
NOTE_MAX = 200


class CalendarDayRow(TravellingRecord, Base):
    """One day the office has set itself: a holiday, a make-up working day, or ordinary."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="manual")
    note: Mapped[str] = mapped_column(String(NOTE_MAX), nullable=False, default="")


class CalendarYearRow(TravellingRecord, Base):
    """A year the office has entered in full (imported, or marked so by hand)."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="manual")
    note: Mapped[str] = mapped_column(String(NOTE_MAX), nullable=False, default="")


# One live row per office and day (and year); tombstones keep their history beside it.
Index("uq_calendar_days_live_day", CalendarDayRow.__table__.c.office_code,
      CalendarDayRow.__table__.c.day, unique=True,
      sqlite_where=CalendarDayRow.__table__.c.deleted_at.is_(None),
      postgresql_where=CalendarDayRow.__table__.c.deleted_at.is_(None))
Index("uq_calendar_years_live_year", CalendarYearRow.__table__.c.office_code,
      CalendarYearRow.__table__.c.year, unique=True,
      sqlite_where=CalendarYearRow.__table__.c.deleted_at.is_(None),
      postgresql_where=CalendarYearRow.__table__.c.deleted_at.is_(None))

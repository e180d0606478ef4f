"""Fixture tables for testing the register machinery without any real register.

They live in their own metadata (not the program's), so Alembic never sees them;
tests create them with ``FixtureBase.metadata.create_all(engine)``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Index, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jianguan_desktop.db.records import TravellingRecord


class FixtureBase(DeclarativeBase):
    """Metadata of test-only tables."""


class FixtureNote(TravellingRecord, FixtureBase):
    """A register-like row: a title, a category, an amount and a date."""

    __tablename__ = "fixture_notes"
    number_series = "测试"

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")


# The register view sorts in SQL and reads windows of rows by the id (services/tables.py):
# an index on (column, id) over live rows lets it reach any window of a million rows
# without reading the table (benchmarks/README.md).
for _name in ("title", "category", "amount", "signed_on"):
    _live = FixtureNote.__table__.c.deleted_at.is_(None)
    Index(f"ix_fixture_notes_live_{_name}", FixtureNote.__table__.c[_name],
          FixtureNote.__table__.c.id, sqlite_where=_live, postgresql_where=_live)

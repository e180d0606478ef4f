"""Fixture tables for testing the register machinery without any real register.

They live in their own metadata (not the program's), so Alembic never sees them;
tests create them with ``FixtureBase.metadata.create_all(engine)``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Numeric, String, Text
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

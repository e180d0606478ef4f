"""Tables of the foundation: the office, users, settings, counters, audit trail, preferences.

- ``office``: one row; the office's 行政区划代码-based code, name and mode (county/city).
- ``users``: named users with a role, a scrypt password hash and lockout state.
- ``app_settings``: key → JSON value; rules kept as settings (deadlines, lockout...).
- ``change_counter``: one row; the per-database sequence every travelling record takes
  its ``change_seq`` from on insert, update and soft delete.
- ``number_counters``: the last human number per office, series and year.
- ``audit_log``: append-only, hash-chained history of every write (who, when, which
  record, what action, changed fields old → new); ``audit_head`` keeps the last link.
- ``ui_preferences``: per-user window state (column widths, hidden columns).

Register tables use :class:`jianguan_desktop.db.records.TravellingRecord`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.types import JSONText, UTCDateTime, utcnow


class Audited:
    """Marks a model whose inserts and updates go to the audit log automatically.

    ``__audit_skip__`` names columns whose changes are not worth a line (login
    counters); ``__audit_redact__`` names columns whose values are never written
    to the log (password hashes): only the fact that they changed.
    """

    __audit_skip__: ClassVar[frozenset[str]] = frozenset()
    __audit_redact__: ClassVar[frozenset[str]] = frozenset()


class Office(Audited, Base):
    """The office this database belongs to (exactly one row, id 1)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    mode: Mapped[str] = mapped_column(String(10), nullable=False)  # "county" or "city"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class User(Audited, Base):
    """A person who logs in; the password is kept only as a slow KDF hash."""

    # Login bookkeeping: logins, failures and lockouts get their own audit entries.
    __audit_skip__ = frozenset({"failed_attempts", "last_login_at", "locked_until"})
    __audit_redact__ = frozenset({"password_hash"})

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(300), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AppSetting(Audited, Base):
    """One setting: a JSON value under a dotted key."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")


class ChangeCounter(Base):
    """The per-database change sequence (one row, id 1)."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class NumberCounter(Base):
    """The last human number given in one series (e.g. 投诉) for one office and year."""

    __tablename__ = "number_counters"

    office_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    series: Mapped[str] = mapped_column(String(30), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AuditEntry(Base):
    """One link of the append-only audit chain."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40), nullable=False)  # ISO UTC, hashed verbatim
    actor: Mapped[str] = mapped_column(String(50), nullable=False)
    action: Mapped[str] = mapped_column(String(30), nullable=False)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    record_id: Mapped[str] = mapped_column(String(64), nullable=False, default="", index=True)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditHead(Base):
    """The last link written (one row, id 1): deleting the newest entries is seen."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


class UiPreference(Base):
    """A user's remembered window state under a key (e.g. ``table.audit.widths``)."""

    __tablename__ = "ui_preferences"

    username: Mapped[str] = mapped_column(String(50), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText, nullable=True)

"""Sync bookkeeping of one office (issue 8): its keys, the offices it trusts, the packages it
sent and received, and the city's notes on county records.

None of these tables travel (they are this database's own view of the exchange), except
``city_notes``, which is a register of the city office like any other.

- ``sync_keys``: one row (id 1), this office's signing (Ed25519) and encryption (X25519) private
  keys in base64, made at setup or by ``jianguan sync keygen``. They sit in the database so that
  a backup and its restore carry them: an office that restores keeps receiving its packages.
- ``sync_partners``: an office whose public keys were registered (``jianguan sync trust``):
  ``office_code``, ``office_name``, ``mode`` (``city`` or ``county``), both public keys, the
  ``fingerprint`` read out by phone, when and by whom it was registered.
- ``sync_sent``: each package written to a partner: ``package_seq`` (1, 2, ... per recipient),
  the ``change_seq`` range, ``file_hash`` (SHA-256 of the package file, the next package's
  ``previous_hash``), rows carried, ``full``, and ``acknowledged_at`` with the summary of the
  receipt that came back for it.
- ``sync_received``: each package imported: sender, ``package_seq``, ``file_hash``, the
  summary (``created``/``updated``/``unchanged``/``rejected`` and the rejected rows with
  reasons, JSON), ``gap_reason`` when a 负责人 accepted a gap before it, and ``receipt_sent``:
  the package of ours that carried the receipt back.
- ``city_notes``: the city's own remarks on a county record (``target_table``, ``target_id``,
  ``text``); the county record itself is never changed at the city.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.models import Audited
from jianguan_desktop.db.records import TravellingRecord
from jianguan_desktop.db.types import JSONText, UTCDateTime, utcnow

NAME_MAX = 100
NOTE_MAX = 2000


class SyncKeys(Audited, Base):
    """This office's private keys (one row, id 1)."""

    __tablename__ = "sync_keys"
    __audit_redact__ = frozenset({"sign_private", "box_private"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sign_private: Mapped[str] = mapped_column(String(100), nullable=False)
    box_private: Mapped[str] = mapped_column(String(100), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(60), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class SyncPartner(Audited, Base):
    """An office whose public keys this office registered."""

    __tablename__ = "sync_partners"

    office_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    office_name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    mode: Mapped[str] = mapped_column(String(10), nullable=False)
    sign_public: Mapped[str] = mapped_column(String(100), nullable=False)
    box_public: Mapped[str] = mapped_column(String(100), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(60), nullable=False)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False,
                                                    default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")


class SyncSent(Audited, Base):
    """A package this office wrote for a partner."""

    __tablename__ = "sync_sent"
    __table_args__ = (UniqueConstraint("recipient", "package_seq"),)

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(12), nullable=False)
    package_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    seq_from: Mapped[int] = mapped_column(BigInteger, nullable=False)
    seq_to: Mapped[int] = mapped_column(BigInteger, nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    file_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    receipt: Mapped[Any] = mapped_column(JSONText, nullable=True)


class SyncReceived(Audited, Base):
    """A package this office imported, with its summary."""

    __tablename__ = "sync_received"
    __table_args__ = (UniqueConstraint("sender", "package_seq"),)

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender: Mapped[str] = mapped_column(String(12), nullable=False)
    sender_name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, default="")
    package_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    seq_from: Mapped[int] = mapped_column(BigInteger, nullable=False)
    seq_to: Mapped[int] = mapped_column(BigInteger, nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    file_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    schema_revision: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    created_at: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rejected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    details: Mapped[Any] = mapped_column(JSONText, nullable=True)
    gap_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    receipt_sent: Mapped[str | None] = mapped_column(String(36), nullable=True)


class CityNote(TravellingRecord, Base):
    """The city's remark on a county record (the record itself stays as the county made it)."""

    __tablename__ = "city_notes"

    target_table: Mapped[str] = mapped_column(String(50), nullable=False)
    target_id: Mapped[str] = mapped_column(String(36), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


Index("ix_city_notes_target", CityNote.__table__.c.target_table,
      CityNote.__table__.c.target_id)

"""Credit records: list entries (红黑名单, 重点关注名单), credit grades and credit checks.

Three :class:`~jianguan_desktop.db.records.TravellingRecord` tables (their rules are in
``domain/credit_lists.py``, their use cases in ``services/credit_*.py``):

``credit_entries`` — one entry of a credit list, numbered 信用〔2026〕3号:

- ``entity_id`` the entity in this office's register (``None`` for an entry sent down by the
  city about an entity this office has not registered); ``entity_name``, ``entity_code``
  (normalised 统一社会信用代码 or 身份证号) and ``entity_kind`` as they were when the entry
  was made, so a check by code or name finds it without the entity;
- ``list_kind`` ``black``/``red``/``watch``; ``severity`` ``minor``/``ordinary``/``serious``
  (empty on the 红名单); ``conduct`` 失信/守信行为; ``basis`` 认定依据 (document and number);
  ``department`` 认定部门; ``sanctions`` 惩戒措施;
- ``status`` (``domain.credit_lists.Status``) and the date of every step: ``proposed_on``,
  ``notified_on``, ``decided_on``, publication ``start_on``/``end_on``, ``repair_from`` (the
  first day 信用修复 may be granted), ``repaired_on``, ``expired_on``, ``removed_on``,
  ``withdrawn_on``; ``reason`` of a removal or withdrawal; ``repair_note`` what proved the
  conditions of repair; ``objections`` the party's objections and the answers (JSON list of
  ``{"received_on", "text", "answer", "answered_on"}``); ``remarks``.

``credit_grades`` — an entity's credit grade A/B/C/D from ``graded_on``, with ``reason``;
the latest by ``graded_on`` (then ``created_at``) is the one in force.

``credit_checks`` — a 信用核查记录, numbered 核查〔2026〕5号: the ``query`` typed, the date it was
checked ``checked_on``, the ``project`` and ``purpose`` it was for, and what was found as JSON
(``found``: the entities matched and every active listing, as printed), ``listed`` whether any.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import BOOKKEEPING, TravellingRecord
from jianguan_desktop.domain.numbering import parse_number

ENTITY_NAME_MAX = 200
ENTITY_CODE_MAX = 18
BASIS_MAX = 500
DEPARTMENT_MAX = 200
SANCTIONS_MAX = 1000
REASON_MAX = 1000
REMARKS_MAX = 1000
CONDUCT_MAX = 4000
QUERY_MAX = 200
PROJECT_MAX = 300
GRADES = ("A", "B", "C", "D")
SEQ_LIMIT = 100_000  # number_order = year * SEQ_LIMIT + sequence


def number_order(number: str | None) -> int:
    """The order of a number such as 信用〔2026〕10号 (year, then sequence; 0 when none), so
    that the register sorts 10号 after 9号."""
    parsed = parse_number(number or "")
    if parsed is None:
        return 0
    _prefix, year, seq = parsed
    return year * SEQ_LIMIT + min(seq, SEQ_LIMIT - 1)


class NumberOrdered:
    """Mixin: ``number_order`` follows ``number`` (set whenever the number is)."""

    __audit_skip__ = BOOKKEEPING | {"number_order"}  # derived from the number, which is logged

    number_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    @validates("number")
    def _order_number(self, _key: str, value: str | None) -> str | None:
        self.number_order = number_order(value)
        return value


class CreditEntry(NumberOrdered, TravellingRecord, Base):
    """An entry of a credit list and where it is in its life cycle."""

    __tablename__ = "credit_entries"
    number_series = "信用"

    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    entity_name: Mapped[str] = mapped_column(String(ENTITY_NAME_MAX), nullable=False)
    entity_code: Mapped[str] = mapped_column(String(ENTITY_CODE_MAX), nullable=False,
                                             index=True)
    entity_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    list_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    severity: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    conduct: Mapped[str] = mapped_column(Text, nullable=False, default="")
    basis: Mapped[str] = mapped_column(String(BASIS_MAX), nullable=False, default="")
    department: Mapped[str] = mapped_column(String(DEPARTMENT_MAX), nullable=False, default="")
    sanctions: Mapped[str] = mapped_column(String(SANCTIONS_MAX), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="proposed")
    proposed_on: Mapped[date] = mapped_column(Date, nullable=False)
    notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    repair_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    repaired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(REASON_MAX), nullable=False, default="")
    repair_note: Mapped[str] = mapped_column(String(REASON_MAX), nullable=False, default="")
    objections: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    remarks: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")


class CreditGrade(TravellingRecord, Base):
    """An entity's credit grade from a date on (the latest one is in force)."""

    __tablename__ = "credit_grades"

    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    grade: Mapped[str] = mapped_column(String(1), nullable=False)
    graded_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(REASON_MAX), nullable=False, default="")


class CreditCheck(NumberOrdered, TravellingRecord, Base):
    """A 信用核查记录: what was checked, on which date, for which project, and what was found."""

    __tablename__ = "credit_checks"
    number_series = "核查"

    query: Mapped[str] = mapped_column(String(QUERY_MAX), nullable=False)
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    project: Mapped[str] = mapped_column(String(PROJECT_MAX), nullable=False, default="")
    purpose: Mapped[str] = mapped_column(String(PROJECT_MAX), nullable=False, default="")
    found: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    listed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    remarks: Mapped[str] = mapped_column(String(REMARKS_MAX), nullable=False, default="")


def _live(table: object) -> object:
    return table.c.deleted_at.is_(None)  # type: ignore[attr-defined]


# The register views sort in SQL and read windows of rows by id (services/tables.py): an index
# on (column, id) over live rows reaches any window without reading the table.
ENTRY_SORTED = ("number_order", "entity_name", "list_kind", "status", "decided_on", "end_on",
                "updated_at")
CHECK_SORTED = ("number_order", "checked_on", "query", "updated_at")
for _model, _columns in ((CreditEntry, ENTRY_SORTED), (CreditCheck, CHECK_SORTED)):
    _table = _model.__table__
    for _name in _columns:
        Index(f"ix_{_table.name}_live_{_name}", _table.c[_name], _table.c.id,
              sqlite_where=_live(_table), postgresql_where=_live(_table))
# the grade in force: the latest of an entity's grades
Index("ix_credit_grades_entity", CreditGrade.__table__.c.entity_id,
      CreditGrade.__table__.c.graded_on)
# the active-list question (credit check, expiry): listed entries by the end of their period
Index("ix_credit_entries_start_on", CreditEntry.__table__.c.start_on)  # statistics
Index("ix_credit_entries_status_end", CreditEntry.__table__.c.status,
      CreditEntry.__table__.c.end_on)

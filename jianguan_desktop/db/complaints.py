"""The complaints register (投诉举报): one row per complaint or report, numbered 投诉〔2026〕7号
(举报〔2026〕3号 for reports).

Table ``complaints`` (a :class:`~jianguan_desktop.db.records.TravellingRecord`). The case as the
rules see it (``domain/complaints.py``) is kept whole in ``case_data`` (JSON of
``ComplaintCase.to_dict()``) with the preset in force at registration in ``preset_data`` (so a
later change of the settings never moves a running deadline); the columns beside it repeat
what lists, searches and statistics need in SQL:

- ``case_type`` (``CaseType``), ``channel`` (``Channel``), ``status`` (``Status``),
  ``received_on``, ``accepted_on``, ``decided_on``, ``archived_on``;
- ``complainant`` and ``complainant_contact`` — confidential (海口 (九), 鹤岗 四(二)): lists
  show them masked; the handler, 负责人 and 管理员 may reveal them, and each reveal is audited;
- ``respondent_entity_id``/``respondent_name``/``respondent_code`` (the entity complained
  about), ``project_name``/``project_code``; ``matter`` 事项 and ``request`` 请求;
- ``handler`` the user name of the clerk in charge;
- ``due_on``, ``due_limit``, ``due_explanation``, ``due_warnings`` — the deadline running now
  (worked out at every step; empty while the clock stands still or nothing is due);
- ``late_steps`` how many steps so far missed their deadline;
- ``repeat_count`` complaints against the same entity or project in the 12 months before
  this one (the third is flagged: issue 5 item 7).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.credit import NumberOrdered
from jianguan_desktop.db.records import TravellingRecord

NAME_MAX = 200
CONTACT_MAX = 200
CODE_MAX = 30
PROJECT_MAX = 300
LIMIT_MAX = 30


class Complaint(NumberOrdered, TravellingRecord, Base):
    """A complaint or report and where it is in its handling."""

    __tablename__ = "complaints"
    number_series = "投诉"

    case_type: Mapped[str] = mapped_column(String(20), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    archived_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    complainant: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, default="")
    complainant_contact: Mapped[str] = mapped_column(String(CONTACT_MAX), nullable=False,
                                                     default="")
    respondent_entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True,
                                                             index=True)
    respondent_name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False, default="")
    respondent_code: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="")
    project_name: Mapped[str] = mapped_column(String(PROJECT_MAX), nullable=False, default="")
    project_code: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False, default="")
    matter: Mapped[str] = mapped_column(Text, nullable=False, default="")
    request: Mapped[str] = mapped_column(Text, nullable=False, default="")
    handler: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    preset_key: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    preset_data: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    case_data: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_limit: Mapped[str] = mapped_column(String(LIMIT_MAX), nullable=False, default="")
    due_explanation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    due_warnings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    late_steps: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    repeat_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


_TABLE = Complaint.__table__
_LIVE = _TABLE.c.deleted_at.is_(None)
# The register view sorts in SQL and reads windows of rows by id (services/tables.py).
SORTED_COLUMNS = ("number_order", "received_on", "status", "due_on", "respondent_name",
                  "case_type", "updated_at")
for _name in SORTED_COLUMNS:
    Index(f"ix_complaints_live_{_name}", _TABLE.c[_name], _TABLE.c.id,
          sqlite_where=_LIVE, postgresql_where=_LIVE)
# repeat signals: complaints about one project within a period
Index("ix_complaints_project", _TABLE.c.project_code, _TABLE.c.received_on)
Index("ix_complaints_respondent_code", _TABLE.c.respondent_code, _TABLE.c.received_on)
# the statistics count a period's complaints by these days (services.statistics)
Index("ix_complaints_received_on", _TABLE.c.received_on)
Index("ix_complaints_accepted_on", _TABLE.c.accepted_on)
Index("ix_complaints_archived_on", _TABLE.c.archived_on)

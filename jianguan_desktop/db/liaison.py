"""The liaison directory and the joint meetings (联络员, 联席会议): six
:class:`~jianguan_desktop.db.records.TravellingRecord` tables.

Sources: 安阳 一, 海口 一 and 七 (十六) (十七), 鹤岗 一 (一)–(三), 锡林郭勒 二 in ``shared/seeds/``.
Records refer to each other by id without foreign keys (a sync package may bring them in any
order); the use cases are ``services/liaison.py`` and ``services/meetings.py``.

``member_units`` — 成员单位: ``name``, ``short_name``, ``kind`` (行政监督部门, 纪检监察, 审计,
公安, 检察, 法院, 交易中心, 营商环境, 其他: ``domain/liaison.py``), ``convener`` (the 牵头单位 that
calls the meetings), ``address``, ``duty_phone``, ``fax``, ``email``, ``sort_order`` (the order of
the printed directory), ``active``.

``unit_duties`` — the unit's 权责清单 items: ``unit_id``, ``matter``, ``basis`` 法律依据,
``department`` 承办科室.

``liaison_assignments`` — who held a post of a unit from when: ``unit_id``, ``role`` (``leader``
责任领导 or ``liaison`` 联络员), ``name``, ``post``, ``office_phone``, ``mobile``, ``email``;
``vacant`` (the post was left empty from ``decided_on``); ``decided_on`` the day the change was
decided (调整确定), ``report_due`` the last day to report it (3 working days, 海口 (十七), 鹤岗
一(二)), ``reported_on`` the day it reached the office; ``ended_on`` the day the next change of
the same post took effect (``None`` while in force). The holder of a post on a day D is the row
with ``decided_on <= D`` and (``ended_on`` empty or ``> D``).

``joint_meetings`` — 联席会议: ``kind`` (``regular`` or ``extra`` 遇重大风险), ``title``,
``planned_on``, ``held_on`` (empty while only planned), ``place``, ``convened_by`` (a unit id),
``presided_by``, ``attendees`` (JSON list of ``{"assignment_id", "name", "unit", "post"}``),
``agenda`` and ``minutes`` (text), ``notice_number`` and ``minutes_number`` (发文字号 taken when
the notice and the 纪要 are first printed).

``meeting_decisions`` — a decision of a meeting: ``meeting_id``, ``seq``, ``text``.

``follow_up_tasks`` — 督办事项 opened by a decision: ``meeting_id``, ``decision_id``, ``text``,
``owner_unit_id``, ``due_on``, ``status`` (``open``, ``done``, ``cancelled``), ``done_on``,
``outcome``, ``reminder_number`` (the 督办单's number once printed).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jianguan_desktop.db.base import Base
from jianguan_desktop.db.records import TravellingRecord

NAME_MAX = 200
SHORT_MAX = 50
KIND_MAX = 20
PHONE_MAX = 50
EMAIL_MAX = 200
TEXT_MAX = 1000
LONG_MAX = 20000  # characters of an agenda or minutes (checked in services)
NUMBER_MAX = 60


def _text(length: int = TEXT_MAX) -> Mapped[str]:
    return mapped_column(String(length), nullable=False, default="")


class MemberUnit(TravellingRecord, Base):
    """A member unit of the joint mechanism (成员单位)."""

    __tablename__ = "member_units"

    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    short_name: Mapped[str] = _text(SHORT_MAX)
    kind: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="supervision")
    convener: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    address: Mapped[str] = _text(NAME_MAX)
    duty_phone: Mapped[str] = _text(PHONE_MAX)
    fax: Mapped[str] = _text(PHONE_MAX)
    email: Mapped[str] = _text(EMAIL_MAX)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    remarks: Mapped[str] = _text(TEXT_MAX)


class UnitDuty(TravellingRecord, Base):
    """An item of a unit's 权责清单."""

    __tablename__ = "unit_duties"

    unit_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    matter: Mapped[str] = mapped_column(String(TEXT_MAX), nullable=False)
    basis: Mapped[str] = _text(TEXT_MAX)
    department: Mapped[str] = _text(NAME_MAX)


class LiaisonAssignment(TravellingRecord, Base):
    """Who held the 责任领导 or 联络员 post of a unit, from the day it was decided."""

    __tablename__ = "liaison_assignments"

    unit_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False)
    name: Mapped[str] = _text(SHORT_MAX)
    post: Mapped[str] = _text(NAME_MAX)
    office_phone: Mapped[str] = _text(PHONE_MAX)
    mobile: Mapped[str] = _text(PHONE_MAX)
    email: Mapped[str] = _text(EMAIL_MAX)
    vacant: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    report_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = _text(TEXT_MAX)


class JointMeeting(TravellingRecord, Base):
    """A joint meeting (联席会议), planned or held."""

    __tablename__ = "joint_meetings"
    number_series = "联席"

    kind: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="regular")
    title: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = _text(NAME_MAX)
    convened_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    presided_by: Mapped[str] = _text(SHORT_MAX)
    attendees: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    agenda: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notice_number: Mapped[str] = _text(NUMBER_MAX)
    minutes_number: Mapped[str] = _text(NUMBER_MAX)


class MeetingDecision(TravellingRecord, Base):
    """A decision of a joint meeting (议定事项)."""

    __tablename__ = "meeting_decisions"

    meeting_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(String(TEXT_MAX), nullable=False)


class FollowUpTask(TravellingRecord, Base):
    """A follow-up task a decision opened (督办事项), listed until it is done."""

    __tablename__ = "follow_up_tasks"
    number_series = "督办"

    meeting_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    text: Mapped[str] = mapped_column(String(TEXT_MAX), nullable=False)
    owner_unit_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(KIND_MAX), nullable=False, default="open")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = _text(TEXT_MAX)
    reminder_number: Mapped[str] = _text(NUMBER_MAX)


def _live(table: object) -> object:
    return table.c.deleted_at.is_(None)  # type: ignore[attr-defined]


# The register views sort in SQL and read windows of rows by id (services/tables.py).
LIVE_SORTED: dict[type[TravellingRecord], tuple[str, ...]] = {
    MemberUnit: ("sort_order", "name", "updated_at"),
    LiaisonAssignment: ("decided_on", "updated_at"),
    JointMeeting: ("held_on", "updated_at"),
    FollowUpTask: ("due_on", "updated_at"),
}
for _model, _columns in LIVE_SORTED.items():
    _table = _model.__table__  # type: ignore[attr-defined]
    for _name in _columns:
        Index(f"ix_{_table.name}_live_{_name}", _table.c[_name], _table.c.id,
              sqlite_where=_live(_table), postgresql_where=_live(_table))
